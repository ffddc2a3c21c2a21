"""The subject of "gewinnen" in the perfect ("hat … gewonnen") and of "sich freuen über" an
amount receives it: lottery wins, grants a town or club is glad of. Negative cases: the party
that pays after "von"/"aus" stays the payer, and "freuen" without an amount of its own clause
gives no receiver to an amount of another clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        ("Im Vorjahr hatte eine Kärntnerin beim Euromillionen-Spiel 9 Millionen Euro gewonnen.", "9 Millionen Euro", None, "Kärntnerin"),
        ("Die Gemeinde darf sich über eine Förderung von 400.000 Euro aus dem Katastrophenfonds freuen.", "400.000 Euro", "Katastrophenfonds", "Gemeinde"),
        ("Der Turnverein freut sich über eine Spende von 3.000 Euro.", "3.000 Euro", None, "Turnverein"),
    ],
)
def test_the_winner_or_the_glad_receives(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


def test_freuen_in_another_clause_gives_no_receiver() -> None:
    text = "Die Bürgermeisterin freut sich über das Ergebnis, der Bund zahlt dem Land 2 Millionen Euro."
    assert parties_of(text, "2 Millionen Euro") == ("Bund", "Land")
