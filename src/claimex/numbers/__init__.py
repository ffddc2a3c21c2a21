"""Pure functions that read German numerals and number words (no spaCy)."""
from .parse import parse_numeral, parse_number_word

__all__ = ["parse_numeral", "parse_number_word"]
