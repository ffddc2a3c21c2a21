"""Fresh wire-news probe items (dpa, Reuters, AFP, Spiegel, NZZ, Handelsblatt, tagesschau style)
for the forms our corpus writes rarely: acronyms and place-bearing club or company names as
actors, datelines, long appositions, pronouns, reporting clauses after the claim, Konjunktiv,
"nach Angaben von", parenthetical ages, years, percentages and counts of things that are no
claims, hedges ("offenbar", "Schätzungen zufolge", conditionals).

    PYTHONPATH=src python benchmarks/wire_probes.py [--set main|after|blind|blind2|heldout] [--show]

Each item is (text, gold) where gold lists the claims the text holds, each as a dict:
``a`` the amount as written (a unique substring of the text), ``t`` type, ``cat`` category,
the roles ``agent``/``recipient``/``victim``/``source`` and ``hedged``. A role value is a
substring the predicted role must overlap ("A|B" accepts either), None when the role must be
null, or left out / "*" when the contract leaves it open. Predicted claims that overlap no gold
amount count as false claims. Written for the wireprobe task (stop 21), not corpus text; the
``after`` set was written after the fixes to check that they generalise. The ``blind`` set (30
items, 79 claims) was written blind in stop 22: annotated from shared/CLAIMS.md alone, without
reading src/claimex, and run once; its errors and their classes are in docs/blind_probe_stop22.md.
The ``blind2`` set (30 items, 71 claims) was written blind in stop 22 by a second writer, in
styles other than agency wire (police reports, council budgets, court reports, ORF/Standard/NZZ/
SRF, press releases, long-form, live tickers, sports finance, NGO, health, insurance), gold
committed before its single run (2c119a9); errors and classes in docs/blind2_probe_stop22.md.
The ``heldout`` set (40 items) was written blind in stop 22 by a third writer from shared/CLAIMS.md
alone, never run by its writer; it is to be run once, at the end of the session.

Scores (rule pipeline; role F1 over the roles the gold checks, as shared/score.py counts them):

  set    pipeline            detection  agent  recipient  victim  source  category  hedged
  main   branch start (e02312d)   .991   .780     .786     1.000    .718    53/54    51/52
  main   after the fixes          1.000  .850     .857     1.000    .923    53/54    52/52
  after  branch start (e02312d)   .974   .444     .462     1.000    .625    15/16    18/19
  after  after the fixes          1.000  .889     .857     1.000    .875    15/16    19/19
  blind  first run (f9334f0)      .987   .877     .757     1.000    .861    71/76    75/75
  blind2 first run (2c119a9)      .993   .884     .889     1.000    .764    61/64    64/66
  blind  end of stop 22           1.000  .893     .789     1.000    .927    74/78    77/77
  blind2 end of stop 22           1.000  .955     .889     1.000    .800    61/64    64/66
  heldout start of stop 22 (f9334f0)  .991  .880   .776     1.000    .783   103/108  113/113
  heldout end of stop 22          .991   .889     .816     1.000    .807   103/108  113/113
  main   end of stop 23           1.000  .872     .857     1.000    .947    53/54    52/52
  blind  end of stop 23           1.000  .893     .789     1.000    .950    75/78    77/77
  blind2 end of stop 23           1.000  .955     .889     1.000    .836    61/64    64/66
  heldout end of stop 23          .991   .889     .816     1.000    .807   103/108  113/113

The blind sets were blind only for their first run: the lead and the helpers fixed classes their
error lists named, so their later rows are seen data. The heldout set's errors were never read:
it was scored with the code of the start of the stop and of its end (and once at 929124f, with
the end's figures), and nothing was changed because of it.

Left open on the main set: a share a party bears ("Allein auf Südzucker entfielen …"), a share
price that takes the paragraph's source, a union demand for staff named in "für die
Beschäftigten", the selling club of a transfer told as "abgegeben an", a dividend announced by
the chief of a company that is also the source, a party whose name recurs nearer in a later
sentence (the corpus gold takes the nearest occurrence), "zurückzahlen an" a bare plural.
"""

from __future__ import annotations

import argparse

import claimex

ROLES = ("agent", "recipient", "victim", "source")
M, C = "monetary", "casualty"

MAIN: list[tuple[str, list[dict]]] = [
 # 1 dpa, fine on several firms; authority in a reporting clause after the claim
 ("Kartellamt verhängt Millionenbußgeld gegen Zuckerhersteller\n\nBONN (dpa) – Das Bundeskartellamt hat gegen drei Zuckerhersteller Bußgelder von insgesamt 48 Millionen Euro verhängt. Die Unternehmen hätten über Jahre Preise abgesprochen, teilte die Behörde am Dienstag mit. Allein auf Südzucker entfielen rund 30 Millionen Euro, wie ein Sprecher sagte.",
  [dict(a="48 Millionen Euro", t=M, cat="damage", agent="Zuckerhersteller", recipient="Bundeskartellamt", victim=None, source="*"),
   dict(a="rund 30 Millionen Euro", t=M, cat="damage", agent="Südzucker", victim=None, source="Sprecher|Bundeskartellamt", hedged=False)]),
 # 2 Reuters, stake sale; company with a place-free name, a share price
 ("Frankfurt (Reuters) - Die Deutsche Bank verkauft ihre Fondstochter Astrum für 1,2 Milliarden Euro an den US-Finanzinvestor Carlyle. Das verlautete am Mittwoch aus Finanzkreisen. Ein Sprecher des Geldhauses wollte sich nicht äußern. Die Aktie der Deutschen Bank stieg um 2,3 Prozent auf 17,45 Euro.",
  [dict(a="1,2 Milliarden Euro", t=M, cat="value", agent="Carlyle", recipient="Deutsche Bank", victim=None, source="*"),
   dict(a="17,45 Euro", t=M, cat="other", agent=None, recipient=None, victim=None, source=None, hedged=False)]),
 # 3 AFP, attack; count without noun; reporting clause after the claim; group named later
 ("Mindestens 23 Tote bei Anschlag in Somalia\n\nMogadischu (AFP) – Bei einem Selbstmordanschlag auf ein Hotel in der somalischen Hauptstadt Mogadischu sind mindestens 23 Menschen getötet worden. Mehr als 40 weitere wurden verletzt, wie ein Polizeisprecher der Nachrichtenagentur AFP sagte. Die mit Al-Kaida verbündete Miliz Al-Shabaab bekannte sich zu der Tat.",
  [dict(a="Mindestens 23", t=C, cat="killed", agent="*", recipient=None, victim=None, source="*"),
   dict(a="mindestens 23 Menschen", t=C, cat="killed", agent="*", recipient=None, victim="Menschen", source="*", hedged=False),
   dict(a="Mehr als 40", t=C, cat="injured", agent="*", recipient=None, victim=None, source="Polizeisprecher", hedged=False)]),
 # 4 NZZ, Swiss spelling, "Mio. Fr.", authority after the claim
 ("Die Zürcher Kantonalbank (ZKB) muss in den USA eine Busse von 98 Millionen Dollar bezahlen. Die Bank habe amerikanischen Kunden geholfen, Steuern zu hinterziehen, teilte das amerikanische Justizministerium am Donnerstag mit. Die ZKB hatte für den Fall bereits 2019 Rückstellungen von 100 Mio. Fr. gebildet.",
  [dict(a="98 Millionen Dollar", t=M, cat="damage", agent="Zürcher Kantonalbank|ZKB", victim=None, source="*", hedged=False),
   dict(a="100 Mio. Fr.", t=M, cat="*", agent="ZKB", victim=None, hedged=False)]),
 # 5 Spiegel, executive pay; report named after the claim; a percentage
 ("Volkswagen-Chef Oliver Blume hat im vergangenen Jahr 10,4 Millionen Euro verdient. Das geht aus dem Geschäftsbericht des Konzerns hervor, der am Freitag veröffentlicht wurde. Er bekam damit rund 35 Prozent mehr als im Vorjahr.",
  [dict(a="10,4 Millionen Euro", t=M, cat="payment", agent="*", recipient="Oliver Blume", victim=None, source="Geschäftsbericht|Konzerns", hedged=False)]),
 # 6 tagesschau, budget; plan with "soll" is no hedge; new borrowing is other
 ("Der Bundestag hat den Haushalt für 2027 beschlossen. Er sieht Ausgaben von 502 Milliarden Euro vor, die Neuverschuldung soll bei 81 Milliarden Euro liegen. Finanzminister Lars Klingbeil (SPD) sprach von einem Haushalt der Investitionen. Für die Bundeswehr sind 82,7 Milliarden Euro eingeplant.",
  [dict(a="502 Milliarden Euro", t=M, cat="cost", recipient=None, victim=None, hedged=False),
   dict(a="81 Milliarden Euro", t=M, cat="other", recipient=None, victim=None, hedged=False),
   dict(a="82,7 Milliarden Euro", t=M, cat="cost", recipient="Bundeswehr", victim=None, hedged=False)]),
 # 7 dpa, accident; ages in brackets, road numbers, hours; "ein Ehepaar" is no claim
 ("Zwei Tote bei Unfall auf der A7\n\nKASSEL (dpa) – Bei einem schweren Verkehrsunfall auf der Autobahn 7 bei Kassel sind zwei Menschen ums Leben gekommen. Ein 58-jähriger Lastwagenfahrer war nach Angaben der Polizei am Sonntagmorgen auf ein Stauende aufgefahren. Dabei wurde ein Ehepaar (71 und 68 Jahre) aus Göttingen tödlich verletzt, drei weitere Menschen erlitten leichte Verletzungen. Die A7 war für rund sechs Stunden gesperrt.",
  [dict(a="Zwei Tote", t=C, cat="killed", recipient=None, victim=None),
   dict(a="zwei Menschen", t=C, cat="killed", recipient=None, victim="Menschen", hedged=False),
   dict(a="drei weitere Menschen", t=C, cat="injured", recipient=None, victim="Menschen", hedged=False)]),
 # 8 Reuters, war; governor after the claim on Telegram; drones are objects
 ("Kiew (Reuters) - Bei russischen Angriffen auf die ostukrainische Region Donezk sind nach Angaben der örtlichen Behörden mindestens sieben Zivilisten getötet worden. 19 weitere Menschen seien verletzt worden, schrieb Gouverneur Wadym Filaschkin auf Telegram. Das russische Verteidigungsministerium erklärte seinerseits, die Luftabwehr habe in der Nacht 84 ukrainische Drohnen abgefangen.",
  [dict(a="mindestens sieben Zivilisten", t=C, cat="killed", agent="russischen", recipient=None, victim="Zivilisten", source="örtlichen Behörden", hedged=False),
   dict(a="19 weitere Menschen", t=C, cat="injured", agent="*", recipient=None, victim="Menschen", source="Filaschkin", hedged=False)]),
 # 9 AFP, UN acronym; appeal for aid; "Schätzungen zufolge" hedge
 ("Genf (AFP) – Das UN-Nothilfebüro OCHA hat für den Sudan um 4,2 Milliarden Dollar an Hilfsgeldern gebeten. Bisher seien erst 12 Prozent davon eingegangen, sagte OCHA-Sprecher Jens Laerke am Freitag in Genf. Schätzungen zufolge wurden in dem Krieg bereits mehr als 150.000 Menschen getötet.",
  [dict(a="4,2 Milliarden Dollar", t=M, cat="payment", agent=None, victim=None, source="*", hedged=False),
   dict(a="mehr als 150.000 Menschen", t=C, cat="killed", agent=None, recipient=None, victim="Menschen", hedged=True)]),
 # 10 AFP, RSF; prisoners are no casualty claim
 ("Paris (AFP) – Die Organisation Reporter ohne Grenzen (RSF) hat im laufenden Jahr weltweit 67 getötete Journalisten gezählt. Fast die Hälfte von ihnen sei im Gazastreifen ums Leben gekommen, erklärte RSF am Dienstag in Paris. Derzeit säßen 550 Medienschaffende in Haft.",
  [dict(a="67 getötete Journalisten", t=C, cat="killed", agent=None, recipient=None, victim="Journalisten", source="Reporter ohne Grenzen|RSF", hedged=False)]),
 # 11 dpa, union pay demand; conditional cost is hedged; headcount is no claim
 ("Berlin (dpa) – Die Gewerkschaft Verdi geht mit einer Forderung von acht Prozent, mindestens aber 350 Euro mehr im Monat, in die Tarifrunde für die rund 2,5 Millionen Beschäftigten von Bund und Kommunen. Das kündigte Verdi-Chef Frank Werneke am Mittwoch an. Die Arbeitgeber nannten die Forderung überzogen; sie würde die Kommunen nach eigenen Berechnungen 15 Milliarden Euro im Jahr kosten.",
  [dict(a="mindestens aber 350 Euro", t=M, cat="payment", recipient="Beschäftigten", victim=None, source="*", hedged=False),
   dict(a="15 Milliarden Euro", t=M, cat="cost", agent="Kommunen", recipient=None, victim=None, source="Arbeitgeber", hedged=True)]),
 # 12 Spiegel, football transfer; club names; "nach Informationen der Bild"
 ("Eintracht Frankfurt hat Stürmer Hugo Ekitiké für eine Rekordablöse an den FC Liverpool abgegeben. Die Reds zahlen nach Informationen der Bild-Zeitung 95 Millionen Euro plus Bonuszahlungen. Der 23-Jährige war 2024 von Paris Saint-Germain an den Main gekommen.",
  [dict(a="95 Millionen Euro", t=M, cat="payment", agent="Reds|Liverpool", recipient="Eintracht Frankfurt", victim=None, source="Bild", hedged=False)]),
 # 13 Olympique Lyon; acronym authority; takeover price with a year
 ("Olympique Lyon droht der Zwangsabstieg. Die französische Finanzaufsicht DNCG verlangt von dem Club Garantien über 175 Millionen Euro, wie die Sportzeitung L'Équipe berichtete. Lyon-Besitzer John Textor hatte den Verein 2022 für rund 800 Millionen Euro übernommen.",
  [dict(a="175 Millionen Euro", t=M, cat="*", victim=None, source="L'Équipe", hedged=False),
   dict(a="rund 800 Millionen Euro", t=M, cat="value", agent="John Textor", victim=None, hedged=False)]),
 # 14 Handelsblatt, results; profit, prior loss, sales, dividend
 ("Siemens Energy hat im abgelaufenen Geschäftsjahr einen Nettogewinn von 1,3 Milliarden Euro erzielt, nach einem Verlust von 4,6 Milliarden Euro im Vorjahr. Der Umsatz kletterte um 15 Prozent auf 39 Milliarden Euro, wie der Konzern am Mittwoch in München mitteilte. Vorstandschef Christian Bruch kündigte eine Dividende von 0,70 Euro je Aktie an – die erste seit drei Jahren.",
  [dict(a="1,3 Milliarden Euro", t=M, cat="revenue", recipient="Siemens Energy", victim=None, hedged=False),
   dict(a="4,6 Milliarden Euro", t=M, cat="damage", agent="Siemens Energy", victim=None, hedged=False),
   dict(a="39 Milliarden Euro", t=M, cat="revenue", recipient="Siemens Energy|Konzern", victim=None, source="Konzern|Siemens Energy", hedged=False),
   dict(a="0,70 Euro", t=M, cat="payment", agent="Siemens Energy", victim=None, source="Christian Bruch", hedged=False)]),
 # 15 AFP, ransom; "offenbar"; age of the hostage is no claim
 ("Bamako (AFP) – Die Entführer einer in Mali verschleppten deutschen Entwicklungshelferin verlangen offenbar ein Lösegeld von fünf Millionen Euro. Das berichtete der französische Sender RFI unter Berufung auf Sicherheitskreise. Die 61-Jährige war Anfang November in der Region Mopti von bewaffneten Männern entführt worden.",
  [dict(a="fünf Millionen Euro", t=M, cat="payment", agent=None, recipient="Entführer", victim=None, source="RFI", hedged=True)]),
 # 16 NZZ, landslide; missing person; "dürften" estimate; federal aid in Fr.
 ("Nach dem Bergsturz oberhalb von Blatten wird ein 64-jähriger Mann vermisst. Das teilte die Kantonspolizei Wallis am Donnerstag mit. Die Schäden dürften sich nach ersten Schätzungen auf mehrere hundert Millionen Franken belaufen. Der Bund stellt der Gemeinde Soforthilfe von 5 Mio. Fr. zur Verfügung.",
  [dict(a="ein 64-jähriger Mann", t=C, cat="missing", agent=None, recipient=None, victim="Mann", source="Kantonspolizei Wallis", hedged=False),
   dict(a="hundert Millionen Franken", t=M, cat="damage", recipient=None, victim=None, hedged=True),
   dict(a="5 Mio. Fr.", t=M, cat="payment", agent="Bund", recipient="Gemeinde", victim=None, hedged=False)]),
 # 17 Spiegel, court orders damages; long apposition; court named after the claim, judge later
 ("Der frühere Wirecard-Vorstandschef Markus Braun, der seit mehr als fünf Jahren in Untersuchungshaft sitzt, muss dem Insolvenzverwalter 140 Millionen Euro Schadensersatz zahlen. Das entschied das Landgericht München I am Donnerstag. Braun habe seine Pflichten als Vorstand grob verletzt, sagte die Vorsitzende Richterin.",
  [dict(a="140 Millionen Euro", t=M, cat="payment", agent="Markus Braun", recipient="Insolvenzverwalter", victim=None, source="Landgericht|Vorsitzende Richterin", hedged=False)]),
 # 18 tagesschau, flood; aid; count without noun; association acronym estimates
 ("Nach den Überschwemmungen in Bayern und Baden-Württemberg hat die Bundesregierung den Betroffenen Hilfen von bis zu 200 Millionen Euro zugesagt. Bei dem Hochwasser waren mindestens sechs Menschen ums Leben gekommen, zwei werden noch vermisst. Der Versicherungsverband GDV schätzt die versicherten Schäden auf rund zwei Milliarden Euro.",
  [dict(a="bis zu 200 Millionen Euro", t=M, cat="payment", agent="Bundesregierung", recipient="Betroffenen", victim=None, hedged=False),
   dict(a="mindestens sechs Menschen", t=C, cat="killed", agent=None, recipient=None, victim="Menschen", hedged=False),
   dict(a="zwei werden", t=C, cat="missing", agent=None, recipient=None, victim=None, hedged=False),
   dict(a="rund zwei Milliarden Euro", t=M, cat="damage", recipient=None, victim=None, source="GDV", hedged=True)]),
 # 19 Reuters, Gaza; breakdown "Unter den Toten"; pronoun "Sie" for the army
 ("Bei israelischen Luftangriffen im Gazastreifen sind nach Angaben der dortigen Gesundheitsbehörde binnen 24 Stunden 42 Palästinenser getötet worden. Unter den Toten seien auch 15 Kinder, teilte die von der Hamas kontrollierte Behörde mit. Die israelische Armee äußerte sich zunächst nicht zu den Angaben.",
  [dict(a="42 Palästinenser", t=C, cat="killed", agent="israelischen", recipient=None, victim="Palästinenser", source="Gesundheitsbehörde", hedged=False),
   dict(a="15 Kinder", t=C, cat="killed", recipient=None, victim="Kinder", source="Behörde|Gesundheitsbehörde", hedged=False)]),
 # 20 dpa, knife attack; pronoun agent; "davon" breakdown is its own claim
 ("Messerangriff in Hamburger S-Bahn\n\nHAMBURG (dpa) – Ein 34 Jahre alter Mann hat in einer S-Bahn in Hamburg mehrere Fahrgäste mit einem Messer angegriffen. Er verletzte nach Angaben der Polizei drei Menschen, eine 19-Jährige davon lebensgefährlich. Beamte nahmen den Mann am Bahnhof Altona fest.",
  [dict(a="drei Menschen", t=C, cat="injured", agent="Mann|Er", recipient=None, victim="Menschen", source="Polizei", hedged=False),
   dict(a="eine 19-Jährige", t=C, cat="injured", recipient=None, victim="19-Jährige", hedged=False)]),
 # 21 Handelsblatt, subsidy; "nach Informationen des Handelsblatts"; investment plan
 ("Der US-Chipkonzern Intel erhält für sein geplantes Werk in Magdeburg Subventionen von knapp zehn Milliarden Euro. Darauf haben sich Bundeskanzler Olaf Scholz (SPD) und Intel-Chef Pat Gelsinger nach Informationen des Handelsblatts geeinigt. Insgesamt will Intel rund 30 Milliarden Euro in den Standort investieren.",
  [dict(a="knapp zehn Milliarden Euro", t=M, cat="payment", recipient="Intel", victim=None, hedged=False),
   dict(a="rund 30 Milliarden Euro", t=M, cat="cost", agent="Intel", victim=None, hedged=False)]),
 # 22 AFP, earthquake; magnitude; counts without noun; "Hunderte"
 ("Erdbeben der Stärke 6,8 erschüttert Marokko\n\nRabat (AFP) – Bei einem schweren Erdbeben in Marokko sind nach offiziellen Angaben mehr als 2000 Menschen ums Leben gekommen. Mehr als 2400 weitere wurden verletzt, wie das Innenministerium in Rabat am Sonntag mitteilte. Hunderte Menschen werden noch vermisst.",
  [dict(a="mehr als 2000 Menschen", t=C, cat="killed", agent=None, recipient=None, victim="Menschen", hedged=False),
   dict(a="Mehr als 2400", t=C, cat="injured", agent=None, recipient=None, victim=None, source="Innenministerium", hedged=False),
   dict(a="Hunderte Menschen", t=C, cat="missing", agent=None, recipient=None, victim="Menschen", hedged=False)]),
 # 23 NZZ, bank repays bondholders; apostrophe thousands of jobs is no claim
 ("Die Grossbank UBS muss nach einem Urteil des Bundesverwaltungsgerichts rund 16,5 Mrd. Fr. an AT1-Anleihegläubiger zurückzahlen. Das Gericht hatte die Abschreibung der Anleihen durch die Finma für unrechtmässig erklärt. Die UBS hatte die Credit Suisse im März 2023 für 3 Mrd. Fr. übernommen; rund 37'000 Stellen fielen weg.",
  [dict(a="rund 16,5 Mrd. Fr.", t=M, cat="payment", agent="UBS", recipient="Anleihegläubiger", victim=None, hedged=False),
   dict(a="3 Mrd. Fr.", t=M, cat="value", agent="UBS", victim=None, hedged=False)]),
 # 24 Spiegel, ransomware; group acronym demands; damage estimate
 ("Die Hackergruppe LockBit hat von der Stadtverwaltung Potsdam ein Lösegeld in Höhe von 1,5 Millionen Dollar gefordert. Die Stadt will nach eigenen Angaben nicht zahlen. Der Schaden durch den Angriff wird auf mindestens 800.000 Euro geschätzt.",
  [dict(a="1,5 Millionen Dollar", t=M, cat="payment", agent="Stadtverwaltung Potsdam", recipient="LockBit", victim=None, hedged=False),
   dict(a="mindestens 800.000 Euro", t=M, cat="damage", recipient=None, victim=None, hedged=True)]),
 # 25 tagesschau, mine accident; agency after the claim; rescued miners are no claim
 ("Bei einem Grubenunglück im Norden Chinas sind 21 Bergleute ums Leben gekommen. Sie waren nach einer Gasexplosion in rund 400 Metern Tiefe eingeschlossen worden, berichtete die staatliche Nachrichtenagentur Xinhua. Zwölf weitere Kumpel konnten gerettet werden.",
  [dict(a="21 Bergleute", t=C, cat="killed", agent=None, recipient=None, victim="Bergleute", hedged=False)]),
 # 26 Reuters, markets; rates and prices are other, no parties
 ("Der Euro stieg am Nachmittag um 0,4 Prozent auf 1,0932 Dollar. Die Europäische Zentralbank (EZB) hatte den Referenzkurs zuvor auf 1,0905 Dollar festgesetzt. Gold verteuerte sich um 1,2 Prozent auf 2.650 Dollar je Feinunze.",
  [dict(a="1,0932 Dollar", t=M, cat="other", agent=None, recipient=None, victim=None, hedged=False),
   dict(a="1,0905 Dollar", t=M, cat="other", recipient=None, victim=None, hedged=False),
   dict(a="2.650 Dollar", t=M, cat="other", agent=None, recipient=None, victim=None, hedged=False)]),
]

