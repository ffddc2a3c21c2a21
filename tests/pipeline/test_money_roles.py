"""Agent and recipient of money claims, and attackers of casualty claims, by rule: one test
per failure class of real news (verb classes, case of the determiner, clause subjects,
datelines, appositions, pronouns, paragraph topics, fines, passive and active harm)."""

from __future__ import annotations

from typing import Optional

import pytest

import claimex
from tests.pipeline.probes import parties_of as _roles


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # a dative object of a verb of paying receives, the subject pays
        ("Die Stiftung überweist dem Tierheim 40.000 Euro.", "40.000 Euro", "Stiftung", "Tierheim"),
        # the subject may stand after the verb, the dative object before it
        ("Dem Sportverein gewährt der Landkreis 12.000 Euro.", "12.000 Euro", "Landkreis", "Sportverein"),
        # "zugunsten" introduces who receives
        ("Die Sparkasse spendete 3.000 Euro zugunsten der Kinderkrebshilfe.", "3.000 Euro", "Sparkasse", "Kinderkrebshilfe"),
    ],
)
def test_paying_verb_and_dative_recipient(text: str, amount: str, agent: str, recipient: str) -> None:
    assert _roles(text, amount) == (agent, recipient)


def test_receiving_verb_makes_its_subject_the_recipient() -> None:
    agent, recipient = _roles("Die Klinik bekommt vom Bundesland 2 Millionen Euro.", "2 Millionen Euro")
    assert (agent, recipient) == ("Bundesland", "Klinik")


def test_receiving_verb_in_the_clause_wins_over_a_paying_word() -> None:
    # "erhielten ... erstattet": who gets money back is the recipient, not the payer
    agent, recipient = _roles(
        "Die Mieter erhielten von der Hausverwaltung 800 Euro erstattet.", "800 Euro"
    )
    assert (agent, recipient) == ("Hausverwaltung", "Mieter")


def test_coordinated_amounts_each_take_their_own_party() -> None:
    text = "Tschechien bekommt 4 Milliarden Euro, Ungarn 3 Milliarden Euro."
    assert _roles(text, "4 Milliarden Euro")[1] == "Tschechien"
    assert _roles(text, "3 Milliarden Euro")[1] == "Ungarn"


def test_estimating_subject_neither_pays_nor_receives() -> None:
    agent, recipient = _roles(
        "Der Versicherungsverband beziffert die Sturmschäden auf 90 Millionen Euro.", "90 Millionen Euro"
    )
    assert agent is None and recipient is None


def test_what_costs_is_no_payer_but_its_object_is() -> None:
    agent, _ = _roles("Die neue Brücke kostet die Gemeinde 6 Millionen Euro.", "6 Millionen Euro")
    assert agent == "Gemeinde"


def test_a_price_has_no_payer() -> None:
    agent, recipient = _roles("An der Börse in Chicago kostete ein Scheffel Weizen 6 Dollar.", "6 Dollar")
    assert agent is None and recipient is None


def test_a_genitive_attribute_is_no_subject() -> None:
    # "die Angehörigen der Verunglückten": the genitive belongs to the recipients, it pays nothing
    agent, recipient = _roles(
        "Der Reiseveranstalter will den Angehörigen der Verunglückten je 15.000 Euro zahlen.", "15.000 Euro"
    )
    assert agent == "Reiseveranstalter"
    assert recipient is not None and "Angehörigen" in recipient


def test_dateline_place_is_never_the_payer() -> None:
    agent, _ = _roles("Hamburg (dpa) - Die Reederei zahlt den Hafenarbeitern 2 Millionen Euro.", "2 Millionen Euro")
    assert agent == "Reederei"


def test_dateline_with_a_dash_is_never_the_payer() -> None:
    agent, _ = _roles("Graz – Ein Baukonzern überweist der Stadt 300.000 Euro.", "300.000 Euro")
    assert agent is not None and "Graz" not in agent


@pytest.mark.parametrize("dateline", ["HAMBURG (dpa) -", "HAMBURG -", "KIEL/HAMBURG (AFP) –"])
def test_a_dateline_in_capitals_is_no_party(dateline) -> None:
    agent, recipient = _roles(f"{dateline} Die Reederei gibt der Hafenbehörde 2 Millionen Euro.", "2 Millionen Euro")
    assert (agent, recipient) == ("Reederei", "Hafenbehörde")


