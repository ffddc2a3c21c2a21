"""The ``claimex`` command line: a thin layer of argument parsing over importable functions.

claimex extract INPUT... [--input-format text|jsonl] [--format jsonl|json|table|csv|parquet|html]
claimex evaluate GOLD.jsonl [--json] [--show]
claimex corpus check|build|validate|stats|agree|read ...
claimex train {vectors,ner} ...          # cli/train.py
claimex evaluate-ner PATH [--format germeval|claimex] [--json]   # cli/evaluate_ner.py

Exit status, for every command: 0 done, 1 input error (unreadable, undecodable or malformed
input), 2 usage error (bad arguments or options). Every error message starts with ``claimex:``.
A closed output pipe (``claimex extract big.txt | head -1``) ends quietly with 141.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from typing import NoReturn, Optional

from ..errors import Errors, InputError, UsageError
from .commands import add_corpus_parser, add_evaluate_parser
from .extract import add_extract_parser

__all__ = ["main", "main_entry", "build_parser", "EXIT_OK", "EXIT_INPUT", "EXIT_USAGE", "EXIT_PIPE"]

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
EXIT_PIPE = 128 + 13  # what a shell reports for a process ended by SIGPIPE


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Defaults in the option help (unless it names its own); epilogs keep their line breaks."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        shown = action.default not in (None, False, argparse.SUPPRESS) and not isinstance(action.default, list)
        if shown and "default" not in text and (action.option_strings or action.nargs in ("?", "*")):
            text += " (default: %(default)s)"
        return text


class _Parser(argparse.ArgumentParser):
    """Usage errors as ``claimex: error: ...`` with exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"claimex: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from ..about import __version__

    parser = _Parser(
        prog="claimex",
        description="Monetary and casualty claims from German news text.",
        epilog="examples:\n  claimex extract article.txt\n  claimex extract --help\n\n"
        "exit status: 0 done, 1 input error, 2 usage error.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"claimex {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_extract_parser(sub, _HelpFormatter)
    add_evaluate_parser(sub, _HelpFormatter)
    add_corpus_parser(sub, _HelpFormatter)
    from . import evaluate_ner, train

    train.register(sub, _HelpFormatter)
    evaluate_ner.register(sub, _HelpFormatter)
    return parser


def _fail(message: object, code: int) -> int:
    text = str(message)
    print(text if text.startswith("claimex:") else f"claimex: {text}", file=sys.stderr)
    return code


def _show_warning(message: Warning | str, *_: object, **__: object) -> None:
    print(f"claimex: warning: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests, embedding programs)
        pass


def main(argv: Optional[list[str]] = None) -> int:
    """Run the command line; returns the exit status (0 done, 1 input error, 2 usage error)."""
    args = build_parser().parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            return int(args.func(args))
    except UsageError as e:
        return _fail(e, EXIT_USAGE)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except OSError as e:  # an input file the command opened itself (output files report E045)
        return _fail(Errors.E008.format(path=e.filename or "input", reason=e.strerror or e), EXIT_INPUT)
    except (InputError, ValueError) as e:  # the catalogue's messages: bad files, malformed records
        return _fail(e, EXIT_INPUT)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)


def main_entry() -> None:
    """Console-script entry point."""
    code = main()
    if code == EXIT_PIPE:
        # The reader is gone. Leave without the interpreter's exit-time joins: a process pool's
        # manager thread may wait for good on a worker stopped mid-batch (CPython gh-94777).
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
