"""scripts/normalise_role_occurrence.py: name roles move to the referent's nearest occurrence, nothing else."""
import importlib.util
import sys

import pytest

from claimex.corpus.authoring import resolve_document
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def norm():
    spec = importlib.util.spec_from_file_location("normalise_role_occurrence",
                                                  ROOT / "scripts" / "normalise_role_occurrence.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def _doc(text, role, value, entities, amount="40 Millionen Euro"):
    claim = {"category": "revenue", "hedged": False, "trigger": None, "agent": None, "recipient": None,
             "victim": None, "source": None, "time": None, "location": None, role: value}
    return {"id": "cx-w99-0001", "meta": {}, "text": text, "entities": entities,
            "amounts": [{"text": amount, "kind": "money", "low": 4e7, "high": 4e7, "approximate": False,
                         "unit": "EUR", "claim": claim}]}


def _resolved(doc, role):
    resolved, problems = resolve_document(doc)
    assert problems == []
    span = resolved["claims"][0][role]
    return span["text"], span["start"]


PADDING = " Die Lage bleibt angespannt, heißt es in der Branche." * 4


def test_full_name_moves_to_the_surname_nearest_the_amount(norm):
    text = "Katrin Hollmann leitet die Firma." + PADDING + " Hollmann sagte, der Umsatz sei auf 40 Millionen Euro gestiegen."
    doc = _doc(text, "source", "Katrin Hollmann", [{"text": "Katrin Hollmann", "label": "PER"}])
    new, changes = norm.normalise_document(doc)
    assert [(c.old, c.new, c.test) for c in changes] == [("Katrin Hollmann", "Hollmann", "surname")]
    assert _resolved(new, "source") == ("Hollmann", text.index("Hollmann sagte"))
    assert doc["amounts"][0]["claim"]["source"] == "Katrin Hollmann"  # the input is not modified


def test_surname_shared_by_two_people_is_left_alone(norm):
    text = ("Katrin Hollmann und Peter Hollmann leiten die Firma." + PADDING
            + " Hollmann sagte, der Umsatz sei auf 40 Millionen Euro gestiegen.")
    ents = [{"text": "Katrin Hollmann", "label": "PER"}, {"text": "Peter Hollmann", "label": "PER"}]
    new, changes = norm.normalise_document(_doc(text, "source", "Katrin Hollmann", ents))
    assert changes == []


def test_company_form_and_short_name(norm):
    text = "Die Weldtec GmbH aus Ulm meldet Zahlen." + PADDING + " Weldtec setzte 40 Millionen Euro um."
    doc = _doc(text, "recipient", "Weldtec GmbH", [{"text": "Weldtec GmbH", "label": "ORG"}])
    new, changes = norm.normalise_document(doc)
    assert [c.test for c in changes] == ["organisation form"]
    assert _resolved(new, "recipient") == ("Weldtec", text.index("Weldtec setzte"))


def test_common_nouns_and_generic_bodies_are_not_moved(norm):
    text = "Die Regierung in Wien zahlt." + PADDING + " Die Regierung in Rom zahlt 40 Millionen Euro."
    doc = _doc(text, "agent", "Die [Regierung] in Wien", [{"text": "Regierung", "label": "ORG"}])
    assert norm.normalise_document(doc)[1] == []


def test_bracket_form_when_a_nearer_string_is_another_referent(norm):
    text = ("Katrin Hollmann leitet die Firma." + PADDING + " Hollmann sagte, der Umsatz sei gestiegen,"
            " auf 40 Millionen Euro, so die Hollmann-Stiftung.")
    ents = [{"text": "Katrin Hollmann", "label": "PER"}, {"text": "Hollmann-Stiftung", "label": "ORG"}]
    new, changes = norm.normalise_document(_doc(text, "source", "Katrin Hollmann", ents))
    assert len(changes) == 1 and "[Hollmann]" in changes[0].new
    assert _resolved(new, "source") == ("Hollmann", text.index("Hollmann sagte"))


def test_normalising_twice_changes_nothing(norm):
    text = "Katrin Hollmann leitet die Firma." + PADDING + " Hollmann sagte, der Umsatz sei auf 40 Millionen Euro gestiegen."
    once, _ = norm.normalise_document(_doc(text, "source", "Katrin Hollmann", [{"text": "Katrin Hollmann", "label": "PER"}]))
    assert norm.normalise_document(once)[1] == []
