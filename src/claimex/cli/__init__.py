"""The ``claimex`` command line: a thin layer of argument parsing over importable functions.

claimex extract FILE|- [--format jsonl|json|table]
claimex evaluate GOLD.jsonl [--json] [--show]
claimex corpus check RAW.jsonl ...       # authoring files: resolve and validate
claimex corpus build [--raw DIR] [--out DIR]
claimex corpus validate PATH             # released files
claimex corpus stats PATH [--json]
claimex corpus agree FIRST SECOND [--show]  # inter-annotator agreement
claimex corpus read {germeval,smartdata,ud} PATH [--limit N]
claimex train {vectors,ner} ...          # cli/train.py
claimex evaluate-ner PATH [--format germeval|claimex] [--json]   # cli/evaluate_ner.py
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Optional, TextIO

from ..errors import Errors

__all__ = ["main", "main_entry", "build_parser"]

FORMATS = ("jsonl", "json", "table")


def _read_input(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SystemExit(Errors.E008.format(path=source, reason=e)) from e


def write_claims(claims: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Print claims as JSON lines, one JSON array, or a readable table."""
    if fmt == "jsonl":
        for c in claims:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps(claims, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "table":
        for c in claims:
            value = c["low"] if c["low"] == c["high"] else f"{c['low']}..{c['high']}"
            roles = ", ".join(f"{r}={c[r]['text']!r}" for r in ("agent", "recipient", "victim", "source") if c.get(r))
            out.write(
                f"{c['start']:>7}-{c['end']:<7} {c['type']:9} {c['category']:10} {value!s:>22} {c['unit'] or '':8} "
                f"{'hedged ' if c['hedged'] else ''}{c['text']!r} {roles}\n"
            )
    else:
        raise SystemExit(Errors.E005.format(value=fmt, allowed=", ".join(FORMATS)))


def _extract(args: argparse.Namespace) -> int:
    from ..api import extract, load

    text = _read_input(args.file)
    claims = load(args.model).extract(text) if args.model else extract(text)
    write_claims([c.to_dict() for c in claims], args.format, sys.stdout)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from ..evaluation import evaluate, format_report

    extractor = None
    if args.model:
        from ..api import load

        extractor = load(args.model).extract
    out = evaluate(args.gold, extractor, progress=not args.json and sys.stderr.isatty())
    if args.layers:
        from ..api import load
        from ..evaluation import load_gold, score_layers

        out["layers"] = score_layers(load_gold(args.gold), load(args.model).nlp if args.model else load().nlp)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(format_report(out, show=args.show))
    for layer, figures in out.get("layers", {}).items():
        print(
            f"{layer}: " + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        )
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
        print(f"{len(problems)} problems; nothing written")
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimex", description="Monetary and casualty claims from German news text.")
    from ..about import __version__

    parser.add_argument("--version", action="version", version=f"claimex {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="print the claims of a German text")
    ex.add_argument("file", help="a UTF-8 text file, or - for standard input")
    ex.add_argument("--format", choices=FORMATS, default="jsonl")
    ex.add_argument("--model", type=Path, help="a saved pipeline folder (default: the built-in pipeline)")
    ex.set_defaults(func=_extract)

    ev = sub.add_parser("evaluate", help="score extract() against a gold JSONL file (as shared/score.py does)")
    ev.add_argument("gold", type=Path)
    ev.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    ev.add_argument("--show", action="store_true", help="list missed and spurious claims")
    ev.add_argument("--model", type=Path, help="a saved pipeline folder (default: the built-in pipeline)")
    ev.add_argument("--layers", action="store_true", help="also score amounts and entities where the gold has them")
    ev.set_defaults(func=_evaluate)

    corpus = sub.add_parser("corpus", help="build, check and describe claim corpora")
    csub = corpus.add_subparsers(dest="corpus_command", required=True)
    check = csub.add_parser("check", help="resolve and validate authoring-form files")
    check.add_argument("paths", nargs="+", type=Path)
    check.set_defaults(func=_corpus_check)
    build = csub.add_parser("build", help="resolve the authoring files and write train/dev/test.jsonl")
    build.add_argument("--raw", type=Path, default=Path("corpora/claimex-de/raw"))
    build.add_argument("--out", type=Path, default=Path("corpora/claimex-de"))
    build.set_defaults(func=_corpus_build)
    validate = csub.add_parser("validate", help="check released corpus files against the contract and schema")
    validate.add_argument("path", type=Path)
    validate.set_defaults(func=_corpus_validate)
    stats = csub.add_parser("stats", help="sizes and distributions of a released corpus")
    stats.add_argument("path", type=Path)
    stats.add_argument("--json", action="store_true", help="one line of JSON")
    stats.set_defaults(func=_corpus_stats)
    agree = csub.add_parser("agree", help="agreement of two annotations of the same documents")
    agree.add_argument("first", type=Path, help="the reference annotation: raw folder, raw file or released corpus")
    agree.add_argument("second", type=Path, help="the second annotation of (some of) the same documents")
    agree.add_argument("--show", action="store_true", help="list every disagreement")
    agree.set_defaults(func=_corpus_agree)
    read = csub.add_parser("read", help="read a public corpus from shared/data into claimex documents")
    read.add_argument("name", choices=("germeval", "smartdata", "ud"))
    read.add_argument("path", type=Path, help="the corpus folder, e.g. ../shared/data/germeval2014")
    read.add_argument("--limit", type=int, default=0)
    read.add_argument("--jsonl", action="store_true", help="print the documents instead of counting them")
    read.set_defaults(func=_corpus_read)
    from . import evaluate_ner, train

    train.register(sub)
    evaluate_ner.register(sub)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ValueError as e:  # our catalogue's messages, e.g. a broken gold file
        print(f"claimex: {e}", file=sys.stderr)
        return 2


def main_entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
