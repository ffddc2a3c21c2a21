"""``claimex evaluate`` and ``claimex corpus ...``: scoring and corpus tools."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_evaluate_parser", "add_corpus_parser"]


def _split_fields(values: list[str] | None) -> list[str]:
    """``--by a --by b,c`` -> ``["a", "b", "c"]``, each once, in order."""
    fields = [f.strip() for v in values or [] for f in v.split(",") if f.strip()]
    return list(dict.fromkeys(fields))


def _evaluate(args: argparse.Namespace) -> int:
    from ..errors import Errors, UsageError
    from ..evaluation import evaluate, format_report

    if args.pred and args.model:
        raise UsageError(Errors.E136.format(option="--model"))
    extractor = None
    if args.model:
        from ..api import load

        extractor = load(args.model).extract
    out = evaluate(
        args.gold,
        extractor,
        predictions=args.pred,
        by=_split_fields(args.by),
        progress=not args.json and sys.stderr.isatty(),
    )
    if args.layers:
        from ..api import load
        from ..evaluation import load_gold, score_layers

        out["layers"] = score_layers(load_gold(args.gold), load(args.model).nlp if args.model else load().nlp)
    if args.plots:
        from ..plots import write_plots

        out["plots"] = [str(p) for p in write_plots(out, args.plots)]
    if args.json:
        if not args.show:
            out.pop("findings", None)
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(format_report(out, show=args.show))
    for layer, figures in out.get("layers", {}).items():
        print(
            f"{layer}: " + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        )
    for path in out.get("plots", []):
        print(f"wrote {path}")
    return 0


def _corpus_check(args: argparse.Namespace) -> int:
    from ..corpus.commands import check_raw

    return 1 if check_raw(args.paths, sys.stdout) else 0


def _corpus_build(args: argparse.Namespace) -> int:
    from ..corpus.build import build_corpus

    counts, problems = build_corpus(args.raw, args.out)
    for p in problems:
        print(p)
    if problems:
        print(f"claimex: {len(problems)} problems; nothing written", file=sys.stderr)
        return 1
    print("wrote " + ", ".join(f"{split} {n}" for split, n in counts.items()) + f" documents to {args.out}")
    return 0


def _corpus_validate(args: argparse.Namespace) -> int:
    from ..corpus.commands import validate_released

    return 1 if validate_released(args.path, sys.stdout) else 0


def _corpus_stats(args: argparse.Namespace) -> int:
    from ..corpus.commands import released_stats

    stats = released_stats(args.path)
    print(json.dumps(stats, ensure_ascii=False, indent=None if args.json else 2))
    return 0


def _corpus_agree(args: argparse.Namespace) -> int:
    from ..corpus.agreement import agreement
    from ..corpus.authoring import resolve_document
    from ..corpus.build import read_jsonl

    def documents(path: Path) -> list[dict[str, Any]]:
        """Released documents (with ``claims``) as they are; authoring documents resolved."""
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        docs = [d for f in files for d in read_jsonl(f)]
        return [d if "claims" in d else resolve_document(d)[0] for d in docs]

    out = agreement(documents(args.first), documents(args.second))
    if not args.show:
        out["disagreements"] = len(out["disagreements"])
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def _corpus_read(args: argparse.Namespace) -> int:
    from ..corpus.readers import READERS

    docs = READERS[args.name](args.path)
    n = 0
    for doc in docs:
        if args.limit and n >= args.limit:
            break
        if args.jsonl:
            print(json.dumps(doc, ensure_ascii=False))
        n += 1
    if not args.jsonl:
        print(f"{args.name}: {n} documents read from {args.path}")
    return 0


EVALUATE_EPILOG = """\
examples:
  claimex evaluate ../shared/seeds/gold.jsonl
  claimex evaluate corpora/claimex-de/dev.jsonl --show --layers
  claimex evaluate corpora/claimex-de/dev.jsonl --json --model my-pipeline/
  claimex extract --input-format jsonl corpora/claimex-de/dev.jsonl -o dev.pred.jsonl
  claimex evaluate corpora/claimex-de/dev.jsonl --pred dev.pred.jsonl --by region --by writer,topic
  claimex evaluate corpora/claimex-de/dev.jsonl --pred dev.pred.jsonl --plots plots/

report: score.py's figures (detection, value, category, hedged, approximate, role F1), then
per-role precision and recall, per-category P/R/F1 (a category counts as found when a matched
pair has it on both sides), the confusion matrix of categories over matched pairs, and the
expected calibration error (10 equal-width bins) of the claim confidence and of every
per-field confidence the predictions give. --plots writes confusion_<type>.png and
reliability_<field>.png (needs claimex[plots]).

