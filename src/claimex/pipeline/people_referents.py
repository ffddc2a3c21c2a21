"""A people noun standing for a company ("Der italienische Konkurrent Gru Ferrante hat sein
Angebot erhöht. Die Italiener bieten nun 31 Euro je Aktie"): business news names a foreign
bidder once with an adjective of its country and then by the plural noun of that country's
people. Such a party names the nearest earlier body whose noun phrase carries the matching
adjective ("italienische", "japanischen") or country prefix ("US-Konzern"); a people noun with
no such body before it stays as found ("Die Italiener wählen").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..lang.de import load_table

__all__ = ["company_of_people"]

#: How many tokens before a people noun its company may be named: the lead or the sentence before.
_REACH_TOKENS = 80

#: Umlauts folded, as a people noun may lack the adjective's ("Franzosen", "französische").
_FOLD = str.maketrans("äöü", "aou")

#: How many letters of stem the people noun and the adjective share at least ("ital-ien-er",
#: "ital-ien-ische"): a shorter stem names no country safely.
_SHARED_LETTERS = 4

#: How many words a company's name after its head noun has at most ("Verrerie Saint-Aubin").
_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("role_cues.json")["people_nouns"]


@lru_cache(maxsize=1)
def _country_starts() -> frozenset[str]:
    """The first letters of the countries' names, folded ("ital", "fran", "chin")."""
    countries = load_table("territories_cldr.json")["countries"]
    return frozenset(c.lower().translate(_FOLD)[:_SHARED_LETTERS] for c in countries)


def _of_a_country(noun: str) -> bool:
    """Whether a people noun begins as a country's name does ("Franzosen" ~ "Frankreich",
    "Chinesen" ~ "China"): "Techniker", "Kritiker" and "Politiker" name no country's people."""
    return noun.translate(_FOLD)[:_SHARED_LETTERS] in _country_starts()


@lru_cache(maxsize=None)
def _endings(key: str) -> tuple[str, ...]:
    """The endings of ``people_nouns[key]``, longest first (for ``_stem`` and ``str.endswith``)."""
    return tuple(sorted(_table()[key], key=len, reverse=True))


def _stem(word: str, endings: Sequence[str]) -> str:
    """``word`` without its longest ending of ``endings`` (longest first), umlauts folded
    ("französische" -> "franzos")."""
    for ending in endings:
        if word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word.translate(_FOLD)


def _matches(noun: str, word: str) -> bool:
    """Whether ``word`` (lower-case) of a noun phrase names the country of the people ``noun``:
    an adjective whose stem and the noun's stem begin alike ("schwed-ische", "Schwed-en"; not
    "Schweiz-er"), or a country prefix of the data ("us-konzern" for "amerikaner")."""
    table = _table()
    if word.endswith(_endings("adjective_endings")):
        a, b = _stem(noun, _endings("noun_endings")), _stem(word, _endings("adjective_endings"))
        shorter = min(a, b, key=len)
        return len(shorter) >= _SHARED_LETTERS and a.startswith(shorter) and b.startswith(shorter)
    prefix = word.split("-", 1)[0]
    return "-" in word and prefix in table["country_prefixes"].get(noun, ())


def _name_after(doc: Doc, head: int, end: int) -> Optional[Span]:
    """The name in apposition after the head noun at ``head`` ("Konkurrenten Hokuto Rubber"):
    the capitalised words right after it, a few at most, or None ("die italienische Regierung")."""
    last = head + 1
    while last < end and last - head <= _NAME_WORDS and doc[last].text[:1].isupper():
        last += 1
    return doc[head + 1 : last] if last > head + 1 else None


def company_of_people(doc: Doc, party: Span) -> Optional[Span]:
    """The body a definite plural noun of a country's people stands for ("Die Italiener", "den Japanern"): the
    name after the nearest earlier noun its country's adjective or prefix qualifies, or None."""
    if len(party) != 1 or not party[0].is_title or party.start == 0:
        return None
    table = _table()
    noun = party[0].lower_
    if (
        doc[party.start - 1].lower_ not in table["articles"]
        or not noun.endswith(_endings("noun_endings"))
        or not _of_a_country(noun)
    ):
        return None
    for j in range(party.start - 2, max(0, party.start - _REACH_TOKENS) - 1, -1):
        word = doc[j].lower_
        if not _matches(noun, word):
            continue
        # "der italienische Konzern Ferrante" (adjective, head), "der US-Konzern Meridian" (head)
        head = j + 1 if doc[j].is_lower else j
        if head >= party.start or not doc[head].text[:1].isupper():
            return None
        return _name_after(doc, head, party.start)
    return None
