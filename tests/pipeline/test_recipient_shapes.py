"""Recipients of money read from clause shape (issue 10, "Recipients"): the receiver of the
amount's own conjunct, objects of another verb phrase, separable verbs of estimating, objects of
a verb of support. Each class has cases where a recipient is found and cases where none may be.
Every sentence is new, written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # each amount of "dem A X und dem B Y" goes to the receiver of its own conjunct
        ("Der Versicherer überwies der Mutter 90.000 Euro und den Kindern 20.000 Euro.", "90.000 Euro", "Mutter"),
        ("Der Versicherer überwies der Mutter 90.000 Euro und den Kindern 20.000 Euro.", "20.000 Euro", "Kindern"),
        ("Die Kammer zahlte der Klägerin 12.000 Euro und den Zeugen 800 Euro.", "12.000 Euro", "Klägerin"),
        ("Die Kammer zahlte der Klägerin 12.000 Euro und den Zeugen 800 Euro.", "800 Euro", "Zeugen"),
    ],
)
def test_receiver_of_the_amounts_own_conjunct(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # the object of the other verb phrase ("schickte Sanitäter") is sent, it is paid nothing
        ("Norwegen entsandte Sanitäter und stellte 4 Millionen Kronen für Notunterkünfte bereit.", "4 Millionen Kronen", "Norwegen"),
        ("Die Gemeinde beauftragte Gutachter und bewilligte 300.000 Euro für die Sanierung.", "300.000 Euro", "Gemeinde"),
    ],
)
def test_object_of_another_verb_phrase_receives_nothing(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount) == (agent, None)


def test_object_of_the_amounts_own_verb_phrase_still_receives() -> None:
    text = "Das Land schloss das Programm und überwies den Gemeinden 2 Millionen Euro."
    assert parties_of(text, "2 Millionen Euro") == ("Land", "Gemeinden")


@pytest.mark.parametrize(
    "text, amount",
    [
        # "gibt … an" puts a figure on a damage: the reporter neither pays nor receives
        ("Den Sachschaden an der Leitplanke gibt die Polizei mit rund 8.000 Euro an.", "rund 8.000 Euro"),
        ("Den Gesamtschaden gab die Feuerwehr mit etwa 150.000 Euro an.", "etwa 150.000 Euro"),
    ],
)
def test_separable_verb_of_estimating_names_no_recipient(text: str, amount: str) -> None:
    assert parties_of(text, amount)[1] is None


def test_verb_without_its_particle_still_pays() -> None:
    # "gibt" with no particle closing its clause is a verb of giving
    assert parties_of("Die Stiftung gibt dem Tierheim 6.000 Euro.", "6.000 Euro") == ("Stiftung", "Tierheim")


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # a verb of support opening a clause whose subject stands in the clause before
        ("Die Regierung kürzt die Budgethilfe, unterstützt aber die Diakonie in Malawi mit 2 Millionen Euro.", "2 Millionen Euro", "Regierung", "Diakonie"),
        ("Der Kanton spart beim Personal, fördert jedoch die Musikschule mit 50.000 Franken.", "50.000 Franken", "Kanton", "Musikschule"),
    ],
)
def test_object_of_a_verb_of_support_after_an_adverb(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)
