"""A subject "er" after a sentence whose only masculine singular party is a people noun in the
accusative ("verurteilte den früheren Prokuristen … Er muss …") stands for that person, who pays.
A dative plural after "den" ("den Opfern") is many and no "er"; a plural "sie" continues no
accusative people noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        (
            "Das Landgericht Graz verurteilte den früheren Kassier zu zwei Jahren Haft. Zudem muss er dem Verein 85.000 Euro zurückzahlen.",
            "85.000 Euro",
            "früheren Kassier",
        ),
        (
            "Das Amtsgericht verurteilte den Beschuldigten zu einer Bewährungsstrafe. Er muss außerdem 3000 Euro an die Kinderkrebshilfe zahlen.",
            "3000 Euro",
            "Beschuldigten",
        ),
    ],
)
def test_er_continues_an_accusative_person(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount)[0] == agent


@pytest.mark.parametrize(
    "text, amount",
    [
        # a dative plural is many: "er" does not stand for it
        ("Die Richterin sprach den Opfern ihr Mitgefühl aus. Er muss 4000 Euro an die Staatskasse zahlen.", "4000 Euro"),
        ("Die Stadträtin dankte den Helfern. Er muss 4000 Euro an die Staatskasse zahlen.", "4000 Euro"),
    ],
)
def test_er_continues_no_dative_plural(text: str, amount: str) -> None:
    assert parties_of(text, amount)[0] is None


def test_plural_sie_continues_no_accusative_person() -> None:
    text = "Die Räuber bedrohten den Tankwart mit einem Messer. Laut Polizei erbeuteten sie 3400 Euro."
    assert parties_of(text, "3400 Euro")[0] == "Räuber"
