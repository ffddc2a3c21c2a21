"""The relation model's forward pass in numpy, and its folder (``config.json`` +
``model.safetensors``): inference needs neither torch nor a GPU.

The network (trained by :mod:`.model` in torch, same weight names and shapes):

- amount: the sum of the embeddings of its hashed features, with its dense context vector ->
  ReLU layer ``amount`` -> logits of ``type`` (none / monetary / casualty), ``category`` and
  ``hedged``;
- pair: the sum of the embeddings of its hashed features, with the dense vectors of the
  candidate and of the amount's context and the amount's hidden layer -> ReLU layer ``pair`` ->
  logits of ``role`` (none, agent, recipient, victim, source).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, Optional, Sequence, Union

import numpy as np

from ..errors import Errors

__all__ = ["DEFAULT_MODEL_DIR", "WEIGHT_NAMES", "Logits", "NumpyRelationNet", "bag_sum", "flatten_bags", "unique_bags"]

#: The shipped relation model, beside the package in the repository checkout.
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "relations"
WEIGHT_NAMES = (
    "embed",
    "amount.weight", "amount.bias",
    "claim_type.weight", "claim_type.bias",
    "category.weight", "category.bias",
    "hedged.weight", "hedged.bias",
    "pair.weight", "pair.bias",
    "role.weight", "role.bias",
)  # fmt: skip


@dataclass
class Logits:
    """Raw scores of one batch: per amount ``type`` (n, 3), ``category`` (n, C), ``hedged`` (n, 2);
    per pair ``role`` (p, R)."""

    type: np.ndarray
    category: np.ndarray
    hedged: np.ndarray
    role: np.ndarray


def flatten_bags(bags: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Feature id lists as one flat array and the start offset of each bag (EmbeddingBag input)."""
    lengths = np.fromiter((len(b) for b in bags), dtype=np.int64, count=len(bags))
    offsets = np.zeros(len(bags), dtype=np.int64)
    if len(bags):
        np.cumsum(lengths[:-1], out=offsets[1:])
    flat = np.fromiter(chain.from_iterable(bags), dtype=np.int64, count=int(lengths.sum()))  # no Python loop
    return flat, offsets


def unique_bags(bags: Sequence[Sequence[int]]) -> tuple[list[Sequence[int]], np.ndarray]:
    """The distinct bags of ``bags`` (tuples; first seen first) and the index of each bag among them.

    Half of a doc's pairs have a bag that another pair has too (a candidate stands to two amounts
    of a sentence alike): each distinct bag is summed once. Its sum is the same either way.
    """
    index: dict[Any, int] = {}
    rows = [index.setdefault(b if type(b) is tuple else tuple(b), len(index)) for b in bags]
    return list(index), np.asarray(rows, dtype=np.int64)


#: Bags summed per step of :func:`bag_sum`: their gathered rows stay in the CPU cache.
_BAGS_PER_STEP = 512


def bag_sum(table: np.ndarray, flat: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """The sum of the rows of each bag (every bag non-empty), shape ``(len(offsets), dim)``.

    The bags are summed a few hundred at a time: gathering all rows of a long doc at once
    writes an array of tens of megabytes that the sum then reads back from memory, at twice
    the time. Each bag's rows are added in the same order either way (identical sums).
    """
    out = np.empty((len(offsets), table.shape[1]), dtype=table.dtype)
    ends = np.append(offsets, len(flat))
    for i in range(0, len(offsets), _BAGS_PER_STEP):
        j = min(i + _BAGS_PER_STEP, len(offsets))
        lo, hi = ends[i], ends[j]
        out[i:j] = np.add.reduceat(table[flat[lo:hi]], offsets[i:j] - lo, axis=0)
    return out


def _relu_layer(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.maximum(x @ w.T + b, 0.0)


class NumpyRelationNet:
    """The forward pass over weights loaded from ``model.safetensors``."""

    def __init__(self, weights: dict[str, np.ndarray]):
        missing = [n for n in WEIGHT_NAMES if n not in weights]
        if missing:
            raise ValueError(f"weights lack {', '.join(missing)}")
        self.w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}

    def forward(
        self,
        amount_bags: Sequence[Sequence[int]],
        amount_vectors: np.ndarray,
        pair_bags: Sequence[Sequence[int]],
        pair_vectors: np.ndarray,
        pair_amount: Sequence[int],
        mention_bags: Optional[Sequence[Sequence[int]]] = None,
        pair_mention: Optional[Sequence[int]] = None,
    ) -> Logits:
        """Logits of amounts and pairs. A pair's bag is ``pair_bags[p]``, or with ``mention_bags``
        that and its candidate's ``mention_bags[pair_mention[p]]`` (the shared part, summed once)."""
        w = self.w
        flat, offsets = flatten_bags(amount_bags)
        xa = bag_sum(w["embed"], flat, offsets)
        if amount_vectors.shape[1]:
            xa = np.concatenate([xa, amount_vectors], axis=1)
        ha = _relu_layer(xa, w["amount.weight"], w["amount.bias"])
        out_type = ha @ w["claim_type.weight"].T + w["claim_type.bias"]
        out_cat = ha @ w["category.weight"].T + w["category.bias"]
        out_hedged = ha @ w["hedged.weight"].T + w["hedged.bias"]
        if len(pair_bags):
            distinct, rows = unique_bags(pair_bags)
            xp = bag_sum(w["embed"], *flatten_bags(distinct))[rows]
            if mention_bags is not None and pair_mention is not None:
                xp += bag_sum(w["embed"], *flatten_bags(mention_bags))[np.asarray(pair_mention, dtype=np.int64)]
            parts = [xp]
            if pair_vectors.shape[1]:
                parts.append(pair_vectors)
            parts.append(ha[np.asarray(pair_amount, dtype=np.int64)])
            hp = _relu_layer(np.concatenate(parts, axis=1), w["pair.weight"], w["pair.bias"])
            out_role = hp @ w["role.weight"].T + w["role.bias"]
        else:
            out_role = np.zeros((0, w["role.bias"].shape[0]), dtype=np.float32)
        return Logits(out_type, out_cat, out_hedged, out_role)


def read_model_folder(path: Union[str, Path]) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """``config.json`` and the weights of a saved relation model; coded errors when absent or broken."""
    path = Path(path)
    config_path, weights_path = path / "config.json", path / "model.safetensors"
    if not config_path.is_file() or not weights_path.is_file():
        raise ValueError(Errors.E100.format(path=path))
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ValueError(Errors.E101.format(path=path, reason=f"config.json: {e}")) from e
    if not isinstance(config, dict) or config.get("kind") != "claimex.relation_model":
        raise ValueError(Errors.E101.format(path=path, reason="config.json is no claimex relation model config"))
    try:
        from safetensors.numpy import load_file

        weights = load_file(str(weights_path))
    except ImportError as e:
        raise ValueError(Errors.E101.format(path=path, reason=f"the package safetensors is needed ({e})")) from e
    except Exception as e:  # safetensors raises its own error types for a damaged file
        raise ValueError(Errors.E101.format(path=path, reason=f"model.safetensors: {e}")) from e
    return config, weights


def write_weights(path: Union[str, Path], weights: dict[str, np.ndarray]) -> None:
    """Save weights as safetensors; the embedding table as float16 (half the size, same scores)."""
    from safetensors.numpy import save_file

    out = {k: np.ascontiguousarray(v, dtype=np.float16 if k == "embed" else np.float32) for k, v in weights.items()}
    save_file(out, str(Path(path) / "model.safetensors"))
