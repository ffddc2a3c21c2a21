"""``claimex train {vectors,ner,relations}``: rebuild the shipped static vectors, entity
recognizer and relation model.

claimex train vectors [--out DIR] [--dim N] [--shared-data DIR] [--corpus DIR]
claimex train ner [--out DIR] [--config CFG] [--shared-data DIR] [--corpus DIR] [--set KEY=VALUE ...]
claimex train relations --train PATH --dev PATH --output DIR [--init DIR] [--backbone PATH]
                        [--vectors] [--max-steps N] [--seed S]
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


def _train_relations(args: argparse.Namespace) -> int:
    from ..errors import Errors
    from ..relation_model.encoders import PieceVectorEncoder
    from ..relation_model.model_card import compare_with_rules, write_model_card
    from ..relation_model.train import train_relations

    if args.backbone is not None:
        try:
            from ..relation_model.hf_encoder import HFEncoder  # type: ignore[import-not-found]
        except ImportError as e:
            raise ValueError(Errors.E107.format(path=args.backbone, reason=e)) from e
        encoder = HFEncoder(str(args.backbone))
    else:
        encoder = PieceVectorEncoder() if args.vectors else None
    record = train_relations(
        args.train, args.dev, args.output, init=args.init, encoder=encoder, max_steps=args.max_steps, seed=args.seed
    )
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
            "--output models/relations\n"
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
    p.set_defaults(func=_train_relations)


def register(sub: Any, formatter: Any = argparse.HelpFormatter) -> None:
    """Add ``train`` and its subcommands to the ``claimex`` parser's subparsers."""
    train = sub.add_parser(
        "train",
        help="rebuild the static vectors, train the entity recognizer or the relation model",
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
    _add_relations_parser(tsub, formatter)
