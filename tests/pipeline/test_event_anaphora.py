"""A count that refers back to the event the sentence before tells ("Dabei …", "Bei dem
Angriff …") takes the actor of that event (pipeline/event_anaphora.py); without an attack told
there, or with the body named only as accused or harmed, it takes none from there."""

from __future__ import annotations

from tests.pipeline.probes import role_of


def test_dabei_takes_the_troops_that_attacked_in_the_sentence_before() -> None:
    text = "Russische Truppen griffen in der Nacht die Stadt Sumy mit Drohnen an. Dabei wurden drei Menschen getötet."
    assert role_of(text, "drei", "agent") == "Russische Truppen"


def test_dabei_takes_the_actor_of_the_sentence_right_before_not_an_earlier_one() -> None:
    text = (
        "Die Hamas hat am Morgen Raketen auf Aschkelon abgefeuert. "
        "Die israelische Luftwaffe griff daraufhin Ziele im Gazastreifen an. "
        "Dabei wurden nach palästinensischen Angaben sechs Menschen getötet."
    )
    assert role_of(text, "sechs", "agent") == "israelische Luftwaffe"


def test_an_armed_body_that_stormed_a_building() -> None:
    text = (
        "Die griechische Polizei stürmte am Dienstag eine Lagerhalle bei Thessaloniki. "
        "Dabei wurden zwei Bewaffnete verletzt."
    )
    assert role_of(text, "zwei", "agent") == "griechische Polizei"


def test_dabei_after_a_sentence_without_an_attack_takes_no_actor_from_it() -> None:
    text = "Die Feuerwehr war mit 80 Kräften bis in den Morgen im Einsatz. Dabei wurden zwei Feuerwehrleute leicht verletzt."
    assert role_of(text, "zwei", "agent") is None


def test_a_body_that_only_reports_fighting_is_no_attacker() -> None:
    text = "Die ukrainische Armee meldete schwere Kämpfe bei Pokrowsk. Dabei seien zwölf ukrainische Soldaten getötet worden."
    assert role_of(text, "zwölf", "agent") is None


def test_a_body_named_after_a_preposition_is_not_the_subject() -> None:
    text = (
        "Aktivisten erhoben schwere Vorwürfe gegen die sudanesische Armee, die Kämpfer hätten ein Dorf angegriffen. "
        "Dabei seien neun Zivilisten getötet worden."
    )
    assert role_of(text, "neun", "agent") != "sudanesische Armee"
