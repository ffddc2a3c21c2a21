"""Who receives a fine that its payer pays: the dative of the paying verb, not a fined party
(pipeline/money_parties.py). Every text here is written for these tests."""

from __future__ import annotations

from .probes import parties_of


def test_a_bank_that_pays_a_fine_to_a_ministry() -> None:
    text = (
        "Die Zürcher Privatbank Limmatfels legt ihren Steuerstreit mit den USA bei. "
        "Sie bezahlt dem US-Finanzministerium eine Busse von 95 Mio. Dollar."
    )
    assert parties_of(text, "95 Mio. Dollar") == ("Zürcher Privatbank Limmatfels", "US-Finanzministerium")


def test_a_shipowner_pays_the_port_authority_a_penalty() -> None:
    text = "Die Reederei zahlt der Hafenbehörde eine Strafe von 80.000 Euro."
    assert parties_of(text, "80.000 Euro") == ("Reederei", "Hafenbehörde")


def test_a_threatened_fine_keeps_its_dative_as_the_fined_party() -> None:
    text = "Dem Stahlkonzern droht eine Geldbuße von 20 Millionen Euro."
    assert parties_of(text, "20 Millionen Euro")[0] == "Stahlkonzern"
