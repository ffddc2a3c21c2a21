"""Training the name classifier from public corpora and the claimex train split.

A training example is a capitalised word inside a sentence (the first word of a sentence is
capitalised whatever its class, so it teaches nothing and is left out), labelled *name* or
*common noun* by the corpus:

- UD German GSD **dev** and PUD (``de_gsd-ud-dev.conllu``, ``de_pud-ud-test.conllu``): UPOS
  PROPN against NOUN (GSD test is kept for evaluating the parser);
- GermEval 2014 **test**: words inside PER, ORG, LOC entities against words outside any entity
  (OTH and the derived and part labels are left out: "Herr der Ringe", "EU-Kommission");
- SmartData v1 **train** and claimex-de **train**: words inside PER, ORG, GPE, LOC entities
  against the other capitalised words; names with a lower-case word inside ("Bundesamt für
  Gesundheit") describe rather than name, and their words are left out.

Documents are split 90/10 by a hash of their id, so the held-out accuracy is measured on
documents the model never saw; it is also given on the held-out words whose form never occurs in
training, the case the model exists for. The model learns from word *types* of the training
documents (each form once, labelled by its majority), so frequent words do not drown the rare
names it has to generalise to.
"""

from __future__ import annotations

import gzip
import re
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from ..errors import Errors
from .features import BUCKETS, word_features
from .model import NameClassifier

__all__ = ["collect_examples", "train_names", "HELD_OUT"]

#: One document in this many is held out (by a hash of its id).
HELD_OUT = 10
_WORD = re.compile(r"\w(?:[\w-]*\w)?")
_SENTENCE_END = set(".!?:\"„“«»\n")
Example = tuple[str, str, int]  # document id, word form, 1 = name


def _candidate(form: str) -> bool:
    letters = form.replace("-", "")
    return len(letters) > 1 and letters.isalpha() and form[:1].isupper() and not form.endswith("-")


def ud_examples(path: Path, sentences_per_doc: int = 10) -> Iterator[Example]:
    """PROPN (1) and NOUN (0) words of a CoNLL-U file, sentence openers left out."""
    sentence = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                sentence += 1
                continue
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "1" or not cols[0].isdigit() or cols[3] not in ("PROPN", "NOUN"):
                continue
            if _candidate(cols[1]):
                yield f"{path.stem}-{sentence // sentences_per_doc}", cols[1], int(cols[3] == "PROPN")


def _germeval_sentence(doc_id: str, rows: list[list[str]]) -> Iterator[Example]:
    # the outer label's runs: B- opens one, I- of the same kind goes on
    runs: list[tuple[str, list[int]]] = []
    for k, cols in enumerate(rows):
        tag = cols[2] if len(cols) > 2 else "O"
        if tag.startswith("I-") and runs and runs[-1][0] == tag[2:]:
            runs[-1][1].append(k)
        elif tag != "O":
            runs.append((tag[2:], [k]))
    label = [0] * len(rows)
    for kind, members in runs:
        descriptive = any(rows[k][1][:1].islower() for k in members)  # "Bundesamt für Gesundheit"
        for k in members:
            label[k] = 1 if kind in ("PER", "ORG", "LOC") and not descriptive else -1
    for k, cols in enumerate(rows):
        if cols[0] != "1" and label[k] >= 0 and _candidate(cols[1]):
            yield doc_id, cols[1], label[k]


def germeval_examples(path: Path) -> Iterator[Example]:
    """Entity words (1) and capitalised words outside entities (0) of a GermEval TSV file."""
    rows: list[list[str]] = []
    sentence = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                yield from _germeval_sentence(f"{path.stem}-{sentence}", rows)
                rows, sentence = [], sentence + 1
                continue
            rows.append(cols)
    yield from _germeval_sentence(f"{path.stem}-{sentence}", rows)


def _text_examples(doc_id: str, text: str, names: list[tuple[int, int]], skipped: list[tuple[int, int]]) -> Iterator[Example]:
    """Capitalised words inside ``names`` (1) and outside (0), those inside ``skipped`` left out."""
    inside = np.zeros(len(text) + 1, dtype=np.int8)
    for s, e in skipped:
        inside[s:e] = 2
    for s, e in names:
        inside[s:e] = 1
    for m in _WORD.finditer(text):
        form = m.group()
        if not _candidate(form):
            continue
        k = m.start() - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k < 0 or text[k] in _SENTENCE_END:
            continue  # a sentence opener
        label = int(inside[m.start()])
        if label < 2:
            yield doc_id, form, label


