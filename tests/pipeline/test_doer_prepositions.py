"""The doer of a passive or of a noun of paying after "durch", "seitens", "vonseiten" pays
("wird durch den Landkreis gefördert", "die Übernahme durch den Investor X", "seitens des
Kantons"), and verbs of support in the participle and "ausstatten" give their object (active) or
subject (passive) the money. Negative cases: "durch" as a route or means names no payer, and a
"von" attribute of a purpose noun is no payer beside a "vonseiten" one. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # passive with "durch": the subject receives, the doer pays
        ("Der Sportverein TSV Aurich wird durch den Landkreis mit 80.000 Euro unterstützt.", "80.000 Euro", "Landkreis", "TSV Aurich"),
        ("Die Musikschule wurde durch die Gemeinde mit 15.000 Euro gefördert.", "15.000 Euro", "Gemeinde", "Musikschule"),
        # "seitens"/"vonseiten" with a verb of receiving
        ("Die Gemeinde Lienz bekommt seitens der Landesregierung 2 Millionen Euro.", "2 Millionen Euro", "Landesregierung", "Gemeinde Lienz"),
        (
            "Vonseiten des Kantons erhalten die Spitäler 90 Millionen Franken für die Betreuung von Patienten.",
            "90 Millionen Franken",
            "Kantons",
            "Spitäler",
        ),
    ],
)
def test_doer_of_a_passive_or_receipt_pays(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # the doer of a noun of paying or buying
        ("Die Finanzierung durch die Förderbank beläuft sich auf 60 Millionen Euro.", "60 Millionen Euro", "Förderbank"),
        ("Die Übernahme der Brauerei Kessler durch den Getränkekonzern Vintra kostet 420 Millionen Euro.", "420 Millionen Euro", "Getränkekonzern Vintra"),
        ("Seitens der Stiftung wurden weitere 300.000 Euro zugesagt.", "300.000 Euro", "Stiftung"),
    ],
)
def test_doer_of_a_noun_pays(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount)[0] == agent


@pytest.mark.parametrize(
    "text, amount",
    [
        # "durch" at the head of a clause with no noun or passive before it: a means, no doer
        ("Durch den Verkauf nahm die Reederei 12 Millionen Euro ein.", "12 Millionen Euro"),
        ("Durch Tirol rollen jährlich Waren im Wert von 4 Milliarden Euro.", "4 Milliarden Euro"),
    ],
)
def test_durch_as_means_or_route_pays_nothing(text: str, amount: str) -> None:
    assert parties_of(text, amount)[0] is None


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        ("Die Landesregierung will die Feuerwehren mit 30 Millionen Euro ausstatten.", "30 Millionen Euro", "Landesregierung", "Feuerwehren"),
        ("Der Kanton stattet die Kantonspolizei mit zusätzlichen 12 Millionen Franken aus.", "12 Millionen Franken", "Kanton", "Kantonspolizei"),
        ("Der Bund hat die Verkehrsbetriebe 2024 mit 700 Millionen Euro bezuschusst.", "700 Millionen Euro", "Bund", "Verkehrsbetriebe"),
        # passive participle: the subject receives
        ("Das Frauenhaus wird vom Land mit 250.000 Euro gefördert.", "250.000 Euro", "Land", "Frauenhaus"),
    ],
)
def test_support_verbs_in_all_forms(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        ("Die Sanierung der Stadthalle wird vom Land mit 2 Millionen Euro gefördert.", "2 Millionen Euro", "Land"),
        ("Das Projekt wird durch die Stiftung mit 400.000 Euro unterstützt.", "400.000 Euro", "Stiftung"),
    ],
)
def test_what_a_passive_support_pays_for_receives_nothing(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount) == (agent, None)
