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


def test_er_continues_one_man_named_by_a_people_noun_after_his_age() -> None:
    text = (
        "Das Landesgericht Linz hat am Montag sein Urteil gesprochen. Der 45-jährige Bauunternehmer "
        "wurde wegen Betrugs verurteilt. Er muss dem Land Oberösterreich 120.000 Euro zurückzahlen."
    )
    assert "Bauunternehmer" in (role_of(text, "120.000 Euro", "agent") or "")


def test_er_never_continues_a_woman_named_by_a_people_noun() -> None:
    text = (
        "Das Landesgericht Linz hat am Montag sein Urteil gesprochen. Die 45-jährige Bauunternehmerin "
        "wurde wegen Betrugs verurteilt. Er muss dem Land Oberösterreich 120.000 Euro zurückzahlen."
    )
    assert role_of(text, "120.000 Euro", "agent") is None


def test_a_body_with_a_feminine_head_is_no_antecedent_of_er() -> None:
    # "der Staatsanwaltschaft" is a genitive: the body is feminine whatever its article says
    text = (
        "Die Ermittlungen laufen seit Monaten. Nach Angaben der Staatsanwaltschaft Graz ist der Fall "
        "nun abgeschlossen. Er muss 5.000 Euro zahlen."
    )
    assert role_of(text, "5.000 Euro", "agent") is None


def test_a_harm_clauses_pronoun_is_its_antecedent() -> None:
    text = (
        "Ein Lkw ist auf der A1 bei Salzburg in ein Stauende gefahren. Der 52-jährige Fahrer war nach "
        "Angaben der Polizeidirektion Salzburg abgelenkt. Er verletzte bei dem Aufprall sieben Menschen."
    )
    assert "Fahrer" in (role_of(text, "sieben", "agent") or "")
