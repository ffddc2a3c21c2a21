"""``claimex_parser``: dependency parse, POS and morphology (Case, Number) where roles are read.

The trained UD German pipeline (``models/parser``, see :mod:`.train`) reads only the sentences
that hold a candidate amount (``money``, or ``count`` in a sentence with a casualty word, in
``doc.spans["claimex_amounts"]``) and the sentence before each in the same paragraph; the
rule role stage and the relation classifier read roles nowhere else. Each such sentence is
parsed on its own and its annotation is written back as standard spaCy attributes
(``token.head``, ``token.dep_``, ``token.pos_``, ``token.morph``), so ``doc.has_annotation("DEP")``
holds and readers use the usual API. Tokens of other sentences stay unparsed (empty ``dep_``,
their own head), and the sentence bounds of ``claimex_sentences`` are kept as they were.

If the model folder is missing, the stage warns once (W150) and leaves the doc unparsed.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Optional

import numpy as np
from spacy.attrs import DEP, HEAD, MORPH, POS, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import Errors, Warnings
from ..extensions import AMOUNTS_KEY, sentence_of
from ..lang.de.casualty_words import casualty_words
from ..pipeline.paragraphs import blank_line

__all__ = ["SyntaxParser", "make_syntax_parser", "load_parser_model", "parsed_sentences"]

_MONEY, _COUNT = "money", "count"


def load_parser_model(path: Optional[str] = None) -> Language:
    """The trained pipeline at ``path`` (default: the shipped ``models/parser/model``)."""
    import spacy

    from .. import vectors as _vectors  # noqa: F401  (registers claimex.PieceVectors.v1)
    from .train import DEFAULT_PARSER_DIR

    folder = Path(path) if path else DEFAULT_PARSER_DIR / "model"
    if not (folder / "config.cfg").is_file():
        raise ValueError(Errors.E150.format(path=folder))
    return spacy.load(folder)


def parsed_sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` that ``claimex_parser`` parsed (none when it did not run)."""
    return [s for s in doc.sents if any(t.dep_ for t in s)]


class SyntaxParser:
    """See the module docstring. model: a trained pipeline folder (None: ``models/parser/model``);
    context_sentences: how many sentences before a candidate, in its paragraph, are parsed too."""

    def __init__(self, model: Optional[str] = None, context_sentences: int = 1):
        self.model_path = model
        self.context_sentences = context_sentences
        self._nlp: Optional[Language] = None
        self._failed = False
        self._casualties = casualty_words()

    @property
    def nlp(self) -> Optional[Language]:
        """The trained pipeline, loaded on first use; None when it cannot be loaded."""
        if self._nlp is None and not self._failed:
            try:
                self._nlp = load_parser_model(self.model_path)
            except (ValueError, OSError) as e:
                self._failed = True
                warnings.warn(Warnings.W150.format(path=self.model_path or "models/parser/model", reason=e), stacklevel=2)
        return self._nlp

    def sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges (words only, outer space tokens stripped) of the sentences to parse."""
        if AMOUNTS_KEY not in doc.spans or not doc.spans[AMOUNTS_KEY]:
            return []
        text = doc.text
        wanted: dict[int, Span] = {}
        candidates: set[int] = set()
        casualty: dict[int, bool] = {}
        for span in doc.spans[AMOUNTS_KEY]:
            if span.label_ not in (_MONEY, _COUNT):
                continue
            sent = sentence_of(doc, span.start)
            if sent.start in candidates:
                continue
            if span.label_ == _COUNT:
                if sent.start not in casualty:
                    casualty[sent.start] = self._casualties.mentioned([t.lower_ for t in sent])
                if not casualty[sent.start]:
                    continue
            candidates.add(sent.start)
            wanted[sent.start] = sent
            after = sent
            for _ in range(self.context_sentences):
                if after.start == 0:
                    break
                before = sentence_of(doc, after.start - 1)
                if _paragraph_break(doc, text, before, after):
                    break
                wanted.setdefault(before.start, before)
                after = before
        ranges = []
        for k in sorted(wanted):
            s, e = wanted[k].start, wanted[k].end
            while s < e and doc[s].is_space:
                s += 1
            while e > s and doc[e - 1].is_space:
                e -= 1
            if e > s:
                ranges.append((s, e))
        return ranges

    def __call__(self, doc: Doc) -> Doc:
        nlp = self.nlp
        if nlp is None:
            return doc
        ranges = self.sentences(doc)
        if not ranges:
            return doc
        subdocs = [
            Doc(nlp.vocab, words=[t.text for t in doc[s:e]], spaces=[bool(t.whitespace_) for t in doc[s:e]])
            for s, e in ranges
        ]
        for _, proc in nlp.pipeline:
            subdocs = list(proc.pipe(subdocs))
        self._write(doc, ranges, subdocs)
        return doc

    @staticmethod
    def _write(doc: Doc, ranges: list[tuple[int, int]], subdocs: list[Doc]) -> None:
        """Copy heads, labels, POS and morphology into ``doc``, keeping its sentence bounds."""
        sent_starts = doc.to_array([SENT_START])
        array = doc.to_array([HEAD, DEP, POS, MORPH])  # HEAD is relative: 0 for an unparsed token
        strings = doc.vocab.strings
        for (s, e), sub in zip(ranges, subdocs):
            for t in sub:
                strings.add(t.dep_)
                strings.add(str(t.morph))
            array[s:e] = sub.to_array([HEAD, DEP, POS, MORPH])
        doc.from_array([HEAD, DEP, POS, MORPH], array)
        # a parse sets sentence starts from its roots and clears them elsewhere: restore them
        doc.from_array([SENT_START], sent_starts.astype(np.uint64))


def _paragraph_break(doc: Doc, text: str, before: Span, after: Span) -> bool:
    """Whether a blank line separates two adjacent sentences (trailing space tokens included)."""
    end = before.end
    while end > before.start and doc[end - 1].is_space:
        end -= 1
    gap_start = doc[end - 1].idx + len(doc[end - 1]) if end > before.start else before.start_char
    return blank_line(text, gap_start, after.start_char)


@Language.factory(
    "claimex_parser",
    assigns=["token.dep", "token.head", "token.pos", "token.morph"],
    requires=["doc.spans", "token.is_sent_start"],
    default_config={"model": None, "context_sentences": 1},
)
def make_syntax_parser(nlp: Language, name: str, model: Optional[str], context_sentences: int) -> SyntaxParser:
    """Factory of ``claimex_parser``. model: a trained pipeline folder (None: ``models/parser/model``)."""
    return SyntaxParser(model, context_sentences)
