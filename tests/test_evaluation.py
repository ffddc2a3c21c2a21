"""claimex's scorer agrees with the contract's reference scorer (shared/score.py)."""

import importlib.util
import json

import pytest

import claimex
from claimex.evaluation import evaluate, format_report, load_gold, match_claims, score


@pytest.fixture(scope="module")
def reference(shared_dir):
    spec = importlib.util.spec_from_file_location("reference_score", shared_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _numbers(out):
    """Every figure of a score result, flattened to name -> number."""
    flat = {}
    for key in (
        "docs",
        "gold",
        "pred",
        "matched",
        "value_acc",
        "category_acc",
        "hedged_acc",
        "approximate_acc",
        "roles_f1_mean",
        "headline",
    ):
        flat[key] = out[key]
    flat.update({f"detection.{k}": v for k, v in out["detection"].items()})
    flat.update({f"roles.{r}.{k}": v for r, d in out["roles"].items() for k, v in d.items()})
    return flat


def _perturbed(pred_by_id):
    """Predictions with errors of every kind, so the comparison sees more than perfect scores."""
    out = {}
    for doc_id, claims in pred_by_id.items():
        changed = []
        for i, c in enumerate(claims):
            c = dict(c)
            if i % 2:
                c["category"] = "other"
                c["low"] = (c["low"] or 0) + 1
                c["source"] = None
                c["hedged"] = not c["hedged"]
            changed.append(c)
        changed.append({**claims[0], "type": "casualty"} if claims else {})
        out[doc_id] = [c for c in changed if c]
    return out


def test_evaluation_matches_reference_scorer(shared_dir, reference):
    gold = load_gold(shared_dir / "seeds" / "gold.jsonl")
    pred = {d["id"]: [c.to_dict() for c in claimex.extract(d["text"])] for d in gold}
    for variant in (pred, _perturbed(pred), {}):
        ours = score(gold, variant)
        theirs = reference.score(gold, variant)
        expected = _numbers(theirs)
        assert {k: v for k, v in _numbers(ours).items() if k in expected} == pytest.approx(expected)
        assert ours["missed"] == theirs["missed"] and ours["spurious"] == theirs["spurious"]


def test_seed_gold_is_solved(shared_dir):
    """The seed articles, end to end: every claim found with its value, nothing spurious."""
    out = evaluate(shared_dir / "seeds" / "gold.jsonl")
    assert out["matched"] == out["gold"] == out["pred"] == 4
    assert out["value_acc"] == 1.0 and out["category_acc"] == 1.0
    assert not out["span_errors"]


def test_match_is_one_to_one_largest_overlap_first():
    gold = [{"type": "monetary", "start": 0, "end": 10}, {"type": "monetary", "start": 12, "end": 20}]
    pred = [{"type": "monetary", "start": 5, "end": 15}, {"type": "casualty", "start": 0, "end": 10}]
    pairs = match_claims(gold, pred)
    assert pairs == [(gold[0], pred[0])]


def test_report_lists_misses(shared_dir):
    gold = load_gold(shared_dir / "seeds" / "gold.jsonl")
    out = score(gold, {})
    text = format_report(out, show=True)
    assert "missed" in text and "headline (detection F1 x value accuracy): 0.000" in text


@pytest.mark.parametrize(
    "content,code", [("{not json\n", "E006"), (json.dumps({"id": "a", "text": "x"}) + "\n", "E007")]
)
def test_load_gold_errors(tmp_path, content, code):
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=code):
        load_gold(path)
