"""Gold claims onto the pipeline's amounts, gold roles onto candidates: the training labels.

A gold claim goes to the amount span (``doc.spans["claimex_amounts"]``) it overlaps most, one to
one, largest overlap first (as the scorer pairs claims). A gold role goes to the candidate of
that amount that overlaps it most; a role no candidate overlaps is *unreachable* and counted, so
the share of reachable roles (the oracle) bounds what the pair head can learn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from spacy.tokens import Span

from .candidates import CANDIDATE_ROLES, Candidate

__all__ = ["align_claims", "align_roles", "Reach"]


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def align_claims(amounts: Sequence[Span], gold: Sequence[dict[str, Any]]) -> list[Optional[dict[str, Any]]]:
    """For each amount, the gold claim paired with it, or None."""
    pairs = sorted(
        (
            (_overlap(a.start_char, a.end_char, g["start"], g["end"]), i, j)
            for i, a in enumerate(amounts)
            for j, g in enumerate(gold)
            if _overlap(a.start_char, a.end_char, g["start"], g["end"]) > 0
        ),
        reverse=True,
    )
    out: list[Optional[dict[str, Any]]] = [None] * len(amounts)
    used: set[int] = set()
    for _, i, j in pairs:
        if out[i] is None and j not in used:
            out[i] = gold[j]
            used.add(j)
    return out


@dataclass
class Reach:
    """Gold roles of aligned claims, and how many a candidate overlaps (per role)."""

    gold: dict[str, int] = field(default_factory=dict)
    reachable: dict[str, int] = field(default_factory=dict)

    def share(self, role: Optional[str] = None) -> float:
        roles = [role] if role else list(self.gold)
        g = sum(self.gold.get(r, 0) for r in roles)
        return sum(self.reachable.get(r, 0) for r in roles) / g if g else 0.0


def align_roles(
    claim: dict[str, Any], candidates: Sequence[Candidate], char_spans: Sequence[tuple[int, int]], reach: Optional[Reach] = None
) -> list[str]:
    """The role of each candidate for this gold claim ("none" where it fills none).

    char_spans: the candidates' ``(start_char, end_char)``. A candidate fills at most one role
    (the first of :data:`CANDIDATE_ROLES` it is best for).
    """
    labels = ["none"] * len(candidates)
    for role in CANDIDATE_ROLES:
        g = claim.get(role)
        if not g:
            continue
        best, best_overlap = None, 0
        for k, (s, e) in enumerate(char_spans):
            o = _overlap(s, e, g["start"], g["end"])
            if o > best_overlap and labels[k] == "none":
                best, best_overlap = k, o
        if reach is not None:
            reach.gold[role] = reach.gold.get(role, 0) + 1
            reach.reachable[role] = reach.reachable.get(role, 0) + (best is not None)
        if best is not None:
            labels[best] = role
    return labels
