"""The source of a claim that the sentence after it attributes (pipeline/sources.py): a fronted
anaphor ("Das sagte …", "Dies teilte … mit", "Diese Zahl nannte …", "So …") names the source of
the sentence before it, the nearest such sentence before a later one; an article that opens a
body's name ("Das Landgericht bestätigte …") is no anaphor."""

from __future__ import annotations

import pytest

from .probes import role_of


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # a spokesperson with a body in the genitive is written as the body
        (
            "Bei einem Erdrutsch in Peru sind mindestens 23 Bergleute verschüttet worden. "
            "Das sagte ein Sprecher der Feuerwehr.",
            "mindestens 23",
            "Feuerwehr",
        ),
        (
            "Der Landkreis zahlt den Hochwasseropfern 3,2 Millionen Euro. Dies teilte das Landratsamt am Montag mit.",
            "3,2 Millionen Euro",
            "Landratsamt",
        ),
        (
            "Beim Einsturz der Halle wurden 17 Arbeiter verletzt. Diese Zahl nannte die Gewerbeaufsicht.",
            "17",
            "Gewerbeaufsicht",
        ),
        (
            "Der Sturm hat Schäden von 80 Millionen Franken verursacht. So die Gebäudeversicherung.",
            "80 Millionen Franken",
            "Gebäudeversicherung",
        ),
    ],
)
def test_a_fronted_anaphor_attributes_the_sentence_before(text: str, amount: str, source: str) -> None:
    assert role_of(text, amount, "source") == source


def test_the_nearest_attributing_sentence_wins_over_a_later_one() -> None:
    text = (
        "Norwegen stellt Moldau 600 Millionen Kronen bereit. Das kündigte das Außenministerium an. "
        "Die Mittel sollen in Schulen fließen, hieß es aus Diplomatenkreisen."
    )
    assert role_of(text, "600 Millionen Kronen", "source") == "Außenministerium"


def test_an_anaphoric_report_right_after_wins_over_the_paragraph_source_before() -> None:
    text = (
        "Die Gewerkschaft meldete am Morgen 40 Entlassungen. Im Werk Süd wurden zudem 12 Mitarbeiter verletzt. "
        "Das bestätigte die Betriebsleitung."
    )
    assert role_of(text, "12", "source") == "Betriebsleitung"


@pytest.mark.parametrize(
    "text, amount",
    [
        # an article opening a body's name: that body is the subject, it points back to nothing
        (
            "Der Prozess dauerte drei Tage. Zwei Radfahrer wurden im Frühjahr leicht verletzt. "
            "Das Landgericht bestätigte die Strafe der Stadt.",
            "Zwei",
        ),
        # an anaphor without a reporting verb attributes nothing
        (
            "Der Prozess dauerte drei Tage. Zwei Radfahrer wurden im Frühjahr leicht verletzt. "
            "Das ärgerte den Anwalt der Stadt.",
            "Zwei",
        ),
    ],
)
def test_no_anaphor_no_attribution_from_the_next_sentence(text: str, amount: str) -> None:
    assert role_of(text, amount, "source") is None


def test_a_question_attributes_nothing() -> None:
    text = "Die Gemeinde erhält 900.000 Euro vom Land. Das sagte der Bürgermeister?"
    assert role_of(text, "900.000 Euro", "source") is None


def test_an_earlier_report_after_a_lead_does_not_attribute_it() -> None:
    # the next sentence tells what its source had said before, with a figure of its own
    text = (
        "Die Reederei erhält vom Land Bürgschaften über 240 Millionen Euro. "
        "Der Betrieb hatte im Sommer einen Verlust von 90 Millionen Euro gemeldet."
    )
    assert role_of(text, "240 Millionen Euro", "source") is None
    assert role_of(text, "90 Millionen Euro", "source") == "Betrieb"


def test_an_anaphor_in_the_pluperfect_still_attributes() -> None:
    text = (
        "Die Reederei erhält vom Land Bürgschaften über 240 Millionen Euro. "
        "Das hatte das Wirtschaftsministerium mitgeteilt."
    )
    assert role_of(text, "240 Millionen Euro", "source") == "Wirtschaftsministerium"


def test_a_quoted_comment_after_a_lead_does_not_attribute_it() -> None:
    text = (
        "Die Gemeinde Altdorf erhält vom Kanton 4,8 Millionen Franken für ihr Schulhaus. "
        "Schulpräsidentin Martina Gisler sprach von einem „guten Tag für die Kinder“."
    )
    assert role_of(text, "4,8 Millionen Franken", "source") is None


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # who the lead named speaks on: its words still cover the lead
        (
            "Die Stiftung Lichtblick zahlt den Opfern des Unglücks 60.000 Euro. "
            "Die Stiftung Lichtblick sprach von einer „Pflicht der Menschlichkeit“.",
            "60.000 Euro",
            "Stiftung Lichtblick",
        ),
        # no quotation: the next sentence reports on the event, it attributes the lead
        (
            "Bei einem Brand in Bremen sind drei Menschen gestorben. Laut Feuerwehr brach das Feuer im Keller aus.",
            "drei",
            "Feuerwehr",
        ),
    ],
)
def test_a_next_sentence_that_is_no_comment_still_attributes_the_lead(text: str, amount: str, source: str) -> None:
    assert role_of(text, amount, "source") == source


@pytest.mark.parametrize(
    "second, source",
    [
        # a reporting clause after the break attributes the sentence before
        ("Die Ursache ist noch unklar, teilte die Kriminalpolizei mit.", "Kriminalpolizei"),
        ("Die Ursache ist noch unklar, wie die Kriminalpolizei mitteilte.", "Kriminalpolizei"),
        # a clause of its own after the break, its body the subject of its own verb, does not
        ("Die Feuerwehr konnte das Nachbarhaus retten, die Kriminalpolizei ermittelt.", None),
    ],
)
def test_only_a_reporting_clause_after_a_break_looks_back(second: str, source: str) -> None:
    text = "Der Prozess begann im Mai. Elf Anwohner wurden bei dem Brand verletzt. " + second
    assert role_of(text, "Elf", "source") == source
