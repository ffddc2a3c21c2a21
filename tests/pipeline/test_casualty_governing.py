"""Casualty categories (pipeline/casualty_category.py): the harm that governs a count, right before
it, decides over a nearer harm word after it. Sentences written for these tests, not taken from a
corpus."""

import pytest

from tests.pipeline.probes import category_of as _category_of


def category_of(text, amount):
    return _category_of(text, amount, "casualty")


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # a harm verb with its subject pronoun between
        ("Am Bahnhof erstach er drei Passanten und verletzte neun weitere.", "drei", "killed"),
        ("Am Bahnhof erstach er drei Passanten und verletzte neun weitere.", "neun", "injured"),
        # a harm noun whose attribute the count is
        ("Die Lawine verursachte den Tod von vier Skifahrern und verletzte sechs Bergführer.", "vier", "killed"),
        ("Man wirft ihr den Tod eines Radfahrers und die Verletzungen von zwei Kindern vor.", "zwei", "injured"),
        # no governing harm: the harm word after the count speaks
        ("Nach dem Sturm wurden zwei Wanderer verletzt.", "zwei", "injured"),
    ],
)
def test_the_governing_harm_decides(text, amount, category):
    assert category_of(text, amount) == category


def test_a_death_noun_is_no_death_of_the_injuries():
    # "erlag seinen Verletzungen" makes the injured dead; "den Tod ... und die Verletzungen" does not
    text = "Die Staatsanwaltschaft legt ihm den Tod eines Mannes und die Verletzungen von drei Frauen zur Last."
    assert category_of(text, "drei") == "injured"
    died = "In der Nacht erlag einer der beiden Verletzten seinen Verletzungen."
    assert category_of(died, "einer") == "killed"


def test_maimed_is_injured():
    assert category_of("Auf dem Feld hat eine Mine zwei Kinder verstümmelt.", "zwei") == "injured"
    text = "Seit Kriegsbeginn wurden nach Angaben der Helfer 300 Kinder getötet oder verstümmelt."
    assert category_of(text, "300") == "casualties"
