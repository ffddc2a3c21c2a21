"""Resolve authoring-form corpus documents (spans named by text) to the released form.

The authoring form is documented in ``corpora/claimex-de/AUTHORING.md``: amounts are listed in
document order and found by a forward search; roles are found at the occurrence nearest to
their amount, or inside a bracketed context ("an [Russland] geliefert"); entities label every
whole-word occurrence of their text. This module is pure Python so that writers can check
their batches without the NLP stack.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .schema import AMOUNT_KINDS, CLAIM_KINDS, ENTITY_LABELS, ROLE_FIELDS, TYPE_OF_KIND

__all__ = ["ResolveError", "resolve_document", "iter_raw_file", "resolve_file"]

_BRACKETED = re.compile(r"\[([^\[\]]+)\]")


@dataclass
class ResolveError:
    """One problem found while resolving an authoring document."""

    path: str
    line: int
    doc_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.doc_id}: {self.message}"


@dataclass
class _Resolver:
    text: str
    problems: list[str] = field(default_factory=list)

    def is_whole(self, start: int, end: int) -> bool:
        """No letter or digit glued to either side of ``text[start:end]``."""
        before = self.text[start - 1] if start > 0 else " "
        after = self.text[end] if end < len(self.text) else " "
        return not (before.isalnum() or after.isalnum())

    def occurrences(self, needle: str) -> Iterator[int]:
        if not needle:
            return
        pos = self.text.find(needle)
        while pos != -1:
            if self.is_whole(pos, pos + len(needle)):
                yield pos
            pos = self.text.find(needle, pos + 1)

    def span(self, start: int, end: int) -> dict[str, Any]:
        return {"text": self.text[start:end], "start": start, "end": end}

    def role(self, name: str, value: Any, anchor: tuple[int, int]) -> dict[str, Any] | None:
        """Resolve a role given as text (nearest occurrence) or bracketed context."""
        if value is None:
            return None
        if isinstance(value, dict) and {"text", "start", "end"} <= value.keys():
            return value  # already resolved
        if not isinstance(value, str) or not value.strip():
            self.problems.append(f"role {name}: expected a non-empty string or null, got {value!r}")
            return None
        marked = _BRACKETED.search(value)
        if marked:
            context = value[: marked.start()] + marked.group(1) + value[marked.end() :]
            offset, length = marked.start(), len(marked.group(1))
        else:
            context, offset, length = value, 0, len(value)
        hits = list(self.occurrences(context))
        if not hits:
            self.problems.append(f"role {name}: {context!r} not found as a whole expression")
            return None

        def distance(pos: int) -> int:
            s, e = pos + offset, pos + offset + length
            return max(anchor[0] - e, s - anchor[1], 0)

        best = min(hits, key=lambda p: (distance(p), p))
        return self.span(best + offset, best + offset + length)


def resolve_document(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Turn one authoring document into the released form; return it and its problems."""
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        return {}, ["field text: expected a non-empty string"]
    res = _Resolver(text)
    amounts: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    cursor = 0
    for i, amount in enumerate(raw.get("amounts") or []):
        label = f"amount {i} {amount.get('text')!r}"
        kind = amount.get("kind")
        if kind not in AMOUNT_KINDS:
            res.problems.append(f"{label}: kind must be one of {sorted(AMOUNT_KINDS)}, got {kind!r}")
            continue
        needle = amount.get("text") or ""
        start = next((p for p in res.occurrences(needle) if p >= cursor), None)
        if start is None:
            where = "anywhere" if next(res.occurrences(needle), None) is None else "after the previous amount"
            res.problems.append(f"{label}: not found {where} as a whole expression")
            continue
        end = start + len(needle)
        cursor = end
        record = {
            "text": needle,
            "start": start,
            "end": end,
            "kind": kind,
            "low": amount.get("low"),
            "high": amount.get("high"),
            "approximate": bool(amount.get("approximate", False)),
            "unit": amount.get("unit") if kind == "money" else ("persons" if kind == "casualty" else None),
        }
        amounts.append(record)
        claim = amount.get("claim")
        if kind in CLAIM_KINDS:
            if not isinstance(claim, dict):
                res.problems.append(f"{label}: kind {kind} needs a claim object")
                continue
            built = {
                "type": TYPE_OF_KIND[kind],
                "category": claim.get("category"),
                "text": needle,
                "start": start,
                "end": end,
                "low": record["low"],
                "high": record["high"],
                "approximate": record["approximate"],
                "unit": record["unit"],
                "hedged": bool(claim.get("hedged", False)),
            }
            for role in ROLE_FIELDS:
                built[role] = res.role(role, claim.get(role), (start, end))
            claims.append(built)
        elif claim is not None:
            res.problems.append(f"{label}: kind {kind} is no claim kind, but a claim is given")
    entities = []
    for ent in raw.get("entities") or []:
        label = ent.get("label")
        if label not in ENTITY_LABELS:
            res.problems.append(
                f"entity {ent.get('text')!r}: label must be one of {sorted(ENTITY_LABELS)}, got {label!r}"
            )
            continue
        hits = list(res.occurrences(ent.get("text") or ""))
        if not hits:
            res.problems.append(f"entity {ent.get('text')!r}: not found as a whole expression")
        entities += [{"start": p, "end": p + len(ent["text"]), "text": ent["text"], "label": label} for p in hits]
    doc = {
        "id": raw.get("id"),
        "text": text,
        "meta": dict(raw.get("meta") or {}),
        "claims": claims,
        "amounts": amounts,
        "entities": _drop_nested(entities),
    }
    return doc, res.problems


def _drop_nested(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the longest of overlapping entity spans (earlier wins a tie), in text order."""
    kept: list[dict[str, Any]] = []
    for ent in sorted(entities, key=lambda e: (-(e["end"] - e["start"]), e["start"])):
        if all(ent["end"] <= k["start"] or ent["start"] >= k["end"] for k in kept):
            kept.append(ent)
    return sorted(kept, key=lambda e: e["start"])


def iter_raw_file(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """Yield (line number, document or None, JSON error or None) for a raw JSONL file."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line), None
            except json.JSONDecodeError as e:
                yield n, None, f"invalid JSON: {e}"


def resolve_file(path: Path) -> tuple[list[dict[str, Any]], list[ResolveError]]:
    """Resolve every document in one raw file, with the problems found."""
    docs, errors = [], []
    for n, raw, json_error in iter_raw_file(path):
        if raw is None:
            errors.append(ResolveError(str(path), n, "?", json_error or "unreadable"))
            continue
        doc, problems = resolve_document(raw)
        errors += [ResolveError(str(path), n, str(raw.get("id")), p) for p in problems]
        if doc:
            docs.append(doc)
    return docs, errors


def resolve_paths(paths: Iterable[Path]) -> tuple[list[dict[str, Any]], list[ResolveError]]:
    """Resolve several raw files (sorted, so builds are reproducible)."""
    docs, errors = [], []
    for path in sorted(paths):
        d, e = resolve_file(path)
        docs += d
        errors += e
    return docs, errors
