"""The relation model's role policy: the per-amount role softmax (candidates compete for a role)
and the rules' prior per role."""

from __future__ import annotations

import numpy as np
import pytest

from claimex.relation_model.dataset import LABELS, Labels
from claimex.relation_model.decode import amount_softmax, decode, softmax

AMOUNT = Labels(role_scope="amount")


def _logits(seed: int = 0, n_pairs: int = 5) -> np.ndarray:
    return np.random.default_rng(seed).normal(scale=2.0, size=(n_pairs, len(LABELS.roles)))


def test_amount_softmax_is_a_softmax_over_each_amounts_candidates_and_none():
    z = _logits()
    pair_amount = [0, 0, 0, 1, 1]
    t = 1.7
    got = amount_softmax(softmax(z, t), pair_amount, 2)
    for amount, pairs in ((0, [0, 1, 2]), (1, [3, 4])):
        for r in range(1, len(LABELS.roles)):
            scores = np.r_[0.0, [(z[p, r] - z[p, 0]) / t for p in pairs]]  # "none" slot first
            expected = np.exp(scores) / np.exp(scores).sum()
            np.testing.assert_allclose(got[pairs, r], expected[1:], rtol=1e-9)
            assert got[pairs, r].sum() < 1.0


def test_amount_scope_makes_candidates_compete():
    # two candidates both likely agents on their own: per pair each passes 0.5, per amount neither does
    p_type = np.array([[0.1, 0.8, 0.1]])
    p_cat = np.full((1, len(LABELS.categories)), 1.0 / len(LABELS.categories))
    p_hedged = np.array([[0.9, 0.1]])
    p_role = np.array([[0.3, 0.7, 0.0, 0.0, 0.0], [0.3, 0.7, 0.0, 0.0, 0.0]])
    thresholds = {"agent": 0.5}
    per_pair = decode(LABELS, p_type, p_cat, p_hedged, p_role, [0, 0], thresholds)[0]
    per_amount = decode(AMOUNT, p_type, p_cat, p_hedged, p_role, [0, 0], thresholds)[0]
    assert "agent" in per_pair.roles
    assert "agent" not in per_amount.roles
    # the empty role's confidence is the amount's "none" slot: 1 / (1 + 7/3 + 7/3)
    assert per_amount.role_probability["agent"] == pytest.approx(1 / (1 + 14 / 3))


def test_rule_bias_per_role():
    # the rules chose candidate 1 as agent and as source; the model prefers candidate 0 for both
    p_type = np.array([[0.1, 0.8, 0.1]])
    p_cat = np.full((1, len(LABELS.categories)), 1.0 / len(LABELS.categories))
    p_hedged = np.array([[0.9, 0.1]])
    p_role = np.array([[0.1, 0.5, 0.0, 0.0, 0.4], [0.35, 0.35, 0.0, 0.0, 0.3]])
    votes = [(), ("agent", "source")]
    args = (LABELS, p_type, p_cat, p_hedged, p_role, [0, 0], {"agent": 0.3, "source": 0.25}, None, votes)
    model_wins = decode(*args, rule_bias=0.0)[0]
    assert model_wins.roles == {"agent": 0, "source": 1}  # candidate 0 took agent, so source goes to 1
    per_role = decode(*args, rule_bias={"agent": 0.2, "source": 0.0})[0]
    assert per_role.roles["agent"] == 1  # the rules' agent kept: the model is not surer by 0.2
    assert per_role.roles["source"] == 0  # no prior for source: the model's pick
    assert per_role.role_probability["agent"] == pytest.approx(0.35)


def test_the_parts_of_one_phrase_are_one_candidate():
    # pairs 0 and 1 are two parts of one noun phrase: as source neither passes 0.4 alone, together they do
    p_type = np.array([[0.1, 0.1, 0.8]])
    p_cat = np.full((1, len(LABELS.categories)), 1.0 / len(LABELS.categories))
    p_hedged = np.array([[0.9, 0.1]])
    # odds of source against none 0.5 and 0.4: per amount 0.5 / 1.9 and 0.4 / 1.9
    p_role = np.array([[2 / 3, 0.0, 0.0, 0.0, 1 / 3], [5 / 7, 0.0, 0.0, 0.0, 2 / 7], [0.9, 0.1, 0.0, 0.0, 0.0]])
    args = (AMOUNT, p_type, p_cat, p_hedged, p_role, [0, 0, 0], {"source": 0.4, "agent": 0.9})
    apart = decode(*args)[0]
    assert "source" not in apart.roles
    together = decode(*args, pair_group=[0, 0, 2])[0]
    assert together.roles["source"] == 0  # the likelier part names the phrase
    assert together.role_pairs["source"] == (0, 1)
    q = amount_softmax(p_role, [0, 0, 0], 1)
    assert together.role_probability["source"] == pytest.approx(q[0, 4] + q[1, 4])


