"""One pass over gold documents and their predictions: every figure, finding and calibration sample."""

from __future__ import annotations

from typing import Any, Sequence

from .calibration import CalibrationSamples
from .fields import FieldTally
from .findings import count_findings, document_findings
from .matching import match_claims, span_errors

__all__ = ["score", "LIST_KEYS"]

#: The keys of a score that list individual claims rather than count them.
LIST_KEYS = ("span_errors", "missed", "spurious", "findings")


def score(gold_docs: Sequence[dict[str, Any]], pred_by_id: dict[Any, list[dict[str, Any]]]) -> dict[str, Any]:
    """All figures of CLAIMS.md § Scoring (the keys and numbers of ``shared/score.py``), plus
    per-role precision and recall, per-category P/R/F1, the category confusion matrix
    (:mod:`.fields`), the calibration of each confidence field (:mod:`.calibration`) and every
    finding (:mod:`.findings`) with their counts by kind (``finding_counts``). ``missed`` and ``spurious`` are score.py's
    ``(doc id, type, text)`` lists; a gold document without predictions has none.
    """
    tally = FieldTally()
    calibration = CalibrationSamples()
    errors: list[str] = []
    findings: list[dict[str, Any]] = []
    missed: list[tuple[Any, Any, Any]] = []
    spurious: list[tuple[Any, Any, Any]] = []
    for doc in gold_docs:
        gold = doc["claims"]
        pred = pred_by_id.get(doc["id"], [])
        errors += span_errors(doc["id"], doc["text"], pred)
        pairs = match_claims(gold, pred)
        tally.add(gold, pred, pairs)
        calibration.add(pred, pairs)
        findings += document_findings(doc, pred, pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        missed += [(doc["id"], g["type"], g["text"]) for g in gold if id(g) not in matched_gold]
        spurious += [(doc["id"], p.get("type"), p.get("text")) for p in pred if id(p) not in matched_pred]
    out = tally.figures()
    out["span_errors"] = errors
    out["missed"] = missed
    out["spurious"] = spurious
    out["calibration"] = calibration.figures()
    out["finding_counts"] = count_findings(findings)
    out["findings"] = findings
    return out
