"""Recognise the dateline that opens a wire report ("BERLIN (dpa) -", "KIEW/MOSKAU (AFP) –",
"Genf (sda) –", "Kiel, 2. April 2026 –"): where a sentence's body starts after it, and whether a
word or a party is part of it. Its places and its agency name where and by whom the text was
filed, so no role stage takes them for a party, a harmer or a source.

Two readings of where the body starts serve the stages: ``body_start`` wants a mark of a
dateline (capitals, brackets, a slash or the paragraph's start) and is what the harm and
source stages read; ``unmarked_body_start`` also takes capitalised words before any dash
("Graz – Das Land …" inside a paragraph) and is what the money stage reads. The marks after a
dateline's place live in ``function_words.json`` (``dateline_marks``).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of
from ..lang.de import words as _words
from .paragraphs import paragraph_bounds

__all__ = ["body_start", "body_of", "in_dateline", "unmarked_body_start", "opens_body", "is_dateline_party", "dateline_shaped", "bracketed"]

#: How many tokens a dateline may have before its dash ("Ramallah/Jerusalem (APA/AFP/dpa) –").
_DATELINE_REACH = 14

#: The dashes that close a dateline.
_DATELINE_DASHES = ("-", "–", "—")

#: How many tokens into a sentence the agency of a dateline may stand ("Bad Ischl (APA) -").
_AGENCY_REACH = 4

#: How many tokens a dated dateline may have before its mark ("Kiel, 2. April 2026 –").
_DATED_DATELINE_REACH = 9


def body_start(doc: Doc, sent: Span) -> int:
    """Where the text of a sentence starts after the dateline that opens it ("WASHINGTON (AP) -",
    "Abuja/Berlin (dpa) -", "Machatschkala –" at a paragraph's start): the token after the
    dateline's dash, else the sentence start. A dateline holds capitalised words, numbers,
    slashes and commas, lower case only in its brackets ("(dpa)"), and is marked as one by
    brackets, a slash, capitals or its place at a paragraph's start ("Selenskyj – der …" is none)."""
    # the stages ask for the same sentences again and again: found once per doc and stretch
    found = doc_cache(doc).setdefault("body_starts", {})
    key = (sent.start, sent.end)
    start = found.get(key)
    if start is None:
        start = found[key] = _find_body_start(doc, sent)
    return start


def _find_body_start(doc: Doc, sent: Span) -> int:
    first = doc[sent.start]
    if not first.text[:1].isupper() or first.lower_ in _words("determiners"):
        return sent.start  # "Port-au-Prince" is capitalised, though not a title
    marked = first.is_upper and len(first) > 1
    in_brackets = False
    for t in range(sent.start + 1, min(sent.end, sent.start + _DATELINE_REACH)):
        token = doc[t]
        if token.text in ("(", ")"):
            in_brackets, marked = token.text == "(", True
        elif token.text in _DATELINE_DASHES and doc[t - 1].whitespace_ and not in_brackets:
            # the paragraph's start marks it too, looked up only here: most sentences have no dash
            marked = marked or paragraph_bounds(doc, sent.start)[0] >= sent.start - 1
            return t + 1 if marked else sent.start
        elif token.text == "/":
            marked = True
        elif not (in_brackets or token.text[:1].isupper() or token.like_num or token.text in ",."):
            return sent.start
    return sent.start


def body_of(doc: Doc, sent: Span) -> Span:
    """The sentence after the dateline that opens it ("KIEW (Reuters) - Die Regierung teilte
    mit …" -> "Die Regierung teilte mit …"), the whole sentence when it has none."""
    start = body_start(doc, sent)
    return sent if start == sent.start else doc[start : sent.end]


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``..``end`` lie in the dateline of their sentence (``body_start``): a place or
    the agency of "KIEW/MOSKAU (AFP) –", which neither acts nor reports."""
    found, firsts = _datelines(doc)
    # datelines lie in different sentences: only the last one opening at or before ``start`` (or
    # the one before it, for an empty span at a sentence's start) can hold the tokens
    k = bisect_right(firsts, start)
    for j in range(max(0, k - 2), k):  # a loop, not any(): asked for most mentions of the doc
        if found[j][0] <= start and end <= found[j][1]:
            return True
    return False


def _datelines(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The datelines of the doc as ``(sentence start, body start)`` in text order, and their
    sentence starts (for bisection); found once per doc."""
    cache = doc_cache(doc)
    if "datelines" not in cache:
        found = []
        if len(doc):
            sentence_of(doc, 0)  # fills the sentence bounds cache read below
        for first, end in zip(*cache.get("sentences", ([], []))):
            if doc[first].text[:1].isupper():  # a dateline opens with a capital: no Span for the others
                start = body_start(doc, Span(doc, first, end))
                if start > first:
                    found.append((first, start))
        cache["datelines"] = (found, [first for first, _ in found])
    return cache["datelines"]


def opens_body(doc: Doc, t: int) -> bool:
    """Token ``t`` opens its sentence, or its text after a dateline ("KIEW (AP) - Im Osten")."""
    if doc[t].is_sent_start:
        return True
    return t > 0 and doc[t - 1].text in _DATELINE_DASHES and body_start(doc, sentence_of(doc, t)) == t


def unmarked_body_start(doc: Doc, sent: Span) -> int:
    """Where a sentence's text starts after a dateline that opens it ("Graz –", "Linz (APA) -",
    "Kiel, 2. April 2026 –"), marked or not: the token after the dateline's dash, else the
    sentence start. A dateline holds capitalised words, numbers, brackets, commas and dots only,
    and no article ("Die Stadt – so heißt es – zahlt" has none)."""
    first = doc[sent.start]
    if not (first.is_title or first.is_upper and len(first) > 1) or first.lower_ in _words("determiners"):
        return sent.start  # a dateline opens with a place, in capitals too ("BERLIN (dpa) -")
    for t in range(sent.start + 1, min(sent.end, sent.start + _DATED_DATELINE_REACH + 1)):
        token = doc[t]
        if token.text == "/" and t + 1 < sent.end and (doc[t + 1].is_title or doc[t + 1].is_upper):
            continue  # "Brüssel/Berlin (dpa) -": a dateline of two places
        if token.text in _words("dateline_marks") and token.text != "(":
            return t + 1 if token.text != "/" else sent.start
        if not (token.is_title or token.is_upper or token.like_num or token.text in ",.()" or token.text[:1].isdigit()):
            if doc[t - 1].text == "(" and t + 1 < sent.end and doc[t + 1].text == ")":
                continue  # the agency in brackets: "Kiew (dpa) -"
            return sent.start
    return sent.start


def is_dateline_party(doc: Doc, party: Span, sent: Span) -> bool:
    """ "Berlin (dpa) -", "Kiew –": a place opening a sentence, followed by a dateline mark or by
    the date of a dateline ("Kiel, 2. April 2026 –"), or the agency in the dateline's brackets
    ("Amstetten (APA) -")."""
    opens = party.start == sent.start or doc[party.start - 1].is_space and "\n" in doc[party.start - 1].text
    if opens and party.end < len(doc) and doc[party.end].text in _words("dateline_marks"):
        return True
    if doc[party.start - 1].text == "/" and party.end < len(doc) and doc[party.end].text in _words("dateline_marks"):
        # "Brüssel/Berlin (dpa) -": every place of a dateline that names two
        return unmarked_body_start(doc, sent) > party.end
    if opens and party.end < len(doc) and doc[party.end].text == "," and unmarked_body_start(doc, sent) > party.end:
        return True
    return (
        sent.start < party.start <= sent.start + _AGENCY_REACH
        and doc[party.start - 1].text == "("
        and party.end + 1 < len(doc)
        and doc[party.end].text == ")"
        and doc[party.end + 1].text in _words("dateline_marks")
    )


def dateline_shaped(doc: Doc, t: int, end: int) -> bool:
    """The word at ``t`` stands as a dateline's words do: right after an opening bracket (its
    agency) or right before a bracket, a slash or a dash ("Sanaa/Dubai (dpa) -": its places);
    ``end`` bounds the clause."""
    return t > 0 and doc[t - 1].text == "(" or t + 1 < end and doc[t + 1].text in {"(", "/"} | _words("dateline_marks")


def bracketed(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``..``end`` stand alone in brackets: the agency of a dateline ("Wien (APA) -"),
    or a short form or a party after a name ("Olaf Scholz (SPD)")."""
    return 0 < start and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"
