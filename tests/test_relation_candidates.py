"""Candidates of the relation model: which mentions may fill a role of an amount."""

from __future__ import annotations

import pytest

from claimex.api import build_default_nlp
from claimex.extensions import AMOUNTS_KEY
from claimex.relation_model.candidates import LEAD_SENTENCES, find_candidates, layout_of, phrase_groups
from claimex.relation_model.dataset import analyse


@pytest.fixture(scope="module")
def nlp():
    return build_default_nlp()


def _candidates(nlp, text: str, amount_text: str):
    doc = next(iter(analyse(nlp, [text])))
    layout = layout_of(doc)
    amount = next(a for a in doc.spans[AMOUNTS_KEY] if a.text == amount_text)
    return doc, layout, layout.sentence(amount.start), find_candidates(doc, amount, layout)


def test_the_lead_sentence_names_candidates_for_amounts_paragraphs_later(nlp):
    text = (
        "Versicherer zahlt Millionen\n\n"
        "Die Alpenländische Versicherung hat den Vergleich am Montag bestätigt.\n\n"
        "Das Gericht in Linz hatte lange verhandelt. Die Kläger sind zufrieden. Nun fließen 5 Millionen Euro an die Opfer."
    )
    doc, layout, k, cands = _candidates(nlp, text, "5 Millionen Euro")
    assert LEAD_SENTENCES >= 2
    assert layout.paragraph_of[1] != layout.paragraph_of[k]  # the lead is another paragraph
    assert "Alpenländische Versicherung" in [doc[c.start : c.end].text for c in cands]
    assert all(c.sentence in layout.context_sentences(k) for c in cands)


def test_an_unresolved_pronoun_is_a_candidate_itself(nlp):
    doc, _, _, cands = _candidates(nlp, "Ein Unfall in Graz.\n\nEr zahlte 5000 Euro an die Stadt.", "5000 Euro")
    pronouns = [c for c in cands if c.kind == "pronoun"]
    assert [doc[c.start : c.end].text for c in pronouns] == ["Er"]
    assert (pronouns[0].start, pronouns[0].end) == (pronouns[0].at_start, pronouns[0].at_end)


@pytest.mark.parametrize(
    "text, amount_text, phrases",
    [
        # a name in brackets after its noun phrase
        (
            "Der französische Nachrichtendienst (DGSE) schätzt, dass rund 300 Soldaten getötet wurden.",
            "rund 300",
            [["französische Nachrichtendienst", "DGSE"], ["Soldaten"]],
        ),
        # apposition: a company noun right before a name the recognizer found leaves the name alone
        (
            "Der Autobauer Volkswagen zahlt 30 Millionen Euro an die Stadt Wolfsburg.",
            "30 Millionen Euro",
            [["Volkswagen"], ["Stadt Wolfsburg"]],
        ),
        # ... and one it did not find forms one candidate with the noun
        (
            "Der Sportartikelhersteller Frankensport zahlt 30 Millionen Euro an die Stadt Wolfsburg.",
            "30 Millionen Euro",
            [["Sportartikelhersteller Frankensport"], ["Stadt Wolfsburg"]],
        ),
        # two names side by side are two parties
        ("Es gilt als sicher, dass die EU Polen 20 Milliarden Euro zahlt.", "20 Milliarden Euro", [["EU"], ["Polen"]]),
    ],
)
def test_parts_of_one_noun_phrase_form_one_phrase(nlp, text, amount_text, phrases):
    doc, _, _, cands = _candidates(nlp, text, amount_text)
    groups = phrase_groups(doc, cands)
    found: dict[int, list[str]] = {}
    for c, g in zip(cands, groups):
        found.setdefault(g, []).append(doc[c.start : c.end].text)
    assert list(found.values()) == phrases
