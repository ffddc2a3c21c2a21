"""A city noun ("die Stadt") names a city only where the text links them (referent_classes.json:
"city" is linked_only), never the dateline's or a city named in passing. Every text here is
written for these tests."""

from __future__ import annotations

from .probes import role_of


def test_a_city_noun_is_not_the_dateline_city() -> None:
    # referent_classes "city" is linked_only: "die Stadt" names a city only where the text links them
    text = "Hamburg (dpa) – Nach dem Brand in einem Wohnhaus in Altona zahlt die Stadt den betroffenen Mietern je 1.000 Euro."
    assert role_of(text, "1.000 Euro", "agent") == "Stadt"


def test_a_city_noun_linked_to_its_name_stays_that_name() -> None:
    text = (
        "Die Stadt Kassel hat nach dem Unwetter einen Krisenstab eingerichtet. "
        "Die Stadt zahlt jedem betroffenen Haushalt 800 Euro."
    )
    assert role_of(text, "800 Euro", "agent") in ("Stadt Kassel", "Kassel")
