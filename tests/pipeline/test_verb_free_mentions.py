"""Parties never hold a verb: a headline verb after a bare plural ("Amerikaner übernehmen …") is
no adjective of the name after it, a reporting "so lautet der Spruch" is no phrase of a speaker;
fresh texts (mentions.py, role_phrases.noun_phrase)."""

from __future__ import annotations

import claimex

from .probes import role_of


def _roles(text: str) -> list[str]:
    return [r.text for c in claimex.extract(text) for r in (c.agent, c.recipient, c.source) if r is not None]


def test_headline_verb_is_no_part_of_the_bought_company() -> None:
    text = "Japaner kaufen Zürcher Software-Firma Nexora für 1,8 Mrd. Fr."
    assert all(not r.startswith("kaufen") for r in _roles(text))
    assert role_of(text, "1,8 Mrd. Fr.", "agent") == "Japaner"


def test_adjective_after_article_still_opens_the_phrase() -> None:
    text = "Die neue Landesregierung zahlt den Gemeinden 40 Millionen Euro."
    assert role_of(text, "40 Millionen Euro", "agent") in ("Landesregierung", "neue Landesregierung")


def test_so_lautet_opens_no_source() -> None:
    text = (
        "Zwei Jahre Haft auf Bewährung, so lautet das Urteil des Amtsgerichts Kiel. "
        "Außerdem muss der Mann eine Geldbuße von 8.000 Euro zahlen."
    )
    assert all("lautet" not in r for r in _roles(text))
