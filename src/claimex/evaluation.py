"""``claimex evaluate``: predictions for gold documents, scored as CLAIMS.md defines it.

This module orchestrates; the scoring lives in :mod:`claimex.scoring` and the figures of
``shared/score.py`` come out unchanged (``tests/test_evaluation.py`` checks that they agree).
Predictions come from running an extractor on the gold texts or from a saved predictions file
(``--pred``); scores can be sliced by a ``meta`` field of the gold (``--by``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from .corpus.schema import SCORED_ROLES
from .scoring import format_report, load_gold, load_predictions, match_claims, score, slice_scores
from .scoring.layers import MENTION_ROLES, score_layers

__all__ = [
    "load_gold",
    "load_predictions",
    "match_claims",
    "score",
    "evaluate",
    "predict",
    "format_report",
    "score_layers",
    "SCORED_ROLES",
    "MENTION_ROLES",
]


def _prediction(claim: Any) -> dict[str, Any]:
    """A claim as the contract's dict, with its ``field_confidence`` where it has any."""
    if not hasattr(claim, "to_dict"):
        return claim
    out = claim.to_dict()
    if getattr(claim, "field_confidence", None):
        out["field_confidence"] = dict(claim.field_confidence)
    return out


def predict(
    gold_docs: Sequence[dict[str, Any]], extract: Optional[Callable[[str], list[Any]]] = None, *, progress: bool = False
) -> dict[Any, list[dict[str, Any]]]:
    """Run ``extract`` (default: :func:`claimex.extract`) on every gold text; predictions by id."""
    if extract is None:
        from .api import extract as default_extract

        extract = default_extract
    docs: Iterable[dict[str, Any]] = gold_docs
    if progress:
        from tqdm import tqdm

        docs = tqdm(gold_docs, desc="extracting", unit="doc")
    return {d["id"]: [_prediction(c) for c in extract(d["text"])] for d in docs}


def evaluate(
    gold_path: Path,
    extract: Optional[Callable[[str], list[Any]]] = None,
    *,
    predictions: Optional[Path] = None,
    by: Sequence[str] = (),
    progress: bool = False,
) -> dict[str, Any]:
    """Score a gold file: the predictions of ``extract`` (default :func:`claimex.extract`) or, with
    ``predictions``, the saved ``{"id", "claims"}`` lines of that file; ``by`` adds
    ``out["slices"][field][value]``, the score of the documents whose ``meta[field]`` is ``value``.

    >>> out = evaluate(Path("gold.jsonl"), predictions=Path("pred.jsonl"), by=["region"])  # doctest: +SKIP
    >>> out["slices"]["region"]["de"]["detection"]["f1"]  # doctest: +SKIP
    """
    gold_docs = load_gold(gold_path)
    if predictions is not None:
        pred_by_id = load_predictions(predictions, gold_docs)
    else:
        pred_by_id = predict(gold_docs, extract, progress=progress)
    out = score(gold_docs, pred_by_id)
    if by:
        out["slices"] = slice_scores(gold_docs, pred_by_id, by)
    return out
