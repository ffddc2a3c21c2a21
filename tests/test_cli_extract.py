"""``claimex extract``: inputs, exact offsets, output formats, exit codes, streaming."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import subprocess
import sys
import types

import pytest

from claimex.cli import EXIT_INPUT, EXIT_PIPE, EXIT_USAGE, main
from claimex.records import FLAT_COLUMNS
from tests.conftest import ROOT

ARTICLE = ROOT / "examples" / "bericht_unwetter.txt"
DEAD = "Bei dem Erdbeben kamen 12 Menschen ums Leben."
MONEY = "Die Regierung zahlt den Opfern 5 Millionen Euro."


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def _run(capsys, *argv: str) -> list[dict]:
    assert main(["extract", "--no-progress", *argv]) == 0
    return _records(capsys.readouterr().out)


def _bytes_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


# ------------------------------------------------------------------------ inputs


def test_files_folders_and_globs_in_order_with_paths_as_ids(tmp_path, capsys, monkeypatch):
    (tmp_path / "news" / "b").mkdir(parents=True)
    (tmp_path / "news" / "z.txt").write_text(DEAD, encoding="utf-8")
    (tmp_path / "news" / "b" / "a.txt").write_text(MONEY, encoding="utf-8")
    (tmp_path / "news" / "notes.md").write_text(DEAD, encoding="utf-8")  # not *.txt: not read
    (tmp_path / "one.txt").write_text(MONEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    recs = _run(capsys, "one.txt", "news/", "news/**/a.txt")
    assert [r["id"] for r in recs] == ["one.txt", "news/b/a.txt", "news/z.txt", "news/b/a.txt"]
    assert [r["claims"][0]["type"] for r in recs] == ["monetary", "monetary", "casualty", "monetary"]


def test_empty_folder_and_unmatched_glob_are_input_errors(tmp_path, capsys):
    assert main(["extract", str(tmp_path)]) == EXIT_INPUT
    assert main(["extract", str(tmp_path / "*.txt")]) == EXIT_INPUT
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("claimex: [E032]") for line in err)


def test_jsonl_with_configurable_fields_keeps_ids_and_order(tmp_path, capsys):
    src = tmp_path / "docs.jsonl"
    docs = [{"key": 7, "body": MONEY}, {"key": "b", "body": ""}, {"key": "c", "body": DEAD}]
    src.write_text("\n".join(json.dumps(d) for d in docs) + "\n\n", encoding="utf-8")
    recs = _run(capsys, "--input-format", "jsonl", "--id-field", "key", "--text-field", "body", str(src))
    assert [r["id"] for r in recs] == [7, "b", "c"]
    assert [len(r["claims"]) for r in recs] == [1, 0, 1]


@pytest.mark.parametrize(
    "content, code",
    [
        ('{"id": 1, "text": "x"}\n{"id": 2, "text": \n', "E006"),
        ('["id", "text"]\n', "E035"),
        ('{"id": 1, "body": "x"}\n', "E033"),
        ('{"id": 1, "text": 5}\n', "E034"),
        ('{"id": null, "text": "x"}\n', "E034"),
        ('{"id": 1.5, "text": "x"}\n', "E034"),
    ],
)
def test_malformed_jsonl_is_an_input_error_naming_the_line(tmp_path, capsys, content, code):
    src = tmp_path / "bad.jsonl"
    src.write_text(content, encoding="utf-8")
    assert main(["extract", "--input-format", "jsonl", str(src)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err.startswith(f"claimex: [{code}]") and f"{src}:" in err


def test_records_follow_the_shipped_schema(tmp_path, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    import claimex

    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps({"id": 3, "text": MONEY}) + "\n" + json.dumps({"id": "x", "text": ""}) + "\n")
    recs = _run(capsys, "--input-format", "jsonl", str(src), str(src))
    assert len(recs) == 4 and recs[0]["claims"]
    for rec in recs:
        jsonschema.validate(rec, claimex.schema("record"))


def test_jsonl_from_stdin(monkeypatch, capsys):
    _bytes_stdin(monkeypatch, (json.dumps({"id": "s1", "text": DEAD}) + "\n").encode("utf-8"))
    (rec,) = _run(capsys, "--input-format", "jsonl", "-")
    assert rec["id"] == "s1" and rec["claims"][0]["low"] == 12.0


# ------------------------------------------------------------------------ exact offsets


def _spans(claim: dict) -> list[dict]:
    return [claim] + [v for k, v in claim.items() if isinstance(v, dict) and "text" in v]


def test_crlf_file_offsets_index_the_files_text(tmp_path, capsys):
    text = "Schwere Unwetter.\r\n\r\n" + DEAD + "\r\n" + MONEY + "\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    (rec,) = _run(capsys, str(path))
    decoded = path.read_bytes().decode("utf-8")
    assert len(rec["claims"]) == 2
    assert all(c["start"] > decoded.index("\r\n") for c in rec["claims"])  # after a CRLF: shifted if translated
    for claim in rec["claims"]:
        for span in _spans(claim):
            assert decoded[span["start"] : span["end"]] == span["text"]


def test_stdin_is_decoded_like_a_file(tmp_path, capsys, monkeypatch):
    data = ("Vorspann.\r\n" + DEAD + "\r\n").encode("utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    (from_file,) = _run(capsys, str(path))
    _bytes_stdin(monkeypatch, data)
    (from_stdin,) = _run(capsys, "-")
    assert from_file["claims"] == from_stdin["claims"]


def test_a_leading_bom_is_removed_and_offsets_count_after_it(tmp_path, capsys):
    plain, bom = tmp_path / "plain.txt", tmp_path / "bom.txt"
    plain.write_bytes(DEAD.encode("utf-8"))
    bom.write_bytes(b"\xef\xbb\xbf" + DEAD.encode("utf-8"))
    a, b = _run(capsys, str(plain), str(bom))
    assert a["claims"] == b["claims"] and DEAD[a["claims"][0]["start"] : a["claims"][0]["end"]] == "12"


@pytest.mark.parametrize("route", ["file", "stdin"])
def test_undecodable_bytes_are_an_error_naming_the_byte_offset(tmp_path, capsys, monkeypatch, route):
    data = "Zwölf Tote in ".encode("utf-8") + "München.".encode("latin-1")
    offset = data.index(b"\xfc")
    if route == "file":
        (tmp_path / "latin.txt").write_bytes(data)
        source = str(tmp_path / "latin.txt")
    else:
        _bytes_stdin(monkeypatch, data)
        source = "-"
    assert main(["extract", source]) == EXIT_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("claimex: [E030]") and f"byte 0xFC at byte offset {offset} " in captured.err


def test_undecodable_jsonl_line_names_its_offset_in_the_file(tmp_path, capsys):
    first = (json.dumps({"id": 1, "text": DEAD}) + "\n").encode("utf-8")
    second = b'{"id": 2, "text": "M\xfcnchen"}\n'
    (tmp_path / "d.jsonl").write_bytes(first + second)
    assert main(["extract", "--input-format", "jsonl", str(tmp_path / "d.jsonl")]) == EXIT_INPUT
    offset = len(first) + second.index(b"\xfc")
    assert f"byte offset {offset} " in capsys.readouterr().err


def test_encoding_option_decodes_latin1(tmp_path, capsys):
    text = "In München starben 3 Menschen."
    (tmp_path / "l.txt").write_bytes(text.encode("latin-1"))
    (rec,) = _run(capsys, "--encoding", "latin-1", str(tmp_path / "l.txt"))
    (claim,) = rec["claims"]
    assert text[claim["start"] : claim["end"]] == "3"


# ------------------------------------------------------------------------ outputs


def test_output_file_gets_the_same_records_as_stdout(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    printed = _run(capsys, str(ARTICLE))
    assert main(["extract", "--no-progress", str(ARTICLE), "--output", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert _records(out.read_text(encoding="utf-8")) == printed


def _rows_by_claim(rec: dict) -> list[dict]:
    """What a flat row should hold for each claim of a record (as strings, as CSV writes them)."""
    from claimex.claims import ROLE_NAMES

    rows = []
    for i, c in enumerate(rec["claims"]):
        row = {"doc_id": str(rec["id"]), "claim": i, "text": c["text"], "start": c["start"], "end": c["end"]}
        for role in ROLE_NAMES:
            span = c[role] or {}
            row.update(
                {f"{role}_text": span.get("text"), f"{role}_start": span.get("start"), f"{role}_end": span.get("end")}
            )
        rows.append(row)
    return rows


def test_csv_has_one_row_per_claim_with_role_span_columns(capsys):
    (rec,) = _run(capsys, str(ARTICLE))
    assert main(["extract", "--no-progress", str(ARTICLE), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == list(FLAT_COLUMNS)
    expected = _rows_by_claim(rec)
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected, strict=True):
        assert {k: got[k] for k in want} == {k: "" if v is None else str(v) for k, v in want.items()}


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="needs claimex[parquet]")
def test_parquet_has_the_csv_rows(tmp_path, capsys):
    import pyarrow.parquet as pq

    (rec,) = _run(capsys, str(ARTICLE))
    path = tmp_path / "claims.parquet"
    assert main(["extract", "--no-progress", str(ARTICLE), "--format", "parquet", "-o", str(path)]) == 0
    rows = pq.read_table(path).to_pylist()
    expected = _rows_by_claim(rec)
    assert [{k: r[k] for k in want} for r, want in zip(rows, expected, strict=True)] == expected and len(rows) == len(
        expected
    )


def test_parquet_needs_an_output_file(capsys):
    assert main(["extract", str(ARTICLE), "--format", "parquet"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("claimex: [E036]")


def test_html_renders_the_batch_through_claimex_render(monkeypatch, tmp_path, capsys):
    seen = []

    def render_many(records):
        seen.extend(records)
        return "<!DOCTYPE html><html>" + "".join(f"<p>{doc_id}</p>" for doc_id, _, _ in seen) + "</html>\n"

    monkeypatch.setitem(sys.modules, "claimex.render", types.SimpleNamespace(render_many=render_many))
    (tmp_path / "a.txt").write_text(DEAD, encoding="utf-8")
    assert main(["extract", str(ARTICLE), str(tmp_path / "a.txt"), "--format", "html"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert [(d, t) for d, t, _ in seen] == [
        (str(ARTICLE), ARTICLE.read_text(encoding="utf-8")),
        (str(tmp_path / "a.txt"), DEAD),
    ]
    assert [c.text for c in seen[1][2]] == ["12"]


# ------------------------------------------------------------------------ usage, progress, pipes


@pytest.mark.parametrize(
    "argv, code",
    [
        (["--id-field", "key"], "E042"),
        (["--encoding", "no-such-codec"], "E031"),
        (["--encoding", "base64"], "E031"),
        (["--input-format", "jsonl", "--encoding", "utf-16"], "E041"),
        (["--scheduler", "local:0"], "E038"),
        (["--scheduler", "somewhere"], "E038"),
    ],
)
def test_bad_option_values_are_usage_errors(capsys, argv, code):
    assert main(["extract", str(ARTICLE), *argv]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith(f"claimex: [{code}]")


def test_progress_bar_on_stderr_only_when_asked(capsys):
    assert main(["extract", "--progress", str(ARTICLE), str(ARTICLE)]) == 0
    captured = capsys.readouterr()
    assert "2/2" in captured.err and len(_records(captured.out)) == 2
    assert main(["extract", "--no-progress", str(ARTICLE)]) == 0
    assert capsys.readouterr().err == ""


def test_a_closed_pipe_ends_quietly(tmp_path):
    paths = [str(tmp_path / f"{i}.txt") for i in range(40)]
    for p in paths:
        (tmp_path / p).write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimex", "extract", "--batch-size", "1", *paths],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    try:
        code = proc.wait(timeout=60)  # a hang fails here
    finally:
        proc.kill()
    err = proc.stderr.read().decode()
    assert code == EXIT_PIPE
    assert json.loads(first)["id"] == paths[0]
    assert err == ""


def test_warnings_carry_the_prefix_too(monkeypatch, capsys):
    english = (
        "The storm killed 12 people and caused 3 billion dollars of damage, officials said on Monday. "
        "It was the worst storm in the region for a decade, and the government has promised to help "
        "the families of the victims with an emergency fund that will be paid out within the month."
    )
    _bytes_stdin(monkeypatch, english.encode("utf-8"))
    assert main(["extract", "--no-progress", "-"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("claimex: warning: [W004]")
