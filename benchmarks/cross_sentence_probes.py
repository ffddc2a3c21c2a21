"""Fresh wire-style probe paragraphs for roles named outside the amount's sentence (payers,
receivers, attackers; with negatives where the earlier-named party is NOT the payer or attacker).

    python benchmarks/cross_sentence_probes.py

Each probe is (text, amount, role, expected): expected is a substring of the role's text (or the
role's text a substring of it), or None when the role must be null. Written for the crosspay
task (stop 20); not corpus text.
"""

import claimex

P = [
 ("Der Chemiekonzern Albis Polymer hat im Geschäftsjahr 2025 deutlich mehr verdient. Der Umsatz stieg um acht Prozent.\n\nDie Aktionäre sollen eine Dividende von 2,10 Euro je Aktie erhalten.", "2,10 Euro", "agent", "Albis"),
 ("Der Autozulieferer Kestner steckt tief in der Krise. Im dritten Quartal verbuchte der Konzern Abschreibungen von 1,2 Milliarden Euro.", "1,2 Milliarden Euro", "agent", "Kestner"),
 ("Der FC Lindau hat den Stürmer Marco Bellini bis 2029 verpflichtet. Sein Jahresgehalt liegt nach Informationen des Kicker bei 4 Millionen Euro.", "4 Millionen Euro", "agent", "Lindau"),
 ("Marco Bellini wechselt zum FC Lindau. Bei Sporting Braga hatte er zuletzt 1,5 Millionen Euro im Jahr verdient.", "1,5 Millionen Euro", "agent", "Braga"),
 ("Das Land Kärnten stockt die Hilfe für die Hochwasseropfer auf. Betroffene Haushalte erhalten künftig bis zu 5.000 Euro.", "bis zu 5.000 Euro", "agent", "Kärnten"),
 ("Die Gemeinde Ebensee hat beim Bund um Unterstützung gebeten. Für die Sanierung der Uferstraße fehlen 3 Millionen Euro.", "3 Millionen Euro", "agent", None),
 ("Russische Truppen griffen in der Nacht die Stadt Sumy mit Drohnen an. Dabei wurden drei Menschen getötet.", "drei", "agent", "Russische Truppen"),
 ("Die israelische Armee hat am Morgen ein Wohnhaus in Chan Junis bombardiert. Bei dem Angriff kamen nach palästinensischen Angaben elf Menschen ums Leben.", "elf", "agent", "israelische Armee"),
 ("Die ukrainische Luftabwehr hat in der Nacht 40 Drohnen abgeschossen. Herabfallende Trümmerteile beschädigten ein Wohnhaus in Kiew, zwei Menschen wurden verletzt.", "zwei", "agent", None),
 ("Ein 42-Jähriger hat am Samstag in einem Supermarkt in Malmö um sich geschossen. Dabei wurden vier Menschen verletzt, einer davon schwer.", "vier", "agent", "42-Jährige"),
 ("Die Feuerwehr war mit 80 Kräften bis in den Morgen im Einsatz. Dabei wurden zwei Feuerwehrleute leicht verletzt.", "zwei", "agent", None),
 ("Der Versicherer Helmark hat am Donnerstag seinen Vergütungsbericht vorgelegt. Vorstandschef Paul Drescher erhielt für 2025 eine Vergütung von 3,2 Millionen Euro.", "3,2 Millionen Euro", "agent", "Helmark"),
 ("Der VfB Mannheim holt den Verteidiger Lukas Frei vom FC Basel. Die Ablöse soll bei 8 Millionen Euro liegen.", "8 Millionen Euro", "agent", "Mannheim"),
 ("Der Konkurrent Saldo Motors hatte im Vorjahr noch gut verdient. Der Autobauer Verdana verbuchte dagegen einen Verlust von 300 Millionen Euro.", "300 Millionen Euro", "agent", "Verdana"),
 ("Die EU-Kommission hat monatelang gegen den Chipkonzern Nortex ermittelt. Die Behörde verhängte nun eine Geldbuße von 240 Millionen Euro.", "240 Millionen Euro", "agent", "Nortex"),
 ("Die Terrormiliz al-Shabaab hat sich zu einem Anschlag auf ein Hotel in Mogadischu bekannt. Bei dem Anschlag wurden mindestens 14 Menschen getötet.", "mindestens 14", "agent", "al-Shabaab"),
 ("Die ukrainische Armee meldete schwere Kämpfe bei Pokrowsk. Dabei seien zwölf ukrainische Soldaten getötet worden.", "zwölf", "agent", None),
 ("Der Bund will den Ausbau der Bahn stärker fördern. Im kommenden Jahr sind dafür 4,5 Milliarden Euro vorgesehen.", "4,5 Milliarden Euro", "agent", "Bund"),
 ("Die Gewerkschaft Verdi fordert mehr Geld für Pflegekräfte. Eine Pflegerin verdient derzeit im Schnitt 3.400 Euro brutto im Monat.", "3.400 Euro", "agent", None),
 ("Der Stromkonzern Nordwatt hat seinen Gewinn verdoppelt. Vorstandschefin Ines Haller kündigte an, die Dividende auf 1,80 Euro je Aktie anzuheben.", "1,80 Euro", "agent", "Nordwatt"),
 ("Die Hamas hat am Morgen Raketen auf Aschkelon abgefeuert. Die israelische Luftwaffe griff daraufhin Ziele im Gazastreifen an. Dabei wurden nach palästinensischen Angaben sechs Menschen getötet.", "sechs", "agent", "israelische Luftwaffe"),
 ("Ein Unbekannter hat in der Nacht auf Sonntag vor einer Bar in Zürich auf Gäste geschossen. Bei der Tat wurden zwei Männer schwer verletzt.", "zwei", "agent", "Unbekannte"),
 ("Der FC Lindau hat den Stürmer Marco Bellini bis 2029 verpflichtet. Sein Jahresgehalt liegt nach Informationen des Kicker bei 4 Millionen Euro.", "4 Millionen Euro", "recipient", "Marco Bellini"),
 ("Der Chemiekonzern Albis Polymer hat im Geschäftsjahr 2025 deutlich mehr verdient. Der Umsatz stieg um acht Prozent.\n\nDie Aktionäre sollen eine Dividende von 2,10 Euro je Aktie erhalten.", "2,10 Euro", "recipient", "Aktionäre"),
 ("Das Land Kärnten stockt die Hilfe für die Hochwasseropfer auf. Betroffene Haushalte erhalten künftig bis zu 5.000 Euro.", "bis zu 5.000 Euro", "recipient", "Haushalte"),
 ("Der Versicherer Helmark hat am Donnerstag seinen Vergütungsbericht vorgelegt. Vorstandschef Paul Drescher erhielt für 2025 eine Vergütung von 3,2 Millionen Euro.", "3,2 Millionen Euro", "recipient", "Paul Drescher"),
]
right = 0
for text, amount, role, exp in P:
    try:
        c = next(c for c in claimex.extract(text) if c.text == amount)
        got = getattr(c, role)
        got = got.text if got is not None else None
    except StopIteration:
        got = "<no claim>"
    ok = got is None if exp is None else (got is not None and got != "<no claim>" and (exp in got or got in exp))
    right += ok
    print("OK " if ok else "BAD", role, amount, "| expected", exp, "| got", got)
print(f"{right}/{len(P)}")
