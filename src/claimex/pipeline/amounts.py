"""``claimex_amounts``: every German number expression as a span with its normalised value.

Writes ``doc.spans["claimex_amounts"]``; each span carries ``span._.amount`` (an
:class:`~claimex.numbers.amount.Amount`). The grammar, read left to right:

    [approximator | bound | "zwischen" | "von"]* [currency] NUMBER [aside | adjective]
        [scale]* [partitive] [currency]
        ( connector [bound] [currency] NUMBER [scale]* [currency] )?  [bound after]

NUMBER is digits in German, Swiss or English format (also "1 234 567,89"), a number word, a
fraction ("dreieinhalb", "ein halbes", "½"), a vague plural ("Hunderte") or a vague quantifier
with a scale ("mehrere Tausend"). A scale may stand after an aside in brackets ("212 (Vorjahr:
18,4) Millionen") or an adjective ("12 neue Milliarden"), and may be misspelt before a
currency ("Milionen Euro"). A range writes its scale and currency once ("20 bis 30 Millionen
Euro", "€ 3–5 Mio."); so do two numbers joined by "statt", "nach", "auf" … ("14 statt sechs
Millionen Euro"), though they stay two amounts. Every expression also gets a kind (money,
count, year, date, time, age, percent, other) so that later stages can reject what is no
claim; a number before a share noun ("Drei Viertel") is other. What amounts say about each
other (borrowed currencies, conversions) is read afterwards in :mod:`.amount_context`. All
words come from ``lang/de/data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import AMOUNTS_KEY, doc_cache, install_extensions, lowers_of, sentence_of, set_amount, texts_of
from ..lang.de import GermanData, german, load_table
from ..lang.de import words as _words
from ..lang.de.persons import age_compound, harm_noun, is_person
from ..lang.lexicon import Lexicon
from ..numbers.amount import Amount
from ..numbers.parse import parse_number_word, parse_numeral
from ..numbers.spelling import closest_word
from .amount_context import (
    borrow_currencies,
    mark_conversions,
    mark_exchange_units,
    noun_follows,
    qualified_unit,
    same_order,
    scale_followers,
)

__all__ = ["AmountRecognizer", "age_phrase", "make_amount_recognizer"]

_DIGIT_START = re.compile(r"^\d")
_DATE_TOKEN = re.compile(r"^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})?$")
_CLOCK_TOKEN = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_SCORE_TOKEN = re.compile(r"^\d{1,2}:\d$")
_JOINER_SPAN = 4  # words a shared-unit joiner may take with its adverbs: "statt der geplanten"
_LAST_GROUP = re.compile(r"\d{3},\d+")
_DASHES = {"-", "–", "—"}
_MAX_REMEMBERED = 200_000  # words whose may_open answer is kept
_SUM_REACH = 5  # tokens from "über" back to its deal noun: "Den Auftrag für den Rohbau über"
_NOISE_REACH = 16  # tokens back to a page-noise opener of the same line: "Lesen Sie auch: Zwei Tote bei …"


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
    resume: int = 0  # where the scan goes on: past a scale read after an aside ("18,4) Millionen")


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
        # scale words written out (not abbreviated), of a million and more: what a slip may mean
        self._spelled_scales = tuple(
            w for w, v in self.data.scales.items() if w.isalpha() and len(w) >= 6 and v >= 1_000_000
        )
        # a slip keeps a scale word's first two letters ("Milionen", "Biliarden"): only those are read
        self._scale_openers = frozenset(w[:2] for w in self._spelled_scales)
        self._lower_symbols = frozenset(s.lower() for s in self.data.currency_symbols)
        self._may_open: dict[str, bool] = {}  # lower-case word -> may_open(word), as news repeats its words
        cues = load_table("amount_cues.json")
        self._sum_nouns: Lexicon[bool] = Lexicon(cues["sum_nouns"])
        self._sum_prepositions = frozenset(cues["sum_prepositions"])
        self._sum_links = frozenset(cues["sum_noun_links"])
        self._designators: Lexicon[bool] = Lexicon(cues["designators"])
        self._page_noise: Lexicon[bool] = Lexicon(cues["page_noise"])
        self._bound_joiners = frozenset(cues["bound_joiners"])
        self._age_openers = tuple(p.split() for p in _words("age_openers"))

    def may_open(self, lower: str) -> bool:
        """Whether an amount expression may begin at a token whose lower case is ``lower``.

        False only where :meth:`parse_at` finds nothing whatever the context: the word is no
        ordinal, no word a prefix (approximator, bound, range opener) begins with, no currency
        symbol, and no number (digits, number word, fraction, vague plural or quantifier). Most
        words are none of these, and the scan skips them without building a Token.
        """
        known = self._may_open.get(lower)
        if known is None:
            d = self.data
            if len(self._may_open) > _MAX_REMEMBERED:
                self._may_open.clear()
            known = self._may_open[lower] = bool(
                _DIGIT_START.match(lower)
                or lower in self._lower_symbols
                or lower in d.ordinals
                or lower in d.range_openers
                or lower in d.vague_plurals
                or lower in d.fractions
                or d.approximators.may_begin(lower)
                or d.lower_bounds.may_begin(lower)
                or d.upper_bounds.may_begin(lower)
                or d.vague_quantifiers.may_begin(lower)
                or parse_number_word(lower) is not None
                or self._head_count_word(lower, 0) is not None
            )
        return known

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
            territories = self.data.territory_currency
            for i, word in enumerate(lowers):  # the cheap word test first, the Token only after it
                if territories.may_begin(word) and (doc[i].is_title or doc[i].is_upper):
                    m = territories.match(lowers, i)
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
                if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in d.fractions:
                    value += d.fractions[doc[end].text]  # "1½ Millionen"
                    end += 1
                # "1 234 567,89": the last group carries the decimals
                if end < len(doc) and doc[end - 1].whitespace_ == " " and _LAST_GROUP.fullmatch(doc[end].text):
                    value = value * 1000 + Decimal(doc[end].text.replace(",", "."))
                    end += 1
            if (
                end + 1 < len(doc)
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and lowers[end + 1].startswith(d.head_count_stems)
            ):
                end += 2  # "die 5-köpfige Familie"
            return end, value, False, False, None
        lower = lowers[j]
        if lower in d.vague_plurals and not (lower == "millionen" and j > 0 and _is_number_like(doc[j - 1])):
            return j + 1, d.vague_plurals[lower], True, False, None
        vq = d.vague_quantifiers.match(lowers, j)
        if vq and j + vq[0] < len(doc) and lowers[j + vq[0]] in d.scales:
            return j + vq[0], Decimal(2), True, False, None
        if vq and j + vq[0] < len(doc):
            # "mehrere Hunderttausend Euro": before a round number word the quantifier makes its
            # vague plural (low twice the word), as "mehrere Tausend" does before a scale noun
            round_word = parse_number_word(lowers[j + vq[0]])
            if round_word is not None and round_word >= 100 and str(int(round_word)).strip("0") == "1":
                return j + vq[0] + 1, 2 * round_word, True, False, None
        if (not token.is_alpha and lower not in d.fractions) or token.text in _words("english_scales"):  # "½" is a fraction sign
            return None
        value = parse_number_word(lower)
        if value is None:
            return self._head_count_word(lower, j)
        if token.is_title and j > 0 and lowers[j - 1] in _words("number_word_articles") and lower not in d.scales:
            return None  # "die Elf", "eine Sieben": after an article a capitalised number word is a noun
        if token.is_title and j > 0 and self._is_surname(doc, lowers, j):
            return None  # "Claudia Tausend", "Minister Zwölf": a name, not a number
        article = lower.startswith("ein") and value == 1
        if article and lower == "einem" and not self._harm_follows(lowers, j + 1):
            # a dative article names a person; it counts one only as "einem getöteten Soldaten"
            # and is money only before a currency ("mit einem Euro pro Tag")
            if not self._currency_at(doc, lowers, j + 1):
                return None
        # "eine halbe Million"
        if article and j + 1 < len(doc) and lowers[j + 1] in d.fractions:
            return j + 2, d.fractions[lowers[j + 1]], False, False, None
        return j + 1, value, False, article, None

    def _is_surname(self, doc: Doc, lowers: Sequence[str], j: int) -> bool:
        """A capitalised number word right after a capitalised word inside a sentence and before
        no noun: after a given name or a title it is a surname. Words that may stand before a
        number ("Über", "Rund", "Mehrere") open sentences, so only a word inside one is read so."""
        prev = doc[j - 1]
        word = lowers[j]
        return (
            not doc[j].is_sent_start
            and (word in self.data.number_units or word not in self.data.scales)  # "Milliarden" is no name
            and prev.is_title
            and prev.is_alpha
            and not prev.is_sent_start
            and parse_number_word(lowers[j - 1]) is None
            and lowers[j - 1] not in self.data.scales
            and lowers[j - 1] not in self.data.vague_plurals
            and self._currency_at(doc, lowers, j - 1) is None
            and not noun_follows(doc, j + 1)  # "laut Polizei Hundert Menschen" counts
        )

    def _head_count_word(self, lower: str, j: int) -> Optional[tuple[int, Decimal, bool, bool, Optional[str]]]:
        """ "fünfköpfige": a number word glued to a head-count stem is that number."""
        for stem in self.data.head_count_stems:
            at = lower.find(stem)
            value = parse_number_word(lower[:at]) if at > 0 else None
            if value is not None:
                return j + 1, value, False, False, None
        return None

    @staticmethod
    def _dash_at(doc: Doc, k: int) -> int:
        """1 when token ``k`` is a dash glued to the token before it, else 0."""
        return int(k < len(doc) and doc[k].text in _DASHES and not doc[k - 1].whitespace_)

    def _harm_follows(self, lowers: Sequence[str], k: int) -> bool:
        return any(self.data.casualty_triggers.get(w) or self.data.casualty_nouns.get(w) for w in lowers[k : k + 2])

    def _core(self, doc: Doc, lowers: Sequence[str], j: int) -> Optional[_Core]:
        d = self.data
        texts = texts_of(doc)  # the words' texts without a Token each
        if j >= len(doc):
            return None
        start = j
        currency: Optional[str] = None
        named = False
        # Before digits only symbols and codes stand ("€ 50", "CHF 1,2 Mio."), never names:
        # in "kostete der Euro 0,94 Franken" the Euro is what is priced.
        if texts[j] in d.currency_symbols and j + 1 < len(doc) and _DIGIT_START.match(texts[j + 1]):
            currency, named = d.currency_symbols[texts[j]], True
            j += 1
        number = self._number(doc, lowers, j)
        if number is None:
            return None
        k, raw, vague, article, special = number
        number_end = k
        if special is None and k < len(doc) and doc[k].is_title and lowers[k] in d.share_nouns:
            # "Drei Viertel der Verletzten", "zwei Drittel": a share of a whole, no amount of it
            return _Core(start, k + 1, raw, raw, False, None, False, vague, False, "other", k + 1)
        value = raw
        scaled = False
        after_aside = self._scale_after_aside(doc, lowers, start, k) if special is None else None
        if after_aside is not None:
            k = after_aside
        elif special is None and self._adjective_before_scale(doc, lowers, k) and not vague:
            k += 1  # "15 zusätzliche Millionen Euro": the adjective stands inside the amount
        if special is None:
            while k < len(doc):
                step = 1 if texts[k] in _DASHES and not doc[k - 1].whitespace_ and k + 1 < len(doc) else 0
                word = lowers[k + step]
                english = texts[k + step] in _words("english_scales")  # "3 billion dollars" is no German scale
                factor = d.scales.get(word) if not (english or (vague and word == "tausende")) else None
                if factor is None and not scaled and not english:
                    factor = self._misspelt_scale(doc, lowers, k + step)
                if factor is None:
                    break
                value *= factor
                scaled = True
                k += step + 1
            # Swiss and Austrian prices: "Fr. 200.–", "1.299,– €"
            no_cents = (
                k + 1 < len(doc)
                and texts[k] + texts[k + 1] in d.no_cents
                and not doc[k - 1].whitespace_
                and not doc[k].whitespace_
            )
            if no_cents and (currency or self._currency_at(doc, lowers, k + 2 + self._dash_at(doc, k + 2))):
                k += 2 + self._dash_at(doc, k + 2)  # "5,--" writes the dash twice
            if currency is None:
                step = (
                    1
                    if k < len(doc) and texts[k] in _DASHES and not doc[k - 1].whitespace_ and k + 1 < len(doc)
                    else 0
                )
                if (scaled or vague) and k < len(doc) and lowers[k] in d.currency_partitives:
                    step = 1  # "Millionen von Dollar": the scale's partitive names the currency
                after = self._currency_at(doc, lowers, k + step)
                if after:
                    currency, named = after[1], True
                    k += step + after[0]
                    # "3 Euro 50": cents after the currency name
                    if (
                        not scaled
                        and k < len(doc)
                        and re.fullmatch(r"\d{2}", texts[k])
                        and doc[k - 1].whitespace_
                        and (k + 1 >= len(doc) or doc[k + 1].is_punct)
                    ):
                        value += Decimal(texts[k]) / 100
                        k += 1
                elif k + step < len(doc) and lowers[k + step] in d.currency_subunits:
                    code, factor = d.currency_subunits[lowers[k + step]]
                    currency, named, value = code, True, value * factor
                    k += step + 1
        if after_aside is not None and not scaled:
            return _Core(start, number_end, raw, raw, False, None, False, vague, article, special, number_end)
        if special is None and not scaled and 0 < raw < 1 and not _DIGIT_START.match(texts[start]):
            special = "other"  # "die halbe Stadt": a fraction with no scale after it is a share
        if after_aside is None:
            return _Core(start, k, raw, value, scaled, currency, named, vague, article, special, k)
        # the number before the aside ends the span and the scan reads the aside next; the
        # number inside it reads the scale after the bracket, and the scan goes on behind it
        resume = number_end if texts[number_end] == "(" else k
        return _Core(start, number_end, raw, value, scaled, currency, named, vague, article, special, resume)

    def _scale_after_aside(self, doc: Doc, lowers: Sequence[str], start: int, k: int) -> Optional[int]:
        """Where the scale of the number ending at ``k`` stands when an aside in brackets
        separates them: "212 (Vorjahr: 18,4) Millionen Franken" writes one scale and currency
        for the number before the brackets and the last number inside them."""
        d = self.data
        n = len(doc)
        if k >= n:
            return None
        if doc[k].text == ")":  # the last number inside the aside, after a number
            opened = next((p for p in range(start - 1, max(0, start - 10), -1) if doc[p].text in "()"), None)
            if opened is None or doc[opened].text != "(" or not _is_number_like(doc[opened - 1]):
                return None
            return k + 1 if k + 1 < n and lowers[k + 1] in d.scales else None
        if doc[k].text != "(":
            return None
        for m in range(k + 1, min(n - 1, k + 12)):
            if doc[m].text == "(" or lowers[m] in d.scales or doc[m].text in d.currency_symbols:
                return None
            if doc[m].text == ")":
                return m + 1 if lowers[m + 1] in d.scales and _is_number_like(doc[m - 1]) else None
        return None

    def _misspelt_scale(self, doc: Doc, lowers: Sequence[str], k: int) -> Optional[Decimal]:
        """The factor of a scale word misspelt by one letter right before a currency ("Milionen
        Euro", "Miliarden Dollar"); only there is the slip certain enough to read."""
        word = lowers[k]
        if not (word[:2] in self._scale_openers and 6 <= len(word) <= 12 and doc[k].is_alpha):
            return None
        meant = closest_word(word, self._spelled_scales)
        if meant is None or not self._currency_at(doc, lowers, k + 1):
            return None
        return self.data.scales[meant]

    def _adjective_before_scale(self, doc: Doc, lowers: Sequence[str], k: int) -> bool:
        """An adjective between a number and its scale: "zwölf neue Milliarden"."""
        return (
            k + 1 < len(doc)
            and lowers[k + 1] in self.data.scales
            and lowers[k + 1] != "tausende"
            and doc[k].is_lower
            and doc[k].is_alpha
            and lowers[k].endswith(self.data.adjective_endings)
            and lowers[k] not in _words("not_adjectives")
        )

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
            # a dash joins a range unless it follows a written-out currency ("5 Euro – das ist viel");
            # a currency symbol before the number is written once for both ends ("€ 3–5 Mio.")
            doc[k].text in _DASHES
            and (first.currency is None or first.scaled or doc[first.start].text in d.currency_symbols)
        ):
            k += 1
        elif pre.bound == "lower" and doc[k].text in self._bound_joiners:
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

    def _shared_unit(self, doc: Doc, lowers: Sequence[str], first: _Core) -> Optional[_Core]:
        """The number after ``first`` that writes the scale and currency for both, if any.

        "14 statt sechs Millionen Euro", "von acht auf elf Milliarden Dollar", "40 nach zuvor 35
        Millionen": a bare number, a joiner (with adverbs beside it), then a number that has a
        scale or a currency. Unlike a range these are two amounts; only the unit is shared."""
        d = self.data
        if (
            first.special
            or first.scaled
            or first.currency
            or first.article
            or first.vague
            or _is_year_token(doc[first.end - 1])
        ):
            return None
        k, joined = first.end, False
        while k < len(doc) and k - first.end < _JOINER_SPAN:
            if lowers[k] in d.shared_unit_joiners:
                joined = True
            elif lowers[k] not in d.shared_unit_fillers:
                break
            k += 1
        if not joined:
            return None
        pre = self._prefix(lowers, k)
        if pre.opener:
            return None
        second = self._core(doc, lowers, pre.end)
        if second is None or second.special or second.article or not (second.scaled or second.named_currency):
            return None
        return second

    @staticmethod
    def _with_unit_of(first: _Core, second: _Core) -> _Core:
        """``first`` read with the scale and currency written after ``second``.

        The scale is shared only by numbers of one order (:func:`same_order`)."""
        value, scaled = first.value, False
        if second.scaled and same_order(first.raw, second.raw):
            value, scaled = first.raw * (second.value / second.raw), True
        return replace(
            first, value=value, scaled=scaled, currency=second.currency, named_currency=second.named_currency
        )

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
        if self._designated(doc, lowers, core, start, end):
            return "other", end  # "Christophorus 11", "GSG 9", "auf der B 3": a name, not an amount
        # a list of ages shares the bracket or the opener of its first member: "(27 und 31)",
        # "im Alter von 16, 17 und 19 Jahren"
        first, last = _age_list_bounds(lowers, start, end)
        prev = lowers[first - 1] if first > 0 else ""
        if last + 1 < n and lowers[last] in _words("year_nouns") and lowers[last + 1] == ")":
            last += 1  # "ein Ehepaar (71 und 68 Jahre)": the bracket may name the unit
        nxt = lowers[last] if last < n else ""
        # "(72)" after a name, "72-jährige", "72 Jahre alt", "im Alter von 72"
        if (
            prev == "("
            and nxt == ")"
            and first >= 2
            and doc[first - 2].is_title
            and core.raw < 130
            and not core.scaled
            and not (first >= 3 and lowers[first - 3] in _words("age_blockers"))
        ):
            return "age", end  # "Putin (72)", "Kollegen (27 und 31)", but not "in Bremen (8)"
        prev = lowers[start - 1] if start > 0 else ""
        nxt = lowers[end] if end < n else ""
        if nxt in _DASHES and end + 1 < n and not doc[end - 1].whitespace_ and lowers[end + 1].startswith("jährig"):
            return "age", end
        if end < n and lowers[end].startswith("jährig"):
            return "age", end

        def age_follows(k: int) -> bool:  # "72 Jahre alt", "72-jährig": an age ends at token k
            return bool(
                k < n
                and (
                    d.age_words.match(lowers, k)
                    and lowers[k] != "jahre"
                    or (lowers[k] in _words("year_nouns") and k + 1 < n and lowers[k + 1] in _words("age_adjectives"))
                )
            )

        if age_follows(end):
            return "age", end
        if any(first >= len(p) and lowers[first - len(p) : first] == p for p in self._age_openers):
            return "age", end  # "im Alter von 72", "im Alter von 16, 17 und 19 Jahren"
        if (
            prev in _words("age_prefixes")
            and core.raw < 130
            and not core.scaled
            and not (end < n and doc[end].is_title)
        ):
            return "age", end  # "beide Mitte 40", "Anfang 30"
        k = end  # "sieben und neun Jahre alt", "die 22, 25 und 31 Jahre alten Opfer": a list of ages
        while k + 1 < n and lowers[k] in _words("age_coordinators") and _is_number_like(doc[k + 1]):
            k += 2
        if k > end and age_follows(k):
            return "age", end
        if d.percent_words.match(lowers, end):
            return "percent", end + d.percent_words.match(lowers, end)[0]  # type: ignore[index]
        if nxt in d.time_words and core.raw <= 24:
            return "time", end + 1
        if _CLOCK_TOKEN.match(text) and nxt in d.time_words:
            return "time", end + 1
        # ordinals: "am 3. Oktober", "der 2. Weltkrieg"; a period that ends the sentence or the
        # paragraph ("Im Vorjahr waren es 60.\n\nDer ...") makes none, nor one after a scale
        after_period = end + 1
        while after_period < n and doc[after_period].is_space:
            after_period += 1
        if (
            nxt == "."
            and not doc[end - 1].whitespace_
            and not core.scaled
            and after_period < n
            and not doc[after_period].is_sent_start
        ):
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
                and lowers[end].endswith(self.data.adjective_endings)
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
        a scale word with money in the clause, or a money verb right before; or a scale word and
        a noun of money after it ("3,2 Milliarden Schulden", "8 Milliarden an Hilfsgeldern")."""
        if core.special:
            return False
        scaled = core.scaled or core.vague and lowers[core.end - 1] in self.data.scales
        if scaled and self._money_noun_after(doc, lowers, end):
            return True
        if noun_follows(doc, end):
            return False
        if not scaled:
            verb_before = any(
                doc[t].is_lower and self.data.money_categories.get(lowers[t]) for t in range(max(0, start - 4), start)
            )
            return verb_before and core.value >= 100 and not _is_year_token(doc[core.end - 1])
        sent = sentence_of(doc, start)
        window = range(max(sent.start, start - 8), min(sent.end, end + 6))
        d = self.data
        return any(d.money_nouns.get(lowers[t]) or d.money_categories.get(lowers[t]) for t in window)

    def _money_noun_after(self, doc: Doc, lowers: Sequence[str], k: int) -> bool:
        """A noun naming money after an amount, maybe after "an" and adjectives ("an eingefrorenen Guthaben")."""
        if k < len(doc) and lowers[k] == "an":
            k += 1
        for _ in range(2):
            if k < len(doc) and doc[k].is_lower and lowers[k].endswith(self.data.adjective_endings):
                k += 1
        return k < len(doc) and doc[k].is_title and self.data.money_heads.get(lowers[k]) is not None

    # -- the scan ---------------------------------------------------------------------

    @staticmethod
    def _range_low(first: _Core, second: _Core) -> Decimal:
        """The lower end of a range: "20 bis 30 Millionen" writes the scale once, for both ends,
        and "zehn bis elf Cent" the unit with its factor."""
        shares = second.scaled or second.currency and not first.currency
        if not first.scaled and shares and first.raw <= second.raw and second.raw:
            return first.raw * (second.value / second.raw)
        return first.value

    def parse_at(self, doc: Doc, lowers: Sequence[str], i: int) -> Optional[tuple[int, int, Amount, int]]:
        """The amount expression starting at token ``i``: (start, end, amount, where the scan
        goes on), or None."""
        if lowers[i] in self.data.ordinals:
            return i, i + 1, Amount(low=None, high=None, approximate=False, kind="other"), i + 1  # "den dritten Platz"
        if self._names_sum(doc, lowers, i):
            return None  # "ein Darlehen über 30000 Euro": the scan reads the sum at the next token
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
        # "einen Euro" is one euro; "eine Krone" is one only where the text says whose crown
        if first.article and not (first.scaled or first.currency):
            if not self._article_counts(doc, lowers, first):
                return None
        borrowed = False  # the currency is written once, after the next number
        if not found and (shared := self._shared_unit(doc, lowers, first)):
            first, borrowed = self._with_unit_of(first, shared), shared.named_currency
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
                if kind == "year" and not found and self._counted_year(lowers, pre, i, first.start):
                    kind = "count"  # "Mehr als 2000 wurden verletzt": nobody bounds a year so
                if kind in {"year", "date", "time", "age"} and not found:
                    start = first.start  # "ab 2025", "seit 2023": the cue is no part of the number
                    low = high = first.value
                    approx = False
        if approx and (first.vague and not found):
            high = None  # vague plurals give a lower bound only (CLAIMS.md)
        elif kind in {"money", "count"} and not found and pre.bound is None and low is not None:
            bound = self._bound_after(doc, lowers, end)
            if bound:
                side, end_of_cue, adjacent = bound
                low, high = (low, None) if side == "lower" else (None, high)
                end = end_of_cue if adjacent else end  # "10 Mio. Fr. oder mehr"; a noun between ends the span
        amount = Amount(
            low=low,
            high=high,
            approximate=approx,
            kind=kind,
            unit=unit,
            vague=first.vague,
            article=first.article and not first.scaled,
            scaled=core_for_kind.scaled,
            currency_from="context" if borrowed else "text" if named else "none",
        )
        return start, end, amount, max(end, (found[0] if found else first).resume)

    def _designated(self, doc: Doc, lowers: Sequence[str], core: _Core, start: int, end: int) -> bool:
        """Digits right after a designator word or a capital code, with no noun after them, name
        a thing ("Rettungshubschrauber Christophorus 11", "Notarzthubschrauber C 17", "auf der B 3")."""
        if start == 0 or start != core.start or core.scaled or core.currency or not _DIGIT_START.match(doc[start].text):
            return False
        before = doc[start - 1]
        code = before.is_upper and before.is_alpha and len(before.text) <= 3
        named = before.is_title and self._designators.get(lowers[start - 1]) is not None
        return (code or named or before.text == "§") and not noun_follows(doc, end)

    def _in_page_noise(self, doc: Doc, lowers: Sequence[str], span_start: int) -> bool:
        """An amount after a page-noise opener of its line or bracket: "Lesen Sie auch: …",
        "(Foto: …)"."""
        t = span_start - 1
        texts = texts_of(doc)  # no Token per word
        while t >= 0 and span_start - t <= _NOISE_REACH:
            text = texts[t]
            if "\n" in text or text == ")":
                break
            if self._page_noise.may_begin(lowers[t]) and self._page_noise.match(lowers, t):
                return True
            if text == "(":
                break
            t -= 1
        return False

    def _counted_year(self, lowers: Sequence[str], pre: _Prefix, i: int, number_at: int) -> bool:
        """A year-shaped number after an approximator or a bound that is no year cue ("mehr als
        2000", "rund 1500", but not "ab 2025", "bis 2030") is a count."""
        return (
            (pre.approximate or pre.bound is not None)
            and number_at > i
            and not any(lowers[t] in self.data.year_cues for t in range(i, number_at))
        )

    def _names_sum(self, doc: Doc, lowers: Sequence[str], i: int) -> bool:
        """ "über" after a noun of a document or deal ("Darlehen", "Lösegeldforderung", "Auftrag")
        names its sum, not a lower bound."""
        if lowers[i] not in self._sum_prepositions:
            return False
        # the noun may carry an attribute before "über": "ein Großauftrag aus Saudi-Arabien über"
        for t in range(i - 1, max(-1, i - 1 - _SUM_REACH), -1):
            if doc[t].is_title and self._sum_nouns.get(lowers[t]) is not None:
                return True
            if not (doc[t].is_title or lowers[t] in self._sum_links):
                return False
        return False

    def _bound_after(self, doc: Doc, lowers: Sequence[str], end: int) -> Optional[tuple[str, int, bool]]:
        """An open bound after an amount or its noun ("3000 Verletzte und mehr"): (side, end of the
        cue, whether the cue follows the amount directly), or None."""
        d = self.data
        n = len(doc)
        k = end
        if k < n and doc[k].is_title and not doc[k].is_sent_start:
            k += 1  # the counted noun
        for lexicon, side in ((d.lower_bounds_after, "lower"), (d.upper_bounds_after, "upper")):
            m = lexicon.match(lowers, k)
            if m is None:
                continue
            after = k + m[0]
            comparison = after < n and lowers[after] in _words("comparison_particles")
            if after < n and (doc[after].is_title and not doc[after].is_sent_start or comparison):
                return None  # "und mehr Geld", "und mehr als 20 Tote": no bound of this amount
            if after < n and _is_number_like(doc[after]):
                return None
            return side, after, k == end
        return None

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
        # "…, ein weiterer wurde verletzt": "ein" before a nominalised adjective is a pronoun too
        nominal = lowers[core.start] == "ein" and k < len(doc) and lowers[k].endswith("er")
        if (
            (pronoun or nominal)
            and core.start > 0
            and doc[core.start - 1].text in _words("pronoun_openers")
            and k < len(doc)
            and doc[k].is_lower
            and not noun_follows(doc, k)
        ):
            return True  # "Zwei Wanderer vermisst – einer tot geborgen", "…, eine weitere starb": a pronoun
        breakdown = core.start > 0 and lowers[core.start - 1] in _words("breakdown")
        if lowers[core.start] in _words("genitive_articles") and core.start and harm_noun(lowers[core.start - 1]):
            # "die Leiche eines (vermissten) Anglers": whom a body is of was a person; after other
            # casualty nouns the genitive must name people ("Opfer eines Femizids" does not)
            aged = age_compound(lowers, k, len(doc))  # "den Tod eines 26-jährigen Maurers": a person
            k += aged
            while k < len(doc) and k - core.end < 2 + aged and doc[k].is_lower and doc[k].is_alpha:
                k += 1
            body = lowers[core.start - 1] in d.body_nouns
            return k < len(doc) and doc[k].is_title and (body or aged > 0 or is_person(lowers[k]))
        if lowers[core.start] == "eines":
            return False  # a genitive article: "die Familie eines getöteten Bergmanns"
        t, aged = k, False
        for _ in range(3):  # up to two adjectives: "ein weiterer schwer verletzter", "ein weiterer 15-Jähriger"
            if t >= len(doc):
                return False
            age = age_compound(lowers, t, len(doc)) or age_phrase(lowers, t)
            if age and doc[t + age - 1].is_title:
                return True  # "ein 45-Jähriger": the age compound is the person
            if age:
                t += age  # "Ein 47-jähriger Lenker", "ein 42 Jahre alter Feuerwehrmann": an adjective
                aged = True
                continue
            word = lowers[t]
            if d.group_nouns.get(word):
                return False  # "eine Familie": a group, not one person
            if d.casualty_nouns.get(word) or d.person_nouns.get(word) and not doc[t].is_lower:
                return True  # not "einer deutschen Baufirma": a people's word written small is an adjective
            if (
                doc[t].is_title
                and (
                    is_person(word)
                    or harm_noun(word)
                    or (breakdown or aged) and not doc[t].is_sent_start and not d.non_person_nouns.get(word)
                )
                and not (t + 1 < len(doc) and doc[t + 1].is_title)
            ):
                # "ein Gardist", "ein Verschütteter", "unter ihnen ein Nepalese" (a breakdown of
                # people names people), but not "einer Berner Bank"
                return True
            if not doc[t].is_lower or not doc[t].is_alpha:
                return False
            t += 1
        return False

    def __call__(self, doc: Doc) -> Doc:
        lowers = lowers_of(doc)
        spans: list[Span] = []
        i = 0
        n = len(doc)
        remembered = self._may_open  # may_open's answers, read here first: a call per word costs
        while i < n:
            opens = remembered.get(lowers[i])
            if opens is None:
                opens = self.may_open(lowers[i])
            found = self.parse_at(doc, lowers, i) if opens and _may_start(doc[i]) else None
            if found is None:
                i += 1
                continue
            start, end, amount, resume = found
            if amount.kind in {"money", "count"} and self._in_page_noise(doc, lowers, start):
                amount = replace(amount, kind="other")  # a link teaser or a photo credit states no claim
            if amount.kind == "money":
                amount = replace(amount, unit=qualified_unit(self.data, doc, lowers, start, end, amount.unit))
            span = Span(doc, start, end, label=amount.kind)
            set_amount(span, amount)
            spans.append(span)
            i = resume
        scale_followers(self.data, doc, lowers, spans)
        borrow_currencies(doc, spans)
        mark_conversions(lowers, spans)
        mark_exchange_units(spans)
        doc.spans[AMOUNTS_KEY] = spans
        return doc


def _may_start(token) -> bool:  # type: ignore[no-untyped-def]
    """Cheap test: can an amount expression begin at this token?"""
    return not (token.is_space or token.is_punct and token.text not in {"€", "$", "£", "¥", "₽", "₴", "₩"})


def age_phrase(lowers: Sequence[str], t: int) -> int:
    """Tokens of an age written out between an article and its noun: "ein 42 Jahre alter
    Feuerwehrmann" (3), else 0."""
    if (
        t + 2 < len(lowers)
        and lowers[t].isdigit()
        and lowers[t + 1] in _words("age_years")
        and lowers[t + 2] in _words("age_adjectives")
    ):
        return 3
    return 0


def _age_list_bounds(lowers: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """The start of the first and the end of the last member of a list of small plain numbers
    that holds the number ``start``..``end`` ("16, 17 und 19", "27 und 31"), joined by the
    words of ``age_coordinators``; (start, end) for a number that stands alone."""
    if not _small_number(lowers[start]):
        return start, end
    joins = _words("age_coordinators")
    first = start
    while first >= 2 and lowers[first - 1] in joins and _small_number(lowers[first - 2]):
        first -= 2
    last = end
    while last + 1 < len(lowers) and lowers[last] in joins and _small_number(lowers[last + 1]):
        last += 2
    return first, last


#: The highest number a list of ages may hold.
_MAX_AGE = 130


def _small_number(word: str) -> bool:
    """A number that may be an age: "7", "31", "104", or a number word ("im Alter von zwei,
    fünf und acht Jahren", as police reports write children's ages)."""
    if word.isdigit():
        return len(word) <= 3
    value = parse_number_word(word) if word.isalpha() else None
    return value is not None and value < _MAX_AGE


def _is_number_like(token) -> bool:  # type: ignore[no-untyped-def]
    return bool(_DIGIT_START.match(token.text)) or parse_number_word(token.lower_) is not None


def _is_year_token(token) -> bool:  # type: ignore[no-untyped-def]
    return bool(re.fullmatch(r"(1[6-9]|20)\d\d", token.text))


@Language.factory("claimex_amounts", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_amount_recognizer(nlp: Language, name: str) -> AmountRecognizer:
    """Registered factory of :class:`AmountRecognizer`."""
    return AmountRecognizer()
