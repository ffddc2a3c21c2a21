"""Who pays and receives a deal's price told in the sentence after the deal
(pipeline/deal_parties.py): the buyer pays, the seller of a "von" phrase receives; of "verkauft"
the subject receives and the "an" phrase pays. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from .probes import parties_of

_DEAL = "Zürich – Der Verpackungskonzern Helvopack übernimmt den Folienhersteller Bremtec"
_PRICE = "Der Kaufpreis liegt bei 310 Millionen Franken."


def test_the_buyer_pays_and_the_seller_receives_the_price_told_after_the_deal() -> None:
    agent, recipient = parties_of(f"{_DEAL} von der Beteiligungsgesellschaft Nordkap Capital. {_PRICE}", "310 Millionen Franken")
    assert "Helvopack" in (agent or "") and "Nordkap Capital" in (recipient or "")


def test_what_is_bought_receives_nothing() -> None:
    agent, recipient = parties_of(f"{_DEAL}. {_PRICE}", "310 Millionen Franken")
    assert "Helvopack" in (agent or "") and recipient is None


def test_a_sale_gives_the_buyer_of_its_an_phrase_and_the_seller() -> None:
    text = "Die Stadt Graz verkauft ihre Anteile an der Therme an den Freizeitkonzern Aquaria. Der Kaufpreis beträgt 12 Millionen Euro."
    agent, recipient = parties_of(text, "12 Millionen Euro")
    assert "Aquaria" in (agent or "") and "Graz" in (recipient or "")


def test_no_deal_before_the_price_gives_no_parties() -> None:
    text = f"Der Verpackungskonzern Helvopack hat seine Zahlen vorgelegt. {_PRICE}"
    assert parties_of(text, "310 Millionen Franken") == (None, None)


def test_a_sale_of_a_relative_clause_names_no_seller() -> None:
    text = (
        "Die Behörde ermittelt gegen den Händler Weinmann, der Öl über dem Preisdeckel verkauft haben soll. "
        "Das Volumen der Geschäfte soll sich auf 40 Millionen Dollar belaufen."
    )
    assert parties_of(text, "40 Millionen Dollar") == (None, None)


def test_a_sale_told_before_its_price_finds_a_buyer_of_several_mentions() -> None:
    # one reading of the "an" phrase for a price in the sale's clause and one told after it
    # ("Fujian" is a mention of its own: the buyer is found by its reach from "an", not by words between)
    text = "Die Familie Hofer verkauft den Puppenhersteller an die Fujian Toy Group. Der Kaufpreis liegt bei 210 Millionen Euro."
    agent, recipient = parties_of(text, "210 Millionen Euro")
    assert "Toy Group" in (agent or "") and "Hofer" in (recipient or "")


def test_a_stake_in_a_party_is_no_sale_to_it() -> None:
    text = "Die Familie Brandt verkauft ihre Beteiligung an der Reederei Nordlicht für 90 Millionen Euro."
    agent, _ = parties_of(text, "90 Millionen Euro")
    assert "Nordlicht" not in (agent or "")


@pytest.mark.parametrize(
    "text,amount,buyer,seller",
    [
        (
            "Für den Verkauf des Verteidigers Malik Osei an den FC Arsenal kassiert der VfB Stuttgart eine Ablöse von 35 Millionen Euro.",
            "35 Millionen Euro",
            "FC Arsenal",
            "VfB Stuttgart",
        ),
        (
            "Der Verkauf der Kältetechnik-Sparte an den Finanzinvestor Triton bringt dem Konzern 1,4 Milliarden Euro.",
            "1,4 Milliarden Euro",
            "Triton",
            "Konzern",
        ),
    ],
)
def test_the_buyer_of_a_sale_noun_pays(text: str, amount: str, buyer: str, seller: str) -> None:
    agent, recipient = parties_of(text, amount)
    assert buyer in (agent or "") and seller in (recipient or "")


def test_a_sale_noun_without_a_buyer_names_no_payer() -> None:
    text = "Für den Verkauf des Verteidigers kassiert der VfB Stuttgart eine Ablöse von 35 Millionen Euro."
    agent, _ = parties_of(text, "35 Millionen Euro")
    assert agent is None or "Verteidiger" not in agent


def test_proceeds_of_a_sale_have_no_payer() -> None:
    # revenue is earned, not paid by a party (CLAIMS.md categories): the buyer is no receiver either
    text = "Durch den Verkauf der Logistiksparte an DSV nahm der Konzern 900 Millionen Euro ein."
    agent, recipient = parties_of(text, "900 Millionen Euro")
    assert recipient != "DSV"
