"""What a subject pronoun of a money clause stands for when no subject of the sentence before
agrees with it (referents.py ``pronoun_antecedent``): the one accusative object of its gender,
the paragraph before when the pronoun opens a paragraph, and never a dateline's agency or a
prepositional object. Every text here is written for these tests."""

from __future__ import annotations

from .probes import role_of


def test_er_continues_the_accusative_object_when_no_subject_agrees() -> None:
    text = (
        "Die Kartellbehörde hat gegen den Baustoffkonzern Heralith eine Strafe verhängt. "
        "Er muss 48 Millionen Euro zahlen."
    )
    assert "Heralith" in (role_of(text, "48 Millionen Euro", "agent") or "")


def test_er_never_continues_a_feminine_object() -> None:
    text = (
        "Die Kartellbehörde hat gegen die Baustofffirma Heralith eine Strafe verhängt. "
        "Er muss 48 Millionen Euro zahlen."
    )
    agent = role_of(text, "48 Millionen Euro", "agent") or ""
    assert "Heralith" not in agent and "Kartellbehörde" not in agent


def test_a_pronoun_opening_a_paragraph_continues_the_paragraph_before() -> None:
    text = "Der Rentner Walter Gruber hat den Jackpot geknackt.\n\nEr erhält 2,4 Millionen Euro."
    assert "Gruber" in (role_of(text, "2,4 Millionen Euro", "recipient") or "")


def test_a_pronoun_of_the_other_gender_finds_nobody_in_the_paragraph_before() -> None:
    text = "Der Rentner Walter Gruber hat den Jackpot geknackt.\n\nSie erhält 2,4 Millionen Euro."
    assert role_of(text, "2,4 Millionen Euro", "recipient") is None


def test_a_datelines_agency_is_no_antecedent() -> None:
    text = (
        "Genf (sda) – Die Privatbank Banque Morel legt ihren Streit mit den Behörden bei. "
        "Sie zahlt dem Staat 12 Mio. Franken."
    )
    agent = role_of(text, "12 Mio. Franken", "agent") or ""
    assert "Banque Morel" in agent and "sda" not in agent


def test_a_prepositional_object_is_no_antecedent() -> None:
    text = "Am Montag meldete sich der Gewinner in der Zentrale in Wien. Er erhält 3 Millionen Euro."
    assert role_of(text, "3 Millionen Euro", "recipient") != "Zentrale"
