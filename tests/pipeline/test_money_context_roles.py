"""Roles and categories of money whose parties a general frame decides: a club that signs a player
from another, a hostage freed for a ransom, taxes owed. Fresh wire-style sentences."""

from __future__ import annotations

import claimex
import pytest

from .probes import claim_of, parties_of


@pytest.mark.parametrize(
    "text, amount, expected",
    [
        (
            "DORTMUND (dpa) - Der BVB hat den portugiesischen Nationalspieler für 30 Millionen Euro "
            "vom FC Porto verpflichtet, wie der Verein am Montag mitteilte.",
            "30 Millionen Euro",
            ("BVB", "FC Porto"),
        ),
        (
            "Der VfB holte den Innenverteidiger im Sommer für acht Millionen Euro von Ajax Amsterdam.",
            "acht Millionen Euro",
            ("VfB", "Ajax Amsterdam"),
        ),
    ],
)
def test_signing_club_pays_the_club_left(text: str, amount: str, expected: tuple[str, str]) -> None:
    assert parties_of(text, amount) == expected


def test_reflexive_commitment_is_no_signing() -> None:
    text = "Der Konzern verpflichtet sich, 400 Millionen Euro von seinen Gewinnen zu investieren."
    agent, recipient = parties_of(text, "400 Millionen Euro")
    assert agent == "Konzern" and recipient is None


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Die Geisel kam nach der Zahlung eines Lösegelds von zwei Millionen Dollar frei.", "zwei Millionen Dollar"),
        (
            "BAMAKO (AFP) - Die beiden entführten Ingenieure wurden nach Angaben aus Sicherheitskreisen gegen "
            "ein Lösegeld von fünf Millionen Euro freigelassen.",
            "fünf Millionen Euro",
        ),
    ],
)
def test_hostage_freed_for_ransom_pays_nothing(text: str, amount: str) -> None:
    assert parties_of(text, amount)[0] is None


def test_ransom_payer_still_pays() -> None:
    text = "Die Familie zahlte ein Lösegeld von 500.000 Euro an die Entführer, die Tochter kam am Abend frei."
    assert parties_of(text, "500.000 Euro") == ("Familie", "Entführer")


@pytest.mark.parametrize(
    "text, amount, expected",
    [
        ("Shell schuldet dem Staat 2 Milliarden Euro an Steuern.", "2 Milliarden Euro", ("Shell", "Staat")),
        (
            "Nach Angaben der Behörde schuldete der Konzern dem Fiskus rund 300 Millionen Euro an Steuern.",
            "rund 300 Millionen Euro",
            ("Konzern", "Fiskus"),
        ),
    ],
)
def test_taxes_owed_are_a_payment(text: str, amount: str, expected: tuple[str, str]) -> None:
    assert claim_of(text, amount).category == "payment"
    assert parties_of(text, amount) == expected


def test_taxes_collected_stay_revenue() -> None:
    text = "Der Staat nahm im Jahr 2025 rund 900 Milliarden Euro an Steuern ein."
    assert claim_of(text, "rund 900 Milliarden Euro").category == "revenue"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Jedes Team erhielt nach Angaben des Verbands 2 Millionen Euro.", "2 Millionen Euro", "Team"),
        ("Jedes Kind bekommt 250 Euro, teilte das Ministerium mit.", "250 Euro", "Kind"),
    ],
)
def test_quantified_neuter_subject_receives(text: str, amount: str, recipient: str) -> None:
    # "jedes" before a noun without the genitive -s is nominative: the subject, not an attribute
    assert parties_of(text, amount)[1] == recipient


def test_genitive_after_jedes_stays_an_attribute() -> None:
    text = "Die Regierung zahlt die Kosten jedes Landes, insgesamt 40 Millionen Euro."
    assert parties_of(text, "40 Millionen Euro")[1] != "Landes"


def test_headline_amount_takes_the_category_the_body_names() -> None:
    text = (
        "Autobauer zahlt 250 Millionen Euro\n\n"
        "WOLFSBURG (dpa) - Der Autobauer hat sich mit der Staatsanwaltschaft geeinigt. Er muss eine "
        "Geldbuße von 250 Millionen Euro zahlen, wie das Unternehmen am Dienstag mitteilte."
    )
    headline = next(c for c in claimex.extract(text) if c.text == "250 Millionen Euro")
    assert headline.category == "damage"


def test_headline_amount_without_restatement_keeps_its_category() -> None:
    text = (
        "Autobauer zahlt 250 Millionen Euro\n\n"
        "WOLFSBURG (dpa) - Der Autobauer hat sich mit der Staatsanwaltschaft geeinigt. Zudem droht ihm "
        "eine Geldbuße von 90 Millionen Euro, wie das Unternehmen am Dienstag mitteilte."
    )
    headline = next(c for c in claimex.extract(text) if c.text == "250 Millionen Euro")
    assert headline.category == "payment"


def test_headline_payment_for_a_harm_stays_a_payment() -> None:
    # insurers pay for the damage the body names: compensation, not the harm itself
    text = (
        "Versicherer zahlen 40 Millionen Euro\n\n"
        "LINZ (APA) - Das Unwetter vom August hat nach Angaben der Versicherer Schäden von "
        "40 Millionen Euro angerichtet."
    )
    headline = next(c for c in claimex.extract(text) if c.text == "40 Millionen Euro")
    assert headline.category == "payment"
