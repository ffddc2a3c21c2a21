"""The unit the claim builder writes when a stage (the learned relation stage) reads as money an
amount the recognizer left a bare count: the currency of the money around it (CLAIMS.md: a unit
is null only where the text names none)."""

import pytest

import claimex
from claimex.extensions import AMOUNTS_KEY
from claimex.pipeline.claim_builder import ClaimBuilder
from claimex.pipeline.relations import ClaimDecision


def _money_decisions(text: str, bare: str) -> list:
    """The doc of ``text`` whose relation decisions are its rule decisions plus ``bare`` (a
    number the recognizer reads as a count) decided as money, as a learned stage may decide."""
    doc = claimex.load().nlp(text)
    span = next(s for s in doc.spans[AMOUNTS_KEY] if s.text == bare)
    assert span._.amount.unit is None  # the recognizer gave it no currency
    kept = [d for d in doc._.claimex_relations if d.amount.start != span.start]
    doc._.claimex_relations = [*kept, ClaimDecision(span, "monetary", "payment", "test")]
    return ClaimBuilder()(doc)._.claims


@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        # gapped coordination: the currency is written once, in the sentence
        ("Die Witwe des Fahrers erhält 80.000 Franken, ihr Sohn 25.000.", "25.000", "CHF"),
        # no money in the sentence: the last currency before it in the text
        ("Der Fonds zahlte 2,5 Millionen Euro aus. Im Gemeindesaal waren es 4000.", "4000", "EUR"),
        # a headline before any currency: the first one written after it
        ("Streit um 700 Spenden\n\nDie Stadt zahlte 3 Millionen Dollar.", "700", "USD"),
    ],
)
def test_money_decided_on_a_count_takes_the_currency_around_it(text: str, bare: str, unit: str) -> None:
    claim = next(c for c in _money_decisions(text, bare) if c.text == bare)
    assert claim.type == "monetary" and claim.unit == unit


def test_no_currency_in_the_text_leaves_the_unit_null() -> None:
    claim = next(c for c in _money_decisions("Der Verein sammelte zuletzt 4000 ein.", "4000") if c.text == "4000")
    assert claim.unit is None


def test_money_the_recognizer_read_keeps_its_own_currency() -> None:
    claims = claimex.extract("Der Konzern zahlte 5 Millionen Euro und 3 Millionen Franken.")
    assert [c.unit for c in claims] == ["EUR", "CHF"]
