"""The documents of ``claimex extract``: files, folders, globs, JSONL and standard input.

Every route decodes bytes the same way, so claim offsets index the input's text exactly:

* no newline translation (a CRLF file keeps its ``\\r\\n``, each counts as a character);
* strict decoding with the chosen encoding: undecodable bytes are an error naming their byte
  offset, never replaced or guessed;
* one leading byte order mark (U+FEFF) is removed, so offsets count from the first character
  after it.
"""

from __future__ import annotations

import codecs
import glob
import json
import os
import sys
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, BinaryIO, Iterator, Optional

from ..errors import Errors, InputError, UsageError

__all__ = ["Document", "check_encoding", "decode", "expand_inputs", "read_documents", "count_documents", "STDIN"]

#: The command-line name of standard input.
STDIN = "-"
_BOM = "\ufeff"


@dataclass(frozen=True)
class Document:
    """One text to extract from, with the id its record carries."""

    id: Any
    text: str


def check_encoding(encoding: str, *, line_based: bool = False) -> str:
    """``encoding`` if Python can decode text with it (and split it into lines by bytes, if asked).

    >>> check_encoding("latin-1")
    'latin-1'
    """
    try:
        codecs.lookup(encoding)
        "\n".encode(encoding)  # refuses codecs that are no text encodings (base64, zlib ...)
    except LookupError as e:
        raise UsageError(Errors.E031.format(value=encoding)) from e
    if line_based and "\n".encode(encoding) != b"\n":
        raise UsageError(Errors.E041.format(encoding=encoding))
    return encoding


def decode(data: bytes, encoding: str, source: str, *, base_offset: int = 0, strip_bom: bool = True) -> str:
    """``data`` as text: strict, no newline translation, one leading byte order mark removed.

    base_offset: where ``data`` starts in its input, so an error names the input's byte offset.

    >>> decode(b"\\xef\\xbb\\xbfa\\r\\nb", "utf-8", "x")
    'a\\r\\nb'
    """
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(
            Errors.E030.format(
                source=source,
                byte=f"0x{data[e.start]:02X}",
                offset=base_offset + e.start,
                encoding=encoding,
                reason=e.reason,
            )
        ) from e
    return text[1:] if strip_bom and text.startswith(_BOM) else text


def expand_inputs(items: list[str], suffix: str) -> list[str]:
    """Input paths in order: files as given, folders searched recursively for ``*suffix``, globs.

    Folder contents and glob matches are sorted; a path keeps the spelling it was given
    (``docs/`` gives ``docs/a.txt``), since it becomes the document id.
    """
    paths: list[str] = []
    for item in items:
        if item == STDIN or os.path.isfile(item):
            paths.append(item)
        elif os.path.isdir(item):
            found = _files_under(item, suffix)
            if not found:
                raise InputError(Errors.E032.format(pattern=item, suffix=suffix))
            paths += found
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            found = [f for m in matches for f in ([m] if os.path.isfile(m) else _files_under(m, suffix))]
            if not found:
                raise InputError(Errors.E032.format(pattern=item, suffix=suffix))
            paths += found
        else:
            raise InputError(Errors.E008.format(path=item, reason="no such file or folder"))
    return paths


def _files_under(folder: str, suffix: str) -> list[str]:
    found = [os.path.join(root, f) for root, _, files in os.walk(folder) for f in files if f.endswith(suffix)]
    return sorted(found, key=lambda path: path.split(os.sep))  # tree order: a/b/c.txt before a/z.txt


def _open(path: str) -> BinaryIO:
    if path == STDIN:
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as e:
        raise InputError(Errors.E008.format(path=path, reason=e.strerror or e)) from e


def _read_text(path: str, encoding: str, source: str) -> str:
    if path == STDIN and getattr(sys.stdin, "buffer", None) is None:
        # A text stream without bytes underneath (an embedding program replaced sys.stdin):
        # its text is decoded already.
        text = sys.stdin.read()
        return text[1:] if text.startswith(_BOM) else text
    with nullcontext(sys.stdin.buffer) if path == STDIN else _open(path) as f:
        try:
            data = f.read()
        except OSError as e:
            raise InputError(Errors.E008.format(path=path, reason=e.strerror or e)) from e
    return decode(data, encoding, source)


def read_documents(
    paths: list[str],
    *,
    input_format: str = "text",
    encoding: str = "utf-8",
    id_field: str = "id",
    text_field: str = "text",
) -> Iterator[Document]:
    """The documents of ``paths`` in order, read lazily one file (or one JSONL line) at a time.

    input_format: ``"text"`` (a file is one document, its id the path as given; ``-`` is standard
        input) or ``"jsonl"`` (one JSON object a line with ``id_field`` and ``text_field``).
    """
    for path in paths:
        source = "<stdin>" if path == STDIN else path
        if input_format == "text":
            yield Document(path, _read_text(path, encoding, source))
        else:
            yield from _jsonl_documents(path, source, encoding, id_field, text_field)


def _binary_lines(path: str) -> Iterator[bytes]:
    stream = _open(path)
    try:
        yield from stream
    finally:
        if path != STDIN:
            stream.close()


def _jsonl_documents(path: str, source: str, encoding: str, id_field: str, text_field: str) -> Iterator[Document]:
    offset = 0
    for lineno, raw in enumerate(_binary_lines(path), 1):
        line = decode(raw, encoding, source, base_offset=offset, strip_bom=lineno == 1)
        offset += len(raw)
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(Errors.E006.format(path=source, line=lineno, reason=e.msg)) from e
        if not isinstance(obj, dict):
            raise InputError(Errors.E035.format(source=source, line=lineno, type=type(obj).__name__))
        for field, option in ((id_field, "--id-field"), (text_field, "--text-field")):
            if field not in obj:
                found = ", ".join(repr(k) for k in list(obj)[:8]) or "no fields"
                raise InputError(
                    Errors.E033.format(source=source, line=lineno, field=field, found=found, option=option)
                )
        text, doc_id = obj[text_field], obj[id_field]
        if not isinstance(text, str):
            raise InputError(
                Errors.E034.format(
                    source=source, line=lineno, field=text_field, expected="a string", type=type(text).__name__
                )
            )
        if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):  # the record schema's id
            raise InputError(
                Errors.E034.format(
                    source=source,
                    line=lineno,
                    field=id_field,
                    expected="a string or an integer",
                    type=type(doc_id).__name__,
                )
            )
        yield Document(doc_id, text)


def count_documents(paths: list[str], input_format: str) -> Optional[int]:
    """How many documents ``paths`` hold, for the progress bar; None when standard input is among them."""
    if STDIN in paths:
        return None
    if input_format == "text":
        return len(paths)
    n = 0
    for path in paths:
        try:
            with open(path, "rb") as f:
                n += sum(1 for line in f if line.strip())
        except OSError:
            return None  # reading the documents reports it
    return n
