"""``claimex extract``: documents in, one record (or row) per document out, in input order."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import deque
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Iterator, Optional

from ..claims import Claim
from ..errors import Errors, InputError, UsageError, Warnings
from .inputs import STDIN, Document, check_encoding, count_documents, expand_inputs, read_documents
from .outputs import BINARY_FORMATS, FORMATS, open_writer

__all__ = ["add_extract_parser", "run_extract"]

EPILOG = """\
examples:
  claimex extract article.txt                        # claims of one file, one JSON record a line
  claimex extract news/ 'archive/**/*.txt' -o out.jsonl --progress
  cat article.txt | claimex extract - --format table
  claimex extract --input-format jsonl docs.jsonl --output pred.jsonl --n-process 2
  python ../shared/score.py GOLD.jsonl --pred pred.jsonl
  claimex extract --input-format jsonl docs.jsonl --format parquet -o claims.parquet --scheduler local:4

inputs: files as given; a folder is searched recursively for *.txt (*.jsonl with --input-format
jsonl), in sorted order; quoted globs are expanded (** included); - is standard input.
A text file is one document whose id is its path as given (- for standard input).

offsets: input is decoded strictly with --encoding and without newline translation, so every
offset indexes the input's characters exactly (CRLF counts as two). A leading byte order mark
(U+FEFF) is removed: offsets count from the character after it. Undecodable bytes are an error
naming their byte offset.

output: jsonl/json give records {"id", "claims", "claimex_version"} (score.py --pred reads the
JSONL); csv/parquet give one row per claim with doc_id and every span as <role>_text,
<role>_start, <role>_end; html one page for the batch. Records stream as documents finish.

