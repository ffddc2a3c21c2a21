"""Who asserts a claim (the source role), and a reporter that must not become the payer.

Examples are written for these tests from the failure classes of issue 10; none comes from a
corpus document or a seed.
"""

from __future__ import annotations

from typing import Optional

import pytest

import claimex
from claimex.pipeline.sources import reports_apart


def _role(text: str, amount: str, role: str) -> Optional[str]:
    """The text of ``role`` of the claim whose amount text starts with ``amount``."""
    claims = [c for c in claimex.extract(text) if c.text.startswith(amount)]
    assert claims, f"no claim {amount!r} in {claimex.extract(text)}"
    span = claims[0].to_dict()[role]
    return span["text"] if span else None


@pytest.mark.parametrize(
    "text,amount,source",
    [
        # the reporting clause after the claim
        (
            "Beim Brand einer Scheune wurden vier Feuerwehrleute verletzt, teilte die Feuerwehr mit.",
            "vier",
            "Feuerwehr",
        ),
        (
            "Der Schaden liegt bei 3 Millionen Euro, wie die Stadtverwaltung am Freitag mitteilte.",
            "3 Millionen",
            "Stadtverwaltung",
        ),
        (
            "Die Sanierung wird rund 12 Millionen Franken kosten, sagte Gemeinderätin Petra Vogt.",
            "rund 12",
            "Gemeinderätin Petra Vogt",
        ),
        # the cue before the source
        ("Nach Angaben der Bergwacht kamen zwei Wanderer ums Leben.", "zwei", "Bergwacht"),
        ("Dem Jahresbericht zufolge verlor die Reederei 80 Millionen Euro.", "80 Millionen", "Jahresbericht"),
        # the subject of a reporting verb, also when the object comes first
        ("Den Schaden an der Brücke beziffert das Landesamt auf 2,5 Millionen Euro.", "2,5 Millionen", "Landesamt"),
        ("Eine neue Studie schätzt die Kosten auf 40 Milliarden Euro.", "40 Milliarden", "neue Studie"),
        # "nach eigenen Angaben": the subject of the clause says so
        ("Die Molkerei hat nach eigenen Angaben 4 Millionen Euro investiert.", "4 Millionen", "Molkerei"),
    ],
)
def test_source_in_the_sentence(text, amount, source):
    assert _role(text, amount, "source") == source


def test_the_name_not_the_common_noun_in_apposition():
    text = "Bei dem Unglück starben drei Arbeiter, wie der Sprecher der Betreiberfirma, Jonas Keller, bestätigte."
    assert _role(text, "drei", "source") == "Jonas Keller"


def test_a_pronoun_is_given_by_its_antecedent():
    text = "Die Ärztin Mara Lindqvist leitet die Notaufnahme. Sie berichtet, dass zwölf Verletzte behandelt wurden."
    assert _role(text, "zwölf", "source").endswith("Mara Lindqvist")


def test_a_count_goes_on_with_the_source_of_the_sentence_before():
    text = "Laut der Kantonspolizei kollidierten zwei Lastwagen. Drei Menschen wurden verletzt."
    assert _role(text, "Drei", "source") == "Kantonspolizei"


def test_who_presents_a_document_is_the_source_of_the_sentences_after_it():
    text = "Das Landesamt legte am Montag seine Jahresbilanz vor. Demnach betrugen die Ausgaben 9 Millionen Euro."
    assert _role(text, "9 Millionen", "source") == "Landesamt"


def test_a_lead_takes_the_source_of_the_report_after_it():
    text = (
        "Bei einer Explosion in einem Chemiewerk sind fünf Arbeiter getötet worden. "
        "Das bestätigte die Werksleitung am Abend."
    )
    assert _role(text, "fünf", "source") == "Werksleitung"


def test_a_source_does_not_cross_a_blank_line():
    text = "Laut der Polizei wurden zwei Menschen verletzt.\n\nIm Nachbarort wurden drei Jäger verletzt."
    assert _role(text, "drei", "source") is None


def test_a_source_named_once_carries_through_its_paragraph():
    # CLAIMS.md: "a source named once for a paragraph"; AUTHORING.md: sources carry through it
    text = (
        "Nach Angaben der Stadtwerke kostet die Sanierung des Hallenbads 4,2 Millionen Euro. "
        "Das Land übernimmt davon 1,5 Millionen Euro. Die Arbeiten sollen im Mai beginnen. "
        "Die Stadt trägt den Rest von 2,7 Millionen Euro."
    )
    assert _role(text, "2,7 Millionen", "source") == "Stadtwerke"


def test_a_reporter_after_the_claim_is_not_the_payer():
    text = "Die Gemeinde zahlt dem Sportverein 50.000 Euro, teilte der Bürgermeister mit."
    assert _role(text, "50.000", "source") == "Bürgermeister"
    assert _role(text, "50.000", "agent") == "Gemeinde"


def test_a_subject_expecting_its_own_costs_may_be_the_payer(nlp):
    doc = nlp("Die Bahn rechnet mit Kosten von 5 Millionen Euro.")
    bahn, amount = doc[1:2], doc[6:9]
    assert not reports_apart(doc, bahn, amount)
    doc = nlp("Die Kosten liegen bei 5 Millionen Euro, teilte die Bahn mit.")
    assert reports_apart(doc, doc[10:11], doc[4:7])
    assert not reports_apart(doc, None, doc[4:7])


def test_a_short_name_after_a_body_is_preferred():
    text = "Den Schaden beziffert die Versicherungsanstalt VKB auf 3 Millionen Euro."
    assert _role(text, "3 Millionen", "source") == "VKB"


def test_a_bracketed_short_name_joins_the_full_name():
    text = "Das Landesamt für Verkehrssicherheit (LVS) zählte im Vorjahr 120 Verletzte."
    assert _role(text, "120", "source").endswith("(LVS)")


# -- "geht/ging" reports only as a separable verb ("geht … aus", "ging … hervor") ---------------


def test_money_that_goes_to_someone_names_no_source() -> None:
    # "ging an": the money moved; before, the subject's genitive became the source
    text = "Die Entschädigung der Bahngesellschaft von 12.000 Euro ging an die Pendlerin."
    claim = next(c for c in claimex.extract(text) if c.text == "12.000 Euro")
    assert claim.source is None


def test_geht_von_aus_still_names_its_subject() -> None:
    claims = claimex.extract("Die Feuerwehr geht von mindestens sechs Verletzten aus.")
    assert [c.text for c in claims] == ["mindestens sechs"]
    assert claims[0].source is not None and claims[0].source.text == "Feuerwehr"
