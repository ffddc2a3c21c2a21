"""Money parties in whole articles: something sold that goes to a buyer ("ging für … an X",
"wechselt für … zu X") is paid for by the buyer; an unnamed spokesperson speaks, her body pays;
"man" in reported speech pays as the body that speaks; a relative clause on the amount names
its receiver; a dative receiver beats the people a purpose names. Fresh sentences written for
these tests."""

from __future__ import annotations

from typing import Optional

import claimex


def _role(text: str, amount: str, role: str) -> Optional[str]:
    claim = next(c.to_dict() for c in claimex.extract(text) if amount in c.text)
    found = claim[role]
    return None if found is None else found["text"]


def test_company_going_to_a_buyer_is_paid_by_the_buyer() -> None:
    text = "Erst im Frühjahr war der Kölner Chemiehändler Varex für 900 Millionen Euro an einen amerikanischen Finanzinvestor gegangen."
    assert "Finanzinvestor" in (_role(text, "900 Millionen", "agent") or "")
    assert _role(text, "900 Millionen", "recipient") is None


def test_player_moving_to_a_club_is_paid_by_the_club() -> None:
    text = "Der Angreifer wechselte 2022 für 3 Millionen Euro vom FC Basel zu Borussia Dortmund."
    assert "Dortmund" in (_role(text, "3 Millionen", "agent") or "")
    assert "Basel" in (_role(text, "3 Millionen", "recipient") or "")


def test_prize_going_to_a_winner_is_received() -> None:
    # no "für" before the amount: no price, the "an" phrase receives
    text = "Das Preisgeld von 25.000 Euro geht an die Autorin Maria Keller."
    assert _role(text, "25.000", "agent") is None
    assert "Maria Keller" in (_role(text, "25.000", "recipient") or "")


def test_spokesperson_speaks_and_her_body_pays() -> None:
    text = (
        "Die Wohnungsbaugesellschaft Degewo hat den Mietern Hilfe zugesagt. "
        "Eine Sprecherin kündigte an, allen Familien jeweils 500 Euro zu zahlen."
    )
    assert "Degewo" in (_role(text, "500 Euro", "agent") or "")


def test_impersonal_subject_pays_as_the_body_that_speaks() -> None:
    text = (
        "Der Softwarekonzern Nexa will die Firma kaufen. "
        "Man wolle Leipzig zum Standort des Konzerns ausbauen und dort 200 Millionen Euro investieren."
    )
    assert "Nexa" in (_role(text, "200 Millionen", "agent") or "")


def test_impersonal_receiver_is_no_body() -> None:
    text = "Vogt: Für einen Sieg bekommt man beim Weltcup derzeit rund 45.000 Franken."
    assert _role(text, "45.000", "agent") is None


def test_relative_clause_on_the_amount_names_the_receiver() -> None:
    text = "Der Rekord lag bei 9 Millionen Euro, die der Verein 2021 vom FC Basel für einen Mittelfeldspieler bekommen hatte."
    assert _role(text, "9 Millionen", "recipient") == "Verein"
    assert "FC Basel" in (_role(text, "9 Millionen", "agent") or "")


def test_relative_clause_on_the_amount_names_the_payer() -> None:
    text = "Die Summe übertrifft die 4 Millionen Euro, die die Stadt Bern 2019 für das Stadion gezahlt hatte."
    assert "Bern" in (_role(text, "4 Millionen", "agent") or "")


def test_dative_receiver_beats_people_of_the_purpose() -> None:
    text = (
        "Österreich kündigte am Montag an, dem Kinderhilfswerk Unicef zusätzlich 12 Millionen Euro "
        "für die Versorgung von Flüchtlingen im Tschad zur Verfügung zu stellen."
    )
    assert _role(text, "12 Millionen", "recipient") == "Unicef"


def test_people_of_the_purpose_receive_without_a_dative() -> None:
    text = "Österreich stellt 12 Millionen Euro für die Versorgung von Flüchtlingen im Tschad bereit."
    assert _role(text, "12 Millionen", "recipient") == "Flüchtlingen"


def test_von_attribute_of_the_opening_subject_pays_nothing() -> None:
    text = "Das Verkehrsministerium von Anna Berger erhält im kommenden Jahr 14,2 Milliarden Euro."
    assert _role(text, "14,2 Milliarden", "agent") is None
    assert "Verkehrsministerium" in (_role(text, "14,2 Milliarden", "recipient") or "")


def test_von_phrase_after_the_verb_pays() -> None:
    text = "Im Sommer erhielt der Verein vom Land 2 Millionen Euro."
    assert _role(text, "2 Millionen", "agent") == "Land"


def test_class_noun_before_a_subject_name_keeps_the_subject() -> None:
    text = "Der Versicherer Helvetia übernimmt den Vermögensverwalter Tarvis für rund 1,2 Milliarden Franken."
    assert "Helvetia" in (_role(text, "1,2 Milliarden", "agent") or "")
