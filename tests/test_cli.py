"""The command line: extract, evaluate, corpus."""

import json
import subprocess
import sys

import pytest

from claimex.cli import main
from tests.conftest import ROOT

ARTICLE = ROOT / "examples" / "bericht_unwetter.txt"


def test_cli_extract_jsonl(capsys):
    assert main(["extract", str(ARTICLE)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = ARTICLE.read_text(encoding="utf-8")
    assert lines and all(text[c["start"] : c["end"]] == c["text"] for c in lines)
    assert {"monetary", "casualty"} == {c["type"] for c in lines}


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_cli_extract_formats(capsys, fmt):
    assert main(["extract", str(ARTICLE), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert isinstance(json.loads(out), list)
    else:
        assert "casualty" in out and "EUR" in out


def test_cli_extract_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Das Erdbeben forderte 12 Tote."))
    assert main(["extract", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["category"] == "killed"


def test_cli_extract_missing_file():
    with pytest.raises(SystemExit, match="E008"):
        main(["extract", "/no/such/file.txt"])


def test_cli_evaluate_agrees_with_table(shared_dir, capsys):
    assert main(["evaluate", str(shared_dir / "seeds" / "gold.jsonl"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["matched"] == 4 and out["headline"] == 1.0


def test_cli_evaluate_bad_gold(tmp_path, capsys):
    bad = tmp_path / "g.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert "E006" in capsys.readouterr().err


def test_python_dash_m_runs():
    done = subprocess.run(
        [sys.executable, "-m", "claimex", "extract", "-"],
        input="Bei dem Angriff starben 3 Menschen.",
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["low"] == 3.0
