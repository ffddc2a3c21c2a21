"""A cue and its statement noun with the phrase's article and adjectives between them ("nach
einer ersten Schätzung des Verbands", "nach der jüngsten Prognose der Bundesbank") name the
statement's owner as the source, as "nach Schätzung des Verbands" does; an estimate without an
owner ("rechnet nach einer vorläufigen Schätzung mit …") leaves the source to its subject."""

from __future__ import annotations

from .probes import role_of


def test_an_estimate_with_article_and_adjective_names_its_owner() -> None:
    text = (
        "Der Hagelsturm vom Wochenende wird die Versicherer nach einer ersten vorläufigen Schätzung "
        "des Branchenverbands SVV rund 180 Millionen Franken kosten."
    )
    assert role_of(text, "rund 180 Millionen Franken", "source") == "SVV"


def test_a_forecast_with_article_and_adjective_names_its_owner() -> None:
    text = "Nach der jüngsten Prognose der Bundesbank wird die Wirtschaftsleistung um 12 Milliarden Euro schrumpfen."
    assert role_of(text, "12 Milliarden Euro", "source") == "Bundesbank"


def test_an_unowned_estimate_leaves_the_source_to_the_subject() -> None:
    text = (
        "Der Versicherungsverband Nordwest rechnet nach einer vorläufigen Schätzung mit "
        "versicherten Schäden von 90 Millionen Euro."
    )
    source = role_of(text, "90 Millionen Euro", "source")
    assert source is not None and "Nordwest" in source

