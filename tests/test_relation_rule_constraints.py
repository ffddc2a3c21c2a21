"""What the relation model's decoding keeps of the rule stage: a rule filler the model may
replace but not silently drop (``rule_kept``), roles the rules decide (``rule_fixed``), one phrase in two roles where the rules gave it both, the rules' written spans
of the party the model chose, and place adjuncts that are no parties."""

from __future__ import annotations

import numpy as np

from claimex.pipeline.relations import ClaimDecision
from claimex.relation_model.dataset import LABELS, analyse
from claimex.relation_model.decode import decode
from claimex.relation_model.features import Featurizer
from claimex.relation_model.rule_constraints import adopt_rule_spans, apply_settled_roles, place_adjuncts

_P_TYPE = np.array([[0.1, 0.8, 0.1]])
_P_CAT = np.full((1, len(LABELS.categories)), 1.0 / len(LABELS.categories))
_P_HEDGED = np.array([[0.9, 0.1]])
# columns: none, agent, recipient, victim, source
_THRESHOLDS = {"agent": 0.3, "recipient": 0.3, "source": 0.3}


def _decode(p_role, votes, **kw):
    p = np.asarray(p_role, dtype=np.float64)
    return decode(LABELS, _P_TYPE, _P_CAT, _P_HEDGED, p, [0] * len(p), _THRESHOLDS, rule_votes=votes, **kw)[0]


def test_a_rule_filler_the_model_doubts_is_kept_above_its_floor():
    p_role = [[0.9, 0.0, 0.08, 0.0, 0.02], [0.95, 0.05, 0.0, 0.0, 0.0]]
    votes = [("recipient",), ()]
    assert "recipient" not in _decode(p_role, votes).roles
    assert _decode(p_role, votes, rule_kept={"recipient": 0.0}).roles["recipient"] == 0
    assert "recipient" not in _decode(p_role, votes, rule_kept={"recipient": 0.1}).roles  # the model is sure enough
    assert "recipient" not in _decode(p_role, [(), ()], rule_kept={"recipient": 0.0}).roles  # the rules left it empty


def test_a_likelier_phrase_still_replaces_a_kept_rule_filler():
    p_role = [[0.9, 0.0, 0.08, 0.0, 0.02], [0.3, 0.0, 0.7, 0.0, 0.0]]
    assert _decode(p_role, [("recipient",), ()], rule_kept={"recipient": 0.0}).roles["recipient"] == 1


def test_a_fixed_role_takes_the_rules_phrase_over_a_likelier_one():
    p_role = [[0.8, 0.0, 0.0, 0.0, 0.2], [0.3, 0.0, 0.0, 0.0, 0.7]]
    votes = [("source",), ()]
    assert _decode(p_role, votes).roles["source"] == 1
    assert _decode(p_role, votes, rule_fixed=("source",)).roles["source"] == 0
    # where the rules found no source, the role stays empty
    assert "source" not in _decode(p_role, [(), ()], rule_fixed=("source",)).roles
    assert _decode(p_role, [(), ()]).roles["source"] == 1


def test_one_phrase_takes_two_roles_only_where_the_rules_gave_it_both():
    p_role = [[0.0, 0.5, 0.0, 0.0, 0.5], [0.9, 0.0, 0.0, 0.0, 0.1]]
    both = _decode(p_role, [("agent", "source"), ()])
    assert both.roles == {"agent": 0, "source": 0}
    one = _decode(p_role, [("agent",), ()])
    assert len(one.roles) == 1  # one phrase, one role


def _doc_and_batch(nlp, text):
    doc = next(iter(analyse(nlp, [text])))
    return doc, Featurizer().featurize(doc, doc._.claimex_relations)


def test_a_place_after_a_preposition_of_place_stands_aside_but_not_a_direction(nlp):
    doc, batch = _doc_and_batch(nlp, "Die Reederei Nordwind muss in der Schweiz eine Buße von 2 Millionen Franken zahlen.")
    marked = {doc[c.at_start : c.at_end].text: m for c, m in zip(batch.candidates, place_adjuncts(doc, batch.candidates))}
    assert marked.get("Schweiz") is True and not any(v for k, v in marked.items() if "Nordwind" in k)
    doc, batch = _doc_and_batch(nlp, "Die Stiftung Lindenberg überweist 3 Millionen Euro in die Ukraine.")
    marked = {doc[c.at_start : c.at_end].text: m for c, m in zip(batch.candidates, place_adjuncts(doc, batch.candidates))}
    assert marked.get("Ukraine") is False


def test_the_rules_span_of_the_same_party_is_written(nlp):
    doc = nlp.make_doc("Laut Laura Wenger zahlt die Firma Koller 3 Millionen Euro an Wenger.")
    assert doc[7:10].text == "3 Millionen Euro" and doc[11].text == "Wenger"
    amount = doc[7:10]
    model = ClaimDecision(amount, "monetary", "payment", "model.monetary", roles={"source": doc[11:12], "agent": doc[6:7]})
    rule = ClaimDecision(amount, "monetary", "payment", "money.text", roles={"source": doc[1:3], "agent": doc[5:6]})
    adopt_rule_spans(model, rule)
    assert model.roles["source"].text == "Laura Wenger"  # the same referent, written as the rules do
    assert model.roles["agent"].text == "Koller"  # another party: the model's choice stands


def test_a_count_named_by_its_harm_noun_keeps_the_rules_empty_victim(nlp):
    doc = nlp.make_doc("Im Stollen warten 14 Eingeschlossene auf Rettung.")
    model = ClaimDecision(doc[3:4], "casualty", "missing", "model.casualty", roles={"victim": doc[4:5]})
    apply_settled_roles(model, ClaimDecision(doc[3:4], "casualty", "missing", "casualty.noun", roles={"victim": None}))
    assert model.roles["victim"] is None
    other = ClaimDecision(doc[3:4], "casualty", "missing", "model.casualty", roles={"victim": doc[4:5]})
    apply_settled_roles(other, ClaimDecision(doc[3:4], "casualty", "missing", "casualty.harm_person", roles={"victim": None}))
    assert other.roles["victim"] is not None
