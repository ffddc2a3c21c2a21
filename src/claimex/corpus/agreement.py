"""Inter-annotator agreement between two annotations of the same documents.

Claims are paired as the scorer pairs them (same type, overlapping spans, largest overlap
first). With the first annotation as reference, claim detection gives precision, recall and
F1; over the paired claims, each field's agreement is the share of pairs that agree on it
(numbers within 1e-6, roles when both are null or both spans overlap). Amounts are paired
the same way, and their kinds compared.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..scoring import match_claims, score
from ..scoring.fields import field_right, role_right, value_right

__all__ = ["agreement", "field_checks"]

_ROLES = ("trigger", "agent", "recipient", "victim", "source", "time", "location")


def field_checks(ca: dict[str, Any], cb: dict[str, Any]) -> dict[str, bool]:
    """Whether two paired claims agree, field by field: value, category, hedged, approximate, each span role."""
    return {
        "value": value_right(ca, cb),
        "category": field_right(ca, cb, "category"),
        "hedged": field_right(ca, cb, "hedged"),
        "approximate": bool(ca.get("approximate")) == bool(cb.get("approximate")),
        **{r: role_right(ca, cb, r) for r in _ROLES},
    }


def agreement(first: Iterable[dict[str, Any]], second: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Agreement figures over the documents both annotations hold, and every disagreement."""
    by_id = {d["id"]: d for d in first}
    pairs_docs = [(by_id[d["id"]], d) for d in second if d["id"] in by_id]
    reference = [a for a, _ in pairs_docs]
    figures = score(reference, {b["id"]: b["claims"] for _, b in pairs_docs})
    fields = {"value": 0, "category": 0, "hedged": 0, "approximate": 0, **{r: 0 for r in _ROLES}}
    n_pairs = 0
    disagreements: list[dict[str, Any]] = []
    amount_pairs = amount_kind_ok = n_amounts_a = n_amounts_b = 0
    for a, b in pairs_docs:
        if a["text"] != b["text"]:
            disagreements.append({"id": a["id"], "field": "text", "first": "differs", "second": "differs"})
            continue
        for ca, cb in match_claims(a["claims"], b["claims"]):
            n_pairs += 1
            for name, ok in field_checks(ca, cb).items():
                fields[name] += ok
                if not ok:
                    pick = (
                        (lambda c: (c.get("low"), c.get("high"), c.get("unit")))
                        if name == "value"
                        else (lambda c, n=name: (c.get(n) or {}).get("text") if n in _ROLES else c.get(n))
                    )
                    disagreements.append(
                        {"id": a["id"], "claim": ca["text"], "field": name, "first": pick(ca), "second": pick(cb)}
                    )
        amounts_a = [dict(x, type="amount") for x in a.get("amounts", [])]
        amounts_b = [dict(x, type="amount") for x in b.get("amounts", [])]
        n_amounts_a += len(amounts_a)
        n_amounts_b += len(amounts_b)
        for xa, xb in match_claims(amounts_a, amounts_b):
            amount_pairs += 1
            amount_kind_ok += xa["kind"] == xb["kind"]
    for doc_id, kind, text in figures["missed"]:
        disagreements.append({"id": doc_id, "claim": text, "field": "claim", "first": kind, "second": None})
    for doc_id, kind, text in figures["spurious"]:
        disagreements.append({"id": doc_id, "claim": text, "field": "claim", "first": None, "second": kind})
    amount_p = amount_pairs / n_amounts_b if n_amounts_b else 0.0
    amount_r = amount_pairs / n_amounts_a if n_amounts_a else 0.0
    return {
        "documents": len(pairs_docs),
        "claims_first": figures["gold"],
        "claims_second": figures["pred"],
        "claims_paired": figures["matched"],
        "claim_f1": figures["detection"]["f1"],
        "field_agreement": {k: v / n_pairs if n_pairs else 0.0 for k, v in fields.items()},
        "amounts_first": n_amounts_a,
        "amounts_second": n_amounts_b,
        "amount_f1": 2 * amount_p * amount_r / (amount_p + amount_r) if amount_p + amount_r else 0.0,
        "amount_kind_agreement": amount_kind_ok / amount_pairs if amount_pairs else 0.0,
        "disagreements": disagreements,
    }
