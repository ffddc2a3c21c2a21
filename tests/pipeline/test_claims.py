"""What the rule-based relation stage makes a claim, and what it rejects (CLAIMS.md)."""

import pytest

import claimex

# (sentence, [(claim text, type, category, low, high, unit)])
CLAIMS = [
    ("Bei dem Busunglück kamen 14 Menschen ums Leben.", [("14", "casualty", "killed", 14, 14, "persons")]),
    ("Zwölf Bergleute werden nach der Explosion noch vermisst.", [("Zwölf", "casualty", "missing", 12, 12, "persons")]),
    (
        "Die Rebellen haben zwei Dutzend Geiseln genommen.",
        [("zwei Dutzend", "casualty", "captured", 24, 24, "persons")],
    ),
    (
        "Es gab einen Toten und 30 Verletzte.",
        [("einen", "casualty", "killed", 1, 1, "persons"), ("30", "casualty", "injured", 30, 30, "persons")],
    ),
    (
        "Dutzende Zivilisten wurden verletzt, darunter sieben Kinder.",
        [("Dutzende", "casualty", "injured", 24, None, "persons"), ("sieben", "casualty", "injured", 7, 7, "persons")],
    ),
    ("Die Zahl der Todesopfer stieg auf 41.", [("41", "casualty", "killed", 41, 41, "persons")]),
    (
        "Zwischen 20 und 30 Menschen starben nach Angaben der Behörden.",
        [("Zwischen 20 und 30", "casualty", "killed", 20, 30, "persons")],
    ),
    (
        "Der Konzern steigerte den Umsatz auf 4,2 Mrd. Franken.",
        [("4,2 Mrd. Franken", "monetary", "revenue", 4.2e9, 4.2e9, "CHF")],
    ),
    (
        "Die Weko verhängte eine Busse von 12 Mio. Fr. gegen die Firma.",
        [("12 Mio. Fr.", "monetary", "damage", 1.2e7, 1.2e7, "CHF")],
    ),
    (
        "Der Umsatz stieg auf 310 Millionen Euro nach 262 Millionen im Vorjahr.",
        [
            ("310 Millionen Euro", "monetary", "revenue", 3.1e8, 3.1e8, "EUR"),
            ("262 Millionen", "monetary", "revenue", 2.62e8, 2.62e8, "EUR"),
        ],
    ),
    (
        "Kiew erhält Waffen im Wert von 2 Milliarden Dollar.",
        [("2 Milliarden Dollar", "monetary", "value", 2e9, 2e9, "USD")],
    ),
    ("Am Freitag kostete der Euro 0,94 Franken.", [("0,94 Franken", "monetary", "other", 0.94, 0.94, "CHF")]),
    ("Der Euro notierte zuletzt bei 1,08 Dollar.", [("1,08 Dollar", "monetary", "other", 1.08, 1.08, "USD")]),
    ("date 2025-09-18 Bei dem Unglück starben 3 Menschen.", [("3", "casualty", "killed", 3, 3, "persons")]),
    ("Im Bataclan töteten drei Attentäter 90 Menschen.", [("90", "casualty", "killed", 90, 90, "persons")]),
    # a conversion in brackets is its own claim and keeps the bound of the amount it restates
    ("Der Schaden beträgt mindestens 38 Millionen Franken (rund 40 Millionen Euro).",
     [("mindestens 38 Millionen Franken", "monetary", "damage", 3.8e7, None, "CHF"),
      ("rund 40 Millionen Euro", "monetary", "damage", 4e7, None, "EUR")]),
    ("Die Firma muss bis zu 2,5 Milliarden Yen zahlen, umgerechnet rund 16 Millionen Euro.",
     [("bis zu 2,5 Milliarden Yen", "monetary", "payment", None, 2.5e9, "JPY"),
      ("rund 16 Millionen Euro", "monetary", "payment", None, 1.6e7, "EUR")]),
    ("Ein 50-Millionen-Euro-Paket soll helfen.", [("50-Millionen-Euro", "monetary", "payment", 5e7, 5e7, "EUR")]),
]

NO_CLAIMS = [
    "Rund 15'000 Soldaten sind an der Front im Einsatz.",
    "Mehr als 3000 Anwohner wurden evakuiert.",
    "Putin (72) traf Kim Jong Un (41) in Pjöngjang.",
    "Seit 2023 liefert das Land Millionen Granaten.",
    "Bei dem Brand gab es keine Toten.",
    "Zahlreiche Tote wurden befürchtet.",
    "Die Polizei nahm 25 Demonstranten fest.",
    "Der Millionenschaden ist noch nicht beziffert.",
    "Die Inflation lag bei 2,4 Prozent.",
    "Das Spiel endete 3:1, vor 25.000 Zuschauern.",
    "Ein Erdbeben der Stärke 6,1 erschütterte die Region am 12. März um 14.30 Uhr.",
    "Etwa 250 Züge fielen wegen des Sturms aus.",
    "Im Jahr 2016 wurde sie in Timbuktu verschleppt.",
]


@pytest.mark.parametrize("text,expected", CLAIMS, ids=[c[0][:40] for c in CLAIMS])
def test_claims_found(text, expected):
    got = [(c.text, c.type, c.category, c.low, c.high, c.unit) for c in claimex.extract(text)]
    assert got == [
        (t, ty, cat, None if lo is None else float(lo), None if hi is None else float(hi), u)
        for t, ty, cat, lo, hi, u in expected
    ]


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_no_claims(text):
    assert [c.text for c in claimex.extract(text)] == []


@pytest.mark.parametrize(
    "text,hedged",
    [
        ("Bei dem Angriff sollen 20 Menschen getötet worden sein.", True),
        ("Nach unbestätigten Angaben starben 20 Menschen.", True),
        ("Die Behörden meldeten, 20 Menschen seien getötet worden.", False),
        ("Der Geheimdienst schätzt, dass 300 Soldaten gefallen sind.", True),
        ("Die Kosten – möglicherweise mehr – liegen bei 5 Mio. Euro.", False),
    ("Der Schaden liegt bei 5 Mio. Euro, schätzt die Versicherung.", True),
    ("Der Schaden liegt bei 5 Mio. Euro, sagte der Sprecher, doch vermutlich steigt er.", False),
    ],
)
def test_hedges(text, hedged):
    (claim,) = claimex.extract(text)
    assert claim.hedged is hedged


@pytest.mark.parametrize(
    "text,role,expected",
    [
        ("Laut Polizei wurden 3 Menschen verletzt.", "source", "Polizei"),
        ("Nach Angaben des Roten Kreuzes starben 40 Menschen.", "source", "Roten Kreuzes"),
        ("Wie die Kantonspolizei mitteilte, wurden zwei Personen verletzt.", "source", "Kantonspolizei"),
        ("Deutschland zahlt 5 Millionen Euro an die Ukraine.", "recipient", "Ukraine"),
        ("Deutschland zahlt 5 Millionen Euro an die Ukraine.", "agent", "Deutschland"),
        ("Bei dem Anschlag wurden 12 afghanische Soldaten getötet.", "victim", "afghanische Soldaten"),
    ],
)
def test_roles(text, role, expected):
    (claim,) = claimex.extract(text)
    assert getattr(claim, role).text == expected
