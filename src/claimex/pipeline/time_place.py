"""Find when and where a claim's event happened (its time and location roles) by rules: the
nearest year, date or weekday phrase of the amount's sentence (``find_time``) and its nearest
place after a place preposition (``find_location``).
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..lang.de import words as _words
from .role_phrases import entities_in

__all__ = ["find_time", "find_location"]


def find_time(doc: Doc, amount: Span, sent: Span, amounts: Sequence[Span], lowers: Sequence[str]) -> Optional[Span]:
    """When: the nearest year or date of the sentence with its preposition, or a weekday phrase."""
    best: Optional[Span] = None
    for other in amounts:
        if other.label_ in {"year", "date"} and sent.start <= other.start < sent.end:
            start = (
                other.start - 1
                if other.start > sent.start and lowers[other.start - 1] in _words("time_prepositions")
                else other.start
            )
            cand = doc[start : other.end]
            if best is None or abs(cand.start - amount.start) < abs(best.start - amount.start):
                best = cand
    if best is not None:
        return best
    for t in range(sent.start, sent.end):
        if lowers[t] in _words("time_words"):
            start = t - 1 if t > sent.start and lowers[t - 1] in _words("weekday_prepositions") else t
            return doc[start : t + 1]
    return None


def find_location(doc: Doc, amount: Span, sent: Span, lowers: Sequence[str]) -> Optional[Span]:
    """Where: the nearest place of the sentence after "in", "bei", "nahe"."""
    places = [
        e
        for e in entities_in(doc, sent.start, sent.end, ("GPE", "LOC"))
        if e.start > sent.start and lowers[e.start - 1] in _words("place_prepositions")
    ]
    return min(places, key=lambda e: abs(e.start - amount.start), default=None)
