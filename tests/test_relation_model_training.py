"""A tiny training run end to end: gold JSONL -> train -> save -> load -> extract, and --init."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimex

pytest.importorskip("torch")
pytest.importorskip("datasets")
pytest.importorskip("safetensors")

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "corpora" / "claimex-de" / "train.jsonl"


def corpus_slices(folder: Path, n_train: int, n_dev: int) -> None:
    """The first ``n_train`` documents of the train split as ``folder/train.jsonl``, the next ``n_dev``
    as ``folder/dev.jsonl``; skips the test when the corpus is not built."""
    if not TRAIN.is_file():
        pytest.skip("corpus not built")
    lines = TRAIN.read_text(encoding="utf-8").splitlines()
    (folder / "train.jsonl").write_text("\n".join(lines[:n_train]) + "\n", encoding="utf-8")
    (folder / "dev.jsonl").write_text("\n".join(lines[n_train : n_train + n_dev]) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    folder = tmp_path_factory.mktemp("relations")
    corpus_slices(folder, 6, 3)
    from claimex.relation_model.train import train_relations

    settings = {"n_buckets": 1 << 10, "embed_dim": 8, "hidden": 8, "max_epochs": 2}
    record = train_relations(
        folder / "train.jsonl", folder / "dev.jsonl", folder / "model", max_steps=3, progress=False, settings=settings
    )
    return folder, record


def test_tiny_training_saves_a_model_that_extracts(tiny):
    folder, record = tiny
    model = folder / "model"
    assert {"model.safetensors", "config.json", "scores.json"} <= {p.name for p in model.iterdir()}
    config = json.loads((model / "config.json").read_text(encoding="utf-8"))
    assert config["n_buckets"] == 1 << 10 and set(config["temperatures"]) == {"type", "category", "hedged", "role"}
    assert record["steps"] <= 3 and record["train"]["docs"] == 6
    text = json.loads((folder / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    claims = claimex.load(model).extract(text)
    assert all(text[c.start : c.end] == c.text for c in claims)
    assert all(c.field_confidence for c in claims)


def test_init_continues_from_a_saved_model(tiny):
    from claimex.relation_model.train import train_relations

    folder, _ = tiny
    record = train_relations(
        folder / "dev.jsonl", folder / "dev.jsonl", folder / "tuned", init=folder / "model", max_steps=1, progress=False
    )
    assert record["init"] == str(folder / "model")
    tuned = json.loads((folder / "tuned" / "config.json").read_text(encoding="utf-8"))
    assert tuned["n_buckets"] == 1 << 10  # the table size of the model it continued from


def _copy_with_decoding(src: Path, dst: Path, thresholds: dict, temperature: float) -> None:
    """A copy of a saved model whose decoding (thresholds, role temperature) no dev fit would give."""
    import shutil

    shutil.copytree(src, dst)
    config = json.loads((dst / "config.json").read_text(encoding="utf-8"))
    config["thresholds"] = thresholds
    config["temperatures"]["role"] = temperature
    (dst / "config.json").write_text(json.dumps(config), encoding="utf-8")


def test_fine_tuning_keeps_the_decoding_of_the_model_it_starts_from(tiny):
    """A few documents' dev cannot refit thresholds and temperatures: ``--init`` keeps the base's."""
    from claimex.relation_model.train import train_relations

    folder, _ = tiny
    odd = {"agent": 0.123, "recipient": 0.321, "victim": 0.234, "source": 0.432}
    _copy_with_decoding(folder / "model", folder / "odd", odd, 1.789)
    train_relations(folder / "dev.jsonl", folder / "dev.jsonl", folder / "kept", init=folder / "odd", max_steps=2, progress=False)
    kept = json.loads((folder / "kept" / "config.json").read_text(encoding="utf-8"))
    assert kept["thresholds"] == odd and kept["temperatures"]["role"] == 1.789


def test_fine_tuning_may_keep_the_init_weights_when_dev_says_so(tiny):
    """The ``--init`` weights are early stopping's epoch 0: fine-tuning never ends below them on dev."""
    from claimex.relation_model.train import train_relations

    folder, _ = tiny
    record = train_relations(
        folder / "dev.jsonl", folder / "dev.jsonl", folder / "epoch0", init=folder / "model", max_steps=1, progress=False
    )
    assert record["history"][0]["epoch"] == 0
    best = max(record["history"], key=lambda h: h["objective"])
    assert record["best_epoch"] == best["epoch"]
