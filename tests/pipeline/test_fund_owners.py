"""The owner of a programme, fund, package or budget pays its money (pipeline/fund_owners.py,
role_cues ``fund_heads`` and ``spending_heads``). Every text here is written for these tests."""

from __future__ import annotations

import pytest

from .probes import role_of


@pytest.mark.parametrize(
    "text,amount,payer",
    [
        ("Das Förderprogramm des Landes umfasst 450 Millionen Euro.", "450 Millionen Euro", "Landes"),
        ("Aus dem Hilfsfonds der EU fließen 75 Millionen Euro nach Kroatien.", "75 Millionen Euro", "EU"),
        ("Aus dem Wiederaufbaufonds der Europäischen Union bekommt Portugal 38 Millionen Euro.", "38 Millionen Euro", "Europäischen Union"),
        ("Der Notfallfonds des Bundes wird um 250 Millionen Euro aufgestockt.", "250 Millionen Euro", "Bundes"),
    ],
)
def test_the_genitive_owner_of_a_fund_pays(text: str, amount: str, payer: str) -> None:
    assert role_of(text, amount, "agent") == payer


@pytest.mark.parametrize(
    "text,amount,payer",
    [
        (
            "Die Landesregierung in Hannover hat am Dienstag ein Entlastungspaket beschlossen. Es umfasst 280 Millionen Euro.",
            "280 Millionen Euro",
            "Landesregierung",
        ),
        (
            "Der Kanton Bern hat ein Hilfsprogramm für Bergbauern lanciert. Es ist mit 25 Millionen Franken dotiert.",
            "25 Millionen Franken",
            "Kanton Bern",
        ),
        (
            "Die Stadt Leipzig hat ihr Programm zur Schulsanierung aufgestockt. Insgesamt stehen nun 190 Millionen Euro bereit.",
            "190 Millionen Euro",
            "Stadt Leipzig",
        ),
    ],
)
def test_a_fund_set_up_in_the_sentence_before_is_paid_by_its_subject(text: str, amount: str, payer: str) -> None:
    assert role_of(text, amount, "agent") == payer


def test_the_fund_of_a_company_is_paid_by_the_company_it_names() -> None:
    text = (
        "Nach dem Grubenunglück hat sich die Bergbaugesellschaft Montanis zu Wort gemeldet. "
        "Die Hinterbliebenen erhalten aus dem Härtefonds des Unternehmens je 40.000 Euro."
    )
    assert role_of(text, "40.000 Euro", "agent") == "Bergbaugesellschaft Montanis"


def test_no_fund_before_gives_no_payer() -> None:
    text = "Die Landesregierung hat am Dienstag neue Regeln für Baustellen beschlossen. Insgesamt stehen 190 Millionen Euro bereit."
    assert role_of(text, "190 Millionen Euro", "agent") is None


def test_a_minister_who_presents_a_budget_does_not_pay_it() -> None:
    text = "Finanzminister Hans Gruber hat am Mittwoch den Haushalt vorgestellt. Für Investitionen sind 18 Milliarden Euro vorgesehen."
    assert role_of(text, "18 Milliarden Euro", "agent") is None


def test_money_saved_from_a_budget_has_no_payer() -> None:
    text = "Die Stadt Graz hat ihr Budget für 2027 vorgelegt. Im kommenden Jahr sollen 14 Millionen Euro eingespart werden."
    assert role_of(text, "14 Millionen Euro", "agent") is None


def test_a_household_is_no_budget() -> None:
    text = "Jeder Haushalt der Gemeinde erhält einen Heizkostenzuschuss von 300 Euro."
    assert role_of(text, "300 Euro", "agent") != "Gemeinde"


def test_a_dateline_and_a_price_stay_without_payer() -> None:
    assert role_of("Wien (APA) – Für das Sanierungsprogramm werden 35 Millionen Euro benötigt.", "35 Millionen Euro", "agent") is None
    assert role_of("Eine Tonne Weizen kostete am Freitag in Paris 231 Euro.", "231 Euro", "agent") is None

