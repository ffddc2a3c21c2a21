"""Does a text look German? A cheap check before German rules read it.

claimex reads German only; run on English, its grammar misreads what it finds. The check counts
German and English function words among the words of a text (lists and thresholds in
``lang/de/data/language_check.json``): German prose has at least a fifth of its words there,
English almost none. :func:`warn_if_not_german` turns a doubtful text into a coded warning
(``[W004]``, :class:`~claimex.errors.NotGermanWarning`); extraction goes on.

>>> guess_language("Bei dem Unglück kamen am Sonntag zwölf Menschen ums Leben, wie die Polizei mitteilte.").looks_german
True
>>> guess_language("Twelve people were killed on Sunday when the bridge collapsed, the police said in a statement.").looks_german
False
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .errors import NotGermanWarning, Warnings
from .lang.de import load_table

__all__ = ["LanguageGuess", "guess_language", "warn_if_not_german"]

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    table = load_table("language_check.json")
    return {**table, "german": frozenset(table["german"]), "english": frozenset(table["english"])}


@dataclass(frozen=True)
class LanguageGuess:
    """What the check saw: ``words`` read, and the shares of German and English function words."""

    words: int
    german: float
    english: float

    @property
    def looks_german(self) -> bool:
        """False for a text long enough to judge that is not German prose; short texts pass."""
        t = _table()
        if self.words < t["min_words"]:
            return True
        if self.german < t["german_share_floor"]:
            return False
        return not (self.german < t["min_german_share"] and self.english > self.german)


def guess_language(text: str) -> LanguageGuess:
    """Count function words in (the start of) ``text``."""
    t = _table()
    words = [w.lower() for w in _WORD.findall(text[: t["sample_chars"]])]
    n = len(words)
    if not n:
        return LanguageGuess(0, 0.0, 0.0)
    german = sum(w in t["german"] for w in words)
    english = sum(w in t["english"] for w in words)
    return LanguageGuess(n, german / n, english / n)


def warn_if_not_german(text: str, *, stacklevel: int = 2) -> bool:
    """Warn ``[W004]`` (a :class:`NotGermanWarning`) when ``text`` does not look German.

    RETURNS (bool): whether it looks German.
    """
    found = guess_language(text)
    if found.looks_german:
        return True
    begins = text.strip()[:40]
    warnings.warn(
        Warnings.W004.format(words=found.words, german=found.german, english=found.english, begins=begins),
        NotGermanWarning,
        stacklevel=stacklevel + 1,
    )
    return False
