"""``claimex train {vectors,ner,relations}``: rebuild the shipped static vectors, entity
recognizer and relation model.

claimex train vectors [--out DIR] [--dim N] [--shared-data DIR] [--corpus DIR]
claimex train ner [--out DIR] [--config CFG] [--shared-data DIR] [--corpus DIR] [--set KEY=VALUE ...]
claimex train names [--out DIR] [--shared-data DIR] [--corpus DIR] [--seed S]
claimex train parser [--out DIR] [--config CFG] [--ud DIR] [--seed S] [--set KEY=VALUE ...]
claimex train relations --train PATH --dev PATH --output DIR [--init DIR] [--backbone PATH]
                        [--vectors] [--max-steps N] [--seed S]
claimex train all [--output DIR] [--steps a,b] [--max-steps N] [--seed S] [--backbone PATH] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

__all__ = ["register"]


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _train_vectors(args: argparse.Namespace) -> int:
    from ..vectors.build import build_vectors
    from ..vectors.store import DEFAULT_VECTORS_DIR

    out = args.out or DEFAULT_VECTORS_DIR
    vectors = build_vectors(out, corpus_dir=args.corpus, shared_data=args.shared_data, dim=args.dim)
    print(f"wrote {len(vectors.index):,} words x {vectors.dim} dims to {out}")
    return 0


def _train_names(args: argparse.Namespace) -> int:
    from ..names.model import DEFAULT_NAMES_DIR
    from ..names.train import train_names

    out = args.out or DEFAULT_NAMES_DIR
    meta = train_names(out, shared_data=args.shared_data, corpus_dir=args.corpus, seed=args.seed)
    held = meta["scores"]["held_out_documents"]
    unseen = meta["scores"]["held_out_unseen_forms"]
    print(
        f"saved to {out}: {meta['training_types']:,} word forms; held-out accuracy {held['accuracy']:.3f} "
        f"(unseen forms {unseen['accuracy']:.3f}) in {meta['seconds']:.0f} s"
    )
    return 0


def _train_ner(args: argparse.Namespace) -> int:
    from ..ner.data import Sources
    from ..ner.train import DEFAULT_NER_DIR, train_ner

    overrides = {}
    for item in args.set or ():
        key, _, value = item.partition("=")
        overrides[key] = _parse_value(value)
    out = args.out or DEFAULT_NER_DIR
    record = train_ner(
        out,
        config=args.config,
        sources=Sources(args.corpus, args.shared_data),
        overrides=overrides,
        limit=args.limit or None,
    )
    perf = record["performance"]
    print(f"saved to {out}: dev entity F1 {perf.get('ents_f', 0.0):.3f} in {record['seconds']:.0f} s")
    return 0


def _train_parser(args: argparse.Namespace) -> int:
    from ..parser.train import DEFAULT_PARSER_DIR, evaluate_parser, train_parser

    overrides = {key: _parse_value(value) for key, _, value in (item.partition("=") for item in args.set or ())}
    out = args.out or DEFAULT_PARSER_DIR
    record = train_parser(out, ud=args.ud, config=args.config, seed=args.seed, overrides=overrides)
    held = record["heldout"]
    print(f"saved to {out / 'model'}: held-out UAS {held.get('dep_uas', 0.0):.3f} LAS {held.get('dep_las', 0.0):.3f} in {record['seconds']:.0f} s")
    scores = evaluate_parser(out / "model", args.ud)
    (out / "scores.json").write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
    print(f"UD German GSD test: UAS {scores['uas']:.3f} LAS {scores['las']:.3f} (written to {out / 'scores.json'})")
    return 0


def _train_all(args: argparse.Namespace) -> int:
    from .train_all import Options, run_all

    options = Options(args.output, args.corpus, args.shared_data, args.max_steps, args.seed, args.backbone)
    names = [name.strip() for name in args.steps.split(",") if name.strip()] if args.steps else None
    run_all(options, names, dry_run=args.dry_run)
    return 0


def _train_relations(args: argparse.Namespace) -> int:
    from ..relation_model.encoders import PieceVectorEncoder
    from ..relation_model.model_card import compare_with_rules, write_model_card
    from ..relation_model.train import train_relations

    if args.backbone is not None:
        from ..relation_model.hf_encoder import load_encoder

        encoder = load_encoder(args.backbone)
    else:
        encoder = PieceVectorEncoder() if args.vectors else None
    record = train_relations(
        args.train, args.dev, args.output, init=args.init, encoder=encoder, max_steps=args.max_steps, seed=args.seed
    )
    if args.transfer_folds:
        from ..relation_model.transfer import recalibrate_for_unseen_writers

        record["transfer"] = recalibrate_for_unseen_writers(
            args.output, args.train, args.dev, args.transfer_folds, train_relations,
            init=args.init, encoder=encoder, max_steps=args.max_steps, seed=args.seed, progress=False,
        )  # fmt: skip
    comparison = compare_with_rules(args.output, args.dev)
    record["comparisons"] = [comparison]
    (args.output / "scores.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_model_card(args.output, record, [comparison])
    rules, model = comparison["rules"], comparison["model"]
    print(
        f"saved to {args.output} ({record['seconds']:.0f} s): dev category {model['category']:.3f} "
        f"(rules {rules['category']:.3f}), roles mean {model['roles_mean']:.3f} (rules {rules['roles_mean']:.3f})"
    )
    return 0


def _add_relations_parser(tsub: Any, formatter: Any) -> None:
    p = tsub.add_parser(
        "relations",
        help="the learned relation classifier (models/relations)",
        formatter_class=formatter,
        epilog=(
            "examples:\n"
            "  claimex train relations --train corpora/claimex-de/train.jsonl --dev corpora/claimex-de/dev.jsonl "
            "--output models/relations --transfer-folds 3\n"
            "  claimex train relations --train mine.jsonl --dev mine-dev.jsonl --output my-model --init models/relations"
        ),
    )
    p.add_argument("--train", type=Path, required=True, help="gold JSONL to learn from")
    p.add_argument("--dev", type=Path, required=True, help="gold JSONL for early stopping and calibration")
    p.add_argument("--output", type=Path, required=True, help="the model folder to write")
    p.add_argument("--init", type=Path, help="continue from this saved model (fine-tuning)")
    p.add_argument("--backbone", type=Path, help="a local Hugging Face encoder checkpoint for the span vectors")
    p.add_argument("--vectors", action="store_true", help="add static piece-vector span features (models/vectors)")
    p.add_argument("--max-steps", type=int, help="stop after this many updates")
    p.add_argument("--seed", type=int, default=0, help="random seed")
    p.add_argument(
        "--transfer-folds",
        type=int,
        default=0,
        metavar="K",
        help="also train K models, each without one of K groups of the training writers (meta 'writer'), "
        "and recalibrate every confidence to how often it is right on writers a model never read (0: off)",
    )
    p.set_defaults(func=_train_relations)


def register(sub: Any, formatter: Any = argparse.HelpFormatter) -> None:
    """Add ``train`` and its subcommands to the ``claimex`` parser's subparsers."""
    train = sub.add_parser(
        "train",
        help="rebuild the static vectors, train the entity recognizer, the parser or the relation model",
        formatter_class=formatter,
        epilog="examples:\n  claimex train vectors\n  claimex train ner --shared-data ../shared/data",
    )
    tsub = train.add_subparsers(dest="train_command", required=True)
    for name, func, help_text in (
        ("vectors", _train_vectors, "static word vectors from the USE v3 piece table (models/vectors)"),
        ("ner", _train_ner, "the German entity recognizer from configs/ner.cfg (models/ner)"),
    ):
        p = tsub.add_parser(
            name,
            help=help_text,
            formatter_class=formatter,
            epilog=f"example:\n  claimex train {name} --shared-data ../shared/data",
        )
        p.add_argument("--out", type=Path, help="output folder (default: the shipped one under models/)")
        p.add_argument("--corpus", type=Path, default=Path("corpora/claimex-de"), help="the claimex corpus")
        p.add_argument("--shared-data", type=Path, default=Path("../shared/data"), help="the public corpora")
        p.set_defaults(func=func)
        if name == "vectors":
            p.add_argument("--dim", type=int, default=96, help="dimensions kept by the PCA")
        else:
            p.add_argument("--config", type=Path, help="a spaCy config (default: configs/ner.cfg)")
            p.add_argument("--set", action="append", metavar="KEY=VALUE", help="config override, e.g. training.max_steps=500")
            p.add_argument("--limit", type=int, default=0, help="train on that many documents only (smoke tests)")
    names = tsub.add_parser(
        "names",
        help="the proper-name vs common-noun word classifier of the mention layer (models/names)",
        formatter_class=formatter,
        epilog="example:\n  claimex train names --shared-data ../shared/data",
    )
    names.add_argument("--out", type=Path, help="output folder (default: models/names)")
    names.add_argument("--corpus", type=Path, default=Path("corpora/claimex-de"), help="the claimex corpus")
    names.add_argument("--shared-data", type=Path, default=Path("../shared/data"), help="the public corpora")
    names.add_argument("--seed", type=int, default=0, help="random seed of the initial weights")
    names.set_defaults(func=_train_names)
    parser = tsub.add_parser(
        "parser",
        help="the UD German dependency parser and morphologizer from configs/parser.cfg (models/parser)",
        formatter_class=formatter,
        epilog="example:\n  claimex train parser --ud ../shared/data/ud-german --seed 0",
    )
    parser.add_argument("--out", type=Path, help="output folder (default: models/parser)")
    parser.add_argument("--config", type=Path, help="a spaCy config (default: configs/parser.cfg)")
    parser.add_argument("--ud", type=Path, default=Path("../shared/data/ud-german"), help="the UD German treebanks")
    parser.add_argument("--seed", type=int, help="random seed (default: the config's [system] seed)")
    parser.add_argument("--set", action="append", metavar="KEY=VALUE", help="config override, e.g. training.max_steps=500")
    parser.set_defaults(func=_train_parser)
    from .train_all import add_arguments as add_all_arguments

    every = tsub.add_parser(
        "all",
        help="every trained part (vectors, parser, ner, relations) in dependency order into one folder",
        formatter_class=formatter,
        epilog="examples:\n  claimex train all --dry-run\n  claimex train all --output /tmp/models --max-steps 50",
    )
    add_all_arguments(every)
    every.set_defaults(func=_train_all)
    _add_relations_parser(tsub, formatter)
