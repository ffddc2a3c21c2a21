"""Which words of the text an agent or recipient names: the referent's name, at its occurrence
nearest to the amount (the corpus convention, corpora/claimex-de/AUTHORING.md "Which occurrence a
role names").

The role rules find a party where the clause shape shows it: often a common noun ("das
Unternehmen", "die Bank") or an occurrence far from the amount. This module turns such a party
into the name the text gives it ("der Chemiekonzern Varella ... Das Unternehmen zahlt" ->
"Varella"), and any name into its occurrence nearest to the amount. It reads the mentions of the
doc (``doc.spans["claimex_mentions"]``); without them a party stays as found.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of
from .mentions import MENTIONS_KEY
from .sources import paragraph_break

__all__ = ["is_named", "named_party", "nearest_occurrence", "topic_name"]

#: The mention kinds that a name of a money party or an attacker can have.
_NAME_KINDS = ("person", "organisation", "place")

#: How many sentences before a common noun its name may stand ("Der Konzern Velmar ... . ... .
#: Das Unternehmen zahlt"): a report names its subject in its lead, news repeats it as a noun.
_NAME_REACH_SENTENCES = 4


def _names(doc: Doc) -> list[tuple[int, int, str]]:
    """The name mentions of the doc (persons, organisations, places) as ``(start, end, kind)``,
    in text order; read once per doc."""
    cache = doc_cache(doc)
    if "referent_names" not in cache:
        group = doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else []
        # a people noun holding a name is a company ("der Möbelhändler Wohnhaus Brandt")
        cache["referent_names"] = [
            (m.start, m.end, "organisation" if m.label_ == "group" else m.label_)
            for m in group
            if (m.label_ in _NAME_KINDS or m.label_ == "group") and m._.is_name and not _bracketed(doc, m.start, m.end)
        ]
    return cache["referent_names"]


def _bracketed(doc: Doc, start: int, end: int) -> bool:
    """A name alone in brackets: the agency of a dateline ("Wien (APA) -") or a short form
    after the full name, which is the one to name."""
    return 0 < start and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def is_named(doc: Doc, span: Span) -> bool:
    """Whether ``span`` holds a name the mention layer found ("Stadt Linz", "Varella"; not
    "Unternehmen", "die Bank", "russischen")."""
    return any(start < span.end and span.start < end for start, end, _ in _names(doc))


def _same_referent(a: Span, b: Span) -> bool:
    """Two names of one referent: the same words, or one a run of the other's words ("Kelmer AG"
    and "Kelmer", "Hollmann" and "Katrin Hollmann")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    words, whole = [t.text for t in short], [t.text for t in long]
    return any(whole[i : i + len(words)] == words for i in range(len(whole) - len(words) + 1))


def nearest_occurrence(doc: Doc, party: Optional[Span], amount: Span) -> Optional[Span]:
    """The occurrence of the name ``party`` nearest to the amount, written as it stands there
    ("Hollmann" where the surname is nearest); ``party`` itself when it is no name or has no
    other occurrence."""
    if party is None or not is_named(doc, party):
        return party
    best, distance = party, abs(party.start - amount.start)
    for start, end, _ in _names(doc):
        d = abs(start - amount.start)
        if d < distance and not (start < amount.end and amount.start < end) and _same_referent(doc[start:end], party):
            best, distance = doc[start:end], d
    return best


def _reach_start(doc: Doc, i: int) -> int:
    """Where the stretch of text a name of token ``i`` may be read from begins: the sentences
    before it in its paragraph, at most ``_NAME_REACH_SENTENCES`` of them."""
    sent = sentence_of(doc, i)
    for _ in range(_NAME_REACH_SENTENCES):
        if sent.start == 0 or paragraph_break(doc, sent.start, sent.start):
            break
        sent = sentence_of(doc, sent.start - 1)
    return sent.start


def named_party(doc: Doc, party: Optional[Span]) -> Optional[Span]:
    """The name a common-noun party stands for ("Der Chemiekonzern Varella hat … . Das
    Unternehmen zahlt" -> "Chemiekonzern Varella"): the nearest name before it of the same kind
    in its paragraph, a few sentences back at most; the party itself when it is a name or no
    name of its kind is near."""
    if party is None or party.label_ != "organisation" or is_named(doc, party):
        return party
    after = next((n for n in _names(doc) if n[0] == party.end), None)
    if after is not None:
        return doc[after[0] : after[1]]  # "der Sportartikelhersteller Frankensport": in apposition
    start = _reach_start(doc, party.start)
    before = [(s, e) for s, e, kind in _names(doc) if start <= s and e <= party.start and kind == party.label_]
    return doc[before[-1][0] : before[-1][1]] if before else party


def topic_name(doc: Doc, before: int, kinds: Sequence[str]) -> Optional[Span]:
    """The name the stretch before token ``before`` is about: the nearest name of ``kinds``
    before it, in its paragraph or the sentences before ("Die Kelmer AG legte Zahlen vor. Der
    Umsatz stieg auf …" -> "Kelmer AG")."""
    start = _reach_start(doc, before)
    found = [(s, e) for s, e, kind in _names(doc) if start <= s and e <= before and kind in kinds]
    return doc[found[-1][0] : found[-1][1]] if found else None