# written after the fixes, before running them: do the fixed classes generalise?
AFTER: list[tuple[str, list[dict]]] = [
 # 1 dpa, ransomware; "offenbar"; broadcaster after the claim
 ("ESSEN (dpa) – Nach einem Cyberangriff auf das Universitätsklinikum Essen verlangen die Täter offenbar ein Lösegeld von 2,5 Millionen Euro in Bitcoin. Das berichtete der WDR unter Berufung auf Sicherheitskreise. Ein Sprecher der Klinik wollte sich dazu nicht äußern.",
  [dict(a="2,5 Millionen Euro", t=M, cat="payment", recipient="Täter", victim=None, source="WDR", hedged=True)]),
 # 2 Reuters, outlet in the dative of a "wie" clause; "demnach"
 ("Bei einem Drohnenangriff auf einen Markt im Norden Syriens sind mindestens neun Menschen getötet worden, wie ein Arzt eines örtlichen Krankenhauses der Nachrichtenagentur Reuters sagte. 23 weitere wurden demnach verletzt.",
  [dict(a="mindestens neun Menschen", t=C, cat="killed", recipient=None, victim="Menschen", source="Arzt", hedged=False),
   dict(a="23", t=C, cat="injured", recipient=None, victim=None, source="Arzt", hedged=False)]),
 # 3 AFP, militia named in a cue; people without a number are no claim
 ("Im Jemen sind bei US-Luftangriffen nach Angaben der Huthi-Miliz 38 Menschen getötet worden. Unter ihnen seien auch Frauen und Kinder, erklärte das von den Huthis kontrollierte Gesundheitsministerium in Sanaa.",
  [dict(a="38 Menschen", t=C, cat="killed", recipient=None, victim="Menschen", source="Huthi-Miliz", hedged=False)]),
 # 4 NZZ, sale to a buyer after "an"; apostrophe thousands of staff
 ("Der Basler Pharmakonzern Novartis verkauft seine Augenheilsparte für 3,5 Mrd. $ an den Finanzinvestor Bain Capital. Die Transaktion soll im ersten Halbjahr 2026 abgeschlossen werden, wie das Unternehmen am Montag mitteilte. Die Sparte beschäftigt rund 2'500 Mitarbeitende.",
  [dict(a="3,5 Mrd. $", t=M, cat="value", agent="Bain Capital", recipient="Novartis", victim=None, hedged=False)]),
 # 5 Handelsblatt, budget plan with "soll"; economists' estimate
 ("Der Bundeshaushalt für 2027 soll ein Volumen von 520 Milliarden Euro haben. Die Neuverschuldung soll nach den Plänen von Finanzminister Lars Klingbeil bei 89 Milliarden Euro liegen. Ökonomen des Ifo-Instituts halten das für zu optimistisch; sie rechnen mit einer Lücke von bis zu 30 Milliarden Euro.",
  [dict(a="520 Milliarden Euro", t=M, cat="cost", victim=None, hedged=False),
   dict(a="89 Milliarden Euro", t=M, cat="other", victim=None, hedged=False),
   dict(a="bis zu 30 Milliarden Euro", t=M, victim=None, source="Ökonomen|Ifo-Instituts", hedged=True)]),
 # 6 tagesschau, bus crash; ages with their unit in brackets; a driver without a number
 ("Bei einem Busunglück in Niederbayern sind zwei Menschen ums Leben gekommen und 17 verletzt worden. Unter den Toten ist ein Ehepaar (74 und 70 Jahre) aus Passau, wie die Polizei mitteilte. Der 52 Jahre alte Busfahrer wurde schwer verletzt.",
  [dict(a="zwei Menschen", t=C, cat="killed", recipient=None, victim="Menschen", hedged=False),
   dict(a="17", t=C, cat="injured", recipient=None, victim=None, hedged=False)]),
 # 7 Spiegel, "schrieb X auf Telegram" after the claim
 ("Im Gazastreifen sind nach palästinensischen Angaben binnen eines Tages 61 Menschen getötet worden. Mehr als 200 weitere seien verletzt worden, schrieb das Gesundheitsministerium in Gaza auf Telegram.",
  [dict(a="61 Menschen", t=C, cat="killed", recipient=None, victim="Menschen", hedged=False),
   dict(a="Mehr als 200", t=C, cat="injured", recipient=None, victim=None, source="Gesundheitsministerium", hedged=False)]),
 # 8 appeal: who asks receives
 ("Das Kinderhilfswerk Unicef bittet um 1,2 Milliarden Dollar für die Versorgung von Kindern im Sudan. Bislang seien erst 15 Prozent der Summe zugesagt worden, sagte Unicef-Sprecher James Elder in Genf.",
  [dict(a="1,2 Milliarden Dollar", t=M, cat="payment", agent=None, recipient="Unicef|Kinderhilfswerk", victim=None, hedged=False)]),
 # 9 Handelsblatt, pay; long apposition between earner and amount; report after the claim
 ("Christian Sewing, der die Deutsche Bank seit 2018 führt und zuvor lange im Risikomanagement tätig war, hat für das vergangene Jahr 9,8 Millionen Euro erhalten. Das geht aus dem Vergütungsbericht des Instituts hervor. Sewing bekam damit rund 10 Prozent mehr als im Vorjahr.",
  [dict(a="9,8 Millionen Euro", t=M, cat="payment", recipient="Christian Sewing", victim=None, source="Vergütungsbericht|Instituts", hedged=False)]),
 # 10 Reuters, a club sells a player to another
 ("Der FC Bayern München verkauft Verteidiger Matthijs de Ligt für 45 Millionen Euro an Manchester United. Das bestätigten beide Clubs am Dienstag. Der 24-Jährige unterschreibt in England einen Vertrag bis 2029.",
  [dict(a="45 Millionen Euro", t=M, agent="Manchester United", recipient="Bayern München", victim=None, hedged=False)]),
 # 11 EU fine; the authority named back after the claim
 ("Die EU-Kommission hat gegen den US-Konzern Meta eine Strafe von 798 Millionen Euro verhängt. Meta habe seinen Kleinanzeigendienst Marketplace unzulässig an Facebook gekoppelt, teilte die Brüsseler Behörde mit. Der Konzern kündigte an, Berufung einzulegen.",
  [dict(a="798 Millionen Euro", t=M, cat="damage", agent="Meta", recipient="EU-Kommission", victim=None, hedged=False)]),
 # 12 NZZ, fire; counts without noun; a fund for the victims
 ("Beim Brand in einer Bar in Crans-Montana sind nach Angaben der Kantonspolizei Wallis mindestens 40 Menschen ums Leben gekommen. 115 weitere wurden verletzt, viele von ihnen schwer. Der Kanton hat für die Opfer einen Fonds über 10 Mio. Fr. eingerichtet.",
  [dict(a="mindestens 40 Menschen", t=C, cat="killed", recipient=None, victim="Menschen", source="Kantonspolizei Wallis", hedged=False),
   dict(a="115 weitere", t=C, cat="injured", recipient=None, victim=None, hedged=False),
   dict(a="10 Mio. Fr.", t=M, agent="Kanton", recipient="Opfer", victim=None, hedged=False)]),
]


