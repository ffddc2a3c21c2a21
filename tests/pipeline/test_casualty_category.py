"""Casualty categories (pipeline/casualty_category.py): what the words around a count's harm word
say. Sentences written for these tests, not taken from a corpus."""

import pytest

import claimex


def categories(text):
    """(amount text, category) of every casualty claim of ``text``."""
    return [(c.text, c.category) for c in claimex.extract(text) if c.type == "casualty"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # two harms joined as one: unspecified casualties
        ("Seit Jahresbeginn sind auf der Route mehr als 900 Menschen ertrunken oder verschwunden.", "casualties"),
        ("Die Behörde zählte 412 Tote und Vermisste.", "casualties"),
        ("Das Militär meldete 60 getötete oder verwundete Soldaten.", "casualties"),
    ],
)
def test_joined_harms_are_casualties(text, expected):
    assert [c for _, c in categories(text)] == [expected]


def test_two_counts_each_keep_their_harm():
    found = categories("Bei dem Beben gab es zwölf Tote und mindestens 40 Verletzte.")
    assert found == [("zwölf", "killed"), ("mindestens 40", "injured")]
    found = categories("Die Angreifer erschossen drei Wachleute und ein weiterer wurde verletzt.")
    assert [c for _, c in found][0] == "killed"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a state noun yields to the harm verb of its own clause
        ("Beim Zugriff der Polizei wurden zwei Geiseln leicht verletzt.", "injured"),
        ("Ein Verletzter ist am Abend im Krankenhaus gestorben.", "killed"),
        # ... but not to one that speaks of another noun
        ("Die drei Verletzten und die Familie des getöteten Radfahrers erhalten Hilfe.", "injured"),
        # freed hostages stay captured
        ("Am Sonntag kamen 18 Geiseln frei.", "captured"),
    ],
)
def test_a_state_noun_and_its_clause(text, expected):
    assert [c for _, c in categories(text)][0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ein Radfahrer wurde bei dem Zusammenstoß tödlich verletzt.",
        "Ein 70-jähriger Fußgänger erlitt tödliche Kopfverletzungen.",
        "Ein Bauarbeiter erlitt schwere Verbrennungen und starb am Tag darauf.",
        "Eine Passantin wurde so schwer verletzt, dass sie am Unfallort starb.",
    ],
)
def test_a_fatal_injury_is_a_death(text):
    assert [c for _, c in categories(text)] == ["killed"]


def test_an_injury_beside_a_fatal_accident_stays_an_injury():
    text = "Bei dem tödlichen Unfall auf der A8 wurden zwei Menschen verletzt."
    assert ("zwei", "injured") in categories(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Die Polizei registrierte im Vorjahr 31 Opfer von Entführungen.", "captured"),
        ("Die Statistik zählt sieben Geiselnahmen mit 19 Opfern.", "captured"),
        ("Im Jahr 2024 wurden 28 Frauen Opfer eines Femizids.", "killed"),
        # "Opfer" with no detail stays casualties (CLAIMS.md)
        ("Unter den Opfern des Unglücks sind vier Kinder.", "casualties"),
    ],
)
def test_victims_of_a_named_crime(text, expected):
    assert categories(text)[-1][1] == expected
