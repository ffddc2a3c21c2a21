"""German static word vectors: piece averages of USE v3, reduced by PCA, with run-time fallback.

A word's vector is the mean of its USE v3 piece vectors (:mod:`.pieces`), centred and projected
onto the first ``dim`` principal components fitted on the claimex vocabulary. The vectors of
that vocabulary are shipped (``models/vectors/``: ``words.txt`` and ``vectors.npz`` with the
float16 table, the PCA mean and components); any other word is averaged from its pieces at run
time through the same projection, so a shipped row and a computed one are the same vector
(up to float16 rounding) and the table is only a cache.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

import numpy as np

from ..errors import Errors
from .pieces import piece_table

__all__ = ["WordVectors", "fit_pca", "DEFAULT_VECTORS_DIR"]

#: The shipped vectors, beside the package in the repository checkout.
DEFAULT_VECTORS_DIR = Path(__file__).resolve().parents[3] / "models" / "vectors"
_CACHE_SIZE = 50_000


def fit_pca(matrix: np.ndarray, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean ``(D,)`` and the top ``dim`` principal axes ``(dim, D)`` of the rows of ``matrix``.

    The sign of each axis is fixed (largest coordinate positive) so that refits give the same
    vectors.
    """
    if not 0 < dim <= matrix.shape[1]:
        raise ValueError(Errors.E063.format(path="(fit)", reason=f"dim {dim} outside 1..{matrix.shape[1]}"))
    x = matrix.astype(np.float64)
    mean = x.mean(axis=0)
    x -= mean
    cov = x.T @ x / max(1, len(x) - 1)
    values, axes = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1][:dim]
    comps = axes[:, order].T
    signs = np.sign(comps[np.arange(dim), np.abs(comps).argmax(axis=1)])
    comps *= signs[:, None]
    return mean.astype(np.float32), comps.astype(np.float32)


class WordVectors:
    """Reduced static vectors for any word (see the module docstring).

    words: the shipped vocabulary; table: its vectors ``(len(words), dim)``; mean, components:
    the PCA projection from the 512-dim piece space.
    """

    def __init__(self, words: Sequence[str], table: np.ndarray, mean: np.ndarray, components: np.ndarray):
        if len(words) != len(table) or table.shape[1] != components.shape[0] or components.shape[1] != mean.shape[0]:
            raise ValueError(
                Errors.E063.format(
                    path="(memory)",
                    reason=f"{len(words)} words, table {table.shape}, mean {mean.shape}, components {components.shape}",
                )
            )
        self.index = {w: i for i, w in enumerate(words)}
        self.table = np.asarray(table, dtype=np.float32)
        self.mean = mean.astype(np.float32)
        self.components = components.astype(np.float32)
        self._computed: OrderedDict[str, np.ndarray] = OrderedDict()

    @property
    def dim(self) -> int:
        """Width of a vector."""
        return int(self.components.shape[0])

    @classmethod
    def build(cls, words: Iterable[str], dim: int) -> "WordVectors":
        """Average the piece vectors of ``words`` (sorted, unique) and fit the PCA on them."""
        vocab = sorted(set(words))
        full = piece_table().word_vectors(vocab)
        mean, comps = fit_pca(full, dim)
        table = (full - mean) @ comps.T
        return cls(vocab, table, mean, comps)

    def project(self, full: np.ndarray) -> np.ndarray:
        """Reduce 512-dim piece averages to ``dim``."""
        return (full - self.mean) @ self.components.T

    def computed(self, word: str) -> np.ndarray:
        """The vector of a word outside the table, averaged from its pieces (cached, bounded)."""
        vec = self._computed.get(word)
        if vec is None:
            vec = self.project(piece_table().word_vector(word))
            self._computed[word] = vec
            if len(self._computed) > _CACHE_SIZE:
                self._computed.popitem(last=False)
        return vec

    def __contains__(self, word: str) -> bool:
        return word in self.index

    def __getitem__(self, word: str) -> np.ndarray:
        row = self.index.get(word)
        return self.table[row] if row is not None else self.computed(word)

    def lookup(self, words: Sequence[str]) -> np.ndarray:
        """Vectors of the words, shape ``(len(words), dim)``, float32."""
        out = np.empty((len(words), self.dim), dtype=np.float32)
        index = self.index
        for i, w in enumerate(words):
            row = index.get(w)
            out[i] = self.table[row] if row is not None else self.computed(w)
        return out

    def to_disk(self, path: Union[str, Path], meta: Optional[dict] = None) -> None:
        """Write ``words.txt``, ``vectors.npz`` (float16 table) and ``meta.json``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        words = sorted(self.index, key=self.index.__getitem__)
        (path / "words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        np.savez_compressed(
            path / "vectors.npz", table=self.table.astype(np.float16), mean=self.mean, components=self.components
        )
        info = {"words": len(words), "dim": self.dim, **(meta or {})}
        (path / "meta.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Union[str, Path, None] = None) -> "WordVectors":
        """Read vectors written by :meth:`to_disk` (default: the shipped ``models/vectors``)."""
        path = Path(path) if path is not None else DEFAULT_VECTORS_DIR
        if not (path / "words.txt").is_file() or not (path / "vectors.npz").is_file():
            raise ValueError(Errors.E062.format(path=path))
        words = (path / "words.txt").read_text(encoding="utf-8").split("\n")[:-1]
        with np.load(path / "vectors.npz") as z:
            return cls(words, z["table"], z["mean"], z["components"])
