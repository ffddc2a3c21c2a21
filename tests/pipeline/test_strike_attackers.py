"""A strike ("Luftschlag", "Raketenschlag") is an attack noun: the country adjective before it or
the genitive after it names who harmed (harmers.py ``find_attacker``, casualty_terms.json
``attack_nouns``). Words that only end in "-schlag" (rain, a proposal, a setback) name no attack.
Every text here is written for these tests."""

from __future__ import annotations

from .probes import role_of


def test_the_adjective_before_air_strikes_names_the_attacker() -> None:
    text = "Bei israelischen Luftschlägen im Südlibanon wurden nach Angaben des Gesundheitsministeriums mindestens 22 Menschen getötet."
    assert "israelischen" in (role_of(text, "mindestens 22", "agent") or "")


def test_a_headline_strike_names_the_attacker() -> None:
    text = "Jemen: Dutzende Tote nach amerikanischen Luftschlägen auf Hodeida"
    assert "amerikanischen" in (role_of(text, "Dutzende", "agent") or "")


def test_a_missile_strike_in_the_singular_names_the_attacker() -> None:
    text = "Bei einem russischen Raketenschlag auf das Zentrum von Saporischschja kamen in der Nacht 14 Menschen ums Leben."
    assert "russischen" in (role_of(text, "14", "agent") or "")


def test_the_genitive_after_a_strike_names_the_attacker() -> None:
    text = "Nach einem Luftschlag der US-Armee im Norden Somalias sind nach örtlichen Angaben 31 Menschen ums Leben gekommen."
    assert role_of(text, "31", "agent") == "US-Armee"


def test_rain_is_no_strike() -> None:
    text = "Nach heftigen Niederschlägen in Norditalien kamen drei Menschen ums Leben."
    assert role_of(text, "drei", "agent") is None


def test_a_setback_is_no_strike() -> None:
    text = "Nach dem militärischen Rückschlag bei Pokrowsk wurden 15 Soldaten vermisst."
    assert role_of(text, "15", "agent") is None
