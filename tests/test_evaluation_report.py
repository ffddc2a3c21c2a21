"""What `claimex evaluate` reports beyond score.py's figures, on hand-made gold and predictions
whose counts are known: per-category P/R/F1, confusion matrices, role P/R, findings, slices."""

from __future__ import annotations

import json

import pytest

from claimex.evaluation import format_report, score
from claimex.scoring.slices import group_by_meta

TEXT = (
    "Die Firma Alpha zahlte 5 Millionen Euro an Beta. "
    "Die Stadt plant Kosten von 2 Millionen Euro. "
    "Der Schaden beträgt 3 Millionen Euro. "
    "Bei dem Unfall starben 4 Menschen. "
    "Gamma verkaufte Waren für 7 Millionen Euro."
)


def span(text: str, part: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"text": part, "start": start, "end": start + len(part)}


def claim(text: str, amount: str, type_: str = "monetary", category: str = "payment", **fields) -> dict:
    out = {
        **span(text, amount),
        "type": type_,
        "category": category,
        "low": fields.pop("low", 1.0),
        "high": fields.pop("high", 1.0),
        "unit": fields.pop("unit", "EUR" if type_ == "monetary" else "persons"),
        "hedged": fields.pop("hedged", False),
        "approximate": False,
    }
    for role in ("agent", "recipient", "victim", "source"):
        name = fields.pop(role, None)
        out[role] = span(text, name) if name else None
    out.update(fields)
    return out


def gold_doc(doc_id: str = "d1", **meta) -> dict:
    t = TEXT
    return {
        "id": doc_id,
        "text": t,
        "meta": meta,
        "claims": [
            claim(t, "5 Millionen Euro", category="payment", agent="Firma Alpha", recipient="Beta"),
            claim(t, "2 Millionen Euro", category="cost", agent="Stadt"),
            claim(t, "3 Millionen Euro", category="damage"),
            claim(t, "4", "casualty", "killed", victim="Menschen"),
        ],
    }


def pred_claims() -> list[dict]:
    t = TEXT
    return [
        claim(t, "5 Millionen Euro", category="payment", agent="Alpha", recipient="Beta", confidence=0.9),
        # category wrong (cost -> payment), agent missed, hedge wrong, value wrong
        claim(t, "2 Millionen Euro", category="payment", hedged=True, low=2.0, high=2.0, confidence=0.8),
        # "3 Millionen Euro" (damage) is missed; this claim matches no gold claim
        claim(t, "7 Millionen Euro", category="cost", agent="Gamma", confidence=0.4),
        # category wrong (killed -> injured), victim right
        claim(t, "4", "casualty", "injured", victim="Menschen", confidence=0.7),
    ]


@pytest.fixture
def scored() -> dict:
    return score([gold_doc()], {"d1": pred_claims()})


def test_detection_counts(scored):
    assert (scored["gold"], scored["pred"], scored["matched"]) == (4, 4, 3)


def test_per_category_precision_recall(scored):
    money = scored["categories"]["monetary"]
    # payment: found once (5 Mio.), predicted twice (5 Mio., 2 Mio.), gold once
    assert money["payment"]["precision"] == pytest.approx(0.5)
    assert money["payment"]["recall"] == pytest.approx(1.0)
    assert money["payment"]["f1"] == pytest.approx(2 / 3)
    assert (money["payment"]["gold"], money["payment"]["pred"]) == (1, 2)
    # cost: gold 2 Mio. got payment, the spurious 7 Mio. says cost
    assert (money["cost"]["precision"], money["cost"]["recall"]) == (0.0, 0.0)
    assert (money["cost"]["gold"], money["cost"]["pred"]) == (1, 1)
    # damage: missed claim counts against its category's recall
    assert (money["damage"]["gold"], money["damage"]["pred"], money["damage"]["recall"]) == (1, 0, 0.0)
    casualty = scored["categories"]["casualty"]
    assert (casualty["killed"]["recall"], casualty["injured"]["precision"]) == (0.0, 0.0)
    assert (casualty["killed"]["gold"], casualty["injured"]["pred"]) == (1, 1)


