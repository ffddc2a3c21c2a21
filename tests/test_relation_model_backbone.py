"""The relation model with a user's local Hugging Face encoder as backbone, end to end: a tiny BERT
built here, `claimex train relations --backbone`, then load and extract with the same checkpoint."""

from __future__ import annotations

import json
import shutil

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("datasets")

import claimex  # noqa: E402
from claimex.cli import main  # noqa: E402

from .test_hf_encoder import build_model  # noqa: E402
from .test_relation_model_training import corpus_slices  # noqa: E402


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    work = tmp_path_factory.mktemp("backbone")
    corpus_slices(work, 4, 2)
    backbone = build_model(work / "tiny-bert", positions=128)
    code = main(
        ["train", "relations", "--train", str(work / "train.jsonl"), "--dev", str(work / "dev.jsonl"),
         "--output", str(work / "model"), "--backbone", str(backbone), "--max-steps", "2"]
    )
    assert code == 0
    return work, backbone


def test_the_model_records_its_backbone_and_extracts_with_it(trained):
    work, backbone = trained
    config = json.loads((work / "model" / "config.json").read_text(encoding="utf-8"))
    spec = json.dumps(config)
    assert '"hf"' in spec and str(backbone) in spec
    text = json.loads((work / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    claims = claimex.load(work / "model").extract(text)
    assert claims and all(text[c.start : c.end] == c.text for c in claims)


def test_a_moved_backbone_is_a_coded_error_at_load(trained, tmp_path):
    work, backbone = trained
    model = tmp_path / "model"
    shutil.copytree(work / "model", model)
    moved = tmp_path / "moved-bert"
    shutil.move(str(backbone), moved)
    try:
        with pytest.raises(Exception, match="E128"):
            claimex.load(model).extract("Die Stadt zahlte 5 Millionen Euro.")
    finally:
        shutil.move(str(moved), backbone)
