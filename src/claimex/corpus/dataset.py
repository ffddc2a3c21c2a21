"""The corpus as a Hugging Face ``datasets.DatasetDict``, and conversions for training.

- :func:`load` reads released JSONL offline into splits (``meta.split``) with declared features.
- :func:`to_docbin` makes a spaCy ``DocBin`` with entities and sentence starts, for training
  a spaCy entity recognizer on the claimex tokenizer.
- :func:`to_bio` makes token-level BIO tags for a transformers token classifier.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional, Union

from ..errors import Errors, Warnings
from .build import corpus_files, read_jsonl
from .schema import ROLE_FIELDS, SPLITS

#: The fields of a gold claim (CLAIMS.md), in contract order.
_CLAIM_FIELDS = (
    "type",
    "category",
    "text",
    "start",
    "end",
    "low",
    "high",
    "approximate",
    "unit",
    "hedged",
    *ROLE_FIELDS,
)

__all__ = ["load", "to_docbin", "to_bio", "DEFAULT_CORPUS"]

#: The corpus shipped with the repository, found relative to the working directory.
DEFAULT_CORPUS = Path("corpora/claimex-de")


def _features():  # type: ignore[no-untyped-def]
    from datasets import Features, Value

    span = {"text": Value("string"), "start": Value("int32"), "end": Value("int32")}
    claim = {
        "type": Value("string"),
        "category": Value("string"),
        "text": Value("string"),
        "start": Value("int32"),
        "end": Value("int32"),
        "low": Value("float64"),
        "high": Value("float64"),
        "approximate": Value("bool"),
        "unit": Value("string"),
        "hedged": Value("bool"),
        **{role: dict(span) for role in ("trigger", "agent", "recipient", "victim", "source", "time", "location")},
    }
    amount = {
        "text": Value("string"),
        "start": Value("int32"),
        "end": Value("int32"),
        "kind": Value("string"),
        "low": Value("float64"),
        "high": Value("float64"),
        "approximate": Value("bool"),
        "unit": Value("string"),
    }
    entity = {"text": Value("string"), "start": Value("int32"), "end": Value("int32"), "label": Value("string")}
    meta = {k: Value("string") for k in ("topic", "register", "region", "writer", "split")}
    return Features(
        {
            "id": Value("string"),
            "text": Value("string"),
            "meta": meta,
            "claims": [claim],
            "amounts": [amount],
            "entities": [entity],
        }
    )


def _normalise(doc: dict[str, Any]) -> dict[str, Any]:
    meta = doc.get("meta") or {}
    return {
        "id": doc["id"],
        "text": doc["text"],
        "meta": {
            k: None if meta.get(k) is None else str(meta[k]) for k in ("topic", "register", "region", "writer", "split")
        },
        "claims": [{k: c.get(k) for k in _CLAIM_FIELDS} for c in doc.get("claims", [])],
        "amounts": [
            {k: a.get(k) for k in ("text", "start", "end", "kind", "low", "high", "approximate", "unit")}
            for a in doc.get("amounts", [])
        ],
        "entities": [{k: e.get(k) for k in ("text", "start", "end", "label")} for e in doc.get("entities", [])],
    }


def load(path_or_name: Union[str, Path, None] = None):  # type: ignore[no-untyped-def]
    """The corpus as ``DatasetDict`` with ``train``, ``dev`` and ``test`` (those present).

    path_or_name: a corpus folder, one JSONL file (all its documents go to the split named in
        their ``meta.split``, else ``train``), or ``"claimex-de"`` for ``corpora/claimex-de``.
    """
    from datasets import Dataset, DatasetDict

    path = DEFAULT_CORPUS if path_or_name in (None, "claimex-de") else Path(path_or_name)  # type: ignore[arg-type]
    files = corpus_files(path) if path.exists() else []
    if not files:
        raise ValueError(Errors.E011.format(path=path))
    by_split: dict[str, list[dict[str, Any]]] = {}
    for f in files:
        for doc in read_jsonl(f):
            split = (doc.get("meta") or {}).get("split") or (f.stem if f.stem in SPLITS else "train")
            if split not in SPLITS:
                raise ValueError(Errors.E013.format(value=split, allowed=", ".join(SPLITS)))
            by_split.setdefault(split, []).append(_normalise(doc))
    features = _features()
    return DatasetDict({s: Dataset.from_list(docs, features=features) for s, docs in by_split.items()})


def _aligned(doc, spans: Iterable[dict[str, Any]], label_key: str, doc_id: str):  # type: ignore[no-untyped-def]
    """spaCy spans for character spans; misaligned ones are counted and reported, never silently dropped."""
    import warnings

    kept, missed = [], []
    for s in spans:
        span = doc.char_span(s["start"], s["end"], label=s[label_key], alignment_mode="strict")
        (kept if span is not None else missed).append(span if span is not None else s["text"])
    if missed:
        warnings.warn(Warnings.W001.format(doc_id=doc_id, count=len(missed), examples=missed[:3]), stacklevel=3)
    return kept


def to_docbin(docs: Iterable[dict[str, Any]], nlp: Optional[Any] = None):  # type: ignore[no-untyped-def]
    """A ``DocBin`` of the documents, tokenized by claimex, with ``doc.ents`` and sentence starts."""
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    if nlp is None:
        from ..api import build_default_nlp

        nlp = build_default_nlp()
    segmenter = nlp.get_pipe("claimex_sentences") if "claimex_sentences" in nlp.pipe_names else None
    out = DocBin(attrs=["ENT_IOB", "ENT_TYPE", "SENT_START"])
    for d in docs:
        doc = nlp.make_doc(d["text"])
        if d.get("sentences"):
            starts = {s["start"] for s in d["sentences"]}
            for t in doc:
                t.is_sent_start = t.idx in starts
        elif segmenter is not None:
            segmenter(doc)
        doc.ents = filter_spans(_aligned(doc, d.get("entities", []), "label", d["id"]))
        out.add(doc)
    return out


def to_bio(doc: dict[str, Any], nlp: Optional[Any] = None) -> dict[str, list[Any]]:
    """Tokens, character offsets and BIO entity tags of one document, for token classification."""
    if nlp is None:
        from ..api import build_default_nlp

        nlp = build_default_nlp()
    spacy_doc = nlp.make_doc(doc["text"])
    tags = ["O"] * len(spacy_doc)
    for span in _aligned(spacy_doc, doc.get("entities", []), "label", doc["id"]):
        tags[span.start] = f"B-{span.label_}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label_}"
    keep = [i for i, t in enumerate(spacy_doc) if not t.is_space]
    return {
        "tokens": [spacy_doc[i].text for i in keep],
        "offsets": [(spacy_doc[i].idx, spacy_doc[i].idx + len(spacy_doc[i])) for i in keep],
        "tags": [tags[i] for i in keep],
    }