# written blind in stop 22: fresh text annotated from shared/CLAIMS.md alone, without reading
# src/claimex, and run once; see docs/blind_probe_stop22.md for the errors and their classes
BLIND: list[tuple[str, list[dict]]] = [
 # 1 dpa, war; attacker as adjective; source in the next sentence; breakdown; drones are objects
 ("Tote nach russischem Drohnenangriff auf Charkiw\n\nKIEW (dpa) – Bei einem russischen Drohnenangriff auf die ostukrainische Großstadt Charkiw sind in der Nacht zu Mittwoch vier Menschen getötet worden. Das teilte Bürgermeister Ihor Terechow auf Telegram mit. Unter den Toten seien zwei Kinder im Alter von 7 und 12 Jahren. Mindestens 31 weitere wurden nach Angaben der regionalen Militärverwaltung verletzt. Russland habe die Stadt mit 17 Kampfdrohnen angegriffen, erklärte die ukrainische Luftwaffe.",
  [dict(a="vier Menschen", t=C, cat="killed", agent="russischen", recipient=None, victim="Menschen", source="Terechow", hedged=False),
   dict(a="zwei Kinder", t=C, cat="killed", agent="*", recipient=None, victim="Kinder", source="*", hedged=False),
   dict(a="Mindestens 31", t=C, cat="injured", agent="*", recipient=None, victim=None, source="Militärverwaltung", hedged=False)]),
 # 2 Reuters, Sudan; militia in the genitive; "sollen" hedge; source sentence after; residents are no claim
 ("Khartum (Reuters) - Bei einem Angriff der paramilitärischen RSF-Miliz auf das Flüchtlingslager Samsam im Westen des Sudan sollen mehr als 100 Zivilisten getötet worden sein. Das berichteten Aktivisten und Helfer vor Ort. Die Hilfsorganisation Ärzte ohne Grenzen sprach von mindestens 300 Verletzten, die in ihren Einrichtungen behandelt würden. In dem Lager leben rund 500.000 Menschen.",
  [dict(a="mehr als 100 Zivilisten", t=C, cat="killed", agent="RSF-Miliz", recipient=None, victim="Zivilisten", source="Aktivisten|Helfer", hedged=True),
   dict(a="mindestens 300 Verletzten", t=C, cat="injured", agent="*", recipient=None, victim="*", source="Ärzte ohne Grenzen", hedged=False)]),
 # 3 AFP, Sahel; attacker as adjective; abducted soldiers; troops deployed are no claim
 ("Ouagadougou (AFP) – Bei einem dschihadistischen Angriff auf einen Militärstützpunkt im Norden von Burkina Faso sind Dutzende Soldaten getötet worden. Nach Angaben aus Sicherheitskreisen kamen mindestens 50 Soldaten ums Leben, die Angreifer hätten zudem rund 20 Kameraden verschleppt. Die Armee hat in der Region rund 3000 Soldaten im Einsatz.",
  [dict(a="Dutzende Soldaten", t=C, cat="killed", agent="dschihadistischen", recipient=None, victim="Soldaten", source="*", hedged=False),
   dict(a="mindestens 50 Soldaten", t=C, cat="killed", agent="*", recipient=None, victim="Soldaten", source="Sicherheitskreisen", hedged=False),
   dict(a="rund 20 Kameraden", t=C, cat="captured", agent="Angreifer", recipient=None, victim="Kameraden", source="Sicherheitskreisen", hedged=False)]),
 # 4 Spiegel, knife attack; pronoun agent; coordinated counts; "davon" breakdown; a hedge on the motive only
 ("Ein 26-jähriger Syrer hat am Freitagabend auf einem Stadtfest in Solingen wahllos auf Besucher eingestochen. Er tötete drei Menschen und verletzte acht weitere, vier davon schwer. Die Bundesanwaltschaft geht von einem islamistischen Motiv aus. Der Mann stellte sich am Samstag der Polizei.",
  [dict(a="drei Menschen", t=C, cat="killed", agent="Er|Syrer", recipient=None, victim="Menschen", source=None, hedged=False),
   dict(a="acht weitere", t=C, cat="injured", agent="Er|Syrer", recipient=None, victim=None, source=None, hedged=False),
   dict(a="vier davon", t=C, cat="injured", agent="*", recipient=None, victim=None, source=None, hedged=False)]),
 # 5 tagesschau, Lebanon; source as adjective then named; "Unter ihnen"; AFP count after the claim; a year
 ("Bei israelischen Luftangriffen im Süden des Libanon sind nach libanesischen Angaben mindestens zwölf Menschen getötet worden. Unter ihnen seien drei Sanitäter, teilte das Gesundheitsministerium in Beirut mit. Die israelische Armee erklärte, sie habe Stellungen der Hisbollah angegriffen. Seit Beginn der Waffenruhe im November 2024 wurden im Libanon mehr als 330 Menschen durch israelische Angriffe getötet, wie eine Zählung der Nachrichtenagentur AFP ergab.",
  [dict(a="mindestens zwölf Menschen", t=C, cat="killed", agent="israelischen", recipient=None, victim="Menschen", source="libanesischen|Gesundheitsministerium", hedged=False),
   dict(a="drei Sanitäter", t=C, cat="killed", agent="*", recipient=None, victim="Sanitäter", source="Gesundheitsministerium", hedged=False),
   dict(a="mehr als 330 Menschen", t=C, cat="killed", agent="israelische Angriffe", recipient=None, victim="Menschen", source="Zählung|AFP", hedged=False)]),
 # 6 dpa, bus crash; headline counts; passengers are no claim; a woman with her age; "darunter"
 ("Schwerer Busunfall auf der A9: Ein Toter, 24 Verletzte\n\nLEIPZIG (dpa) – Auf der Autobahn 9 bei Leipzig ist ein Reisebus mit 53 Fahrgästen von der Fahrbahn abgekommen und umgestürzt. Eine 67 Jahre alte Frau aus Hamburg starb noch an der Unfallstelle, wie ein Polizeisprecher sagte. 24 Menschen wurden verletzt, darunter drei Kinder. Die Autobahn blieb bis zum Abend in Richtung Berlin gesperrt.",
  [dict(a="Ein Toter", t=C, cat="killed", agent=None, recipient=None, victim="*", source=None),
   dict(a="24 Verletzte", t=C, cat="injured", agent=None, recipient=None, victim="*", source=None),
   dict(a="Eine 67 Jahre alte Frau", t=C, cat="killed", agent=None, recipient=None, victim="Frau", source="Polizeisprecher", hedged=False),
   dict(a="24 Menschen", t=C, cat="injured", agent=None, recipient=None, victim="Menschen", source="*", hedged=False),
   dict(a="drei Kinder", t=C, cat="injured", agent=None, recipient=None, victim="Kinder", source="*", hedged=False)]),
 # 7 regional, house fire; naming the dead is no claim; rescued residents are none; police estimate
 ("GELSENKIRCHEN – Bei einem Wohnhausbrand in Gelsenkirchen-Buer sind in der Nacht zum Sonntag zwei Menschen ums Leben gekommen. Bei den Toten handelt es sich um eine 81-jährige Frau und ihren 55 Jahre alten Sohn. Die Feuerwehr konnte 14 Bewohner aus dem Mehrfamilienhaus retten, zwei von ihnen kamen mit Rauchvergiftungen ins Krankenhaus. Den Sachschaden schätzt die Polizei auf rund 400.000 Euro.",
  [dict(a="zwei Menschen", t=C, cat="killed", agent=None, recipient=None, victim="Menschen", source=None, hedged=False),
   dict(a="zwei von ihnen", t=C, cat="injured", agent=None, recipient=None, victim="*", source=None, hedged=False),
   dict(a="rund 400.000 Euro", t=M, cat="damage", agent=None, recipient=None, victim=None, source="Polizei", hedged=True)]),
 # 8 AFP, earthquake; magnitude; count without noun; "befürchten" hedge; UN aid without a named recipient
 ("Kabul (AFP) – Bei einem Erdbeben der Stärke 6,0 im Osten Afghanistans sind nach Angaben der Taliban-Regierung mindestens 800 Menschen ums Leben gekommen. Mehr als 2500 weitere seien verletzt worden, sagte ein Sprecher des Gesundheitsministeriums am Montag. Helfer befürchten, dass die Zahl der Toten noch auf mehrere Tausend steigen könnte. Die UN stellten fünf Millionen Dollar an Nothilfe bereit.",
  [dict(a="mindestens 800 Menschen", t=C, cat="killed", agent=None, recipient=None, victim="Menschen", source="Taliban-Regierung", hedged=False),
   dict(a="Mehr als 2500", t=C, cat="injured", agent=None, recipient=None, victim=None, source="Sprecher|Gesundheitsministeriums", hedged=False),
   dict(a="mehrere Tausend", t=C, cat="killed", agent=None, recipient=None, victim="*", source="Helfer", hedged=True),
   dict(a="fünf Millionen Dollar", t=M, cat="payment", agent="UN", recipient="*", victim=None, source=None, hedged=False)]),
 # 9 Reuters, floods; dative recipient; announcement after the claim; "nach inoffiziellen Angaben"
 ("Madrid (Reuters) - Die spanische Regierung stellt den von den Überschwemmungen betroffenen Gemeinden in der Region Valencia weitere 2,3 Milliarden Euro zur Verfügung. Das kündigte Ministerpräsident Pedro Sánchez am Dienstag in Madrid an. Nach inoffiziellen Angaben werden noch immer Dutzende Menschen vermisst. Die Versicherer beziffern die versicherten Schäden auf 4,5 Milliarden Euro.",
  [dict(a="2,3 Milliarden Euro", t=M, cat="payment", agent="spanische Regierung", recipient="Gemeinden", victim=None, source="Sánchez", hedged=False),
   dict(a="Dutzende Menschen", t=C, cat="missing", agent=None, recipient=None, victim="Menschen", source="*", hedged=True),
   dict(a="4,5 Milliarden Euro", t=M, cat="damage", victim=None, source="Versicherer", hedged=False)]),
 # 10 FAZ, EU fine; commissioner's reason after; "Milliardenstrafe" and "vierte" are no claims
 ("Brüssel – Die EU-Kommission hat gegen den US-Technologiekonzern Google eine Geldbuße von 2,95 Milliarden Euro verhängt. Der Konzern habe seine marktbeherrschende Stellung im Geschäft mit Online-Werbung missbraucht, erklärte EU-Wettbewerbskommissarin Teresa Ribera am Freitag. Es ist die vierte Milliardenstrafe gegen Google. Das Unternehmen kündigte an, gegen die Entscheidung vorzugehen.",
  [dict(a="2,95 Milliarden Euro", t=M, cat="damage", agent="Google|US-Technologiekonzern", recipient="EU-Kommission", victim=None, source="*", hedged=False)]),
 # 11 SZ, court; pain and suffering to a patient; the earlier demand; ages and years
 ("Das Landgericht München I hat einen Chirurgen zur Zahlung von 150.000 Euro Schmerzensgeld an eine frühere Patientin verurteilt. Der 58-Jährige habe bei einer Operation im Jahr 2019 einen Nerv durchtrennt, befand die Kammer. Die Frau hatte ursprünglich 400.000 Euro gefordert. Der Arzt kann gegen das Urteil Berufung einlegen.",
  [dict(a="150.000 Euro", t=M, cat="payment", agent="Chirurgen", recipient="Patientin", victim=None, source="Landgericht|Kammer", hedged=False),
   dict(a="400.000 Euro", t=M, cat="payment", agent="*", recipient="Frau", victim=None, hedged=False)]),
 # 12 Handelsblatt, results; loss, prior-year loss, sales with a percentage, share price
 ("Düsseldorf – Der Stahlkonzern Thyssenkrupp hat im abgelaufenen Geschäftsjahr einen Nettoverlust von 1,1 Milliarden Euro verbucht. Im Vorjahr hatte das Minus noch bei zwei Milliarden Euro gelegen. Der Umsatz sank um acht Prozent auf 33 Milliarden Euro, wie das Unternehmen am Donnerstag in Essen mitteilte. Die Aktie verlor im frühen Handel 4,2 Prozent auf 9,80 Euro.",
  [dict(a="1,1 Milliarden Euro", t=M, cat="damage", victim=None, hedged=False),
   dict(a="zwei Milliarden Euro", t=M, cat="damage", victim=None, hedged=False),
   dict(a="33 Milliarden Euro", t=M, cat="revenue", agent="*", recipient="Thyssenkrupp|Stahlkonzern|Unternehmen", victim=None, source="Unternehmen|Thyssenkrupp", hedged=False),
   dict(a="9,80 Euro", t=M, cat="other", agent=None, recipient=None, victim=None, source=None, hedged=False)]),
 # 13 Reuters, takeover; price per share to shareholders; assets under management; a premium in percent
 ("Frankfurt (Reuters) - Der Versicherer Allianz übernimmt den Vermögensverwalter Tikehau für rund 6,2 Milliarden Euro. Die Allianz biete den Aktionären 38 Euro je Aktie in bar, teilte der Münchner Konzern am Montag mit. Das entspricht einem Aufschlag von 27 Prozent auf den Schlusskurs vom Freitag. Tikehau verwaltet ein Vermögen von 50 Milliarden Euro.",
  [dict(a="rund 6,2 Milliarden Euro", t=M, cat="value", agent="Allianz|Versicherer", recipient="*", victim=None, hedged=False),
   dict(a="38 Euro", t=M, cat="value", agent="Allianz", recipient="Aktionären", victim=None, source="Konzern|Allianz", hedged=False),
   dict(a="50 Milliarden Euro", t=M, cat="value", victim=None, source=None, hedged=False)]),
 # 14 sport, transfer; buyer and dative seller as nicknames; coordinated amounts; ages and years
 ("Der VfB Stuttgart verkauft Nationalstürmer Nick Woltemade an Newcastle United. Die Engländer überweisen den Schwaben nach Informationen der Stuttgarter Zeitung eine feste Ablöse von 75 Millionen Euro sowie bis zu zehn Millionen Euro an Bonuszahlungen. Der 23-Jährige war erst im Sommer 2024 ablösefrei aus Bremen gekommen und hat in Stuttgart einen Vertrag bis 2028.",
  [dict(a="75 Millionen Euro", t=M, cat="payment", agent="Engländer|Newcastle", recipient="Schwaben|VfB Stuttgart", victim=None, source="Stuttgarter Zeitung", hedged=False),
   dict(a="bis zu zehn Millionen Euro", t=M, cat="payment", agent="Engländer|Newcastle", recipient="Schwaben|VfB Stuttgart", victim=None, source="Stuttgarter Zeitung", hedged=False)]),
 # 15 Spiegel, executive pay; prior year in the same sentence; report after; possessive pronoun
 ("Mercedes-Chef Ola Källenius hat für das vergangene Jahr insgesamt 5,8 Millionen Euro erhalten, nach 12,7 Millionen Euro im Jahr davor. Das geht aus dem am Freitag veröffentlichten Geschäftsbericht hervor. Der Großteil des Rückgangs erklärt sich durch geringere variable Bestandteile. Sein Grundgehalt lag unverändert bei 1,7 Millionen Euro.",
  [dict(a="5,8 Millionen Euro", t=M, cat="payment", recipient="Källenius", victim=None, source="Geschäftsbericht", hedged=False),
   dict(a="12,7 Millionen Euro", t=M, cat="payment", recipient="Källenius", victim=None, source="Geschäftsbericht", hedged=False),
   dict(a="1,7 Millionen Euro", t=M, cat="payment", recipient="Källenius|Sein", victim=None, hedged=False)]),
 # 16 tagesschau, wage deal; percentages, minimum amount, one-off payment, headcount; cost to the Länder
 ("Potsdam – Die Beschäftigten im öffentlichen Dienst der Länder erhalten mehr Geld. Gewerkschaften und Tarifgemeinschaft deutscher Länder einigten sich auf eine Erhöhung um 5,5 Prozent, mindestens aber 200 Euro im Monat. Zusätzlich gibt es eine steuerfreie Einmalzahlung von 1.800 Euro. Der Abschluss betrifft rund 1,1 Millionen Tarifbeschäftigte und kostet die Länder nach Angaben der TdL 7,9 Milliarden Euro.",
  [dict(a="mindestens aber 200 Euro", t=M, cat="payment", recipient="Beschäftigten", victim=None, hedged=False),
   dict(a="1.800 Euro", t=M, cat="payment", victim=None, hedged=False),
   dict(a="7,9 Milliarden Euro", t=M, cat="cost", agent="Länder", recipient=None, victim=None, source="TdL", hedged=False)]),
 # 17 FAZ, budget; spending, a planned allocation ("sollen … fließen" is no hedge), borrowing, a gap
 ("Berlin – Das Bundeskabinett hat den Entwurf für den Haushalt 2027 gebilligt. Vorgesehen sind Ausgaben von 524,5 Milliarden Euro. Aus dem Sondervermögen Infrastruktur sollen zusätzlich 58 Milliarden Euro in Straßen, Schienen und Brücken fließen. Die Nettokreditaufnahme im Kernhaushalt steigt auf 89,9 Milliarden Euro. Finanzminister Klingbeil warnte, für 2028 klaffe noch eine Lücke von 74 Milliarden Euro.",
  [dict(a="524,5 Milliarden Euro", t=M, cat="cost", recipient=None, victim=None, hedged=False),
   dict(a="58 Milliarden Euro", t=M, cat="cost", victim=None, hedged=False),
   dict(a="89,9 Milliarden Euro", t=M, cat="other", recipient=None, victim=None, hedged=False),
   dict(a="74 Milliarden Euro", t=M, cat="other", recipient=None, victim=None, source="Klingbeil", hedged=False)]),
 # 18 NZZ, state aid in Fr. with a conversion in brackets; minister after the claim; staff count
 ("Bern – Der Bundesrat will die Schweizer Stahlwerke mit insgesamt 38 Millionen Franken (rund 40 Millionen Euro) unterstützen. Das Geld soll über vier Jahre an die Werke in Gerlafingen und Emmenbrücke fliessen, wie Wirtschaftsminister Guy Parmelin am Mittwoch vor den Medien sagte. In den beiden Werken arbeiten rund 1'200 Personen.",
  [dict(a="38 Millionen Franken", t=M, cat="payment", agent="Bundesrat", recipient="Stahlwerke", victim=None, hedged=False),
   dict(a="rund 40 Millionen Euro", t=M, cat="payment", agent="Bundesrat", recipient="Stahlwerke", victim=None, hedged=False)]),
 # 19 regional, fraud; "soll" hedge in a relative clause; patients and years; seized cash
 ("Köln – Die Staatsanwaltschaft Köln hat Anklage gegen einen 44-jährigen Mann aus Leverkusen erhoben, der mit falschen Pflegeabrechnungen die Krankenkassen um rund 3,4 Millionen Euro betrogen haben soll. Der Angeklagte soll zwischen 2019 und 2023 Leistungen für 140 Patienten abgerechnet haben, die nie erbracht wurden. Bei einer Durchsuchung stellten Ermittler Bargeld in Höhe von 280.000 Euro sicher.",
  [dict(a="rund 3,4 Millionen Euro", t=M, cat="damage", victim=None, source="Staatsanwaltschaft", hedged=True),
   dict(a="280.000 Euro", t=M, cat="*", victim=None, hedged=False)]),
 # 20 dpa, shooting; unknown attackers; spokeswoman in the next sentence; a pronoun and no further count
 ("Schüsse vor Shisha-Bar in Neukölln\n\nBERLIN (dpa) – Unbekannte haben in der Nacht zum Samstag vor einer Shisha-Bar in Berlin-Neukölln mehrere Schüsse abgegeben und dabei zwei Männer verletzt. Sie seien mit Schussverletzungen in Krankenhäuser gebracht worden, sagte eine Polizeisprecherin. Die Täter seien in einem dunklen Auto geflüchtet. Eine Mordkommission ermittelt.",
  [dict(a="zwei Männer", t=C, cat="injured", agent="Unbekannte", recipient=None, victim="Männer", source="*", hedged=False)]),
 # 21 health, WHO; "seit 1997"; deaths after a reporting clause; percentages of patients; an appeal
 ("Kopenhagen – Die Weltgesundheitsorganisation (WHO) hat für das vergangene Jahr in Europa so viele Masernfälle registriert wie seit 1997 nicht mehr. Mindestens 38 Menschen seien an der Krankheit gestorben, teilte die WHO mit. Mehr als 40 Prozent der Erkrankten waren Kinder unter fünf Jahren. Die Organisation rief die Staaten auf, 1,4 Milliarden Dollar für Impfkampagnen bereitzustellen.",
  [dict(a="Mindestens 38 Menschen", t=C, cat="killed", agent=None, recipient=None, victim="Menschen", source="WHO|Weltgesundheitsorganisation", hedged=False),
   dict(a="1,4 Milliarden Dollar", t=M, cat="payment", agent="Staaten", victim=None, hedged=False)]),
 # 22 Handelsblatt, health insurers; deficit is other; "rechnet mit" hedge; contribution rate
 ("Berlin – Die gesetzlichen Krankenkassen haben im ersten Halbjahr ein Defizit von 1,8 Milliarden Euro angehäuft. Das teilte der GKV-Spitzenverband am Mittwoch mit. Für das Gesamtjahr rechnet der Verband mit einem Minus von bis zu sechs Milliarden Euro. Der durchschnittliche Zusatzbeitrag liegt derzeit bei 2,9 Prozent.",
  [dict(a="1,8 Milliarden Euro", t=M, cat="other", recipient=None, victim=None, source="GKV-Spitzenverband", hedged=False),
   dict(a="bis zu sechs Milliarden Euro", t=M, cat="other", recipient=None, victim=None, source="Verband|GKV-Spitzenverband", hedged=True)]),
 # 23 Spiegel, war losses; assessment; "sollen"; a noun-less per-day count; deployed troops
 ("Die russische Armee hat im Krieg gegen die Ukraine nach Einschätzung des britischen Verteidigungsministeriums bislang mehr als eine Million Soldaten verloren, Tote und Verwundete zusammengerechnet. Allein im Oktober sollen es im Schnitt rund 1000 pro Tag gewesen sein. Russland hat nach westlichen Schätzungen derzeit rund 700.000 Soldaten in der Ukraine im Einsatz.",
  [dict(a="mehr als eine Million Soldaten", t=C, cat="casualties", agent="*", recipient=None, victim="Soldaten", source="Verteidigungsministeriums", hedged=True),
   dict(a="rund 1000", t=C, cat="casualties", agent="*", recipient=None, victim=None, source="*", hedged=True)]),
 # 24 AFP, kidnapping; police after the claim; a guard shot; ransom "nach unbestätigten Angaben"
 ("Lagos (AFP) – Bewaffnete haben im Nordwesten Nigerias mehr als 200 Schüler aus einem Internat verschleppt. Das bestätigte ein Sprecher der Polizei im Bundesstaat Kebbi am Dienstag. Ein Wachmann wurde bei dem Überfall erschossen. Nach unbestätigten Angaben verlangen die Entführer ein Lösegeld von umgerechnet 600.000 Euro.",
  [dict(a="mehr als 200 Schüler", t=C, cat="captured", agent="Bewaffnete", recipient=None, victim="Schüler", source="Sprecher|Polizei", hedged=False),
   dict(a="Ein Wachmann", t=C, cat="killed", agent="*", recipient=None, victim="Wachmann", source="*", hedged=False),
   dict(a="600.000 Euro", t=M, cat="payment", recipient="Entführer", victim=None, source="*", hedged=True)]),
 # 25 tagesschau, donor conference; dative recipient; coordinated pledges; UN estimate
 ("Kairo – Bei einer internationalen Geberkonferenz in Kairo haben Staaten und Organisationen den Palästinensern Hilfen in Höhe von insgesamt 2,1 Milliarden Dollar zugesagt. Deutschland beteiligt sich nach Angaben des Auswärtigen Amts mit 160 Millionen Euro, die EU mit 500 Millionen Euro. Die UN schätzen die Kosten für den Wiederaufbau des Gazastreifens auf 70 Milliarden Dollar.",
  [dict(a="2,1 Milliarden Dollar", t=M, cat="payment", agent="Staaten", recipient="Palästinensern", victim=None, source=None, hedged=False),
   dict(a="160 Millionen Euro", t=M, cat="payment", agent="Deutschland", victim=None, source="Auswärtigen Amts", hedged=False),
   dict(a="500 Millionen Euro", t=M, cat="payment", agent="EU", victim=None, hedged=False),
   dict(a="70 Milliarden Dollar", t=M, cat="cost", agent=None, victim=None, source="UN", hedged=True)]),
 # 26 dpa, avalanche; "ein vierter Mann" missing; police after; skiers who freed themselves are no claim
 ("Innsbruck (dpa) – Bei einem Lawinenabgang in den Tiroler Alpen sind am Sonntag drei deutsche Skitourengeher ums Leben gekommen. Ein vierter Mann aus der Gruppe wird noch vermisst, wie die Polizei in Innsbruck mitteilte. Zwei weitere Wintersportler konnten sich selbst aus den Schneemassen befreien. Die Suche wurde am Abend wegen Lawinengefahr der Stufe 4 unterbrochen.",
  [dict(a="drei deutsche Skitourengeher", t=C, cat="killed", agent=None, recipient=None, victim="Skitourengeher", source="*", hedged=False),
   dict(a="Ein vierter Mann", t=C, cat="missing", agent=None, recipient=None, victim="Mann", source="Polizei", hedged=False)]),
 # 27 Spiegel, diesel damages; dative plaintiff; judges after; conditional cost estimate
 ("Der Bundesgerichtshof hat Käufern manipulierter Dieselautos weitere Ansprüche zugesprochen. Der Autobauer Volkswagen muss einem Kläger aus Baden-Württemberg 3.200 Euro Schadensersatz zahlen, urteilten die Karlsruher Richter. Verbraucherschützer schätzen, dass die Entscheidung den Konzern bei allen noch offenen Verfahren mehr als eine Milliarde Euro kosten würde.",
  [dict(a="3.200 Euro", t=M, cat="payment", agent="Volkswagen|Autobauer", recipient="Kläger", victim=None, source="Richter", hedged=False),
   dict(a="mehr als eine Milliarde Euro", t=M, cat="cost", agent="Konzern", recipient=None, victim=None, source="Verbraucherschützer", hedged=True)]),
 # 28 sport, salary; "soll nach Medienberichten"; age, goals, games, years
 ("Riad – Cristiano Ronaldo hat seinen Vertrag bei Al-Nassr um zwei Jahre verlängert. Der 40-jährige Portugiese soll nach Medienberichten künftig mehr als 200 Millionen Euro pro Saison verdienen. Der Club selbst machte keine Angaben zu den Konditionen. Ronaldo hat für Al-Nassr bislang 93 Tore in 105 Spielen erzielt.",
  [dict(a="mehr als 200 Millionen Euro", t=M, cat="payment", recipient="Portugiese|Ronaldo", victim=None, source="Medienberichten", hedged=True)]),
 # 29 Handelsblatt, takeover "für … kauft"; the unit's sales; a loan "nach eigenen Angaben"
 ("München – Der Chipkonzern Infineon kauft für 2,5 Milliarden Dollar das Autoelektronik-Geschäft des US-Konzerns Marvell. Das teilten beide Unternehmen am Montag mit. Die Sparte erzielte zuletzt einen Jahresumsatz von rund 225 Millionen Dollar. Infineon finanziert den Kauf nach eigenen Angaben aus vorhandenen Mitteln und einem Kredit über 1,2 Milliarden Euro.",
  [dict(a="2,5 Milliarden Dollar", t=M, cat="value", agent="Infineon|Chipkonzern", recipient="Marvell", victim=None, hedged=False),
   dict(a="rund 225 Millionen Dollar", t=M, cat="revenue", recipient="Sparte", victim=None, hedged=False),
   dict(a="1,2 Milliarden Euro", t=M, cat="payment", agent=None, recipient="Infineon", victim=None, source="Infineon|eigenen", hedged=False)]),
 # 30 AFP, Myanmar; junta in the genitive; sheltering people are no claim; "war von … die Rede"
 ("Bangkok (AFP) – Bei einem Luftangriff der Militärjunta auf ein Kloster im Zentrum Myanmars sind mehr als 20 Menschen getötet worden. In dem Gebäude hatten etwa 150 Menschen Schutz vor Kämpfen gesucht, wie ein Sprecher einer örtlichen Widerstandsgruppe sagte. In lokalen Medien war sogar von 30 Toten die Rede. Die Junta äußerte sich nicht.",
  [dict(a="mehr als 20 Menschen", t=C, cat="killed", agent="Militärjunta", recipient=None, victim="Menschen", source="*", hedged=False),
   dict(a="30 Toten", t=C, cat="killed", agent="*", recipient=None, victim="*", source="Medien", hedged=True)]),
]


