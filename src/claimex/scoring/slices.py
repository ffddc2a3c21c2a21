"""Scores sliced by a ``meta`` field of the gold documents (``--by region``).

Each slice is scored on its own documents exactly as the whole is, so counts (documents, gold,
predicted, matched, per-category and per-role counts) of a field's slices add up to the whole.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from ..errors import Errors, UsageError
from .scorer import LIST_KEYS, score

__all__ = ["group_by_meta", "slice_scores", "MISSING"]

#: The slice of documents whose ``meta`` lacks the field.
MISSING = "(none)"


def _key(value: Any) -> str:
    return MISSING if value is None else str(value)


def _natural(value: str) -> list[Any]:
    """Sort key that puts w2 before w10."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", value)]


def group_by_meta(gold_docs: Sequence[dict[str, Any]], field: str) -> dict[str, list[dict[str, Any]]]:
    """Documents by the value of ``meta[field]`` (as text), values in natural order (w2 before w10).

    Raises :class:`UsageError` (E137) when no document has the field: a misspelt name.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for doc in gold_docs:
        groups.setdefault(_key((doc.get("meta") or {}).get(field)), []).append(doc)
    if set(groups) == {MISSING} and gold_docs:
        found = sorted({k for d in gold_docs for k in (d.get("meta") or {})})
        raise UsageError(Errors.E137.format(field=field, found=", ".join(found) or "none"))
    return {k: groups[k] for k in sorted(groups, key=_natural)}


def slice_scores(
    gold_docs: Sequence[dict[str, Any]], pred_by_id: dict[Any, list[dict[str, Any]]], fields: Iterable[str]
) -> dict[str, dict[str, dict[str, Any]]]:
    """``{field: {value: score of that value's documents}}``, without the per-claim lists
    (:data:`.scorer.LIST_KEYS`), which the whole score already holds."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for field in fields:
        out[field] = {}
        for value, docs in group_by_meta(gold_docs, field).items():
            figures = score(docs, pred_by_id)
            out[field][value] = {k: v for k, v in figures.items() if k not in LIST_KEYS}
    return out
