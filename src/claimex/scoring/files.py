"""Reading the two inputs of a score: gold documents and saved predictions (JSONL)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..errors import Errors, InputError, Warnings

__all__ = ["load_gold", "load_predictions"]

#: What a predicted claim needs to be matched and checked, and the type it must have.
_CLAIM_KEYS = {"type": str, "text": str, "start": int, "end": int}
_SHOWN_IDS = 10


def _records(path: Path, read_error: str, json_error: str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed JSON) of every non-blank line; the two codes name the file's errors."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(getattr(Errors, read_error).format(path=path, reason=e)) from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(getattr(Errors, json_error).format(path=path, line=n, reason=e)) from e


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Gold documents from a JSONL file; each needs ``id``, ``text`` and ``claims``."""
    docs = []
    for n, doc in _records(path, "E008", "E006"):
        for name in ("id", "text", "claims"):
            if name not in doc:
                raise InputError(Errors.E007.format(path=path, line=n, doc_id=doc.get("id"), field=name))
        docs.append(doc)
    return docs


def _listed(ids: Sequence[Any]) -> str:
    shown = ", ".join(repr(i) for i in ids[:_SHOWN_IDS])
    return shown + (f" and {len(ids) - _SHOWN_IDS} more" if len(ids) > _SHOWN_IDS else "")


def load_predictions(path: Path, gold_docs: Sequence[dict[str, Any]]) -> dict[Any, list[dict[str, Any]]]:
    """Saved predictions, ``{"id", "claims"}`` a line (what ``claimex extract --format jsonl`` writes),
    keyed by id; every gold document must have a line. Claims may carry ``field_confidence``.

    Raises :class:`InputError` (E130-E135) for an unreadable or malformed file and for gold ids the
    file lacks; warns (W130) about ids that are not in the gold, which are left out.
    """
    by_id: dict[Any, list[dict[str, Any]]] = {}
    first_line: dict[Any, int] = {}
    for n, record in _records(path, "E130", "E131"):
        if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("claims"), list):
            found = sorted(record) if isinstance(record, dict) else type(record).__name__
            raise InputError(Errors.E132.format(path=path, line=n, found=found))
        doc_id = record["id"]
        if doc_id in first_line:
            raise InputError(Errors.E133.format(path=path, line=n, doc_id=doc_id, first=first_line[doc_id]))
        first_line[doc_id] = n
        for i, claim in enumerate(record["claims"]):
            for key, kind in _CLAIM_KEYS.items():
                value = claim.get(key) if isinstance(claim, dict) else None
                if not isinstance(value, kind) or isinstance(value, bool):
                    raise InputError(
                        Errors.E134.format(path=path, line=n, index=i, doc_id=doc_id, field=key, expected=kind.__name__)
                    )
        by_id[doc_id] = record["claims"]
    gold_ids = [d["id"] for d in gold_docs]
    missing = [i for i in gold_ids if i not in by_id]
    if missing:
        raise InputError(Errors.E135.format(path=path, count=len(missing), ids=_listed(missing)))
    known = set(gold_ids)
    extra = [i for i in by_id if i not in known]
    if extra:
        warnings.warn(Warnings.W130.format(path=path, count=len(extra), ids=_listed(extra)), stacklevel=2)
        for i in extra:
            del by_id[i]
    return by_id
