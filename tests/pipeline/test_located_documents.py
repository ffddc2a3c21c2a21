"""A figure that stands in a paper ("Im Jahresbericht steht …", "In der Klageschrift ist von …
die Rede") takes the paper, or its genitive owner, as its source (pipeline/source_finder.py
_located_document). Fresh wire-style sentences with negatives: a place after "im", a subject
that speaks through its paper, a verb that places nothing.
"""

from __future__ import annotations

import pytest

from .probes import source_of


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Im Quartalsbericht, den die Reederei am Donnerstag vorlegte, steht ein Fehlbetrag von 7,3 Millionen Euro.", "7,3 Millionen", "Quartalsbericht"),
        ("Im Gutachten der Verbraucherzentrale ist von einem Schaden von 1,9 Millionen Euro die Rede.", "1,9 Millionen", "Verbraucherzentrale"),
        ("In der Jahresbilanz werden Rückstellungen von 64 Millionen Euro ausgewiesen.", "64 Millionen", "Jahresbilanz"),
    ],
)
def test_a_figure_in_a_paper_takes_the_paper_or_its_owner(text: str, amount: str, source: str) -> None:
    assert source_of(text, amount) == source


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Im Katastrophengebiet stehen 25 Millionen Euro Soforthilfe bereit.", "25 Millionen"),
        ("Die Gemeinde steht vor einem Loch von 9 Millionen Euro in der Kasse.", "9 Millionen"),
    ],
)
def test_no_paper_no_located_source(text: str, amount: str) -> None:
    assert source_of(text, amount) is None


def test_a_body_that_speaks_through_its_paper_is_not_overruled_by_it() -> None:
    text = "Die Aufsichtsbehörde hat in ihrem Prüfbericht Mängel genannt. Die Nachrüstung kostet rund 2 Millionen Euro."
    assert source_of(text, "2 Millionen") != "ihrem Prüfbericht"
