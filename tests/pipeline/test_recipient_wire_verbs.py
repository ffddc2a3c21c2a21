"""Recipients of money claims that real wire text names by the verb or phrase of the clause:
collecting ("hat ... gesammelt", "eingetrieben"), collecting or claiming for someone ("für die
Witwe", "für seine Mandanten"), "zustehen" with a bare name, invoices ("in Rechnung stellen",
"verrechnen"), aid in a place ("für die humanitäre Hilfe im Sudan"), and forecasts of a revenue
("Analysten hatten mit ... gerechnet"). Each has a case the mechanism must leave alone."""

from __future__ import annotations

from typing import Optional

import pytest

import claimex

from .probes import claim_of


def _text(span: Optional[claimex.TextSpan]) -> Optional[str]:
    return span.text if span is not None else None


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Die Diakonie hat einen Spendenaufruf gestartet und bislang 420.000 Euro gesammelt.", "420.000 Euro", "Diakonie"),
        ("Das Steueramt hat im vergangenen Jahr Nachzahlungen von 58 Millionen Euro eingetrieben.", "58 Millionen Euro", "Steueramt"),
        ("Ein Pensionist aus Graz räumt beim Lotto 2,4 Millionen Euro ab.", "2,4 Millionen Euro", "Pensionist"),
    ],
)
def test_who_collects_receives(text: str, amount: str, recipient: str) -> None:
    claim = claim_of(text, amount)
    assert recipient in (_text(claim.recipient) or "")
    assert _text(claim.agent) != _text(claim.recipient)


def test_collecting_for_a_party_gives_to_that_party() -> None:
    claim = claim_of("Die Kollegen haben für die Familie des Verunglückten 23.000 Euro gesammelt.", "23.000 Euro")
    assert _text(claim.recipient) == "Familie"
    assert _text(claim.agent) == "Kollegen"


def test_collecting_for_a_purpose_leaves_the_collector_the_recipient() -> None:
    # "für den Wiederaufbau" names what the money is for, no one who gets it
    claim = claim_of("Die Hilfsorganisation sammelte für den Wiederaufbau der Schule 90.000 Euro.", "90.000 Euro")
    assert _text(claim.recipient) == "Hilfsorganisation"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Zusätzlich stehen Portugal aus dem Wiederaufbaufonds 16 Milliarden Euro zu.", "16 Milliarden Euro", "Portugal"),
        ("Nach dem Urteil stehen der Witwe 65.000 Euro Schmerzensgeld zu.", "65.000 Euro", "Witwe"),
    ],
)
def test_the_dative_of_zustehen_receives_and_pays_nothing(text: str, amount: str, recipient: str) -> None:
    claim = claim_of(text, amount)
    assert _text(claim.recipient) == recipient
    assert claim.agent is None


@pytest.mark.parametrize(
    "text, amount, biller, billed",
    [
        ("Die Stadt Passau stellte dem Veranstalter die Kosten des Polizeieinsatzes von 64.000 Euro in Rechnung.", "64.000 Euro", "Stadt Passau", "Veranstalter"),
        ("Die Bergwacht stellte den beiden Urlaubern 7.300 Euro in Rechnung.", "7.300 Euro", "Bergwacht", "Urlaubern"),
    ],
)
def test_who_bills_receives_and_the_billed_pays(text: str, amount: str, biller: str, billed: str) -> None:
    claim = claim_of(text, amount)
    assert _text(claim.recipient) == biller
    assert billed in (_text(claim.agent) or "")


def test_a_billing_verb_makes_its_subject_the_recipient() -> None:
    claim = claim_of("Die Leiharbeitsfirmen verrechnen den Kliniken bis zu 85 Euro pro Stunde.", "bis zu 85 Euro")
    assert _text(claim.recipient) == "Leiharbeitsfirmen"


def test_an_ordinary_stellen_clause_is_no_invoice() -> None:
    # "stellt ... bereit" gives: the dative receives, the subject pays
    claim = claim_of("Die Landesregierung stellt den Gemeinden 40 Millionen Euro bereit.", "40 Millionen Euro")
    assert _text(claim.recipient) == "Gemeinden"
    assert _text(claim.agent) == "Landesregierung"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Der Opferanwalt fordert für seine Mandantin 120.000 Euro Schmerzensgeld.", "120.000 Euro", "Mandantin"),
        ("Für die Hinterbliebenen verlangt die Kanzlei zusätzlich 1,8 Millionen Euro.", "1,8 Millionen Euro", "Hinterbliebenen"),
    ],
)
def test_a_claim_made_for_someone_goes_to_them(text: str, amount: str, recipient: str) -> None:
    assert recipient in (_text(claim_of(text, amount).recipient) or "")


