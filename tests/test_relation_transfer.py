"""Recalibration for unseen writers (claimex.relation_model.transfer): writer folds, the fitted
scaling, and a model that applies it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import claimex
from claimex.relation_model.transfer import (
    TRANSFER_KEY,
    apply_transfer,
    fit_transfer_scaling,
    writer_folds,
)
from claimex.scoring.calibration import CalibrationSamples, reliability


def _docs(writers: list[str]) -> list[dict]:
    return [{"id": str(i), "text": "", "claims": [], "meta": {"writer": w}} for i, w in enumerate(writers)]


def test_every_writer_is_in_one_fold_and_the_folds_are_balanced() -> None:
    docs = _docs(["a"] * 5 + ["b"] * 4 + ["c"] * 3 + ["d"] * 2 + ["e"] * 2)
    folds = writer_folds(docs, 3)
    assert sorted(i for f in folds for i in f) == list(range(len(docs)))
    writers_of = [{docs[i]["meta"]["writer"] for i in f} for f in folds]
    for a in range(3):
        for b in range(a + 1, 3):
            assert not writers_of[a] & writers_of[b]
    sizes = sorted(len(f) for f in folds)
    assert sizes[-1] - sizes[0] <= 2
    assert writer_folds(docs, 3) == folds  # the same folds on every run


def test_too_few_writers_is_a_coded_error() -> None:
    with pytest.raises(ValueError, match=r"\[E109\]"):
        writer_folds(_docs(["a", "a", "b"]), 3)


def test_overconfident_held_out_samples_are_scaled_down() -> None:
    rng = np.random.default_rng(0)
    samples = CalibrationSamples()
    conf = rng.uniform(0.5, 1.0, 2000)
    right = rng.uniform(size=2000) < conf - 0.15  # right 15 points less often than said
    samples.samples["source"] = [(float(c), None, bool(r)) for c, r in zip(conf, right)]
    samples.samples["claim"] = [(None, float(c), bool(r)) for c, r in zip(conf, rng.uniform(size=2000) < conf)]
    scaling = fit_transfer_scaling(samples)
    before = reliability(conf, right)["ece"]
    after = reliability([apply_transfer(scaling, "source", c) for c in conf], right)["ece"]
    assert before > 0.1 and after < 0.03
    # a calibrated field keeps nearly the identity
    assert abs(apply_transfer(scaling, "claim", 0.8) - 0.8) < 0.03
    # without a scaling for a field, nothing changes
    assert apply_transfer(scaling, "victim", 0.8) == 0.8 and apply_transfer({}, "source", 0.8) == 0.8


def test_a_model_applies_its_transfer_scaling(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[1] / "models" / "relations"
    if not (shipped / "model.safetensors").is_file():
        pytest.skip("no shipped relation model")
    folder = tmp_path / "model"
    folder.mkdir()
    for name in ("model.safetensors",):
        (folder / name).write_bytes((shipped / name).read_bytes())
    config = json.loads((shipped / "config.json").read_text(encoding="utf-8"))
    config.pop(TRANSFER_KEY, None)
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    text = "Der Konzern zahlte nach Angaben der Polizei 5 Millionen Euro an die Opfer. Drei Menschen starben."
    plain = claimex.load(folder).extract(text)
    config[TRANSFER_KEY] = {"claim": [1.0, -1.0], "source": [1.0, -1.0]}  # everything less sure
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    scaled = claimex.load(folder).extract(text)
    assert [c.text for c in plain] == [c.text for c in scaled] and plain
    for p, s in zip(plain, scaled):
        assert s.confidence < p.confidence
        assert s.field_confidence["source"] < p.field_confidence["source"]
        assert s.field_confidence["agent"] == p.field_confidence["agent"]


def test_recalibration_trains_one_model_per_writer_fold_and_writes_the_scaling(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("datasets")
    from claimex.relation_model.train import train_relations
    from claimex.relation_model.transfer import recalibrate_for_unseen_writers

    corpus = Path(__file__).resolve().parents[1] / "corpora" / "claimex-de" / "train.jsonl"
    if not corpus.is_file():
        pytest.skip("corpus not built")
    by_writer: dict[str, list[str]] = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        writer = json.loads(line)["meta"]["writer"]
        if len(by_writer.setdefault(writer, [])) < 2:
            by_writer[writer].append(line)
    lines = [line for w in sorted(by_writer)[:3] for line in by_writer[w]]
    (tmp_path / "train.jsonl").write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")
    (tmp_path / "dev.jsonl").write_text("\n".join(lines[4:6]) + "\n", encoding="utf-8")
    settings = {"n_buckets": 1 << 10, "embed_dim": 8, "hidden": 8, "max_epochs": 1}
    kwargs = {"max_steps": 1, "progress": False, "settings": settings}
    train_relations(tmp_path / "train.jsonl", tmp_path / "dev.jsonl", tmp_path / "model", **kwargs)
    folds: list[Path] = []

    def counting_train(train, dev, output, **kw):  # type: ignore[no-untyped-def]
        folds.append(Path(train))
        return train_relations(train, dev, output, **kw)

    result = recalibrate_for_unseen_writers(
        tmp_path / "model", tmp_path / "train.jsonl", tmp_path / "dev.jsonl", 3, counting_train, **kwargs
    )
    assert len(folds) == 3
    config = json.loads((tmp_path / "model" / "config.json").read_text(encoding="utf-8"))
    assert config[TRANSFER_KEY] == result["scaling"] and "claim" in result["scaling"]
    assert set(result["held_out_ece"]) >= {"claim"}
    claimex.load(tmp_path / "model").extract(json.loads(lines[0])["text"])  # the model still loads
