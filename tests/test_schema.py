"""The contract ships with the package: its JSON Schema validates real output and refuses broken output."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path

import pytest

import claimex

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpora/claimex-de/dev.jsonl"


def _validator(name: str):
    schema = claimex.schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def records():
    docs = [json.loads(line) for line in DEV.open(encoding="utf-8")][:60]
    pairs = ((d["text"], d["id"]) for d in docs)
    return [
        {"id": doc_id, "claims": [c.to_dict() for c in claims], "claimex_version": claimex.__version__}
        for claims, doc_id in claimex.pipe(pairs, as_tuples=True)
    ]


def test_real_claims_and_records_validate(records):
    claim, record = _validator("claim"), _validator("record")
    claims = [c for r in records for c in r["claims"]]
    assert len(claims) > 100 and {c["type"] for c in claims} == {"monetary", "casualty"}
    for c in claims:
        assert not list(claim.iter_errors(c)), c
    for r in records:
        assert not list(record.iter_errors(r)), r["id"]


def test_schema_lists_exactly_the_fields_of_to_dict():
    (c,) = claimex.extract("Es gab 5 Tote.")
    definition = claimex.schema("claim")["$defs"]["claim"]
    assert definition["required"] == list(c.to_dict()) == list(definition["properties"])


@pytest.mark.parametrize(
    "breakage",
    [
        lambda c: c.pop("confidence"),
        lambda c: c.update(extra=1),
        lambda c: c.update(unit="EUR"),  # a casualty counts persons
        lambda c: c.update(category="damage"),  # a monetary category
        lambda c: c.update(start=-1),
        lambda c: c.update(low=None, high=None),
        lambda c: c.update(trigger={"text": "Tote", "start": 9}),
        lambda c: c.update(confidence=1.5),
        lambda c: c.update(low="5"),
    ],
)
def test_schema_refuses_broken_claims(breakage):
    (c,) = claimex.extract("Es gab 5 Tote.")
    broken = copy.deepcopy(c.to_dict())
    breakage(broken)
    assert list(_validator("claim").iter_errors(broken))


def test_record_needs_its_three_fields(records):
    validator = _validator("record")
    for field in ("id", "claims", "claimex_version"):
        broken = {k: v for k, v in records[0].items() if k != field}
        assert list(validator.iter_errors(broken))


def test_unknown_schema_name():
    with pytest.raises(ValueError, match="E017"):
        claimex.schema("gold")


def test_contract_ships_with_the_package():
    contract = resources.files("claimex").joinpath("CONTRACT.md").read_text(encoding="utf-8")
    (c,) = claimex.extract("Es gab 5 Tote.")
    for field in c.to_dict():
        assert f"`{field}`" in contract
    assert "../shared" not in contract
