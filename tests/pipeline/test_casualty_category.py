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
        # a count before a joined phrase of harms ("Tote und Verletzte" as one noun phrase)
        ("Die Verkehrspolizei registrierte im Sommer 1.340 Tote und Verletzte auf den Autobahnen.", "casualties"),
        ("Seit Beginn der Offensive gab es nach UN-Angaben mehr als 3.000 Tote und Verwundete.", "casualties"),
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


@pytest.mark.parametrize(
    "text,expected",
    [
        # a death verb that governs the injuries: the count died of them
        ("Wie die Polizei am Dienstag mitteilte, erlag am Morgen ein Radfahrer im Spital seinen Verletzungen.", "killed"),
        ("Nach Angaben der Klinik erlagen inzwischen zwei der Opfer ihren Brandverletzungen.", "killed"),
        # injuries no one died of stay injuries, and a death of another count does not make them fatal
        ("Drei Arbeiter erlitten bei der Explosion schwere Verletzungen.", "injured"),
    ],
)
def test_a_count_that_succumbed_to_its_injuries_is_killed(text, expected):
    assert [c for _, c in categories(text)] == [expected]


def test_a_death_of_another_count_leaves_the_injuries():
    found = categories("Ein Mann erlag noch am Unfallort seinen Verletzungen, vier Mitfahrer erlitten Prellungen.")
    assert found == [("Ein", "killed"), ("vier", "injured")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a state verb joined by "und" to a harm verb that says more of the same people
        ("Vier Skitourengeher wurden von einem Schneebrett verschüttet und schwer verletzt.", "injured"),
        ("Zwei Journalisten wurden im Grenzgebiet entführt und später getötet.", "killed"),
        # "oder" and nouns keep two harms: unspecified casualties
        ("Seit Jahresbeginn wurden dort 30 Menschen entführt oder getötet.", "casualties"),
    ],
)
def test_a_state_then_a_harm_of_the_same_people(text, expected):
    assert [c for _, c in categories(text)] == [expected]
