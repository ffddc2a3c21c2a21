"""The output calibration per field and role state (claimex.relation_model.field_scaling)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import claimex
from claimex.relation_model.calibrate import fit_platt
from claimex.relation_model.field_scaling import (
    FIELD_SCALING_KEY,
    apply_field_scaling,
    fit_field_scaling,
    scaling_key,
)
from claimex.relation_model.transfer import TRANSFER_KEY
from claimex.scoring.calibration import reliability

SHIPPED = Path(__file__).resolve().parents[1] / "models" / "relations"
TEXT = (
    "Die Reederei zahlte den Hinterbliebenen nach Angaben ihres Anwalts 2 Millionen Euro. "
    "Bei dem Brand in der Lagerhalle kamen vier Arbeiter ums Leben."
)


def _model_copy(tmp_path: Path, **config_changes: object) -> Path:
    if not (SHIPPED / "model.safetensors").is_file():
        pytest.skip("no shipped relation model")
    folder = tmp_path / "model"
    folder.mkdir(exist_ok=True)
    (folder / "model.safetensors").write_bytes((SHIPPED / "model.safetensors").read_bytes())
    config = json.loads((SHIPPED / "config.json").read_text(encoding="utf-8"))
    config.pop(FIELD_SCALING_KEY, None)
    config.pop(TRANSFER_KEY, None)
    config.update(config_changes)
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder


def test_a_role_key_says_whether_the_role_is_filled() -> None:
    assert scaling_key("agent", True) == "agent|filled"
    assert scaling_key("source", False) == "source|empty"
    assert scaling_key("category", True) == "category" and scaling_key("claim") == "claim"
    assert apply_field_scaling({}, "agent|filled", 0.7) == 0.7


def test_filled_and_empty_roles_get_their_own_scaling() -> None:
    # a filled role right more often than said, an empty one less often: one scaling for both
    # cannot fix both, one per state does
    rng = np.random.default_rng(1)
    conf = rng.uniform(0.3, 0.95, 3000)
    filled = rng.uniform(size=3000) < 0.5
    right = rng.uniform(size=3000) < np.where(filled, np.minimum(conf + 0.15, 1.0), conf - 0.15)
    joint = fit_platt(conf, right)
    one = reliability([apply_field_scaling({"agent": joint}, "agent", c) for c in conf[filled]], right[filled])["ece"]
    per_state = {scaling_key("agent", s): fit_platt(conf[filled == s], right[filled == s]) for s in (True, False)}
    own = reliability([apply_field_scaling(per_state, "agent|filled", c) for c in conf[filled]], right[filled])["ece"]
    assert one > 0.08 and own < 0.03


def test_a_model_applies_the_scaling_of_each_role_state(tmp_path: Path) -> None:
    plain = claimex.load(_model_copy(tmp_path)).extract(TEXT)
    scaled = claimex.load(
        _model_copy(tmp_path, **{FIELD_SCALING_KEY: {"agent|empty": [1.0, -2.0], "claim": [1.0, -1.0]}})
    ).extract(TEXT)
    assert [c.text for c in plain] == [c.text for c in scaled] and len(plain) == 2
    for p, s in zip(plain, scaled):
        assert s.confidence < p.confidence
        assert s.field_confidence["category"] == p.field_confidence["category"]
        if p.agent is None:  # "vier Arbeiter": nobody killed them
            assert s.field_confidence["agent"] < p.field_confidence["agent"]
        else:
            assert s.field_confidence["agent"] == p.field_confidence["agent"]
    assert any(p.agent is None for p in plain) and any(p.agent is not None for p in plain)


def test_fitting_writes_the_scaling_of_the_models_own_output(tmp_path: Path) -> None:
    folder = _model_copy(tmp_path, **{FIELD_SCALING_KEY: {"claim": [1.0, -3.0]}})
    # gold = the model's own claims: every field right; an earlier scaling is not what is fitted
    claims = claimex.load(_model_copy(tmp_path)).extract(TEXT)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "text": TEXT, "claims": [c.to_dict() for c in claims]}) + "\n", encoding="utf-8")
    record = fit_field_scaling(folder, gold)
    written = json.loads((folder / "config.json").read_text(encoding="utf-8"))[FIELD_SCALING_KEY]
    assert written == record["scaling"]
    assert {"claim", "category", "hedged", "source|filled"} <= set(written)
    assert written["claim"] == [1.0, 0.0]  # too few samples, all right: the identity
    assert record["ece_in_sample"]["claim"]["n"] == 2
