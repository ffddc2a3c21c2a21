"""`claimex evaluate --pred`: saved predictions are scored exactly as shared/score.py scores them,
and a file that does not fit the gold fails with a coded error."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimex.cli import EXIT_INPUT, EXIT_USAGE, main
from claimex.errors import InputError
from claimex.evaluation import evaluate, load_gold
from claimex.scoring.files import load_predictions
from tests.conftest import ROOT

DEV = ROOT / "corpora" / "claimex-de" / "dev.jsonl"


@pytest.fixture(scope="module")
def dev_predictions(tmp_path_factory):
    """The dev split and the pipeline's predictions for it, as ``claimex extract --format jsonl`` writes them."""
    if not DEV.exists():
        pytest.skip(f"{DEV} not found")
    pred = tmp_path_factory.mktemp("dev") / "pred.jsonl"
    assert main(["extract", "--input-format", "jsonl", str(DEV), "--output", str(pred)]) == 0
    return DEV, pred


@pytest.fixture(scope="module")
def dev_sample(dev_predictions, tmp_path_factory):
    """Every 8th dev document as a gold file, with its lines of the predictions."""
    folder = tmp_path_factory.mktemp("dev_sample")
    gold, pred = folder / "gold.jsonl", folder / "pred.jsonl"
    lines = DEV.read_text(encoding="utf-8").splitlines()[::8]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = {json.loads(line)["id"] for line in lines}
    records = dev_predictions[1].read_text(encoding="utf-8").splitlines()
    pred.write_text("\n".join(r for r in records if json.loads(r)["id"] in ids) + "\n", encoding="utf-8")
    return gold, pred


