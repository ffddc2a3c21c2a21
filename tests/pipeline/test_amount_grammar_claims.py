"""Claim decisions on the amount grammar of real news (issue 7): which amounts become claims,
with which values, currencies and categories, and which number expressions are no claim.

The sentences are written for these tests from the issue's class descriptions."""

import pytest

import claimex

# (text, [(claim text, type, category, low, high, unit)])
CLAIMS = [
    # Scale and currency written once after the second of two joined numbers.
    (
        "Die Sanierung des Hallenbads kostet 31 statt zwölf Millionen Euro.",
        [
            ("31", "monetary", "cost", 3.1e7, 3.1e7, "EUR"),
            ("zwölf Millionen Euro", "monetary", "cost", 1.2e7, 1.2e7, "EUR"),
        ],
    ),
    (
        "Die Regierung erhöht die Militärhilfe von fünf auf acht Milliarden Dollar.",
        [
            ("fünf", "monetary", "payment", 5e9, 5e9, "USD"),
            ("acht Milliarden Dollar", "monetary", "payment", 8e9, 8e9, "USD"),
        ],
    ),
    (
        "Der Nettogewinn sank auf 1,7 Milliarden Euro nach 2,1 im Vorjahr.",
        [
            ("1,7 Milliarden Euro", "monetary", "revenue", 1.7e9, 1.7e9, "EUR"),
            ("2,1", "monetary", "revenue", 2.1e9, 2.1e9, "EUR"),
        ],
    ),
    # An aside in brackets between number and scale: both numbers are money.
    (
        "Der Betriebsgewinn stieg auf 96 (Vorjahr: 71,2) Millionen Euro.",
        [
            ("96", "monetary", "revenue", 9.6e7, 9.6e7, "EUR"),
            ("71,2", "monetary", "revenue", 7.12e7, 7.12e7, "EUR"),
        ],
    ),
    # … and the mirror: a prior-year figure in brackets after money.
    (
        "Der Umsatz der Gruppe stieg auf 618 Millionen Franken (Vorjahr: 574).",
        [
            ("618 Millionen Franken", "monetary", "revenue", 6.18e8, 6.18e8, "CHF"),
            ("574", "monetary", "revenue", 5.74e8, 5.74e8, "CHF"),
        ],
    ),
    # An adjective between number and scale.
    (
        "Die Stadt investiert 25 zusätzliche Millionen Euro in Schulen.",
        [("25 zusätzliche Millionen Euro", "monetary", "cost", 2.5e7, 2.5e7, "EUR")],
    ),
    # A noun of money after a scaled number, the currency from the money of its sentence.
    (
        "Neben 300 Millionen Franken Eigenkapital fließen 1,5 Milliarden Überbrückungskredite.",
        [
            ("300 Millionen Franken", "monetary", "payment", 3e8, 3e8, "CHF"),
            ("1,5 Milliarden", "monetary", "payment", 1.5e9, 1.5e9, "CHF"),
        ],
    ),
    # The currency carried over a chain of sentences, from money that borrowed it itself.
    (
        "Die Stiftung spendet 40 Millionen Kronen an Kliniken in Dänemark. Weitere 12 Millionen an Fördergeldern "
        "folgen. Die Kliniken begrüßen das. Im Herbst kommen 5 Millionen Zuschüsse hinzu.",
        [
            ("40 Millionen Kronen", "monetary", "payment", 4e7, 4e7, "DKK"),
            ("12 Millionen", "monetary", "payment", 1.2e7, 1.2e7, "DKK"),
            ("5 Millionen", "monetary", "payment", 5e6, 5e6, "DKK"),
        ],
    ),
    # A range with the currency symbol first is one claim, both ends scaled.
    (
        "Für die Übernahme bietet der Investor US$ 70–90 Mio.",
        [("US$ 70–90 Mio.", "monetary", "value", 7e7, 9e7, "USD")],
    ),
    # Open bounds after the amount.
    (
        "Bei den Unruhen gab es 150 Verletzte und mehr.",
        [("150", "casualty", "injured", 150, None, "persons")],
    ),
    (
        "Die Reparatur der Brücke kostet acht Millionen Franken oder mehr.",
        [("acht Millionen Franken oder mehr", "monetary", "cost", 8e6, None, "CHF")],
    ),
    # A misspelt scale word before a currency.
    (
        "Das Museum erhält eine Spende von 2,5 Milionen Euro.",
        [("2,5 Milionen Euro", "monetary", "payment", 2.5e6, 2.5e6, "EUR")],
    ),
    # Thousands grouped by spaces with decimals: one amount (compensation is payment, CLAIMS.md).
    (
        "Die Gemeinde fordert 3 456 789,10 Euro Schadenersatz.",
        [("3 456 789,10 Euro", "monetary", "payment", 3456789.10, 3456789.10, "EUR")],
    ),
    # One unit of money written with the article.
    (
        "Die Stadt erhöht die Parkgebühr um einen Euro pro Stunde.",
        [("einen Euro", "monetary", "cost", 1, 1, "EUR")],
    ),
    # Fractions: half a dozen is six; a fraction sign before a scale.
    (
        "Bei dem Lawinenabgang starben ein halbes Dutzend Skifahrer.",
        [("ein halbes Dutzend", "casualty", "killed", 6, 6, "persons")],
    ),
    (
        "Die Gemeinde zahlt ¼ Million Franken an die Geschädigten.",
        [("¼ Million Franken", "monetary", "payment", 250_000, 250_000, "CHF")],
    ),
    # a capitalised number word before a counted noun still counts, even after a noun
    (
        "Bei dem Erdrutsch starben laut Feuerwehr Tausend Menschen.",
        [("Tausend", "casualty", "killed", 1000, 1000, "persons")],
    ),
]

NO_CLAIMS = [
    # a share of people counts nobody
    "Drei Viertel der Verwundeten sind Soldaten.",
    "Zwei Drittel der Todesopfer waren älter als 80 Jahre.",
    "Ein Fünftel der Vermissten ist wieder aufgetaucht.",
    "Dreiviertel der Verletzten konnten das Spital verlassen.",
    # a number word as a surname is no count
    "Bei dem Unfall wurde der Landrat Peter Tausend verletzt.",
]


def _expected(rows):
    return [
        (t, ty, cat, None if lo is None else float(lo), None if hi is None else float(hi), u)
        for t, ty, cat, lo, hi, u in rows
    ]


@pytest.mark.parametrize("text,expected", CLAIMS, ids=[c[0][:50] for c in CLAIMS])
def test_claims_found(text, expected):
    got = [(c.text, c.type, c.category, c.low, c.high, c.unit) for c in claimex.extract(text)]
    assert got == _expected(expected)


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_no_claims(text):
    assert [c.text for c in claimex.extract(text)] == []


def test_scale_noun_after_a_noun_is_no_surname():
    # only number words that are names too ("Tausend", "Elf") can be surnames; "Milliarden" is the amount
    claims = claimex.extract("Der Streik kostet die Fluggesellschaften Milliarden.")
    assert [(c.text, c.type) for c in claims] == [("Milliarden", "monetary")]
