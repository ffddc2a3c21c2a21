"""Expected calibration error: ~0 for calibrated confidences, high for overconfident ones, and
reported per field when predictions carry ``field_confidence``."""

from __future__ import annotations

import random

import pytest

from claimex.claims import Claim
from claimex.evaluation import predict, score
from claimex.scoring.calibration import reliability

from .test_evaluation_report import TEXT, claim, gold_doc


def _synthetic(n: int, right_rate, seed: int = 7):
    rng = random.Random(seed)
    confidences = [rng.random() for _ in range(n)]
    return confidences, [rng.random() < right_rate(c) for c in confidences]


def test_calibrated_confidences_have_ece_near_zero():
    confidences, right = _synthetic(20000, lambda c: c)
    out = reliability(confidences, right)
    assert out["ece"] < 0.02
    assert out["n"] == 20000 and len(out["bins"]) == 10
    assert sum(b["n"] for b in out["bins"]) == 20000


def test_overconfident_confidences_have_high_ece():
    confidences, right = _synthetic(20000, lambda c: c / 2)  # right half as often as claimed
    assert reliability(confidences, right)["ece"] > 0.2
    always_sure = reliability([0.95] * 1000, [i % 2 == 0 for i in range(1000)])
    assert always_sure["ece"] == pytest.approx(0.45)


def test_bins_are_equal_width_and_one_falls_in_the_last():
    out = reliability([0.0, 0.05, 0.1, 0.95, 1.0], [False, False, True, True, True])
    assert [b["n"] for b in out["bins"]] == [2, 1, 0, 0, 0, 0, 0, 0, 0, 2]
    assert out["bins"][0]["low"] == 0.0 and out["bins"][9]["high"] == 1.0
    assert out["bins"][5]["accuracy"] is None


def test_claim_confidence_right_means_matched_with_gold_value():
    t = TEXT
    gold = gold_doc()
    pred = [
        claim(t, "5 Millionen Euro", confidence=1.0),  # matched, value right (gold low/high 1.0)
        claim(t, "2 Millionen Euro", "monetary", "cost", low=9.0, high=9.0, confidence=1.0),  # wrong value
        claim(t, "7 Millionen Euro", confidence=0.0),  # spurious
    ]
    cal = score([gold], {"d1": pred})["calibration"]
    assert list(cal) == ["claim"]  # no field_confidence given: only the claim's
    assert cal["claim"]["n"] == 3
    # bin 10 holds two claims at 1.0, one right; bin 1 one claim at 0.0, wrong
    assert cal["claim"]["ece"] == pytest.approx(2 / 3 * 0.5)


def test_field_confidences_are_scored_per_field_with_claim_fallback():
    t = TEXT
    gold = gold_doc()
    pred = [
        claim(t, "5 Millionen Euro", confidence=0.5, field_confidence={"category": 1.0, "agent": 0.0}),
        claim(t, "2 Millionen Euro", category="damage", confidence=0.5, field_confidence={"category": 1.0}),
    ]
    cal = score([gold], {"d1": pred})["calibration"]
    assert set(cal) == {"claim", "category", "agent"}
    # category: both at 1.0, one right
    assert cal["category"]["ece"] == pytest.approx(0.5)
    # agent: 5 Mio. at 0.0 and wrong (gold agent, none predicted); 2 Mio. falls back to 0.5, also wrong
    assert cal["agent"]["n"] == 2
    assert [b["n"] for b in cal["agent"]["bins"] if b["n"]] == [1, 1]
    assert cal["agent"]["ece"] == pytest.approx(0.25)


def test_predict_keeps_field_confidence_of_claims():
    def extract(text: str) -> list[Claim]:
        c = Claim("monetary", "payment", "5 Millionen Euro", 23, 39, 5e6, 5e6, unit="EUR", confidence=0.8)
        return [Claim(**{**c.__dict__, "field_confidence": {"category": 0.6}})]

    pred = predict([gold_doc()], extract)
    assert pred["d1"][0]["field_confidence"] == {"category": 0.6}
    assert pred["d1"][0]["confidence"] == 0.8


def test_predictions_without_claim_confidence():
    """Saved predictions may lack ``confidence``: they are left out of the claim's calibration but
    their own field confidences still count."""
    t = TEXT
    pred = [claim(t, "5 Millionen Euro", field_confidence={"category": 0.95}), claim(t, "7 Millionen Euro")]
    cal = score([gold_doc()], {"d1": pred})["calibration"]
    assert list(cal) == ["category"]
    assert cal["category"]["n"] == 1 and cal["category"]["ece"] == pytest.approx(0.05)
