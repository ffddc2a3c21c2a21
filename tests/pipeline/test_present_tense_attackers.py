"""Headlines and live blogs tell an attack in the present ("Mann sticht auf Passanten ein",
"Russland greift Charkiw an"): the subject of a present verb of attacking is the event's actor, as
with the past forms (role_cues.json ``causing_verbs``). A place or target after an attack noun
("Angriff in Fußgängerzone") names no attacker (harmers.py ``find_attacker``). Every text here is
written for these tests."""

from __future__ import annotations

from .probes import role_of


def test_a_present_stabbing_in_a_headline() -> None:
    text = "Mann sticht in Regionalzug auf Fahrgäste ein – drei Verletzte"
    assert role_of(text, "drei", "agent") == "Mann"


def test_a_present_attack_in_a_live_blog_names_the_actor_of_the_toll() -> None:
    text = (
        "14.20 Uhr: Russland greift erneut die Region Sumy mit Gleitbomben an. "
        "Nach Angaben des Gouverneurs werden dabei zwei Menschen getötet."
    )
    assert role_of(text, "zwei", "agent") == "Russland"


def test_the_place_after_an_attack_noun_is_no_attacker() -> None:
    # "Fußgängerzone" ends like a people noun ("Fußgänger"): the preposition says it is a place
    text = "Angriff in Fußgängerzone: Jugendlicher sticht auf Passanten ein – vier Verletzte"
    assert "Fußgängerzone" not in (role_of(text, "vier", "agent") or "")


def test_the_target_after_an_attack_noun_is_no_attacker() -> None:
    text = "Anschlag auf Moschee in Kabul: mindestens 21 Tote"
    assert role_of(text, "mindestens 21", "agent") is None


def test_the_genitive_after_an_attack_noun_stays_the_attacker() -> None:
    text = "Angriff der Miliz auf ein Dorf im Ostkongo: mindestens 30 Tote"
    assert role_of(text, "mindestens 30", "agent") == "Miliz"


def test_reaching_into_ones_pocket_harms_no_one() -> None:
    text = (
        "Die Gemeinde muss tief in die Tasche greifen. "
        "Bei dem Unfall auf der Baustelle wurden im Mai zwei Arbeiter verletzt."
    )
    assert role_of(text, "zwei", "agent") is None
