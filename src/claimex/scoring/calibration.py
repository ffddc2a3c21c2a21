"""How honest are the confidences? Expected calibration error and reliability bins.

A confidence field is a probability that something is right; it is calibrated when, among the
claims given about 0.8, about 80 % are right. For each field the samples are (confidence, right):

- ``claim`` (``Claim.confidence``): every predicted claim; right when it matches a gold claim and
  has the gold value (``low``, ``high``, ``unit``), the criterion the rule confidences were fitted to
  (``benchmarks/calibration.py``);
- ``category``, ``hedged``, ``agent``, ``recipient``, ``victim``, ``source``
  (``Claim.field_confidence``): every matched pair; right when the field equals gold (a role:
  both null or overlapping spans). A field is reported when some prediction gives it; a claim
  that does not give it is taken at its claim confidence.

The expected calibration error (ECE) is the mean, weighted by bin size, of
``|accuracy - mean confidence|`` over equal-width bins of [0, 1].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from ..corpus.schema import SCORED_ROLES
from .fields import field_right, value_right

__all__ = ["CONFIDENCE_FIELDS", "CalibrationSamples", "reliability", "N_BINS"]

#: The keys of ``Claim.field_confidence`` and what is right for each.
CONFIDENCE_FIELDS = ("category", "hedged") + SCORED_ROLES
N_BINS = 10

Pair = tuple[dict[str, Any], dict[str, Any]]


def reliability(confidences: Sequence[float], right: Sequence[bool], bins: int = N_BINS) -> dict[str, Any]:
    """ECE and per-bin counts of equal-width bins over [0, 1] (1.0 falls in the last bin).

    >>> r = reliability([0.9, 0.9, 0.1, 0.1], [True, False, False, False])
    >>> round(r["ece"], 3), r["n"]
    (0.25, 4)
    """
    counts = [0] * bins
    conf_sum = [0.0] * bins
    right_sum = [0] * bins
    for c, ok in zip(confidences, right, strict=True):
        b = min(bins - 1, max(0, int(float(c) * bins)))
        counts[b] += 1
        conf_sum[b] += float(c)
        right_sum[b] += bool(ok)
    n = sum(counts)
    table = []
    ece = 0.0
    for b in range(bins):
        k = counts[b]
        conf = conf_sum[b] / k if k else None
        acc = right_sum[b] / k if k else None
        if k:
            ece += k / n * abs(acc - conf)
        table.append({"low": b / bins, "high": (b + 1) / bins, "n": k, "confidence": conf, "accuracy": acc})
    return {"ece": ece, "n": n, "accuracy": sum(right_sum) / n if n else 0.0, "bins": table}


@dataclass
class CalibrationSamples:
    """(confidence, right) samples of every confidence field, added document by document."""

    #: field -> [(own confidence or None, claim confidence or None, right)]
    samples: dict[str, list[tuple[Optional[float], Optional[float], bool]]] = field(default_factory=dict)

    def add(self, pred: Sequence[dict[str, Any]], pairs: Sequence[Pair]) -> None:
        """One document's predicted claims and matched pairs."""
        right_claims = {id(p) for g, p in pairs if value_right(g, p)}
        claim = self.samples.setdefault("claim", [])
        for p in pred:
            if p.get("confidence") is not None:
                claim.append((None, float(p["confidence"]), id(p) in right_claims))
        for g, p in pairs:
            own = p.get("field_confidence") or {}
            fallback = None if p.get("confidence") is None else float(p["confidence"])
            for name in CONFIDENCE_FIELDS:
                value = None if own.get(name) is None else float(own[name])
                self.samples.setdefault(name, []).append((value, fallback, field_right(g, p, name)))

    def judged(self, name: str) -> Optional[list[tuple[float, bool]]]:
        """The (confidence, right) pairs of field ``name``, a claim that gives no confidence of
        the field taken at its claim confidence; None when no prediction gives the field."""
        rows = self.samples.get(name, [])
        if not rows or (name != "claim" and all(own is None for own, _, _ in rows)):
            return None
        return [(claim if own is None else own, ok) for own, claim, ok in rows if own is not None or claim is not None]

    def figures(self, bins: int = N_BINS) -> dict[str, dict[str, Any]]:
        """``reliability`` of ``claim`` and of every field some prediction gives a confidence for."""
        out = {}
        for name in ("claim",) + CONFIDENCE_FIELDS:
            judged = self.judged(name)
            if judged is not None:
                out[name] = reliability([c for c, _ in judged], [ok for _, ok in judged], bins)
        return out
