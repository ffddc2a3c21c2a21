"""Build the released corpus (train/dev/test JSONL) from the authoring files.

The split of a document is fixed by a hash of its id, so adding documents never moves an
old one between splits and the test split stays unseen. Documents of the writer batches and
topics named in ``held_out.json`` beside ``raw/`` form ``test_unseen`` instead: a group split
that measures how a model carries to text it has not seen the like of.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable

from .authoring import resolve_paths
from .schema import SPLITS
from .validate import validate_document

__all__ = ["split_of", "assign_split", "held_out_groups", "build_corpus", "write_jsonl", "read_jsonl", "corpus_files"]

#: Cumulative shares of train, dev and test (70 / 15 / 15 %).
_SPLIT_EDGES = ((70, "train"), (85, "dev"), (100, "test"))


def split_of(doc_id: str) -> str:
    """The split a document id belongs to, stable across builds.

    >>> split_of("cx-w1-0001") in ("train", "dev", "test")
    True
    """
    bucket = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 100
    return next(name for edge, name in _SPLIT_EDGES if bucket < edge)


def held_out_groups(corpus_dir: Path) -> dict[str, frozenset[str]]:
    """``{"writers": ..., "topics": ...}`` held out as ``test_unseen`` (empty when no file)."""
    path = Path(corpus_dir) / "held_out.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return {key: frozenset(data.get(key, ())) for key in ("writers", "topics")}


def assign_split(doc: dict[str, Any], held_out: dict[str, frozenset[str]]) -> str:
    """``test_unseen`` for a held-out writer or topic, else the split of the id's hash."""
    meta = doc.get("meta") or {}
    if meta.get("writer") in held_out["writers"] or meta.get("topic") in held_out["topics"]:
        return "test_unseen"
    return split_of(doc["id"])


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
    """Resolve, validate and split; write ``out_dir/{train,dev,test,test_unseen}.jsonl``.

    RETURNS: (documents per split, problems). Nothing is written when there are problems.
    """
    docs, errors = resolve_paths(Path(raw_dir).glob("*.jsonl"))
    held_out = held_out_groups(Path(raw_dir).parent)
    problems = [str(e) for e in errors]
    seen: set[str] = set()
    for doc in docs:
        if doc["id"] in seen:
            problems.append(f"{doc['id']}: duplicate document id")
        seen.add(doc["id"])
        doc["meta"]["split"] = assign_split(doc, held_out)
        problems += [f"{doc['id']}: {p}" for p in validate_document(doc)]
    if problems:
        return {}, problems
    counts = {}
    for split in SPLITS:
        counts[split] = write_jsonl(Path(out_dir) / f"{split}.jsonl", (d for d in docs if d["meta"]["split"] == split))
    return counts, []
