"""Which words a claim's source is written as (pipeline/source_names.py), and which later
sentence attributes the report before it (pipeline/sources.py).

Examples are written for these tests; none comes from a corpus document, an issue or a seed.
"""

from __future__ import annotations

import pytest

from .probes import role_of


def test_a_body_named_by_a_common_noun_is_written_as_its_name():
    text = (
        "Hamburg – Die Fluggesellschaft Aerolinea Baltica hat im vergangenen Jahr 40 Millionen Euro "
        "Verlust geschrieben. Das teilte die Airline am Montag mit."
    )
    assert role_of(text, "40 Millionen Euro", "source") == "Fluggesellschaft Aerolinea Baltica"


@pytest.mark.parametrize(
    "noun", ["der Autobauer", "der Discounter", "der Verlag"]
)
def test_industry_nouns_of_a_company_are_written_as_its_name(noun):
    text = f"Die Kroneberg AG meldet einen Rückgang. Der Umsatz lag bei 8 Milliarden Euro, wie {noun} mitteilte."
    assert role_of(text, "8 Milliarden Euro", "source") == "Kroneberg AG"


def test_a_place_noun_stays_as_written_unless_a_name_opens_with_it():
    # a municipality and its government: the text's own words, not the bare place's name ...
    text = "Unterau liegt im Tal der Iller. Nach dem Unwetter schätzt die Gemeinde den Schaden auf 2 Millionen Euro."
    assert role_of(text, "2 Millionen Euro", "source") == "Gemeinde"
    # ... but the name that opens with the noun ("Stadt Rosenheim" for "die Stadt")
    text = "Die Stadt Rosenheim hat ein Hilfsprogramm aufgelegt. Die Stadt beziffert die Kosten auf 3 Millionen Euro."
    assert role_of(text, "3 Millionen Euro", "source") == "Stadt Rosenheim"


def test_a_definite_reporting_noun_is_the_longer_name_of_its_paragraph():
    text = (
        "Die Kantonspolizei Glarus sperrte die Strasse für zwei Stunden. "
        "Den Sachschaden beziffert die Polizei auf rund 40'000 Franken."
    )
    assert role_of(text, "rund 40'000 Franken", "source") == "Kantonspolizei Glarus"
    # a bare "laut Polizei" points back to no one
    text = (
        "Die Kantonspolizei Glarus sperrte die Strasse für zwei Stunden. "
        "Der Lenker hatte laut Polizei einen Schaden von 40'000 Franken verursacht."
    )
    assert role_of(text, "40'000 Franken", "source") == "Polizei"


def test_one_noun_of_a_reporting_pair_is_not_replaced_by_a_name():
    text = (
        "Der Konzern Veltrax hat im Quartal 300 Millionen Euro umgesetzt. "
        "Das teilten Unternehmen und Betriebsrat am Freitag mit."
    )
    assert role_of(text, "300 Millionen Euro", "source") == "Unternehmen"


def test_a_long_name_in_the_sentence_beats_its_short_form_after_it():
    text = (
        "Den Familien der Seeleute zahlte die Reederei nach Angaben der Europäischen "
        "Seefahrer-Föderation (ESF) je 20000 Euro. Die ESF hält das für zu wenig."
    )
    assert role_of(text, "20000 Euro", "source").startswith("Europäischen Seefahrer-Föderation")


def test_a_cue_in_a_later_clause_attributes_only_its_own_clause():
    text = (
        "Der Verein zahlte seinem früheren Trainer eine Abfindung von 80.000 Euro. "
        "Der Vertrag wäre bis 2027 gelaufen, obwohl die Ziele laut internen Papieren verfehlt wurden."
    )
    assert role_of(text, "80.000 Euro", "source") is None


def test_a_reporting_clause_in_the_next_sentence_attributes_the_one_before():
    text = (
        "Der Verein zahlte seinem früheren Trainer eine Abfindung von 80.000 Euro. "
        "Der Vertrag wäre noch bis 2027 gelaufen, teilte der Vorstand mit."
    )
    assert role_of(text, "80.000 Euro", "source") == "Vorstand"


@pytest.mark.parametrize(
    "text,amount,source",
    [
        # plural present, past and participle forms of the reporting verbs
        ("Die Rettungskräfte bestätigen inzwischen neun Verletzte.", "neun", "Rettungskräfte"),
        ("Der Umbau der Schule kostet 4 Millionen Euro, ergänzte Bürgermeisterin Lena Hartl.", "4 Millionen Euro", "Lena Hartl"),
        # "heißt es vonseiten": the body after the cue
        ("Drei Bergsteiger sind am Sonntag tödlich verunglückt, heißt es vonseiten der Bergwacht.", "Drei", "Bergwacht"),
    ],
)
def test_reporting_verbs_and_cues(text, amount, source):
    assert role_of(text, amount, "source") == source


def test_a_body_that_acts_is_no_source():
    # "seitens" names who acts, not who reports
    text = "Seitens der Stadt wurden 2 Millionen Euro für den Umbau bereitgestellt."
    assert role_of(text, "2 Millionen Euro", "source") is None


def test_the_counts_of_a_headline_share_the_source_one_of_them_found():
    text = (
        "Lawinenabgang im Kleinwalsertal laut Bergrettung: Ein Toter, drei Verletzte\n\n"
        "Bei einem Lawinenabgang im Kleinwalsertal sind am Samstag drei Skifahrer verletzt worden. "
        "Ein Tourengeher aus Kempten starb noch am Unfallort."
    )
    assert role_of(text, "Ein", "source") == "Bergrettung"
    assert role_of(text, "drei", "source") == "Bergrettung"


