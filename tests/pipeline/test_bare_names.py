"""Bare names (no article, no cue word) in role positions: the mention layer admits a capitalised
word the lexicons do not know where the name classifier (models/names) calls it a name; common
nouns, sentence openers, units and place phrases stay out. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimex import extract
from claimex.pipeline.mentions import MENTIONS_KEY


def _mentions(doc: Doc) -> dict[str, str]:
    return {s.text: s._.mention_kind for s in doc.spans[MENTIONS_KEY]}


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("Nach der Einigung muss Qantrix den Aktionären 80 Millionen Euro erstatten.", "Qantrix"),  # after a modal
        ("Die Wettbewerbshüter verhängten gegen Lumexa eine Buße von 14 Millionen Euro.", "Lumexa"),  # gegen
        ("Die Übernahme wird durch Pentavia finanziert.", "Pentavia"),  # durch
        ("Im Frühjahr überwies die Stiftung 3 Millionen Euro an Kowalczyk.", "Kowalczyk"),  # an
        ("Die Stadt verlangt von Zyntek 2 Millionen Euro.", "Zyntek"),  # von after a verb
        ("Ein Schiedsgericht verurteilte Dracolia zur Zahlung von 60 Millionen Dollar.", "Dracolia"),  # after a verb
        # a capitalised word no lexicon knows goes on with the name, whatever the classifier says of it
        ("Der Klub überwies an Aston Villa eine Ablöse von 30 Millionen Euro.", "Aston Villa"),
    ],
)
def test_a_bare_name_in_a_role_position_is_an_organisation(nlp, sentence, name):
    assert _mentions(nlp(sentence)).get(name) == "organisation"


def test_a_bare_name_found_once_is_found_again_opening_a_sentence(nlp):
    doc = nlp("Die Behörde verhängte gegen Lumexa eine Strafe. Lumexa prüft nun eine Beschwerde.")
    assert [s.text for s in doc.spans[MENTIONS_KEY]].count("Lumexa") == 2


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Gegen die Zinswende sprach sich die Notenbank aus.", "Zinswende"),  # a common noun after gegen
        ("Nach der Einigung muss Beitragserhöhung warten.", "Beitragserhöhung"),  # a common noun after a modal
        ("Zinswende kostet die Sparer 4 Millionen Euro.", "Zinswende"),  # a common noun opening the sentence
        ("Der Kurs für Dollar und Euro fiel am Montag.", "Dollar"),  # a currency
        ("Der Verband zahlt an Milliarden Sparer nichts aus.", "Milliarden"),  # a scale noun
        ("Die Summe stieg von Januar bis Montag auf 3 Millionen Dollar an.", "Januar"),  # a month
        ("Eine Ortschaft nördlich von Zyntek wurde evakuiert.", "Zyntek"),  # a place phrase
        ("Das Hochwasser an der Pentavia richtete Schäden an.", "Pentavia"),  # "an der": a river, a street
    ],
)
def test_common_nouns_units_and_place_phrases_are_no_bare_names(nlp, sentence, word):
    assert word not in _mentions(nlp(sentence))


def test_a_title_before_a_persons_name_is_no_bare_name(nlp):
    found = _mentions(nlp("Die Einigung sei fair, sagte Qantrix-Vize Olaf Brenner."))
    assert "Qantrix-Vize" not in found


@pytest.mark.parametrize(
    "text,amount,roles",
    [
        ("Nach der Einigung muss Qantrix den Aktionären 80 Millionen Euro erstatten.", "80 Millionen Euro", {"agent": "Qantrix"}),
        (
            "Laut dem Urteil soll Lumexa an Pentavia 45 Millionen Euro Schadenersatz zahlen.",
            "45 Millionen Euro",
            {"agent": "Lumexa", "recipient": "Pentavia"},
        ),
        ("Ein Schiedsgericht verurteilte Zyntek zur Zahlung von 60 Millionen Dollar.", "60 Millionen Dollar", {"agent": "Zyntek"}),
        (
            "Bei dem Verkauf erhielt Dracolia 300 Millionen Euro von Velorix.",
            "300 Millionen Euro",
            {"agent": "Velorix", "recipient": "Dracolia"},
        ),
        (
            "Bei dem Überfall auf das Dorf tötete Vortanix nach Angaben der Armee 14 Zivilisten.",
            "14",
            {"agent": "Vortanix", "source": "Armee"},
        ),
        (
            "Im Tarifstreit muss Ostrowski an die Beschäftigten 2 Millionen Euro nachzahlen.",
            "2 Millionen Euro",
            {"agent": "Ostrowski", "recipient": "Beschäftigten"},
        ),
    ],
)
def test_extract_fills_roles_with_bare_names(text, amount, roles):
    claim = next(c for c in extract(text) if c.text == amount)
    for role, expected in roles.items():
        assert getattr(claim, role) is not None and getattr(claim, role).text == expected, role


def test_extract_keeps_a_common_noun_opening_a_sentence_out_of_the_roles():
    claim = next(c for c in extract("Zinswende kostet die Sparer 4 Millionen Euro.") if c.text == "4 Millionen Euro")
    assert claim.agent is None or claim.agent.text != "Zinswende"
