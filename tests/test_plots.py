"""`claimex evaluate --plots`: one confusion matrix per claim type and one reliability diagram per
confidence field, written as valid PNG files with predictable names."""

from __future__ import annotations

import json

import pytest

from claimex.cli import main
from claimex.evaluation import score

from .test_evaluation_report import TEXT, claim, gold_doc, pred_claims

matplotlib = pytest.importorskip("matplotlib")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _assert_png(path, min_size: int = 50):
    from matplotlib.image import imread

    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    image = imread(path)
    assert image.ndim == 3 and image.shape[0] >= min_size and image.shape[1] >= min_size


def test_write_plots_names_and_validity(tmp_path):
    """Also: drawing neither switches the global backend nor opens pyplot figures of the caller."""
    import sys

    from claimex.plots import write_plots

    backend = matplotlib.get_backend()
    pred = pred_claims()
    pred[0]["field_confidence"] = {"category": 0.9, "source": 0.4}
    out = score([gold_doc()], {"d1": pred})
    paths = write_plots(out, tmp_path / "plots")
    names = [p.name for p in paths]
    assert names == [
        "confusion_monetary.png",
        "confusion_casualty.png",
        "reliability_claim.png",
        "reliability_category.png",
        "reliability_source.png",
    ]
    for p in paths:
        _assert_png(p)
    assert matplotlib.get_backend() == backend
    if "matplotlib.pyplot" in sys.modules:
        assert not sys.modules["matplotlib.pyplot"].get_fignums()


def test_cli_plots_prints_paths(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_doc()) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "d1", "claims": pred_claims()}) + "\n", encoding="utf-8")
    folder = tmp_path / "out"
    assert main(["evaluate", str(gold), "--pred", str(pred), "--plots", str(folder)]) == 0
    printed = [
        line.removeprefix("wrote ") for line in capsys.readouterr().out.splitlines() if line.startswith("wrote ")
    ]
    assert printed == [
        str(folder / n) for n in ("confusion_monetary.png", "confusion_casualty.png", "reliability_claim.png")
    ]
    for p in folder.iterdir():
        _assert_png(p)
    assert main(["evaluate", str(gold), "--pred", str(pred), "--plots", str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["plots"] == printed


def test_reliability_diagram_of_empty_bins(tmp_path):
    """A field whose claims all fall in one bin still draws (empty bins have no accuracy)."""
    from claimex.plots import write_plots

    pred = [claim(TEXT, "5 Millionen Euro", confidence=1.0)]
    paths = write_plots(score([gold_doc()], {"d1": pred}), tmp_path)
    assert [p.name for p in paths] == ["confusion_monetary.png", "reliability_claim.png"]
    for p in paths:
        _assert_png(p)
