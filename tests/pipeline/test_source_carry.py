"""Which sentences name a source for their paragraph, and which claims take it.

The sentences are written for these tests from the failure classes of the source role (a verb
read as a verb of speech without the words that make it one, a question taken for a statement,
a reporter of another clause, a document or its presenter the cue lexicons miss); none comes
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
        ("Auch die Sportvereine gehen nicht leer aus.", False),
        ("Das Licht ging am Abend aus.", False),
        ("Die Gemeinde geht von Schäden in Höhe von 2 Millionen Euro aus.", True),
        ("Das geht aus dem Jahresbericht des Verbands hervor.", True),
    ],
)
def test_ausgehen_reports_only_with_its_object(nlp, sentence, speaks):
    assert bool(_speech_words(nlp, sentence)) is speaks


def test_ausgehen_von_still_names_its_subject():
    text = "Die Gemeinde geht von Schäden in Höhe von 2 Millionen Euro aus."
    assert role_of(text, "2 Millionen Euro", "source") == "Gemeinde"


def test_a_question_names_no_source_for_its_paragraph():
    text = "Und was sagen die Landwirte dazu? Für die Entschädigung der Bauern stehen 3 Millionen Euro bereit."
    assert role_of(text, "3 Millionen Euro", "source") is None


def test_a_statement_still_carries_its_source():
    text = "Nach Angaben des Landratsamts wurden 20 Häuser beschädigt. Der Schaden beträgt rund 4 Millionen Euro."
    assert role_of(text, "rund 4 Millionen Euro", "source") == "Landratsamts"


@pytest.mark.parametrize(
    "text,amount,source",
    [
        # two clauses, two reporters: each amount takes the one of its own clause
        (
            "In Sachsen beziffert das Innenministerium die Zahl der Verletzten auf 40, "
            "in Thüringen geht die Landespolizei von etwa 25 aus.",
            "etwa 25",
            "Landespolizei",
        ),
        (
            "In Sachsen beziffert das Innenministerium die Zahl der Verletzten auf 40, "
            "in Thüringen geht die Landespolizei von etwa 25 aus.",
            "40",
            "Innenministerium",
        ),
        # one reporter for the sentence: it covers the amount of the other clause too
        (
            "Nach Angaben der Feuerwehr wurden zwei Menschen getötet, sieben weitere wurden verletzt.",
            "sieben",
            "Feuerwehr",
        ),
    ],
)
def test_the_reporter_of_the_amounts_own_clause_comes_first(text, amount, source):
    assert role_of(text, amount, "source") == source


@pytest.mark.parametrize(
    "text,amount,source",
    [
        # the paper a figure emerges from, after an attribute with its own adverbial
        (
            "Der Gewinn lag bei 3 Millionen Euro, wie aus dem am Freitag vorgelegten Jahresbericht hervorgeht.",
            "3 Millionen Euro",
            "Jahresbericht",
        ),
        (
            "Drei Menschen starben, wie aus einem am Abend verbreiteten Bericht der Feuerwehr hervorgeht.",
            "Drei",
            "Feuerwehr",
        ),
        # who presents a document before a colon reports the figures after it
        (
            "Die Landespolizei legte am Montag ihre Jahresbilanz vor: 14 Menschen kamen bei Unfällen ums Leben.",
            "14",
            "Landespolizei",
        ),
        (
            "Der Verband veröffentlichte neue Zahlen: Die Schäden stiegen auf 3 Milliarden Euro.",
            "3 Milliarden Euro",
            "Verband",
        ),
        # a colon without a presented document names no one
        ("Schwerer Unfall auf der A3: 14 Menschen wurden verletzt.", "14", None),
    ],
)
def test_a_document_and_its_presenter_name_the_source(text, amount, source):
    assert role_of(text, amount, "source") == source


def test_a_release_issuer_named_in_a_compound_is_its_free_name():
    text = (
        "Pressemitteilung\n\n"
        "Nach dem Hochwasser: Katastrophenhilfe-Verein zahlt 90 000 Euro an Familien aus\n\n"
        "Passau, 2. Mai 2026. Der Verein Katastrophenhilfe Niederbayern hat die Spenden vollständig "
        "ausgezahlt. Insgesamt kamen 90 000 Euro zusammen, davon 30 000 Euro von Unternehmen. "
        "Der Verein dankt allen Spendern; 5000 Euro kamen von Schulen."
    )
    for amount in ("30 000 Euro", "5000 Euro"):
        # the name, not the compound and not the lone class noun "Der Verein" nearer to the amount
        source = role_of(text, amount, "source")
        assert source is not None and "Katastrophenhilfe" in source and "-" not in source


@pytest.mark.parametrize(
    "text,amount,source",
    [
        # a reporting verb that opens its clause has its subject after it, also a title in quotes
        (
            "Die Stadtwerke sollen 8 Millionen Euro nachzahlen, berichtet die «Badische Rundschau».",
            "8 Millionen Euro",
            "Badische Rundschau",
        ),
        (
            "Der Verein soll 2 Millionen Euro Schulden haben, schreibt die „Westfälische Post“.",
            "2 Millionen Euro",
            "Westfälische Post",
        ),
        # a common noun with a title in apposition: the title
        (
            "Die Reederei soll 30 Millionen Euro zahlen, berichtet das Magazin „Nordkurier“.",
            "30 Millionen Euro",
            "Nordkurier",
        ),
        (
            "Laut einem Bericht des «Abendblatts» hat die Stadt 4 Millionen Euro Schulden.",
            "4 Millionen Euro",
            "Abendblatts",
        ),
    ],
)
def test_a_title_in_quotation_marks_is_the_source(text, amount, source):
    assert role_of(text, amount, "source") == source


def test_a_subject_before_a_reporting_clause_is_not_its_source():
    # the payer before the comma is no reporter of the clause "…, berichtet die «…»"
    text = "Die Stadtwerke sollen 8 Millionen Euro nachzahlen, berichtet die «Badische Rundschau»."
    assert role_of(text, "8 Millionen Euro", "source") != "Stadtwerke"


@pytest.mark.parametrize(
    "text,amount,source",
    [
        ("Wie ein Sprecher des Bezirksamts bestätigte, kamen zwei Menschen ums Leben.", "zwei", "Bezirksamts"),
        ("Drei Radfahrer wurden verletzt, sagte eine Sprecherin der Stadt Kassel.", "Drei", "Stadt Kassel"),
        ("Laut einem Sprecher des Klinikums wurden fünf Patienten verlegt und 4 Menschen verletzt.", "4", "Klinikums"),
        # a spokesperson named by name speaks for herself
        ("Wie Sprecherin Jana Wolff mitteilte, kostet der Umbau 3 Millionen Euro.", "3 Millionen Euro", "Jana Wolff"),
    ],
)
def test_an_unnamed_spokesperson_stands_for_the_body_named_after_the_noun(text, amount, source):
    assert role_of(text, amount, "source") == source


@pytest.mark.parametrize(
    "text,amount,source",
    [
        # who accuses asserts the figure of the accusation
        ("Die Opposition warf der Armee vor, 12 Zivilisten getötet zu haben.", "12", "Opposition"),
        ("Die Staatsanwaltschaft wirft dem Mann vor, 80.000 Euro veruntreut zu haben.", "80.000 Euro", "Staatsanwaltschaft"),
        # "warf" without its particle throws: no report
        ("Die Angreifer warfen Steine, 3 Polizisten wurden verletzt.", "3", None),
    ],
)
def test_vorwerfen_reports_with_its_particle(text, amount, source):
    assert role_of(text, amount, "source") == source
