"""``claimex train parser``: train and evaluate the dependency parser and morphologizer on UD German.

    claimex train parser [--out DIR] [--config CFG] [--ud DIR] [--seed S] [--set KEY=VALUE ...]
    python -m claimex.parser.train --evaluate-only --out models/parser

Training data: UD German GSD **dev** and PUD (CC BY-SA), read from the shared folder and never
copied into the repository; a seeded tenth of their ten-sentence documents is held out to pick
the best checkpoint. GSD **test** is used only for the final scores: UAS, LAS, the labelled F1
of nsubj, obj, iobj, obl, obl:arg and nmod, POS accuracy and the per-feature F1 of Case and Number.

The two treebanks name some relations differently (PUD says ``acl:relcl``, ``flat:name``,
``obl:tmod``, ``nmod:poss`` where GSD says ``acl``, ``flat``, ``obl``, ``nmod``); the training
labels are harmonised to one inventory (:data:`LABEL_MAP`) so the parser does not split its few
examples between two names of one relation.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.training.converters import conllu_to_docs

__all__ = ["read_conllu", "keep_features", "harmonise", "train_parser", "evaluate_parser", "DEFAULT_PARSER_DIR", "CONFIG"]

CONFIG = Path(__file__).with_name("parser.cfg")
#: The shipped model, beside the package in the repository checkout.
DEFAULT_PARSER_DIR = Path(__file__).resolve().parents[3] / "models" / "parser"
DEFAULT_UD_DIR = Path("../shared/data/ud-german")
TRAIN_FILES = ("de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu")
TEST_FILE = "de_gsd-ud-test.conllu"
#: Reported relations; GSD test has no ``iobj`` (its dative objects are ``obl:arg``), so that score
#: is None unless the parser predicts one.
RELATIONS = ("nsubj", "obj", "iobj", "obl", "obl:arg", "nmod")
FEATURES = ("Case", "Number")
#: PUD subtypes -> the GSD name of the same relation (GSD test uses the right-hand side).
LABEL_MAP = {
    "acl:relcl": "acl",
    "flat:name": "flat",
    "obl:tmod": "obl",
    "nmod:poss": "nmod",
    "cc:preconj": "cc",
    "csubj:pass": "csubj",
}


def read_conllu(path: Path, sentences_per_doc: int = 10) -> list[Doc]:
    """The sentences of a CoNLL-U file as spaCy Docs with heads, labels, POS and morphology."""
    text = Path(path).read_text(encoding="utf-8")
    return list(conllu_to_docs(text, n_sents=sentences_per_doc, no_print=True))


def keep_features(doc: Doc) -> Doc:
    """Only Case and Number stay in the morphology: what the morphologizer learns and is scored on."""
    for t in doc:
        feats = t.morph.to_dict()
        t.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items()) if k in FEATURES) or "_")
    return doc


def harmonise(doc: Doc) -> Doc:
    """One label inventory (:data:`LABEL_MAP`) and only Case and Number in the morphology."""
    for t in keep_features(doc):
        if t.dep_ in LABEL_MAP:
            t.dep_ = LABEL_MAP[t.dep_]
    return doc


def _write(docs: Iterable[Doc], path: Path) -> None:
    DocBin(docs=[harmonise(d) for d in docs], store_user_data=False).to_disk(path)


def train_parser(
    out: Path = DEFAULT_PARSER_DIR,
    *,
    ud: Path = DEFAULT_UD_DIR,
    config: Optional[Path] = None,
    seed: Optional[int] = None,
    overrides: Optional[dict[str, Any]] = None,
    work_dir: Optional[Path] = None,
) -> dict[str, Any]:
    """Train ``config`` (default ``parser.cfg``) into ``out/model``; returns the record of ``training.json``.

    seed: ``[system] seed`` (also shuffles the held-out split); overrides: dotted config
    settings, e.g. ``{"training.max_steps": 20}``. The best checkpoint by the held-out tenth is kept.
    """
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train
    from thinc.api import Config

    from .. import vectors as _vectors  # noqa: F401  (registers claimex.PieceVectors.v1)

    cfg = Config().from_disk(config or CONFIG, interpolate=False)
    seed = int(cfg["system"]["seed"]) if seed is None else seed
    docs = [d for name in TRAIN_FILES for d in read_conllu(Path(ud) / name)]
    random.Random(seed).shuffle(docs)
    held = max(1, len(docs) // 10)
    t0, cpu0 = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        work = Path(tmp)
        _write(docs[held:], work / "train.spacy")
        _write(docs[:held], work / "dev.spacy")
        settings: dict[str, Any] = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed,
        }
        settings.update(overrides or {})
        cfg = spacy.util.load_config_from_str(cfg.to_str(), overrides=settings, interpolate=False)
        nlp = init_nlp(cfg)
        (work / "output").mkdir()
        spacy_train(nlp, work / "output", stdout=sys.stdout, stderr=sys.stderr)
        trained = spacy.load(work / "output" / "model-best")
        trained.config["paths"]["train"] = None
        trained.config["paths"]["dev"] = None
        target = Path(out) / "model"
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        trained.to_disk(target)
    record = {
        "train_docs": len(docs) - held,
        "heldout_docs": held,
        "seed": seed,
        "overrides": overrides or {},
        "seconds": round(time.perf_counter() - t0, 1),
        "cpu_seconds": round(time.process_time() - cpu0, 1),
        "heldout": {k: v for k, v in trained.meta.get("performance", {}).items() if k in ("dep_uas", "dep_las", "pos_acc", "morph_acc")},
        "spacy": spacy.__version__,
    }
    (Path(out) / "training.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return record


def evaluate_parser(model: Path, ud: Path = DEFAULT_UD_DIR) -> dict[str, Any]:
    """UAS, LAS, per-relation labelled F1, POS accuracy and Case/Number F1 on GSD test (gold words)."""
    import spacy

    from .. import vectors as _vectors  # noqa: F401

    nlp = spacy.load(model)
    gold = [keep_features(g) for g in read_conllu(Path(ud) / TEST_FILE)]  # labels as GSD has them
    started = time.perf_counter()
    predicted = list(nlp.pipe(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]) for g in gold))
    for p, g in zip(predicted, gold):
        for t in p:  # spaCy's per-feature scorer reads predicted morphology from the gold vocab
            g.vocab.strings.add(str(t.morph))
    examples = [Example(p, g) for p, g in zip(predicted, gold)]
    scores = nlp.evaluate(examples)
    seconds = time.perf_counter() - started
    words = sum(len(g) for g in gold)
    return {
        "uas": scores["dep_uas"],
        "las": scores["dep_las"],
        "pos_acc": scores["pos_acc"],
        "morph_acc": scores["morph_acc"],
        "relations": {r: scores["dep_las_per_type"].get(r, {}).get("f") for r in RELATIONS},
        "features": {f: scores["morph_per_feat"].get(f, {}).get("f", 0.0) for f in FEATURES},
        "test_sentences": sum(1 for g in gold for _ in g.sents),
        "words_per_second": round(words / seconds),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimex.parser.train", description=__doc__.split("\n")[0])
    ap.add_argument("--ud", type=Path, default=DEFAULT_UD_DIR)
    ap.add_argument("--out", type=Path, default=DEFAULT_PARSER_DIR)
    ap.add_argument("--config", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--evaluate-only", action="store_true")
    args = ap.parse_args(argv)
    if not args.evaluate_only:
        train_parser(args.out, ud=args.ud, config=args.config, seed=args.seed)
    scores = evaluate_parser(args.out / "model", args.ud)
    (args.out / "scores.json").write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
