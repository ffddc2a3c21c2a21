"""Numerals and number words, as case tables."""

from decimal import Decimal

import pytest

from claimex.numbers import parse_number_word, parse_numeral

NUMERALS = [
    ("5,6", "5.6"),
    ("1.200", "1200"),
    ("1.234.567", "1234567"),
    ("1.234.567,89", "1234567.89"),
    ("1,234,567.89", "1234567.89"),
    ("15'000", "15000"),
    ("15’000", "15000"),
    ("5\u00a0000", "5000"),
    ("5\u202f000", "5000"),
    ("2.5", "2.5"),
    ("0,5", "0.5"),
    ("2000", "2000"),
    ("12.50", "12.50"),
    ("1'234'567", "1234567"),
]
NOT_NUMERALS = ["20:30", "abc", "", "1,2,3.4,5", "5'5.5'5"]
WORDS = [
    ("zwölf", "12"),
    ("zweitausend", "2000"),
    ("dreieinhalb", "3.5"),
    ("anderthalb", "1.5"),
    ("eineinhalb", "1.5"),
    ("dreihundertfünfzig", "350"),
    ("zweihunderteinundfünfzig", "251"),
    ("elf", "11"),
    ("hundert", "100"),
    ("tausend", "1000"),
    ("zwanzig", "20"),
    ("siebzehn", "17"),
    ("zehntausend", "10000"),
    ("fünfeinhalb", "5.5"),
]
NOT_WORDS = ["Soldaten", "Mark", "Tote", "einmal", "elfte", "Achtung", "tausendfach", "Dreier"]


@pytest.mark.parametrize("text,value", NUMERALS, ids=[n for n, _ in NUMERALS])
def test_parse_numeral(text, value):
    assert parse_numeral(text) == Decimal(value)


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_parse_numeral_rejects(text):
    assert parse_numeral(text) is None


@pytest.mark.parametrize("word,value", WORDS, ids=[w for w, _ in WORDS])
def test_parse_number_word(word, value):
    assert parse_number_word(word) == Decimal(value)


@pytest.mark.parametrize("word", NOT_WORDS)
def test_parse_number_word_rejects(word):
    assert parse_number_word(word) is None
