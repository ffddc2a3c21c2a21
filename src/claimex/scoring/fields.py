"""Per-field judgements of matched pairs and the counts behind every contract figure.

:class:`FieldTally` adds up one document after another; :meth:`FieldTally.figures` turns the
counts into the figures of ``shared/score.py`` (detection, value, category, hedged, approximate,
role F1) and the finer ones that say what to fix:

- roles: precision and recall besides F1, by score.py's rule (a role is found when the matched
  partner has an overlapping span; precision over every predicted non-null role, recall over
  every gold one);
- categories, per claim type: a category is found when a matched pair has it on both sides;
  precision over every predicted claim with that category, recall over every gold one (so a
  missed or spurious claim counts against its category, as a missed role counts against it);
- the confusion matrix of categories over matched pairs (rows gold, columns predicted).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..corpus.schema import CATEGORIES, SCORED_ROLES
from .matching import overlap, prf, same_number

__all__ = ["FieldTally", "value_right", "role_right", "field_right", "CLAIM_TYPES_ORDER"]

#: Claim types in the order reports list them.
CLAIM_TYPES_ORDER = ("monetary", "casualty")

Pair = tuple[dict[str, Any], dict[str, Any]]


def value_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """``low``, ``high`` and ``unit`` all equal gold."""
    return (
        same_number(gold.get("low"), pred.get("low"))
        and same_number(gold.get("high"), pred.get("high"))
        and gold.get("unit") == pred.get("unit")
    )


def role_right(gold: dict[str, Any], pred: dict[str, Any], role: str) -> bool:
    """Both null, or both spans overlap (CLAIMS.md § Scoring)."""
    g, p = gold.get(role), pred.get(role)
    if not g or not p:
        return not g and not p
    return overlap(g, p) > 0


def field_right(gold: dict[str, Any], pred: dict[str, Any], name: str) -> bool:
    """A matched pair's ``category``, ``hedged`` (as a truth value) or role equals gold."""
    if name == "category":
        return gold.get("category") == pred.get("category")
    if name == "hedged":
        return bool(gold.get("hedged")) == bool(pred.get("hedged"))
    return role_right(gold, pred, name)


def _labels(claim_type: str, seen: set[str]) -> list[str]:
    """The contract's categories of a type, then any other label the data used."""
    known = sorted(CATEGORIES.get(claim_type, ()))
    return known + sorted(seen - set(known))


def _ordered_types(types: set[str]) -> list[str]:
    """Monetary, casualty, then any other type a prediction named."""
    return [t for t in CLAIM_TYPES_ORDER if t in types] + sorted(types - set(CLAIM_TYPES_ORDER))


@dataclass
class FieldTally:
    """Counts over documents; add documents with :meth:`add`, read figures with :meth:`figures`."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    matched: int = 0
    value_ok: int = 0
    category_ok: int = 0
    hedged_ok: int = 0
    approximate_ok: int = 0
    #: role -> [found, predicted non-null, gold non-null]
    roles: dict[str, list[int]] = field(default_factory=lambda: {r: [0, 0, 0] for r in SCORED_ROLES})
    #: (type, category) -> [found, predicted, gold]
    categories: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    #: type -> Counter of (gold category, predicted category) over matched pairs
    confusion: dict[str, Counter] = field(default_factory=dict)

    def add(self, gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], pairs: Sequence[Pair]) -> None:
        """One document: its gold claims, predicted claims and their matched pairs."""
        self.docs += 1
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(pairs)
        for g, p in pairs:
            self.value_ok += value_right(g, p)
            self.category_ok += field_right(g, p, "category")
            self.hedged_ok += field_right(g, p, "hedged")
            self.approximate_ok += bool(g.get("approximate")) == bool(p.get("approximate"))
            self.confusion.setdefault(g["type"], Counter())[(str(g.get("category")), str(p.get("category")))] += 1
            if field_right(g, p, "category"):
                self._category(g)[0] += 1
        for r in SCORED_ROLES:
            self.roles[r][1] += sum(1 for p in pred if p.get(r))
            self.roles[r][2] += sum(1 for g in gold if g.get(r))
            self.roles[r][0] += sum(1 for g, p in pairs if g.get(r) and p.get(r) and overlap(g[r], p[r]) > 0)
        for p in pred:
            self._category(p)[1] += 1
        for g in gold:
            self._category(g)[2] += 1

    def _category(self, claim: dict[str, Any]) -> list[int]:
        key = (str(claim.get("type")), str(claim.get("category")))
        return self.categories.setdefault(key, [0, 0, 0])

    def figures(self) -> dict[str, Any]:
        """score.py's figures (same keys) plus ``categories`` and ``confusion``."""
        tp = self.matched

        def share(n: int) -> float:
            return n / tp if tp else 0.0

        detection = prf(tp, self.pred, self.gold)
        roles = {r: {**prf(*v), "gold": v[2], "pred": v[1]} for r, v in self.roles.items()}
        role_f1 = [roles[r]["f1"] for r in SCORED_ROLES if self.roles[r][2]]
        out: dict[str, Any] = {
            "docs": self.docs,
            "gold": self.gold,
            "pred": self.pred,
            "matched": tp,
            "detection": detection,
            "value_acc": share(self.value_ok),
            "category_acc": share(self.category_ok),
            "hedged_acc": share(self.hedged_ok),
            "approximate_acc": share(self.approximate_ok),
            "roles": roles,
            "roles_f1_mean": sum(role_f1) / len(role_f1) if role_f1 else 0.0,
            "headline": detection["f1"] * share(self.value_ok),
            "categories": self._category_figures(),
            "confusion": self._confusion_figures(),
        }
        return out

    def _category_figures(self) -> dict[str, dict[str, dict[str, Any]]]:
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for t in _ordered_types({t for t, _ in self.categories}):
            seen = {c for (ty, c) in self.categories if ty == t}
            out[t] = {}
            for c in _labels(t, seen):
                found, n_pred, n_gold = self.categories.get((t, c), [0, 0, 0])
                out[t][c] = {**prf(found, n_pred, n_gold), "gold": n_gold, "pred": n_pred}
        return out

    def _confusion_figures(self) -> dict[str, dict[str, Any]]:
        out = {}
        for t in _ordered_types(set(self.confusion)):
            cells = self.confusion[t]
            labels = _labels(t, {c for pair in cells for c in pair})
            matrix = [[cells.get((g, p), 0) for p in labels] for g in labels]
            out[t] = {"labels": labels, "matrix": matrix}
        return out