def test_a_headline_count_without_a_sourced_neighbour_keeps_none():
    text = (
        "Lawinenabgang im Kleinwalsertal: Ein Toter\n\n"
        "Bei einem Lawinenabgang im Kleinwalsertal ist am Samstag ein Tourengeher aus Kempten gestorben."
    )
    assert role_of(text, "Ein", "source") is None


def test_a_threatened_fine_takes_no_source_from_its_paragraph():
    text = (
        "Laut Polizei wurden zwei Fußgänger verletzt. "
        "Dem Lenker des Lieferwagens droht eine Geldstrafe von bis zu 5000 Euro."
    )
    assert role_of(text, "zwei", "source") == "Polizei"
    assert role_of(text, "bis zu 5000 Euro", "source") is None


def test_the_subject_of_a_threatened_fine_is_no_source():
    text = "Der Wirt muss mit einer Busse von bis zu 3000 Franken rechnen."
    assert role_of(text, "bis zu 3000 Franken", "source") is None


@pytest.mark.parametrize(
    "text",
    [
        "Laut Polizei droht dem Lenker eine Geldstrafe von bis zu 5000 Euro.",
        "Dem Lenker droht eine Geldstrafe von bis zu 5000 Euro, teilte die Polizei mit.",
    ],
)
def test_a_threatened_fine_keeps_a_source_a_cue_or_a_reporting_clause_names(text):
    assert role_of(text, "bis zu 5000 Euro", "source") == "Polizei"


@pytest.mark.parametrize(
    "text,source",
    [
        # a spokesperson named by neither name nor body speaks for the body the sentence is about
        ("Die Reederei Nordstern erstattet jedem Fahrgast 80 Euro, wie eine Sprecherin sagte.", "Reederei Nordstern"),
        # a named spokesperson is the person; one of a named body is the body
        ("Die Reederei Nordstern erstattet jedem Fahrgast 80 Euro, sagte Sprecherin Jana Albers.", "Sprecherin Jana Albers"),
        ("Die Reederei Nordstern erstattet jedem Fahrgast 80 Euro, sagte ein Sprecher des Verkehrsministeriums.", "Verkehrsministeriums"),
    ],
)
def test_a_spokesperson_and_the_body(text, source):
    assert role_of(text, "80 Euro", "source") == source


def test_a_spokesperson_with_no_body_in_sight_stays():
    assert role_of("Bei dem Brand wurden drei Menschen verletzt, sagte ein Sprecher.", "drei", "source") == "Sprecher"


def test_a_class_noun_is_the_full_name_with_its_short_form():
    text = (
        "Nach Schätzungen des Deutschen Instituts für Katastrophenvorsorge (DIK) starben im Sommer 4.000 "
        "Menschen an Hitze. Im Jahr davor waren es nach den Berechnungen des Instituts etwa 3.100."
    )
    assert role_of(text, "etwa 3.100", "source").endswith("(DIK)")
    # the short form where it stands nearer to the amount
    text = (
        "Laut dem Deutschen Institut für Katastrophenvorsorge (DIK) starben im Sommer 4.000 Menschen an Hitze. "
        "Das DIK warnt vor weiteren Hitzewellen. Im Jahr davor waren es nach den Berechnungen des Instituts etwa 3.100."
    )
    assert role_of(text, "etwa 3.100", "source") == "DIK"


def test_a_class_noun_without_a_full_name_that_holds_it_stays():
    text = "Laut Polizei (dpa) starben vier Menschen. Im Jahr davor waren es nach Angaben des Ministeriums drei."
    assert role_of(text, "drei", "source") == "Ministeriums"


def test_a_statement_after_a_semicolon_names_its_own_source():
    text = (
        "Im Mai waren bei Kämpfen nach indischen Angaben zwölf Soldaten gefallen; "
        "die Rebellen hatten 40 getötete Soldaten gemeldet."
    )
    assert role_of(text, "zwölf", "source") == "indischen Angaben"
    assert role_of(text, "40", "source") == "Rebellen"


def test_a_statement_after_a_semicolon_without_a_source_keeps_the_sentence_s():
    text = "Ein Wanderer wird seit Samstag vermisst; er dürfte nach Angaben der Bergwacht abgestürzt sein."
    assert role_of(text, "Ein", "source") == "Bergwacht"


def test_reported_speech_goes_on_with_the_subject_of_the_sentence_before():
    text = (
        "Das Außenministerium in Prag verurteilte den Angriff. "
        "Seit Jahresbeginn seien in der Region mehr als 80 Zivilisten getötet worden."
    )
    assert role_of(text, "mehr als 80", "source") == "Außenministerium"
    # in the indicative the sentence is the writer's own
    text = (
        "Das Außenministerium in Prag verurteilte den Angriff. "
        "Seit Jahresbeginn wurden in der Region mehr als 80 Zivilisten getötet."
    )
    assert role_of(text, "mehr als 80", "source") is None


def test_a_paper_speaks_for_its_owner():
    text = "Eine Studie der Hochschule Rosenheim kommt zu dem Ergebnis, dass die Sanierung der Brücken 12 Millionen Euro kostet."
    assert role_of(text, "12 Millionen Euro", "source") == "Hochschule Rosenheim"
    # a paper whose owner the text does not name is the source itself
    text = "Eine neue Studie schätzt die Kosten der Sanierung auf 12 Millionen Euro."
    assert role_of(text, "12 Millionen Euro", "source") == "neue Studie"
