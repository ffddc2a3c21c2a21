"""``claimex_amounts``: every German number expression as a span with its normalised value.

Writes ``doc.spans["claimex_amounts"]``; each span carries ``span._.amount`` (an
:class:`~claimex.numbers.amount.Amount`). The grammar, read left to right:

    [approximator | bound | "zwischen" | "von"]* [currency] NUMBER [scale]* [currency]
        ( connector [bound] [currency] NUMBER [scale]* [currency] )?

NUMBER is digits in German, Swiss or English format, a number word, a fraction ("dreieinhalb",
"eine halbe"), a vague plural ("Hunderte") or a vague quantifier with a scale ("mehrere
Tausend"). A range writes its scale and currency once ("20 bis 30 Millionen Euro"). Every
expression also gets a kind (money, count, year, date, time, age, percent, other) so that
later stages can reject what is no claim. All words come from ``lang/de/data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import AMOUNTS_KEY, doc_cache, install_extensions, sentence_of
from ..lang.de import GermanData, german
from ..lang.de import words as _words
from ..numbers.amount import Amount
from ..numbers.parse import parse_number_word, parse_numeral

__all__ = ["AmountRecognizer", "make_amount_recognizer"]

_DIGIT_START = re.compile(r"^\d")
_DATE_TOKEN = re.compile(r"^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})?$")
_CLOCK_TOKEN = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_SCORE_TOKEN = re.compile(r"^\d{1,2}:\d$")
_DASHES = {"-", "–", "—"}
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


@dataclass
class _Core:
    """One number with its scale and currency, as parsed from ``start`` to ``end`` (tokens)."""

    start: int
    end: int
    raw: Decimal  # the number before scales
    value: Decimal  # after scales
    scaled: bool
    currency: Optional[str]
    named_currency: bool  # a currency was written (unit may still be None: "Kronen")
    vague: bool
    article: bool
    special: Optional[str] = None  # "date" or "time" read off the token's shape


@dataclass
class _Prefix:
    end: int
    approximate: bool = False
    bound: Optional[str] = None  # "lower" | "upper"
    opener: Optional[str] = None  # "zwischen" | "von"
    opener_at: int = -1


class AmountRecognizer:
    """Finds and normalises number expressions; see the module docstring."""

    def __init__(self, data: Optional[GermanData] = None):
        install_extensions()
        self.data = data or german()

    # -- pieces -----------------------------------------------------------------------

    def _prefix(self, lowers: Sequence[str], i: int) -> _Prefix:
        d = self.data
        pre = _Prefix(end=i)
        for _ in range(4):
            j = pre.end
            if j >= len(lowers):
                break
            if m := d.approximators.match(lowers, j):
                pre.approximate, pre.end = True, j + m[0]
            elif m := d.lower_bounds.match(lowers, j):
                pre.bound, pre.end = "lower", j + m[0]
            elif m := d.upper_bounds.match(lowers, j):
                pre.bound, pre.end = "upper", j + m[0]
            elif lowers[j] in d.range_openers and pre.opener is None:
                pre.opener, pre.opener_at, pre.end = lowers[j], j, j + 1
            else:
                break
        return pre

    def _currency_at(self, doc: Doc, lowers: Sequence[str], k: int) -> Optional[tuple[int, Optional[str]]]:
        """A currency written at token ``k``: (tokens used, ISO code or None)."""
        if k >= len(doc):
            return None
        d = self.data
        text = doc[k].text
        if text in d.currency_symbols:
            return 1, d.currency_symbols[text]
        found = d.currency_names.match(lowers, k)
        if found and found[1] is not None:
            return found
        codes = d.currency_bare.get(lowers[k])
        if codes:
            # "Dirham", "Kronen": one code, or the one of a country the text names
            if len(codes) == 1:
                return 1, codes[0]
            named = self._doc_currencies(doc, lowers)
            return 1, next((c for c in codes if c in named), None)
        return found

    def _doc_currencies(self, doc: Doc, lowers: Sequence[str]) -> set[str]:
        """The currencies of the countries a doc names (cached beside the doc)."""
        key = "doc_currencies"
        cache = doc_cache(doc)
        if key not in cache:
            codes = set()
            for i, t in enumerate(doc):
                if t.is_title or t.is_upper:
                    m = self.data.territory_currency.match(lowers, i)
                    if m:
                        codes.add(m[1])
            cache[key] = codes
        return cache[key]

    def _number(
        self, doc: Doc, lowers: Sequence[str], j: int
    ) -> Optional[tuple[int, Decimal, bool, bool, Optional[str]]]:
        """The number proper at ``j``: (end, value, vague, article, special shape) or None."""
        d = self.data
        token = doc[j]
        text = token.text
        if _DIGIT_START.match(text):
            if _DATE_TOKEN.match(text):
                return j + 1, Decimal(0), False, False, "date"
            if (
                re.fullmatch(r"\d{1,2}\.\d{1,2}", text)
                and j + 1 < len(doc)
                and doc[j + 1].text == "."
                and not token.whitespace_
                and 1 <= int(text.split(".")[0]) <= 31
                and 1 <= int(text.split(".")[1]) <= 12
            ):
                return j + 2, Decimal(0), False, False, "date"  # "am 24.11."
            if (
                re.fullmatch(r"\d{4}", text)
                and j + 4 < len(doc)
                and all(not doc[k].whitespace_ for k in range(j, j + 4))
                and doc[j + 1].text == doc[j + 3].text == "-"
                and re.fullmatch(r"\d{2}", doc[j + 2].text)
                and re.fullmatch(r"\d{2}", doc[j + 4].text)
            ):
                return j + 5, Decimal(0), False, False, "date"  # ISO 8601: 2025-09-18
            clock = _CLOCK_TOKEN.match(text)
            if clock and ":" in text:
                special = "time" if int(clock.group(1)) <= 24 and len(clock.group(2)) == 2 else "other"
                return j + 1, Decimal(0), False, False, special
            if ":" in text:
                return j + 1, Decimal(0), False, False, "other"  # a score: "3:1"
            if len(text) > 1 and text[0] == "0" and text[1].isdigit():
                return j + 1, Decimal(0), False, False, "other"  # a phone number or code: "0800"
            value = parse_numeral(text)
            if value is None:
                return None
            end = j + 1
            # "5 000": groups of three digits after a plain space belong to the number.
            if re.fullmatch(r"\d{1,3}", text):
                while (
                    end < len(doc)
                    and doc[end - 1].whitespace_ == " "
                    and re.fullmatch(r"\d{3}", doc[end].text)
                    and not (
                        end + 1 < len(doc) and re.fullmatch(r"\d{3}", doc[end + 1].text) and doc[end].whitespace_ == ""
                    )
                ):
                    value = value * 1000 + Decimal(doc[end].text)
                    end += 1
            return end, value, False, False, None
        lower = lowers[j]
        if lower in d.vague_plurals and not (lower == "millionen" and j > 0 and _is_number_like(doc[j - 1])):
            return j + 1, d.vague_plurals[lower], True, False, None
        vq = d.vague_quantifiers.match(lowers, j)
        if vq and j + vq[0] < len(doc) and lowers[j + vq[0]] in d.scales:
            return j + vq[0], Decimal(2), True, False, None
        if not token.is_alpha:
            return None
        value = parse_number_word(lower)
        if value is None or token.text in _words("english_scales"):
            return None
        if token.is_title and j > 0 and lowers[j - 1] in _words("number_word_articles") and lower not in d.scales:
            return None  # "die Elf", "eine Sieben": after an article a capitalised number word is a noun
        article = lower.startswith("ein") and value == 1
        if article and lower == "einem" and not self._harm_follows(lowers, j + 1):
            return None  # a dative article names a person; it counts one only as "einem getöteten Soldaten"
        # "eine halbe Million"
        if article and j + 1 < len(doc) and lowers[j + 1] in d.fractions:
            return j + 2, d.fractions[lowers[j + 1]], False, False, None
        return j + 1, value, False, article, None

    @staticmethod
    def _dash_at(doc: Doc, k: int) -> int:
        """1 when token ``k`` is a dash glued to the token before it, else 0."""
        return int(k < len(doc) and doc[k].text in _DASHES and not doc[k - 1].whitespace_)

    def _harm_follows(self, lowers: Sequence[str], k: int) -> bool:
        return any(self.data.casualty_triggers.get(w) or self.data.casualty_nouns.get(w) for w in lowers[k : k + 2])

    def _core(self, doc: Doc, lowers: Sequence[str], j: int) -> Optional[_Core]:
        d = self.data
        if j >= len(doc):
            return None
        start = j
        currency: Optional[str] = None
        named = False
        # Before digits only symbols and codes stand ("€ 50", "CHF 1,2 Mio."), never names:
        # in "kostete der Euro 0,94 Franken" the Euro is what is priced.
        if doc[j].text in d.currency_symbols and j + 1 < len(doc) and _DIGIT_START.match(doc[j + 1].text):
            currency, named = d.currency_symbols[doc[j].text], True
            j += 1
        number = self._number(doc, lowers, j)
        if number is None:
            return None
        k, raw, vague, article, special = number
        value = raw
        scaled = False
        if special is None:
            while k < len(doc):
                step = 1 if doc[k].text in _DASHES and not doc[k - 1].whitespace_ and k + 1 < len(doc) else 0
                if (
                    lowers[k + step] in d.scales
                    and doc[k + step].text not in _words("english_scales")
                    and not (vague and lowers[k + step] == "tausende")
                ):
                    value *= d.scales[lowers[k + step]]
                    scaled = True
                    k += step + 1
                else:
                    break
            # Swiss and Austrian prices: "Fr. 200.–", "1.299,– €"
            no_cents = (
                k + 1 < len(doc)
                and doc[k].text + doc[k + 1].text in d.no_cents
                and not doc[k - 1].whitespace_
                and not doc[k].whitespace_
            )
            if no_cents and (currency or self._currency_at(doc, lowers, k + 2 + self._dash_at(doc, k + 2))):
                k += 2 + self._dash_at(doc, k + 2)  # "5,--" writes the dash twice
            if currency is None:
                step = (
                    1
                    if k < len(doc) and doc[k].text in _DASHES and not doc[k - 1].whitespace_ and k + 1 < len(doc)
                    else 0
                )
                after = self._currency_at(doc, lowers, k + step)
                if after:
                    currency, named = after[1], True
                    k += step + after[0]
                    # "3 Euro 50": cents after the currency name
                    if (
                        not scaled
                        and k < len(doc)
                        and re.fullmatch(r"\d{2}", doc[k].text)
                        and doc[k - 1].whitespace_
                        and (k + 1 >= len(doc) or doc[k + 1].is_punct)
                    ):
                        value += Decimal(doc[k].text) / 100
                        k += 1
                elif k + step < len(doc) and lowers[k + step] in d.currency_subunits:
                    code, factor = d.currency_subunits[lowers[k + step]]
                    currency, named, value = code, True, value * factor
                    k += step + 1
        return _Core(start, k, raw, value, scaled, currency, named, vague, article, special)

    def _second(
        self, doc: Doc, lowers: Sequence[str], first: _Core, pre: _Prefix
    ) -> Optional[tuple[_Core, _Prefix, bool]]:
        """The upper end of a range after ``first``, if one follows, and whether the opener closed."""
        d = self.data
        k = first.end
        n = len(doc)
        if k >= n or first.special:
            return None
        closes = pre.opener is not None and lowers[k] == d.range_openers[pre.opener]
        if closes:
            k += 1
        elif pre.opener == "zwischen":
            return None
        elif lowers[k] == "bis" or (
            doc[k].text in _DASHES and first.currency is None or doc[k].text in _DASHES and first.scaled
        ):
            k += 1
        elif pre.bound == "lower" and doc[k].text in {",", "und", "oder"}:
            # "mindestens X, möglicherweise sogar bis zu Y": one expression of both ends
            k += 1
            while k < n and lowers[k] in d.range_hedges:
                k += 1
            if not (k < n and d.upper_bounds.match(lowers, k)):
                return None
        else:
            return None
        pre2 = self._prefix(lowers, k)
        if pre2.opener:
            return None
        second = self._core(doc, lowers, pre2.end)
        if second is None or second.special or second.article and not second.scaled:
            return None
        if first.currency and _is_year_token(doc[second.start]) and not second.scaled and not second.currency:
            return None  # "5 Mrd. Franken bis 2036": a deadline, not the upper end
        if first.currency and second.currency and first.currency != second.currency:
            return None
        return second, pre2, closes

    # -- kinds ------------------------------------------------------------------------

    def _kind(self, doc: Doc, lowers: Sequence[str], core: _Core, start: int, end: int) -> tuple[str, int]:
        """The kind of a non-money expression and the (possibly extended) end of its span."""
        d = self.data
        n = len(doc)
        if core.special:
            if core.special == "date":
                return "date", end
            if end < n and lowers[end] in d.time_words:
                return "time", end + 1
            return core.special, end
        prev = lowers[start - 1] if start > 0 else ""
        nxt = lowers[end] if end < n else ""
        text = doc[core.end - 1].text
        # "(72)" after a name, "72-jährige", "72 Jahre alt", "im Alter von 72"
        if (
            prev == "("
            and nxt == ")"
            and start >= 2
            and doc[start - 2].is_title
            and core.raw < 130
            and not core.scaled
            and not (start >= 3 and lowers[start - 3] in _words("age_blockers"))
        ):
            return "age", end  # "Putin (72)", but not "in Bremen (8)"
        if nxt in _DASHES and end + 1 < n and not doc[end - 1].whitespace_ and lowers[end + 1].startswith("jährig"):
            return "age", end
        if end < n and lowers[end].startswith("jährig"):
            return "age", end
        if (
            d.age_words.match(lowers, end)
            and lowers[end] != "jahre"
            or (nxt in _words("year_nouns") and end + 1 < n and lowers[end + 1] in _words("age_adjectives"))
        ):
            return "age", end
        if start >= 3 and lowers[start - 3 : start] == ["im", "alter", "von"]:
            return "age", end
        if d.percent_words.match(lowers, end):
            return "percent", end + d.percent_words.match(lowers, end)[0]  # type: ignore[index]
        if nxt in d.time_words and core.raw <= 24:
            return "time", end + 1
        if _CLOCK_TOKEN.match(text) and nxt in d.time_words:
            return "time", end + 1
        # ordinals: "am 3. Oktober", "der 2. Weltkrieg"
        if nxt == "." and not doc[end - 1].whitespace_ and end + 1 < n and not doc[end + 1].is_sent_start:
            if d.months.match(lowers, end + 1):
                return "date", end + 2 + (1 if end + 2 < n and _is_year_token(doc[end + 2]) else 0)
            return "other", end
        if d.months.match(lowers, end) and core.raw <= 31 and not core.scaled:
            return "date", end + 1 + (1 if end + 1 < n and _is_year_token(doc[end + 1]) else 0)
        if _is_year_token(doc[core.end - 1]) and not core.scaled and core.end - core.start == 1 and start == core.start:
            if prev in d.year_cues or d.months.match(lowers, start - 1) if start > 0 else False:
                return "year", end
            followed_by_noun = end < n and (
                doc[end].is_title
                or doc[end].is_lower
                and lowers[end].endswith(_ADJECTIVE_ENDINGS)
                and lowers[end] not in _words("not_adjectives_after_year")
                and end + 1 < n
                and doc[end + 1].is_title
            )
            if not followed_by_noun or doc[end].is_sent_start or lowers[end] in d.months:
                return "year", end
        if d.magnitude_cues.match_ending(lowers, start):
            return "other", end
        if d.duration_units.match(lowers, end):
            return "other", end
        measure = d.measure_units.match(lowers, end)
        if measure and nxt not in d.person_nouns:
            return "other", end + measure[0]  # "5 km", "38 Grad": the unit belongs to the measure
        if _SCORE_TOKEN.match(text):
            return "other", end
        return "count", end

    def _money_without_currency(self, doc: Doc, lowers: Sequence[str], core: _Core, start: int, end: int) -> bool:
        """ "Der Schaden beträgt 5 Millionen", "kostet laut Stadtrat 1.750.000": no noun after, and
        a scale word with money in the clause, or a money verb right before."""
        if _noun_follows(doc, end) or core.special:
            return False
        if not (core.scaled or core.vague and lowers[core.end - 1] in self.data.scales):
            verb_before = any(
                doc[t].is_lower and self.data.money_categories.get(lowers[t]) for t in range(max(0, start - 4), start)
            )
            return verb_before and core.value >= 100 and not _is_year_token(doc[core.end - 1])
        sent = sentence_of(doc, start)
        window = range(max(sent.start, start - 8), min(sent.end, end + 6))
        d = self.data
        return any(d.money_nouns.get(lowers[t]) or d.money_categories.get(lowers[t]) for t in window)

    # -- the scan ---------------------------------------------------------------------

    @staticmethod
    def _range_low(first: _Core, second: _Core) -> Decimal:
        """The lower end of a range: "20 bis 30 Millionen" writes the scale once, for both ends."""
        if not first.scaled and second.scaled and first.raw <= second.raw and second.raw:
            return first.raw * (second.value / second.raw)
        return first.value

    def parse_at(self, doc: Doc, lowers: Sequence[str], i: int) -> Optional[tuple[int, int, Amount]]:
        """The amount expression starting at token ``i``: (start, end, amount), or None."""
        if lowers[i] in self.data.ordinals:
            return i, i + 1, Amount(low=None, high=None, approximate=False, kind="other")  # "den dritten Platz"
        pre = self._prefix(lowers, i)
        first = self._core(doc, lowers, pre.end)
        if first is None:
            return None
        start = i
        found = self._second(doc, lowers, first, pre)
        if found and self._range_low(first, found[0]) > found[0].value:
            found = None  # "von 500 bis 20 Uhr": no range after all
        if pre.opener and not (found and found[2]):
            # "im Wert von 5 Mio.": an opener that closes no range is no part of the span
            if pre.opener_at == i:
                return None  # the scan finds the amount at the next token
        elif (
            pre.opener == "von"
            and pre.opener_at == i
            and i > 0
            and doc[i - 1].is_title
            and not doc[i - 1].is_sent_start
        ):
            start = i + 1  # "Schäden von 5 bis 7 Mio.": "von" belongs to the noun, the range is "5 bis 7 Mio."
        if first.article and not first.scaled and not self._article_counts(doc, lowers, first):
            return None
        approx = pre.approximate or first.vague
        if found:
            second, pre2, _ = found
            approx = approx or pre2.approximate or second.vague
            unit = second.currency or first.currency
            named = second.named_currency or first.named_currency
            end = second.end
            low, high = self._range_low(first, second), second.value
            kind = (
                "money"
                if named
                else (
                    "year"
                    if _is_year_token(doc[first.start])
                    and _is_year_token(doc[second.start])
                    and not first.scaled
                    and not second.scaled
                    else None
                )
            )
            core_for_kind = second
        else:
            unit, named, end = first.currency, first.named_currency, first.end
            low = high = first.value
            if pre.bound == "lower":
                high = None
            elif pre.bound == "upper":
                low = None
            kind = "money" if named else None
            core_for_kind = first
        if kind is None:
            if self._money_without_currency(doc, lowers, core_for_kind, start, end):
                kind = "money"
            else:
                kind, end = self._kind(doc, lowers, core_for_kind, first.start if not found else start, end)
                if kind in {"year", "date", "time", "age"} and not found:
                    start = first.start  # "ab 2025", "seit 2023": the cue is no part of the number
                    low = high = first.value
                    approx = False
        if approx and (first.vague and not found):
            high = None  # vague plurals give a lower bound only (CLAIMS.md)
        amount = Amount(
            low=low,
            high=high,
            approximate=approx,
            kind=kind,
            unit=unit,
            vague=first.vague,
            article=first.article and not first.scaled,
            scaled=core_for_kind.scaled,
            currency_from="text" if named else "none",
        )
        return start, end, amount

    def _article_counts(self, doc: Doc, lowers: Sequence[str], core: _Core) -> bool:
        """ "ein Toter", "ein Soldat", "einer der Kollegen": the article stands for one person.

        Whether that person was harmed is the relation stage's question."""
        d = self.data
        k = core.end
        pronoun = lowers[core.start] in _words("pronoun_articles")
        if (
            pronoun
            and k < len(doc)
            and lowers[k] in _words("pronoun_followers")
            and not (core.start and doc[core.start - 1].is_title)
        ):
            return True  # "einer der Kollegen", "eines der Kinder", but not "die Familie eines der Opfer"
        if (
            pronoun
            and core.start > 0
            and lowers[core.start - 1] in _words("breakdown")
            and k < len(doc)
            and not doc[k].is_title
        ):
            return True  # "davon einer lebensgefährlich"
        if lowers[core.start] == "eines":
            return False  # otherwise a genitive article: "die Familie eines getöteten Bergmanns"
        if k + 3 < len(doc) and doc[k].like_num and doc[k + 1].text == "-" and lowers[k + 2].startswith("jährig"):
            k += 3  # "Ein 47-jähriger Lenker": the age compound is an adjective
        for step in range(3):  # up to two adjectives: "ein weiterer schwer verletzter"
            if k + step >= len(doc):
                return False
            word = lowers[k + step]
            if d.casualty_nouns.get(word) or d.person_nouns.get(word):
                return True
            if not doc[k + step].is_lower or not doc[k + step].is_alpha:
                return False
        return False

    def __call__(self, doc: Doc) -> Doc:
        lowers = [t.lower_ for t in doc]
        spans: list[Span] = []
        i = 0
        n = len(doc)
        while i < n:
            found = self.parse_at(doc, lowers, i) if _may_start(doc[i]) else None
            if found is None:
                i += 1
                continue
            start, end, amount = found
            if amount.kind == "money":
                amount = replace(amount, unit=self._qualified_unit(doc, lowers, start, end, amount.unit))
            span = Span(doc, start, end, label=amount.kind)
            span._.amount = amount
            spans.append(span)
            i = end
        self._borrow_currencies(doc, lowers, spans)
        self._mark_conversions(lowers, spans)
        doc.spans[AMOUNTS_KEY] = spans
        return doc

    @staticmethod
    def _mark_conversions(lowers: Sequence[str], spans: list[Span]) -> None:
        """ "mindestens 38 Mio. Franken (rund 40 Mio. Euro)": the conversion restates the amount
        before it, so it keeps that amount's bound (CLAIMS.md); the relation stage keeps its hedge."""
        for before, span in zip(spans, spans[1:], strict=False):
            a, b = before._.amount, span._.amount
            between = lowers[before.end : span.start]
            if not (a.kind == b.kind == "money" and a.unit and b.unit and a.unit != b.unit):
                continue
            # "(rund 40 Mio. Euro)", "zahlen, umgerechnet rund 16 Mio. Euro"
            if len(between) > 3 or not ({"(", "umgerechnet"} & set(between)):
                continue
            low = None if a.low is None else b.low
            high = None if a.high is None else b.high
            span._.amount = replace(
                b, low=low if low is not None or high is not None else b.low, high=high, restates=True
            )

    def _borrow_currencies(self, doc: Doc, lowers: Sequence[str], spans: list[Span]) -> None:
        """Money written without its currency takes the currency of the money beside it.

        "nach 265 Millionen im Vorjahr", "Frankreich mit 9,9 Milliarden und Italien mit 4,4
        Milliarden Euro", "von 0,82 auf 0,95 Euro": a scaled number with no noun after it, or a
        bare number joined to money by "auf"/"bis"/"und", is money in the currency of the
        nearest money amount of its sentence (else of the sentence before).
        """
        money = [s for s in spans if s._.amount.kind == "money" and s._.amount.unit]
        if not money:
            return
        for i, span in enumerate(spans):
            amount = span._.amount
            if amount.kind not in {"count", "money"} or amount.kind == "money" and amount.unit:
                continue
            joined = (
                i + 1 < len(spans)
                and spans[i + 1]._.amount.kind == "money"
                and span.end + 1 == spans[i + 1].start
                and lowers[span.end] in _words("currency_joiners")
            )
            if not (amount.scaled or joined or amount.kind == "money") or _noun_follows(doc, span.end):
                continue
            sent = sentence_of(doc, span.start)
            near = [m for m in money if sentence_of(doc, m.start) == sent]
            if not near and sent.start > 0:
                near = [m for m in money if sentence_of(doc, m.start) == sentence_of(doc, sent.start - 1)]
            if near:
                source = min(near, key=lambda m: abs(m.start - span.start))
                span._.amount = replace(amount, kind="money", unit=source._.amount.unit, currency_from="context")
                span.label_ = "money"

    def _qualified_unit(
        self, doc: Doc, lowers: Sequence[str], start: int, end: int, unit: Optional[str]
    ) -> Optional[str]:
        """A bare "Won" or "Dollar" takes the country its sentence names ("nordkoreanische")."""
        for name, options in self.data.currency_qualified.items():
            if name not in lowers[start:end]:
                continue
            sent = sentence_of(doc, start)
            for t in range(sent.start, sent.end):
                for stem, code in options.items():
                    if lowers[t].startswith(stem) and not start <= t < end:
                        return code
        return unit