def _evaluate_json(capsys, *args: str) -> dict:
    assert main(["evaluate", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _flat(out: dict, prefix: str = "") -> dict:
    flat = {}
    for k, v in out.items():
        if isinstance(v, dict):
            flat.update(_flat(v, f"{prefix}{k}."))
        else:
            flat[prefix + k] = v
    return flat


def test_pred_equals_reference_scorer(shared_dir, dev_predictions, capsys):
    """The whole dev split: every figure of score.py, the lists of misses and spurious claims too."""
    gold, pred = dev_predictions
    ours = _flat(_evaluate_json(capsys, str(gold), "--pred", str(pred)))
    run = subprocess.run(
        [sys.executable, str(shared_dir / "score.py"), str(gold), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = _flat(json.loads(run.stdout))
    assert theirs["matched"] > 0 and theirs["roles_f1_mean"] < 1.0  # a test with errors to agree on
    numbers = {k for k, v in theirs.items() if isinstance(v, (int, float))}
    assert {k: ours[k] for k in numbers} == pytest.approx({k: theirs[k] for k in numbers})
    assert {k: ours[k] for k in theirs if k not in numbers} == {k: v for k, v in theirs.items() if k not in numbers}


def test_pred_equals_running_the_pipeline(dev_sample, capsys):
    gold, pred = dev_sample
    saved = evaluate(gold, predictions=pred)
    live = evaluate(gold)
    for key in ("detection", "value_acc", "category_acc", "hedged_acc", "roles", "categories", "confusion"):
        assert saved[key] == live[key]
    assert saved["calibration"]["claim"]["ece"] == pytest.approx(live["calibration"]["claim"]["ece"], abs=1e-3)


def test_by_slices_on_the_command_line(dev_predictions, capsys):
    gold, pred = dev_predictions
    out = _evaluate_json(capsys, str(gold), "--pred", str(pred), "--by", "region", "--by", "writer,topic")
    assert list(out["slices"]) == ["region", "writer", "topic"]
    for groups in out["slices"].values():
        assert sum(s["gold"] for s in groups.values()) == out["gold"]
        assert sum(s["matched"] for s in groups.values()) == out["matched"]
        assert all("findings" not in s for s in groups.values())
    assert main(["evaluate", str(gold), "--pred", str(pred), "--by", "region"]) == 0
    table = capsys.readouterr().out
    assert "by region" in table and "\n  de " in table


def test_show_lists_findings_with_sentences(dev_sample, capsys):
    gold, pred = dev_sample
    out = _evaluate_json(capsys, str(gold), "--pred", str(pred), "--show")
    texts = {d["id"]: d["text"] for d in load_gold(gold)}
    assert out["findings"]
    for f in out["findings"]:
        s = f["sentence"]
        assert texts[f["doc"]][s["start"] : s["end"]] == s["text"]
        assert s["start"] <= f["start"] and f["end"] <= s["end"]
    assert "findings" not in _evaluate_json(capsys, str(gold), "--pred", str(pred))


def _write(path, records) -> str:
    path.write_text("".join(r if isinstance(r, str) else json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


@pytest.fixture
def tiny_gold(tmp_path):
    docs = [{"id": f"doc-{i}", "text": "Es starben 3 Menschen.", "claims": []} for i in range(12)]
    return _write(tmp_path / "gold.jsonl", docs)


CLAIM = {"type": "casualty", "text": "3", "start": 11, "end": 12}


@pytest.mark.parametrize(
    "records,code",
    [
        (["{not json\n"], "E131"),
        ([{"id": "doc-0"}], "E132"),
        ([[1, 2]], "E132"),
        ([{"id": "doc-0", "claims": []}, {"id": "doc-0", "claims": []}], "E133"),
        ([{"id": "doc-0", "claims": [{**CLAIM, "start": "11"}]}], "E134"),
        ([{"id": "doc-0", "claims": [{"type": "casualty"}]}], "E134"),
        ([{"id": "doc-0", "claims": [CLAIM]}], "E135"),
    ],
)
def test_bad_pred_files_are_coded_input_errors(tmp_path, tiny_gold, capsys, records, code):
    pred = _write(tmp_path / "pred.jsonl", records)
    assert main(["evaluate", tiny_gold, "--pred", pred]) == EXIT_INPUT
    assert capsys.readouterr().err.startswith(f"claimex: [{code}]")


def test_missing_ids_are_listed(tmp_path, tiny_gold):
    pred = _write(tmp_path / "pred.jsonl", [{"id": "doc-3", "claims": []}])
    with pytest.raises(InputError, match=r"\[E135\].* 11 gold document\(s\): 'doc-0', 'doc-1'.* and 1 more"):
        load_predictions(pred, load_gold(tiny_gold))


def test_unreadable_pred_file(tmp_path, tiny_gold, capsys):
    assert main(["evaluate", tiny_gold, "--pred", str(tmp_path / "none.jsonl")]) == EXIT_INPUT
    assert capsys.readouterr().err.startswith("claimex: [E130]")


def test_predictions_for_other_documents_warn(tmp_path, tiny_gold):
    records = [{"id": f"doc-{i}", "claims": []} for i in range(12)] + [{"id": "elsewhere", "claims": [CLAIM]}]
    pred = _write(tmp_path / "pred.jsonl", records)
    with pytest.warns(UserWarning, match=r"\[W130\].*'elsewhere'"):
        by_id = load_predictions(pred, load_gold(tiny_gold))
    assert "elsewhere" not in by_id and len(by_id) == 12


def test_pred_with_model_is_a_usage_error(tmp_path, tiny_gold, capsys):
    pred = _write(tmp_path / "pred.jsonl", [{"id": f"doc-{i}", "claims": []} for i in range(12)])
    assert main(["evaluate", tiny_gold, "--pred", pred, "--model", str(tmp_path)]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("claimex: [E136]")


def test_unknown_by_field_is_a_usage_error(tmp_path, tiny_gold, capsys):
    pred = _write(tmp_path / "pred.jsonl", [{"id": f"doc-{i}", "claims": []} for i in range(12)])
    assert main(["evaluate", tiny_gold, "--pred", pred, "--by", "regoin"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("claimex: [E137]")
