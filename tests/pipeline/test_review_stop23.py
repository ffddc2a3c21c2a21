"""Defects a review of stop 23's merged role code found, each pinned by a fresh probe."""

from __future__ import annotations

from tests.pipeline.probes import claim_of, role_of, source_of


def test_a_fronted_object_with_an_impersonal_subject_names_no_source() -> None:
    assert source_of("Die Beute der Bande beziffert man auf 2 Millionen Euro.", "2 Millionen Euro") is None
    assert source_of("Die Beute der Bande beziffert die Polizei auf 2 Millionen Euro.", "2 Millionen Euro") == "Polizei"


def test_the_receivers_own_age_noun_does_not_keep_a_speaker_as_payer() -> None:
    text = "Markus Weber bestätigte den Vergleich. Die 58-Jährige erhält 80.000 Euro."
    assert role_of(text, "80.000 Euro", "agent") is None


def test_a_time_after_the_event_noun_is_no_other_place() -> None:
    text = "Die Miliz griff das Dorf an.\n\nBei dem Angriff im Morgengrauen wurden zwölf Menschen getötet."
    agent = claim_of(text, "zwölf").agent
    assert agent is not None and agent.text == "Miliz"
