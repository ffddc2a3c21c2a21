"""The body that claimed an attack is the agent of a toll whose sentence names no one (probe
sentences written for this test)."""

from __future__ import annotations

import claimex


def _agent(text: str, amount: str):
    claim = next(c.to_dict() for c in claimex.extract(text) if amount in c.text)
    return claim["agent"]["text"] if claim["agent"] else None


def test_a_claim_after_the_toll_names_its_agent():
    text = (
        "Mindestens 19 Menschen sind bei einem Bombenanschlag auf einen Markt in Gao getötet worden. "
        "Zu der Tat bekannte sich am Abend die Miliz Ansar Dine."
    )
    assert "Ansar Dine" in (_agent(text, "19") or "")


def test_taking_responsibility_names_the_agent():
    text = (
        "Die Verantwortung für den Angriff übernahm die Gruppe Jaish al-Adl. "
        "Bei dem Überfall auf den Grenzposten starben elf Polizisten."
    )
    assert "Jaish al-Adl" in (_agent(text, "elf") or "")


def test_a_claim_in_another_paragraph_or_without_its_reflexive_names_no_one():
    text = (
        "Bei dem Anschlag auf den Bahnhof wurden 14 Menschen verletzt.\n\n"
        "Zu der Tat bekannte sich die Gruppe Roter Morgen."
    )
    assert _agent(text, "14") is None
    text = "Bei dem Unglück wurden sieben Arbeiter verletzt. Die Versicherung übernahm die Kosten des Einsatzes."
    assert _agent(text, "sieben") is None


def test_a_claim_told_in_the_perfect_names_the_attacker() -> None:
    text = (
        "Bei einem Selbstmordanschlag auf einen Busbahnhof in Quetta sind mindestens 17 Menschen getötet worden. "
        "Die Separatistengruppe BLA hat sich inzwischen zu dem Anschlag bekannt."
    )
    agent = _agent(text, "mindestens 17")
    assert agent is not None and "BLA" in agent


def test_bekannt_as_made_known_is_no_claim_of_responsibility() -> None:
    text = (
        "Bei einer Explosion in einer Lagerhalle in Koper sind zwei Arbeiter verletzt worden. "
        "Wie am Abend bekannt wurde, hatte sich die Firma Adria Logistik zuvor zur Sicherheit der Anlage geäußert."
    )
    agent = _agent(text, "zwei")
    assert agent is None or "Adria" not in agent
