"""Persons named with no cue word: a known given name before capitalised words is a person
(pipeline/entities.py, given_names.json), so the roles take the whole name."""

import pytest

import claimex
from tests.pipeline.probes import role_of


def _persons(text):
    return [e.text for e in claimex.load().nlp(text).ents if e.label_ == "PER"]


@pytest.mark.parametrize(
    "text,person",
    [
        ("Gestern trafen sich Brigitte Hollmann und der Bürgermeister.", "Brigitte Hollmann"),
        ("Am Abend sprach Leonardo da Silva in Lissabon.", "Leonardo da Silva"),
        ("Der Vertrag wurde von Sergej Lawrow unterzeichnet.", "Sergej Lawrow"),
        ("Dazu äußerte sich Wolodymyr Selenskyj nicht.", "Wolodymyr Selenskyj"),
    ],
)
def test_a_given_name_before_a_capitalised_word_is_a_person(text, person):
    assert person in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag sagte Brigitte nichts mehr dazu.",  # a given name alone is not read as a full name
        "Gestern kam Brigitte von der Arbeit nach Hause.",  # particles need a capitalised word after them
    ],
)
def test_no_person_without_a_capitalised_word_after_the_given_name(text):
    assert not any(" " in p for p in _persons(text))


def test_a_cue_less_speaker_is_the_source_and_not_the_payer():
    text = "Olaf Brenneke sagte, das Land zahle den Gemeinden 40 Millionen Euro."
    assert role_of(text, "40 Millionen Euro", "source") == "Olaf Brenneke"
    assert role_of(text, "40 Millionen Euro", "agent") == "Land"


def test_a_cue_less_person_receives():
    text = "Ingrid Holzapfel erhielt von der Versicherung 12.000 Euro."
    assert role_of(text, "12.000 Euro", "recipient") == "Ingrid Holzapfel"


@pytest.mark.parametrize(
    "text,recipient",
    [
        ("Brigitte Hollmann hat im Lotto gewonnen. Sie erhält 2,4 Millionen Euro.", "Brigitte Hollmann"),
        ("Walter Hollmann hat im Lotto gewonnen.\n\nSie erhält 2,4 Millionen Euro.", None),  # "sie" is no Walter
        ("Walter Hollmann hat im Lotto gewonnen. Er erhält 2,4 Millionen Euro.", "Walter Hollmann"),
    ],
)
def test_a_pronoun_agrees_with_the_gender_of_the_given_name(text, recipient):
    assert role_of(text, "2,4 Millionen Euro", "recipient") == recipient
