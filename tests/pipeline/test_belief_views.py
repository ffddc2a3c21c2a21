"""A sentence that only says what someone assumes ("geht von Brandstiftung aus", "vermutet",
"rechnet mit") is a view, not a report: it attributes no figure of the sentences around it;
with a figure of its own it reports that figure (sources.ParagraphSources.own).

Fresh wire-style sentences, written for these tests.
"""

from __future__ import annotations

from typing import Optional

import pytest

import claimex


def _source(text: str, amount: str) -> Optional[str]:
    claims = [c for c in claimex.extract(text) if c.text == amount]
    assert claims, f"no claim for {amount!r}"
    return claims[0].source.text if claims[0].source else None


@pytest.mark.parametrize(
    "text, amount",
    [
        (
            "Bei einem Feuer in einem Wohnhaus in Gelsenkirchen sind in der Nacht zwei Bewohner ums Leben "
            "gekommen. Die Kripo geht von Brandstiftung aus.",
            "zwei",
        ),
        (
            "Beim Brand einer Scheune im Emmental ist ein Schaden von rund 800.000 Franken entstanden. Die "
            "Kantonspolizei vermutet einen technischen Defekt.",
            "rund 800.000 Franken",
        ),
        (
            "Ein Sturm hat in Niederbayern Dächer abgedeckt, vier Menschen wurden verletzt. Die Ermittler "
            "gehen davon aus, dass ein Baugerüst nicht gesichert war.",
            "vier",
        ),
        (
            "Die Kantonalbank hat im Halbjahr 212 Millionen Franken verdient. Für das Gesamtjahr rechnet das "
            "Institut mit einem leicht tieferen Ergebnis.",
            "212 Millionen Franken",
        ),
    ],
)
def test_a_view_attributes_nothing(text: str, amount: str) -> None:
    assert _source(text, amount) is None


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # a figure of its own: the assumption reports it
        (
            "Nach dem Erdrutsch in Kolumbien geht der Zivilschutz von mindestens 30 Toten aus.",
            "mindestens 30",
            "Zivilschutz",
        ),
        # "geht … hervor" is a document's report, no view
        (
            "Auf den Straßen der Steiermark sind im Vorjahr 61 Menschen gestorben. Das geht aus der Bilanz "
            "der Landespolizeidirektion hervor.",
            "61",
            "Landespolizeidirektion",
        ),
        # a verb of speech beside the view reports
        (
            "Bei dem Brand sind drei Menschen gestorben. Die Polizei teilte mit, sie gehe von Brandstiftung aus.",
            "drei",
            "Polizei",
        ),
    ],
)
def test_a_report_still_attributes(text: str, amount: str, source: str) -> None:
    assert source in (_source(text, amount) or "")
