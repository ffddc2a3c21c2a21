"""A receiver after "an" that no mention covers may stand before the amount in its paying clause
("überweist an Tottenham Hotspur eine Ablöse von …", "hat an über 300 Betroffene je …
ausgezahlt"), as after it. "an den" with a counted plural is a dative ("an den drei
Turniertagen": a time), and "an der Börse" a place: no receivers. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Der Hamburger Verein überweist an Tottenham Hotspur eine Ablöse von 12 Millionen Euro.", "12 Millionen Euro", "Tottenham Hotspur"),
        ("Die Stiftung hat an über 300 Betroffene bereits je 5000 Euro ausgezahlt.", "5000 Euro", "Betroffene"),
    ],
)
def test_receiver_after_an_before_the_amount(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Der Verband schüttet an den drei Turniertagen ein Preisgeld von 600.000 Euro aus.", "600.000 Euro"),
        ("Der Konzern zahlte an der Börse zuletzt 40 Euro je Aktie.", "40 Euro"),
    ],
)
def test_no_receiver_in_a_dative_after_an(text: str, amount: str) -> None:
    assert parties_of(text, amount)[1] is None
