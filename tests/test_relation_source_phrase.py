"""A candidate in the phrase that credits the rules' source ("laut der Studie von A von der
X-Universität") is not made a party of the claim by the relation model."""

from __future__ import annotations

import numpy as np

from claimex.relation_model.dataset import LABELS, analyse
from claimex.relation_model.decode import decode
from claimex.relation_model.features import Featurizer

_P_TYPE = np.array([[0.1, 0.8, 0.1]])
_P_CAT = np.full((1, len(LABELS.categories)), 1.0 / len(LABELS.categories))
_P_HEDGED = np.array([[0.9, 0.1]])


def test_a_credited_phrase_takes_no_party_role_the_rules_did_not_give_it():
    # candidate 0 is the model's likeliest agent but lies in the source's phrase; candidate 1 is next
    p_role = np.array([[0.2, 0.6, 0.0, 0.0, 0.2], [0.5, 0.4, 0.0, 0.0, 0.1]])
    args = (LABELS, _P_TYPE, _P_CAT, _P_HEDGED, p_role, [0, 0], {"agent": 0.3, "source": 0.15})
    free = decode(*args, rule_votes=[(), ()])[0]
    assert free.roles["agent"] == 0
    credited = decode(*args, rule_votes=[(), ()], aside=[True, False])[0]
    assert credited.roles == {"agent": 1, "source": 0}  # still the source, no longer the payer
    # the rules named it the payer too: the constraint does not overrule them
    voted = decode(*args, rule_votes=[("agent",), ()], aside=[True, False])[0]
    assert voted.roles["agent"] == 0


def _marked(nlp, text: str) -> dict[str, bool]:
    doc = next(iter(analyse(nlp, [text])))
    batch = Featurizer().featurize(doc, doc._.claimex_relations)
    return {doc[c.at_start : c.at_end].text: m for c, m in zip(batch.candidates, batch.in_source_phrase)}


def test_the_source_phrase_reaches_what_hangs_on_a_credited_source(nlp):
    marked = _marked(
        nlp,
        "Laut einer Studie von Peter Schulz von der Universität Leipzig hat die Stadt Dresden "
        "4 Millionen Euro an den Sportverein gezahlt.",
    )
    # the mention layer may cut "Universität Leipzig" in two; decoding joins the parts (phrase_groups)
    assert any(m for name, m in marked.items() if "Universität" in name)
    assert marked.get("Peter Schulz")
    assert not any(m for name, m in marked.items() if "Dresden" in name or "Sportverein" in name)


def test_a_source_that_is_the_subject_is_no_credited_phrase(nlp):
    # the speaker may be the payer: "Der Konzern teilte mit, er zahle ..."
    marked = _marked(nlp, "Der Autobauer Volkswagen teilte mit, er zahle den Klägern 9 Millionen Euro.")
    assert marked and not any(marked.values())
