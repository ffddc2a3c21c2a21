"""A relative clause opened by a preposition and a relative pronoun ("nach dem", "in der", "mit
dem") has a subject of its own: the article after the pronoun opens it ("…, nach dem die Reederei
2 Millionen zahlt"), so the pronoun's preposition does not govern it. Two articles never open one
noun phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        (
            "Die Gemeinde und der Bauträger haben einen Vergleich geschlossen, nach dem der Bauträger 900.000 Euro an die Gemeinde zahlt.",
            "900.000 Euro",
            "Bauträger",
            "Gemeinde",
        ),
        (
            "Der Streit endete mit einer Einigung, bei der die Versicherung den Hinterbliebenen 2 Millionen Euro überweist.",
            "2 Millionen Euro",
            "Versicherung",
            "Hinterbliebenen",
        ),
    ],
)
def test_subject_of_a_prepositional_relative_clause_pays(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # one article before the noun: the preposition governs it, no subject
        ("Der Kanton zahlt 3 Millionen Franken an die Stiftung für die Opferhilfe.", "3 Millionen Franken", "Stiftung"),
        ("Die Spender überwiesen für die beiden Waisenkinder 60.000 Euro.", "60.000 Euro", "beiden Waisenkinder"),
    ],
)
def test_preposition_still_governs_its_own_noun_phrase(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient
