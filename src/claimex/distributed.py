"""Extraction on a Dask cluster, for archives larger than one machine.

Every worker process loads the pipeline once (:func:`worker_extractor` caches it per process and
model) and extracts whole partitions with it; results come back in input order, identical to
one process. Needs ``pip install 'claimex[dask]'``; nothing here is imported by plain extraction.

* :func:`connect` — a ``dask.distributed.Client`` for ``tcp://HOST:PORT`` or ``local:N`` (a
  ``LocalCluster`` of N single-threaded worker processes).
* :func:`extract_stream` — claims of an iterable of texts, streamed back in order (the
  command line's ``--scheduler``).
* :func:`claims_bag`, :func:`records_bag` — over a ``dask.bag`` of texts or of ``{id, text}`` dicts.
* :func:`claims_frame` — over a Dask DataFrame with id and text columns: one flat row per claim
  (the columns of ``claimex.records.FLAT_COLUMNS``).
* :func:`extract_to_parquet` — JSONL or Parquet partitions in, Parquet partitions of claims out.

A model folder (``model=``) must be readable at the same path on every worker.

Example::

    from claimex.distributed import connect, extract_to_parquet

    with connect("local:4"):
        extract_to_parquet("archive/*.jsonl", "claims.parquet")
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import deque
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Union

from .api import Extractor, load
from .claims import Claim
from .errors import Errors, InputError, UsageError
from .records import arrow_schema, flat_rows, record

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas
    from dask.distributed import Client

__all__ = [
    "connect",
    "parse_scheduler",
    "worker_extractor",
    "extract_texts",
    "extract_stream",
    "claims_bag",
    "records_bag",
    "claims_frame",
    "extract_to_parquet",
]

ModelPath = Union[str, Path, None]
_LOCAL = re.compile(r"local:(\d+)")

_extractors: dict[Optional[str], Extractor] = {}
_load_lock = threading.Lock()
_run_lock = threading.Lock()  # one pipeline per process; its calls are not made concurrently
#: How many pipelines this process has loaded (each worker should load one per model).
loads = 0


def parse_scheduler(value: str) -> tuple[str, Union[str, int]]:
    """``("local", N)`` for ``local:N``, ``("address", value)`` for a scheduler address.

    >>> parse_scheduler("local:2"), parse_scheduler("tcp://10.0.0.5:8786")
    (('local', 2), ('address', 'tcp://10.0.0.5:8786'))
    """
    m = _LOCAL.fullmatch(value)
    if m and int(m.group(1)) >= 1:
        return "local", int(m.group(1))
    if "://" in value and not value.startswith("local"):
        return "address", value
    raise UsageError(Errors.E038.format(value=value))


def _require_dask() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError as e:
        raise UsageError(
            Errors.E037.format(feature="Extraction on Dask", packages="dask[distributed]", extra="dask")
        ) from e


@contextmanager
def connect(scheduler: str, *, timeout: Union[str, float] = "10s") -> Iterator["Client"]:
    """A Dask client for ``scheduler`` (``tcp://HOST:PORT`` or ``local:N``), closed on exit.

    ``local:N`` starts a ``LocalCluster`` of N worker processes with one thread each and shuts
    it down afterwards. While the block runs the client is Dask's default scheduler.
    timeout: how long to try reaching a scheduler address before giving up (E040).
    """
    kind, target = parse_scheduler(scheduler)
    _require_dask()
    from dask.distributed import Client, LocalCluster

    if kind == "local":
        with (
            LocalCluster(
                n_workers=int(target),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.CRITICAL,  # shutdown chatter of the workers is no news to the user
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(str(target), timeout=timeout)
    except (OSError, TimeoutError) as e:
        raise InputError(Errors.E040.format(address=target, reason=e)) from e
    with client:
        yield client


def _model_key(model: ModelPath) -> Optional[str]:
    """The model as workers should see it: an absolute path (their working folder may differ)."""
    return None if model is None else str(Path(model).resolve())


def worker_extractor(model: ModelPath = None) -> Extractor:
    """This process's pipeline for ``model`` (None: the built-in one), loaded on first use only."""
    global loads
    key = _model_key(model)
    with _load_lock:
        if key not in _extractors:
            _extractors[key] = load(model)
            loads += 1
        return _extractors[key]


def extract_texts(texts: list[str], model: ModelPath = None) -> list[list[Claim]]:
    """The claims of each text, in order, with this process's pipeline (the task workers run)."""
    extractor = worker_extractor(model)
    with _run_lock:
        return list(extractor.pipe(texts, batch_size=max(1, len(texts))))


def extract_stream(
    texts: Iterable[str],
    client: "Client",
    *,
    model: ModelPath = None,
    batch_size: int = 64,
    in_flight: Optional[int] = None,
) -> Iterator[list[Claim]]:
    """The claims of each text, in input order, computed on ``client``'s workers.

    Texts are read lazily and sent in batches of ``batch_size``; at most ``in_flight`` batches
    (default: two per worker thread) are out at once, so memory stays bounded on any input size.
    """
    model = _model_key(model)
    if in_flight is None:
        in_flight = 2 * max(1, sum(client.nthreads().values()))
    iter_texts = iter(texts)
    batches = iter(lambda: list(islice(iter_texts, batch_size)), [])
    pending: deque = deque()
    try:
        for batch in islice(batches, in_flight):
            pending.append(client.submit(extract_texts, batch, model, pure=False))
        while pending:
            done = pending.popleft().result()
            for batch in islice(batches, 1):
                pending.append(client.submit(extract_texts, batch, model, pure=False))
            yield from done
    finally:
        for future in pending:
            future.cancel()


# ---------------------------------------------------------------- bags and data frames


def _claims_partition(texts: Iterable[str], model: ModelPath) -> list[list[dict[str, Any]]]:
    return [[c.to_dict() for c in claims] for claims in extract_texts(list(texts), model)]


def _records_partition(docs: Iterable[dict[str, Any]], model: ModelPath, id_field: str, text_field: str) -> list[dict]:
    docs = list(docs)
    claims = extract_texts([d[text_field] for d in docs], model)
    return [record(d[id_field], c) for d, c in zip(docs, claims, strict=True)]


def claims_bag(texts: "dask.bag.Bag", model: ModelPath = None) -> "dask.bag.Bag":
    """A bag of claim lists (``Claim.to_dict()`` shape), one per text of ``texts``, same order."""
    return texts.map_partitions(_claims_partition, _model_key(model))


def records_bag(
    docs: "dask.bag.Bag", model: ModelPath = None, *, id_field: str = "id", text_field: str = "text"
) -> "dask.bag.Bag":
    """A bag of batch records ``{"id", "claims", "claimex_version"}`` for a bag of document dicts."""
    return docs.map_partitions(_records_partition, _model_key(model), id_field, text_field)


def _empty_rows() -> "pandas.DataFrame":
    import pandas as pd

    return arrow_schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def _rows_partition(
    frame: "pandas.DataFrame", model: ModelPath, id_column: str, text_column: str
) -> "pandas.DataFrame":
    import pandas as pd
    import pyarrow as pa

    claims = extract_texts([str(t) for t in frame[text_column]], model)
    rows = [row for doc_id, cs in zip(frame[id_column], claims, strict=True) for row in flat_rows(doc_id, cs)]
    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def claims_frame(
    frame: "dask.dataframe.DataFrame",
    model: ModelPath = None,
    *,
    id_column: str = "id",
    text_column: str = "text",
) -> "dask.dataframe.DataFrame":
    """One flat row per claim (columns :data:`claimex.records.FLAT_COLUMNS`) for a frame of documents.

    Rows keep the order of the documents; the result has one partition per input partition.
    """
    for column in (id_column, text_column):
        if column not in frame.columns:
            raise UsageError(Errors.E044.format(column=column, found=", ".join(map(str, frame.columns))))
    return frame.map_partitions(
        _rows_partition,
        _model_key(model),
        id_column,
        text_column,
        meta=_empty_rows(),
        align_dataframes=False,
    )


def _documents_frame(partition: list[dict[str, Any]], id_field: str, text_field: str) -> "pandas.DataFrame":
    import pandas as pd

    return pd.DataFrame(
        {
            "id": pd.Series([str(d[id_field]) for d in partition], dtype=object),
            "text": pd.Series([d[text_field] for d in partition], dtype=object),
        }
    )


def extract_to_parquet(
    inputs: Union[str, list[str]],
    output_dir: Union[str, Path],
    *,
    input_format: str = "jsonl",
    model: ModelPath = None,
    id_field: str = "id",
    text_field: str = "text",
    blocksize: Union[int, str] = "64MiB",
) -> None:
    """Claims of JSONL or Parquet inputs as a folder of Parquet partitions (flat claim rows).

    inputs: paths or globs of JSONL files (one ``{id, text}`` object a line, split into blocks
        of ``blocksize`` bytes) or of Parquet files with ``id_field`` and ``text_field`` columns.
    Runs on Dask's current scheduler: inside ``with connect(...)`` that is the cluster.
    """
    _require_dask()
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from dask.utils import parse_bytes

    if input_format == "jsonl":
        lines = db.read_text(inputs, blocksize=parse_bytes(blocksize), encoding="utf-8")
        docs = lines.filter(str.strip).map(json.loads)
        meta = pd.DataFrame({"id": pd.Series(dtype=object), "text": pd.Series(dtype=object)})
        parts = [dask.delayed(_documents_frame)(p, id_field, text_field) for p in docs.to_delayed()]
        frame = dd.from_delayed(parts, meta=meta)
        id_field, text_field = "id", "text"
    elif input_format == "parquet":
        frame = dd.read_parquet(inputs, columns=[id_field, text_field])
    else:
        raise UsageError(Errors.E043.format(value=input_format, allowed="jsonl, parquet"))
    rows = claims_frame(frame, model, id_column=id_field, text_column=text_field)
    rows.to_parquet(str(output_dir), schema=arrow_schema(), write_index=False)
