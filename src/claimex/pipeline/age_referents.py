"""An age noun standing for a person the text named: "Das Gericht verurteilte Markus Hollerer …
Außerdem muss der 58-Jährige 180.000 Euro zahlen", ", sagte der 72-Jährige". News names a
person once and then by age; the contract prefers the name. The age noun names the person
whose name the text gave with that age in brackets ("Markus Hollerer (58)"), else the person
named nearest before it whose given name has the age noun's gender ("der 58-Jährige" is a man,
"die 58-Jährige" a woman), not one given another age. Without a known gender on both sides the
age noun stays as written: reports name the accused by age alone as often as by name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from ..extensions import sentence_of
from ..lang.de import load_table
from .mentions import MENTIONS_KEY, mention_is_name, mention_table

__all__ = ["age_of", "is_age_word", "person_of_age_noun", "whole_age_noun"]

#: How many tokens before an age noun its person may be named (a few paragraphs of a report).
_REACH_TOKENS = 400


def is_age_word(text: str) -> bool:
    """The noun part of a split age compound ("Jährige" of "58-Jährige", "Jähriger")."""
    return text.startswith("Jährig")


def age_of(party: Span) -> Optional[str]:
    """The age an age noun gives ("58" of "der 58-Jährige", "58-Jähriger"), or None for any other
    party. The tokenizer splits the word in three ("58", "-", "Jährige"); ``party`` may hold the
    last part only."""
    doc, end = party.doc, party.end
    if not is_age_word(party[-1].text) or end < 3:
        return None
    if doc[end - 2].text != "-" or not doc[end - 3].text.isdigit() or doc[end - 3].whitespace_ or doc[end - 2].whitespace_:
        return None
    return doc[end - 3].text


def whole_age_noun(span: Optional[Span]) -> Optional[Span]:
    """``span`` widened to the whole age compound when it starts inside one ("Jährige" of
    "58-Jährige" -> "58-Jährige"): a role is never cut inside a word."""
    if span is None or span.start < 2 or not is_age_word(span[0].text):
        return span
    doc = span.doc
    if doc[span.start - 1].text == "-" and doc[span.start - 2].text.isdigit() and not doc[span.start - 2].whitespace_:
        return Span(doc, span.start - 2, span.end, label=span.label_)
    return span


def _credit_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands in a line of a few words with no lower-case word but a
    preposition: a photo credit or byline ("Foto: Heute/Daniel Scharinger", "Von Manuela Eder"),
    whose people are no one the report tells of."""
    sent = sentence_of(doc, i)
    return len(sent) <= _CREDIT_TOKENS and not any(t.is_lower and t.is_alpha and len(t) > 3 for t in sent)


#: How many tokens a credit line or byline has at most.
_CREDIT_TOKENS = 8


def _bracketed_age(doc: Doc, end: int) -> Optional[str]:
    """The age in brackets right after a name ending at ``end`` ("Hollerer (58)"), or None."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].text.isdigit() and doc[end + 2].text == ")":
        return doc[end + 1].text
    return None


#: The gender an article before an age noun gives it, by the noun's ending.
#: Only definite ones: "ein 19-Jähriger" brings in someone new.
_GENDERS = {
    "jährige": {"der": "m", "die": "f"},
    "jährigen": {"dem": "m", "des": "m"},
}


def _age_gender(doc: Doc, party: Span) -> Optional[str]:
    """ "m" or "f" for an age noun whose article and ending tell one ("der 58-Jährige", "die
    72-Jährige", "dem 61-Jährigen"), else None."""
    by_article = _GENDERS.get(party[-1].lower_)
    if by_article is None:
        return None
    k = party.end - 4  # the article before "58", "-", "Jährige"
    article = doc[k].lower_ if k >= 0 and doc[k].is_alpha else ""
    return by_article.get(article)


def _name_gender(doc: Doc, mention: Span, earlier: dict[str, str]) -> Optional[str]:
    """The gender of a person's name by its given name ("Markus Hollerer"), or by the given name
    an earlier mention gave the same surname ("Hollerer" after "Markus Hollerer")."""
    known = _given_gender(mention)
    return known if known is not None else earlier.get(mention[-1].text)


def _given_gender(mention: Span) -> Optional[str]:
    """The gender of the first given name in a name ("Unternehmer Klaus Reiter" -> "m"), if any."""
    genders = _given_name_genders()
    return next((genders[t.text] for t in mention[:-1] if t.text in genders), None)


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    names = load_table("given_names.json")
    return {**{n: "f" for n in names["female"]}, **{n: "m" for n in names["male"]}}


def person_of_age_noun(doc: Doc, party: Span) -> Optional[Span]:
    """The person's name the age noun ``party`` stands for: the nearest earlier name given with
    the same age in brackets, else the nearest earlier person's name given no other age; None
    when ``party`` is no age noun or no person was named before it."""
    age = age_of(party)
    if age is None or MENTIONS_KEY not in doc.spans:
        return None
    group = doc.spans[MENTIONS_KEY]
    table, _ = mention_table(doc)
    people = [
        group[k]
        for k, (start, end, kind) in enumerate(table)
        if kind == "person" and end <= party.start and start >= party.start - _REACH_TOKENS and mention_is_name(group[k])
        and not _credit_line(doc, start)
    ]
    for mention in reversed(people):
        if _bracketed_age(doc, mention.end) == age:
            return mention
    gender = _age_gender(doc, party)
    if gender is None:
        return None
    # surnames by the gender of the given name they came with first ("Markus Hollerer")
    earlier = {m[-1].text: g for m in people if (g := _given_gender(m)) is not None}
    for mention in reversed(people):
        if _bracketed_age(doc, mention.end) is None and _name_gender(doc, mention, earlier) == gender:
            return mention
    return None