def _descriptive(text: str, names: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Names that are described rather than named ("Bundesamt für Gesundheit", "Kuratorium für
    Verkehrssicherheit": a lower-case word inside) are left out: their words are common nouns
    that happen to stand in a name, neither label fits them."""
    kept, skipped = [], []
    for s, e in names:
        (skipped if any(w[:1].islower() for w in text[s:e].split()) else kept).append((s, e))
    return kept, skipped


def smartdata_examples(path: Path) -> Iterator[Example]:
    """Words of PER, ORG and place entities (1) and other capitalised words (0) of SmartData."""
    from ..corpus.readers import _iter_concatenated_json

    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, raw in enumerate(_iter_concatenated_json(f.read())):
            text = raw["text"]["string"]
            names = []
            for c in raw.get("conceptMentions", {}).get("array", []) if isinstance(raw.get("conceptMentions"), dict) else raw.get("conceptMentions") or []:
                if c["type"] in ("person", "organization", "organization-company") or c["type"].startswith("location"):
                    names.append((c["span"]["start"], c["span"]["end"]))
            yield from _text_examples(f"smartdata-{n}", text, *_descriptive(text, names))


def claimex_examples(path: Path) -> Iterator[Example]:
    """Words of PER, ORG, GPE, LOC entities (1) and other capitalised words (0) of a claimex split."""
    from ..corpus.build import read_jsonl

    for d in read_jsonl(path):
        ents = d.get("entities", [])
        names = [(e["start"], e["end"]) for e in ents if e["label"] in ("PER", "ORG", "GPE", "LOC")]
        yield from _text_examples(f"claimex-{d['id']}", d["text"], *_descriptive(d["text"], names))


def collect_examples(shared_data: Path, corpus_dir: Path) -> list[Example]:
    """Every example of the sources the module docstring names, where their files exist."""
    sources = [
        (ud_examples, shared_data / "ud-german" / "de_gsd-ud-dev.conllu"),
        (ud_examples, shared_data / "ud-german" / "de_pud-ud-test.conllu"),
        (germeval_examples, shared_data / "germeval2014" / "test.tsv"),
        (smartdata_examples, shared_data / "smartdata-v1" / "train.json.gz"),
        (claimex_examples, corpus_dir / "train.jsonl"),
    ]
    examples: list[Example] = []
    for read, path in sources:
        if path.is_file():
            examples.extend(read(path))
    if not examples:
        raise ValueError(Errors.E152.format(reason=f"none of {', '.join(str(p) for _, p in sources)} holds a capitalised word"))
    return examples


def held_out(doc_id: str) -> bool:
    """Whether a document belongs to the held-out tenth."""
    return zlib.crc32(doc_id.encode("utf-8")) % HELD_OUT == 0


def _fit(forms: list[str], labels: np.ndarray, epochs: int, l2: float, seed: int) -> np.ndarray:
    """Logistic regression over hashed features, full-batch Adam (deterministic)."""
    rows = [word_features(f) for f in forms]
    lengths = np.array([len(r) for r in rows])
    idx = np.concatenate([np.array(r, dtype=np.int64) for r in rows])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    # names are the smaller class: weigh the classes equally
    pos = max(1, int(labels.sum()))
    neg = max(1, len(labels) - pos)
    cw = np.where(labels == 1, len(labels) / (2 * pos), len(labels) / (2 * neg))
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 1e-3, BUCKETS)
    m = np.zeros(BUCKETS)
    v = np.zeros(BUCKETS)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, epochs + 1):
        z = np.add.reduceat(w[idx], starts)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - labels) * cw / len(labels)
        grad = np.bincount(idx, weights=np.repeat(g, lengths), minlength=BUCKETS) + l2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return w.astype(np.float32)


def _types(examples: Iterable[Example]) -> tuple[list[str], np.ndarray]:
    votes: dict[str, Counter[int]] = {}
    for _, form, label in examples:
        votes.setdefault(form, Counter())[label] += 1
    forms = sorted(votes)
    labels = np.array([int(votes[f][1] > votes[f][0]) for f in forms], dtype=np.float64)
    return forms, labels


def _scores(model: NameClassifier, examples: list[Example], threshold: float) -> dict[str, float]:
    tp = fp = fn = tn = 0
    for _, form, label in examples:
        said = model.probability(form) >= threshold
        tp += said and label == 1
        fp += said and label == 0
        fn += not said and label == 1
        tn += not said and label == 0
    n = max(1, tp + fp + fn + tn)
    return {
        "tokens": tp + fp + fn + tn,
        "accuracy": round((tp + tn) / n, 4),
        "name_precision": round(tp / max(1, tp + fp), 4),
        "name_recall": round(tp / max(1, tp + fn), 4),
    }


def train_names(
    out: Path,
    shared_data: Path = Path("../shared/data"),
    corpus_dir: Path = Path("corpora/claimex-de"),
    epochs: int = 300,
    l2: float = 1e-6,
    threshold: float = 0.5,
    seed: int = 0,
    final: bool = True,
) -> dict:
    """Train on the 90 % training documents, score the held-out 10 %, then (``final``) refit on
    all documents and save to ``out``. Returns the model's meta data (scores included)."""
    t0 = time.time()
    examples = collect_examples(Path(shared_data), Path(corpus_dir))
    train = [e for e in examples if not held_out(e[0])]
    test = [e for e in examples if held_out(e[0])]
    forms, labels = _types(train)
    model = NameClassifier(_fit(forms, labels, epochs, l2, seed), threshold)
    seen = set(forms)
    unseen = [e for e in test if e[1] not in seen]
    scores = {
        "held_out_documents": _scores(model, test, threshold),
        "held_out_unseen_forms": _scores(model, unseen, threshold),
        "held_out_unseen_forms_at_0.8": _scores(model, unseen, 0.8),
    }
    if final:
        forms, labels = _types(examples)
        model = NameClassifier(_fit(forms, labels, epochs, l2, seed), threshold)
    meta = {
        "examples": len(examples),
        "training_types": len(forms),
        "names_share": round(float(labels.mean()), 4),
        "epochs": epochs,
        "l2": l2,
        "seed": seed,
        "threshold": threshold,
        "buckets": BUCKETS,
        "scores": scores,
        "seconds": round(time.time() - t0, 1),
    }
    model.save(out, meta)
    return meta
