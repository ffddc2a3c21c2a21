"""Writers of ``claimex extract``: each takes one document's claims at a time, in input order.

Text formats stream (a record is written and flushed as soon as its document is done); Parquet
is written in row groups; HTML is one page for the whole batch, written at the end.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Optional, Protocol, TextIO

from ..claims import Claim
from ..errors import Errors, UsageError
from ..records import FLAT_COLUMNS, arrow_schema, flat_rows, record

__all__ = ["FORMATS", "BINARY_FORMATS", "Writer", "open_writer"]

#: Every value of ``--format``.
FORMATS = ("jsonl", "json", "table", "csv", "parquet", "html")
#: Formats that cannot go to a terminal or text stream.
BINARY_FORMATS = ("parquet",)


class Writer(Protocol):
    def write(self, doc_id: Any, text: str, claims: list[Claim]) -> None: ...

    def close(self) -> None: ...


def _dumps(obj: Any, **kw: Any) -> str:
    # allow_nan=False: a non-finite value is a bug upstream, never the token ``Infinity``.
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, **kw)


class JsonlWriter:
    """One record a line: ``{"id", "claims", "claimex_version"}`` (what ``score.py --pred`` reads)."""

    def __init__(self, out: TextIO):
        self.out = out

    def write(self, doc_id: Any, text: str, claims: list[Claim]) -> None:
        self.out.write(_dumps(record(doc_id, claims)) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """One JSON array of records, written element by element."""

    def __init__(self, out: TextIO):
        self.out = out
        self.n = 0

    def write(self, doc_id: Any, text: str, claims: list[Claim]) -> None:
        self.out.write(("[\n" if self.n == 0 else ",\n") + _dumps(record(doc_id, claims), indent=2))
        self.out.flush()
        self.n += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.n == 0 else "\n]\n")
        self.out.flush()


class TableWriter:
    """A readable table: a header line per document, then one line per claim."""

    def __init__(self, out: TextIO):
        self.out = out

    def write(self, doc_id: Any, text: str, claims: list[Claim]) -> None:
        self.out.write(f"# {doc_id}: {len(claims)} claim{'' if len(claims) == 1 else 's'}\n")
        for c in claims:
            value = c.low if c.low == c.high else f"{c.low}..{c.high}"
            roles = ", ".join(
                f"{r}={getattr(c, r).text!r}" for r in ("agent", "recipient", "victim", "source") if getattr(c, r)
            )
            self.out.write(
                f"{c.start:>7}-{c.end:<7} {c.type:9} {c.category:10} {value!s:>22} {c.unit or '':8} "
                f"{'hedged ' if c.hedged else ''}{c.text!r} {roles}\n"
            )
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class CsvWriter:
    """One flat row per claim (:data:`claimex.records.FLAT_COLUMNS`), header first."""

    def __init__(self, out: TextIO):
        self.out = out
        self.csv = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
        self.csv.writeheader()

    def write(self, doc_id: Any, text: str, claims: list[Claim]) -> None:
        self.csv.writerows(flat_rows(doc_id, claims))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class ParquetWriter:
    """Flat rows in a Parquet file, one row group per ``rows_per_group`` claims."""

    def __init__(self, path: str, rows_per_group: int = 10_000):
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(path, self.schema)
        self.rows: list[dict[str, Any]] = []
        self.rows_per_group = rows_per_group

    def write(self, doc_id: Any, text: str, claims: list[Claim]) -> None:
        self.rows += flat_rows(doc_id, claims)
        if len(self.rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def close(self) -> None:
        if self.rows:
            self._flush()
        self.writer.close()


class HtmlWriter:
    """One self-contained HTML page for the batch (``claimex.render.render_many``)."""

    def __init__(self, out: TextIO):
        self.out = out
        self.docs: list[tuple[str, str, list[Claim]]] = []

    def write(self, doc_id: Any, text: str, claims: list[Claim]) -> None:
        self.docs.append((str(doc_id), text, claims))

    def close(self) -> None:
        from ..render import render_many

        self.out.write(render_many(self.docs))
        self.out.flush()


def _needs(feature: str, modules: tuple[str, ...], extra: str) -> None:
    import importlib.util

    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise UsageError(Errors.E037.format(feature=feature, packages=", ".join(missing), extra=extra))


def open_writer(fmt: str, out: Optional[IO[str]], path: Optional[str]) -> Writer:
    """The writer of format ``fmt`` onto the text stream ``out`` (or, for Parquet, the file ``path``)."""
    if fmt == "parquet":
        _needs("--format parquet", ("pyarrow",), "parquet")
        if path is None:
            raise UsageError(Errors.E036.format(format=fmt))
        return ParquetWriter(path)
    writers = {"jsonl": JsonlWriter, "json": JsonWriter, "table": TableWriter, "csv": CsvWriter, "html": HtmlWriter}
    if fmt not in writers or out is None:
        raise UsageError(Errors.E005.format(value=fmt, allowed=", ".join(FORMATS)))
    return writers[fmt](out)
