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

import re
import warnings
from bisect import bisect_right
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import Errors, Warnings
from ..extensions import AMOUNTS_KEY
from ..lang.de import load_table
from . import LABELS

__all__ = ["TrainedEntities", "make_trained_entities", "load_ner_model", "MODES", "SCOPES"]

MODES = ("model_then_rules", "model_only", "rules_only")
#: "candidates": only the windows around candidate amounts; "all": every sentence (evaluation).
SCOPES = ("candidates", "all")
#: Money amounts are always claim candidates; a count is one only in a sentence with a casualty
#: word (casualty_terms.json: nouns and triggers, nouns also as heads of compounds).
_MONEY, _COUNT = "money", "count"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


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
        terms = load_table("casualty_terms.json")
        nouns = {w for words in terms["nouns"].values() for w in words}
        triggers = {w.split()[0] for words in terms["triggers"].values() for w in words}
        self._casualty_words = frozenset(nouns | triggers)
        self._casualty_heads = tuple(sorted(n for n in nouns if len(n) >= 4))

    def _mentions_casualties(self, sent: Span) -> bool:
        words, heads = self._casualty_words, self._casualty_heads
        return any(t.lower_ in words or t.lower_.endswith(heads) for t in sent if t.is_alpha)

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
        sents = list(doc.sents)
        if not sents:
            return []
        starts = [s.start for s in sents]
        text = doc.text  # built from the tokens on every access: read it once
        wanted: set[int] = set()
        casualty_sentence: dict[int, bool] = {}
        for span in doc.spans[AMOUNTS_KEY] if AMOUNTS_KEY in doc.spans else ():
            if span.label_ not in (_MONEY, _COUNT):
                continue
            k = bisect_right(starts, span.start) - 1
            if span.label_ == _COUNT:
                if k not in casualty_sentence:
                    casualty_sentence[k] = self._mentions_casualties(sents[k])
                if not casualty_sentence[k]:
                    continue
            wanted.add(k)
            for back in range(1, self.context_sentences + 1):
                j = k - back
                if j < 0 or _paragraph_break(doc, text, sents[j], sents[j + 1]):
                    break
                wanted.add(j)
        ranges: list[tuple[int, int]] = []
        for k in sorted(wanted):  # adjacent sentences become one window: the model sees across them
            s, e = sents[k].start, sents[k].end
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
        tokens = [(t.text, bool(t.whitespace_)) for t in doc]
        subdocs = [
            Doc(ner.vocab, words=[w for w, _ in tokens[s:e]], spaces=[sp for _, sp in tokens[s:e]]) for s, e in windows
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


def _paragraph_break(doc: Doc, text: str, before: Span, after: Span) -> bool:
    """Whether a blank line separates two adjacent sentences (trailing space tokens included)."""
    end = before.end
    while end > before.start and doc[end - 1].is_space:
        end -= 1
    gap_start = doc[end - 1].idx + len(doc[end - 1]) if end > before.start else before.start_char
    return _BLANK_LINE.search(text, gap_start, after.start_char) is not None


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
