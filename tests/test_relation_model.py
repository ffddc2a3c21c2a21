"""The learned relation stage: decoding, calibration, numpy inference, model folders, min_confidence."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

import claimex
from claimex.relation_model.calibrate import (
    apply_bins,
    apply_platt,
    expected_calibration_error,
    fit_bins,
    fit_platt,
    fit_temperature,
    nll,
)
from claimex.relation_model.dataset import LABELS
from claimex.relation_model.decode import decode
from claimex.relation_model.inference import RelationModel
from claimex.relation_model.network import NumpyRelationNet, write_weights

TEXT = (
    "Bei dem Anschlag in Kabul wurden nach Angaben der Polizei 12 Menschen getötet. "
    "Der Konzern zahlt den Opfern 5 Millionen Euro Entschädigung."
)


def _probs(rows):
    a = np.asarray(rows, dtype=np.float64)
    return a / a.sum(axis=1, keepdims=True)


def test_decoding_one_filler_per_role_and_one_role_per_candidate():
    # one monetary amount, three candidates: candidate 0 is the best agent and the best recipient
    p_type = _probs([[0.1, 0.8, 0.1]])
    p_cat = _probs([[1] * len(LABELS.categories)])
    p_hedged = _probs([[0.9, 0.1]])
    none, agent, recipient, victim, source = range(5)
    p_role = np.zeros((3, 5))
    p_role[0, [agent, recipient]] = 0.9, 0.8
    p_role[1, [agent, recipient]] = 0.6, 0.7
    p_role[2, [none, source]] = 0.6, 0.4  # below the threshold: no source
    p_role[:2, none] = 0.05
    decision = decode(LABELS, p_type, p_cat, p_hedged, p_role, [0, 0, 0])[0]
    assert decision.type == "monetary"
    assert decision.roles == {"agent": 0, "recipient": 1}
    assert "source" not in decision.roles and decision.role_probability["source"] == pytest.approx(0.6)
    assert "victim" not in decision.role_probability  # a monetary claim has no victim
    assert decision.category in LABELS.type_categories["monetary"]


def test_decoding_none_type_and_forced_type():
    p_type = _probs([[0.9, 0.05, 0.05]])
    p_cat = _probs([[1] * len(LABELS.categories)])
    args = (p_cat, _probs([[0.5, 0.5]]), np.zeros((0, 5)), [])
    assert decode(LABELS, p_type, *args)[0].type == "none"
    forced = decode(LABELS, p_type, *args, forced_types=["casualty"])[0]
    assert forced.type == "casualty" and forced.category in LABELS.type_categories["casualty"]


def test_temperature_lowers_nll_of_overconfident_logits():
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 3, size=400)
    logits = rng.normal(size=(400, 3))
    logits[np.arange(400), labels] += 1.0  # right more often than not ...
    logits *= 8  # ... but far too sure
    t = fit_temperature(logits, labels)
    assert t > 1.5
    assert nll(logits, labels, t) < nll(logits, labels, 1.0)


def test_ece_of_perfect_and_of_wrong_confidence():
    assert expected_calibration_error([1.0, 1.0], [True, True]) == 0.0
    assert expected_calibration_error([0.9, 0.9], [False, False]) == pytest.approx(0.9)


def test_binning_maps_overconfidence_to_observed_accuracy():
    rng = np.random.default_rng(0)
    conf = rng.uniform(0.8, 1.0, size=500)
    right = rng.uniform(size=500) < 0.6  # sure, but right 60 % of the time
    bins = fit_bins(conf, right)
    assert bins == sorted(bins) and all(0.0 <= b <= 1.0 for b in bins)
    mapped = [apply_bins(bins, c) for c in conf]
    assert expected_calibration_error(mapped, right) < expected_calibration_error(conf, right)


def test_platt_scaling_maps_overconfidence_to_observed_accuracy():
    rng = np.random.default_rng(1)
    conf = rng.uniform(0.5, 1.0, size=800)
    right = rng.uniform(size=800) < 0.3 + 0.5 * conf  # right less often than it claims
    scaling = fit_platt(conf, right)
    mapped = [apply_platt(scaling, c) for c in conf]
    assert mapped[int(np.argmax(conf))] == max(mapped)  # the order of the confidences is kept
    assert expected_calibration_error(mapped, right) < expected_calibration_error(conf, right) / 2
    assert fit_platt([0.9, 0.8], [True, False]) == (1.0, 0.0)  # too few examples: the identity


def _random_net(dense: int = 0):
    torch = pytest.importorskip("torch")
    from claimex.relation_model.model import make_torch_net

    torch.manual_seed(0)
    net = make_torch_net(64, 8, dense, 16, 3, len(LABELS.categories), 5)
    net.eval()
    return torch, net


@pytest.mark.parametrize("dense", [0, 6])
def test_numpy_forward_equals_torch(dense):
    torch, net = _random_net(dense)
    rng = np.random.default_rng(1)
    amount_bags = [list(rng.integers(0, 64, size=n)) for n in (3, 1, 5)]
    pair_bags = [list(rng.integers(0, 64, size=n)) for n in (2, 4, 1, 3)]
    pair_amount = [0, 0, 2, 2]
    av = rng.normal(size=(3, dense)).astype(np.float32)
    pv = rng.normal(size=(4, 2 * dense)).astype(np.float32)

    def flat(bags):
        return (
            torch.tensor([i for b in bags for i in b]),
            torch.tensor(np.cumsum([0] + [len(b) for b in bags[:-1]])),
        )

    with torch.no_grad():
        expected = net(*flat(amount_bags), torch.from_numpy(av), *flat(pair_bags), torch.from_numpy(pv), torch.tensor(pair_amount))
    got = NumpyRelationNet(net.numpy_weights()).forward(amount_bags, av, pair_bags, pv, pair_amount)
    for e, g in zip(expected, (got.type, got.category, got.hedged, got.role)):
        np.testing.assert_allclose(g, e.numpy(), rtol=1e-5, atol=1e-5)


def _write_model(folder, **config_changes):
    _, net = _random_net()
    folder.mkdir(parents=True, exist_ok=True)
    write_weights(folder, net.numpy_weights())
    from claimex.relation_model.features import FEATURES_VERSION

    config = {
        "kind": "claimex.relation_model",
        "features_version": FEATURES_VERSION,
        "n_buckets": 64,
        "embed_dim": 8,
        "hidden": 16,
        "dense_dim": 0,
        "detection": "model",
        "labels": LABELS.to_dict(),
        "encoder": None,
        "temperatures": {},
        "thresholds": {},
        **config_changes,
    }
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder


def test_missing_and_broken_model_folders_give_coded_errors(tmp_path):
    with pytest.raises(ValueError, match=r"\[E100\]"):
        RelationModel.load(tmp_path / "nothing")
    folder = _write_model(tmp_path / "m")
    (folder / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ValueError, match=r"\[E101\]"):
        claimex.load(folder)
    old = _write_model(tmp_path / "old", features_version=-1)
    with pytest.raises(ValueError, match=r"\[E102\]"):
        claimex.load(old)
    (old / "config.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[E101\]"):
        claimex.load(old)


def test_missing_model_falls_back_to_rules_with_a_warning(tmp_path):
    # the warning may come when the pipeline is built or at the first text: either is fine
    with pytest.warns(UserWarning, match=r"\[W100\]"):
        nlp = claimex.api.build_default_nlp(relation_model=tmp_path / "absent")
        claims = claimex.Extractor(nlp).extract(TEXT)
    rules = claimex.api.build_default_nlp()
    rules.replace_pipe("claimex_relations", "claimex_relations")  # the rule factory
    assert [c.to_dict() for c in claims] == [c.to_dict() for c in claimex.Extractor(rules).extract(TEXT)]


def test_a_model_folder_loads_and_fills_field_confidence(tmp_path):
    folder = _write_model(tmp_path / "m")
    ex = claimex.load(folder)
    assert ex.nlp.get_pipe("claimex_relations").model is not None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a model that loads gives no fallback warning
        claims = ex.extract(TEXT)
    for c in claims:
        assert 0.0 <= c.confidence <= 1.0
        assert {"category", "hedged", "agent", "source"} <= set(c.field_confidence)
        assert all(0.0 <= v <= 1.0 for v in c.field_confidence.values())


def test_min_confidence_filters(extractor):
    everything = extractor.extract(TEXT)
    assert everything
    cut = sorted(c.confidence for c in everything)[len(everything) // 2]
    kept = extractor.extract(TEXT, min_confidence=cut)
    assert kept == [c for c in everything if c.confidence >= cut]
    assert claimex.extract(TEXT, min_confidence=1.0) == [c for c in everything if c.confidence >= 1.0]
    for bad in (-0.1, 1.5, "0.5", True):
        with pytest.raises(ValueError, match=r"\[E106\]"):
            extractor.extract(TEXT, min_confidence=bad)