def _may_start(token) -> bool:  # type: ignore[no-untyped-def]
    """Cheap test: can an amount expression begin at this token?"""
    return not (token.is_space or token.is_punct and token.text not in {"€", "$", "£", "¥", "₽", "₴", "₩"})


def _noun_follows(doc: Doc, end: int) -> bool:
    """A noun (optionally after one adjective) right after an amount: "1,5 Millionen Einwohner"."""
    if end >= len(doc):
        return False
    if doc[end].is_title and not doc[end].is_sent_start:
        return True
    return (
        doc[end].is_lower
        and doc[end].lower_.endswith(_ADJECTIVE_ENDINGS)
        and end + 1 < len(doc)
        and doc[end + 1].is_title
    )


def _is_number_like(token) -> bool:  # type: ignore[no-untyped-def]
    return bool(_DIGIT_START.match(token.text)) or parse_number_word(token.lower_) is not None


def _is_year_token(token) -> bool:  # type: ignore[no-untyped-def]
    return bool(re.fullmatch(r"(1[6-9]|20)\d\d", token.text))


@Language.factory("claimex_amounts", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_amount_recognizer(nlp: Language, name: str) -> AmountRecognizer:
    """Registered factory of :class:`AmountRecognizer`."""
    return AmountRecognizer()
