"""A transfer fee told after the signing (pipeline/deal_parties.py): the signing club pays, the
club the player leaves receives; fresh wire-style texts."""

import pytest

from tests.pipeline.probes import parties_of


def test_the_fee_after_a_signing_in_the_perfect():
    text = (
        "Der VfL Wolfsburg hat den dänischen Verteidiger Mads Holm vom FC Kopenhagen verpflichtet. "
        "Die Ablöse liegt nach Vereinsangaben bei 12 Millionen Euro."
    )
    assert parties_of(text, "12 Millionen Euro") == ("VfL Wolfsburg", "FC Kopenhagen")


def test_the_price_after_a_takeover_in_the_perfect():
    text = "Der Baukonzern Strabau hat das Familienunternehmen Kellner von der Holding Arvia gekauft. Der Kaufpreis liegt bei 80 Millionen Euro."
    agent, recipient = parties_of(text, "80 Millionen Euro")
    assert agent is not None and "Strabau" in agent and recipient is not None and "Arvia" in recipient


@pytest.mark.parametrize(
    "deal",
    [
        "Der Stürmer Mads Holm wurde vom VfL Wolfsburg verpflichtet.",  # a passive names no buyer first
        "Der VfL Wolfsburg hat den Stürmer Mads Holm verpflichtet.",  # no club he leaves: no deal
        "Der VfL Wolfsburg hat sich verpflichtet, das Stadion zu sanieren.",  # reflexive: no signing
    ],
)
def test_no_parties_without_a_buyer_and_a_club_left(deal):
    text = f"{deal} Die Summe liegt bei 12 Millionen Euro."
    assert parties_of(text, "12 Millionen Euro") == (None, None)
