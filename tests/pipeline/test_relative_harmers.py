"""A relative pronoun that is the subject of an active harm clause stands for the party right
before its comma, also over the verb that closes the clause before ("der Prozess gegen einen
Mann begonnen, der zwei Menschen erstochen haben soll"): that party harmed (harmers.py
``_relative_harmer``). A relative clause that tells how its antecedent came to harm, or one the
pronoun is not the subject of, names no harmer. Every text here is written for these tests."""

from __future__ import annotations

from .probes import role_of


def test_the_defendant_of_a_trial_harmed() -> None:
    text = (
        "Vor dem Landgericht Aachen hat der Prozess gegen einen früheren Krankenpfleger begonnen, "
        "der auf einer Palliativstation mindestens neun Patienten getötet haben soll."
    )
    assert "Krankenpfleger" in (role_of(text, "mindestens neun", "agent") or "")


def test_the_man_arrested_harmed() -> None:
    text = (
        "Die Kantonspolizei St. Gallen hat einen 31-jährigen Mann festgenommen, der in der Nacht "
        "auf Sonntag eine Fußgängerin angefahren haben soll."
    )
    assert "Mann" in (role_of(text, "eine", "agent") or "")


def test_an_inverted_main_clause_before_the_relative() -> None:
    text = "Festgenommen wurde ein 43-jähriger Deutscher, der am Freitagabend in Solingen drei Menschen erstochen haben soll."
    assert "Deutscher" in (role_of(text, "drei", "agent") or "")


def test_those_who_died_in_the_relative_clause_harmed_no_one() -> None:
    text = "Die Angehörigen der drei Bergsteiger, die beim Abstieg tödlich verunglückten, erheben Vorwürfe gegen den Bergführer."
    assert role_of(text, "drei", "agent") is None


def test_a_relative_after_a_preposition_is_no_subject() -> None:
    text = "Gegen den Betreiber der Achterbahn, auf der am Sonntag 14 Menschen verletzt wurden, wird ermittelt."
    assert role_of(text, "14", "agent") is None