def test_confusion_matrix_cells(scored):
    money = scored["confusion"]["monetary"]
    labels, m = money["labels"], money["matrix"]
    cell = {(g, p): m[i][j] for i, g in enumerate(labels) for j, p in enumerate(labels)}
    assert cell[("payment", "payment")] == 1
    assert cell[("cost", "payment")] == 1
    assert sum(map(sum, m)) == 2  # matched monetary pairs only: the miss and the spurious claim are not in it
    casualty = scored["confusion"]["casualty"]
    i, j = casualty["labels"].index("killed"), casualty["labels"].index("injured")
    assert casualty["matrix"][i][j] == 1 and sum(map(sum, casualty["matrix"])) == 1
    assert set(labels) >= {"value", "payment", "cost", "damage", "revenue", "other"}


def test_role_precision_and_recall(scored):
    agent = scored["roles"]["agent"]
    # gold agents: Firma Alpha, Stadt; predicted: Alpha (overlaps), Gamma (on a spurious claim)
    assert (agent["gold"], agent["pred"]) == (2, 2)
    assert agent["precision"] == pytest.approx(0.5) and agent["recall"] == pytest.approx(0.5)
    victim = scored["roles"]["victim"]
    assert victim["precision"] == victim["recall"] == 1.0


def test_findings_name_each_error_with_its_sentence(scored):
    kinds = {(f["kind"], f["field"], f["text"]) for f in scored["findings"]}
    assert kinds == {
        ("missed", None, "3 Millionen Euro"),
        ("spurious", None, "7 Millionen Euro"),
        ("value", None, "2 Millionen Euro"),
        ("category", None, "2 Millionen Euro"),
        ("hedged", None, "2 Millionen Euro"),
        ("role", "agent", "2 Millionen Euro"),
        ("category", None, "4"),
    }
    by_text = {f["text"]: f for f in scored["findings"]}
    assert by_text["3 Millionen Euro"]["sentence"]["text"] == "Der Schaden beträgt 3 Millionen Euro."
    category = next(f for f in scored["findings"] if f["kind"] == "category" and f["text"] == "4")
    assert (category["gold"], category["predicted"]) == ("killed", "injured")
    assert scored["finding_counts"]["role.agent"] == 1 and scored["finding_counts"]["missed"] == 1


def test_report_shows_findings_and_tables(scored):
    text = format_report(scored, show=True)
    assert "Die Stadt plant Kosten von »2 Millionen Euro«." in text
    assert "role agent" in text and "gold 'Stadt'  predicted None" in text
    assert "confusion monetary" in text and "payment" in text
    assert "findings" not in format_report(scored, show=False)


def test_slices_add_up_to_the_whole():
    docs = [gold_doc(f"d{i}", region=r, writer=f"w{i % 3}") for i, r in enumerate(["de", "at", "de", "ch", "at"])]
    docs.append({**gold_doc("d9"), "meta": {}})  # no region: its own slice
    preds = {d["id"]: pred_claims()[: 1 + int(d["id"][1:]) % 4] for d in docs}
    whole = score(docs, preds)
    for field in ("region", "writer"):
        groups = group_by_meta(docs, field)
        parts = [score(g, preds) for g in groups.values()]
        for key in ("docs", "gold", "pred", "matched"):
            assert sum(p[key] for p in parts) == whole[key]
        for role in whole["roles"]:
            for key in ("gold", "pred"):
                assert sum(p["roles"][role][key] for p in parts) == whole["roles"][role][key]
        for kind, n in whole["finding_counts"].items():
            assert sum(p["finding_counts"][kind] for p in parts) == n
        for t, cm in whole["confusion"].items():
            total = sum(sum(map(sum, p["confusion"][t]["matrix"])) for p in parts if t in p["confusion"])
            assert total == sum(map(sum, cm["matrix"]))
    assert list(group_by_meta(docs, "region")) == ["(none)", "at", "ch", "de"]


def test_scores_are_json(scored):
    assert json.loads(json.dumps(scored))["categories"]["monetary"]["payment"]["pred"] == 2
