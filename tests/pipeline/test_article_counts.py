"""Counts and sums whole articles write that short items rarely do: a vague quantifier before a
round number word, believers and settlers as the people counted, and the second person of a
named pair after a toll. Fresh sentences, written for these tests."""

from __future__ import annotations

import claimex
from tests.pipeline.probes import claim_of


def test_quantifier_before_a_round_number_word_is_a_vague_plural() -> None:
    text = "Die Anwältin beziffert den Schaden auf mehrere Hunderttausend Euro."
    claim = claim_of(text, "mehrere Hunderttausend Euro")
    assert (claim.low, claim.high, claim.approximate, claim.unit) == (200000.0, None, True, "EUR")
    claim = claim_of("Die Spenden summierten sich auf einige zehntausend Franken.", "einige zehntausend Franken")
    assert (claim.low, claim.high, claim.approximate) == (20000.0, None, True)


def test_round_number_word_alone_stays_exact() -> None:
    claim = claim_of("Der Verein erhielt hunderttausend Euro.", "hunderttausend Euro")
    assert (claim.low, claim.high, claim.approximate) == (100000.0, 100000.0, False)


def test_believers_and_settlers_are_people_an_attacker_harms() -> None:
    text = "Am Freitag hatte ein 17-Jähriger vor der Synagoge einen Juden mit einem Messer verletzt."
    casualties = [c for c in claimex.extract(text) if c.type == "casualty"]
    assert [c.text for c in casualties] == ["einen"]
    assert casualties[0].agent is not None and casualties[0].agent.text == "17-Jähriger"
    text = "Bewaffnete Siedler drangen in das Dorf ein. Vier Palästinenser wurden verletzt."
    assert [c.text for c in claimex.extract(text)] == ["Vier"]


def test_second_person_of_a_named_pair_is_no_new_count() -> None:
    text = "Zwei Menschen starben, ein 63 Jahre alter Landwirt aus Uelzen und eine 58-jährige Lehrerin."
    assert [c.text for c in claimex.extract(text)] == ["Zwei"]


def test_pair_that_is_a_breakdown_still_counts() -> None:
    text = "Fünf Menschen wurden verletzt, darunter ein Säugling und eine Schwangere."
    assert [c.text for c in claimex.extract(text)] == ["Fünf", "ein", "eine"]
