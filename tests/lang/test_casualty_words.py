"""The casualty word test the learned layers use to pick the sentences of counts."""

from __future__ import annotations

import pytest

from claimex.lang.de.casualty_words import casualty_words


@pytest.mark.parametrize(
    "sentence",
    [
        "bei dem brand starben vier menschen",  # a trigger word
        "die zahl der lawinentoten stieg auf zwölf",  # a compound ending in a casualty noun
        "unter den schwerverletzten sind zwei kinder",  # a word a "x*" entry begins
        "drei bergsteiger kamen ums leben",  # a multi-word trigger, whole
    ],
)
def test_sentences_that_speak_of_harmed_people(sentence):
    assert casualty_words().mentioned(sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        "das museum zählt jährlich 40000 besucher",
        "der verein hat 250 mitglieder in den städten",  # "den", "in": first words of phrases only
        "sie leben seit 20 jahren in der stadt",  # "leben" without "ums" before it
    ],
)
def test_sentences_without_harm(sentence):
    assert not casualty_words().mentioned(sentence.split())
