"""Fresh wire-style probe paragraphs for sources named outside the claim's sentence.

Each probe is (text, the claim's amount as written, the expected source or None). Written for
the srcpara stop (reported speech, "demnach", "Das geht aus … hervor", speakers in the paragraph
before; negatives where the reporter narrates). A probe is right when the predicted source
overlaps the expected text (or both are None).

    PYTHONPATH=src python benchmarks/source_carry_probes.py
"""

import claimex

PROBES: list[tuple[str, str, object]] = [
 # 1 police, Konjunktiv chain after an indicative speaker sentence
 ("Die Polizei in Magdeburg äußerte sich am Abend zu dem Unfall. Der Fahrer sei mit hoher Geschwindigkeit in die Gruppe gefahren. Dabei seien vier Fußgänger verletzt worden.", "vier", "Polizei"),
 # 2 court spokesman, "so der Sprecher weiter" in later sentence? no: ", so X weiter" in own sentence handled; here chain
 ("Ein Sprecher des Landgerichts Bochum nannte am Mittwoch Einzelheiten. Der Angeklagte habe über Jahre Rechnungen gefälscht. Der Schaden belaufe sich auf rund 2,3 Millionen Euro.", "2,3 Millionen Euro", "Sprecher des Landgerichts Bochum"),
 # 3 ministry; reporter narration afterwards (negative)
 ("Das Bundesfinanzministerium stellte am Dienstag seinen Haushaltsentwurf vor. Der Etat des Ressorts wächst dem Entwurf zufolge um 3 Prozent.\n\nIm vergangenen Jahr hatte der Bund 476 Milliarden Euro ausgegeben.", "476 Milliarden Euro", None),
 # 4 company: claim then "Das teilte X mit"
 ("Der Chemiekonzern Lanxess hat im dritten Quartal einen Verlust von 85 Millionen Euro verbucht. Der Umsatz sank auf 1,5 Milliarden Euro. Das teilte Lanxess am Donnerstag in Köln mit.", "1,5 Milliarden Euro", "Lanxess"),
 # 5 "Das geht aus einem Bericht hervor" after the claim
 ("Die Zahl der Verkehrstoten in Bayern ist im vergangenen Jahr auf 512 gestiegen. Das geht aus der Unfallstatistik des Innenministeriums hervor.", "512", "Innenministeriums"),
 # 6 "So steht es in" after the claim
 ("Für die Sanierung der Brücke sind 48 Millionen Euro eingeplant. So steht es im Haushaltsplan der Stadt, den der Rat am Montag beschließen soll.", "48 Millionen Euro", "Haushaltsplan der Stadt"),
 # 7 paragraph opens in Konjunktiv: speaker from previous paragraph
 ("Innenminister Herbert Reul sprach am Freitag in Düsseldorf von einer ernsten Lage.\n\nIn diesem Jahr seien bereits 14 Polizisten im Dienst schwer verletzt worden.", "14", "Herbert Reul"),
 # 8 soll hearsay after a study introduced earlier
 ("Eine neue Studie des Instituts der deutschen Wirtschaft untersucht die Folgen der Zölle. Die Exporte nach Amerika sollen demnach um 15 Milliarden Euro sinken.", "15 Milliarden Euro", "Instituts der deutschen Wirtschaft"),
 # 9 demnach after an anaphoric report
 ("Die Behörde legte am Montag ihre Jahresbilanz vor. Demnach kamen im vergangenen Jahr 37 Menschen bei Bränden ums Leben.", "37", "Behörde"),
 # 10 negative: reporter narration, indicative, after a quoted speaker
 ("„Wir sind tief betroffen“, sagte Bürgermeisterin Anna Köhler am Sonntag. Bei dem Feuer im Jahr 2019 waren drei Menschen gestorben.", "drei", None),
 # 11 negative: indicative background after speaker in another paragraph
 ("Der Konzernchef Markus Lenz kündigte am Dienstag einen Sparkurs an.\n\nDer Autozulieferer beschäftigt weltweit rund 12.000 Menschen und setzte 2024 knapp 3 Milliarden Euro um.", "3 Milliarden Euro", None),
 # 12 hearsay soll with speaker named earlier via sagte
 ("Der Sprecher der Staatsanwaltschaft Köln, Ulrich Bremer, sagte, die Ermittlungen dauerten an. Die Bande soll Waren im Wert von mehr als 400.000 Euro erbeutet haben.", "400.000 Euro", "Ulrich Bremer"),
 # 13 closing attribution later in paragraph with wie es hieß
 ("Bei dem Zugunglück in der Nähe von Lyon sind mindestens sechs Menschen ums Leben gekommen. Mehr als 30 weitere wurden verletzt, hieß es aus Kreisen der Feuerwehr.", "sechs", "Kreisen der Feuerwehr"),
 # 14 negative: two paragraphs, second is reporter's indicative history
 ("Die Deutsche Bahn meldete am Mittwoch einen Verlust von 1,2 Milliarden Euro für das erste Halbjahr.\n\nVor fünf Jahren war der Konzern noch mit 500 Millionen Euro im Plus.", "500 Millionen Euro", None),
 # 15 Konjunktiv full verb forms (zahle, liege)
 ("Verbraucherschützer der Verbraucherzentrale Hamburg warnten am Montag vor der Preiserhöhung. Ein Durchschnittshaushalt zahle künftig rund 180 Euro mehr im Jahr.", "180 Euro", "Verbraucherschützer der Verbraucherzentrale Hamburg"),
 # 16 court: reported-speech chain two sentences after the speaker
 ("Die Vorsitzende Richterin begründete das Urteil ausführlich. Der Angeklagte habe aus Habgier gehandelt. Er habe die Firma um 760.000 Euro betrogen.", "760.000 Euro", "Vorsitzende Richterin"),
 # 17 negative: the reporter's indicative narration of a new event in the next paragraph
 ("Der Bürgermeister Jens Albrecht sagte, die Stadt habe schnell reagiert.\n\nAm Abend brannte in der Altstadt zudem eine Scheune ab, die Feuerwehr war mit 60 Kräften im Einsatz. Verletzt wurde niemand, der Schaden liegt bei rund 200.000 Euro.", "200.000 Euro", None),
 # 18 Das teilte X mit after Konjunktiv-free claim
 ("Bei einer Razzia gegen Schwarzarbeit haben Zöllner in Berlin Bargeld in Höhe von 230.000 Euro sichergestellt. Das teilte das Hauptzollamt am Freitag mit.", "230.000 Euro", "Hauptzollamt"),
 # 19 court: paragraph opens in reported speech after the judge's paragraph
 ("Das Landgericht Hannover verurteilte den 52-Jährigen am Freitag zu sechs Jahren Haft. Richter Thomas Brandt sprach von einem perfiden Vorgehen.\n\nDer Angeklagte habe von 2019 an rund 3,4 Millionen Euro aus der Firmenkasse abgezweigt.", "3,4 Millionen Euro", "Thomas Brandt"),
 # 20 negative: ministry paragraph, then reporter's indicative context with a pluperfect
 ("Das Verkehrsministerium kündigte am Montag ein Sofortprogramm für marode Brücken an.\n\nIm Jahr 2018 war in Genua eine Autobahnbrücke eingestürzt, 43 Menschen starben.", "43", None),
 # 21 police: 'Dies teilte X mit' after the sentence
 ("Bei einem Wohnungsbrand in Duisburg sind zwei Kinder schwer verletzt worden. Dies teilte die Feuerwehr am Sonntagabend mit.", "zwei", "Feuerwehr"),
]
def _found(text: str, amount: str, want: object) -> tuple[bool, object]:
    """Whether the claim of ``amount`` in ``text`` has the expected source, and what it has."""
    claims = [c.to_dict() for c in claimex.extract(text)]
    claim = next((c for c in claims if amount in c["text"] or c["text"] in amount), None)
    if claim is None:
        return False, f"no claim {amount!r}"
    got = claim["source"]["text"] if claim["source"] else None
    if want is None or got is None:
        return want is None and got is None, got
    return want in got or got in want, got


def main() -> None:
    right = 0
    for i, (text, amount, want) in enumerate(PROBES, 1):
        ok, got = _found(text, amount, want)
        right += ok
        print(f"{i:2d} {'OK ' if ok else 'BAD'} want={want!r} got={got!r}")
    print(f"{right}/{len(PROBES)}")


if __name__ == "__main__":
    main()
