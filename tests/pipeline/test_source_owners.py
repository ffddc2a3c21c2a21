"""Whose statement a cue names when the owner is unnamed or a possessive (pipeline/source_finder.py):
"nach Angaben eines Polizeisprechers", "ihren Angaben zufolge".

Examples are written for these tests; none comes from a corpus document, an issue or a seed.
"""

from __future__ import annotations

import pytest

from .probes import role_of


@pytest.mark.parametrize(
    "owner, expected",
    [
        ("eines Polizeisprechers", "Polizeisprechers"),
        ("einer Gutachterin", "Gutachterin"),
        ("eines Klinikarztes", "Klinikarztes"),
    ],
)
def test_an_indefinite_owner_after_a_statement_noun_is_the_source(owner, expected):
    text = f"Linz – Bei dem Brand in einer Lagerhalle wurden nach Angaben {owner} sieben Arbeiter verletzt."
    assert role_of(text, "sieben", "source") == expected


def test_a_definite_owner_is_still_found():
    text = "Bei dem Brand wurden nach Angaben der Feuerwehr sieben Arbeiter verletzt."
    assert role_of(text, "sieben", "source") == "Feuerwehr"


def test_a_possessive_before_zufolge_names_the_subject_before_it():
    text = (
        "Die Hilfsorganisation Terra Aid warnt vor einer Hungersnot im Norden des Landes. "
        "Ihren Angaben zufolge sind dort seit März 310 Kinder an Unterernährung gestorben."
    )
    assert role_of(text, "310", "source") == "Hilfsorganisation Terra Aid"


def test_a_named_source_before_zufolge_is_unchanged():
    text = "Dem Verband der Spediteure zufolge kostet die Sperre der Brücke täglich 90.000 Euro."
    source = role_of(text, "90.000 Euro", "source")
    assert source is not None and "Spediteure" in source


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("wie Finanzvorstand Peter Lang in einer Telefonkonferenz sagte", "Peter Lang"),
        ("wie Landrätin Eva Brandl bei einem Ortstermin erklärte", "Eva Brandl"),
    ],
)
def test_a_wie_clause_with_an_adverbial_names_its_subject_without_wie(clause, expected):
    # the name without its title: CLAIMS.md prefers the name
    text = f"Der Schaden an der Brücke liegt bei 2,3 Millionen Euro, {clause}."
    assert role_of(text, "2,3 Millionen Euro", "source") == expected


def test_a_reporting_clause_with_two_reporters_names_them():
    text = "Der Kaufpreis liegt bei 75 Millionen Euro, teilten beide Seiten am Abend mit."
    assert role_of(text, "75 Millionen Euro", "source") == "Seiten"
    text = "Der Kaufpreis beträgt 90 Millionen Euro, wie die beiden Unternehmen am Montag bekannt gaben."
    assert role_of(text, "90 Millionen Euro", "source") == "beiden Unternehmen"


def test_beide_as_an_object_names_no_source():
    text = "Der Konzern zahlt beiden Familien 40.000 Euro."
    assert role_of(text, "40.000 Euro", "source") is None


def test_a_reporting_clause_after_a_demand_names_the_speaker_not_the_claimant():
    text = "Die Witwe verlangt 250.000 Euro Schmerzensgeld, erklärte ihr Anwalt Jonas Feld am Dienstag."
    source = role_of(text, "250.000 Euro", "source")
    assert source is not None and "Jonas Feld" in source


def test_an_estimate_of_the_main_clause_keeps_its_subject_before_a_later_speaker():
    text = "Der Verband schätzt den Schaden auf 3 Millionen Euro, sagte ein Sprecher."
    assert role_of(text, "3 Millionen Euro", "source") == "Verband"


def test_who_had_expected_a_figure_is_its_source():
    text = "Der Umsatz lag bei 3,1 Milliarden Euro. Marktbeobachter hatten mit 3,4 Milliarden Euro gerechnet."
    assert role_of(text, "3,4 Milliarden Euro", "source") == "Marktbeobachter"


def test_a_figure_counted_on_in_a_plan_names_no_expecting_source():
    text = "Mit 3,4 Milliarden Euro wurde im Haushalt nicht gerechnet."
    assert role_of(text, "3,4 Milliarden Euro", "source") is None
