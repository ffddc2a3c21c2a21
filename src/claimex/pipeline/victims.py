"""Find the harmed people of a casualty count (the victim of a casualty claim) by rules: the
head noun after the count (``noun_after``) and the words up to it (``find_victim``).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from ..lang.de import words as _words
from ..lang.de.persons import age_compound
from .amounts import age_phrase

__all__ = ["noun_after", "find_victim", "partitive_whole"]


def noun_after(doc: Doc, end: int, limit: int) -> Optional[int]:
    """Index of the head noun after an amount: up to three adjectives may come first, an age
    among them ("ein 58-jähriger Motorradfahrer"); a capitalised age is the noun itself ("ein
    45-Jähriger")."""
    i = end
    age = age_compound([t.lower_ for t in doc[i : min(limit, i + 3)]], 0, min(limit, i + 3) - i)
    if age and doc[i + age - 1].is_title:
        return i + age - 1
    if not age:
        age = age_phrase([t.lower_ for t in doc[i : min(limit, i + 3)]], 0)  # "ein 29 Jahre alter Polizist"
    i += age
    joined = 0  # "getöteten oder verwundeten Russen": adjectives joined by "oder"/"und"
    while i < limit and i - end - joined < 3:
        if _joins_adjectives(doc, i, end, limit):
            joined += 1
        elif not (doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ not in _words("not_adjectives")):
            break
        i += 1
    if i < limit and (doc[i].is_title or doc[i].is_upper and doc[i].is_alpha) and not doc[i].is_sent_start:
        return i
    return None


def _joins_adjectives(doc: Doc, i: int, end: int, limit: int) -> bool:
    """A coordinator at ``i`` between two adjectives after a count ("2.100 getöteten oder
    verwundeten Russen")."""
    return (
        end < i < limit - 1
        and doc[i].lower_ in _words("list_separators")
        and doc[i].is_alpha  # a word, not a comma: "auf acht gestiegen, ein Schwerverletzter …"
        and doc[i - 1].is_lower
        and doc[i + 1].is_lower
        and doc[i + 1].is_alpha
        and doc[i + 1].lower_ not in _words("not_adjectives")
        and doc[i + 1].lower_ not in _words("determiners")
    )


def find_victim(doc: Doc, amount: Span, head: Optional[int]) -> Optional[Span]:
    """The harmed people as written: the adjectives and head noun after the amount, or the whole
    a partitive count is part of ("sechs der Opfer", "Sieben der 14 Migranten")."""
    whole = partitive_whole(doc, amount)
    if whole is not None:
        return whole
    if head is None:
        return None
    return doc[amount.end : head + 1]


def partitive_whole(doc: Doc, amount: Span) -> Optional[Span]:
    """The people a count is a part of, written right after it: "sechs der Opfer", "179 der 181
    Insassen", "zehn der 28 getöteten Geiseln", "sieben von den Verletzten": the adjectives and
    noun after the partitive word (and the whole's own number)."""
    i = amount.end
    if i + 1 >= len(doc) or doc[i].lower_ not in _words("partitive") or doc[i].lower_ == "von" and not doc[i + 1].like_num and doc[i + 1].lower_ not in _words("determiners"):
        return None
    i += 1
    if doc[i].lower_ in _words("determiners"):
        i += 1  # "von den Verletzten"
    if i < len(doc) and doc[i].like_num:
        i += 1  # "der 14 Migranten"
    limit = min(len(doc), i + 5)
    head = noun_after(doc, i, limit)
    return doc[i : head + 1] if head is not None else None
