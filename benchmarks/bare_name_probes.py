"""Bare names in wire-style sentences: how many probes get the expected agent, recipient and
source (``python benchmarks/bare_name_probes.py``; compare with ``PYTHONPATH`` pointing at an
older checkout for before/after).

Set A was written while the bare-name rule (``pipeline/bare_names.py``) was built, set B after
it, without tuning on it. Each probe is (text, amount, expected roles); a role given as None must
stay empty, a role left out is not checked.
"""

from __future__ import annotations

import sys

from claimex import extract

SET_A = [
    ("Nach dem Vergleich muss Moderna 1,3 Milliarden Dollar an die Kläger zahlen.", "1,3 Milliarden Dollar", {"agent": "Moderna"}),
    ("Die EU-Kommission verhängte gegen Google eine Strafe von 2,4 Milliarden Euro.", "2,4 Milliarden Euro", {"agent": "Google", "recipient": "EU-Kommission"}),
    ("Vodafone kassierte im vergangenen Jahr 400 Millionen Euro an Roaminggebühren.", "400 Millionen Euro", {"recipient": "Vodafone"}),
    ("Im zweiten Quartal meldete Nvidia einen Umsatz von 30 Milliarden Dollar.", "30 Milliarden Dollar", {"recipient": "Nvidia"}),
    ("Der Kauf im Wert von 8 Milliarden Euro wird durch Allianz finanziert.", "8 Milliarden Euro", {"agent": "Allianz"}),
    ("Die Kartellbehörde verhängte gegen Ryanair ein Bußgeld von 12 Millionen Euro.", "12 Millionen Euro", {"agent": "Ryanair"}),
    ("Für den Innenverteidiger zahlte Hertha eine Ablöse von 15 Millionen Euro an Ajax.", "15 Millionen Euro", {"agent": "Hertha", "recipient": "Ajax"}),
    ("Nach Angaben des Konzerns überwies Zalando 25 Millionen Euro an Lieferanten.", "25 Millionen Euro", {"agent": "Zalando"}),
    ("Bei dem Geschäft erhielt Glencore 900 Millionen Dollar von Trafigura.", "900 Millionen Dollar", {"recipient": "Glencore", "agent": "Trafigura"}),
    ("Wie Lufthansa mitteilte, kostet der Streik das Unternehmen rund 100 Millionen Euro.", "rund 100 Millionen Euro", {"source": "Lufthansa"}),
    ("Ein Gericht in Kalifornien verurteilte Monsanto zur Zahlung von 289 Millionen Dollar an einen Hausmeister.", "289 Millionen Dollar", {"agent": "Monsanto"}),
    ("Seit Jahresbeginn investierte Biontech rund 2 Milliarden Euro in neue Impfstoffe.", "rund 2 Milliarden Euro", {"agent": "Biontech"}),
    ("Am Dienstag sagte Musk, er werde 45 Milliarden Dollar für Twitter bieten.", "45 Milliarden Dollar", {"source": "Musk"}),
    ("Die Bundesregierung zahlt an Uniper weitere 8 Milliarden Euro.", "8 Milliarden Euro", {"agent": "Bundesregierung", "recipient": "Uniper"}),
    ("In dem Verfahren soll Wirecard Anlegern 3 Milliarden Euro schulden.", "3 Milliarden Euro", {"agent": "Wirecard"}),
    ("Laut Gazprom fielen die Einnahmen auf 12 Milliarden Dollar.", "12 Milliarden Dollar", {"source": "Gazprom"}),
    ("Der Schaden für Maersk beläuft sich nach Schätzungen auf 300 Millionen Dollar.", "300 Millionen Dollar", {}),
    ("Für den Stürmer überweist Schalke 7 Millionen Euro an Feyenoord.", "7 Millionen Euro", {"agent": "Schalke", "recipient": "Feyenoord"}),
    ("Im Streit um Lizenzgebühren muss Huawei an Ericsson 500 Millionen Dollar zahlen.", "500 Millionen Dollar", {"agent": "Huawei", "recipient": "Ericsson"}),
    ("Wegen Preisabsprachen muss Stellantis eine Strafe von 40 Millionen Euro zahlen.", "40 Millionen Euro", {"agent": "Stellantis"}),
    ("Bei einem Angriff auf einen Stützpunkt tötete Hamas nach Armeeangaben 12 Soldaten.", "12 Soldaten", {"agent": "Hamas"}),
    ("Der Kredit über 500 Millionen Franken wird von Novartis zurückgezahlt.", "500 Millionen Franken", {"agent": "Novartis"}),
    ("Insgesamt spendete Klarna 5 Millionen Euro für Opfer der Flut.", "5 Millionen Euro", {"agent": "Klarna"}),
    ("Zudem verlangt Rosneft von Uniper 1,2 Milliarden Euro Schadenersatz.", "1,2 Milliarden Euro", {"recipient": "Rosneft", "agent": "Uniper"}),
    ("Nach Angaben von Maersk verlor die Reederei 200 Millionen Dollar.", "200 Millionen Dollar", {"source": "Maersk"}),
    # negatives: a common noun must not become a role by this mechanism
    ("Nach der Modernisierung kostet die Anlage 40 Millionen Euro.", "40 Millionen Euro", {"agent": None}),
    ("Im Januar zahlte die Stadt 3 Millionen Euro an Vereine.", "3 Millionen Euro", {"agent": "Stadt"}),
]

