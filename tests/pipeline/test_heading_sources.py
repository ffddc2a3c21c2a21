"""A live ticker's entry heading before a colon names who reports the figures after it
("Zwischenbilanz der Polizei: …", "Update von der Kantonspolizei: …", "Die Feuerwehr präzisiert: …");
a heading that names a topic ("Update zur Zahl der Verletzten:") or no reporter gives none."""

from __future__ import annotations

from .probes import role_of


def test_a_report_noun_heading_names_its_owner() -> None:
    text = "16.20 Uhr: Zwischenbilanz der Polizei: Zwei Wanderer sind tot, elf weitere wurden geborgen."
    assert role_of(text, "Zwei", "source") == "Polizei"


def test_an_update_from_a_body_names_it() -> None:
    text = "9.05 Uhr: Update von der Kantonspolizei Graubünden: Bei dem Lawinenabgang wurden vier Skifahrer verletzt."
    source = role_of(text, "vier", "source")
    assert source is not None and "Kantonspolizei" in source


def test_a_speech_verb_heading_names_its_subject() -> None:
    text = "11.40 Uhr: Die Feuerwehr präzisiert: Drei Menschen erlitten Rauchvergiftungen."
    assert role_of(text, "Drei", "source") == "Feuerwehr"


def test_a_topic_heading_names_no_reporter() -> None:
    text = "21.10 Uhr: Update zur Zahl der Verletzten: Es sind nun drei Feuerwehrleute im Spital."
    assert role_of(text, "drei", "source") is None


def test_a_clock_heading_alone_names_no_reporter() -> None:
    text = "7.15 Uhr: Auf der A2 sind bei einem Auffahrunfall zwei Menschen verletzt worden."
    assert role_of(text, "zwei", "source") is None
