"""Announcing and stating verbs as sources: a reporting clause placed after its claim
(", kündigte der Minister an") names the source; a fronted announcement of a body's own
payment ("Die Stadt kündigte an, … zu zahlen") is its own act and names none; a subject that
states an act of its own ("Die Flüchtlinge gaben an, … bezahlt zu haben") is the source and
stays the payer. Fresh sentences written for these tests."""

from __future__ import annotations

from typing import Optional

import claimex


def _claim(text: str, amount: str) -> dict:
    return next(c.to_dict() for c in claimex.extract(text) if amount in c.text)


def _role(text: str, amount: str, role: str) -> Optional[str]:
    found = _claim(text, amount)[role]
    return None if found is None else found["text"]


def test_postposed_announcement_names_its_speaker() -> None:
    text = (
        "Die Schweiz stellt für die Erdbebenopfer in Marokko 4 Millionen Franken bereit, "
        "kündigte Außenministerin Anna Keller am Freitag an."
    )
    assert _role(text, "4 Millionen", "source") == "Anna Keller"
    assert _role(text, "4 Millionen", "agent") == "Schweiz"


def test_fronted_announcement_of_own_payment_names_no_source() -> None:
    text = "Die Stadtwerke kündigten am Montag an, den Hinterbliebenen je 20.000 Euro zu zahlen."
    assert _role(text, "20.000", "source") is None
    assert _role(text, "20.000", "agent") == "Stadtwerke"


def test_stated_own_payment_keeps_the_payer() -> None:
    text = "Die Flüchtlinge gaben an, pro Kopf rund 4000 Dollar an die Schleuser gezahlt zu haben."
    assert _role(text, "4000 Dollar", "source") == "Flüchtlinge"
    assert _role(text, "4000 Dollar", "agent") == "Flüchtlinge"


def test_other_clause_after_gaben_an_keeps_no_payer_link() -> None:
    text = "Die Behörden gaben an, die Reederei habe den Passagieren 300 Euro erstattet."
    assert _role(text, "300 Euro", "agent") != "Behörden"


def test_passive_estimate_names_any_agent_after_von() -> None:
    text = "Der Schaden an den Rebstöcken wird von der Winzergenossenschaft auf rund 8 Millionen Euro geschätzt."
    assert _role(text, "8 Millionen", "source") == "Winzergenossenschaft"


def test_figure_after_von_is_no_estimator() -> None:
    text = "Ein Schaden von einer Million Euro wird erst nach der Schneeschmelze genauer geschätzt."
    assert _role(text, "Million", "source") is None


def test_subject_after_an_estimate_stays_in_its_clause() -> None:
    text = "Die Sanierung wird auf 60 Millionen Euro geschätzt, von denen der Bund 45 Millionen trägt."
    assert _role(text, "60 Millionen", "source") is None
    assert _role(text, "45 Millionen", "source") is None


def test_inverted_estimate_keeps_its_subject() -> None:
    text = "Den Schaden an der Ernte schätzt der Bauernverband auf 6 Millionen Euro."
    assert _role(text, "6 Millionen", "source") == "Bauernverband"
