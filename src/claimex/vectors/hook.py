"""A spaCy vectors table over :class:`~.store.WordVectors`: every word has a vector.

Registered as ``claimex.PieceVectors.v1`` in spaCy's ``vectors`` registry, so a pipeline says
``[nlp.vectors] @vectors = "claimex.PieceVectors.v1"`` and spaCy's own ``StaticVectors`` layer
(``include_static_vectors = true``) reads it through ``get_batch``. Words outside the shipped
table are averaged from their pieces at run time instead of becoming zero rows. Nothing is
serialized with the pipeline: the table is read from ``path`` (default: the shipped
``models/vectors``), so a trained model stays small.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

import numpy as np
from spacy.strings import StringStore
from spacy.util import registry
from spacy.vectors import BaseVectors
from spacy.vocab import Vocab

from .store import WordVectors

__all__ = ["PieceVectors", "create_piece_vectors", "shared_vectors"]


@lru_cache(maxsize=4)
def shared_vectors(path: Optional[str] = None) -> WordVectors:
    """One loaded :class:`WordVectors` per path, shared by every pipeline of the process."""
    return WordVectors.from_disk(path)


class PieceVectors(BaseVectors):
    """spaCy's vectors interface over :class:`WordVectors` (read-only; see the module docstring)."""

    name = "claimex_use3_pieces"
    mode = "claimex_pieces"

    def __init__(self, *, strings: Optional[StringStore] = None, path: Optional[str] = None):
        super().__init__(strings=strings)
        self.strings = strings if strings is not None else StringStore()
        self.path = path
        self._rows: dict[int, int] = {}  # string key -> row of the shipped table, -1 if outside it

    @property
    def store(self) -> WordVectors:
        """The word vectors (loaded on first use)."""
        return shared_vectors(self.path)

    def get_batch(self, keys) -> np.ndarray:  # type: ignore[no-untyped-def]
        """Vectors of string keys (hashes), shape ``(len(keys), dim)``.

        Each key is resolved to its row of the shipped table once (-1: outside the table, its
        vector computed from pieces); then a batch is one dict probe per key and one gather.
        """
        store = self.store
        klist = [int(k) for k in keys]
        known = self._rows
        rows = np.fromiter((known.get(k, -2) for k in klist), dtype=np.int64, count=len(klist))
        for i in np.flatnonzero(rows == -2).tolist():
            row = store.index.get(self.strings[klist[i]], -1)
            known[klist[i]] = rows[i] = row
        out = store.table[np.maximum(rows, 0)]
        for i in np.flatnonzero(rows == -1).tolist():
            out[i] = store.computed(self.strings[klist[i]])
        return out

    def __getitem__(self, key) -> np.ndarray:  # type: ignore[no-untyped-def]
        return self.store[key if isinstance(key, str) else self.strings[int(key)]]

    def __contains__(self, key) -> bool:  # type: ignore[no-untyped-def]
        return True

    def __len__(self) -> int:
        return len(self.store.index)

    def is_full(self) -> bool:
        return True

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.store.index), self.store.dim)

    @property
    def vectors_length(self) -> int:
        return self.store.dim

    @property
    def n_keys(self) -> int:
        return len(self.store.index)

    @property
    def size(self) -> int:
        return len(self.store.index) * self.store.dim

    def add(self, key, *, vector=None):  # type: ignore[no-untyped-def]
        raise NotImplementedError("claimex piece vectors are read-only; rebuild them with `claimex train vectors`")


@registry.vectors("claimex.PieceVectors.v1")
def create_piece_vectors(path: Optional[str] = None) -> Callable[[Vocab], BaseVectors]:
    """Vectors factory for ``[nlp.vectors]``; ``path`` None means the shipped ``models/vectors``."""

    def make(vocab: Vocab) -> BaseVectors:
        return PieceVectors(strings=vocab.strings, path=path)

    return make
