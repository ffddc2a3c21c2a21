"""Read grammatical relations from a ``claimex_parser`` parse (UD German labels).

The role rules ask a few questions of the parse: which verb governs an amount, what its
subject is, which dative object or "an"/"für" phrase it has, who the agent of a passive is.
Each answer is a token index (the head of the phrase) or None, and None also when the sentence
was not parsed, so every caller keeps its token-window rule as the fallback.
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

__all__ = [
    "is_parsed",
    "governing_verb",
    "subject_of",
    "dative_object_of",
    "prepositional_objects",
    "passive_agent_of",
    "is_passive",
]

_VERBS = ("VERB", "AUX")
_SUBJECTS = ("nsubj",)
#: Relations by which a noun phrase hangs off a verb or a noun (UD German GSD names).
_ARGUMENTS = ("obj", "iobj", "obl", "obl:arg", "nmod")
#: Relations a verb has to the verb it is part of, whose subject it shares.
_SHARED_SUBJECT = ("conj", "xcomp")
#: Nominal relations an amount's head may have on the way up to its verb.
_NOMINAL_LINKS = ("nummod", "nmod", "obj", "obl", "obl:arg", "iobj", "nsubj", "nsubj:pass", "appos", "flat", "compound", "conj")


def is_parsed(doc: Doc, i: int) -> bool:
    """Whether token ``i`` carries a parse (``claimex_parser`` parsed its sentence)."""
    return bool(doc[i].dep_)


def _head_of(span: Span) -> Token:
    """The token of ``span`` whose head lies outside it (the first such token)."""
    for t in span:
        if not (span.start <= t.head.i < span.end) or t.head.i == t.i:
            return t
    return span[-1]


def governing_verb(doc: Doc, span: Span) -> Optional[int]:
    """The verb an amount or noun phrase belongs to: up its heads through nominal relations to
    the first verb ("zahlte ... 5 Millionen Euro" -> "zahlte"); None if unparsed or no verb."""
    if not span or not is_parsed(doc, span.start):
        return None
    t = _head_of(span)
    for _ in range(8):
        if t.pos_ in _VERBS and t.i not in range(span.start, span.end):
            return t.i
        if t.head.i == t.i or t.dep_ not in _NOMINAL_LINKS and t.pos_ not in _VERBS:
            return t.i if t.pos_ in _VERBS and t.i not in range(span.start, span.end) else None
        t = t.head
    return None


def subject_of(doc: Doc, verb: int) -> Optional[int]:
    """The active subject of the verb at ``verb``, or of the verb it is coordinated with or
    depends on ("erhielt eine Strafe und muss zahlen", "will zahlen")."""
    if not is_parsed(doc, verb):
        return None
    t = doc[verb]
    for _ in range(3):
        found = next((c.i for c in t.children if c.dep_ in _SUBJECTS and _may_be_nominative(c)), None)
        if found is not None:
            return found
        if t.dep_ not in _SHARED_SUBJECT or t.head.i == t.i:
            return None
        t = t.head
    return None


def _may_be_nominative(token: Token) -> bool:
    """A subject the morphology does not rule out: no case, or nominative among its cases
    ("dem Unternehmen" labelled a subject is a dative object the parser misread)."""
    for word in [token] + [c for c in token.children if c.dep_ == "det"]:
        cases = word.morph.get("Case")
        if cases and "Nom" not in cases:
            return False  # the noun or its article ("dem FC Uster") says otherwise
    return True


def _after_preposition(doc: Doc, token: Token) -> bool:
    """The phrase of ``token`` opens with a preposition or follows one the parse did not attach
    as its case marker ("beim Parlament", "im Kartell")."""
    left = token.left_edge.i
    return doc[left].pos_ == "ADP" or left > 0 and doc[left - 1].pos_ == "ADP"


def is_passive(doc: Doc, verb: int) -> bool:
    """A passive verb: a passive auxiliary or subject hangs off it."""
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in doc[verb].children)


def _case_word(token: Token) -> str:
    """The lower-case preposition of a noun phrase ("an die Ukraine" -> "an"), or ""."""
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


def _has_case(token: Token, case: str) -> bool:
    return case in token.morph.get("Case")


def dative_object_of(doc: Doc, verb: int) -> Optional[int]:
    """A bare dative argument of the verb ("zahlte dem Verein"), no preposition before it."""
    if not is_parsed(doc, verb):
        return None
    for c in doc[verb].children:
        if (
            c.dep_ in ("iobj", "obl:arg", "obj", "obl")
            and not _case_word(c)
            and c.pos_ in ("NOUN", "PROPN", "PRON")
            and not _after_preposition(doc, c)
        ):
            if _has_case(c, "Dat") or any(_has_case(d, "Dat") for d in c.children if d.dep_ == "det"):
                return c.i
    return None


def prepositional_objects(
    doc: Doc, heads: Iterable[int], prepositions: frozenset[str] | set[str], accusative_only: Iterable[str] = ()
) -> list[int]:
    """Noun phrases after one of ``prepositions`` that hang off any of ``heads`` (a verb, an
    amount); after a word in ``accusative_only`` only an accusative counts ("an die Tafeln", not
    the place "an der Börse")."""
    found = []
    two_way = set(accusative_only)
    for h in heads:
        if h is None or not is_parsed(doc, h):
            continue
        for c in doc[h].children:
            word = _case_word(c)
            if c.dep_ in _ARGUMENTS and word in prepositions and not (word in two_way and not _has_case(c, "Acc")):
                found.append(c.i)
    return found


def passive_agent_of(doc: Doc, verb: int, prepositions: Iterable[str]) -> Optional[int]:
    """Who did it in a passive ("von Rebellen getötet", "durch Drohnen verletzt"): the ``obl:agent``
    or an ``obl`` after one of ``prepositions`` of the verb."""
    if not is_parsed(doc, verb):
        return None
    preps = set(prepositions)
    for c in doc[verb].children:
        if c.dep_ == "obl:agent" or c.dep_ == "obl" and _case_word(c) in preps:
            return c.i
    return None
