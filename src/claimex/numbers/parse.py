"""Read a German, Swiss or English numeral or a German number word as a Decimal.

Values are Decimals built from strings, never from floats, so "5,6" is exactly 5.6.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Optional

from ..lang.de import german

__all__ = ["parse_numeral", "parse_number_word"]

_GROUP_MARKS = re.compile("['\u2019\u00a0\u202f\u2009 ]")
_GROUPED = re.compile("\\d{1,3}(?:['\u2019\u00a0\u202f\u2009 ]\\d{3})+(?:[.,]\\d+)?")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def parse_numeral(text: str) -> Optional[Decimal]:
    """The value of a numeral written in digits, or None when it is no plain number.

    Apostrophes and narrow or no-break spaces group thousands (Swiss "15'000"). With both
    "." and "," the later one is the decimal mark; one "," alone is the German decimal mark;
    one "." before exactly three digits groups thousands ("1.200"), before fewer it is a
    decimal point ("2.5 Mio."); several of one mark group thousands.

    >>> parse_numeral("5,6"), parse_numeral("1.200"), parse_numeral("15'000")
    (Decimal('5.6'), Decimal('1200'), Decimal('15000'))
    >>> parse_numeral("1.234.567,89"), parse_numeral("1,234,567.89"), parse_numeral("2.5")
    (Decimal('1234567.89'), Decimal('1234567.89'), Decimal('2.5'))
    >>> parse_numeral("5\u00a0000"), parse_numeral("20:30") is None
    (Decimal('5000'), True)
    """
    s = text.strip()
    if _GROUP_MARKS.search(s):
        if not _GROUPED.fullmatch(s):
            return None  # grouping marks stand between groups of three digits only
        s = _GROUP_MARKS.sub("", s)
    if not _DIGITS.fullmatch(s):
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal_mark = "." if s.rfind(".") > s.rfind(",") else ","
        if s.count(decimal_mark) > 1:
            return None
        group_mark = "," if decimal_mark == "." else "."
        s = s.replace(group_mark, "").replace(decimal_mark, ".")
    elif commas:
        s = s.replace(",", "") if commas > 1 else s.replace(",", ".")
    elif dots:
        if dots > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", s):
            s = s.replace(".", "")
        # else: one "." before 1, 2 or 4+ digits is a decimal point
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


@lru_cache(maxsize=65536)
def parse_number_word(word: str) -> Optional[Decimal]:
    """The value of a German number word, or None.

    >>> parse_number_word("zwölf"), parse_number_word("zweitausend"), parse_number_word("dreieinhalb")
    (Decimal('12'), Decimal('2000'), Decimal('3.5'))
    >>> parse_number_word("zweihunderteinundfünfzig"), parse_number_word("Soldaten") is None
    (Decimal('251'), True)
    """
    w = word.lower()
    data = german()
    if w in data.number_units:
        return data.number_units[w]
    if w in data.fractions:
        return data.fractions[w]
    if len(w) < 4 or not w.isalpha():
        return None
    for scale, factor in (("tausend", 1000), ("hundert", 100)):
        # "zweieinhalbtausend": a fraction before a scale inside one word
        if (
            w.endswith(scale)
            and w[: -len(scale)] in data.fractions
            and w[: -len(scale)] not in {"halbe", "halben", "halb"}
        ):
            return data.fractions[w[: -len(scale)]] * factor
    # Compounds beyond the table: text2num knows German cardinal compounds.
    if w.endswith("einhalb") and parse_number_word(w[: -len("einhalb")]) is not None:
        return parse_number_word(w[: -len("einhalb")]) + Decimal("0.5")  # type: ignore[operator]
    try:
        from text_to_num import text2num

        return Decimal(int(text2num(w, "de")))
    except (ValueError, TypeError, ImportError):
        return None
