"""``claimex_ner``: the trained entity recognizer where it matters, rule entities elsewhere.

Runs after ``claimex_entities`` (whose rule entities are already in ``doc.ents``). The trained
model (``models/ner``, see :mod:`.train`) only reads the sentences that hold a candidate
amount (``money``, or ``count`` beside a casualty word, in ``doc.spans["claimex_amounts"]``) and up to
``context_sentences`` sentences before each in the same paragraph, because roles are only
read there; that keeps ``extract`` fast. In those windows the model's entities win and rule
entities fill the gaps they leave (``mode = "model_then_rules"``); ``"model_only"`` keeps just
the model's entities there; ``"rules_only"`` turns the model off. If the model folder is
missing, the stage warns once (W020) and keeps the rule entities.
"""

from __future__ import annotations

import warnings
from bisect import bisect_right
from pathlib import Path
from typing import Iterable, Optional

import numpy as np
from spacy.attrs import IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import Errors, Warnings
from ..extensions import AMOUNTS_KEY
from ..lang.de.casualty_words import casualty_words
from ..pipeline.paragraphs import blank_line
from . import LABELS

__all__ = ["TrainedEntities", "make_trained_entities", "load_ner_model", "MODES", "SCOPES"]

MODES = ("model_then_rules", "model_only", "rules_only")
#: "candidates": only the windows around candidate amounts; "all": every sentence (evaluation).
SCOPES = ("candidates", "all")
#: Money amounts are always claim candidates; a count is one only in a sentence with a casualty
#: word (casualty_terms.json: nouns and triggers, nouns also as heads of compounds).
_MONEY, _COUNT = "money", "count"


def load_ner_model(path: Optional[str] = None) -> Language:
    """The trained pipeline at ``path`` (default: the shipped ``models/ner``)."""
    import spacy

    from .. import vectors as _vectors  # noqa: F401  (registers claimex.PieceVectors.v1)
    from .train import DEFAULT_NER_DIR

    folder = Path(path) if path else DEFAULT_NER_DIR
    if not (folder / "config.cfg").is_file():
        raise ValueError(Errors.E064.format(path=folder))
    return spacy.load(folder)


