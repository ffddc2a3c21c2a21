"""The shipped name classifier: logistic regression over hashed word features, numpy only.

``models/names/weights.npz`` holds one float16 weight per hashed feature (:mod:`.features`) and
the decision threshold; a word's probability of being a name is the sigmoid of its features'
summed weights. Scores are cached per word form, so a text costs one dict probe per candidate
word after its first sight.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Optional, Union

import numpy as np

from ..errors import Errors
from .features import BUCKETS, word_features

__all__ = ["NameClassifier", "shared_name_classifier", "DEFAULT_NAMES_DIR"]

#: The shipped model, beside the package in the repository checkout.
DEFAULT_NAMES_DIR = Path(__file__).resolve().parents[3] / "models" / "names"
_CACHE_SIZE = 200_000


class NameClassifier:
    """Tells a capitalised word that names someone from a common noun.

    weights: one weight per hashed feature (length :data:`BUCKETS`); threshold: the probability
    from which a word counts as a name.
    """

    def __init__(self, weights: np.ndarray, threshold: float = 0.5):
        if weights.shape != (BUCKETS,):
            raise ValueError(Errors.E151.format(path="(memory)", reason=f"weights of shape {weights.shape}, expected ({BUCKETS},)"))
        self.weights = np.asarray(weights, dtype=np.float32)
        self.threshold = float(threshold)
        self._cache: dict[str, float] = {}

    def probability(self, text: str) -> float:
        """The probability that ``text`` is (part of) a proper name."""
        p = self._cache.get(text)
        if p is None:
            z = float(self.weights[word_features(text)].sum())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            if len(self._cache) < _CACHE_SIZE:
                self._cache[text] = p
        return p

    def is_name(self, text: str, threshold: Optional[float] = None) -> bool:
        """Whether ``text`` is a name at ``threshold`` (the model's own when None)."""
        return self.probability(text) >= (self.threshold if threshold is None else threshold)

    def save(self, folder: Union[str, Path], meta: Optional[dict] = None) -> None:
        """Write ``weights.npz`` and ``meta.json`` into ``folder``."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(folder / "weights.npz", weights=self.weights.astype(np.float16), threshold=np.float32(self.threshold))
        (folder / "meta.json").write_text(json.dumps(meta or {}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Union[str, Path, None] = None) -> "NameClassifier":
        """The classifier saved in ``folder`` (the shipped one when None)."""
        path = Path(folder or DEFAULT_NAMES_DIR) / "weights.npz"
        if not path.is_file():
            raise ValueError(Errors.E151.format(path=path, reason="file not found"))
        with np.load(path) as data:
            return cls(data["weights"].astype(np.float32), float(data["threshold"]))


_SHARED: dict[str, NameClassifier] = {}


def shared_name_classifier(folder: Union[str, Path, None] = None) -> NameClassifier:
    """One loaded classifier per folder for the whole process (its cache is shared too)."""
    key = str(Path(folder or DEFAULT_NAMES_DIR).resolve())
    if key not in _SHARED:
        _SHARED[key] = NameClassifier.load(folder)
    return _SHARED[key]
