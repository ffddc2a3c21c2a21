"""Sentence boundaries on German news text."""

import pytest

from claimex.pipeline.sentences import SentenceSegmenter

CASES = [
    ("Die Zahl stieg auf 20. Danach kamen weitere Helfer.", ["Die Zahl stieg auf 20.", "Danach kamen weitere Helfer."]),
    (
        "Am 3. Oktober 2024 kamen 5 Mio. Euro an. Es blieb ruhig.",
        ["Am 3. Oktober 2024 kamen 5 Mio. Euro an.", "Es blieb ruhig."],
    ),
    ("Seit dem 2. Weltkrieg nicht mehr. Jetzt schon.", ["Seit dem 2. Weltkrieg nicht mehr.", "Jetzt schon."]),
    ("Er sagte: «Das war schlimm.» Dann ging er.", ["Er sagte: «Das war schlimm.»", "Dann ging er."]),
    ("Überschrift ohne Punkt\nDer Text beginnt hier.", ["Überschrift ohne Punkt", "Der Text beginnt hier."]),
    ("Das kostet ca. 5 Fr. pro Stück. Wirklich?", ["Das kostet ca. 5 Fr. pro Stück.", "Wirklich?"]),
    ("Laut z.B. der Polizei war es so. Ende.", ["Laut z.B. der Polizei war es so.", "Ende."]),
    # a unit's abbreviation ends the sentence before a capitalised sentence opener, not before a unit
    (
        "Die Prämien summierten sich auf 12 Mio. Die Gewerkschaft protestierte.",
        ["Die Prämien summierten sich auf 12 Mio.", "Die Gewerkschaft protestierte."],
    ),
    ("Der Kanton zahlte 4 Mio. Fr. Im Vorjahr waren es 3 Mio. Fr. weniger.", ["Der Kanton zahlte 4 Mio. Fr.", "Im Vorjahr waren es 3 Mio. Fr. weniger."]),
    ("Es fehlen 2 Mrd. Euro im Haushalt.", ["Es fehlen 2 Mrd. Euro im Haushalt."]),
]


@pytest.mark.parametrize("text,sentences", CASES, ids=[c[0][:30] for c in CASES])
def test_sentence_boundaries(de_tokenizer, text, sentences):
    doc = SentenceSegmenter()(de_tokenizer(text))
    assert [s.text.strip() for s in doc.sents] == sentences
