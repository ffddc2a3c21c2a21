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

from bisect import bisect_left, bisect_right
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of, texts_of
from .mentions import MENTIONS_KEY
from .sources import paragraph_break

__all__ = [
    "is_named",
    "named_party",
    "named_reporter",
    "nearest_occurrence",
    "paragraph_bounds",
    "same_referent",
    "topic_name",
]

#: The mention kinds that a name of a money party or an attacker can have.
_NAME_KINDS = ("person", "organisation", "place")

#: How many sentences before a common noun its name may stand ("Der Konzern Velmar ... . ... .
#: Das Unternehmen zahlt"): a report names its subject in its lead, news repeats it as a noun.
_NAME_REACH_SENTENCES = 4


def _names(doc: Doc) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The name mentions of the doc (persons, organisations, places) as ``(start, end, kind)``
    in text order, and their starts (for bisection); read once per doc."""
    cache = doc_cache(doc)
    if "referent_names" not in cache:
        group = doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else []
        # a people noun holding a name is a company ("der Möbelhändler Wohnhaus Brandt")
        names = [
            (m.start, m.end, "organisation" if m.label_ == "group" else m.label_)
            for m in group
            if (m.label_ in _NAME_KINDS or m.label_ == "group") and m._.is_name and not _bracketed(doc, m.start, m.end)
        ]
        cache["referent_names"] = (names, [n[0] for n in names])
    return cache["referent_names"]


def _names_in(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """The names that start in tokens ``start``..``end``."""
    names, starts = _names(doc)
    return names[bisect_left(starts, start) : bisect_left(starts, end)]


def _bracketed(doc: Doc, start: int, end: int) -> bool:
    """A name alone in brackets: the agency of a dateline ("Wien (APA) -") or a short form
    after the full name, which is the one to name."""
    return 0 < start and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


#: How many tokens a name may have: a name that overlaps a span starts at most this far before it.
_NAME_TOKENS = 12


def is_named(doc: Doc, span: Span) -> bool:
    """Whether ``span`` holds a name the mention layer found ("Stadt Linz", "Varella"; not
    "Unternehmen", "die Bank", "russischen")."""
    return any(span.start < end for _, end, _ in _names_in(doc, span.start - _NAME_TOKENS, span.end))


def same_referent(a: Span, b: Span) -> bool:
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
    # only names nearer than the party itself can win
    for start, end, _ in _names_in(doc, amount.start - distance + 1, amount.start + distance):
        d = abs(start - amount.start)
        if d < distance and not (start < amount.end and amount.start < end) and same_referent(doc[start:end], party):
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
    after = _names_in(doc, party.end, party.end + 1)
    if after:
        return doc[after[0][0] : after[0][1]]  # "der Sportartikelhersteller Frankensport": in apposition
    return (
        _last_name(doc, _reach_start(doc, party.start), party.start, (party.label_,))
        or _earlier_name_of(doc, party)
        or party
    )


def _earlier_name_of(doc: Doc, party: Span) -> Optional[Span]:
    """The name an earlier part of the doc gives the common noun ``party``: the last name before
    it that holds its head as a compound part ("Die Bank" -> "Deutsche Pfandbriefbank Taunus"),
    or that stood in apposition after the same noun ("Der Versicherer Helvetia … . Der
    Versicherer zahlt")."""
    head = party[-1].lower_
    for start, end, kind in reversed(_names_in(doc, 0, party.start)):
        if end > party.start or kind != party.label_:
            continue
        if any(head in t.lower_ for t in doc[start:end]) or start > 0 and doc[start - 1].lower_ == head:
            return doc[start:end]
    return None


def named_reporter(doc: Doc, source: Optional[Span]) -> Optional[Span]:
    """The name a body that reports by a common noun stands for, where the name holds the noun:
    "Nach Angaben der Bahn" -> "Deutsche Bahn", "teilte die Behörde mit" ->
    "Bundeswettbewerbsbehörde", "der Kommission" -> "EU-Kommission": the last such organisation
    name before it in the text. A noun that no name holds ("das Unternehmen", "die Airline")
    stays, as does a plural ("beide Unternehmen" may be two)."""
    if source is None or source.label_ not in ("organisation", "") or is_named(doc, source):
        return source
    noun = source[-1].lower_
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun  # a genitive ("des Bundesamts")
    bodies, starts = _bodies(doc)
    for start, end, name in reversed(bodies[: bisect_left(starts, source.start)]):
        if end <= source.start and stem in name and name.rstrip("s") != stem:
            return doc[start:end]
    return source


def _bodies(doc: Doc) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The organisation names of the doc as ``(start, end, lower-case text)`` and their starts;
    read once per doc."""
    cache = doc_cache(doc)
    if "referent_bodies" not in cache:
        names = _names(doc)[0]
        bodies = [(s, e, doc[s:e].text.lower()) for s, e, kind in names if kind == "organisation"]
        cache["referent_bodies"] = (bodies, [b[0] for b in bodies])
    return cache["referent_bodies"]


def _last_name(doc: Doc, start: int, end: int, kinds: Sequence[str]) -> Optional[Span]:
    """The last name of ``kinds`` inside tokens ``start``..``end``."""
    found = [(s, e) for s, e, kind in _names_in(doc, start, end) if e <= end and kind in kinds]
    return doc[found[-1][0] : found[-1][1]] if found else None


def topic_name(doc: Doc, before: int, kinds: Sequence[str]) -> Optional[Span]:
    """The name the stretch before token ``before`` is about: the nearest name of ``kinds``
    before it, in its paragraph or the sentences before ("Die Kelmer AG legte Zahlen vor. Der
    Umsatz stieg auf …" -> "Kelmer AG")."""
    return _last_name(doc, _reach_start(doc, before), before, kinds)


def paragraph_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The first and the end token of the paragraph that holds token ``i`` (a blank line parts
    paragraphs); the breaks are found once per doc."""
    cache = doc_cache(doc)
    if "paragraph_breaks" not in cache:
        # a token's trailing white space is one space at most: the break is in its text
        cache["paragraph_breaks"] = [t + 1 for t, text in enumerate(texts_of(doc)) if "\n\n" in text]
    breaks = cache["paragraph_breaks"]
    k = bisect_right(breaks, i)
    return (breaks[k - 1] if k else 0), (breaks[k] if k < len(breaks) else len(doc))
