"""Train and evaluate the claimex dependency parser and morphologizer on UD German.

    python -m claimex.parser.train [--ud ../shared/data/ud-german] [--out models/parser] [--work DIR]
    python -m claimex.parser.train --evaluate-only --out models/parser

Training data: UD German GSD **dev** and PUD (CC BY-SA 4.0), read from the shared folder and
never copied into the repository; a seeded tenth of their documents is held out to pick the
best checkpoint. GSD **test** is used only for the final scores. Scores: UAS, LAS, the labelled
F1 of nsubj, obj, iobj, obl and nmod, POS accuracy and the accuracy of Case and Number.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.training.converters import conllu_to_docs

__all__ = ["read_conllu", "train_parser", "evaluate_parser"]

CONFIG = Path(__file__).with_name("parser.cfg")
TRAIN_FILES = ("de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu")
TEST_FILE = "de_gsd-ud-test.conllu"
RELATIONS = ("nsubj", "obj", "iobj", "obl", "nmod")
FEATURES = ("Case", "Number")
SEED = 0


def read_conllu(path: Path, sentences_per_doc: int = 10) -> list[Doc]:
    """The sentences of a CoNLL-U file as spaCy Docs with heads, labels, POS and morphology."""
    text = Path(path).read_text(encoding="utf-8")
    return list(conllu_to_docs(text, n_sents=sentences_per_doc, no_print=True))


def _keep_features(doc: Doc) -> Doc:
    """Only Case and Number stay: the morphologizer learns fewer, denser labels."""
    for t in doc:
        feats = t.morph.to_dict()
        t.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items()) if k in FEATURES) or "_")
    return doc


def _write(docs: Iterable[Doc], path: Path) -> None:
    DocBin(docs=[_keep_features(d) for d in docs], store_user_data=False).to_disk(path)


def train_parser(ud: Path, out: Path, work: Path) -> Path:
    """Train from ``parser.cfg`` (seed 0); the best checkpoint by the held-out tenth goes to ``out/model``."""
    from spacy.cli.train import train

    docs = [d for name in TRAIN_FILES for d in read_conllu(ud / name)]
    random.Random(SEED).shuffle(docs)
    held = max(1, len(docs) // 10)
    _write(docs[held:], work / "train.spacy")
    _write(docs[:held], work / "dev.spacy")
    started = time.time()
    train(
        CONFIG,
        work / "output",
        overrides={"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")},
    )
    minutes = (time.time() - started) / 60
    target = out / "model"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(work / "output" / "model-best", target)
    (out / "training.json").write_text(
        json.dumps({"train_docs": len(docs) - held, "heldout_docs": held, "minutes": round(minutes, 1)}, indent=1),
        encoding="utf-8",
    )
    return target


def evaluate_parser(model: Path, ud: Path) -> dict[str, Any]:
    """UAS, LAS, per-relation labelled F1, POS accuracy and Case/Number accuracy on GSD test."""
    nlp = spacy.load(model)
    gold = read_conllu(ud / TEST_FILE)
    examples = [Example(nlp(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g])), g) for g in gold]
    scores = nlp.evaluate(examples)
    out: dict[str, Any] = {
        "uas": scores["dep_uas"],
        "las": scores["dep_las"],
        "pos_acc": scores["pos_acc"],
        "morph_acc": scores["morph_acc"],
        "relations": {r: scores["dep_las_per_type"].get(r, {}).get("f", 0.0) for r in RELATIONS},
        "features": {f: scores["morph_per_feat"].get(f, {}).get("f", 0.0) for f in FEATURES},
        "test_sentences": sum(1 for g in gold for _ in g.sents),
    }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimex.parser.train", description=__doc__.split("\n")[0])
    ap.add_argument("--ud", type=Path, default=Path("../shared/data/ud-german"))
    ap.add_argument("--out", type=Path, default=Path("models/parser"))
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--evaluate-only", action="store_true")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.evaluate_only:
        with tempfile.TemporaryDirectory() as tmp:
            work = args.work or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            train_parser(args.ud, args.out, work)
    scores = evaluate_parser(args.out / "model", args.ud)
    (args.out / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    print(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
