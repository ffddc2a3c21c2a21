"""The German tokenizer keeps amounts analysable and every offset exact."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimex.lang.de.tokenizer import mask


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("5,6 Mrd. Euro", ["5,6", "Mrd.", "Euro"]),
        ("1.200 Menschen", ["1.200", "Menschen"]),
        ("15'000 Soldaten", ["15'000", "Soldaten"]),
        ("15’000 Franken", ["15’000", "Franken"]),
        ("5\u00a0000 Euro", ["5\u00a0000", "Euro"]),
        ("5\u202f000 Euro", ["5\u202f000", "Euro"]),
        ("€50 und 50€", ["€", "50", "und", "50", "€"]),
        ("US$ 3 Mio.", ["US$", "3", "Mio."]),
        ("3 Mrd. US-Dollar", ["3", "Mrd.", "US-Dollar"]),
        ("20–30 Tote", ["20", "–", "30", "Tote"]),
        ("am 2025-09-18", ["am", "2025", "-", "09", "-", "18"]),
        ("Putin (72)", ["Putin", "(", "72", ")"]),
        ("ein 50-Millionen-Euro-Paket", ["ein", "50", "-", "Millionen", "-", "Euro", "-", "Paket"]),
        ("Kreml-Chef Putin", ["Kreml-Chef", "Putin"]),
        ("Fr. 200.–", ["Fr.", "200", ".", "–"]),
        ("Kampfjets vom Typ F-16", ["Kampfjets", "vom", "Typ", "F-16"]),
        ("auf 20. Danach", ["auf", "20", ".", "Danach"]),
        ("um 20:30 Uhr", ["um", "20:30", "Uhr"]),
        ("Tsd. Bio. ca. 5", ["Tsd.", "Bio.", "ca.", "5"]),
    ],
)
def test_tokenizer_splits(de_tokenizer, text, tokens):
    assert [t.text for t in de_tokenizer(text) if not t.is_space] == tokens


@pytest.mark.parametrize("text", ["", " ", "\n\n", "a  b", "\tTab\t", "5\u00a0000", "Ende.\n\nNeu"])
def test_tokenizer_keeps_text(de_tokenizer, text):
    assert de_tokenizer(text).text == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_tokenizer_offsets_are_input_offsets(de_tokenizer, text):
    doc = de_tokenizer(text)
    assert doc.text == mask(text) and len(doc.text) == len(text)
    for token in doc:
        assert mask(text)[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("5\u00a0Millionen\u00a0Euro", ["5", "Millionen", "Euro"]),
        ("3,5\u2009Mio.\u202fFranken", ["3,5", "Mio.", "Franken"]),
        ("laut\u00a0Polizei", ["laut", "Polizei"]),
        ("15\u202f000\u00a0Euro", ["15\u202f000", "Euro"]),
    ],
)
def test_inline_spaces_read_as_plain_spaces_one_for_one(de_tokenizer, text, tokens):
    doc = de_tokenizer(text)
    assert [t.text for t in doc] == tokens and len(doc.text) == len(text)


def test_tokenizer_masks_lone_surrogates_one_for_one(de_tokenizer):
    text = "Tote \ud800 5"
    doc = de_tokenizer(text)
    assert len(doc.text) == len(text) and doc.text.replace("\ufffd", "\ud800") == text
