"""The batch output shapes: one record per document, or one flat row per claim.

A record is ``{"id", "claims", "claimex_version"}`` with claims in the ``Claim.to_dict()`` shape;
``score.py --pred`` reads a JSONL file of them. A flat row is one claim with its document id and
every evidence span spread over ``<role>_text``, ``<role>_start`` and ``<role>_end`` columns, for
CSV and Parquet (the same columns from the command line and from :mod:`claimex.distributed`).

>>> from claimex.claims import Claim
>>> c = Claim("casualty", "killed", "12", 4, 6, 12.0, 12.0, unit="persons")
>>> record("doc-1", [c])["claims"][0]["text"]
'12'
>>> row = next(flat_rows("doc-1", [c]))
>>> (row["doc_id"], row["claim"], row["start"], row["agent_text"])
('doc-1', 0, 4, None)
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from .about import __version__
from .claims import ROLE_NAMES, Claim

__all__ = ["record", "flat_rows", "FLAT_COLUMNS", "arrow_schema"]

#: Column name → kind ("str", "int", "float", "bool") of a flat claim row, in column order.
FLAT_COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "claim": "int",  # the claim's index within its document
    "type": "str",
    "category": "str",
    "text": "str",
    "start": "int",
    "end": "int",
    "low": "float",
    "high": "float",
    "approximate": "bool",
    "unit": "str",
    "hedged": "bool",
    "confidence": "float",
    "sentence_start": "int",
    "sentence_end": "int",
    **{
        f"{role}_{part}": kind
        for role in ROLE_NAMES
        for part, kind in (("text", "str"), ("start", "int"), ("end", "int"))
    },
}


def record(doc_id: Any, claims: Iterable[Claim]) -> dict[str, Any]:
    """The batch record of one document; ``doc_id`` is kept as given (string or number)."""
    return {"id": doc_id, "claims": [c.to_dict() for c in claims], "claimex_version": __version__}


def flat_rows(doc_id: Any, claims: Iterable[Claim]) -> Iterator[dict[str, Any]]:
    """One row per claim with the keys of :data:`FLAT_COLUMNS`; ``doc_id`` as text, absent spans as None."""
    for i, claim in enumerate(claims):
        d = claim.to_dict()
        row: dict[str, Any] = {
            "doc_id": str(doc_id),
            "claim": i,
            **{k: d[k] for k in ("type", "category", "text", "start", "end", "low", "high", "approximate", "unit")},
            "hedged": d["hedged"],
            "confidence": d["confidence"],
            "sentence_start": d["sentence"]["start"] if d["sentence"] else None,
            "sentence_end": d["sentence"]["end"] if d["sentence"] else None,
        }
        for role in ROLE_NAMES:
            span = d[role]
            for part in ("text", "start", "end"):
                row[f"{role}_{part}"] = span[part] if span else None
        yield row


def arrow_schema() -> "Any":
    """The pyarrow schema of flat rows (needs ``claimex[parquet]``)."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in FLAT_COLUMNS.items()])
