"""An extended participle attribute ("der durch das Erdbeben zerstörten Schulen", "den bei dem
Brand geschädigten Familien") belongs to the noun after it: the article before the attribute is
that noun's article, so a genitive attribute stays no subject and a dative stays the receiver.
Negative cases: a plain prepositional phrase before a noun is no attribute. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # a genitive with an attribute after a noun is no subject; the inverted subject pays
        ("Für die Sanierung der durch das Hochwasser beschädigten Brücken stellt das Land 12 Millionen Euro bereit.", "12 Millionen Euro", "Land"),
        ("Zur Entschädigung der bei dem Unglück verletzten Arbeiter zahlt die Reederei 4 Millionen Euro.", "4 Millionen Euro", "Reederei"),
    ],
)
def test_genitive_with_attribute_is_no_subject(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount)[0] == agent


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        ("Die Gemeinde überweist den durch das Feuer geschädigten Familien je 3000 Euro.", "3000 Euro", "Gemeinde", "Familien"),
        ("Der Kanton zahlt den vom Unwetter betroffenen Bauern 6 Millionen Franken.", "6 Millionen Franken", "Kanton", "Bauern"),
    ],
)
def test_dative_with_attribute_receives(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


def test_prepositional_phrase_before_a_subject_is_no_attribute() -> None:
    # "Nach dem Urteil" ends before a verb, not before a participle: the subject pays
    assert parties_of("Nach dem Urteil zahlt die Bank den Anlegern 2 Millionen Euro.", "2 Millionen Euro") == ("Bank", "Anlegern")


def test_name_inside_an_attribute_without_article() -> None:
    # "des in Nigeria entführten Ingenieurs": neither the freed man nor the place of the attribute
    # takes part in the ransom
    text = "Für die Freilassung des in Nigeria entführten Ingenieurs ist nach Medienberichten ein Lösegeld von 300.000 Dollar gezahlt worden."
    agent, recipient = parties_of(text, "300.000 Dollar")
    assert agent not in ("Ingenieurs", "Nigeria")
    assert recipient != "Nigeria"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # the object of a verb of support with an attribute: its noun receives, not the attribute's
        ("Die Regierung will die von der Dürre betroffenen Landwirte mit 80 Millionen Euro unterstützen.", "80 Millionen Euro", "Landwirte"),
        ("Das Land entschädigt die bei dem Brand geschädigten Anwohner mit 2 Millionen Euro.", "2 Millionen Euro", "Anwohner"),
    ],
)
def test_supported_object_with_attribute_receives(text: str, amount: str, recipient: str) -> None:
    found = parties_of(text, amount)[1] or ""
    assert found.endswith(recipient)


def test_a_party_after_a_participle_of_rank_pays_nothing() -> None:
    text = "Sachsen erhält mit 40 Millionen Euro am meisten, gefolgt von Thüringen mit 25 Millionen Euro."
    assert parties_of(text, "25 Millionen Euro") == (None, "Thüringen")
    assert parties_of(text, "40 Millionen Euro")[0] != "Thüringen"
