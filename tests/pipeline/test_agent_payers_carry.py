"""Which payer a payment without one of its own takes from the payment before it in its
paragraph (relations._inherit_money_parties, money_parties.names_earnings). Every text here is written
for these tests."""

from __future__ import annotations

from .probes import role_of


def test_a_salary_takes_no_payer_from_a_bribe_before_it() -> None:
    text = (
        "Laut Anklage zahlte der Bauunternehmer Kessler dem Beamten 90.000 Euro. "
        "Der Beamte bezog zuletzt ein Monatsgehalt von rund 5.400 Euro."
    )
    assert role_of(text, "rund 5.400 Euro", "agent") is None


def test_a_payment_without_a_salary_still_takes_the_payer_before_it() -> None:
    text = (
        "Laut Anklage zahlte der Bauunternehmer Kessler dem Beamten 90.000 Euro. "
        "Weitere 20.000 Euro flossen an dessen Ehefrau."
    )
    assert "Kessler" in (role_of(text, "20.000 Euro", "agent") or "")
