"""Confidence for writers the model never read: a recalibration fitted on held-out writers.

The model's confidences are calibrated on dev, whose documents come from the writers of the
training data. On documents of other writers the model is right less often (the corpus's
``test_unseen`` split: source right 0.63 against 0.70 on dev), so dev-calibrated confidences are
too high there, and real news is further still from any writer of the corpus.

This module measures that shift without touching a test split: the training documents are
grouped by writer into ``k`` folds; for each fold a model is trained on the other folds (same
settings and seed, early stopping and calibration on dev as usual) and run on the fold's
documents, whose writers it never read. From the pooled (confidence, right) samples of every
confidence field (the claim and ``Claim.field_confidence``; rightness as
:mod:`claimex.scoring.calibration` judges it), one Platt scaling per field is fitted: it maps
a dev-calibrated confidence to how often such a confidence is right on unseen writers. The
final model (trained on all of train) applies it on top of its own calibration
(``transfer_scaling`` in its ``config.json``).

The fold models read two thirds of the training data, so they are somewhat less accurate than
the final model and the recalibration leans cautious: a confidence may read a little low.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Optional, Sequence, Union

from ..errors import Errors
from ..scoring.calibration import CalibrationSamples, reliability
from ..scoring.matching import match_claims
from .calibrate import apply_platt, fit_platt
from .dataset import read_gold

__all__ = [
    "TRANSFER_KEY",
    "apply_transfer",
    "fit_transfer_scaling",
    "held_out_samples",
    "recalibrate_for_unseen_writers",
    "writer_folds",
]

#: The key of the recalibration in a model's ``config.json``: field -> [a, b].
TRANSFER_KEY = "transfer_scaling"


def writer_folds(docs: Sequence[dict[str, Any]], k: int, key: str = "writer") -> list[list[int]]:
    """The indices of ``docs`` in ``k`` folds, every writer (``meta[key]``) in one fold, folds of
    about equal size: writers by falling document count, each into the smallest fold so far
    (ties by name, so the folds are the same on every run). Raises E109 when the docs have
    fewer than ``k`` writers."""
    by_writer: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        by_writer[str((doc.get("meta") or {}).get(key, "?"))].append(i)
    if k < 2 or len(by_writer) < k:
        raise ValueError(Errors.E109.format(k=k, key=key, n=len(by_writer)))
    folds: list[list[int]] = [[] for _ in range(k)]
    for writer in sorted(by_writer, key=lambda w: (-len(by_writer[w]), w)):
        smallest = min(range(k), key=lambda f: (len(folds[f]), f))
        folds[smallest].extend(by_writer[writer])
    return [sorted(f) for f in folds]


def held_out_samples(
    train: Union[str, Path],
    dev: Union[str, Path],
    k: int,
    train_fn: Callable[..., Any],
    *,
    work: Union[str, Path, None] = None,
    **train_kwargs: Any,
) -> CalibrationSamples:
    """The (confidence, right) samples of every field, each document predicted by a model that
    was trained without its writer. ``train_fn`` is :func:`.train.train_relations` (passed in, so
    that this module needs no torch); ``train_kwargs`` go to it for every fold."""
    from ..api import load
    from ..evaluation import predict

    docs = read_gold(train)
    samples = CalibrationSamples()
    with tempfile.TemporaryDirectory(prefix="claimex-transfer-") as scratch:
        root = Path(work) if work is not None else Path(scratch)
        for f, fold in enumerate(writer_folds(docs, k)):
            held = set(fold)
            fold_train = root / f"fold{f}_train.jsonl"
            fold_train.parent.mkdir(parents=True, exist_ok=True)
            fold_train.write_text(
                "".join(json.dumps(d, ensure_ascii=False) + "\n" for i, d in enumerate(docs) if i not in held),
                encoding="utf-8",
            )
            model_dir = root / f"fold{f}_model"
            train_fn(fold_train, dev, model_dir, **train_kwargs)
            held_docs = [docs[i] for i in fold]
            predicted = predict(held_docs, load(model_dir).extract)
            for doc in held_docs:
                pred = predicted[doc["id"]]
                samples.add(pred, match_claims(doc["claims"], pred))
    return samples


def fit_transfer_scaling(samples: CalibrationSamples) -> dict[str, list[float]]:
    """One Platt scaling per confidence field (and ``claim``) from held-out samples; a field with
    too few samples keeps the identity (see :func:`.calibrate.fit_platt`)."""
    out: dict[str, list[float]] = {}
    for name in sorted(samples.samples):
        judged = samples.judged(name)
        if judged is not None:
            out[name] = [round(v, 6) for v in fit_platt([c for c, _ in judged], [ok for _, ok in judged])]
    return out


def apply_transfer(scaling: Optional[dict[str, Sequence[float]]], name: str, confidence: float) -> float:
    """``confidence`` of field ``name`` recalibrated for unseen writers (unchanged without a scaling)."""
    if not scaling or name not in scaling:
        return confidence
    return apply_platt(scaling[name], confidence)


def recalibrate_for_unseen_writers(
    output: Union[str, Path],
    train: Union[str, Path],
    dev: Union[str, Path],
    k: int,
    train_fn: Callable[..., Any],
    **train_kwargs: Any,
) -> dict[str, Any]:
    """Fit the recalibration for unseen writers (``k`` writer folds of ``train``) and write it into
    the model folder ``output`` (its ``config.json``). RETURNS: the scaling and the expected
    calibration error of every field on the held-out samples before and after it."""
    samples = held_out_samples(train, dev, k, train_fn, **train_kwargs)
    scaling = fit_transfer_scaling(samples)
    ece: dict[str, dict[str, float]] = {}
    for name, figures in samples.figures().items():
        rows = samples.judged(name) or []
        after = [apply_transfer(scaling, name, c) for c, _ in rows]
        ece[name] = {
            "before": round(figures["ece"], 4),
            "after": round(reliability(after, [ok for _, ok in rows])["ece"], 4),
            "n": figures["n"],
        }
    config_path = Path(output) / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config[TRANSFER_KEY] = scaling
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"folds": k, "scaling": scaling, "held_out_ece": ece}
