"""The command line: extract, evaluate, corpus; exit codes, messages and help texts."""

import io
import json
import subprocess
import sys

import pytest

from claimex.cli import EXIT_INPUT, EXIT_USAGE, build_parser, main
from tests.conftest import ROOT

ARTICLE = ROOT / "examples" / "bericht_unwetter.txt"


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_cli_extract_jsonl(capsys):
    assert main(["extract", str(ARTICLE)]) == 0
    (rec,) = _records(capsys.readouterr().out)
    text = ARTICLE.read_text(encoding="utf-8")
    assert rec["id"] == str(ARTICLE) and rec["claimex_version"]
    assert rec["claims"] and all(text[c["start"] : c["end"]] == c["text"] for c in rec["claims"])
    assert {"monetary", "casualty"} == {c["type"] for c in rec["claims"]}


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_cli_extract_formats(capsys, fmt):
    assert main(["extract", str(ARTICLE), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        (rec,) = json.loads(out)
        assert rec["id"] == str(ARTICLE) and rec["claims"]
    else:
        assert out.startswith(f"# {ARTICLE}:") and "casualty" in out and "EUR" in out


def test_cli_extract_stdin_text_stream(monkeypatch, capsys):
    """An embedding program may replace stdin by a text stream without bytes underneath."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("Das Erdbeben forderte 12 Tote."))
    assert main(["extract", "-"]) == 0
    (rec,) = _records(capsys.readouterr().out)
    assert rec["id"] == "-" and rec["claims"][0]["category"] == "killed"


def test_cli_extract_missing_file(capsys):
    assert main(["extract", "/no/such/file.txt"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err.startswith("claimex: [E008]") and "/no/such/file.txt" in err


def test_cli_evaluate_agrees_with_table(shared_dir, capsys):
    assert main(["evaluate", str(shared_dir / "seeds" / "gold.jsonl"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["matched"] == 4 and out["headline"] == 1.0


def test_cli_evaluate_bad_gold_is_an_input_error(tmp_path, capsys):
    bad = tmp_path / "g.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == EXIT_INPUT
    assert capsys.readouterr().err.startswith("claimex: [E006]")


def test_cli_evaluate_missing_gold_is_an_input_error(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "none.jsonl")]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert err.startswith("claimex: [E008]") and "none.jsonl" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],  # no input
        ["extract", "x.txt", "--format", "yaml"],
        ["extract", "x.txt", "--n-process", "0"],
        ["extract", "x.txt", "--batch-size", "many"],
        ["frobnicate"],
        ["corpus"],
    ],
)
def test_argument_errors_exit_2_with_prefix(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == EXIT_USAGE
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("claimex: error: ")


def _subcommands(parser):
    """(name, parser) of every command and subcommand."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield name, sub
                yield from ((f"{name} {n}", p) for n, p in _subcommands(sub))


def test_every_command_has_help_with_an_example_and_defaults():
    commands = dict(_subcommands(build_parser()))
    assert {"extract", "evaluate", "corpus", "corpus build", "corpus read"} <= set(commands)
    for name, parser in commands.items():
        text = parser.format_help()
        assert "example" in text, name
        assert "claimex " + name.split()[0] in text, name
    assert "(default: 64)" in commands["extract"].format_help()
    assert "(default: utf-8)" in commands["extract"].format_help()


def test_python_dash_m_runs():
    done = subprocess.run(
        [sys.executable, "-m", "claimex", "extract", "-"],
        input="Bei dem Angriff starben 3 Menschen.",
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["claims"][0]["low"] == 3.0