exit status: 0 done, 1 input error (unreadable or undecodable input, malformed record),
2 usage error (bad option); a closed output pipe ends quietly with 141, as with SIGPIPE.
"""


def _at_least(minimum: int, option: str):
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            n = minimum - 1
        if n < minimum:
            raise argparse.ArgumentTypeError(Errors.E039.format(option=option, minimum=minimum, value=value))
        return n

    return parse


def _confidence(value: str) -> float:
    from ..api import check_min_confidence

    try:
        return check_min_confidence(float(value))
    except ValueError as e:
        raise argparse.ArgumentTypeError(Errors.E106.format(value=value)) from e


def add_extract_parser(sub: "argparse._SubParsersAction", formatter: type) -> argparse.ArgumentParser:
    ex = sub.add_parser(
        "extract",
        help="claims of German texts: files, folders, globs, JSONL or standard input",
        description="Extract monetary and casualty claims; write one record per document, in input order.",
        epilog=EPILOG,
        formatter_class=formatter,
    )
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, glob patterns, or - for standard input")
    ex.add_argument("--input-format", choices=("text", "jsonl"), default="text", help="a file is one text, or JSONL")
    ex.add_argument("--id-field", metavar="NAME", default="id", help="JSONL field holding the document id")
    ex.add_argument("--text-field", metavar="NAME", default="text", help="JSONL field holding the document text")
    ex.add_argument("--encoding", metavar="NAME", default="utf-8", help="encoding of the input bytes, decoded strictly")
    ex.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    ex.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write here instead of standard output (required for parquet)"
    )
    ex.add_argument(
        "--model", metavar="DIR", type=Path, help="a saved pipeline folder (default: the built-in pipeline)"
    )
    ex.add_argument(
        "--min-confidence",
        metavar="P",
        type=_confidence,
        default=0.0,
        help="leave out claims whose confidence is below P (0 to 1)",
    )
    ex.add_argument(
        "--n-process", metavar="N", type=_at_least(1, "--n-process"), default=1, help="worker processes on this machine"
    )
    ex.add_argument(
        "--batch-size", metavar="N", type=_at_least(1, "--batch-size"), default=64, help="documents per batch"
    )
    ex.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on Dask: tcp://HOST:PORT of a scheduler, or local:N to start N local worker processes",
    )
    ex.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on standard error (default: on when standard error is a terminal)",
    )
    ex.set_defaults(func=run_extract)
    return ex


def _check_usage(args: argparse.Namespace) -> None:
    check_encoding(args.encoding, line_based=args.input_format == "jsonl")
    if args.input_format != "jsonl":
        for option, value, default in (("--id-field", args.id_field, "id"), ("--text-field", args.text_field, "text")):
            if value != default:
                raise UsageError(Errors.E042.format(option=option))
    if args.format in BINARY_FORMATS and args.output is None:
        raise UsageError(Errors.E036.format(format=args.format))
    if args.scheduler:
        from ..distributed import parse_scheduler

        parse_scheduler(args.scheduler)
        if args.n_process != 1:
            warnings.warn(Warnings.W010.format(value=args.n_process), stacklevel=2)
    if args.inputs.count(STDIN) > 1:
        raise UsageError(Errors.E008.format(path=STDIN, reason="standard input can be read only once"))


def _claims(
    texts: Iterator[str], args: argparse.Namespace, stack: ExitStack, bar: Optional[_Bar]
) -> Iterator[list[Claim]]:
    """The claims of each text in order: one machine (``Extractor.pipe``) or a Dask cluster."""
    if args.scheduler:
        from ..distributed import connect, extract_stream

        client = stack.enter_context(connect(args.scheduler))
        stream = extract_stream(texts, client, model=args.model, batch_size=args.batch_size)
        stack.callback(stream.close)  # cancels batches still out, before the client closes
        return stream
    from ..api import load

    progress = None if bar is None else bar.piece_done
    results = load(args.model).pipe(texts, batch_size=args.batch_size, n_process=args.n_process, progress=progress)
    stack.callback(results.close)  # ends the worker processes at once when we stop early
    return results


class _Bar:
    """A tqdm bar counting documents that also moves within a long document, chunk by chunk."""

    def __init__(self, bar: Any, in_flight: deque[Document]):
        self.bar = bar
        self.in_flight = in_flight  # its head is the document whose pieces are being reported
        self.partial = 0.0

    def piece_done(self, chars: int) -> None:
        if self.bar.total is None or not self.in_flight:
            return  # no bar to fill: documents are counted as they finish
        step = chars / max(1, len(self.in_flight[0].text))
        self.partial += step
        self.bar.update(step)

    def document_done(self) -> None:
        self.bar.update(1 - self.partial)
        self.partial = 0.0


def _progress(
    args: argparse.Namespace, paths: list[str], stack: ExitStack, in_flight: deque[Document]
) -> Optional[_Bar]:
    show = sys.stderr.isatty() if args.progress is None else args.progress
    if not show:
        return None
    from tqdm import tqdm

    total = count_documents(paths, args.input_format)
    # The count of documents as a whole number, though the bar moves by fractions of one.
    bar_format = None if total is None else "{l_bar}{bar}| {n:.0f}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}]"
    bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, bar_format=bar_format)
    return _Bar(stack.enter_context(bar), in_flight)


def run_extract(args: argparse.Namespace) -> int:
    _check_usage(args)
    suffix = ".jsonl" if args.input_format == "jsonl" else ".txt"
    paths = expand_inputs(args.inputs, suffix)
    documents = read_documents(
        paths,
        input_format=args.input_format,
        encoding=args.encoding,
        id_field=args.id_field,
        text_field=args.text_field,
    )
    in_flight: deque[Document] = deque()  # read but not yet written; the pipeline keeps input order
    unreadable: list[InputError] = []

    def texts() -> Iterator[str]:
        # The input ends at a bad document; the documents before it are written, then the error
        # is raised.
        try:
            for doc in documents:
                in_flight.append(doc)
                yield doc.text
        except InputError as e:
            unreadable.append(e)

    with ExitStack() as stack:
        out = None
        if args.format not in BINARY_FORMATS:
            out = sys.stdout if args.output is None else stack.enter_context(_open_output(args.output))
        writer = open_writer(args.format, out, None if args.output is None else str(args.output))
        bar = _progress(args, paths, stack, in_flight)
        results = _claims(texts(), args, stack, bar)
        for claims in results:
            doc = in_flight.popleft()
            if args.min_confidence:
                claims = [c for c in claims if c.confidence >= args.min_confidence]
            writer.write(doc.id, doc.text, claims)
            if bar is not None:
                bar.document_done()
        writer.close()
    if unreadable:
        raise unreadable[0]
    return 0


def _open_output(path: Path):
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as e:
        raise InputError(Errors.E045.format(path=path, reason=e.strerror or e)) from e
