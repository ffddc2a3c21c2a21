"""A capitalised adverb or passive participle opening a sentence is no payer or receiver; the
subject after the verb of the inverted clause is (pipeline/adverb_openers.py). Every text here is
written for these tests."""

from __future__ import annotations

from .probes import parties_of


def test_an_adverb_in_ly_leaves_the_inverted_subject_as_payer() -> None:
    text = "Normalerweise zahlt die Gemeinde den Vereinen 20.000 Euro im Jahr."
    assert parties_of(text, "20.000 Euro") == ("Gemeinde", "Vereinen")


def test_a_pronominal_adverb_with_a_direction_suffix_is_no_payer() -> None:
    text = "Der Hagel zerstörte die Scheune. Daraufhin überwies der Versicherer dem Landwirt 250.000 Euro."
    assert parties_of(text, "250.000 Euro")[0] == "Versicherer"


def test_a_ranking_after_dahinter_names_the_country() -> None:
    text = (
        "Größter Geldgeber war Bayern mit 9,8 Milliarden Euro. "
        "Dahinter folgt Hessen mit 3,7 Milliarden Euro."
    )
    assert parties_of(text, "3,7 Milliarden Euro")[0] == "Hessen"


def test_a_participle_before_a_passive_auxiliary_is_no_payer() -> None:
    text = "Verteilt werden die 40 Millionen Euro an 120 Gemeinden."
    assert parties_of(text, "40 Millionen Euro") == (None, "Gemeinden")


def test_a_surname_the_text_names_before_stays_the_payer() -> None:
    text = "Die Unternehmerin Anna Fröhlich hat erneut gespendet. Fröhlich überwies dem Sportverein 5000 Euro."
    assert parties_of(text, "5000 Euro") == ("Fröhlich", "Sportverein")
