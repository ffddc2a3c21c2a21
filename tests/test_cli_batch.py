"""Batch extraction from the command line: what ``score.py --pred`` reads, and the same records
from one process and from several."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from claimex.cli import EXIT_PIPE, main
from tests.conftest import ROOT

DEV = ROOT / "corpora" / "claimex-de" / "dev.jsonl"


def _score_module(shared_dir):
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _id_text_jsonl(gold_path, out_path, limit=None) -> list[dict]:
    """The gold documents, and a copy of them with only id and text (the input a user has)."""
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = docs[:limit]
    out_path.write_text("".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs), encoding="utf-8")
    return docs


@pytest.mark.parametrize("gold", ["seed", "dev"])
def test_score_py_scores_cli_records_exactly_as_extract(shared_dir, tmp_path, gold):
    gold_path = shared_dir / "seeds" / "gold.jsonl" if gold == "seed" else DEV
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not found")
    docs = _id_text_jsonl(gold_path, tmp_path / "in.jsonl")
    out = tmp_path / "pred.jsonl"
    assert (
        main(["extract", "--no-progress", "--input-format", "jsonl", str(tmp_path / "in.jsonl"), "-o", str(out)]) == 0
    )
    score = _score_module(shared_dir)
    from_file = score.score(docs, {d["id"]: d["claims"] for d in score.load_jsonl(out)})
    from_extract = score.score(docs, score.predict(docs))
    assert from_file == from_extract
    assert from_file["span_errors"] == [] and from_file["docs"] == len(docs)


def test_n_process_2_gives_the_records_of_one_process(tmp_path):
    _id_text_jsonl(DEV, tmp_path / "in.jsonl", limit=60)
    outputs = []
    for extra in ([], ["--n-process", "2", "--batch-size", "8"]):
        out = tmp_path / f"out{len(outputs)}.jsonl"
        argv = ["extract", "--no-progress", "--input-format", "jsonl", str(tmp_path / "in.jsonl"), "-o", str(out)]
        assert main(argv + extra) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0].count("\n") == 60


def test_a_bad_line_ends_the_input_there_and_is_reported_after(tmp_path, capsys):
    """Also with worker processes: the documents before it are written, then exit 1, no hang."""
    lines = [json.dumps({"id": i, "text": f"Bei dem Unglück starben {i + 2} Menschen."}) for i in range(30)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines[:20] + ["{broken"] + lines[20:]) + "\n", encoding="utf-8")
    argv = ["extract", "--no-progress", "--input-format", "jsonl", str(src), "--n-process", "2", "--batch-size", "4"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == list(range(20))
    assert captured.err.startswith(f"claimex: [E006] {src}:21:")


def test_a_closed_pipe_ends_worker_processes_quietly(tmp_path):
    article = (ROOT / "examples" / "bericht_unwetter.txt").read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": article * 5}) + "\n" for i in range(100)), encoding="utf-8")
    argv = ["extract", "--input-format", "jsonl", str(src), "--n-process", "2", "--batch-size", "20"]
    proc = subprocess.Popen([sys.executable, "-m", "claimex", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does; the workers have batches queued and results to send
    try:
        code = proc.wait(timeout=60)  # a hang fails here
    finally:
        proc.kill()
    err = proc.stderr.read().decode()
    assert code == EXIT_PIPE
    assert json.loads(first)["id"] == 0 and err == ""


def test_the_progress_bar_moves_chunk_by_chunk_within_a_long_document():
    import io
    from collections import deque

    from tqdm import tqdm

    import claimex
    from claimex.cli.extract import _Bar
    from claimex.cli.inputs import Document

    paragraph = "Bei einem Unfall wurden 3 Menschen verletzt. Der Schaden beträgt 50.000 Euro.\n\n"
    in_flight = deque([Document("long", paragraph * 40), Document("short", "5 Tote.")])
    texts = [d.text for d in in_flight]
    positions = []
    with tqdm(total=2, file=io.StringIO(), mininterval=0) as shown:
        bar = _Bar(shown, in_flight)

        def piece_done(chars: int) -> None:
            bar.piece_done(chars)
            positions.append(shown.n)

        for _ in claimex.load(chunk_chars=1_000).pipe(texts, n_process=2, progress=piece_done):
            in_flight.popleft()
            bar.document_done()
    assert len(positions) > 3 and 0 < positions[0] < positions[1] < 1  # within the long document
    assert shown.n == pytest.approx(2)
