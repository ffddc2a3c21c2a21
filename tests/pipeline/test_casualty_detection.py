"""Casualty detection on the ways real news writes counts of harmed people (issue 7, classes
9-14 and 20) and the victim of a count without a noun of its own (CLAIMS.md).

Each case is a sentence and the casualty claims expected from it, as
(amount text, category, low, high, victim text or None).
"""

import pytest

import claimex


def casualties(text: str) -> list[tuple]:
    return [
        (c.text, c.category, c.low, c.high, c.victim.text if c.victim else None)
        for c in claimex.extract(text)
        if c.type == "casualty"
    ]


def check(cases):
    return pytest.mark.parametrize("text,expected", cases, ids=[c[0][:50] for c in cases])


# -- contract: a count without a noun of its own has no victim -------------------------------

BARE_COUNTS = [
    (
        "Beim Einsturz der Halle starben vier Arbeiter, mindestens 15 wurden verletzt.",
        [("vier", "killed", 4, 4, "Arbeiter"), ("mindestens 15", "injured", 15, None, None)],
    ),
    (
        "Nach dem Beschuss meldeten die Behörden neun getötete Zivilisten und über 40 verletzte.",
        [("neun", "killed", 9, 9, "getötete Zivilisten"), ("über 40", "injured", 40, None, None)],
    ),
    (
        "In der Nacht wurden 23 Menschen verletzt, sechs von ihnen schwer.",
        [("23", "injured", 23, 23, "Menschen"), ("sechs", "injured", 6, 6, None)],
    ),
]


@check(BARE_COUNTS)
def test_bare_count_has_no_victim(text, expected):
    assert casualties(text) == expected
