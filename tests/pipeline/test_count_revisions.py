"""A body that raises or lowers the number of the dead, injured or missing reports the new figure
("Die Behörden erhöhten die Zahl der Todesopfer auf 40"); raising a sum of its own is its act,
and a count that rose by itself ("erhöhte sich") names no reporter."""

from __future__ import annotations

from .probes import role_of


def test_a_body_that_raises_the_count_reports_it() -> None:
    text = "Die Katastrophenschutzbehörde erhöhte die Zahl der Todesopfer am Abend auf 37."
    source = role_of(text, "37", "source")
    assert source is not None and "Katastrophenschutzbehörde" in source


def test_a_body_that_lowers_the_count_reports_it() -> None:
    text = "Die Polizei senkte die Zahl der Vermissten am Morgen auf neun."
    assert role_of(text, "neun", "source") == "Polizei"


def test_raising_a_sum_is_no_report() -> None:
    text = "Die Landesregierung erhöhte die Soforthilfe für die Hochwasseropfer auf 3 Millionen Euro."
    assert role_of(text, "3 Millionen Euro", "source") is None


def test_a_count_that_rose_names_no_reporter() -> None:
    text = "Die Zahl der Verletzten erhöhte sich bis zum Abend auf 23."
    assert role_of(text, "23", "source") is None
