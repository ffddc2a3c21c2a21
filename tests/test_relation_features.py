"""The relation model's fast featurizer gives, id for id, the features of the straightforward
reference (tests/reference_relation_features.py) that the shipped weights were trained on."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from claimex.relation_model.dataset import analyse
from claimex.relation_model.features import Featurizer
from claimex.relation_model.inference import RelationModel
from claimex.relation_model.network import DEFAULT_MODEL_DIR
from tests.conftest import ROOT

from . import reference_relation_features as reference

# Texts that reach the corners of the features: no amount; amounts in the headline and in later
# paragraphs; pronouns with and without antecedents; mentions before, after and in other
# sentences; several amounts in one sentence; reporting clauses and hedges.
TEXTS = [
    "Keine Zahl steht in diesem Text, nur Worte über das Wetter in Hamburg.",
    "Konzern zahlt 5 Millionen Euro\n\nDie Siemens AG zahlt den Opfern 5 Millionen Euro. Sie teilte das am Montag mit.",
    "Bei dem Anschlag in Kabul wurden nach Angaben der Polizei 12 Menschen getötet und 30 verletzt, "
    "sagte ein Sprecher des Innenministeriums.\n\nEr sprach von möglicherweise bis zu 40 Toten. "
    "Die Regierung zahlt den Familien je 2000 Dollar.",
    "Polen erhält 20 Milliarden Euro, Rumänien 15 Milliarden Euro.\n\nDas teilte die EU-Kommission mit. "
    "Brüssel – Die Behörde legte am Montag ihre Bilanz vor. Demnach kamen 14 Menschen ums Leben.",
    "Das Gericht verurteilte den Konzern zur Zahlung von 3,5 Millionen Euro an die Kläger; "
    "er muss zudem 200.000 Euro Schmerzensgeld zahlen, wie eine Sprecherin sagte.",
]


def _corpus_texts(n: int) -> list[str]:
    path = ROOT / "corpora" / "claimex-de" / "dev.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for _, line in zip(range(n), f)]


@pytest.fixture(scope="module")
def analysed(nlp):
    """(doc, rule decisions) of each text: the pipeline up to the relation stage, then the rules."""
    texts = TEXTS + [(ROOT / "examples" / "bericht_unwetter.txt").read_text(encoding="utf-8")] + _corpus_texts(40)
    return [(doc, doc._.claimex_relations) for doc in analyse(nlp, texts)]


def _as_plain(batch) -> dict:
    return {
        "amounts": [(a.start, a.end) for a in batch.amounts],
        "rule": [None if r is None else (r.amount.start, r.amount.end, r.type) for r in batch.rule],
        "amount_features": [list(ids) for ids in batch.amount_features],
        # the fast featurizer keeps a candidate's own ids apart (pair_bags joins them), the reference
        # does not; a bag is summed, so its order does not count
        "pair_features": [sorted(ids) for ids in (batch.pair_bags() if hasattr(batch, "pair_bags") else batch.pair_features)],
        "pair_amount": batch.pair_amount,
        "candidates": [vars(c) for c in batch.candidates],
        "rule_votes": batch.rule_votes,
        "vector_shapes": (batch.amount_vectors.shape, batch.pair_vectors.shape),
    }


@pytest.mark.parametrize("n_buckets", [1 << 16, 1 << 10])
def test_fast_features_equal_the_reference(analysed, n_buckets):
    fast, slow = Featurizer(n_buckets), reference.Featurizer(n_buckets)
    n_pairs = 0
    for _ in range(2):  # the second pass reads the remembered ids and the doc caches
        for doc, decisions in analysed:
            expected = _as_plain(slow.featurize(doc, decisions))
            assert _as_plain(fast.featurize(doc, decisions)) == expected, doc.text[:80]
            n_pairs += len(expected["pair_features"])
    assert n_pairs > 500  # the texts reach many pairs, so the comparison means something


@pytest.mark.parametrize("where", ["first", "last"])
def test_rule_spans_anywhere_give_the_reference_features(analysed, where):
    """The rules' roles moved to the doc's first or last word (a "rule" candidate, often in a
    sentence whose tags were never scanned) give the same features as in the reference."""
    fast, slow = Featurizer(), reference.Featurizer()
    for doc, decisions in analysed:
        at = doc[0:1] if where == "first" else doc[len(doc) - 2 : len(doc) - 1]
        moved = [replace(d, roles={**d.roles, "agent": at, "source": at}) for d in decisions]
        assert _as_plain(fast.featurize(doc, moved)) == _as_plain(slow.featurize(doc, moved)), doc.text[:80]


def _decided(doc, decisions):
    return [
        (d.amount.start, d.type, d.category, d.hedged, {r: (s.start, s.end) if s is not None else None for r, s in d.roles.items()})
        for d in decisions
    ]


def test_leaving_out_the_pairs_of_non_claims_keeps_every_decision(analysed):
    """Inference builds pairs only for the amounts the type head makes claims; the claims, roles
    and confidences are those of scoring every pair."""
    model = RelationModel.load(DEFAULT_MODEL_DIR)
    n_left_out = 0
    for doc, decisions in analysed:
        full = model.featurizer.featurize(doc, decisions)
        expected = [
            model._recalibrated(model._claim_decision(doc, a, r, d, full))  # as decide() gives them
            for a, r, d in zip(full.amounts, full.rule, model.decide_batch(full))
            if d.type != "none"
        ]
        got = model.decide(doc, decisions)
        assert _decided(doc, got) == _decided(doc, expected), doc.text[:80]
        for g, e in zip(got, expected):
            assert g.confidence == pytest.approx(e.confidence, abs=1e-6)  # float32 products of other batch sizes
            # a recalibrated field confidence amplifies that float32 noise (2e-4 seen on a source)
            assert g.field_confidence == pytest.approx(e.field_confidence, abs=5e-4)
        n_left_out += len(full.candidates) - len(model.featurizer.featurize(doc, decisions, pairs_for=model.claim_amounts).candidates)
    assert n_left_out > 0  # some amounts are no claims, so the shortcut was taken
