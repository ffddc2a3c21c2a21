"""``claimex evaluate-ner PATH [--format germeval|claimex] [--json]``: entity recognition scores.

See :mod:`claimex.ner_eval` for what is scored.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

__all__ = ["register", "format_ner_report"]


def format_ner_report(out: dict[str, Any]) -> str:
    """A readable table of :func:`claimex.ner_eval.evaluate_ner` output."""
    lines = [f"{out['system']} on {out['documents']} {out['format']} documents"]
    if out.get("note"):
        lines.append(out["note"])
    lines.append(f"{'label':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for label, s in out["per_label"].items():
        lines.append(f"{label:8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['gold']:6d}")
    lines.append(f"{'all':8} {out['precision']:6.3f} {out['recall']:6.3f} {out['f1']:6.3f} {out['gold']:6d}")
    return "\n".join(lines)


def _evaluate_ner(args: argparse.Namespace) -> int:
    from ..ner_eval import evaluate_ner

    out = evaluate_ner(args.path, args.format, system=args.system, model=args.model, limit=args.limit)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(format_ner_report(out))
    return 0


def register(sub: Any, formatter: Any = argparse.HelpFormatter) -> None:
    """Add ``evaluate-ner`` to the ``claimex`` parser's subparsers."""
    from ..ner_eval import FORMATS, SYSTEMS

    p = sub.add_parser(
        "evaluate-ner",
        help="score the entity recognizer on GermEval 2014 dev or a claimex split",
        formatter_class=formatter,
        epilog="examples:\n  claimex evaluate-ner ../shared/data/germeval2014\n"
        "  claimex evaluate-ner corpora/claimex-de/dev.jsonl --format claimex --json",
    )
    p.add_argument("path", type=Path, help="GermEval folder or .tsv file, or a claimex .jsonl split")
    p.add_argument("--format", choices=FORMATS, default="germeval")
    p.add_argument("--system", choices=SYSTEMS, default="model", help="trained model, rule stage, or both")
    p.add_argument("--model", type=Path, help="a trained NER folder (default: models/ner)")
    p.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    p.add_argument("--json", action="store_true", help="one JSON object: precision, recall, f1, per_label")
    p.set_defaults(func=_evaluate_ner)
