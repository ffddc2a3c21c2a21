"""``claimex_sentences``: rule-based German sentence boundaries on ``token.is_sent_start``.

A sentence ends at "." "!" "?" "…" (with any closing quotes or brackets after them) when the
next token opens a sentence, and at every line break. A period after a number is an ordinal
only where an ordinal can stand, as an attribute after an article ("am 3. Oktober", "der 2.
Weltkrieg") or at the head of its sentence; a number in any other place of its clause ("Die
Zahl stieg auf 17. Weitere ...") ends the sentence. Abbreviations keep their period in the
tokenizer; "Mio." ends a sentence only before a capitalised word that opens sentences ("3 Mio. Der
Vorstand …"), never before "Euro".
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import lowers_of
from ..lang.de import german
from ..lang.de import words as _words

__all__ = ["SentenceSegmenter", "make_sentence_segmenter"]

_ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"»", "«", "“", "”", '"', "'", "’", ")", "]", "‘", "›", "‹"}


class SentenceSegmenter:
    """Sets ``token.is_sent_start`` on every token."""

    def __init__(self) -> None:
        self.months = german().months
        self.ordinal_followers = german().ordinal_followers

    def _is_ordinal_period(self, doc: Doc, i: int, j: int) -> bool:
        """True when the "." at ``i`` belongs to an ordinal number before ``doc[j]``.

        An ordinal is an attribute: it follows an article ("am 3. Oktober", "der 2. Weltkrieg"),
        opens its sentence ("1. FC Köln") or joins another ordinal ("der 2. und 3. Klasse"), and
        a noun follows it. A number in any other place ("stieg auf 17.", "waren es 17.", "Platz
        3.") is a cardinal, and its period ends the sentence before a capitalised word."""
        if i == 0 or not doc[i - 1].text.isdigit() or doc[i - 1].whitespace_:
            return False
        nxt = doc[j]
        lower = nxt.lower_
        if nxt.is_lower or nxt.like_num or lower in self.months:
            return True
        number = i - 1
        before = doc[number - 1].lower_ if number > 0 else ""
        opens = number == 0 or doc[number - 1].is_space or before in _ENDERS or before in _CLOSERS
        joined = (
            before in _words("ordinal_joiners")
            and number >= 3
            and doc[number - 2].text == "."
            and doc[number - 3].text.isdigit()
        )
        attributive = joined or self._after_article(doc, number)
        if len(doc[number].text) > 2 and not attributive:
            return False  # "zum 100. Geburtstag" is an ordinal, "stieg auf 2000." ends a sentence
        if lower in self.ordinal_followers:
            return True  # "auf dem 3. Platz", "landete auf 3. Platz"
        if attributive or opens:
            # after an article only a noun can follow an ordinal, never a word that opens a sentence
            return lower not in _words("sentence_openers")
        return False

    @staticmethod
    def _after_article(doc: Doc, number: int) -> bool:
        """True when an article stands before the number, perhaps with up to two lower-case words
        of an adjective phrase between ("des späten 15.", "ihr traditionell begangenes 60.")."""
        k = number - 1
        while k >= 0 and number - k <= 3:
            if doc[k].lower_ in _words("ordinal_determiners"):
                return True
            if not (doc[k].is_lower and doc[k].is_alpha and len(doc[k]) > 3):
                return False
            k -= 1
        return False

    @staticmethod
    def _after_abbreviation(doc: Doc, i: int, starts: list[bool]) -> None:
        """A unit's abbreviation keeps its period, which may also end the sentence ("… zahlte 3
        Mio. Der Vorstand …", "… 410 Mio. Fr. Die Bank …"): the sentence ends there when a
        capitalised word that opens sentences follows."""
        j = i + 1
        if j >= len(doc) or not doc[i].whitespace_ or doc[j].is_space:
            return
        nxt = doc[j]
        if nxt.is_title and nxt.lower_ in _words("sentence_openers"):
            starts[j] = True

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        starts = [False] * n
        if n:
            starts[0] = True
        # The doc's cached lower-case words (line breaks and enders have no case) pick the few
        # tokens to look at: no Token object per word.
        closing = _words("closing_abbreviations")  # read once, not once a word
        for i, lower in enumerate(lowers_of(doc)):
            if "\n" in lower and doc[i].is_space:
                if i + 1 < n:
                    starts[i + 1] = True
                continue
            if lower in closing:
                self._after_abbreviation(doc, i, starts)
                continue
            if lower not in _ENDERS:
                continue
            token = doc[i]
            j = i + 1
            while j < n and doc[j].text in _CLOSERS:
                j += 1
            while j < n and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            if j >= n or doc[j].is_space:
                continue
            nxt = doc[j]
            if token.text == "." and self._is_ordinal_period(doc, i, j):
                continue
            if nxt.is_lower and not nxt.like_num:
                continue  # "ca. 5" style abbreviations the tokenizer missed, or "z. B."
            if not doc[j - 1].whitespace_ and not doc[j - 1].is_space and doc[j - 1].text not in _CLOSERS:
                continue  # no space after the period: "www.x.de", "3.Mai"
            starts[j] = True
        # One array write: setting token.is_sent_start one by one re-checks the doc each time.
        values = numpy.array([1 if start else -1 for start in starts], dtype="int64").astype("uint64").reshape(n, 1)
        doc.from_array([SENT_START], values)
        return doc


@Language.factory("claimex_sentences", assigns=["token.is_sent_start"])
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    """Registered factory of :class:`SentenceSegmenter`."""
    return SentenceSegmenter()