# The ``blind2`` set was written blind in stop 22 by a second writer: annotated from
# shared/CLAIMS.md alone, without reading src/claimex, its tests or the other probe items, in
# styles other than agency wire (police reports, council budgets, court reports, ORF/Standard/
# NZZ/SRF, press releases, long-form, live tickers, sports finance, NGO reports, health,
# insurance). Run once; its errors and their classes are in docs/blind2_probe_stop22.md.
BLIND2: list[tuple[str, list[dict]]] = [
 # 1 regional police report; age inside the victim phrase; "schätzt die Polizei" hedge; road and hour
 ("Polizei Heilbronn: Tödlicher Unfall auf der B27\n\nBei einem Frontalzusammenstoß auf der B27 zwischen Lauffen und Heilbronn ist am Samstagabend ein 34 Jahre alter Motorradfahrer ums Leben gekommen. Der 52 Jahre alte Fahrer des entgegenkommenden Transporters wurde schwer verletzt und mit einem Rettungshubschrauber in eine Klinik geflogen. Zwei Mitfahrer erlitten leichte Verletzungen. Den Sachschaden schätzt die Polizei auf rund 45.000 Euro. Die Bundesstraße war bis 23 Uhr gesperrt.",
  [dict(a="ein 34 Jahre alter Motorradfahrer", t=C, cat="killed", recipient=None, victim="Motorradfahrer", hedged=False),
   dict(a="Zwei Mitfahrer", t=C, cat="injured", recipient=None, victim="Mitfahrer", hedged=False),
   dict(a="rund 45.000 Euro", t=M, cat="damage", victim=None, source="Polizei", hedged=True)]),
 # 2 council budget; "davon" breakdown; plan is no hedge; new borrowing is other; a vote count
 ("Der Gemeinderat von Bad Tölz hat am Dienstagabend den Haushalt für 2027 verabschiedet. Das Volumen beläuft sich auf 68,4 Millionen Euro, davon entfallen 12,1 Millionen Euro auf Investitionen. Allein für die Sanierung der Grundschule am Schloßplatz sind 3,8 Millionen Euro vorgesehen. Kämmerer Stefan Huber rechnet für das kommende Jahr mit einer Neuverschuldung von 2,5 Millionen Euro. Der Beschluss fiel mit 19 zu 5 Stimmen.",
  [dict(a="68,4 Millionen Euro", t=M, cat="cost", recipient=None, victim=None, hedged=False),
   dict(a="12,1 Millionen Euro", t=M, cat="cost", victim=None, hedged=False),
   dict(a="3,8 Millionen Euro", t=M, cat="cost", victim=None, hedged=False),
   dict(a="2,5 Millionen Euro", t=M, cat="other", victim=None, source="Stefan Huber", hedged=True)]),
 # 3 local court report; "soll" as allegation; 60 defrauded customers are no casualties; court-imposed payment to a charity
 ("Vor dem Amtsgericht Göppingen musste sich am Mittwoch ein 41-jähriger Handwerker verantworten. Er soll zwischen 2021 und 2023 rund 60 Kunden um insgesamt 230.000 Euro betrogen haben. Das Gericht verurteilte ihn zu zwei Jahren und sechs Monaten Haft. Zudem muss der Mann eine Geldauflage von 5000 Euro an den Kinderschutzbund zahlen, wie eine Gerichtssprecherin mitteilte.",
  [dict(a="insgesamt 230.000 Euro", t=M, cat="damage", victim=None, hedged=True),
   dict(a="5000 Euro", t=M, agent="Mann|Handwerker", recipient="Kinderschutzbund", victim=None, source="Gerichtssprecherin", hedged=False)]),
 # 4 ORF, avalanche; Austrian "Schitourengeher"; buried but unhurt is no claim; deployed rescuers
 ("Bei einem Lawinenabgang im Tiroler Ötztal sind am Sonntag zwei deutsche Schitourengeher ums Leben gekommen. Ein dritter Mann aus der Gruppe wurde verschüttet, konnte sich aber selbst befreien und blieb unverletzt, wie die Landespolizeidirektion Tirol mitteilte. Ein Bergführer, der in der Nähe unterwegs war, alarmierte die Rettungskräfte. Im Einsatz standen 25 Bergretter und zwei Notarzthubschrauber.",
  [dict(a="zwei deutsche Schitourengeher", t=C, cat="killed", recipient=None, victim="Schitourengeher", hedged=False)]),
 # 5 Der Standard, results; "Mio."/"Mrd."; prior-year figure; investment with "bis 2027"
 ("Der Linzer Stahlkonzern Voestalpine hat im ersten Halbjahr einen Gewinn nach Steuern von 312 Mio. Euro erwirtschaftet, nach 401 Mio. Euro im Vorjahreszeitraum. Der Umsatz sank auf 7,9 Mrd. Euro. Vorstandschef Herbert Eibensteiner begründete den Rückgang bei einer Pressekonferenz in Linz mit der schwachen Nachfrage aus der Autoindustrie. Für die Erneuerung zweier Hochöfen in Linz und Donawitz investiert der Konzern bis 2027 rund 1,5 Mrd. Euro.",
  [dict(a="312 Mio. Euro", t=M, cat="revenue", victim=None, hedged=False),
   dict(a="401 Mio. Euro", t=M, cat="revenue", victim=None, hedged=False),
   dict(a="7,9 Mrd. Euro", t=M, cat="revenue", victim=None, hedged=False),
   dict(a="rund 1,5 Mrd. Euro", t=M, cat="cost", agent="Konzern|Voestalpine", victim=None, hedged=False)]),
 # 6 NZZ, defence budget; "Mrd. Fr."; plan with "soll" is no hedge; Konjunktiv of reported speech is no hedge
 ("Der Bundesrat will die Armee in den kommenden vier Jahren mit zusätzlichen Mitteln ausstatten. Für die Beschaffung neuer Luftabwehrsysteme beantragt er dem Parlament einen Verpflichtungskredit von 1,9 Mrd. Fr. Insgesamt soll das Armeebudget bis 2030 auf rund 7,5 Milliarden Franken steigen. Die SP kritisierte die Pläne; bei der Entwicklungshilfe würden dafür 110 Millionen Franken gestrichen, sagte Nationalrätin Franziska Roth.",
  [dict(a="1,9 Mrd. Fr.", t=M, cat="cost", victim=None, hedged=False),
   dict(a="rund 7,5 Milliarden Franken", t=M, cat="cost", victim=None, hedged=False),
   dict(a="110 Millionen Franken", t=M, cat="cost", victim=None, source="Franziska Roth", hedged=False)]),
 # 7 SRF, storms; insurers' association after the claim; missing person; evacuated residents
 ("Die Unwetter im Wallis und im Tessin haben Ende Juni Schäden in Höhe von schätzungsweise 470 Millionen Franken verursacht. Das teilte der Schweizerische Versicherungsverband SVV am Montag mit. Bei den Murgängen im Misox und im Maggiatal kamen insgesamt sieben Menschen ums Leben, eine Person wird noch vermisst. Hunderte Anwohner mussten evakuiert werden.",
  [dict(a="schätzungsweise 470 Millionen Franken", t=M, cat="damage", recipient=None, victim=None, source="Versicherungsverband|SVV"),
   dict(a="insgesamt sieben Menschen", t=C, cat="killed", recipient=None, victim="Menschen", hedged=False),
   dict(a="eine Person", t=C, cat="missing", recipient=None, victim="Person", hedged=False)]),
 # 8 press release; supply contract value; dateline date; state grant in the genitive
 ("PRESSEMITTEILUNG – München, 3. November 2026. Die Nordlicht Energie AG hat mit der Stadtwerke Augsburg GmbH einen Liefervertrag über grünen Wasserstoff im Wert von 240 Millionen Euro unterzeichnet. Der Vertrag hat eine Laufzeit von zehn Jahren. „Damit sichern wir uns einen der größten Abnehmer in Süddeutschland“, sagte Vorstandsvorsitzende Dr. Katrin Vogel. Für den Bau der Elektrolyseanlage in Gersthofen erhält das Unternehmen zudem eine Förderung des Freistaats Bayern in Höhe von 35 Millionen Euro.",
  [dict(a="240 Millionen Euro", t=M, cat="value", agent="Nordlicht Energie AG", recipient="Stadtwerke Augsburg", victim=None, hedged=False),
   dict(a="35 Millionen Euro", t=M, cat="payment", agent="Freistaats Bayern", recipient="Unternehmen|Nordlicht Energie AG", victim=None, hedged=False)]),
 # 9 Spiegel long-form; interviewee; age as apposition; severance, payer named two sentences before
 ("Markus Lehner, 58, sitzt in seinem Büro in Wolfsburg und blättert durch die Unterlagen. Drei Jahre lang hat der frühere Zulieferer-Manager gegen seinen alten Arbeitgeber prozessiert. Am Ende stand ein Vergleich: 1,1 Millionen Euro Abfindung, zahlbar in zwei Raten. „Das Geld ist mir egal“, sagt Lehner. „Ich wollte, dass jemand zugibt, dass man mich rausgemobbt hat.“ Sein Anwalt hatte ursprünglich das Doppelte gefordert.",
  [dict(a="1,1 Millionen Euro", t=M, cat="payment", agent="alten Arbeitgeber", recipient="Markus Lehner|Zulieferer-Manager|Lehner", victim=None, hedged=False)]),
 # 10 live ticker; rising toll "auf elf"; "Drei von ihnen"; presumed under rubble; deployed forces
 ("+++ 14:32 Uhr +++ Nach dem Einsturz eines Parkhauses in Duisburg steigt die Zahl der Verletzten auf elf. Das sagte ein Sprecher der Feuerwehr vor Ort. Drei von ihnen schweben in Lebensgefahr. +++ 14:05 Uhr +++ Rettungskräfte suchen weiterhin nach zwei Menschen, die unter den Trümmern vermutet werden. Rund 120 Einsatzkräfte sind vor Ort.",
  [dict(a="auf elf", t=C, cat="injured", recipient=None, victim=None, source="Sprecher der Feuerwehr", hedged=False),
   dict(a="Drei von ihnen", t=C, cat="injured", recipient=None, victim=None, hedged=False),
   dict(a="zwei Menschen", t=C, cat="missing", recipient=None, victim="Menschen")]),
 # 11 football transfer; selling club "verkauft an"; bonus; salary with reported-speech "soll"
 ("Der FC Augsburg hat Mittelfeldspieler Jonas Keller für eine Ablösesumme von 14 Millionen Euro an Eintracht Frankfurt verkauft. Wie der „Kicker“ berichtet, können durch Bonuszahlungen noch bis zu drei Millionen Euro hinzukommen. Der 23-Jährige unterschreibt in Frankfurt einen Vertrag bis 2030 und soll dort rund vier Millionen Euro pro Jahr verdienen.",
  [dict(a="14 Millionen Euro", t=M, agent="Eintracht Frankfurt", recipient="FC Augsburg", victim=None, hedged=False),
   dict(a="bis zu drei Millionen Euro", t=M, cat="payment", victim=None, source="Kicker"),
   dict(a="rund vier Millionen Euro", t=M, cat="payment", recipient="23-Jährige|Jonas Keller", victim=None, hedged=True)]),
 # 12 court report; "soll" allegation hedges both counts; agent is the accused (age noun)
 ("Im Prozess um den tödlichen Messerangriff in einer Flüchtlingsunterkunft in Gera hat die Staatsanwaltschaft eine lebenslange Haftstrafe gefordert. Der 29-jährige Angeklagte soll im März einen Mitbewohner erstochen und zwei weitere Männer schwer verletzt haben. Der Verteidiger plädierte auf Totschlag. Das Urteil wird für den 14. Dezember erwartet.",
  [dict(a="einen Mitbewohner", t=C, cat="killed", agent="Angeklagte", recipient=None, victim="Mitbewohner", hedged=True),
   dict(a="zwei weitere Männer", t=C, cat="injured", agent="Angeklagte", recipient=None, victim="Männer", hedged=True)]),
 # 13 Amnesty; accusation; "Unter ihnen" breakdown; arrested people are no claim
 ("Amnesty International wirft den Sicherheitskräften im Iran vor, bei den Protesten im vergangenen Jahr mindestens 52 Demonstrierende getötet zu haben. Unter ihnen seien neun Minderjährige, heißt es in einem am Donnerstag veröffentlichten Bericht der Menschenrechtsorganisation. Mehr als 700 Menschen seien festgenommen worden. Die iranische Regierung wies die Vorwürfe zurück.",
  [dict(a="mindestens 52 Demonstrierende", t=C, cat="killed", agent="Sicherheitskräften", recipient=None, victim="Demonstrierende", source="Amnesty International", hedged=False),
   dict(a="neun Minderjährige", t=C, cat="killed", recipient=None, victim="Minderjährige", source="Amnesty International|Bericht|Menschenrechtsorganisation", hedged=False)]),
 # 14 UNHCR; displaced people are no claim; funding need; a percentage; cholera deaths
 ("Seit Beginn der Kämpfe im Osten der Demokratischen Republik Kongo sind nach Angaben des UN-Flüchtlingshilfswerks UNHCR mehr als 400.000 Menschen aus ihren Dörfern geflohen. Das Hilfswerk beziffert seinen Finanzbedarf für die Region auf 230 Millionen US-Dollar, bislang seien aber nur 18 Prozent gedeckt. In einem Lager bei Goma starben nach UNHCR-Angaben in der vergangenen Woche mindestens 14 Kinder an Cholera.",
  [dict(a="230 Millionen US-Dollar", t=M, victim=None, source="Hilfswerk|UNHCR", hedged=False),
   dict(a="mindestens 14 Kinder", t=C, cat="killed", recipient=None, victim="Kinder", source="UNHCR", hedged=False)]),
 # 15 WFP; funding gap; pledge with dative recipient; hungry people are no casualties
 ("Das Welternährungsprogramm (WFP) muss seine Hilfe für afghanische Familien drastisch kürzen. Wegen ausbleibender Spenden fehlten in diesem Jahr rund 840 Millionen Dollar, sagte WFP-Landesdirektor Hsiao-Wei Lee in Kabul. Deutschland hatte dem Programm im Frühjahr noch 60 Millionen Euro zugesagt, die USA hingegen ihre Beiträge weitgehend eingestellt. Nach Schätzungen des WFP hungern in Afghanistan derzeit 15 Millionen Menschen.",
  [dict(a="rund 840 Millionen Dollar", t=M, victim=None, source="Hsiao-Wei Lee", hedged=False),
   dict(a="60 Millionen Euro", t=M, cat="payment", agent="Deutschland", recipient="Programm|Welternährungsprogramm|WFP", victim=None, hedged=False)]),
 # 16 hospital deaths; clinic spokesman in the next sentence; tested staff are no claim
 ("An der Uniklinik Mainz sind in den vergangenen sechs Wochen drei Frühgeborene an einer Infektion mit multiresistenten Keimen gestorben. Das bestätigte ein Sprecher des Klinikums am Freitag. Weitere Fälle seien nicht bekannt. Die Station wurde vorübergehend für Neuaufnahmen gesperrt; 14 Mitarbeiter wurden auf den Erreger getestet.",
  [dict(a="drei Frühgeborene", t=C, cat="killed", recipient=None, victim="Frühgeborene", source="Sprecher", hedged=False)]),
 # 17 epidemic; "Todesopfer"; infected people and a vaccination rate are no claims
 ("Die Masernwelle in Rumänien hat nach Angaben des Gesundheitsministeriums in Bukarest seit Jahresbeginn 23 Todesopfer gefordert, fast alle davon Kinder unter fünf Jahren. Mehr als 9000 Menschen hätten sich angesteckt. Experten führen den Ausbruch auf die niedrige Impfquote von zuletzt 62 Prozent zurück.",
  [dict(a="23 Todesopfer", t=C, cat="killed", recipient=None, source="Gesundheitsministeriums", hedged=False)]),
 # 18 insurance, flood; "nach einer ersten Schätzung"; association after the claim; "dürfte" without amount
 ("Die Hochwasser im Süden Deutschlands im Juni haben die Versicherer nach einer ersten Schätzung rund zwei Milliarden Euro gekostet. Das teilte der Gesamtverband der Deutschen Versicherungswirtschaft (GDV) in Berlin mit. Der volkswirtschaftliche Gesamtschaden dürfte deutlich höher liegen, weil nur etwa jedes zweite Gebäude gegen Elementarschäden versichert sei. Bei dem Hochwasser waren sechs Menschen gestorben.",
  [dict(a="rund zwei Milliarden Euro", t=M, cat="damage", agent="Versicherer", victim=None, source="Gesamtverband|GDV", hedged=True),
   dict(a="sechs Menschen", t=C, cat="killed", recipient=None, victim="Menschen", hedged=False)]),
 # 19 police report, burglary; loot value; damage "wird geschätzt"; hours and a phone number
 ("Polizeipräsidium Rheinpfalz\n\nUnbekannte Täter sind in der Nacht zum Donnerstag in ein Juweliergeschäft in der Ludwigshafener Innenstadt eingebrochen. Sie erbeuteten Schmuck und Uhren im Wert von etwa 80.000 Euro. Der Sachschaden an Tür und Vitrinen wird auf 15.000 Euro geschätzt. Zeugen, die zwischen 2 und 4 Uhr verdächtige Beobachtungen gemacht haben, werden gebeten, sich unter der Telefonnummer 0621 963-2222 zu melden.",
  [dict(a="etwa 80.000 Euro", t=M, cat="value", victim=None, hedged=False),
   dict(a="15.000 Euro", t=M, cat="damage", victim=None, hedged=True)]),
 # 20 ORF court; pronoun agent; dative-free "auf das Konto eines Vereins"; "Laut Anklage"; suspended sentence
 ("Am Wiener Landesgericht ist am Montag der Prozess gegen einen ehemaligen Bürgermeister einer niederösterreichischen Gemeinde zu Ende gegangen. Der 66-Jährige wurde wegen Untreue zu 18 Monaten bedingter Haft verurteilt. Laut Anklage hatte er zwischen 2015 und 2019 Gemeindegelder in Höhe von 310.000 Euro auf das Konto eines Vereins überwiesen, dessen Obmann sein Schwager war. Der Schaden sei mittlerweile zur Gänze gutgemacht worden, betonte sein Verteidiger. Das Urteil ist nicht rechtskräftig.",
  [dict(a="310.000 Euro", t=M, cat="payment", agent="ehemaligen Bürgermeister|66-Jährige|hatte er", recipient="Vereins", victim=None, source="Anklage", hedged=False)]),
 # 21 SRF, takeover; price to shareholders; conversion in brackets; contingent milestones; share price
 ("Der Basler Pharmakonzern Roche übernimmt das US-Biotechunternehmen Carmot Therapeutics. Roche zahlt den Aktionären 2,7 Milliarden Dollar (rund 2,4 Milliarden Franken) in bar. Hinzu kommen mögliche Meilensteinzahlungen von bis zu 400 Millionen Dollar, falls bestimmte Entwicklungsziele erreicht werden. An der Börse in Zürich gab die Roche-Aktie um 1,1 Prozent auf 248,60 Franken nach.",
  [dict(a="2,7 Milliarden Dollar", t=M, cat="value", agent="Roche", recipient="Aktionären", victim=None, hedged=False),
   dict(a="rund 2,4 Milliarden Franken", t=M, cat="value", agent="Roche", recipient="Aktionären", victim=None, hedged=False),
   dict(a="bis zu 400 Millionen Dollar", t=M, victim=None),
   dict(a="248,60 Franken", t=M, cat="other", agent=None, recipient=None, victim=None, hedged=False)]),
 # 22 Zeit long-form; quote opens the paragraph, speaker after it; magnitude; government toll
 ("„Wir haben an diesem Morgen 17 Leichen geborgen“, sagt Ahmad Karimi, der seit zwanzig Jahren als Sanitäter in Herat arbeitet. Das Erdbeben der Stärke 6,3 hatte mehrere Dörfer westlich der Stadt fast vollständig zerstört. Nach Angaben der Taliban-Regierung kamen insgesamt mehr als 1000 Menschen ums Leben. Hilfsorganisationen halten die Zahl für zu niedrig.",
  [dict(a="17 Leichen", t=C, cat="killed", recipient=None, source="Ahmad Karimi", hedged=False),
   dict(a="mehr als 1000 Menschen", t=C, cat="killed", recipient=None, victim="Menschen", source="Taliban-Regierung", hedged=False)]),
 # 23 live ticker, war; adjective attacker; "darunter"; hostages held, "nach eigenen Angaben"
 ("+++ 09:15 Uhr +++ Bei einem israelischen Luftangriff auf ein Wohnhaus in Chan Junis sind nach palästinensischen Angaben mindestens zwölf Menschen getötet worden, darunter fünf Kinder. Die israelische Armee erklärte, sie habe einen Kommandeur der Hamas ins Visier genommen. +++ 08:40 Uhr +++ Die Hamas hat nach eigenen Angaben noch 24 Geiseln in ihrer Gewalt.",
  [dict(a="mindestens zwölf Menschen", t=C, cat="killed", agent="israelischen|israelische Armee", recipient=None, victim="Menschen", source="palästinensischen", hedged=False),
   dict(a="fünf Kinder", t=C, cat="killed", agent="israelischen|israelische Armee", recipient=None, victim="Kinder", source="palästinensischen", hedged=False),
   dict(a="24 Geiseln", t=C, cat="captured", agent="Hamas", recipient=None, victim="Geiseln", source="Hamas|eigenen Angaben", hedged=False)]),
 # 24 football club finance; dative recipient "dem Verein"; salary bill; difference to the prior year without currency
 ("Borussia Dortmund hat das Geschäftsjahr 2025/26 mit einem Rekordumsatz abgeschlossen. Die Erlöse stiegen auf 536 Millionen Euro. Allein aus der Champions League flossen dem Verein knapp 90 Millionen Euro an Prämien zu. Für Spielergehälter gab der BVB 248 Millionen Euro aus, rund elf Millionen mehr als im Vorjahr.",
  [dict(a="536 Millionen Euro", t=M, cat="revenue", victim=None, hedged=False),
   dict(a="knapp 90 Millionen Euro", t=M, recipient="Verein", victim=None, hedged=False),
   dict(a="248 Millionen Euro", t=M, cat="payment", agent="BVB", victim=None, hedged=False),
   dict(a="rund elf Millionen", t=M, victim=None, hedged=False)]),
 # 25 Swiss municipal vote; "Mio. Fr."; percentage of votes; opponents' warning with "über"
 ("Die Stimmberechtigten der Stadt Winterthur haben am Sonntag den Kredit für das neue Hallenbad mit 58 Prozent Ja-Stimmen angenommen. Der Neubau kostet 72,5 Mio. Fr. Die Gegner hatten vor Folgekosten von jährlich über 3 Mio. Fr. gewarnt. Stadträtin Katrin Cometta zeigte sich erleichtert: «Das ist ein gutes Signal für den Sport in unserer Stadt.»",
  [dict(a="72,5 Mio. Fr.", t=M, cat="cost", victim=None, hedged=False),
   dict(a="über 3 Mio. Fr.", t=M, cat="cost", victim=None, source="Gegner")]),
 # 26 insurer statement; counts of claims filed; "rechnet mit" payout to customers; spokeswoman after the claim
 ("Die Allianz Versicherung hat nach dem Hagelsturm vom 12. Juli in Baden-Württemberg bislang 38.000 Schadenmeldungen erhalten. Das Unternehmen rechnet mit Zahlungen an seine Kunden von insgesamt rund 260 Millionen Euro, teilte eine Sprecherin am Mittwoch in Stuttgart mit. Pro Fahrzeug liege der durchschnittliche Schaden bei etwa 4.300 Euro.",
  [dict(a="insgesamt rund 260 Millionen Euro", t=M, cat="payment", agent="Unternehmen|Allianz", recipient="Kunden", victim=None, source="Sprecherin", hedged=True),
   dict(a="etwa 4.300 Euro", t=M, cat="damage", victim=None, hedged=False)]),
 # 27 police, knife attack; age noun as agent; "Einer von ihnen" died later (noun-less count); arrest
 ("Bei einem Streit vor einer Diskothek in Rosenheim hat ein 19-Jähriger in der Nacht zum Sonntag zwei junge Männer mit einem Messer verletzt. Einer von ihnen erlag am Sonntagnachmittag im Krankenhaus seinen Verletzungen, wie die Polizei am Montag mitteilte. Der mutmaßliche Täter wurde noch am Tatort festgenommen. Gegen ihn wurde Haftbefehl wegen Totschlags erlassen.",
  [dict(a="zwei junge Männer", t=C, cat="injured", agent="19-Jähriger", recipient=None, victim="Männer", hedged=False),
   dict(a="Einer von ihnen", t=C, cat="killed", recipient=None, victim=None, source="Polizei", hedged=False)]),
 # 28 NZZ, competition fines; Swiss "Busse"; fined firm named after the amount
 ("Die Wettbewerbskommission (Weko) hat gegen fünf Baufirmen aus dem Kanton Graubünden Bussen von insgesamt 11 Millionen Franken verhängt. Die Unternehmen sollen sich über Jahre bei öffentlichen Ausschreibungen abgesprochen haben. Die höchste Busse trifft mit 4,2 Millionen Franken die Bauunternehmung Caviezel AG aus Scuol. Das Unternehmen kündigte an, den Entscheid beim Bundesverwaltungsgericht anzufechten.",
  [dict(a="insgesamt 11 Millionen Franken", t=M, cat="damage", agent="Baufirmen", recipient="Wettbewerbskommission|Weko", victim=None, hedged=False),
   dict(a="4,2 Millionen Franken", t=M, cat="damage", agent="Caviezel", victim=None, hedged=False)]),
 # 29 Der Standard; conditional estimate "würde … kosten"; "geht von … aus"; transfer to states in the dative
 ("Die geplante Sanierung der Tauernautobahn würde nach Berechnungen des Rechnungshofs mindestens 1,2 Milliarden Euro kosten – fast doppelt so viel wie von der Asfinag ursprünglich veranschlagt. Die Autobahngesellschaft selbst geht von 780 Millionen Euro aus. Verkehrsminister Peter Hanke kündigte an, der Bund werde den Ländern Kärnten und Salzburg für Umleitungsstrecken zusätzlich 45 Millionen Euro überweisen.",
  [dict(a="mindestens 1,2 Milliarden Euro", t=M, cat="cost", victim=None, source="Rechnungshofs", hedged=True),
   dict(a="780 Millionen Euro", t=M, cat="cost", victim=None, source="Autobahngesellschaft|Asfinag", hedged=True),
   dict(a="45 Millionen Euro", t=M, cat="payment", agent="Bund", recipient="Ländern|Kärnten", victim=None, source="Peter Hanke", hedged=False)]),
 # 30 Spiegel long-form, kidnapping; ransom demanded; abducted colleagues; "der deutsche Ingenieur" has no number
 ("Die Entführer verlangten zunächst fünf Millionen Dollar. Erst nach monatelangen Verhandlungen kam der deutsche Ingenieur frei, zusammen mit zwei nigerianischen Kollegen, die ebenfalls verschleppt worden waren. Ob ein Lösegeld floss, ist bis heute unklar. Ein Vertrauter der Familie sagt, es seien am Ende 800.000 Dollar gezahlt worden; das Auswärtige Amt äußert sich dazu nicht.",
  [dict(a="fünf Millionen Dollar", t=M, cat="payment", recipient="Entführer", victim=None, hedged=False),
   dict(a="zwei nigerianischen Kollegen", t=C, cat="captured", recipient=None, victim="Kollegen", hedged=False),
   dict(a="800.000 Dollar", t=M, cat="payment", victim=None, source="Vertrauter", hedged=False)]),
]


