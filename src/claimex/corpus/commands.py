"""The functions behind ``claimex corpus ...``: check, build, validate, stats."""
from __future__ import annotations

from pathlib import Path
from typing import TextIO

from .authoring import resolve_file
from .validate import validate_document

__all__ = ["check_raw"]


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
