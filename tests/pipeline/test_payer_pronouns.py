"""Who pays when a subject pronoun names the payer: the titled name the pronoun continues, and
the pronoun before an object that no nominative article marks (pipeline/money_parties.py
``_pronoun_before_object``, referents.py ``pronoun_antecedent``). Every text here is written for
these tests."""

from __future__ import annotations

import spacy

from claimex.pipeline.referents import _named_one_agrees

from .probes import role_of


def test_er_continues_a_minister_named_with_his_title() -> None:
    text = (
        "17.15 Uhr: Umweltminister Paolo Conti ist im Katastrophengebiet eingetroffen. "
        "Er kündigte eine Soforthilfe von drei Millionen Euro für die Region an."
    )
    assert "Paolo Conti" in (role_of(text, "drei Millionen Euro", "agent") or "")


def test_a_titled_name_agrees_by_the_gender_of_its_title() -> None:
    words = spacy.blank("de")("Bürgermeisterin Lea Santi und Landesrat Tom Weiss")
    woman, man = words[0:3], words[4:7]
    assert _named_one_agrees(woman, "f") and not _named_one_agrees(woman, "m")
    assert _named_one_agrees(man, "m") and not _named_one_agrees(man, "f")


def test_a_pronoun_before_a_dative_object_is_the_payer() -> None:
    text = "Die Reederei Nordmann hat sich mit den Familien geeinigt. Sie zahlt jeder Familie 80.000 Euro."
    agent = role_of(text, "80.000 Euro", "agent") or ""
    assert "Reederei" in agent and "Familie" not in agent


def test_sie_before_a_nominative_leaves_the_party_the_payer() -> None:
    # "sie" may be the object here: the party with a nominative article pays
    text = "Die Hinterbliebenen warten seit Monaten. Nun entschädigt sie die Stadt Linz mit je 20.000 Euro."
    assert "Stadt Linz" in (role_of(text, "20.000 Euro", "agent") or "")
