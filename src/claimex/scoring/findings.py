"""Every error of a prediction, one finding each, with the sentence it is in (``--show``).

Kinds: ``missed`` (a gold claim no prediction matches), ``spurious`` (a prediction that matches
no gold claim) and, for matched pairs, ``value``, ``category``, ``hedged`` and ``role`` (a role that
is not right by CLAIMS.md: one side null and the other not, or spans that do not overlap).
"""

from __future__ import annotations

import re
from typing import Any, Optional, Sequence

from ..corpus.schema import SCORED_ROLES
from .fields import field_right, value_right

__all__ = ["document_findings", "sentence_around", "format_finding", "count_findings", "FINDING_KINDS"]

FINDING_KINDS = ("missed", "spurious", "value", "category", "hedged", "role")

# A sentence ends at . ! ? (before a space) or at a line break; used only where neither the gold
# nor the prediction says which sentence holds the claim.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")

Pair = tuple[dict[str, Any], dict[str, Any]]


def sentence_around(text: str, start: int, end: int, hint: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """The sentence holding ``text[start:end]``: ``hint`` (a claim's ``sentence``) when it covers the
    span, else the stretch between the nearest sentence ends.

    >>> sentence_around("Erst das. Dann 5 Euro hier. Ende", 15, 21)["text"]
    'Dann 5 Euro hier.'
    """
    if hint and hint.get("start", start + 1) <= start and end <= hint.get("end", -1):
        s, e = hint["start"], hint["end"]
    else:
        s = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        after = _SENTENCE_END.search(text, end)
        e = after.start() if after else len(text)
    return {"text": text[s:e], "start": s, "end": e}


def _value(claim: dict[str, Any]) -> str:
    low, high, unit = claim.get("low"), claim.get("high"), claim.get("unit")
    number = _num(low) if low == high and low is not None else f"{_num(low)}..{_num(high)}"
    return f"{number} {unit}" if unit else number


def _num(x: Any) -> str:
    return "?" if x is None else f"{float(x):g}"


def _span_text(span: Optional[dict[str, Any]]) -> Optional[str]:
    return None if not span else span.get("text")


def document_findings(
    doc: dict[str, Any], pred: Sequence[dict[str, Any]], pairs: Sequence[Pair]
) -> list[dict[str, Any]]:
    """The findings of one gold document, in text order.

    Each is ``{"doc", "kind", "type", "text", "start", "end", "field", "gold", "predicted",
    "sentence"}``; ``gold``/``predicted`` hold the two sides of a wrong field (None for a miss or a
    spurious claim), ``field`` the role name of a ``role`` finding.
    """
    text = doc["text"]
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    out = []

    def add(kind: str, claim: dict[str, Any], hint: Any, **extra: Any) -> None:
        out.append(
            {
                "doc": doc["id"],
                "kind": kind,
                "type": claim.get("type"),
                "text": claim.get("text"),
                "start": claim.get("start"),
                "end": claim.get("end"),
                "field": extra.get("field"),
                "gold": extra.get("gold"),
                "predicted": extra.get("predicted"),
                "sentence": sentence_around(text, claim["start"], claim["end"], hint),
            }
        )

    for g in doc["claims"]:
        if id(g) not in matched_gold:
            add("missed", g, g.get("sentence"))
    for p in pred:
        if id(p) not in matched_pred:
            add("spurious", p, p.get("sentence"))
    for g, p in pairs:
        hint = g.get("sentence") or p.get("sentence")
        if not value_right(g, p):
            add("value", g, hint, gold=_value(g), predicted=_value(p))
        for name in ("category", "hedged"):
            if not field_right(g, p, name):
                add(name, g, hint, gold=g.get(name), predicted=p.get(name))
        for role in SCORED_ROLES:
            if not field_right(g, p, role):
                add("role", g, hint, field=role, gold=_span_text(g.get(role)), predicted=_span_text(p.get(role)))
    out.sort(key=lambda f: (f["start"], FINDING_KINDS.index(f["kind"])))
    return out


def format_finding(f: dict[str, Any]) -> str:
    """Two lines: what is wrong, then the sentence with the amount in »guillemets«."""
    what = f["kind"] if f["kind"] != "role" else f"role {f['field']}"
    head = f"  {what:16} {f['doc']}  {f['type']} {f['text']!r}"
    if f["kind"] not in ("missed", "spurious"):
        head += f"  gold {f['gold']!r}  predicted {f['predicted']!r}"
    s = f["sentence"]
    a, b = f["start"] - s["start"], f["end"] - s["start"]
    sentence = s["text"]
    if 0 <= a <= b <= len(sentence):
        sentence = sentence[:a] + "»" + sentence[a:b] + "«" + sentence[b:]
    return head + "\n      " + " ".join(sentence.split())


def count_findings(findings: Sequence[dict[str, Any]]) -> dict[str, int]:
    """How many findings of each kind; roles counted per role (``role.agent`` ...), kinds in a fixed order."""
    counts = {k: 0 for k in FINDING_KINDS if k != "role"}
    counts.update({f"role.{r}": 0 for r in SCORED_ROLES})
    for f in findings:
        counts[f"role.{f['field']}" if f["kind"] == "role" else f["kind"]] += 1
    return counts
