"""'ermitteln' reports a figure only as a participle or with its object; investigating bodies
("Die Staatsanwaltschaft ermittelt") name no source. Fresh sentences, written for these tests."""

from __future__ import annotations

from tests.pipeline.probes import source_of


def test_an_investigating_body_is_no_source_of_the_toll_before_it() -> None:
    text = "Beim Einsturz eines Baugerüsts ist am Dienstag ein Maurer gestorben. Die Kriminalpolizei ermittelt."
    assert source_of(text, "ein") is None
    text = "In Gelsenkirchen sind zwei Radfahrer tödlich verunglückt. Die Polizei ermittelt gegen einen Lkw-Fahrer."
    assert source_of(text, "zwei") is None


def test_a_reporting_ermitteln_still_names_its_source() -> None:
    text = "Die Versicherung hat den Schaden an der Halle mit 3,4 Millionen Euro ermittelt."
    assert source_of(text, "3,4 Millionen Euro") == "Versicherung"
    text = "Nach dem Sturm wurden 40 Verletzte ermittelt, sagte ein Sprecher der Feuerwehr."
    assert source_of(text, "40") == "Feuerwehr"


def test_the_counted_people_never_report_their_own_count() -> None:
    text = "Nach dem Hagelsturm wurden 25 Leichtverletzte gezählt, teilte das Rote Kreuz mit."
    assert source_of(text, "25") == "Rote Kreuz"