exit status: 0 scored, 1 unreadable or malformed gold or predictions file (or predictions
missing for gold documents), 2 usage error.
"""


def add_evaluate_parser(sub: "argparse._SubParsersAction", formatter: type) -> None:
    ev = sub.add_parser(
        "evaluate",
        help="score extract() or saved predictions against a gold JSONL file (as shared/score.py does)",
        description="Run extract() on every gold text (or read saved predictions) and score it as shared/score.py "
        "does, with the finer figures that say what to fix.",
        epilog=EVALUATE_EPILOG,
        formatter_class=formatter,
    )
    ev.add_argument("gold", type=Path, help="gold JSONL: one {id, text, claims} document a line")
    ev.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    ev.add_argument(
        "--show",
        action="store_true",
        help="list every missed and spurious claim and every wrong value, category, hedge and role, with its "
        "sentence (with --json: the findings list)",
    )
    ev.add_argument("--model", type=Path, help="a saved pipeline folder (default: the built-in pipeline)")
    ev.add_argument("--layers", action="store_true", help="also score amounts and entities where the gold has them")
    ev.add_argument(
        "--pred",
        type=Path,
        metavar="FILE",
        help='score saved predictions ({"id", "claims"} lines, as claimex extract --format jsonl writes) '
        "instead of running the pipeline; every gold id needs a line",
    )
    ev.add_argument(
        "--by",
        action="append",
        metavar="FIELD",
        help="also score each value of this meta field of the gold separately (repeatable, or a comma list)",
    )
    ev.add_argument(
        "--plots",
        type=Path,
        metavar="DIR",
        help="write the confusion matrices and reliability diagrams as PNG files to DIR (needs claimex[plots])",
    )
    ev.set_defaults(func=_evaluate)


def add_corpus_parser(sub: "argparse._SubParsersAction", formatter: type) -> None:
    def command(name: str, help: str, example: str, func: Any) -> argparse.ArgumentParser:
        parser = csub.add_parser(
            name,
            help=help,
            description=help[0].upper() + help[1:] + ".",
            epilog=f"example:\n  {example}\n\nexit status: 0 done, 1 problems in the input, 2 usage error.",
            formatter_class=formatter,
        )
        parser.set_defaults(func=func)
        return parser

    corpus = sub.add_parser(
        "corpus",
        help="build, check and describe claim corpora",
        description="Build, check and describe claim corpora.",
        epilog="example:\n  claimex corpus stats corpora/claimex-de",
        formatter_class=formatter,
    )
    csub = corpus.add_subparsers(dest="corpus_command", required=True, metavar="COMMAND")
    check = command(
        "check",
        "resolve and validate authoring-form files",
        "claimex corpus check corpora/claimex-de/raw/*.jsonl",
        _corpus_check,
    )
    check.add_argument("paths", nargs="+", type=Path, help="authoring-form JSONL files")
    build = command(
        "build",
        "resolve the authoring files and write train/dev/test.jsonl",
        "claimex corpus build --raw corpora/claimex-de/raw --out corpora/claimex-de",
        _corpus_build,
    )
    build.add_argument("--raw", type=Path, default=Path("corpora/claimex-de/raw"), help="folder of authoring files")
    build.add_argument("--out", type=Path, default=Path("corpora/claimex-de"), help="folder to write the splits to")
    validate = command(
        "validate",
        "check released corpus files against the contract and schema",
        "claimex corpus validate corpora/claimex-de",
        _corpus_validate,
    )
    validate.add_argument("path", type=Path, help="a released .jsonl file or a folder of them")
    stats = command(
        "stats",
        "sizes and distributions of a released corpus",
        "claimex corpus stats corpora/claimex-de --json",
        _corpus_stats,
    )
    stats.add_argument("path", type=Path, help="a released .jsonl file or a folder of them")
    stats.add_argument("--json", action="store_true", help="one line of JSON")
    agree = command(
        "agree",
        "agreement of two annotations of the same documents",
        "claimex corpus agree corpora/claimex-de/raw second-pass/ --show",
        _corpus_agree,
    )
    agree.add_argument("first", type=Path, help="the reference annotation: raw folder, raw file or released corpus")
    agree.add_argument("second", type=Path, help="the second annotation of (some of) the same documents")
    agree.add_argument("--show", action="store_true", help="list every disagreement")
    read = command(
        "read",
        "read a public corpus from shared/data into claimex documents",
        "claimex corpus read germeval ../shared/data/germeval2014 --limit 5 --jsonl",
        _corpus_read,
    )
    read.add_argument("name", choices=("germeval", "smartdata", "ud"), help="which public corpus")
    read.add_argument("path", type=Path, help="the corpus folder, e.g. ../shared/data/germeval2014")
    read.add_argument("--limit", type=int, default=0, help="stop after this many documents (0: all)")
    read.add_argument("--jsonl", action="store_true", help="print the documents instead of counting them")
