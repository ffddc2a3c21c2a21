"""Entity recognition scores: exact character spans and labels, micro-averaged and per label.

Two gold formats:

- ``germeval``: GermEval 2014 (default its dev part; the NER trains on its test part). Outer
  spans only; PER, ORG and LOC, with claimex's GPE scored as LOC on both sides (GermEval does
  not split places). OTH is no claimex label: gold OTH spans and their derived forms are left
  out, and so are predicted GROUP spans (GermEval does not annotate people groups).
- ``claimex``: a released claimex split; PER, ORG, GPE, LOC and GROUP as annotated.

Three systems: ``model`` (the trained recognizer on whole texts), ``rules`` (``claimex_entities``),
``combined`` (``claimex_ner``: model, then rule entities in its gaps, on whole texts).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from .errors import Errors

__all__ = ["score_entities", "evaluate_ner", "FORMATS", "SYSTEMS", "GERMEVAL_NOTE"]

FORMATS = ("germeval", "claimex")
SYSTEMS = ("model", "rules", "combined")
GERMEVAL_NOTE = "GermEval: outer spans, PER/ORG/LOC (GPE scored as LOC); OTH left out, predicted GROUP left out"

Entity = tuple[int, int, str]


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_entities(pairs: Iterable[tuple[set[Entity], set[Entity]]]) -> dict[str, Any]:
    """Micro precision, recall, F1 and ``per_label`` over (gold, predicted) entity sets."""
    tp: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    for gold, pred in pairs:
        for _, _, label in gold:
            n_gold[label] = n_gold.get(label, 0) + 1
        for _, _, label in pred:
            n_pred[label] = n_pred.get(label, 0) + 1
        for _, _, label in gold & pred:
            tp[label] = tp.get(label, 0) + 1
    labels = sorted(set(n_gold) | set(n_pred))
    per_label = {
        lab: {**_prf(tp.get(lab, 0), n_pred.get(lab, 0), n_gold.get(lab, 0)), "gold": n_gold.get(lab, 0)}
        for lab in labels
    }
    total = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {**total, "gold": sum(n_gold.values()), "pred": sum(n_pred.values()), "per_label": per_label}


def _predictor(system: str, model: Optional[Path]) -> Callable[[str], list[Entity]]:
    from .api import build_default_nlp

    if system not in SYSTEMS:
        raise ValueError(Errors.E067.format(value=system, allowed=", ".join(SYSTEMS)))
    if system == "model":
        from .ner.component import load_ner_model

        ner = load_ner_model(str(model) if model else None)

        def run_model(text: str) -> list[Entity]:
            return [(e.start_char, e.end_char, e.label_) for e in ner(text).ents]

        return run_model
    nlp = build_default_nlp()
    stages = ["claimex_sentences", "claimex_amounts", "claimex_entities"]
    if system == "combined":
        nlp.add_pipe(
            "claimex_ner",
            after="claimex_entities",
            config={"model": str(model) if model else None, "scope": "all"},
        )
        stages.append("claimex_ner")

    def run_pipeline(text: str) -> list[Entity]:
        with nlp.select_pipes(enable=stages):
            return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return run_pipeline


def _gold_documents(path: Path, fmt: str) -> list[dict[str, Any]]:
    if fmt == "claimex":
        from .corpus.build import read_jsonl

        return list(read_jsonl(path))
    from .ner.data import Sources, germeval_docs

    if path.is_file():  # one file of the folder, e.g. dev.tsv
        return germeval_docs(Sources(), path.stem, folder=path.parent)
    return germeval_docs(Sources(), "dev", folder=path)


def _germeval_view(entities: Iterable[Entity]) -> set[Entity]:
    mapped = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
    return {(s, e, mapped[label]) for s, e, label in entities if label in mapped}


def evaluate_ner(
    path: Path, fmt: str = "germeval", *, system: str = "model", model: Optional[Path] = None, limit: int = 0
) -> dict[str, Any]:
    """Score a system on the gold entities at ``path`` (see the module docstring)."""
    if fmt not in FORMATS:
        raise ValueError(Errors.E065.format(value=fmt, allowed=", ".join(FORMATS)))
    docs = _gold_documents(Path(path), fmt)
    if limit:
        docs = docs[:limit]
    predict = _predictor(system, model)
    pairs = []
    for d in docs:
        gold = {(e["start"], e["end"], e["label"]) for e in d.get("entities", [])}
        pred = set(predict(d["text"]))
        if fmt == "germeval":
            gold, pred = _germeval_view(gold), _germeval_view(pred)
        pairs.append((gold, pred))
    out = score_entities(pairs)
    out.update({"documents": len(docs), "format": fmt, "system": system})
    if fmt == "germeval":
        out["note"] = GERMEVAL_NOTE
    return out
