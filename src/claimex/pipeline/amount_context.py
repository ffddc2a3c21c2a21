"""Money amounts read in the context of the other amounts of a doc.

After :mod:`claimex.pipeline.amounts` has found every number expression, these passes settle
what one amount says about another: money written without a currency takes the currency of
the money beside it (along a chain of sentences of a paragraph), a conversion in brackets
restates the amount before it, and a bare "Dollar" or "Won" takes the country its sentence
names.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from decimal import Decimal
from itertools import chain, takewhile
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import AMOUNTS_KEY, amount_of, lowers_of, sentence_of, sentence_start, set_amount
from ..lang.de import GermanData, german
from ..lang.de import words as _words

_ASIDE_ENDS = {")", ";", ","}
_ASIDE_LABEL = 5  # tokens a label may take between the bracket and the number: "(i. V.", "(Vorjahr:"
_SAME_ORDER = 100  # numbers whose ratio is at most this share a scale
_DISTRIBUTED_REACH = 12  # tokens from money to a "je" amount that shares its unit
_LEAD_REACH = 200  # tokens from money before any currency to the first money with one
_RATE_GAP = 3  # words between "ein Euro" and the price that makes it an exchange rate: "kostete"

__all__ = [
    "borrow_currencies",
    "context_currency",
    "mark_conversions",
    "mark_exchange_units",
    "noun_follows",
    "qualified_unit",
    "same_order",
    "scale_followers",
]


def same_order(a: Decimal, b: Decimal) -> bool:
    """Two numbers close enough to share one scale word: "von acht auf elf Milliarden", but
    not "von 800 auf 1,2 Milliarden" (nobody means 800 billion)."""
    return bool(a and b) and max(a, b) / min(a, b) <= _SAME_ORDER


def noun_follows(doc: Doc, end: int) -> bool:
    """A noun (optionally after one adjective) right after an amount: "1,5 Millionen Einwohner"."""
    if end >= len(doc):
        return False
    if doc[end].is_title and not doc[end].is_sent_start:
        # a capitalised function word opens a sentence the sentencizer ran on through ("Die
        # Kosten betragen 2 Mrd. Die Hälfte zahlt der Bund"): no noun of the amount
        return doc[end].lower_ not in _words("sentence_openers")
    return (
        doc[end].is_lower
        and doc[end].lower_.endswith(german().adjective_endings)
        and end + 1 < len(doc)
        and doc[end + 1].is_title
    )


def _has_currency(span: Span) -> bool:
    """Whether the amount ``span`` is money with its currency."""
    amount = amount_of(span)
    return amount is not None and amount.kind == "money" and bool(amount.unit)


def _nearest_in(sent: Span, span: Span, money: Iterable[Span]) -> Optional[Span]:
    """Of ``money``, the one in ``sent`` nearest to ``span`` (the earlier of two as near), or None."""
    near = [m for m in money if sent.start <= m.start < sent.end]
    return min(near, key=lambda m: abs(m.start - span.start)) if near else None


def borrow_currencies(doc: Doc, spans: list[Span]) -> None:
    """Money written without its currency takes the currency of the money beside it.

    "nach 265 Millionen im Vorjahr", "Frankreich mit 9,9 Milliarden und Italien mit 4,4
    Milliarden Euro": a scaled number with no noun after it is money in the currency of the
    nearest money amount of its sentence (else of the sentence before). Money without a
    currency ("3,2 Milliarden Schulden") reaches further back: to the last money before it in
    its paragraph, and that money may have borrowed its own currency, so a currency carries
    over a chain of sentences. A bare number joined to the money after it ("von 0,82 auf
    0,95 Euro") shares its unit already, in the recognizer. Money before any money with a
    currency (a headline: "Streiks kosten Hanseflug 210 Millionen") takes the currency of the
    first money written after it, when that follows soon.
    """
    if not any(_has_currency(s) for s in spans):
        return
    breaks: Optional[list[int]] = None  # paragraph breaks, found when first needed
    money: list[Span] = []  # money with a currency so far, borrowed ones included
    for i, span in enumerate(spans):
        amount = amount_of(span)
        if amount.kind == "money" and amount.unit:
            money.append(span)
            continue
        if amount.kind not in {"count", "money"}:
            continue
        if amount.kind != "money" and (not amount.scaled or noun_follows(doc, span.end)):
            continue
        sent = sentence_of(doc, span.start)
        later = takewhile(lambda m, end=sent.end: m.start < end, spans[i + 1 :])
        source = _nearest_in(sent, span, chain(money, (m for m in later if amount_of(m).unit)))
        if source is None and sent.start > 0:
            source = _nearest_in(sentence_of(doc, sent.start - 1), span, money)
        if source is None and amount.kind == "money" and money:
            if breaks is None:
                breaks = [i for i, w in enumerate(lowers_of(doc)) if "\n" in w and doc[i].is_space]
            last = money[-1]
            if bisect_left(breaks, last.end) == bisect_left(breaks, span.start):  # same paragraph
                source = last
        if source is None and amount.kind == "money" and not money:
            # a headline or lead before any money with a currency: "Streiks kosten Hanseflug 210
            # Millionen" takes the currency of the first money the text goes on to write
            first = next((m for m in spans[i + 1 :] if _has_currency(m)), None)
            if first is not None and first.start - span.end <= _LEAD_REACH:
                source = first
        if source is not None:
            set_amount(span, replace(amount, kind="money", unit=amount_of(source).unit, currency_from="context"))
            span.label_ = "money"
            money.append(span)


def context_currency(doc: Doc, span: Span) -> Optional[str]:
    """The currency a stage that reads ``span`` as money (a learned claim type, where the
    recognizer saw a bare count: "die Schwiegertochter 30.000") gives it: that of the nearest
    money with a currency in its sentence, else the last one before it in the doc, else the
    first one after it; None in a doc that names no currency."""
    spans = doc.spans[AMOUNTS_KEY] if AMOUNTS_KEY in doc.spans else ()
    money = [m for m in spans if _has_currency(m)]
    if not money:
        return None
    near = _nearest_in(sentence_of(doc, span.start), span, money)
    if near is not None:
        return amount_of(near).unit
    before = [m for m in money if m.start < span.start]
    return amount_of(before[-1] if before else money[0]).unit


def scale_followers(data: GermanData, doc: Doc, lowers: Sequence[str], spans: list[Span]) -> None:
    """A bare number right after money, in brackets or joined to it, is money of its scale and currency.

    "212 Mio. Franken (Vorjahr: 184)", "4,1 Milliarden Euro (2023: 3,8)", "4,2 Milliarden
    Franken nach 3,9 im Vorjahr", "von 5 Millionen Euro auf 3": the money writes its scale and
    currency once for both — the mirror of what the recognizer reads when they are written
    after the second number ("212 (Vorjahr: 18,4) Millionen Franken", "14 statt sechs
    Millionen Euro"). Only numbers of one order share a scale, as in the recognizer."""
    money: Optional[Span] = None
    for span in spans:
        amount = amount_of(span)
        if amount.kind == "money" and amount.unit:
            money = span
            continue
        if money is None or amount.kind != "count" or amount.scaled or amount.vague or not amount.low:
            continue
        if not (
            _in_aside_after(doc, spans, money, span)
            or _joined_after(data, doc, lowers, money, span)
            or _distributed_after(doc, lowers, money, span)
        ):
            continue
        scale = max((data.scales.get(t.lower_, 1) for t in money), default=1)
        given = amount_of(money)
        written = given.low if given.low is not None else given.high
        if not written or not same_order(written / scale, amount.low):
            continue
        scaled = replace(
            amount,
            kind="money",
            low=amount.low * scale,
            high=None if amount.high is None else amount.high * scale,
            unit=given.unit,
            scaled=scale != 1,
            currency_from="context",
        )
        set_amount(span, scaled)
        span.label_ = "money"


def _in_aside_after(doc: Doc, spans: list[Span], money: Span, span: Span) -> bool:
    """ "(Vorjahr: 184)", "(2023: 3,8)", "(i. V. 9,5)" right after the money."""
    opened = money.end
    return (
        doc[opened].text == "("
        and span.start - opened <= _ASIDE_LABEL
        and span.end < len(doc)
        and doc[span.end].text in _ASIDE_ENDS
        and all(s.label_ == "year" for s in spans if opened < s.start < span.start)
    )


def _joined_after(data: GermanData, doc: Doc, lowers: Sequence[str], money: Span, span: Span) -> bool:
    """ "nach 3,9 im Vorjahr", "auf 3": a shared-unit joiner between the money and a number
    that counts no noun. A coordinator alone ("5 Mio. Euro und 3 wurden verletzt") may join a
    new clause, so it is not enough here."""
    between = lowers[money.end : span.start]
    return (
        0 < len(between) <= _ASIDE_LABEL
        and any(w in data.shared_unit_joiners and w not in data.clause_joiners for w in between)
        and all(w in data.shared_unit_joiners or w in data.shared_unit_fillers for w in between)
        and not noun_follows(doc, span.end)
    )


def _distributed_after(doc: Doc, lowers: Sequence[str], money: Span, span: Span) -> bool:
    """ "Die Witwe erhält 60000 Euro, die beiden Verletzten je 25000": a number after "je" or
    "jeweils" that counts no noun, in the sentence of the money, shares out money too."""
    return (
        span.start > 0
        and lowers[span.start - 1] in _words("distributives")
        and span.start - money.end <= _DISTRIBUTED_REACH
        and sentence_start(doc, span.start) <= money.start
        and not noun_follows(doc, span.end)
    )


def mark_conversions(lowers: Sequence[str], spans: list[Span]) -> None:
    """ "mindestens 38 Mio. Franken (rund 40 Mio. Euro)": the conversion restates the amount
    before it, so it keeps that amount's bound (CLAIMS.md); the relation stage keeps its hedge."""
    for before, span in zip(spans, spans[1:], strict=False):
        a, b = amount_of(before), amount_of(span)
        between = lowers[before.end : span.start]
        if not (a.kind == b.kind == "money" and a.unit and b.unit and a.unit != b.unit):
            continue
        # "(rund 40 Mio. Euro)", "zahlen, umgerechnet rund 16 Mio. Euro"
        if len(between) > 3 or not ({"(", "umgerechnet"} & set(between)):
            continue
        low = None if a.low is None else b.low
        high = None if a.high is None else b.high
        set_amount(span, replace(b, low=low if low is not None or high is not None else b.low, high=high, restates=True))


def mark_exchange_units(spans: list[Span]) -> None:
    """ "Ein Euro kostete 1,08 Dollar": one unit of a currency priced in another is the unit of
    an exchange rate, no amount of money (the price is the claim, CLAIMS.md); "einen Euro pro
    Liter" stays money."""
    for span, after in zip(spans, spans[1:], strict=False):
        a, b = amount_of(span), amount_of(after)
        if (
            a.kind == b.kind == "money"
            and a.article
            and a.unit
            and b.unit
            and a.unit != b.unit
            and after.start - span.end <= _RATE_GAP
        ):
            set_amount(span, replace(a, kind="other"))
            span.label_ = "other"


def qualified_unit(
    data: GermanData, doc: Doc, lowers: Sequence[str], start: int, end: int, unit: Optional[str]
) -> Optional[str]:
    """A bare "Won" or "Dollar" takes the country its sentence names ("nordkoreanische")."""
    for name, options in data.currency_qualified.items():
        if name not in lowers[start:end]:
            continue
        sent = sentence_of(doc, start)
        for t in range(sent.start, sent.end):
            for stem, code in options.items():
                if lowers[t].startswith(stem) and not start <= t < end:
                    return code
    return unit
