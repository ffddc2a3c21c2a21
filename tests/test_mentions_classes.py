"""Mention classes beyond names and listed role nouns: events, purposes, counted people,
genitive agent nouns."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimex.pipeline.mentions import MENTION_KINDS, MENTIONS_KEY


def _mentions(doc: Doc) -> dict[str, str]:
    return {s.text: s._.mention_kind for s in doc.spans[MENTIONS_KEY]}


@pytest.mark.parametrize(
    "sentence,mention,kind",
    [
        ("Eine Lawine verschüttete die Piste, der Schaden beträgt 2 Millionen Franken.", "Lawine", "event"),
        ("Durch die Streiks verlor die Fluggesellschaft 40 Millionen Euro.", "Streiks", "event"),
        ("Bei den Anschlägen starben mehr als 400 Menschen.", "Anschlägen", "event"),
        ("Der Bund stellt 10 Millionen Euro für Modellprojekte bereit.", "Modellprojekte", "purpose"),
        ("Zugunsten der Tafel wurden 6500 Euro gesammelt.", "Tafel", "purpose"),
        ("Die Staatsanwaltschaft ermittelt gegen zwei Verantwortliche.", "Verantwortliche", "group"),
        ("Zwei Polizisten wurden bei der Festnahme eines Randalierers verletzt.", "Randalierers", "person"),
        ("Die Liga verhängte eine Strafe von 5000 Euro.", "Liga", "organisation"),
        ("Eine junge Reinigungskraft soll das Feuer gelegt haben.", "junge Reinigungskraft", "person"),
    ],
)
def test_mention_classes(nlp, sentence, mention, kind):
    assert kind in MENTION_KINDS
    assert _mentions(nlp(sentence)).get(mention) == kind


def test_event_head_leaves_the_demonym_to_name_the_attacker(nlp):
    found = _mentions(nlp("Bei israelischen Drohnenangriffen starben zwölf Menschen."))
    assert found.get("israelischen") == "place"
    assert found.get("Drohnenangriffen") == "event"


def test_purpose_only_where_money_is_named(nlp):
    assert "Modellprojekte" not in _mentions(nlp("Die Ministerin wirbt für Modellprojekte."))


def test_counted_adjective_before_a_noun_is_no_mention_of_its_own(nlp):
    found = _mentions(nlp("Zwei Verantwortliche Stellen prüfen den Fall."))
    assert "Verantwortliche" not in found


@pytest.mark.parametrize(
    "sentence, not_a_mention, head",
    [
        # a sentence-opening adverb or comparative in "-er(s)" is no agent noun
        ("Besonders stark betroffen ist die Gemeinde, deren Zuschuss um 2 Millionen Euro sinkt.", "Besonders", "Gemeinde"),
        ("Teurer wird es für die Mieter, die 300 Euro mehr zahlen.", "Teurer", "Mieter"),
        # an expletive "es" opens no noun phrase
        ("Im Dorf, wo es keine Feuerwehr gibt, brannten drei Häuser.", "es keine Feuerwehr", "Feuerwehr"),
    ],
)
def test_sentence_adverbs_and_expletives_are_no_mentions(nlp, sentence, not_a_mention, head):
    mentions = _mentions(nlp(sentence))
    assert not_a_mention not in mentions
    assert any(text.endswith(head) for text in mentions)
