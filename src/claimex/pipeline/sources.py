"""Who asserts a claim when its own sentence does not say: the source of its paragraph.

News names a source once and lets it cover a whole stretch of text: "Die Behörde legte ihre
Bilanz vor. … Demnach kamen 14 Menschen ums Leben", or a lead sentence whose count is
attributed by the next one ("… sind 23 Menschen getötet worden. Mehr als 50 wurden verletzt,
teilte die Polizei mit."). :class:`ParagraphSources` finds, for a sentence without a source of
its own, the source of the nearest sentence of the same paragraph that has one: the sentences
before it first (the report it continues), else the next one (a report that closes the lead).
A paragraph ends at a blank line, so a ticker entry or a new section starts afresh.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of
from ..lang.de import load_table

__all__ = ["ParagraphSources"]

_BREAKS = {",", ";", ":", "–", "—"}

#: (sentence) -> the source the sentence names itself, or None
SentenceSource = Callable[[Span], Optional[Span]]


@lru_cache(maxsize=1)
def _carry() -> dict[str, int]:
    return {k: int(v) for k, v in load_table("attribution_cues.json")["source_carry"].items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """A word list of ``attribution_cues.json`` ("report_links", "report_anaphors")."""
    return frozenset(load_table("attribution_cues.json")[name])


class ParagraphSources:
    """The source a sentence inherits from its paragraph; see the module docstring.

    sentence_source: finds the source a sentence names itself (cached per sentence here).
    back, ahead: how many sentences before and after to look at.
    """

    def __init__(self, doc: Doc, sentence_source: SentenceSource, back: Optional[int] = None, ahead: Optional[int] = None):
        carry = _carry()
        self.doc = doc
        self._own = sentence_source
        self.back = carry["back"] if back is None else back
        self.ahead = carry["ahead"] if ahead is None else ahead
        self._cache: dict[int, Optional[Span]] = {}
        if len(doc):
            sentence_of(doc, 0)  # fills the sentence bounds cache read below
        self.starts, self.ends = doc_cache(doc).get("sentences", ([], []))
        self._index = {s: k for k, s in enumerate(self.starts)}

    def own(self, k: int) -> Optional[Span]:
        """The source sentence ``k`` names itself."""
        start = self.starts[k]
        if start not in self._cache:
            self._cache[start] = self._own(Span(self.doc, start, self.ends[k]))
        return self._cache[start]

    def _breaks(self, end: int, start: int) -> bool:
        """Whether a blank line (a paragraph break) lies between token ``end - 1`` and ``start``."""
        doc = self.doc
        return any("\n\n" in doc[t].text_with_ws or "\n\n" in doc[t].text for t in range(max(0, end - 1), start))

    def _opens_with(self, k: int, words: frozenset[str]) -> bool:
        doc = self.doc
        t = self.starts[k]
        while t < self.ends[k] and (doc[t].is_punct or doc[t].is_space):
            t += 1
        return t < self.ends[k] and doc[t].lower_ in words

    def _looks_back(self, k: int, source: Span) -> bool:
        """Whether sentence ``k`` attributes what came before it: "Das teilte die Polizei mit",
        "…, wie die Polizei mitteilte" (its source stands in a clause after its first break)."""
        if self._opens_with(k, _words("report_anaphors")):
            return True
        doc = self.doc
        return any(doc[t].text in _BREAKS for t in range(self.starts[k] + 1, source.start))

    def inherited(self, sent: Span, casualty: bool = False) -> Optional[Span]:
        """The source of the nearest sentence of the paragraph that names one, or None.

        A sentence continues the report before it when it counts harm (a toll goes on with its
        details) or opens with a link word ("Demnach", "Davon"); it takes the source of the
        sentence after it when that one looks back ("Das bestätigte die Polizei")."""
        k = self._index.get(sent.start)
        if k is None:
            return None
        if casualty or self._opens_with(k, _words("report_links")):
            for j in range(k - 1, max(-1, k - 1 - self.back), -1):
                if self._breaks(self.ends[j], self.starts[j + 1]):
                    break
                found = self.own(j)
                if found is not None:
                    return found
        for j in range(k + 1, min(len(self.starts), k + 1 + self.ahead)):
            if self._breaks(self.ends[j - 1], self.starts[j]):
                break
            found = self.own(j)
            if found is not None:
                return found if self._looks_back(j, found) else None
        return None