def test_subject_pronoun_stands_for_its_antecedent() -> None:
    text = "Der Unternehmer Klaus Berger ist Gönner des Museums. Er spendete dem Museum 50.000 Euro."
    agent, recipient = _roles(text, "50.000 Euro")
    assert agent is not None and "Berger" in agent
    assert recipient == "Museum"


def test_payer_of_the_paragraph_topic_in_the_sentence_before() -> None:
    text = (
        "Der Chemiekonzern Norvalin steht seit Monaten in der Kritik. "
        "Nun sollen 25 Millionen Euro an die Anrainer fließen."
    )
    agent, recipient = _roles(text, "25 Millionen Euro")
    assert agent is not None and "Norvalin" in agent
    assert recipient == "Anrainer"


def test_topic_does_not_cross_a_paragraph() -> None:
    text = "Der Chemiekonzern Norvalin steht in der Kritik.\n\nNun sollen 25 Millionen Euro an die Anrainer fließen."
    agent, _ = _roles(text, "25 Millionen Euro")
    assert agent is None


def test_apposition_gives_the_name_not_the_common_noun() -> None:
    agent, _ = _roles("Der Autobauer Veltra zahlt 70 Millionen Euro an die Händler.", "70 Millionen Euro")
    assert agent is not None and "Veltra" in agent


def test_fined_party_after_a_dative_is_the_agent() -> None:
    text = "Die Kartellbehörde ermittelt; dem Zementhersteller droht eine Geldbuße von 8 Millionen Euro."
    agent, _ = _roles(text, "8 Millionen Euro")
    assert agent == "Zementhersteller"


def test_fined_party_after_gegen_with_inflected_fine_noun() -> None:
    text = "Die Kartellbehörde hat gegen zwei Banken Strafen von insgesamt 9 Millionen Euro verhängt."
    agent, recipient = _roles(text, "9 Millionen Euro")
    assert agent is not None and "Banken" in agent
    assert recipient == "Kartellbehörde"


def _attacker(text: str, amount: str) -> Optional[str]:
    claim = next(c for c in claimex.extract(text) if c.text == amount)
    return claim.agent.text if claim.agent is not None else None


def test_attack_noun_is_found_in_its_inflected_forms() -> None:
    attacker = _attacker("Bei türkischen Luftangriffen kamen 9 Kämpfer ums Leben.", "9")
    assert attacker is not None and "türkischen" in attacker


def test_passive_harm_names_who_did_it_after_durch() -> None:
    attacker = _attacker("In dem Dorf wurden 14 Bauern durch Rebellen getötet.", "14")
    assert attacker == "Rebellen"


def test_active_harm_verb_makes_its_subject_the_attacker() -> None:
    attacker = _attacker("Im Norden haben Rebellen 11 Soldaten getötet.", "11")
    assert attacker == "Rebellen"


def test_victims_of_another_count_are_no_attacker() -> None:
    # "tötete fünf Menschen und verletzte sieben": the five are victims, not who hurt the seven
    attacker = _attacker("Der Sprengsatz tötete fünf Menschen und verletzte sieben weitere.", "sieben")
    assert attacker is None or "Menschen" not in attacker


def test_a_time_phrase_before_the_count_is_no_attacker() -> None:
    attacker = _attacker("Im vergangenen Monat hatten Milizen 6 Zivilisten getötet.", "6")
    assert attacker == "Milizen"


def test_a_passive_harm_with_von_after_a_noun_is_an_attribute() -> None:
    # "beim Einsturz von Gebäuden": "von" belongs to the noun, the buildings hurt nobody on purpose
    attacker = _attacker("Beim Einsturz von Gebäuden starben 20 Menschen.", "20")
    assert attacker is None


def test_the_verb_of_the_amounts_own_verb_phrase_decides() -> None:
    # "bekam eine Rüge und muss ... zahlen": the paying verb, not the receiving one, governs the amount
    text = "Der Bauunternehmer bekam eine Rüge und muss 7.000 Euro an die Feuerwehr zahlen."
    assert _roles(text, "7.000 Euro") == ("Bauunternehmer", "Feuerwehr")


