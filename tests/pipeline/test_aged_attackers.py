"""Who harmed, named by a noun after an age compound ("ein 27-jähriger Tadschike", "der
41-jährige Beschuldigte"), on fresh texts (pipeline/harmers.py)."""

from __future__ import annotations

from .probes import casualty_agents


def test_demonym_after_age_compound_is_the_attacker() -> None:
    text = "Ein 27-jähriger Afghane hat am Freitagabend in Villach vier Passanten mit einem Messer verletzt."
    assert casualty_agents(text)["vier"] == "Afghane"


def test_nominalised_participle_after_age_compound_under_hearsay_modal() -> None:
    text = (
        "Der 41-jährige Beschuldigte soll im März in Graz einen Nachbarn erschlagen "
        "und zwei weitere Hausbewohner schwer verletzt haben."
    )
    agents = casualty_agents(text)
    assert agents["einen"] == "Beschuldigte"
    assert agents["zwei"] == "Beschuldigte"


def test_aged_victim_of_a_passive_is_no_attacker() -> None:
    # the age compound opens the harmed, not who harmed
    text = "Ein 19-jähriger Radfahrer und zwei Fußgänger wurden am Montag in Linz bei einem Unfall verletzt."
    assert all(agent is None for agent in casualty_agents(text).values())
