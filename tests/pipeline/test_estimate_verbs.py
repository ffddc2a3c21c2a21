"""Estimating verbs name their subject (or a passive's agent after "von") as the source.

Fresh wire-style sentences: "veranschlagte", "kalkuliert", "taxierten", "prognostiziert" with
a fronted object or the subject first, passive estimates with "von"; the negatives: a state
passive, a passive without an agent, a participle as an attribute.
"""

from __future__ import annotations

import pytest

from .probes import source_of


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Die Mehrkosten für den Brückenneubau veranschlagte der Landesrechnungshof auf 14 Millionen Euro.", "14 Millionen", "Landesrechnungshof"),
        ("Die Stadtkämmerin veranschlagte die Kosten am Montag im Finanzausschuss auf 22 Millionen Euro.", "22 Millionen", "Stadtkämmerin"),
        ("Die Reederei kalkuliert die Ausfälle durch die Sperrung auf gut 90 Millionen Euro.", "90 Millionen", "Reederei"),
        ("Den Wert der Sammlung taxierten die Gutachter auf 6,2 Millionen Euro.", "6,2 Millionen", "Gutachter"),
        ("Das Wirtschaftsinstitut prognostiziert für das kommende Jahr Steuerausfälle von 11 Milliarden Euro.", "11 Milliarden", "Wirtschaftsinstitut"),
        ("Der Sachschaden wird von der Feuerwehr auf rund 250.000 Euro beziffert.", "250.000 Euro", "Feuerwehr"),
        ("Die Schäden an den Weinbergen wurden vom Bauernverband auf 4 Millionen Euro taxiert.", "4 Millionen", "Bauernverband"),
    ],
)
def test_an_estimating_verb_names_its_source(text: str, amount: str, source: str) -> None:
    assert source_of(text, amount) == source


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Für die Sanierung des Hallenbads sind 12 Millionen Euro veranschlagt.", "12 Millionen"),
        ("Die Baukosten wurden zunächst auf 640 Millionen Euro veranschlagt.", "640 Millionen"),
        ("Die prognostizierten Mehreinnahmen von 900 Millionen Euro blieben aus.", "900 Millionen"),
    ],
)
def test_an_estimate_without_a_named_estimator_has_no_source(text: str, amount: str) -> None:
    assert source_of(text, amount) is None


def test_a_passive_controlled_by_someone_is_no_estimate() -> None:
    # "von der Miliz kontrolliert" says who controls the body, not who reports the figure
    text = "Die Behörde, die von der Miliz kontrolliert wird, meldet mehr als 1200 Tote."
    assert source_of(text, "1200") == "Behörde"
