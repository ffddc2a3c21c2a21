"""A conjunct after a comma that leaves out its verb and opens with a party ("Die EU überweist
Ungarn 10 Milliarden Euro, Polen 35 Milliarden Euro") takes the roles of the amount before it,
its own party in the place of the party it parallels: the dative receiver, the subject of a
verb of receiving even with a "von" payer between, a fronted dative. Negative cases: a comma
clause with its own verb keeps its own reading, and a listed name the mention layer never saw
still takes the payer's place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        ("Die EU überweist Ungarn 10 Milliarden Euro, Polen 35 Milliarden Euro.", "35 Milliarden Euro", "EU", "Polen"),
        ("Die EU überweist Ungarn 10 Milliarden Euro, Polen 35 Milliarden Euro.", "10 Milliarden Euro", "EU", "Ungarn"),
        (
            "Der Kläger erhält von der Reederei 80.000 Euro, seine Ehefrau 45.000 Euro.",
            "45.000 Euro",
            "Reederei",
            "seine Ehefrau",
        ),
        (
            "Den Hinterbliebenen zahlte der Konzern je 50.000 Euro, der Witwe des Fahrers 120.000 Euro.",
            "120.000 Euro",
            "Konzern",
            "Witwe",
        ),
        ("Der Bund zahlt 4 Milliarden Euro, die Länder 2 Milliarden Euro.", "2 Milliarden Euro", "Länder", None),
    ],
)
def test_comma_conjunct_shares_the_roles(text: str, amount: str, agent: str, recipient: str) -> None:
    found = parties_of(text, amount)
    assert found[0] == agent
    assert (found[1] is None) if recipient is None else (found[1] is not None and found[1] == recipient)


def test_a_comma_clause_with_a_verb_keeps_its_own_reading() -> None:
    text = "Die Stadt zahlt dem Verein 20.000 Euro, die Feuerwehr erhält vom Land 50.000 Euro."
    assert parties_of(text, "50.000 Euro") == ("Land", "Feuerwehr")