SET_B = [
    ("Im Rechtsstreit um Glyphosat muss Bayer weitere 2,1 Milliarden Dollar an Kläger in den USA zahlen.", "2,1 Milliarden Dollar", {"agent": "Bayer"}),
    ("Die US-Börsenaufsicht SEC verhängte gegen Tesla eine Strafe von 20 Millionen Dollar.", "20 Millionen Dollar", {"agent": "Tesla"}),
    ("Für die Übernahme zahlt Novo Holdings 16,5 Milliarden Dollar an die Aktionäre von Catalent.", "16,5 Milliarden Dollar", {"agent": "Novo"}),
    ("Nach Angaben aus Branchenkreisen erhielt Mbappé ein Handgeld von 100 Millionen Euro.", "100 Millionen Euro", {"recipient": "Mbappé"}),
    ("Wie Siemens Energy am Mittwoch mitteilte, belaufen sich die Belastungen auf 1,6 Milliarden Euro.", "1,6 Milliarden Euro", {"source": "Siemens"}),
    ("Im dritten Quartal verbuchte Infineon einen Umsatz von 3,7 Milliarden Euro.", "3,7 Milliarden Euro", {"recipient": "Infineon"}),
    ("Die Kommission hat gegen Meta eine Geldbuße von 798 Millionen Euro verhängt.", "798 Millionen Euro", {"agent": "Meta"}),
    ("Für den Stürmer überweist Bayern 95 Millionen Euro an Tottenham.", "95 Millionen Euro", {"agent": "Bayern", "recipient": "Tottenham"}),
    ("Der Schuldenschnitt wird durch Gläubiger wie Blackrock mitgetragen, die auf 4 Milliarden Dollar verzichten.", "4 Milliarden Dollar", {}),
    ("In dem Vergleich soll Volkswagen den Käufern rund 830 Millionen Euro erstatten.", "rund 830 Millionen Euro", {"agent": "Volkswagen"}),
    ("Nach einem Hackerangriff musste Varta Kosten von 30 Millionen Euro verbuchen.", "30 Millionen Euro", {}),
    ("Zudem kassierte Gazprom von Uniper Vorauszahlungen in Höhe von 500 Millionen Euro.", "500 Millionen Euro", {"recipient": "Gazprom", "agent": "Uniper"}),
    ("Laut Bloomberg zahlte Musk für die Plattform 44 Milliarden Dollar.", "44 Milliarden Dollar", {"agent": "Musk", "source": "Bloomberg"}),
    ("Die Bundesregierung unterstützt Northvolt mit 600 Millionen Euro.", "600 Millionen Euro", {"recipient": "Northvolt", "agent": "Bundesregierung"}),
    ("Ein Gericht in London verurteilte Glencore zu einer Strafe von 280 Millionen Pfund.", "280 Millionen Pfund", {"agent": "Glencore"}),
    ("Am Montag bezifferte Lufthansa den Schaden durch den Streik auf 100 Millionen Euro.", "100 Millionen Euro", {"source": "Lufthansa"}),
    ("Wegen Verstößen gegen den Datenschutz muss Uber in den Niederlanden 290 Millionen Euro zahlen.", "290 Millionen Euro", {"agent": "Uber"}),
    ("Der Transfer kostet Chelsea nach Medienberichten 120 Millionen Euro.", "120 Millionen Euro", {"agent": "Chelsea"}),
    ("Die Strafe von 4,3 Milliarden Euro gegen Alphabet bestätigte das Gericht in Luxemburg.", "4,3 Milliarden Euro", {"agent": "Alphabet"}),
    ("Zuvor hatte Ørsted Abschreibungen von 4 Milliarden Dollar angekündigt.", "4 Milliarden Dollar", {}),
    ("Nach Angaben des Außenministeriums in Peking wurden bei dem Anschlag fünf Chinesen getötet.", "fünf", {"source": "Außenministeriums"}),
    ("Für die Lizenzen bezahlte Telefónica insgesamt 1,4 Milliarden Euro an den Staat.", "1,4 Milliarden Euro", {"agent": "Telefónica", "recipient": "Staat"}),
    ("Im Gegenzug erhält Ryanair von Boeing eine Entschädigung von 200 Millionen Dollar.", "200 Millionen Dollar", {"recipient": "Ryanair", "agent": "Boeing"}),
    ("Die Razzia bei Wirecard kostete die Anleger nach Schätzungen 20 Milliarden Euro.", "20 Milliarden Euro", {}),
]


def run(probes: list, show: bool) -> int:
    """The number of probes whose claim has every expected role; prints each with ``show``."""
    ok = 0
    for text, amount, expected in probes:
        claim = next((c for c in extract(text) if amount in c.text or c.text in amount), None)
        got = {r: (getattr(claim, r).text if claim is not None and getattr(claim, r) else None) for r in ("agent", "recipient", "source")}
        good = claim is not None and all(
            got[r] is None if e is None else got[r] is not None and (e in got[r] or got[r] in e) for r, e in expected.items()
        )
        ok += good
        if show:
            print(("OK " if good else "-- ") + f"{text[:75]:75s} {got}")
    return ok


if __name__ == "__main__":
    show = "--show" in sys.argv
    a, b = run(SET_A, show), run(SET_B, show)
    print(f"set A {a}/{len(SET_A)}  set B {b}/{len(SET_B)}  all {a + b}/{len(SET_A) + len(SET_B)}")
