"""Which sentences name a source for their paragraph, and which claims take it.

The sentences are written for these tests from the failure classes of the source role (a verb
read as a verb of speech without its particle, a question taken for a statement); none comes
from a corpus document, a seed or an issue.
"""

from __future__ import annotations

import pytest

from claimex.extensions import lowers_of
from claimex.pipeline.cues import find_cues

from .probes import role_of


def _speech_words(nlp, sentence: str) -> list[str]:
    """The words of ``sentence`` the cue scan reads as verbs of speech."""
    doc = nlp(sentence)
    return [doc[c.start : c.end].text for c in find_cues(doc[:], lowers_of(doc)).speech]


@pytest.mark.parametrize(
    "sentence,speaks",
    [
        ("Der Landkreis gab 40.000 Euro für die Sanierung der Turnhalle.", False),
        ("Die Stiftung gibt jedes Jahr 12.000 Euro an Schulen.", False),
        ("Die Feuerwehr gab den Schaden mit 90.000 Euro an.", True),
        ("Der Verband gibt die Zahl der Verletzten mit 14 an.", True),
        ("Auch die Sportvereine gehen nicht leer aus.", False),
        ("Das Licht ging am Abend aus.", False),
        ("Die Gemeinde geht von Schäden in Höhe von 2 Millionen Euro aus.", True),
        ("Das geht aus dem Jahresbericht des Verbands hervor.", True),
    ],
)
def test_a_separable_verb_reports_only_with_its_particle_and_object(nlp, sentence, speaks):
    assert bool(_speech_words(nlp, sentence)) is speaks


def test_a_gapped_conjunct_of_giving_names_no_source():
    # "gab" without its particle gives money: neither conjunct has a source
    text = "Die Stiftung gab 5000 Euro, der Landkreis 3000 Euro."
    assert role_of(text, "3000 Euro", "source") is None


def test_ausgehen_von_still_names_its_subject():
    text = "Die Gemeinde geht von Schäden in Höhe von 2 Millionen Euro aus."
    assert role_of(text, "2 Millionen Euro", "source") == "Gemeinde"


def test_a_question_names_no_source_for_its_paragraph():
    text = "Und was sagen die Landwirte dazu? Für die Entschädigung der Bauern stehen 3 Millionen Euro bereit."
    assert role_of(text, "3 Millionen Euro", "source") is None


def test_a_statement_still_carries_its_source():
    text = "Nach Angaben des Landratsamts wurden 20 Häuser beschädigt. Der Schaden beträgt rund 4 Millionen Euro."
    assert role_of(text, "rund 4 Millionen Euro", "source") == "Landratsamts"
