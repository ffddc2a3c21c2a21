"""Whether a sentence is someone's statement rather than the reporter's own narration.

Wire text names a speaker once and goes on in reported speech: "Die Polizei äußerte sich am
Abend. Der Fahrer sei zu schnell gefahren. Dabei seien vier Menschen verletzt worden." The
mood of the verb (subjunctive I; not hearsay "soll", mostly a plan) or a word that points back to a report
("demnach", ", hieß es") marks such a sentence; the reporter's indicative narration carries
neither. :class:`~claimex.pipeline.sources.ParagraphSources` lets a sentence so marked speak on
for the speaker of the reported speech before it; word lists are in ``attribution_cues.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..extensions import lowers_of
from ..lang.de import german, load_table

__all__ = ["in_statement_mood", "links_to_report", "opening_clause_end"]

#: Tokens that close a sentence's opening clause before the reported speech it introduces.
_CLAUSE_BREAKS = {",", ":"}


@lru_cache(maxsize=1)
def _mood_words() -> frozenset[str]:
    table = load_table("attribution_cues.json")
    forms = frozenset(german().reported_speech) - frozenset(table["statement_counterfactuals"])
    return forms | frozenset(table["statement_mood_forms"])


@lru_cache(maxsize=1)
def _links() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    table = load_table("attribution_cues.json")
    return frozenset(table["statement_links"]), tuple(tuple(p.split()) for p in table["statement_link_phrases"])


@lru_cache(maxsize=1)
def _complementisers() -> frozenset[str]:
    return frozenset(load_table("attribution_cues.json")["statement_complementisers"])


def _quoted(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens of ``start``..``end`` inside quotation marks: a quote speaks in the first
    person ("„Wir haben … gezahlt“"), where "habe" is no subjunctive."""
    marks = {"„", "“", "«", "»", '"'}
    inside: set[int] = set()
    opened = False
    for t in range(start, end):
        if doc[t].text in marks:
            opened = not opened
        elif opened:
            inside.add(t)
    return inside


def in_statement_mood(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence at tokens ``start``..``end`` speaks in reported speech outside a
    quote: "Der Schaden belaufe sich auf 2 Millionen". A capitalised form opens a sentence in another sense ("Wolle", "Gebe") or is a noun."""
    lowers = lowers_of(doc)
    words = _mood_words()
    hits = [t for t in range(start, end) if lowers[t] in words and doc[t].is_lower]
    if not hits:
        return False
    quoted = _quoted(doc, start, end)
    return any(t not in quoted for t in hits)


def opening_clause_end(doc: Doc, start: int, end: int) -> int:
    """Where the indicative clause that opens the sentence at ``start``..``end`` and introduces
    its reported speech ends ("Die Krankenhausgesellschaft fordert mehr Geld: Die Lücke betrage
    …", "Der Unternehmer hatte argumentiert, seine Frau habe …"): the last break before the first
    word of reported speech; ``start`` when the sentence opens in reported speech or has none."""
    lowers = lowers_of(doc)
    words = _mood_words()
    quoted = _quoted(doc, start, end)
    first = next((t for t in range(start, end) if lowers[t] in words and doc[t].is_lower and t not in quoted), None)
    if first is None:
        return start
    end_of_opening = max((t for t in range(start, first) if doc[t].text in _CLAUSE_BREAKS), default=start)
    if end_of_opening == start:
        return start
    if doc[end_of_opening].text == ",":
        # "X hatte argumentiert, seine Frau habe …", "X rechnet vor, dass …"; not an
        # apposition ("Die Menschen, überwiegend aus dem Sudan, hätten …")
        before, after = doc[end_of_opening - 1], doc[end_of_opening + 1] if end_of_opening + 1 < end else None
        if not (before.is_lower or (after is not None and after.lower_ in _complementisers())):
            return start
    return end_of_opening


def links_to_report(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence at tokens ``start``..``end`` says that it goes on with a report
    named before it: "demnach" anywhere in it, or ", hieß es (weiter)"."""
    lowers = lowers_of(doc)
    words, phrases = _links()
    if any(lowers[t] in words for t in range(start, end)):
        return True
    for phrase in phrases:
        n = len(phrase)
        for t in range(start, end - n + 1):
            if tuple(lowers[t : t + n]) == phrase:
                return True
    return False
