"""Counts that describe a released corpus: documents, tokens, claims, amounts, entities, phenomena."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable

__all__ = ["corpus_stats"]

_PHENOMENA = {
    "range": lambda c: c.get("low") is not None and c.get("high") is not None and c["low"] != c["high"],
    "lower_bound": lambda c: c.get("low") is not None and c.get("high") is None,
    "upper_bound": lambda c: c.get("low") is None and c.get("high") is not None,
    "approximate": lambda c: bool(c.get("approximate")),
    "hedged": lambda c: bool(c.get("hedged")),
    "with_source": lambda c: bool(c.get("source")),
    "number_words": lambda c: not re.search(r"\d", c["text"]),
    "swiss_digits": lambda c: bool(re.search(r"\d['’]\d{3}", c["text"])),
    "no_currency": lambda c: c["type"] == "monetary" and c.get("unit") is None,
}


def corpus_stats(docs: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Sizes and distributions of a list of released-form documents."""
    out: dict[str, Any] = {
        "documents": 0,
        "tokens": 0,
        "claims": 0,
        "by_split": Counter(),
        "by_region": Counter(),
        "by_topic": Counter(),
        "claims_by_type": Counter(),
        "claims_by_category": Counter(),
        "amounts_by_kind": Counter(),
        "non_claim_amounts": 0,
        "entities_by_label": Counter(),
        "phenomena": Counter(),
        "currencies": Counter(),
    }
    for doc in docs:
        meta = doc.get("meta") or {}
        out["documents"] += 1
        out["tokens"] += len(re.findall(r"\w+|[^\w\s]", doc["text"]))
        out["by_split"][meta.get("split", "?")] += 1
        out["by_region"][meta.get("region", "?")] += 1
        out["by_topic"][meta.get("topic", "?")] += 1
        for c in doc.get("claims", []):
            out["claims"] += 1
            out["claims_by_type"][c["type"]] += 1
            out["claims_by_category"][f"{c['type']}/{c['category']}"] += 1
            if c["type"] == "monetary":
                out["currencies"][c.get("unit") or "none"] += 1
            for name, test in _PHENOMENA.items():
                out["phenomena"][name] += bool(test(c))
        for a in doc.get("amounts", []):
            out["amounts_by_kind"][a["kind"]] += 1
            out["non_claim_amounts"] += a["kind"] not in ("money", "casualty")
        for e in doc.get("entities", []):
            out["entities_by_label"][e["label"]] += 1
    return {k: dict(sorted(v.items())) if isinstance(v, Counter) else v for k, v in out.items()}
