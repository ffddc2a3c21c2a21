"""Check released-form corpus documents against the claim contract and the corpus schema."""

from __future__ import annotations

import re
from typing import Any

from .schema import (
    AMOUNT_KINDS,
    CATEGORIES,
    CLAIM_TYPES,
    ENTITY_LABELS,
    ROLE_FIELDS,
    SPLITS,
    TYPE_OF_KIND,
    VALUED_KINDS,
)

__all__ = ["validate_document"]

_ISO_CODE = re.compile(r"^[A-Z]{3}$")


def _check_span(text: str, span: Any, what: str, problems: list[str]) -> bool:
    if not isinstance(span, dict) or not all(k in span for k in ("text", "start", "end")):
        problems.append(f"{what}: expected a span {{text, start, end}}, got {span!r}")
        return False
    s, e = span["start"], span["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        problems.append(f"{what}: offsets {s}:{e} outside the text (length {len(text)})")
        return False
    if text[s:e] != span["text"]:
        problems.append(f"{what}: text[{s}:{e}] is {text[s:e]!r}, span says {span['text']!r}")
        return False
    if span["text"] != span["text"].strip():
        problems.append(f"{what}: span {span['text']!r} has surrounding white space")
    return True


def _check_value(low: Any, high: Any, what: str, problems: list[str]) -> None:
    for name, v in (("low", low), ("high", high)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0):
            problems.append(f"{what}: {name} must be a non-negative number or null, got {v!r}")
            return
    if low is None and high is None:
        problems.append(f"{what}: low and high are both null")
    elif low is not None and high is not None and low > high:
        problems.append(f"{what}: low {low} is greater than high {high}")


def _digits_agree(span_text: str, low: Any, high: Any) -> bool:
    """A cheap consistency check: a bare integer written in digits must equal a bound."""
    bare = re.fullmatch(r"\d{1,3}(?:[.' \u00a0\u202f’]\d{3})*|\d+", span_text.strip())
    if not bare:
        return True
    value = int(re.sub(r"\D", "", span_text))
    return value in {low, high}


def validate_document(doc: dict[str, Any]) -> list[str]:
    """All problems of one released-form document (an empty list when it is sound)."""
    problems: list[str] = []
    text = doc.get("text")
    if not isinstance(doc.get("id"), str) or not doc["id"]:
        problems.append(f"id: expected a non-empty string, got {doc.get('id')!r}")
    if not isinstance(text, str) or not text:
        return problems + ["text: expected a non-empty string"]
    split = (doc.get("meta") or {}).get("split")
    if split is not None and split not in SPLITS:
        problems.append(f"meta.split: expected one of {SPLITS}, got {split!r}")

    amount_spans = {}
    for i, a in enumerate(doc.get("amounts") or []):
        what = f"amount {i} {a.get('text')!r}"
        if not _check_span(text, a, what, problems):
            continue
        if a.get("kind") not in AMOUNT_KINDS:
            problems.append(f"{what}: kind must be one of {sorted(AMOUNT_KINDS)}, got {a.get('kind')!r}")
            continue
        amount_spans[(a["start"], a["end"])] = a
        if a["kind"] in VALUED_KINDS:
            _check_value(a.get("low"), a.get("high"), what, problems)
            if a["kind"] in {"count", "casualty", "money"} and not _digits_agree(
                a["text"], a.get("low"), a.get("high")
            ):
                problems.append(f"{what}: the digits say {a['text']!r}, low/high say {a.get('low')}/{a.get('high')}")

    for i, c in enumerate(doc.get("claims") or []):
        what = f"claim {i} {c.get('text')!r}"
        if not _check_span(text, c, what, problems):
            continue
        ctype = c.get("type")
        if ctype not in CLAIM_TYPES:
            problems.append(f"{what}: type must be monetary or casualty, got {ctype!r}")
            continue
        if c.get("category") not in CATEGORIES[ctype]:
            problems.append(
                f"{what}: category for {ctype} must be one of {sorted(CATEGORIES[ctype])}, got {c.get('category')!r}"
            )
        _check_value(c.get("low"), c.get("high"), what, problems)
        unit = c.get("unit")
        if ctype == "casualty" and unit != "persons":
            problems.append(f"{what}: a casualty claim's unit is 'persons', got {unit!r}")
        if ctype == "monetary" and unit is not None and not (isinstance(unit, str) and _ISO_CODE.match(unit)):
            problems.append(f"{what}: a monetary unit is an ISO 4217 code or null, got {unit!r}")
        for role in ROLE_FIELDS:
            if c.get(role) is not None:
                _check_span(text, c[role], f"{what} role {role}", problems)
        if "amounts" in doc:
            a = amount_spans.get((c["start"], c["end"]))
            if a is None:
                problems.append(f"{what}: no amount has this span")
            elif TYPE_OF_KIND.get(a["kind"]) != ctype:
                problems.append(f"{what}: its amount has kind {a['kind']!r}, not a {ctype} kind")
            elif (a.get("low"), a.get("high"), a.get("unit")) != (c.get("low"), c.get("high"), unit):
                problems.append(f"{what}: its amount says {a.get('low')}/{a.get('high')}/{a.get('unit')}")

    for i, e in enumerate(doc.get("entities") or []):
        what = f"entity {i} {e.get('text')!r}"
        if _check_span(text, e, what, problems) and e.get("label") not in ENTITY_LABELS:
            problems.append(f"{what}: label must be one of {sorted(ENTITY_LABELS)}, got {e.get('label')!r}")
    return problems
