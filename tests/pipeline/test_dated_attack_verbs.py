"""A year right after a month or "Jahr" dates the clause ("Im März 2024 überfiel …"): the past
verb after it is the clause's verb, not the adjective of a count ("2024 verletzte Menschen"), so
its subject is an actor of the report (harmers.py ``event_actors``). Every text here is written
for these tests."""

from __future__ import annotations

from .probes import role_of


def test_a_dated_attack_names_the_actor_of_the_next_sentence() -> None:
    text = (
        "Im März 2024 attackierte in Solingen ein 26-jähriger Syrer Besucher eines Stadtfests. "
        "Er tötete drei Menschen und verletzte acht weitere."
    )
    assert "Syrer" in (role_of(text, "drei", "agent") or "")


def test_a_year_after_jahr_dates_the_clause_too() -> None:
    text = (
        "Im Jahr 2022 überfiel ein bewaffneter Mann eine Bankfiliale in Linz. "
        "Er verletzte zwei Angestellte mit einem Messer."
    )
    assert "Mann" in (role_of(text, "zwei", "agent") or "")


def test_a_number_before_a_participle_is_still_a_count() -> None:
    text = "Im Vorjahr zählte die Polizei in der Stadt 2024 verletzte Radfahrer."
    assert role_of(text, "2024", "agent") is None
