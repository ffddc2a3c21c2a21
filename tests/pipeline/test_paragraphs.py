"""Paragraph breaks (``claimex.pipeline.paragraphs``): token level and character level."""

import pytest

import claimex

from claimex.pipeline.paragraphs import blank_line, break_between, paragraph_bounds, paragraph_starts

TEXT = "Titel ohne Punkt\n\nErster Satz. Zweiter Satz.\n\n\nDritter Absatz."


def _index(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_paragraph_starts_follow_each_blank_line(de_tokenizer):
    doc = de_tokenizer(TEXT)
    assert [doc[i].text for i in paragraph_starts(doc)] == ["Erster", "Dritter"]


def test_a_single_line_break_parts_no_paragraph(de_tokenizer):
    doc = de_tokenizer("Titel ohne Punkt\nErster Satz.")
    assert paragraph_starts(doc) == []
    assert paragraph_bounds(doc, 3) == (0, len(doc))


@pytest.mark.parametrize("word,first,last", [("Titel", "Titel", "\n\n"), ("Zweiter", "Erster", "\n\n\n"), ("Absatz", "Dritter", ".")])
def test_paragraph_bounds(de_tokenizer, word, first, last):
    doc = de_tokenizer(TEXT)
    start, end = paragraph_bounds(doc, _index(doc, word))
    assert (doc[start].text, doc[end - 1].text) == (first, last)


def test_break_between_reads_the_tokens_of_the_stretch_only(de_tokenizer):
    doc = de_tokenizer(TEXT)
    erster, dritter = _index(doc, "Erster"), _index(doc, "Dritter")
    assert break_between(doc, 0, erster)  # the blank line after the title
    assert not break_between(doc, erster, dritter - 1)  # stops before the blank line token
    assert break_between(doc, erster, dritter)
    assert not break_between(doc, dritter, len(doc))
    assert not break_between(doc, dritter, dritter)  # an empty stretch


@pytest.mark.parametrize(
    "text,expected",
    [("a\n\nb", True), ("a\n \t\nb", True), ("a\nb", False), ("a \n b", False), ("", False)],
)
def test_blank_line_allows_spaces_between_the_line_breaks(text, expected):
    assert blank_line(text) is expected


def test_blank_line_reads_only_its_window():
    text = "Satz.\n\nNeuer Satz."
    assert blank_line(text, 0, len(text))
    assert not blank_line(text, 7)
    assert not blank_line(text, 0, 6)


@pytest.mark.parametrize("blank", ["\r\n\r\n", "\n \n", "\n\t\n", "\n\u00a0\n"])
def test_blank_lines_as_real_pages_write_them_part_paragraphs(de_tokenizer, blank):
    doc = de_tokenizer(f"Erster Satz.{blank}Zweiter Satz.")
    assert [doc[i].text for i in paragraph_starts(doc)] == ["Zweiter"]


@pytest.mark.parametrize("blank", ["\n\n", "\r\n\r\n", "\n \n"])
def test_a_source_is_not_carried_over_any_blank_line(blank):
    text = (
        f"Nach Angaben der Feuerwehr wurden bei dem Brand drei Bewohner verletzt.{blank}"
        "Der Sachschaden liegt bei 90.000 Euro."
    )
    sources = {c.text: c.source and c.source.text for c in claimex.extract(text)}
    assert sources == {"drei": "Feuerwehr", "90.000 Euro": None}
