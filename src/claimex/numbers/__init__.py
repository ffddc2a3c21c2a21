"""Pure functions that read German numerals and number words (no spaCy)."""

from .parse import parse_number_word, parse_numeral

__all__ = ["parse_numeral", "parse_number_word"]
