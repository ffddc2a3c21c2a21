"""Market quotes: the prices the market sets, which no speaker of the paragraph asserts.

A report on a company or a currency closes with the market's answer: "Die Aktie fiel im frühen
Handel um vier Prozent auf 98,40 Euro", "Der Euro notierte am Nachmittag bei 1,0845 Dollar",
"Ein Barrel Brent kostete 82,15 Dollar". The price is the market's, not a figure of the
statement the paragraph quotes ("…, teilte das Unternehmen mit"), so it takes no source from
its paragraph; a source its own sentence names ("laut Händlern") still counts. A price per
share someone offers or pays ("32,50 Euro je Aktie") is no quote.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..extensions import lowers_of
from ..lang.de import load_table
from ..lang.de import words as _words
from .role_phrases import amount_clause

__all__ = ["market_quote"]


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_table("market_quotes.json").items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def _particle_verbs() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_table("market_quotes.json")["particle_quote_verbs"].items()}


def _quotes(lowers: list[str], start: int, end: int) -> bool:
    """Whether the clause ``start``..``end`` holds a verb of quotation, a particle verb with its particle."""
    verbs, particles = _table()["quote_verbs"], _particle_verbs()
    for t in range(start, end):
        if lowers[t] in verbs:
            return True
        wanted = particles.get(lowers[t])
        if wanted and not wanted.isdisjoint(lowers[t + 1 : end]):
            return True
    return False


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(_table()["traded_heads"])


def market_quote(doc: Doc, sent: Span, amount: Span) -> bool:
    """Whether ``amount`` (in ``sent``) is a market quote: its clause holds a verb of quotation
    or price movement and a traded noun outside the amount ("Die Aktie", "der Euro" after a
    determiner, "Ein Barrel"), not one after "je"/"pro" ("32,50 Euro je Aktie")."""
    table = _table()
    start, end = amount_clause(doc, sent, amount)
    lowers = lowers_of(doc)
    if not _quotes(lowers, start, end):
        return False
    determiners = _words("determiners")
    for t in range(start, end):
        if amount.start <= t < amount.end:
            continue
        word = lowers[t]
        traded = word in table["traded"] or word.endswith(_heads())
        currency = word in table["quoted_currencies"] and t > start and lowers[t - 1] in determiners
        if not (traded or currency) or not doc[t].text[:1].isupper():
            continue
        if t > start and lowers[t - 1] in table["per_words"]:
            continue  # "32,50 Euro je Aktie": a price offered or paid per share
        return True
    return False
