"""Pairing predicted claims with gold claims, as CLAIMS.md § Scoring defines it.

The primitives every figure rests on: span overlap, number equality, the one-to-one matching
(same type, overlapping amount spans, largest overlap first), precision/recall/F1, and the check
that every predicted span reads what it says.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from ..corpus.schema import SCORED_ROLES

__all__ = ["overlap", "same_number", "match_claims", "prf", "span_errors", "SPAN_FIELDS"]

#: The span fields of a claim whose text must equal ``input[start:end]`` (besides the amount).
SPAN_FIELDS = SCORED_ROLES + ("trigger", "time", "location")


def overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    """Characters shared by two ``{"start", "end"}`` spans (0 when disjoint)."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def same_number(x: Any, y: Any) -> bool:
    """Equal within a relative 1e-6; ``None`` equals only ``None``."""
    if x is None or y is None:
        return x is None and y is None
    x, y = float(x), float(y)
    return abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1.0)


def match_claims(
    gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one (gold, predicted) pairs of the same type whose spans overlap, largest overlap first."""
    candidates = sorted(
        (
            (overlap(g, p), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
            if g["type"] == p.get("type") and overlap(g, p) > 0
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 of ``tp`` right answers among ``n_pred`` given and ``n_gold`` expected."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def span_errors(doc_id: str, text: str, claims: Iterable[dict[str, Any]]) -> list[str]:
    """A message for every predicted span whose ``text`` is not ``input[start:end]``."""
    bad = []
    for c in claims:
        for s in [c] + [c[k] for k in SPAN_FIELDS if c.get(k)]:
            if text[s["start"] : s["end"]] != s["text"]:
                bad.append(
                    f"prediction {doc_id}: span {s['start']}:{s['end']} is {text[s['start'] : s['end']]!r}, says {s['text']!r}"
                )
    return bad
