"""Who the sentence before is about pays a payment whose clause names no payer, except when that
sentence only reports ("Das teilte Landesrätin X mit": its speaker pays nothing) or its subject
received money itself ("X strich ein Preisgeld ein. Der Zweite bekommt …": a receiver is no payer
of the next receipt). "einstreichen" is a verb of receiving. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount",
    [
        (
            "Die Landesregierung hat ein Hilfspaket für die Landwirte beschlossen. Das teilte Agrarlandesrätin Petra Haas am Montag mit. Betroffene Betriebe erhalten bis zu 8000 Euro.",
            "bis zu 8000 Euro",
        ),
        (
            "Die Skirennläuferin Lena Brunner hat in Cortina ein Preisgeld von 45.000 Euro eingestrichen. Die Zweitplatzierte bekommt 22.000 Euro.",
            "22.000 Euro",
        ),
    ],
)
def test_no_reporter_or_receiver_of_the_sentence_before_pays(text: str, amount: str) -> None:
    assert parties_of(text, amount)[0] not in ("Petra Haas", "Agrarlandesrätin Petra Haas", "Lena Brunner", "Skirennläuferin Lena Brunner")


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # the topic that pays in the clause it opens still pays the receipt after it
        ("Die Stadtwerke wollen ihre Kunden entschädigen: Jeder Haushalt erhält 80 Euro. Gewerbekunden bekommen 300 Euro.", "300 Euro", "Stadtwerke"),
        ("Der Kanton Bern zahlt den Gemeinden einen Zuschuss. Kleine Gemeinden erhalten je 50.000 Franken.", "50.000 Franken", "Kanton Bern"),
    ],
)
def test_paying_topic_still_pays(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount)[0] == agent


def test_einstreichen_is_receiving() -> None:
    assert parties_of("Der Golfprofi Martin Kaymer hat 2 Millionen Dollar eingestrichen.", "2 Millionen Dollar")[1] == "Martin Kaymer"