# The ``heldout`` set (40 items) was written blind in stop 22: annotated from shared/CLAIMS.md
# alone, without reading src/claimex, its tests, docs/ or the other probe items, and never run
# by its writer. It is to be run once, at the end of the session. 10 war/attacks/terror,
# 6 accidents/disasters/fires, 6 courts/fines/damages/fraud, 6 public money, 6 companies,
# 6 mixed (health, crime, insurance, NGO); 10 items open with a headline line and a dateline.
HELDOUT: list[tuple[str, list[dict]]] = [
 # 1 dpa, headline + dateline; adjective attacker; noun-less "weitere"; darunter; deployed helpers
 ("Mindestens 14 Tote nach russischem Angriff auf Saporischschja\nSaporischschja (dpa) - Bei einem russischen Raketenangriff auf die südukrainische Stadt Saporischschja sind nach Behördenangaben mindestens 14 Menschen getötet worden. Mehr als 50 weitere wurden verletzt, darunter fünf Kinder, wie Gouverneur Iwan Fedorow auf Telegram mitteilte. Rettungskräfte suchten am Abend noch nach Verschütteten. Rund 300 Feuerwehrleute waren im Einsatz.",
  [dict(a="Mindestens 14", t=C, cat="killed", agent="russisch", recipient=None, victim="*", source="*", hedged=False),
   dict(a="mindestens 14", t=C, cat="killed", agent="russisch", recipient=None, victim="Menschen", source="Behördenangaben|Iwan Fedorow", hedged=False),
   dict(a="Mehr als 50", t=C, cat="injured", agent="russisch", recipient=None, victim=None, source="Iwan Fedorow", hedged=False),
   dict(a="fünf Kinder", t=C, cat="injured", agent="russisch", recipient=None, victim="Kinder", source="Iwan Fedorow", hedged=False)]),
 # 2 Reuters; "bei israelischen Luftangriffen"; "Unter den Toten seien" breakdown in Konjunktiv (no hedge); army as agent and source
 ("Bei israelischen Luftangriffen im Gazastreifen sind nach palästinensischen Angaben in der Nacht mindestens 27 Menschen ums Leben gekommen. Unter den Toten seien auch sieben Kinder, teilte die von der Hamas kontrollierte Zivilschutzbehörde mit. Die israelische Armee erklärte, sie habe Stellungen der Terrororganisation angegriffen, und sprach von mehr als 20 getöteten Kämpfern. Eine unabhängige Überprüfung der Zahlen war zunächst nicht möglich.",
  [dict(a="mindestens 27", t=C, cat="killed", agent="israelischen", recipient=None, victim="Menschen", source="palästinensischen Angaben|Zivilschutzbehörde", hedged=False),
   dict(a="sieben Kinder", t=C, cat="killed", agent="israelischen", recipient=None, victim="Kinder", source="Zivilschutzbehörde", hedged=False),
   dict(a="mehr als 20", t=C, cat="killed", agent="israelische Armee", recipient=None, victim="Kämpfern", source="israelische Armee", hedged=False)]),
 # 3 AFP, dateline; range with "sollen" (hedge); source in the next sentence; sheltering and displaced millions are no claims
 ("Khartum (AFP) - Bei Angriffen der paramilitärischen RSF auf ein Flüchtlingslager in der Region Darfur sollen zwischen 100 und 150 Zivilisten getötet worden sein. Das berichteten Helfer vor Ort der Nachrichtenagentur AFP. Die Vereinten Nationen schätzen, dass in dem Lager rund 500.000 Menschen Zuflucht gesucht hatten. Seit Beginn des Krieges im April 2023 wurden mehr als zwölf Millionen Menschen vertrieben.",
  [dict(a="zwischen 100 und 150", t=C, cat="killed", agent="RSF", recipient=None, victim="Zivilisten", source="Helfer", hedged=True)]),
 # 4 dpa, headline + dateline; "Ein Mensch"; noun-less "drei weitere"; age, deployed officers
 ("Messerangriff in Hamburg: Ein Toter, drei Schwerverletzte\nHamburg (dpa) - Ein 31-jähriger Mann hat am Freitagabend im Hamburger Hauptbahnhof Reisende mit einem Messer angegriffen. Ein Mensch wurde dabei getötet, drei weitere erlitten schwere Verletzungen, wie ein Polizeisprecher am Abend sagte. Der Angreifer wurde von Bundespolizisten überwältigt und festgenommen. Die Polizei war mit mehr als 100 Beamten im Einsatz.",
  [dict(a="Ein Toter", t=C, cat="killed", agent="*", recipient=None, victim="*", source="*", hedged=False),
   dict(a="drei Schwerverletzte", t=C, cat="injured", agent="*", recipient=None, victim="*", source="*", hedged=False),
   dict(a="Ein Mensch", t=C, cat="killed", agent="31-jähriger Mann|Angreifer", recipient=None, victim="Mensch", source="Polizeisprecher", hedged=False),
   dict(a="drei weitere", t=C, cat="injured", agent="31-jähriger Mann|Angreifer", recipient=None, victim=None, source="Polizeisprecher", hedged=False)]),
 # 5 Reuters; captured; "getötet oder verwundet" (casualties), reported speech is no hedge; "24 Stunden"
 ("Russische Truppen haben nach eigenen Angaben in der Region Kursk 46 ukrainische Soldaten gefangen genommen. Zudem seien bei Kämpfen in den vergangenen 24 Stunden bis zu 410 ukrainische Soldaten getötet oder verwundet worden, erklärte das Verteidigungsministerium in Moskau. Die Angaben ließen sich nicht unabhängig überprüfen. Kiew äußerte sich zunächst nicht.",
  [dict(a="46 ukrainische", t=C, cat="captured", agent="Russische Truppen", recipient=None, victim="ukrainische Soldaten", source="Russische Truppen|Verteidigungsministerium", hedged=False),
   dict(a="bis zu 410", t=C, cat="casualties", agent="*", recipient=None, victim="ukrainische Soldaten", source="Verteidigungsministerium", hedged=False)]),
 # 6 ORF, dateline; vague plural; source in later sentence; "unter ihnen"; pronoun source "Es"; fleeing tens of thousands no claim
 ("Beirut (ORF.at/Agenturen) - Bei israelischen Angriffen im Süden des Libanon sind am Montag Dutzende Menschen getötet worden. Das libanesische Gesundheitsministerium bezifferte die Zahl der Toten am Abend auf 58, unter ihnen vier Sanitäter. Es sprach zudem von 212 Verletzten. Zehntausende Menschen flohen in Richtung Norden.",
  [dict(a="Dutzende Menschen", t=C, cat="killed", agent="israelischen", recipient=None, victim="Menschen", source="*", hedged=False),
   dict(a="58", t=C, cat="killed", agent="israelischen", recipient=None, victim="*", source="Gesundheitsministerium", hedged=False),
   dict(a="vier Sanitäter", t=C, cat="killed", agent="israelischen", recipient=None, victim="Sanitäter", source="Gesundheitsministerium", hedged=False),
   dict(a="212", t=C, cat="injured", agent="israelischen", recipient=None, victim="*", source="Gesundheitsministerium|Es sprach", hedged=False)]),
 # 7 Spiegel; "nach Angaben aus Sicherheitskreisen"; "In lokalen Medien war von ... die Rede" (hedge); "befürchtet" without number; fleeing residents
 ("In Burkina Faso haben Dschihadisten der Gruppe JNIM ein Dorf im Norden des Landes überfallen. Dabei wurden nach Angaben aus Sicherheitskreisen mindestens 40 Zivilisten getötet; in lokalen Medien war sogar von bis zu 70 Toten die Rede. Die Regierung befürchtet, dass die Zahl der Opfer noch steigt. Rund 2000 Bewohner sind seit dem Angriff auf der Flucht.",
  [dict(a="mindestens 40", t=C, cat="killed", agent="Dschihadisten|JNIM", recipient=None, victim="Zivilisten", source="Sicherheitskreisen", hedged=False),
   dict(a="bis zu 70", t=C, cat="killed", agent="Dschihadisten|JNIM", recipient=None, victim="*", source="lokalen Medien", hedged=True)]),
 # 8 NZZ, headline + dateline; abducted (captured); competing figures; "Zwei Lehrer"
 ("Nigeria: Bewaffnete entführen über 200 Schüler\nAbuja (NZZ) - Im Nordwesten Nigerias haben Bewaffnete eine Internatsschule überfallen und nach Angaben der Schulleitung mehr als 200 Schülerinnen und Schüler verschleppt. Zwei Lehrer wurden bei dem Angriff erschossen. Die Polizei sprach hingegen von 87 Entführten. Sicherheitskräfte hätten die Verfolgung aufgenommen, hiess es.",
  [dict(a="über 200", t=C, cat="captured", agent="Bewaffnete", recipient=None, victim="Schüler", source="*", hedged=False),
   dict(a="mehr als 200", t=C, cat="captured", agent="Bewaffnete", recipient=None, victim="Schülerinnen und Schüler", source="Schulleitung", hedged=False),
   dict(a="Zwei Lehrer", t=C, cat="killed", agent="Bewaffnete", recipient=None, victim="Lehrer", source="*", hedged=False),
   dict(a="87", t=C, cat="captured", agent="Bewaffnete", recipient=None, victim="*", source="Polizei", hedged=False)]),
 # 9 FAZ; arms value with dative recipient and source after; Konjunktiv total; "Russland verliert ... Soldaten" estimate
 ("Deutschland liefert der Ukraine weitere Waffen im Wert von 1,9 Milliarden Euro, wie Verteidigungsminister Boris Pistorius am Rande eines Nato-Treffens in Brüssel ankündigte. Insgesamt habe die Bundesregierung seit Februar 2022 Waffen für rund 28 Milliarden Euro geliefert oder zugesagt. Russland verliert nach britischen Geheimdienstschätzungen derzeit täglich mehr als 1000 Soldaten.",
  [dict(a="1,9 Milliarden Euro", t=M, cat="value", agent="Deutschland", recipient="Ukraine", victim=None, source="Pistorius", hedged=False),
   dict(a="rund 28 Milliarden Euro", t=M, cat="value", agent="Bundesregierung", recipient="*", victim=None, source="Pistorius", hedged=False),
   dict(a="mehr als 1000", t=C, cat="casualties", agent=None, recipient=None, victim="Soldaten", source="Geheimdienstschätzungen", hedged=True)]),
 # 10 Reuters, dateline; suicide bomber; "die meisten von ihnen Polizisten" has no number; Konjunktiv noun-less count
 ("Peschawar (Reuters) - Ein Selbstmordattentäter hat sich am Dienstag vor einer Polizeistation im Nordwesten Pakistans in die Luft gesprengt. Nach Angaben eines Sprechers der Provinzregierung kamen dabei 23 Menschen ums Leben, die meisten von ihnen Polizisten. Etwa 30 weitere seien verletzt worden, einige von ihnen schwer. Zu der Tat bekannte sich eine Splittergruppe der pakistanischen Taliban.",
  [dict(a="23 Menschen", t=C, cat="killed", agent="Selbstmordattentäter", recipient=None, victim="Menschen", source="Sprecher", hedged=False),
   dict(a="Etwa 30 weitere", t=C, cat="injured", agent="Selbstmordattentäter", recipient=None, victim=None, source="Sprecher", hedged=False)]),
 # 11 police press release; two injured without a number word are no claim; estimated damage; hours
 ("Polizeipräsidium Oberfranken: Auf der A9 bei Bayreuth ist am Sonntagnachmittag ein Kleintransporter auf ein Stauende aufgefahren. Der 47-jährige Fahrer und sein Beifahrer wurden schwer verletzt, drei Insassen eines Pkw erlitten leichte Verletzungen. Den Sachschaden schätzt die Polizei auf rund 80.000 Euro. Die Autobahn war für vier Stunden gesperrt.",
  [dict(a="drei Insassen", t=C, cat="injured", agent="*", recipient=None, victim="Insassen", source="*", hedged=False),
   dict(a="rund 80.000 Euro", t=M, cat="damage", agent=None, recipient=None, victim=None, source="Polizei", hedged=True)]),
 # 12 dpa/lnw, headline + dateline; fire (a fire is no "who": agent open); coordinated "Ein Feuerwehrmann und vier Bewohner"; rescued people no claim
 ("Großbrand in Mehrfamilienhaus: Zwei Tote in Duisburg\nDuisburg (dpa/lnw) - Bei einem Feuer in einem Mehrfamilienhaus in Duisburg-Marxloh sind in der Nacht zum Samstag zwei Menschen gestorben. Ein Feuerwehrmann und vier Bewohner kamen mit Rauchgasvergiftungen ins Krankenhaus, wie ein Sprecher der Stadt mitteilte. Die Einsatzkräfte retteten 19 Menschen über Drehleitern aus dem Gebäude. Die Brandursache war zunächst unklar; die Kriminalpolizei ermittelt.",
  [dict(a="Zwei Tote", t=C, cat="killed", agent="*", recipient=None, victim="*", source="*", hedged=False),
   dict(a="zwei Menschen", t=C, cat="killed", agent="*", recipient=None, victim="Menschen", source="*", hedged=False),
   dict(a="Ein Feuerwehrmann", t=C, cat="injured", agent="*", recipient=None, victim="Feuerwehrmann", source="Sprecher der Stadt", hedged=False),
   dict(a="vier Bewohner", t=C, cat="injured", agent="*", recipient=None, victim="Bewohner", source="Sprecher der Stadt", hedged=False)]),
 # 13 SRF; avalanche; "tot geborgen"; noun-less "eine weitere" missing; rescuers, helicopters
 ("Im Wallis hat eine Lawine am Mittwoch eine Gruppe von Skitourengängern erfasst. Zwei Personen konnten nur noch tot geborgen werden, eine weitere wird noch vermisst, wie die Kantonspolizei Wallis mitteilte. Die Suche nach ihr musste wegen der Lawinengefahr am Abend unterbrochen werden. An der Suche waren rund 40 Rettungskräfte und zwei Helikopter beteiligt.",
  [dict(a="Zwei Personen", t=C, cat="killed", agent="*", recipient=None, victim="Personen", source="Kantonspolizei Wallis", hedged=False),
   dict(a="eine weitere", t=C, cat="missing", agent="*", recipient=None, victim=None, source="Kantonspolizei Wallis", hedged=False)]),
 # 14 AFP, headline (no claim) + dateline; "Zahl der Todesopfer auf"; "würden vermisst" is reported speech, no hedge; evacuees; currency conversion
 ("Überschwemmungen in Brasilien: Zahl der Toten steigt weiter\nPorto Alegre (AFP) - Nach tagelangen Regenfällen im Süden Brasiliens ist die Zahl der Todesopfer auf mindestens 83 gestiegen. 111 Menschen würden noch vermisst, teilte der Zivilschutz des Bundesstaates Rio Grande do Sul am Sonntag mit. Mehr als 120.000 Menschen mussten ihre Häuser verlassen. Gouverneur Eduardo Leite bezifferte die Schäden auf 19 Milliarden Real (rund 3,4 Milliarden Euro).",
  [dict(a="mindestens 83", t=C, cat="killed", agent="*", recipient=None, victim="*", source="*", hedged=False),
   dict(a="111 Menschen", t=C, cat="missing", agent="*", recipient=None, victim="Menschen", source="Zivilschutz", hedged=False),
   dict(a="19 Milliarden Real", t=M, cat="damage", agent=None, recipient=None, victim=None, source="Eduardo Leite", hedged=False),
   dict(a="rund 3,4 Milliarden Euro", t=M, cat="damage", agent=None, recipient=None, victim=None, source="Eduardo Leite", hedged=False)]),
 # 15 Zeit; mine accident; source in next sentence; "zwei von ihnen" breakdown; people in the tunnel no claim
 ("Bei einem Grubenunglück im Osten der Türkei sind mindestens sechs Bergleute ums Leben gekommen. Nach Angaben des Energieministeriums wurden 14 weitere Arbeiter verletzt, zwei von ihnen schweben in Lebensgefahr. Zum Zeitpunkt der Explosion hätten sich 49 Menschen in dem Stollen befunden. Die Staatsanwaltschaft leitete Ermittlungen gegen den Betreiber ein.",
  [dict(a="mindestens sechs", t=C, cat="killed", agent="*", recipient=None, victim="Bergleute", source="*", hedged=False),
   dict(a="14 weitere Arbeiter", t=C, cat="injured", agent="*", recipient=None, victim="Arbeiter", source="Energieministeriums", hedged=False),
   dict(a="zwei von ihnen", t=C, cat="injured", agent="*", recipient=None, victim=None, source="Energieministeriums", hedged=False)]),
 # 16 regional paper, headline + dateline; "Millionenhöhe" no claim; zero injured; fire crews; "geht von ... aus" without amount
 ("Feuer in Lagerhalle: Schaden in Millionenhöhe\nGifhorn (Aller-Zeitung) - Ein Brand in einer Lagerhalle eines Recyclingbetriebs in Gifhorn hat in der Nacht zu Dienstag einen Schaden von mindestens 2,5 Millionen Euro verursacht, wie die Polizei mitteilte. Verletzt wurde niemand. Mehr als 120 Feuerwehrleute aus 14 Ortswehren kämpften bis zum Morgen gegen die Flammen. Ein Sprecher der Polizei sagte, man gehe von Brandstiftung aus.",
  [dict(a="mindestens 2,5 Millionen Euro", t=M, cat="damage", agent=None, recipient=None, victim=None, source="Polizei", hedged=False)]),
 # 17 Handelsblatt; EU fine (fined party agent, authority recipient); revenue
 ("Die EU-Kommission hat gegen den US-Konzern Apple eine Strafe von 1,8 Milliarden Euro verhängt. Der iPhone-Hersteller habe Anbietern von Musikstreaming-Diensten jahrelang Steine in den Weg gelegt, begründete Wettbewerbskommissarin Margrethe Vestager die Entscheidung. Apple kündigte an, Berufung einzulegen. Im vergangenen Geschäftsjahr hatte der Konzern einen Umsatz von 383 Milliarden Dollar erzielt.",
  [dict(a="1,8 Milliarden Euro", t=M, cat="damage", agent="Apple", recipient="EU-Kommission", victim=None, source="*", hedged=False),
   dict(a="383 Milliarden Dollar", t=M, cat="revenue", agent="*", recipient="*", victim=None, source=None, hedged=False)]),
 # 18 SZ; court; Schmerzensgeld with "an eine frühere Patientin"; dative recipient "der Frau"; age
 ("Das Landgericht München I hat einen Schönheitschirurgen zur Zahlung von 45.000 Euro Schmerzensgeld an eine frühere Patientin verurteilt. Nach einer misslungenen Operation habe die 38-Jährige mehrfach nachoperiert werden müssen, befand die Kammer. Zusätzlich muss der Arzt der Frau Behandlungskosten von gut 12.000 Euro erstatten. Das Urteil ist noch nicht rechtskräftig.",
  [dict(a="45.000 Euro", t=M, cat="payment", agent="Schönheitschirurgen", recipient="frühere Patientin", victim=None, source="*", hedged=False),
   dict(a="gut 12.000 Euro", t=M, cat="payment", agent="Arzt", recipient="Frau", victim=None, source="*", hedged=False)]),
 # 19 NOZ, headline + dateline; fraud; "soll(en)" hedge; victims of fraud are no casualties; years
 ("Prozess um Schockanrufe: Bande soll Senioren um 1,2 Millionen Euro betrogen haben\nOsnabrück (NOZ) - Vor dem Landgericht Osnabrück hat am Montag der Prozess gegen fünf mutmaßliche Mitglieder einer Betrügerbande begonnen. Laut Anklage sollen sie zwischen 2021 und 2023 mindestens 34 ältere Menschen am Telefon unter Druck gesetzt und um insgesamt rund 1,2 Millionen Euro gebracht haben. Ein 84-jähriger Mann aus Melle übergab den Tätern demnach allein 160.000 Euro in bar. Den Angeklagten drohen mehrjährige Haftstrafen.",
  [dict(a="1,2 Millionen Euro betrogen", t=M, cat="damage", agent="*", recipient="*", victim=None, source="*", hedged=True),
   dict(a="rund 1,2 Millionen Euro", t=M, cat="damage", agent="*", recipient="*", victim=None, source="Anklage", hedged=True),
   dict(a="160.000 Euro", t=M, cat="payment", agent="84-jähriger Mann", recipient="Tätern", victim=None, source="Anklage|demnach", hedged=False)]),
 # 20 dpa; BGH; purchase price; Schadenersatz to "ihm"; conditional estimate ("würde ... kosten") with "nach Branchenschätzungen"
 ("Der Bundesgerichtshof hat die Klage eines Dieselfahrers gegen Mercedes-Benz weitgehend abgewiesen. Der Mann hatte für seinen Wagen 2019 rund 52.000 Euro bezahlt und verlangte den vollen Kaufpreis zurück. Die Richter sprachen ihm lediglich einen Schadenersatz von 2.600 Euro zu. Müssten die Hersteller in allen vergleichbaren Fällen den Kaufpreis erstatten, würde sie das nach Branchenschätzungen bis zu zehn Milliarden Euro kosten.",
  [dict(a="rund 52.000 Euro", t=M, cat="payment", agent="Der Mann|Dieselfahrers", recipient="*", victim=None, source=None, hedged=False),
   dict(a="2.600 Euro", t=M, cat="payment", agent="*", recipient="ihm|Dieselfahrers", victim=None, source="*", hedged=False),
   dict(a="bis zu zehn Milliarden Euro", t=M, cat="cost", agent="Hersteller", recipient="*", victim=None, source="Branchenschätzungen", hedged=True)]),
 # 21 NZZ; Swiss court; Busse; Ersatzforderung to "dem Bund" with conversion in brackets
 ("Das Bundesstrafgericht in Bellinzona hat die Grossbank UBS als Rechtsnachfolgerin der Credit Suisse zu einer Busse von 2 Millionen Franken verurteilt. Zudem muss die Bank dem Bund eine Ersatzforderung von 19 Millionen Franken (rund 20 Millionen Euro) bezahlen. Die Bank habe nicht verhindert, dass ein bulgarisches Drogenkartell über Konten Geld wusch, hielten die Richter fest. Die UBS prüft einen Weiterzug.",
  [dict(a="2 Millionen Franken", t=M, cat="damage", agent="UBS", recipient="Bundesstrafgericht", victim=None, source="*", hedged=False),
   dict(a="19 Millionen Franken", t=M, cat="*", agent="die Bank|UBS", recipient="dem Bund", victim=None, source="*", hedged=False),
   dict(a="rund 20 Millionen Euro", t=M, cat="*", agent="die Bank|UBS", recipient="dem Bund", victim=None, source="*", hedged=False)]),
 # 22 Spiegel; cartel fines; "Davon entfallen ... auf" breakdown; conditional "könnte ... Schätzungen zufolge"
 ("Das Bundeskartellamt hat gegen drei Hersteller von Feuerwehrfahrzeugen Bußgelder in Höhe von insgesamt 20,5 Millionen Euro verhängt. Davon entfallen allein 9,8 Millionen Euro auf die Firma Brandtech, wie die Behörde am Donnerstag in Bonn mitteilte. Die Unternehmen sollen sich über Jahre bei Ausschreibungen von Kommunen abgesprochen haben. Der Schaden für die Städte und Gemeinden könnte sich Schätzungen zufolge auf über 100 Millionen Euro belaufen.",
  [dict(a="insgesamt 20,5 Millionen Euro", t=M, cat="damage", agent="Hersteller", recipient="Bundeskartellamt", victim=None, source="*", hedged=False),
   dict(a="9,8 Millionen Euro", t=M, cat="damage", agent="Brandtech", recipient="*", victim=None, source="Behörde", hedged=False),
   dict(a="über 100 Millionen Euro", t=M, cat="damage", agent="*", recipient="*", victim=None, source="Schätzungen", hedged=True)]),
 # 23 dpa, headline + dateline; aid in headline and body; plural dative recipient; plan "solle fließen" no hedge; helpers
 ("Bund stellt 200 Millionen Euro Soforthilfe für Flutgebiete bereit\nBerlin (dpa) - Die Bundesregierung stellt den vom Hochwasser betroffenen Ländern Bayern und Baden-Württemberg Soforthilfen von 200 Millionen Euro zur Verfügung. Das Geld solle noch in diesem Monat fließen, sagte Finanzminister Christian Lindner am Mittwoch. Die Länder hatten die Schäden zuletzt auf mehr als zwei Milliarden Euro beziffert. Rund 4.000 Helfer des Technischen Hilfswerks sind weiterhin im Einsatz.",
  [dict(a="200 Millionen Euro Soforthilfe", t=M, cat="payment", agent="Bund", recipient="Flutgebiete", victim=None, source="*", hedged=False),
   dict(a="von 200 Millionen Euro", t=M, cat="payment", agent="Bundesregierung", recipient="Ländern Bayern und Baden-Württemberg", victim=None, source="*", hedged=False),
   dict(a="mehr als zwei Milliarden Euro", t=M, cat="damage", agent=None, recipient=None, victim=None, source="Die Länder", hedged=False)]),
 # 24 tagesschau.de; federal budget: spending and allocations (cost), new borrowing (other), coordinated amounts
 ("Der Bundestag hat den Haushalt für das kommende Jahr beschlossen. Er sieht Ausgaben von 476,8 Milliarden Euro vor, die Neuverschuldung soll bei 50,3 Milliarden Euro liegen. Größter Einzelposten ist erneut der Etat des Arbeitsministeriums mit 179 Milliarden Euro, gefolgt vom Verteidigungsetat mit 53 Milliarden Euro. Die Opposition kritisierte, die Schuldenbremse werde nur mit Buchungstricks eingehalten.",
  [dict(a="476,8 Milliarden Euro", t=M, cat="cost", agent="*", recipient="*", victim=None, source=None, hedged=False),
   dict(a="50,3 Milliarden Euro", t=M, cat="other", agent="*", recipient="*", victim=None, source=None, hedged=False),
   dict(a="179 Milliarden Euro", t=M, cat="cost", agent="*", recipient="*", victim=None, source=None, hedged=False),
   dict(a="53 Milliarden Euro", t=M, cat="cost", agent="*", recipient="*", victim=None, source=None, hedged=False)]),
 # 25 regional; council budget; subsidy "beteiligt sich mit Zuschüssen"; "rechnet mit" deficit (hedge, other); tax income to "der Stadt"
 ("Der Stadtrat von Regensburg hat am Donnerstagabend den Haushalt für 2025 verabschiedet. Für die Sanierung von Schulen sind darin 38 Millionen Euro vorgesehen, der Freistaat Bayern beteiligt sich mit Zuschüssen in Höhe von 14,5 Millionen Euro. Kämmerer Jürgen Haas rechnet für das laufende Jahr mit einem Defizit von rund neun Millionen Euro. Die Gewerbesteuer brachte der Stadt zuletzt 142 Millionen Euro ein.",
  [dict(a="38 Millionen Euro", t=M, cat="cost", agent="*", recipient="*", victim=None, source=None, hedged=False),
   dict(a="14,5 Millionen Euro", t=M, cat="payment", agent="Freistaat Bayern", recipient="*", victim=None, source=None, hedged=False),
   dict(a="rund neun Millionen Euro", t=M, cat="other", agent="*", recipient="*", victim=None, source="Jürgen Haas", hedged=True),
   dict(a="142 Millionen Euro", t=M, cat="revenue", agent="*", recipient="der Stadt zuletzt", victim=None, source=None, hedged=False)]),
 # 26 Reuters, headline + dateline; EU funds released; percentages and years no claims
 ("EU gibt Ungarn 10,2 Milliarden Euro frei\nBrüssel (Reuters) - Die EU-Kommission hat eingefrorene Fördermittel in Höhe von 10,2 Milliarden Euro für Ungarn freigegeben. Budapest habe die geforderten Justizreformen umgesetzt, begründete eine Kommissionssprecherin den Schritt. Weitere rund 20 Milliarden Euro bleiben blockiert. Würde Ungarn auch diese Mittel verlieren, entgingen dem Land nach Berechnungen des Instituts Bruegel bis 2027 Einnahmen von bis zu 1,5 Prozent seiner Wirtschaftsleistung.",
  [dict(a="10,2 Milliarden Euro frei", t=M, cat="payment", agent="EU", recipient="Ungarn", victim=None, source="*", hedged=False),
   dict(a="von 10,2 Milliarden Euro", t=M, cat="payment", agent="EU-Kommission", recipient="Ungarn", victim=None, source="*", hedged=False),
   dict(a="rund 20 Milliarden Euro", t=M, cat="payment", agent="*", recipient="*", victim=None, source="*", hedged=False)]),
 # 27 ORF, dateline; "rechnet mit" hedge; fronted anaphor source; "vom Bund" payer; prior-year figure
 ("Wien (ORF.at) - Die Österreichische Gesundheitskasse (ÖGK) rechnet für heuer mit einem Defizit von 386 Millionen Euro. Das teilte Obmann Andreas Huss am Dienstag in Wien mit. Um die Lücke zu schließen, fordert die Kasse vom Bund einen Zuschuss von 500 Millionen Euro. Im Vorjahr hatte das Minus noch 133 Millionen Euro betragen.",
  [dict(a="386 Millionen Euro", t=M, cat="other", agent="*", recipient="*", victim=None, source="Andreas Huss", hedged=True),
   dict(a="500 Millionen Euro", t=M, cat="payment", agent="Bund", recipient="Kasse|ÖGK", victim=None, source="*", hedged=False),
   dict(a="133 Millionen Euro", t=M, cat="other", agent="*", recipient="*", victim=None, source="*", hedged=False)]),
 # 28 SZ; subsidies with dative recipient; investment (cost); jobs no claim; state spending
 ("Die Bundesregierung hatte dem US-Chiphersteller Intel für sein geplantes Werk in Magdeburg Subventionen von 9,9 Milliarden Euro zugesagt. Insgesamt wollte der Konzern dort rund 30 Milliarden Euro investieren und 3000 Arbeitsplätze schaffen. Nach dem Aus für das Projekt sollen die Mittel nun teilweise in den Haushalt zurückfließen, wie ein Sprecher des Wirtschaftsministeriums sagte. Sachsen-Anhalt hatte für die Erschließung des Geländes bereits 120 Millionen Euro ausgegeben.",
  [dict(a="9,9 Milliarden Euro", t=M, cat="payment", agent="Bundesregierung", recipient="Intel", victim=None, source=None, hedged=False),
   dict(a="rund 30 Milliarden Euro", t=M, cat="cost", agent="Konzern|Intel", recipient="*", victim=None, source=None, hedged=False),
   dict(a="120 Millionen Euro", t=M, cat="cost", agent="Sachsen-Anhalt", recipient="*", victim=None, source="*", hedged=False)]),
 # 29 Handelsblatt, headline + dateline; takeover price (value) in headline and body; revenue; share price (other), compound share no party
 ("Übernahme: Rheinmetall kauft Marinewerft für 1,1 Milliarden Euro\nDüsseldorf (Handelsblatt) - Der Rüstungskonzern Rheinmetall übernimmt die Bremer Lürssen-Werft. Der Kaufpreis liege bei rund 1,1 Milliarden Euro, teilte das Unternehmen am Montag mit. Die Werft erwirtschaftete zuletzt mit 2800 Beschäftigten einen Umsatz von gut einer Milliarde Euro. Die Rheinmetall-Aktie legte nach der Ankündigung um vier Prozent auf 1.712 Euro zu.",
  [dict(a="für 1,1 Milliarden Euro", t=M, cat="value", agent="Rheinmetall", recipient="*", victim=None, source="*", hedged=False),
   dict(a="rund 1,1 Milliarden Euro", t=M, cat="value", agent="Rheinmetall|Unternehmen", recipient="*", victim=None, source="Unternehmen", hedged=False),
   dict(a="gut einer Milliarde Euro", t=M, cat="revenue", agent="*", recipient="*", victim=None, source="*", hedged=False),
   dict(a="1.712 Euro", t=M, cat="other", agent=None, recipient=None, victim=None, source=None, hedged=False)]),
 # 30 Reuters; profit with prior-year figure ("nach ... ein Jahr zuvor"), sales, cost cuts; workforce no claim
 ("Der Autobauer Volkswagen hat im dritten Quartal einen Nettogewinn von 1,6 Milliarden Euro erzielt, nach 4,3 Milliarden Euro ein Jahr zuvor. Der Umsatz sank leicht auf 78,5 Milliarden Euro. Finanzchef Arno Antlitz kündigte an, bis 2026 die Kosten um weitere zehn Milliarden Euro zu senken. Weltweit beschäftigt der Konzern rund 680.000 Menschen.",
  [dict(a="1,6 Milliarden Euro", t=M, cat="revenue", agent="*", recipient="*", victim=None, source=None, hedged=False),
   dict(a="4,3 Milliarden Euro", t=M, cat="revenue", agent="*", recipient="*", victim=None, source=None, hedged=False),
   dict(a="78,5 Milliarden Euro", t=M, cat="revenue", agent="*", recipient="*", victim=None, source=None, hedged=False),
   dict(a="zehn Milliarden Euro", t=M, cat="cost", agent="*", recipient="*", victim=None, source="Arno Antlitz", hedged=False)]),
 # 31 sport transfer; fee paid to the selling club; conditional "könnte" with source after; salary "soll" hedge; age, year
 ("Der FC Bayern München hat Stürmer Harry Kane für eine Ablösesumme von rund 100 Millionen Euro von Tottenham Hotspur verpflichtet. Mit Bonuszahlungen könnte die Summe auf bis zu 120 Millionen Euro steigen, berichtet die »Bild«. Kane soll in München ein Jahresgehalt von 25 Millionen Euro brutto kassieren. Der 30-Jährige unterschrieb einen Vertrag bis 2027.",
  [dict(a="rund 100 Millionen Euro", t=M, cat="*", agent="FC Bayern", recipient="Tottenham Hotspur", victim=None, source="*", hedged=False),
   dict(a="bis zu 120 Millionen Euro", t=M, cat="*", agent="*", recipient="*", victim=None, source="Bild", hedged=True),
   dict(a="25 Millionen Euro", t=M, cat="payment", agent="*", recipient="Kane", victim=None, source="*", hedged=True)]),
 # 32 FAZ; price of a stake (value) estimated by analysts with "soll"; pronoun agent "er"; percentages, year
 ("Die Commerzbank gerät weiter ins Visier der italienischen Großbank Unicredit. Diese hat ihren Anteil an dem Frankfurter Institut auf rund 28 Prozent aufgestockt, wie sie am Mittwoch mitteilte. Für das zusätzliche Paket soll Unicredit nach Berechnungen von Analysten etwa 2,3 Milliarden Euro gezahlt haben. Der Bund hält noch gut zwölf Prozent an der Commerzbank; er hatte 2008 in der Finanzkrise 18,2 Milliarden Euro in die Bank gesteckt.",
  [dict(a="etwa 2,3 Milliarden Euro", t=M, cat="value", agent="Unicredit", recipient="*", victim=None, source="Analysten", hedged=True),
   dict(a="18,2 Milliarden Euro", t=M, cat="*", agent="Bund|er hatte", recipient="in die Bank|Commerzbank", victim=None, source=None, hedged=False)]),
 # 33 Handelsblatt; dividend per share; total payout with conversion in brackets; CEO pay from the annual report
 ("Der Pharmakonzern Novartis schüttet für das vergangene Geschäftsjahr eine Dividende von 3,50 Franken je Aktie an seine Aktionäre aus. Insgesamt fließen damit rund 7,2 Milliarden Franken (etwa 7,6 Milliarden Euro) an die Anteilseigner. Konzernchef Vas Narasimhan erhielt eine Gesamtvergütung von 19,2 Millionen Franken, wie aus dem Geschäftsbericht hervorgeht. Der Konzern beschäftigt weltweit rund 76.000 Mitarbeitende.",
  [dict(a="3,50 Franken", t=M, cat="payment", agent="Novartis", recipient="Aktionäre", victim=None, source=None, hedged=False),
   dict(a="rund 7,2 Milliarden Franken", t=M, cat="payment", agent="*", recipient="Anteilseigner", victim=None, source=None, hedged=False),
   dict(a="etwa 7,6 Milliarden Euro", t=M, cat="payment", agent="*", recipient="Anteilseigner", victim=None, source=None, hedged=False),
   dict(a="19,2 Millionen Franken", t=M, cat="payment", agent="*", recipient="Vas Narasimhan", victim=None, source="Geschäftsbericht", hedged=False)]),
 # 34 dpa; company loss (damage) with prior-year figure; percentage outlook; lost income in Konjunktiv I ("habe ... gekostet", no hedge)
 ("Der Reisekonzern Tui hat im ersten Geschäftsquartal einen operativen Verlust von 156 Millionen Euro verbucht, wie das Unternehmen am Dienstag in Hannover mitteilte. Ein Jahr zuvor hatte das Minus noch bei 226 Millionen Euro gelegen. Vorstandschef Sebastian Ebel erwartet für das Gesamtjahr ein Ergebnisplus von sieben bis zehn Prozent. Der Streik am Flughafen Frankfurt habe Tui zudem Einnahmen von rund 15 Millionen Euro gekostet, sagte Ebel.",
  [dict(a="156 Millionen Euro", t=M, cat="damage", agent="*", recipient="*", victim=None, source="Unternehmen", hedged=False),
   dict(a="226 Millionen Euro", t=M, cat="damage", agent="*", recipient="*", victim=None, source="*", hedged=False),
   dict(a="rund 15 Millionen Euro", t=M, cat="damage", agent="*", recipient="*", victim=None, source="Ebel", hedged=False)]),
 # 35 health; death toll "das Leben gekostet" with "nach Schätzungen" (hedge); vaccinated people, percentages, ages no claims; cost with payer as object
 ("Die Grippewelle des vergangenen Winters hat in Deutschland nach Schätzungen des Robert Koch-Instituts rund 9.500 Menschen das Leben gekostet. In Apotheken ließen sich mehr als 52.000 Menschen impfen. Geimpft waren nur 38 Prozent der über 60-Jährigen. Die Impfkampagne hatte die Krankenkassen rund 240 Millionen Euro gekostet.",
  [dict(a="rund 9.500", t=C, cat="killed", agent="*", recipient=None, victim="Menschen", source="Robert Koch", hedged=True),
   dict(a="rund 240 Millionen Euro", t=M, cat="cost", agent="Krankenkassen", recipient="*", victim=None, source=None, hedged=False)]),
 # 36 police press release; loot value; "Ein Zeuge" injured by the thieves; phone number no claim
 ("Polizeipräsidium Mittelhessen: Unbekannte Täter sind in der Nacht zum Mittwoch in ein Juweliergeschäft in der Gießener Innenstadt eingebrochen. Sie erbeuteten Schmuck und Uhren im Wert von rund 60.000 Euro. Ein Zeuge, der die Täter stellen wollte, wurde mit einem Messer leicht verletzt. Die Kriminalpolizei bittet um Hinweise unter der Telefonnummer 0641 7006-2555.",
  [dict(a="rund 60.000 Euro", t=M, cat="value", agent="*", recipient="*", victim=None, source="*", hedged=False),
   dict(a="Ein Zeuge", t=C, cat="injured", agent="Täter", recipient=None, victim="Zeuge", source="*", hedged=False)]),
 # 37 insurance report; fronted-anaphor source ("Das geht aus ... hervor"); "Davon entfielen" breakdown; doubling without amount
 ("Naturkatastrophen haben in Deutschland im vergangenen Jahr versicherte Schäden von 5,7 Milliarden Euro verursacht. Das geht aus der Jahresbilanz des Gesamtverbands der Versicherer (GDV) hervor, die am Dienstag in Berlin vorgestellt wurde. Davon entfielen 3,4 Milliarden Euro auf Sturm und Hagel. Verbandspräsident Norbert Rollinger sagte, ohne bessere Prävention könnten sich die Schäden bis 2050 verdoppeln.",
  [dict(a="5,7 Milliarden Euro", t=M, cat="damage", agent="*", recipient="*", victim=None, source="Gesamtverbands der Versicherer|GDV", hedged=False),
   dict(a="3,4 Milliarden Euro", t=M, cat="damage", agent="*", recipient="*", victim=None, source="*", hedged=False)]),
 # 38 NGO (IOM / SOS Méditerranée); dead or missing (casualties); rescued no claim; source after in next sentence
 ("Auf der zentralen Mittelmeerroute sind in diesem Jahr nach Angaben der Internationalen Organisation für Migration (IOM) mindestens 1.450 Menschen ums Leben gekommen oder verschollen. Bei dem jüngsten Unglück vor der libyschen Küste kenterte am Wochenende ein Schlauchboot; 22 Migranten werden vermisst, 61 konnten von der Besatzung des Rettungsschiffs «Ocean Viking» gerettet werden. Das teilte die Hilfsorganisation SOS Méditerranée mit. Seit 2014 zählte die IOM mehr als 24.000 Tote und Vermisste im Mittelmeer.",
  [dict(a="mindestens 1.450", t=C, cat="casualties", agent=None, recipient=None, victim="Menschen", source="IOM|Internationalen Organisation für Migration", hedged=False),
   dict(a="22 Migranten", t=C, cat="missing", agent=None, recipient=None, victim="Migranten", source="SOS Méditerranée", hedged=False),
   dict(a="mehr als 24.000", t=C, cat="casualties", agent=None, recipient=None, victim="*", source="IOM", hedged=False)]),
 # 39 customs; street value (value) with source after; tonnes, arrested men and their ages no claims
 ("Zollfahnder haben im Hamburger Hafen 2,8 Tonnen Kokain sichergestellt. Der Straßenverkaufswert des Rauschgifts liege bei mehr als 200 Millionen Euro, teilte das Zollfahndungsamt Hamburg mit. Das Kokain war in einem Container mit Bananen aus Ecuador versteckt. Drei Männer im Alter von 29, 34 und 41 Jahren wurden festgenommen.",
  [dict(a="mehr als 200 Millionen Euro", t=M, cat="value", agent=None, recipient=None, victim=None, source="Zollfahndungsamt Hamburg", hedged=False)]),
 # 40 SRF, dateline; premium (cost) with fronted-anaphor source; health costs with conversion; subsidy to households
 ("Bern (SRF) - Die mittlere Prämie für Erwachsene steigt im kommenden Jahr auf 393 Franken pro Monat. Das gab Gesundheitsministerin Elisabeth Baume-Schneider am Dienstag in Bern bekannt. Die Gesundheitskosten in der Schweiz beliefen sich zuletzt auf insgesamt 94 Milliarden Franken (gut 100 Milliarden Euro). Der Bund unterstützt Haushalte mit tiefen Einkommen mit Prämienverbilligungen von rund 3,5 Milliarden Franken pro Jahr.",
  [dict(a="393 Franken", t=M, cat="cost", agent="*", recipient="*", victim=None, source="Elisabeth Baume-Schneider", hedged=False),
   dict(a="94 Milliarden Franken", t=M, cat="cost", agent="*", recipient="*", victim=None, source="*", hedged=False),
   dict(a="gut 100 Milliarden Euro", t=M, cat="cost", agent="*", recipient="*", victim=None, source="*", hedged=False),
   dict(a="rund 3,5 Milliarden Franken", t=M, cat="payment", agent="Bund", recipient="Haushalte", victim=None, source="*", hedged=False)]),
]


