"""Sources in whole articles: a statement noun that points back ("Den Angaben zufolge", "nach
diesen Angaben") names no one, who gave the figures does; a body's class noun with its name
beside it ("die Katastrophenschutzbehörde Afad") is written with the name. Fresh sentences
written for these tests."""

from __future__ import annotations

from typing import Optional

import claimex


def _role(text: str, amount: str, role: str) -> Optional[str]:
    claim = next(c.to_dict() for c in claimex.extract(text) if amount in c.text)
    found = claim[role]
    return None if found is None else found["text"]


def test_pointing_back_statement_is_no_source() -> None:
    text = (
        "Die Feuerwehr in Graz sprach am Abend von einem der schwersten Einsätze des Jahres. "
        "Den Angaben zufolge wurden 14 Menschen verletzt."
    )
    assert _role(text, "14", "source") == "Feuerwehr"


def test_demonstrative_statement_after_nach_is_no_source() -> None:
    text = (
        "Das Gesundheitsministerium in Beirut legte am Morgen neue Zahlen vor. "
        "Nach diesen Angaben starben 23 Menschen."
    )
    assert "Angaben" not in (_role(text, "23", "source") or "")


def test_statement_with_its_owner_names_the_owner() -> None:
    text = "Den Angaben der Bergrettung zufolge wurden drei Wanderer verletzt."
    assert _role(text, "drei", "source") == "Bergrettung"


def test_statement_without_article_stays_the_source() -> None:
    # "nach offiziellen Angaben" points back to no one: the corpus writes the phrase itself
    text = "Nach offiziellen Angaben wurden 8 Menschen verletzt."
    assert _role(text, "8", "source") == "offiziellen Angaben"


def test_class_noun_takes_the_name_beside_it() -> None:
    text = "Das teilte die Katastrophenschutzbehörde Afad am Dienstagabend mit. Demnach starben 31 Menschen."
    assert "Afad" in (_role(text, "31", "source") or "")


def test_class_noun_takes_a_name_of_several_words() -> None:
    text = "Bei dem Angriff wurden 46 Menschen getötet, teilte die Ärzteorganisation Sudan Doctors Network mit."
    assert "Sudan Doctors Network" in (_role(text, "46", "source") or "")


def test_time_after_class_noun_is_no_name() -> None:
    text = "Das Feuer hat 12 Menschen verletzt, wie die Feuerwehrbehörde Ende Mai mitteilte."
    assert _role(text, "12", "source") == "Feuerwehrbehörde"


def test_object_noun_after_class_noun_is_no_name() -> None:
    text = (
        "Bei einem Brand wurden sechs Feuerwehrleute verletzt. Zwei von ihnen erlitten nach "
        "Angaben der Feuerwehr Rauchgasvergiftungen."
    )
    assert _role(text, "Zwei", "source") == "Feuerwehr"