class TrainedEntities:
    """See the module docstring."""

    def __init__(
        self, model: Optional[str], mode: str, context_sentences: int, labels: Iterable[str], scope: str = "candidates"
    ):
        if mode not in MODES:
            raise ValueError(Errors.E067.format(value=mode, allowed=", ".join(MODES)))
        if scope not in SCOPES:
            raise ValueError(Errors.E067.format(value=scope, allowed=", ".join(SCOPES)))
        self.model_path = model
        self.mode = mode
        self.scope = scope
        self.context_sentences = context_sentences
        self.labels = frozenset(labels)
        self._ner: Optional[Language] = None
        self._failed = mode == "rules_only"
        self._casualties = casualty_words()

    @property
    def ner(self) -> Optional[Language]:
        """The trained pipeline, loaded on first use; None when it cannot be loaded."""
        if self._ner is None and not self._failed:
            try:
                self._ner = load_ner_model(self.model_path)
            except (ValueError, OSError) as e:
                self._failed = True
                warnings.warn(Warnings.W020.format(path=self.model_path or "models/ner", reason=e), stacklevel=2)
        return self._ner

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges the model reads: candidate sentences with their paragraph context."""
        if self.scope == "all":
            return [(0, len(doc))] if len(doc) else []
        if not len(doc):
            return []
        amounts = [(span.start, span.label_) for span in (doc.spans[AMOUNTS_KEY] if AMOUNTS_KEY in doc.spans else ())]
        amounts = sorted((i, label) for i, label in amounts if label in (_MONEY, _COUNT))
        if not amounts:
            return []
        # sentence bounds from one array, not a Span per sentence
        table = doc.to_array([SENT_START, LOWER, ORTH, SPACY, IS_SPACE])
        starts = [0] + (np.flatnonzero(table[1:, 0] == 1) + 1).tolist()
        ends = starts[1:] + [len(doc)]
        strings = doc.vocab.strings
        wanted: set[int] = set()
        casualty_sentence: dict[int, bool] = {}
        for start, label in amounts:
            k = bisect_right(starts, start) - 1
            if label == _COUNT:
                if k not in casualty_sentence:
                    lowers = [strings[h] for h in table[starts[k] : ends[k], 1].tolist()]
                    casualty_sentence[k] = self._casualties.mentioned(lowers)
                if not casualty_sentence[k]:
                    continue
            wanted.add(k)
            for back in range(1, self.context_sentences + 1):
                j = k - back
                if j < 0 or j in wanted:
                    break
                if _paragraph_break(strings, table, starts[j + 1]):
                    break
                wanted.add(j)
        ranges: list[tuple[int, int]] = []
        for k in sorted(wanted):  # adjacent sentences become one window: the model sees across them
            s, e = starts[k], ends[k]
            if ranges and ranges[-1][1] == s:
                ranges[-1] = (ranges[-1][0], e)
            else:
                ranges.append((s, e))
        return ranges

    def __call__(self, doc: Doc) -> Doc:
        ner = self.ner
        if ner is None:
            return doc
        windows = self.windows(doc)
        if not windows:
            return doc
        # the windows as new docs of the model's vocab, built from one array (no Token objects)
        strings = doc.vocab.strings
        table = doc.to_array([ORTH, SPACY])
        subdocs = [
            Doc(
                ner.vocab,
                words=[strings[h] for h in table[s:e, 0].tolist()],
                spaces=[bool(x) for x in table[s:e, 1].tolist()],
            )
            for s, e in windows
        ]
        for _, proc in ner.pipeline:
            subdocs = list(proc.pipe(subdocs))
        found = [
            Span(doc, s + e.start, s + e.end, label=e.label_)
            for (s, _), sub in zip(windows, subdocs)
            for e in sub.ents
            if e.label_ in self.labels
        ]
        taken = {i for span in found for i in range(span.start, span.end)}
        starts = [s for s, _ in windows]
        kept = []
        for ent in doc.ents:
            k = bisect_right(starts, ent.end - 1) - 1
            in_window = k >= 0 and windows[k][1] > ent.start
            if not in_window or self.mode == "model_then_rules" and taken.isdisjoint(range(ent.start, ent.end)):
                kept.append(ent)
        doc.ents = filter_spans(found + kept)
        return doc


def _paragraph_break(strings, table, boundary: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a blank line separates the sentences meeting at token ``boundary``: the space
    tokens on both sides of it and the whitespace after the word before them.

    table: the doc's ``to_array`` with ORTH, SPACY and IS_SPACE in its columns 2, 3 and 4.
    """
    start, end = boundary, boundary
    while start > 0 and table[start - 1, 4]:
        start -= 1
    while end < len(table) and table[end, 4]:
        end += 1
    gap = "".join(strings[int(table[i, 2])] + " " * int(table[i, 3]) for i in range(start, end))
    before = " " * int(table[start - 1, 3]) if start > 0 else ""
    return blank_line(before + gap)


@Language.factory(
    "claimex_ner",
    assigns=["doc.ents"],
    requires=["doc.spans", "doc.ents", "token.is_sent_start"],
    default_config={
        "model": None,
        "mode": "model_then_rules",
        "scope": "candidates",
        "context_sentences": 1,
        "labels": list(LABELS),
    },
)
def make_trained_entities(
    nlp: Language, name: str, model: Optional[str], mode: str, scope: str, context_sentences: int, labels: list[str]
) -> TrainedEntities:
    """Factory of ``claimex_ner``. model: a trained pipeline folder (None: ``models/ner``)."""
    return TrainedEntities(model, mode, context_sentences, labels, scope)
