"""``claimex train parser`` end to end on a tiny treebank: outputs, scores, same seed -> same weights."""

from __future__ import annotations

import json

from claimex.cli import main
from tests.parser.test_parser_train import CONLLU

TINY = {"training.max_steps": 3, "training.eval_frequency": 1, "components.parser.min_action_freq": 1}


def _treebank(folder):
    folder.mkdir()
    for name in ("de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu", "de_gsd-ud-test.conllu"):
        (folder / name).write_text(CONLLU * 12, encoding="utf-8")
    return folder


def _train(tmp_path, ud, out):
    args = ["train", "parser", "--ud", str(ud), "--out", str(out), "--seed", "3"]
    for key, value in TINY.items():
        args += ["--set", f"{key}={value}"]
    assert main(args) == 0


def test_train_parser_writes_a_model_its_scores_and_is_reproducible(tmp_path, capsys):
    ud = _treebank(tmp_path / "ud")
    _train(tmp_path, ud, tmp_path / "a")
    _train(tmp_path, ud, tmp_path / "b")
    out = capsys.readouterr().out
    assert "UD German GSD test: UAS" in out
    scores = json.loads((tmp_path / "a" / "scores.json").read_text(encoding="utf-8"))
    assert 0.0 <= scores["uas"] <= 1.0 and set(scores["features"]) == {"Case", "Number"}
    record = json.loads((tmp_path / "a" / "training.json").read_text(encoding="utf-8"))
    assert record["seed"] == 3 and record["overrides"]["training.max_steps"] == 3
    for part in ("parser/model", "morphologizer/model", "tok2vec/model"):
        assert (tmp_path / "a" / "model" / part).read_bytes() == (tmp_path / "b" / "model" / part).read_bytes()