def test_amount_role_loss_is_the_nll_of_the_amount_softmax():
    torch = pytest.importorskip("torch")
    from claimex.relation_model.train import _role_columns, amount_role_loss, amount_role_nll

    z = _logits(3, 6)
    pair_amount = np.array([0, 0, 0, 1, 1, 1])
    none, agent, recipient, victim, source = range(5)
    y = np.array([none, agent, source, victim, none, none])
    types = np.array([LABELS.types.index("monetary"), LABELS.types.index("casualty")])
    allowed = _role_columns(LABELS)[types]
    loss = amount_role_loss(
        torch, torch.tensor(z), torch.tensor(y), torch.tensor(pair_amount), torch.tensor(allowed)
    )
    # by hand: monetary amount 0 has agent = pair 1, recipient none, source = pair 2;
    # casualty amount 1 has agent none, victim = pair 3, source none
    q = amount_softmax(softmax(z, 1.0), pair_amount, 2)
    none_of = lambda a, r: 1.0 - q[pair_amount == a, r].sum()  # noqa: E731
    expected = -np.log([q[1, agent], none_of(0, recipient), q[2, source], none_of(1, agent), q[3, victim], none_of(1, source)])
    assert float(loss) == pytest.approx(expected.sum(), rel=1e-6)
    da = {"type": types, "pair_amount": pair_amount, "role": y}
    assert amount_role_nll(z, da, AMOUNT, 1.0) == pytest.approx(expected.mean(), rel=1e-6)


def test_rule_categories_replace_the_models_within_the_claim_type():
    from claimex.relation_model.decode import AmountDecision
    from claimex.relation_model.inference import apply_rule_categories

    p_category = np.zeros((3, len(LABELS.categories)))
    money = [LABELS.categories.index(c) for c in LABELS.type_categories["monetary"]]
    p_category[:, money] = [0.5, 0.2, 0.1, 0.1, 0.05, 0.05]  # value, payment, cost, damage, revenue, other
    decisions = [
        AmountDecision("monetary", 0.9, "value", 0.5),
        AmountDecision("monetary", 0.9, "value", 0.5),
        AmountDecision("none", 0.9),
    ]
    # the rules' cost replaces the model's value, a casualty category cannot, and a non-claim stays one
    apply_rule_categories(decisions, ["cost", "killed", "payment"], LABELS, p_category)
    assert [d.category for d in decisions] == ["cost", "value", None]
    assert decisions[0].category_probability == pytest.approx(0.1)
    assert decisions[1].category_probability == 0.5


def test_a_chosen_document_gives_its_role_to_the_author_named_after_it():
    import spacy

    from claimex.relation_model.candidates import Candidate
    from claimex.relation_model.inference import _author_of

    doc = spacy.blank("de")("Laut einer Studie von Anna Berger kostet der Umbau 4 Millionen Euro")
    study = Candidate(2, 3, 2, 3, "document", 0)
    author = Candidate(4, 6, 4, 6, "person", 0)
    assert _author_of(doc, study, [study, author]) is author
    # a person is no document, and a document without its author named after it keeps the role
    assert _author_of(doc, author, [study, author]) is author
    assert _author_of(doc, Candidate(8, 9, 8, 9, "document", 0), [author]).start == 8


def test_the_phrase_loss_counts_every_part_of_the_gold_phrase():
    torch = pytest.importorskip("torch")
    from claimex.relation_model.train import _role_columns, amount_role_loss

    z = _logits(4, 4)
    pair_amount = np.array([0, 0, 0, 0])
    none, agent, recipient, victim, source = range(5)
    y = np.array([none, source, none, agent])  # pair 1 is the source; pairs 1 and 2 are one phrase
    allowed = _role_columns(LABELS)[[LABELS.types.index("monetary")]]
    args = (torch, torch.tensor(z), torch.tensor(y), torch.tensor(pair_amount), torch.tensor(allowed))
    alone = amount_role_loss(*args, torch.tensor([0, 1, 2, 3]))
    assert float(alone) == pytest.approx(float(amount_role_loss(*args)))  # every pair its own phrase
    phrase = amount_role_loss(*args, torch.tensor([0, 1, 1, 3]))
    q = amount_softmax(softmax(z, 1.0), pair_amount, 1)
    expected = -np.log([q[3, agent], 1.0 - q[:, recipient].sum(), q[1, source] + q[2, source]])
    assert float(phrase) == pytest.approx(expected.sum(), rel=1e-5)
