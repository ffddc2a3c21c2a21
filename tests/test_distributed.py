"""Extraction on a Dask LocalCluster of 2 worker processes gives the single-process result."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")

from claimex import distributed  # noqa: E402
from claimex.cli import main  # noqa: E402
from claimex.records import flat_rows, record  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

DEV = ROOT / "corpora" / "claimex-de" / "dev.jsonl"
N_DOCS = 24


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    lines = DEV.read_text(encoding="utf-8").splitlines()[:N_DOCS]
    return [{"id": d["id"], "text": d["text"]} for d in map(json.loads, lines)]


@pytest.fixture(scope="module")
def expected(docs, extractor) -> list[list]:
    return list(extractor.pipe([d["text"] for d in docs]))


@pytest.fixture(scope="module")
def client():
    with distributed.connect("local:2") as c:
        assert len(c.nthreads()) == 2 and set(c.nthreads().values()) == {1}
        yield c


@pytest.fixture
def docs_jsonl(docs, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def test_stream_gives_the_single_process_claims_in_order(client, docs, expected):
    got = list(distributed.extract_stream((d["text"] for d in docs), client, batch_size=3))
    assert got == expected and any(expected)


def test_each_worker_process_loads_the_pipeline_once(client, docs):
    for _ in range(2):
        list(distributed.extract_stream((d["text"] for d in docs), client, batch_size=2))
    loads = client.run(lambda: __import__("claimex.distributed").distributed.loads)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1


def test_bags_of_texts_and_of_documents(client, docs, expected):
    import dask.bag as db

    texts = db.from_sequence([d["text"] for d in docs], npartitions=3)
    assert distributed.claims_bag(texts).compute() == [[c.to_dict() for c in cs] for cs in expected]
    records = distributed.records_bag(db.from_sequence(docs, npartitions=3)).compute()
    assert records == [record(d["id"], cs) for d, cs in zip(docs, expected, strict=True)]


def _expected_rows(docs, expected) -> list[dict]:
    return [row for d, cs in zip(docs, expected, strict=True) for row in flat_rows(d["id"], cs)]


def test_jsonl_partitions_to_parquet_partitions(client, docs, expected, docs_jsonl, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "claims"
    with client.as_current():
        distributed.extract_to_parquet(str(docs_jsonl), out, blocksize=docs_jsonl.stat().st_size // 3 + 1)
    parts = sorted(out.glob("*.parquet"), key=lambda p: int(p.stem.split(".")[-1]))
    assert len(parts) >= 2
    rows = [row for part in parts for row in pq.read_table(part).to_pylist()]
    assert rows == _expected_rows(docs, expected)


def test_parquet_documents_in(client, docs, expected, tmp_path):
    import pandas as pd
    import pyarrow.parquet as pq

    src = tmp_path / "docs.parquet"
    pd.DataFrame({"doc": [d["id"] for d in docs], "body": [d["text"] for d in docs]}).to_parquet(src)
    out = tmp_path / "claims"
    with client.as_current():
        distributed.extract_to_parquet(str(src), out, input_format="parquet", id_field="doc", text_field="body")
    assert pq.read_table(out).to_pylist() == _expected_rows(docs, expected)


def test_cli_on_a_scheduler_address_gives_the_single_process_records(client, docs_jsonl, tmp_path):
    outputs = []
    for extra in ([], ["--scheduler", client.scheduler.address, "--batch-size", "5"]):
        out = tmp_path / f"out{len(outputs)}.jsonl"
        assert (
            main(["extract", "--no-progress", "--input-format", "jsonl", str(docs_jsonl), "-o", str(out), *extra]) == 0
        )
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0].count("\n") == N_DOCS


def test_cli_local_cluster_gives_the_single_process_records(docs, expected, docs_jsonl, capsys):
    argv = ["extract", "--no-progress", "--input-format", "jsonl", str(docs_jsonl), "--scheduler", "local:2"]
    assert main(argv) == 0
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert got == [json.loads(json.dumps(record(d["id"], cs))) for d, cs in zip(docs, expected, strict=True)]


def test_unreachable_scheduler_is_an_input_error():
    from claimex.errors import InputError

    with pytest.raises(InputError, match="E040"):
        with distributed.connect("tcp://127.0.0.1:9", timeout=0.5):
            pass
