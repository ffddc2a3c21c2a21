"""People a noun of aid names after a purpose preposition receive the money: "zur Unterstützung
von Kleinbauern", "für die Versorgung der Verletzten", and after the compound "zugunsten von".
Negative cases: a noun of what is done with people ("Freilassung"), a cost of aid ("Die Kosten
für die Versorgung von …"), and a route ("für die Fahrt von Serbien") name no receiver; "von"
after a verb of demanding still names the payer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of, role_of


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        ("Brüssel gibt 80 Millionen Euro zur Unterstützung von Kleinbauern in Westafrika frei.", "80 Millionen Euro", "Brüssel", "Kleinbauern"),
        ("Das Land stellte zuletzt 12 Millionen Euro für die Versorgung von Flüchtlingen bereit.", "12 Millionen Euro", "Land", "Flüchtlingen"),
        ("Der Kanton gibt 3 Millionen Franken zur Entschädigung der betroffenen Landwirte frei.", "3 Millionen Franken", "Kanton", "betroffenen Landwirte"),
        ("Die Stiftung spendete 40.000 Euro zugunsten von Hochwasseropfern.", "40.000 Euro", "Stiftung", "Hochwasseropfern"),
    ],
)
def test_the_aided_people_receive(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


@pytest.mark.parametrize(
    "text, amount",
    [
        # what is done with the people, not aid to them
        ("Frankreich soll für die Freilassung von drei Entführten 12 Millionen Euro gezahlt haben.", "12 Millionen Euro"),
        # a cost of aid is paid to no one it names
        ("Die Kosten für die Versorgung von Asylsuchenden stiegen auf 900 Millionen Euro.", "900 Millionen Euro"),
    ],
)
def test_no_receiver_without_aid_to_people(text: str, amount: str) -> None:
    assert role_of(text, amount, "recipient") is None


def test_von_after_a_demand_still_names_the_payer() -> None:
    # "von den Familien" after "gefordert" is who pays, no aided people
    assert role_of("Die Erpresser hatten von den Familien 150.000 Euro gefordert.", "150.000 Euro", "agent") == "Familien"


def test_a_route_after_von_is_no_receiver() -> None:
    assert role_of("Ein Schleuser verlangt für die Fahrt von Serbien nach Ungarn 2.500 Euro.", "2.500 Euro", "recipient") != "Serbien"