def test_a_demand_for_each_hostage_is_a_ransom_for_the_kidnappers() -> None:
    claim = claim_of("Die Entführer verlangten für jede Geisel 500.000 Dollar.", "500.000 Dollar")
    assert _text(claim.recipient) == "Entführer"


def test_a_claim_for_a_purpose_stays_with_the_claimant() -> None:
    claim = claim_of("Die Gemeinde fordert für die Sanierung der Brücke 3 Millionen Euro vom Land.", "3 Millionen Euro")
    assert _text(claim.recipient) == "Gemeinde"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Für die humanitäre Hilfe im Jemen stellt die Bundesregierung 35 Millionen Euro bereit.", "35 Millionen Euro", "Jemen"),
        ("Österreich stockt die Hilfe für die Winterversorgung in Moldau um 4 Millionen Euro auf.", "4 Millionen Euro", "Moldau"),
    ],
)
def test_the_place_of_aid_receives(text: str, amount: str, recipient: str) -> None:
    assert _text(claim_of(text, amount).recipient) == recipient


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Die Stadt gibt 700.000 Euro für den Bau einer Brücke in Neustadt aus.", "700.000 Euro"),
        ("Die Kosten für die Versorgung in Bayern liegen bei 3 Millionen Euro.", "3 Millionen Euro"),
    ],
)
def test_a_place_of_building_or_of_a_cost_receives_nothing(text: str, amount: str) -> None:
    claim = claim_of(text, amount)
    assert claim.recipient is None or claim.recipient.text not in ("Neustadt", "Bayern")


def test_forecasting_analysts_earn_nothing() -> None:
    text = (
        "Der Autobauer Voltana hat im dritten Quartal 1,2 Milliarden Euro verdient. "
        "Analysten hatten im Schnitt mit 1,4 Milliarden Euro gerechnet."
    )
    claim = claim_of(text, "1,4 Milliarden Euro")
    assert _text(claim.recipient) != "Analysten"
    assert "Voltana" in (_text(claim.recipient) or "")


def test_a_named_company_that_forecasts_its_profit_earns_it() -> None:
    claim = claim_of("Die Nordbank erwartet für 2026 einen Gewinn von 900 Millionen Euro.", "900 Millionen Euro")
    assert "Nordbank" in (_text(claim.recipient) or "")


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Die betroffenen Winzer sollen rasch Geld bekommen. Insgesamt stehen 60 Millionen Euro bereit.", "60 Millionen Euro", "Winzer"),
        ("Die Fischer erhalten Unterstützung. Das Land stellt dafür 12 Millionen Euro zur Verfügung.", "12 Millionen Euro", "Fischer"),
    ],
)
def test_a_receiver_announced_in_the_sentence_before_gets_the_money(text: str, amount: str, recipient: str) -> None:
    assert recipient in (_text(claim_of(text, amount).recipient) or "")


@pytest.mark.parametrize(
    "text, amount",
    [
        # the sentence before has its own sum: its receiver is that sum's
        ("Die Bauern erhielten im Vorjahr 30 Millionen Euro. Der Bund stellt nun 90 Millionen Euro bereit.", "90 Millionen Euro"),
        # the sentence before pays, it does not receive
        ("Die Stiftung zahlt den Opfern Hilfen. Insgesamt stehen 5 Millionen Euro bereit.", "5 Millionen Euro"),
        # another paragraph
        ("Die Winzer sollen rasch Geld bekommen.\n\nDer Umbau des Rathauses kostet 8 Millionen Euro.", "8 Millionen Euro"),
    ],
)
def test_no_receiver_is_carried_without_an_announcement(text: str, amount: str) -> None:
    claim = claim_of(text, amount)
    assert claim.recipient is None or claim.recipient.text not in ("Bauern", "Stiftung", "Opfern", "Winzer")
