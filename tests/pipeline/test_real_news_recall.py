"""Claim detection on forms real German news uses more than our corpus (the recall work).

Every sentence here was written for this file, in Swiss, Austrian and German registers. Each
case is a text and the claims expected from it as (type, amount text, low, high, unit), or for
negatives the claims that must NOT appear.
"""

import pytest

import claimex


def claims(text: str) -> list[tuple]:
    return [(c.type, c.text, c.low, c.high, c.unit) for c in claimex.extract(text)]


def check(cases):
    return pytest.mark.parametrize("text,expected", cases, ids=[c[0][:60] for c in cases])


# -- "über" after a noun of a document or deal names its sum, not a lower bound --------------

SUMS = [
    (
        "Die Gemeinde Wettingen hat dem Eishockeyclub ein Darlehen über 450'000 Franken gewährt.",
        [("monetary", "450'000 Franken", 450000, 450000, "CHF")],
    ),
    (
        "Die Bietergemeinschaft erhielt den Zuschlag für einen Bauauftrag über 12,4 Mio. Euro.",
        [("monetary", "12,4 Mio. Euro", 12_400_000, 12_400_000, "EUR")],
    ),
    (
        "Der Masseverwalter brachte eine Klage über rund 3,1 Millionen Euro ein.",
        [("monetary", "rund 3,1 Millionen Euro", 3_100_000, 3_100_000, "EUR")],
    ),
    # without such a noun "über" stays a lower bound
    (
        "Der Sachschaden beläuft sich laut Polizei auf über 80 000 Euro.",
        [("monetary", "über 80 000 Euro", 80000, None, "EUR")],
    ),
    (
        "Betriebe mit Umsätzen über 50 Millionen Euro zahlen den vollen Satz.",
        [("monetary", "über 50 Millionen Euro", 50_000_000, None, "EUR")],
    ),
]


@check(SUMS)
def test_sum_after_a_deal_noun(text, expected):
    assert claims(text) == expected


# -- money at the end of a paragraph, without its currency -------------------------------------

FOLLOW_UPS = [
    (
        "Die Betrüger erbeuteten heuer in Kärnten bereits 2,4 Millionen Euro. Im Vorjahr waren es 1,9 Millionen.\n\n"
        "Die Polizei rät zur Vorsicht.",
        [
            ("monetary", "2,4 Millionen Euro", 2_400_000, 2_400_000, "EUR"),
            ("monetary", "1,9 Millionen", 1_900_000, 1_900_000, "EUR"),
        ],
    ),
    (
        "Bei dem Brand in Thun entstand ein Schaden von 800 000 Franken. Die Versicherung schätzt ihn inzwischen auf "
        "über 1,2 Millionen.\n\nDie Ursache ist unklar.",
        [
            ("monetary", "800 000 Franken", 800_000, 800_000, "CHF"),
            ("monetary", "über 1,2 Millionen", 1_200_000, None, "CHF"),
        ],
    ),
]


@check(FOLLOW_UPS)
def test_money_ending_a_paragraph_borrows_its_currency(text, expected):
    assert claims(text) == expected


def test_a_count_ending_a_paragraph_is_no_ordinal():
    text = "Die Zahl der Toten stieg nach Angaben der Behörden auf 43.\n\nDie Suche dauert an."
    assert [(c.type, c.category, c.text, c.low) for c in claimex.extract(text)] == [("casualty", "killed", "43", 43)]
