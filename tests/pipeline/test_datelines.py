"""Datelines of wire reports ("BERLIN (dpa) -", "KIEW/MOSKAU (AFP) –", "Kiel, 2. April 2026 –"):
where a sentence's body starts after one, and that its place and agency are never the source of
a claim, while the body's subject still is. Every sentence is new, written for these tests."""

from __future__ import annotations

from typing import Optional

import claimex
import pytest

from claimex.pipeline.datelines import body_start, in_dateline
from tests.pipeline.probes import parties_of, role_of


def _body(text: str) -> str:
    """The words of the first sentence of ``text`` from where its body starts."""
    doc = claimex.load().nlp(text)
    sent = next(iter(doc.sents))
    return doc[body_start(doc, sent) : sent.end].text


@pytest.mark.parametrize(
    "text, body",
    [
        ("BERLIN (dpa) - Die Bahn erhöht die Preise.", "Die Bahn erhöht die Preise."),
        ("KIEW/MOSKAU (AFP) – Die Kämpfe gehen weiter.", "Die Kämpfe gehen weiter."),
        ("Genf (sda) – Der Rat tagt am Montag.", "Der Rat tagt am Montag."),
        ("Kiel, 2. April 2026 – Der Landtag berät den Haushalt.", "Der Landtag berät den Haushalt."),
        ("RAMALLAH/JERUSALEM (APA/AFP/dpa) – Die Lage bleibt angespannt.", "Die Lage bleibt angespannt."),
        # no dateline: the body is the whole sentence
        ("Berlin zahlt den Ländern mehr.", "Berlin zahlt den Ländern mehr."),
        ("Die Stadt – so heißt es im Rathaus – spart.", "Die Stadt – so heißt es im Rathaus – spart."),
    ],
)
def test_body_starts_after_the_dateline(text: str, body: str) -> None:
    assert _body(text) == body


def test_a_dateline_inside_a_paragraph_needs_a_mark() -> None:
    # "Selenskyj – …" after a first sentence of its paragraph is an aside, no dateline
    doc = claimex.load().nlp("Die Lage ist ernst. Selenskyj – der Präsident – reist ab.")
    second = list(doc.sents)[1]
    assert body_start(doc, second) == second.start
    assert not in_dateline(doc, second.start, second.start + 1)


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # a speech verb of the body: its subject reports, not the dateline's place
        ("BONN (dpa) - Das Bundeskartellamt hat ein Bußgeld von 2,3 Milliarden Euro gegen den Chiphersteller bestätigt.", "2,3 Milliarden Euro", "Bundeskartellamt"),
        ("STOCKHOLM (Reuters) - Die Regierung bestätigte am Freitag Hilfen von 80 Millionen Kronen für die Fischer.", "80 Millionen Kronen", "Regierung"),
        ("Graz (APA) – Die Polizei hat bestätigt, dass bei dem Brand drei Menschen verletzt wurden.", "drei", "Polizei"),
        ("Kiel, 2. April 2026 – Die Werft hat bestätigt, dass sie 14 Millionen Euro Fördergeld erhält.", "14 Millionen Euro", "Werft"),
    ],
)
def test_the_body_reports_not_the_dateline(text: str, amount: str, source: str) -> None:
    assert role_of(text, amount, "source") == source


@pytest.mark.parametrize(
    "text, amount",
    [
        ("KIEW/MOSKAU (AFP) – Der Generalstab meldete am Morgen neue Gefechte im Osten. Dabei seien elf Soldaten getötet worden.", "elf"),
        ("MOSKAU (AFP) - Das russische Militär meldete am Abend neue Gefechte. Dabei seien neun Soldaten getötet worden.", "neun"),
        ("BUDAPEST (Reuters) - Der Konzern bestätigte am Dienstag einen Verlust von 90 Millionen Euro.", "90 Millionen Euro"),
    ],
)
def test_no_dateline_place_or_agency_is_a_source(text: str, amount: str) -> None:
    source: Optional[str] = role_of(text, amount, "source")
    assert source not in {"KIEW", "MOSKAU", "AFP", "BUDAPEST", "Reuters"}
    assert source is not None  # the body names who reports


def test_a_place_that_opens_a_sentence_still_pays() -> None:
    assert parties_of("Hamburg zahlt 7 Millionen Euro an die Flutopfer.", "7 Millionen Euro")[0] == "Hamburg"


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Laut Reuters wurden bei dem Anschlag vier Menschen getötet.", "vier", "Reuters"),
        ("Wie die Stadt Bonn bestätigte, erhält der Verein 40.000 Euro.", "40.000 Euro", "Stadt Bonn"),
    ],
)
def test_a_source_outside_a_dateline_stays(text: str, amount: str, source: str) -> None:
    assert role_of(text, amount, "source") == source


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # the body names the issuer again in another case and without its legal form: that
        # nearer occurrence is the one written, with a dateline before it or none
        (
            "Presseinformation der Westfälischen Feuerkasse AG\n\nMünster, 3. Juni 2026 – Nach dem Sturm im Sauerland hat die Westfälische Feuerkasse die Meldungen gesichtet. Die Schäden an Dächern betragen 3,1 Mio. Euro.",
            "3,1 Mio. Euro",
            "Westfälische Feuerkasse",
        ),
        (
            "Presseinformation der Westfälischen Feuerkasse AG\n\nNach dem Sturm im Sauerland hat die Westfälische Feuerkasse die Meldungen gesichtet. Die Schäden an Dächern betragen 3,1 Mio. Euro.",
            "3,1 Mio. Euro",
            "Westfälische Feuerkasse",
        ),
    ],
)
def test_the_nearer_case_form_of_a_reporters_name_is_written(text: str, amount: str, source: str) -> None:
    assert role_of(text, amount, "source") == source
