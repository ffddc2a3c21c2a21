"""``claimex_claims``: turn relation decisions into :class:`~claimex.claims.Claim` objects.

Writes ``doc._.claims``. This is the only place where spaCy spans become character offsets,
and they are read from ``span.start_char`` / ``span.end_char``, never recomputed.
"""

from __future__ import annotations

import math
import warnings
from typing import Any, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..claims import ROLE_NAMES, Claim, TextSpan
from ..errors import Warnings
from ..extensions import amount_of, install_extensions, sentence_of, text_of, token_chars
from .age_referents import whole_age_noun
from .amount_context import context_currency

__all__ = ["ClaimBuilder", "make_claim_builder", "to_text_span"]


def to_text_span(span: Optional[Span]) -> Optional[TextSpan]:
    """A spaCy span as character offsets; None stays None; edge white space is left out.
    Reads the doc's offsets from :func:`token_chars` (once per doc): no Token per word."""
    if span is None:
        return None
    doc, start, end = span.doc, span.start, span.end
    starts, ends, spaces = token_chars(doc)
    while start < end and spaces[start]:
        start += 1
    while end > start and spaces[end - 1]:
        end -= 1
    if start == end:
        return None
    return TextSpan(text_of(doc)[starts[start] : ends[end - 1]], starts[start], ends[end - 1])


class ClaimBuilder:
    """Builds the claims of a doc from ``doc._.claimex_relations``."""

    def __init__(self) -> None:
        install_extensions()

    def __call__(self, doc: Doc) -> Doc:
        claims = []
        for decision in doc._.claimex_relations or ():
            span, amount = decision.amount, amount_of(decision.amount)
            if not all(v is None or math.isfinite(v) for v in (amount.low_float, amount.high_float)):
                # beyond ~1.8e308 a float is inf, which no JSON can hold: no claim, but say so
                shown = span.text if len(span.text) <= 60 else span.text[:57] + "..."
                warnings.warn(Warnings.W003.format(text=shown, start=span.start_char, end=span.end_char), stacklevel=2)
                continue
            claims.append(
                Claim(
                    type=decision.type,
                    category=decision.category,
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    low=amount.low_float,
                    high=amount.high_float,
                    approximate=amount.approximate,
                    unit=_unit(doc, span, amount, decision.type),
                    hedged=decision.hedged,
                    confidence=decision.confidence,
                    field_confidence=dict(decision.field_confidence),
                    sentence=to_text_span(sentence_of(doc, span.start)),
                    **{role: to_text_span(whole_age_noun(decision.roles.get(role))) for role in ROLE_NAMES},
                )
            )
        doc._.claims = sorted(claims, key=lambda c: (c.start, c.end))
        return doc


def _unit(doc: Doc, span: Span, amount: Any, claim_type: str) -> Optional[str]:
    """The claim's unit: persons for a count of people; for money its currency, or, where a
    stage decided that an amount the recognizer read as a bare count is money, the currency of
    the money around it (CLAIMS.md: null only where the text names none)."""
    if claim_type != "monetary":
        return "persons"
    if amount.unit is None and amount.kind != "money":
        return context_currency(doc, span)
    return amount.unit


@Language.factory("claimex_claims", assigns=["doc._.claims"], requires=["doc._.claimex_relations"])
def make_claim_builder(nlp: Language, name: str) -> ClaimBuilder:
    """Registered factory of :class:`ClaimBuilder`."""
    return ClaimBuilder()
