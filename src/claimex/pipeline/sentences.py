"""``claimex_sentences``: rule-based German sentence boundaries on ``token.is_sent_start``.

A sentence ends at "." "!" "?" "…" (with any closing quotes or brackets after them) when the
next token opens a sentence, and at every line break. A period after a number is an ordinal
("am 3. Oktober", "der 2. Weltkrieg") unless the next word is one that opens sentences
("Die Zahl stieg auf 20. Danach ..."). Abbreviations keep their period in the tokenizer, so
"Mio." never ends a sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

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

    def _is_ordinal_period(self, doc: Doc, i: int) -> bool:
        """True when the "." at ``i`` belongs to an ordinal number before ``doc[i + 1]``."""
        if i == 0 or not doc[i - 1].text.isdigit() or doc[i - 1].whitespace_:
            return False
        if len(doc[i - 1].text) > 2 and not (i >= 2 and doc[i - 2].lower_ in _words("ordinal_determiners")):
            return False  # "zum 100. Geburtstag" is an ordinal, "stieg auf 2000." ends a sentence
        nxt = doc[i + 1]
        lower = nxt.lower_
        if lower in self.months or lower in self.ordinal_followers or nxt.is_lower or nxt.like_num:
            return True
        return lower not in _words("sentence_openers")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        starts = [False] * n
        if n:
            starts[0] = True
        for i, token in enumerate(doc):
            if "\n" in token.text and token.is_space:
                if i + 1 < n:
                    starts[i + 1] = True
                continue
            if token.text not in _ENDERS:
                continue
            j = i + 1
            while j < n and doc[j].text in _CLOSERS:
                j += 1
            while j < n and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            if j >= n or doc[j].is_space:
                continue
            nxt = doc[j]
            if token.text == "." and self._is_ordinal_period(doc, i):
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
