"""Who caused the harm of a count that breaks down a toll told before it: "Sieben Menschen
wurden getötet. … Unter den Toten ist auch ein zwölfjähriges Mädchen", "…, darunter zwei
Kinder", "Unter ihnen seien drei Sanitäter". The part was harmed by whoever harmed the whole,
so the count takes the attacker of the nearest toll of its category before it (none when
that toll names none), even paragraphs away (a wire report often tells the toll in its lead and its breakdown later).
The words live in ``function_words.json`` (``breakdown``, ``breakdown_openers``).
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import sentence_start
from ..lang.de import GermanData
from ..lang.de import words as _words

__all__ = ["breaks_down", "toll_agent"]

#: How many words may stand between a breakdown phrase and its count ("Unter den Toten ist nach
#: Angaben der Stadtverwaltung auch ein …").
_REACH = 9


def breaks_down(doc: Doc, amount: Span, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether ``amount`` counts a part of a toll: "darunter"/"unter ihnen" right before it, or
    its sentence opens with "Unter ihnen" / "Unter den Toten" a few words before it, no clause
    mark between."""
    if _words("breakdown") & set(lowers[max(0, amount.start - 2) : amount.start]):
        return True
    start = sentence_start(doc, amount.start)
    if amount.start - start > _REACH + 3 or any(doc[t].text in ",;:" for t in range(start, amount.start)):
        return False
    if any(lowers[start : start + len(p.split())] == p.split() for p in _words("breakdown_openers")):
        return True
    # "Unter den Toten", "Unter den Verletzten": the toll by its noun
    return (
        amount.start - start > 3
        and lowers[start] == "unter"
        and lowers[start + 1] == "den"
        and data.casualty_nouns.get(lowers[start + 2]) is not None
    )


def toll_agent(category: str, amount: Span, earlier: Sequence[tuple[Span, str, Optional[Span]]]) -> Optional[Span]:
    """The attacker of the nearest toll before ``amount`` of the same ``category`` (None when it
    names none); ``earlier`` holds (count, category, agent) of the casualty claims in text order."""
    for count, cat, agent in reversed(earlier):
        if count.start >= amount.start or cat != category:
            continue
        return agent
    return None
