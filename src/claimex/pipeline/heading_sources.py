"""The source a heading before a colon gives the figures after it.

Live tickers and short reports open an entry with a heading that names who reports, then a
colon, then the figures: "14.45 Uhr: Neue Bilanz der Stadtverwaltung: 14 Tote, 63 Verletzte",
"Update von der Polizei: Sechs Personen wurden verletzt", "Die Feuerwehr meldet: Insgesamt 41
Verletzte". The heading is no sentence of its own, so no cue or verb of the figures' clause
names the source; it is

- the body or person a report noun of the heading belongs to ("Bilanz der Feuerwehr", "Update
  von der Polizei", "Neue Zahlen des Ministeriums"), or
- the subject of a verb of speech that closes the heading ("Die Polizei präzisiert:").

A heading is short (a ticker's time before it is a heading of its own), so a full clause before a
colon ("Die Behörde hat ihre Bilanz vorgelegt: …", :func:`.sources.colon_presenter`) is none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import lowers_of, texts_of
from ..lang.de import load_table
from .sources import attribution_words, source_mentions, with_name

__all__ = ["heading_source"]

#: How many tokens a heading may have before its colon.
_HEADING_TOKENS = 7
#: Mentions that can report.
_REPORTER_KINDS = ("person", "organisation", "group")


@lru_cache(maxsize=1)
def _report_nouns() -> tuple[str, ...]:
    """Nouns that name a report in a heading ("Bilanz", "Update", "Zwischenbilanz")."""
    return tuple(load_table("attribution_cues.json")["heading_report_nouns"])


def heading_source(doc: Doc, sent: Span, amount: Span) -> Optional[Span]:
    """The reporter the heading before the colon nearest before ``amount`` names, or None."""
    texts = texts_of(doc)
    colon = next((t for t in range(amount.start - 1, sent.start, -1) if texts[t] == ":"), None)
    if colon is None:
        return None
    start = next((t + 1 for t in range(colon - 1, sent.start - 1, -1) if texts[t] == ":"), sent.start)
    while start < colon and doc[start].is_space:
        start += 1
    if colon - start > _HEADING_TOKENS or colon == start:
        return None
    mentions = [m for m in source_mentions(doc, start, colon) if m.label_ in _REPORTER_KINDS and m.end <= colon]
    if not mentions:
        return None
    found = _report_owner(doc, start, colon, mentions) or _speaking_subject(doc, start, colon, mentions)
    return with_name(doc, found) if found is not None else None


def _report_owner(doc: Doc, start: int, colon: int, mentions: Sequence[Span]) -> Optional[Span]:
    """ "Bilanz der Feuerwehr", "Update von der Polizei": the reporter a capitalised report noun
    is owned by, in the genitive or after "von" right behind it ("Update zur Zahl der Verletzten"
    names a topic, no owner)."""
    lowers, nouns = lowers_of(doc), _report_nouns()
    noun = next((t for t in range(start, colon) if doc[t].is_title and lowers[t].endswith(nouns)), None)
    if noun is None or noun + 1 >= colon or lowers[noun + 1] not in attribution_words("heading_owner_links"):
        return None
    return next((m for m in mentions if noun + 1 < m.end and m.start <= noun + 3), None)


def _speaking_subject(doc: Doc, start: int, colon: int, mentions: Sequence[Span]) -> Optional[Span]:
    """ "Die Polizei präzisiert:": the reporter before a verb of speech right before the colon."""
    verb = colon - 1
    if not (doc[verb].is_lower and lowers_of(doc)[verb] in attribution_words("speech_verbs")):
        return None
    return next((m for m in mentions if m.end <= verb), None)
