"""The shareholders a report names receive a payout to owners whose clause names no other
receiver (pipeline/company_payouts.py fill_payout_receivers): a dividend told without them, a
sum per share a board proposes, a total a company pays out. Negative cases: a report that never
names its shareholders gives no receiver; a receiver the clause names keeps it; a person who
claims a price per share is not replaced. Every text here is written for these tests."""

from __future__ import annotations

from tests.pipeline.probes import role_of

_LEAD = (
    "Hamburg (dpa) - Die Reederei Nordlicht Shipping hat 2025 deutlich mehr verdient. "
    "Der Gewinn stieg auf 410 Millionen Euro. Die Aktionäre sollen davon profitieren. "
)


def test_a_dividend_told_without_its_receivers_goes_to_the_named_shareholders() -> None:
    text = _LEAD + "Die Dividende soll auf 2,40 Euro je Aktie steigen."
    assert role_of(text, "2,40 Euro", "recipient") == "Aktionäre"


def test_a_board_proposing_a_sum_per_share_does_not_receive_it() -> None:
    text = _LEAD + "Der Aufsichtsrat schlägt eine Sonderdividende von 1,10 Euro vor."
    assert role_of(text, "1,10 Euro", "recipient") == "Aktionäre"


def test_a_total_paid_out_goes_to_the_shareholders() -> None:
    text = _LEAD + "Insgesamt schüttet die Reederei damit rund 120 Millionen Euro aus."
    assert role_of(text, "rund 120 Millionen Euro", "recipient") == "Aktionäre"


def test_no_shareholders_named_no_receiver() -> None:
    text = "Hamburg (dpa) - Die Reederei Nordlicht Shipping hat 2025 deutlich mehr verdient. Die Dividende soll auf 2,40 Euro je Aktie steigen."
    assert role_of(text, "2,40 Euro", "recipient") is None


def test_a_receiver_the_clause_names_keeps_it() -> None:
    text = _LEAD + "Die Stadt Hamburg, die 20 Prozent hält, erhält eine Dividende von 18 Millionen Euro."
    assert role_of(text, "18 Millionen Euro", "recipient") == "Stadt Hamburg"


def test_a_person_claiming_a_price_per_share_keeps_it() -> None:
    text = _LEAD + "Der Investor Karl Brandt fordert mindestens 60 Euro je Aktie."
    assert role_of(text, "mindestens 60 Euro", "recipient") != "Aktionäre"