def _overlaps(span, start: int, end: int) -> bool:
    return span is not None and min(span.end, end) - max(span.start, start) > 0


def _role_right(text: str, got, want) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    for alt in want.split("|"):
        at = text.find(alt)
        while at >= 0:
            if _overlaps(got, at, at + len(alt)):
                return True
            at = text.find(alt, at + 1)
    return False


def run(items, show: bool) -> dict:
    """Score the items; returns counts per field and prints each failure when ``show``."""
    det = [0, 0, 0]  # tp, pred, gold
    role = {r: [0, 0, 0] for r in ROLES}  # right non-null, predicted non-null checked, gold non-null
    cat, hedge = [0, 0], [0, 0]
    for n, (text, gold) in enumerate(items, 1):
        pred = claimex.extract(text)
        det[1] += len(pred)
        det[2] += len(gold)
        used = set()
        for g in gold:
            at = text.find(g["a"])
            assert at >= 0, g["a"]
            gs, ge = at, at + len(g["a"])
            hit = next((i for i, p in enumerate(pred) if i not in used and p.type == g["t"]
                        and min(p.end, ge) - max(p.start, gs) > 0), None)
            if hit is None:
                if show:
                    print(f"#{n} MISS {g['a']!r}")
                continue
            used.add(hit)
            det[0] += 1
            p = pred[hit]
            if g.get("cat", "*") != "*":
                cat[1] += 1
                cat[0] += p.category == g["cat"]
                if show and p.category != g["cat"]:
                    print(f"#{n} CAT {g['a']!r} want {g['cat']} got {p.category}")
            if "hedged" in g:
                hedge[1] += 1
                hedge[0] += p.hedged == g["hedged"]
                if show and p.hedged != g["hedged"]:
                    print(f"#{n} HEDGE {g['a']!r} want {g['hedged']} got {p.hedged}")
            for r in ROLES:
                want = g.get(r, "*")
                if want == "*":
                    continue
                got = getattr(p, r)
                ok = _role_right(text, got, want)
                role[r][0] += ok and want is not None
                role[r][1] += got is not None
                role[r][2] += want is not None
                if show and not ok:
                    print(f"#{n} {r.upper()} {g['a']!r} want {want!r} got {got.text if got else None!r}")
        if show:
            for i, p in enumerate(pred):
                if i not in used:
                    print(f"#{n} FALSE {p.type} {p.text!r} ({p.category})")
    return {"det": det, "role": role, "cat": cat, "hedge": hedge}


def f1(tp: int, npred: int, ngold: int) -> float:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=("main", "after", "blind", "blind2", "heldout"), default="main")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    res = run({"main": MAIN, "after": AFTER, "blind": BLIND, "blind2": BLIND2, "heldout": HELDOUT}[args.set], args.show)
    tp, npred, ngold = res["det"]
    print(f"detection P {tp / max(npred, 1):.3f} R {tp / max(ngold, 1):.3f} F1 {f1(tp, npred, ngold):.3f} ({tp}/{npred} pred, {ngold} gold)")
    for r, (right, npred_r, ngold_r) in res["role"].items():
        print(f"{r:9s} F1 {f1(right, npred_r, ngold_r):.3f} ({right} right, {npred_r} predicted, {ngold_r} gold)")
    print(f"category {res['cat'][0]}/{res['cat'][1]}  hedged {res['hedge'][0]}/{res['hedge'][1]}")


if __name__ == "__main__":
    main()