def test_each_amount_takes_the_recipient_of_its_own_clause() -> None:
    text = "Die Landesregierung zahlt 4 Millionen Euro an die Tafeln, 2 Millionen Euro an die Frauenhäuser."
    assert _roles(text, "4 Millionen Euro")[1] == "Tafeln"
    assert _roles(text, "2 Millionen Euro")[1] == "Frauenhäuser"


def test_a_genitive_name_owns_the_noun_after_it() -> None:
    agent, _ = _roles("Österreichs Finanzamt zahlt den Pendlern 90 Euro.", "90 Euro")
    assert agent != "Österreichs"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # a bare dative plural receives; the place phrase after it is no second object
        ("Ein Bauunternehmer ließ Bürgermeistern in zwei Landkreisen insgesamt 80.000 Euro zukommen.", "80.000 Euro", "Bürgermeistern"),
        ("Die Reederei soll Zollbeamten in drei Häfen rund 150.000 Euro gezahlt haben.", "rund 150.000 Euro", "Zollbeamten"),
    ],
)
def test_a_bare_dative_plural_receives_not_the_place_after_it(text: str, amount: str, recipient: str) -> None:
    assert _roles(text, amount)[1] == recipient


def test_a_name_after_a_preposition_is_no_bare_dative_object() -> None:
    # "in der Republik Moldau": the object of "in", not of the paying verb
    _, recipient = _roles("Die Firma soll Beamten in der Republik Moldau 30.000 Euro überwiesen haben.", "30.000 Euro")
    assert recipient == "Beamten"


def test_zugunsten_names_whom_the_money_benefits() -> None:
    # "Suppenküche" is no organisation noun of the lexicon: the purpose after "zugunsten" receives
    text = "Der Kegelclub überwies nach dem Sommerfest 1.800 Euro zugunsten der Suppenküche in Lindau."
    _, recipient = _roles(text, "1.800 Euro")
    assert recipient is not None and recipient.startswith("Suppenküche")


def test_fuer_with_a_purpose_names_no_recipient() -> None:
    _, recipient = _roles("Der Landkreis zahlt 250.000 Euro für Modellprojekte.", "250.000 Euro")
    assert recipient != "Modellprojekte"


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # "einer" with no noun or preposition before it is a dative, even at the sentence start
        ("Einer langjährigen Mieterin zahlte die Wohnbaugesellschaft 6.400 Euro.", "6.400 Euro", "Wohnbaugesellschaft", "langjährigen Mieterin"),
        # after a noun it is a genitive: the owner of the subject, no recipient
        ("Die Stiftung einer Unternehmerin zahlte 7.000 Euro an den Ruderverein.", "7.000 Euro", "Stiftung", "Ruderverein"),
    ],
)
def test_einer_is_a_dative_unless_a_noun_owns_it(text: str, amount: str, agent: str, recipient: str) -> None:
    assert _roles(text, amount) == (agent, recipient)


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # a bare participle before a passive auxiliary opens a passive clause: it is no party
        ("Die Anteilseigner bekommen eine höhere Dividende: Vorgeschlagen werden 1,20 Euro je Aktie.", "1,20 Euro", None, "Anteilseigner"),
        ("Für Kitas gibt es mehr Geld: Eingeplant sind 80 Millionen Euro.", "80 Millionen Euro", None, None),
        # an agent noun in "-ant" stays one
        ("Der Lieferant zahlte der Kundin 3.000 Euro.", "3.000 Euro", "Lieferant", "Kundin"),
    ],
)
def test_a_participle_opening_a_passive_clause_is_no_party(text: str, amount: str, agent: Optional[str], recipient: Optional[str]) -> None:
    assert _roles(text, amount) == (agent, recipient)



def test_the_earner_of_a_revenue_is_the_topic_not_a_name_inside_a_prepositional_phrase() -> None:
    text = (
        "Der Chemiekonzern Veltra hat 2025 wieder Gewinn gemacht. Im Vorjahr hatte der Konzern wegen Problemen "
        "bei der Agrartochter Fieldcore noch rote Zahlen geschrieben. Der Umsatz stieg auf 8,2 Milliarden Euro."
    )
    agent, recipient = _roles(text, "8,2 Milliarden Euro")
    assert recipient is not None and recipient.endswith("Veltra")
