"""Build the released corpus (train/dev/test JSONL) from the authoring files.

The split of a document is fixed by a hash of its id, so adding documents never moves an
old one between splits and the test split stays unseen.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable

from .authoring import resolve_paths
from .schema import SPLITS
from .validate import validate_document

__all__ = ["split_of", "build_corpus", "write_jsonl", "read_jsonl", "corpus_files"]

#: Cumulative shares of train, dev and test (70 / 15 / 15 %).
_SPLIT_EDGES = ((70, "train"), (85, "dev"), (100, "test"))


def split_of(doc_id: str) -> str:
    """The split a document id belongs to, stable across builds.

    >>> split_of("cx-w1-0001") in ("train", "dev", "test")
    True
    """
    bucket = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 100
    return next(name for edge, name in _SPLIT_EDGES if bucket < edge)


def write_jsonl(path: Path, docs: Iterable[dict[str, Any]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False, allow_nan=False) + "\n")
            n += 1
    return n


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_files(path: Path) -> list[Path]:
    """The released files of a corpus: the file given, or ``{train,dev,test}.jsonl`` in the
    folder or in its sub-folders (``corpora/`` holds ``claimex-de/``)."""
    path = Path(path)
    if path.is_file():
        return [path]
    return sorted(p for s in SPLITS for p in (*path.glob(f"{s}.jsonl"), *path.glob(f"*/{s}.jsonl")))


def build_corpus(raw_dir: Path, out_dir: Path) -> tuple[dict[str, int], list[str]]:
    """Resolve, validate and split; write ``out_dir/{train,dev,test}.jsonl``.

    RETURNS: (documents per split, problems). Nothing is written when there are problems.
    """
    docs, errors = resolve_paths(Path(raw_dir).glob("*.jsonl"))
    problems = [str(e) for e in errors]
    seen: set[str] = set()
    for doc in docs:
        if doc["id"] in seen:
            problems.append(f"{doc['id']}: duplicate document id")
        seen.add(doc["id"])
        doc["meta"]["split"] = split_of(doc["id"])
        problems += [f"{doc['id']}: {p}" for p in validate_document(doc)]
    if problems:
        return {}, problems
    counts = {}
    for split in SPLITS:
        counts[split] = write_jsonl(Path(out_dir) / f"{split}.jsonl", (d for d in docs if d["meta"]["split"] == split))
    return counts, []
