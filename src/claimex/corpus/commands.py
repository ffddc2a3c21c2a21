"""The functions behind ``claimex corpus ...``: check, validate, stats."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from ..errors import Errors
from .authoring import resolve_file
from .build import corpus_files, read_jsonl
from .realism import realism_stats
from .stats import corpus_stats
from .validate import validate_document

__all__ = ["check_raw", "validate_released", "released_stats"]


def check_raw(paths: list[Path], out: TextIO) -> int:
    """Resolve and validate authoring files; print every problem; return the problem count."""
    n_docs = n_problems = 0
    for path in paths:
        docs, errors = resolve_file(path)
        for e in errors:
            print(e, file=out)
        n_problems += len(errors)
        for doc in docs:
            n_docs += 1
            for p in validate_document(doc):
                print(f"{path}: {doc['id']}: {p}", file=out)
                n_problems += 1
    print(f"{n_docs} documents, {n_problems} problems", file=out)
    return n_problems


def _released(path: Path) -> list[tuple[Path, int, dict[str, Any]]]:
    files = corpus_files(path)
    if not files:
        raise ValueError(Errors.E011.format(path=path))
    return [(f, n, doc) for f in files for n, doc in enumerate(read_jsonl(f), 1)]


def validate_released(path: Path, out: TextIO) -> int:
    """Validate released corpus files; print each problem with file, line and id; return the count."""
    n_problems = 0
    docs = _released(path)
    seen: dict[str, str] = {}
    for f, n, doc in docs:
        problems = validate_document(doc)
        if doc.get("id") in seen:
            problems.append(f"duplicate id, first in {seen[doc['id']]}")
        seen.setdefault(doc.get("id"), f"{f}:{n}")
        for p in problems:
            print(f"{f}:{n}: {doc.get('id')}: {p}", file=out)
        n_problems += len(problems)
    print(f"{len(docs)} documents, {n_problems} problems", file=out)
    return n_problems


def released_stats(path: Path) -> dict[str, Any]:
    """Sizes and distributions, plus the realism measures of corpus v2 under ``realism``."""
    docs = [doc for _, _, doc in _released(path)]
    return {**corpus_stats(docs), "realism": realism_stats(docs)}
