"""Who owes a fine (CLAIMS.md: the fined party is the agent, the authority the recipient) where
the fined party gets it ("erhielt eine Geldstrafe"), is named after "über" ("verhängte über
den Konzern …"), or only in the sentence before the authority imposes it
(pipeline/money_parties.py). Every text here is written for these tests."""

from __future__ import annotations

import pytest

from .probes import parties_of


@pytest.mark.parametrize(
    "text,amount,agent,recipient",
    [
        ("Die Spedition erhielt vom Landratsamt ein Bußgeld von 24.000 Euro.", "24.000 Euro", "Spedition", "Landratsamt"),
        ("Der Radprofi bekam eine Geldstrafe von 8.000 Franken.", "8.000 Franken", "Radprofi", None),
        (
            "Der 41-jährige Lenker wurde in Feldkirch verurteilt. Er erhielt eine Geldstrafe von 3.600 Euro.",
            "3.600 Euro",
            "41-jährige Lenker",
            None,
        ),
    ],
)
def test_who_gets_a_fine_owes_it(text: str, amount: str, agent: str, recipient) -> None:
    found_agent, found_recipient = parties_of(text, amount)
    assert found_agent is not None and agent.endswith(found_agent)  # the mention may leave out the age
    assert found_recipient == recipient


def test_a_fine_imposed_over_a_company_is_owed_by_it() -> None:
    text = "Das Landesgericht hat über die Baufirma Strobl eine Verbandsgeldbuße von 65.000 Euro verhängt."
    agent, recipient = parties_of(text, "65.000 Euro")
    assert agent in ("Baufirma Strobl", "Strobl")
    assert recipient == "Landesgericht"


def test_ueber_as_a_route_is_no_fined_party() -> None:
    text = "Ein Händler aus Hessen wurde wegen Lieferungen über Kasachstan nach Russland zu einer Geldbuße von 900.000 Euro verurteilt."
    agent, _ = parties_of(text, "900.000 Euro")
    assert agent != "Kasachstan"


def test_the_party_of_the_sentence_before_owes_a_fine_its_sentence_does_not_name() -> None:
    text = (
        "Die Spedition Huber hatte die Ruhezeiten ihrer Fahrer mehrfach missachtet. "
        "Die Bezirkshauptmannschaft verhängte dafür eine Strafe von 21.000 Euro."
    )
    assert parties_of(text, "21.000 Euro") == ("Spedition Huber", "Bezirkshauptmannschaft")


def test_a_pronoun_in_the_fine_clause_keeps_the_topic_out() -> None:
    text = "Ärger für den Sänger. Das Finanzamt brummt ihm eine Strafe von 120.000 Euro auf."
    agent, _ = parties_of(text, "120.000 Euro")
    assert agent != "Ärger"


def test_income_from_fines_is_no_fine_received() -> None:
    text = "Die Stadt nahm im vergangenen Jahr 2,3 Millionen Euro an Bußgeldern ein."
    agent, recipient = parties_of(text, "2,3 Millionen Euro")
    assert agent != "Stadt"
