"""The medium an impersonal report names: "In lokalen Medien war von 30 Toten die Rede",
"Im Staatsfernsehen hieß es, …". Such a sentence has no speaking subject; the medium or body
after "in" is where the claim was asserted, so it is the source (CLAIMS.md: "Prefer the name
…, else the noun phrase")."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional, Sequence

from spacy.tokens import Doc, Span

from ..lang.de import load_table
from ..lang.de import words as _words

__all__ = ["medium_source"]

# lower-case adjectives between the preposition's article and the medium ("in lokalen Medien")
_ADJECTIVES = 2


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_table("attribution_cues.json")["impersonal_reports"].items()}


def _impersonal(lowers: Sequence[str], start: int, end: int) -> bool:
    """Whether the sentence reports without a speaker: "hieß es", "heißt es", "war … die Rede"."""
    cues = _cues()
    verbs, nouns = cues["verbs"], cues["nouns"]
    for t in range(start, end - 1):
        if lowers[t] in verbs and lowers[t + 1] == "es":
            return True
        if lowers[t] == "die" and lowers[t + 1] in nouns:
            return True
    return False


def medium_source(
    doc: Doc, sent: Span, amount: Span, lowers: Sequence[str], is_source: Callable[[str], bool]
) -> Optional[Span]:
    """The medium or body after "in"/"im" in a sentence that reports impersonally, before the
    amount ("In Medienberichten hieß es, der Schaden belaufe sich auf 40 Millionen"), or None.
    ``is_source``: whether a lower-case noun can assert a claim."""
    if not _impersonal(lowers, sent.start, sent.end):
        return None
    prepositions = _cues()["prepositions"]
    determiners = _words("determiners")
    for t in range(sent.start, amount.start):
        if lowers[t] not in prepositions:
            continue
        k = t + 1
        if k < amount.start and lowers[k] in determiners:
            k += 1
        first = k
        while k < amount.start and k - first < _ADJECTIVES and doc[k].is_lower and doc[k].is_alpha:
            k += 1
        if k < amount.start and doc[k].text[:1].isupper() and is_source(lowers[k]):
            return doc[first : k + 1]
    return None
