"""A subject pronoun ("sie", "er") of a paying clause stands for the body its antecedent names,
never for the demonym adjective before that body ("die bayerische Staatsregierung … Sie zahlt":
"Staatsregierung", not "bayerische"; referents.py ``pronoun_antecedent``). Every text here is
written for these tests."""

from __future__ import annotations

from .probes import role_of


def test_the_pronoun_is_the_government_not_its_adjective() -> None:
    text = (
        "Die brandenburgische Landesregierung nannte den Schritt bedauerlich. "
        "Sie hatte dem Hersteller 2021 Fördermittel von 38 Millionen Euro gewährt."
    )
    assert role_of(text, "38 Millionen Euro", "agent") == "Landesregierung"


def test_a_state_government_pays_by_its_pronoun() -> None:
    text = (
        "Die bayerische Staatsregierung hat das Hilfsprogramm verlängert. "
        "Sie stellt den Kommunen weitere 120 Millionen Euro zur Verfügung."
    )
    assert role_of(text, "120 Millionen Euro", "agent") == "Staatsregierung"


def test_a_capitalised_demonym_stays_part_of_the_name() -> None:
    text = "Die Schweizer Armee hat das System bestellt. Sie zahlt dafür 300 Millionen Franken."
    assert role_of(text, "300 Millionen Franken", "agent") == "Schweizer Armee"
