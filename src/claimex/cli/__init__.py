"""The ``claimex`` command line: a thin layer of argument parsing over importable functions."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["main"]


def _corpus_check(args: argparse.Namespace) -> int:
    from ..corpus.commands import check_raw

    return 1 if check_raw(args.paths, sys.stdout) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimex", description="German monetary and casualty claims.")
    sub = parser.add_subparsers(dest="command", required=True)
    corpus = sub.add_parser("corpus", help="build, check and describe claim corpora")
    corpus_sub = corpus.add_subparsers(dest="corpus_command", required=True)
    check = corpus_sub.add_parser("check", help="resolve and validate authoring-form files")
    check.add_argument("paths", nargs="+", type=Path)
    check.set_defaults(func=_corpus_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))
