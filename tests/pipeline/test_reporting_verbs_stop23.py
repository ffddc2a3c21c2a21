"""Reporting forms of court and police reports: "wie der Richter ausführte", "stellte … klar:",
"nach den Feststellungen des Gerichts". Fresh sentences, written for these tests."""

from __future__ import annotations

from tests.pipeline.probes import source_of


def test_ausfuehren_in_a_wie_clause_reports() -> None:
    text = "Der Kasse entgingen so rund 3,2 Millionen Euro, wie die Vorsitzende Richterin Brandt ausführte."
    assert source_of(text, "3,2 Millionen Euro") == "Brandt"


def test_klarstellen_before_a_colon_reports() -> None:
    text = "Am Mittag stellte die Kantonspolizei klar: Drei Personen wurden verletzt, niemand starb."
    assert source_of(text, "Drei") == "Kantonspolizei"


def test_stellen_with_another_particle_reports_nothing() -> None:
    text = "Die Gemeinde stellt für den Wiederaufbau 800.000 Euro bereit."
    assert source_of(text, "800.000 Euro") is None


def test_findings_of_a_court_attribute_a_figure() -> None:
    text = "Dem Angeklagten flossen nach den Feststellungen des Landgerichts mehr als 900.000 Euro zu."
    assert source_of(text, "900.000 Euro") == "Landgerichts"


def test_a_speaker_with_an_apposition_before_the_verb_is_the_named_person() -> None:
    text = "Der Virologe Kwame Mensah, einer der Leiter der Studie, sagt, es seien 450 Menschen gestorben."
    assert source_of(text, "450") == "Virologe Kwame Mensah"


def test_a_scientist_title_opens_a_foreign_name() -> None:
    text = "Die Soziologin Nkechi Adebayo sagte, rund 2000 Familien hätten 500 Dollar erhalten."
    assert source_of(text, "500 Dollar") == "Soziologin Nkechi Adebayo"


def test_an_announcement_of_reported_speech_names_its_speaker() -> None:
    text = "Wirtschaftsminister Lars Brenner kündigte an, der Bund stelle weitere 40 Millionen Euro bereit."
    assert source_of(text, "40 Millionen Euro") == "Lars Brenner"


def test_an_announcement_of_the_subjects_own_act_names_no_source() -> None:
    text = "Die Stadtwerke kündigten an, den Kunden je 50 Euro zu erstatten."
    assert source_of(text, "50 Euro") is None
