"""Recipients read from grammar: who asserts a claim to money, dative objects after a quantifier
("jeder Familie"), verbs of receiving and paying in their separable and infinitive forms, and a
receiver introduced with no article. Each class has cases where a recipient is found and cases
where none may be. Every sentence is new, written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # the subject of a clause that asserts a claim to the amount receives it
        ("Die Reederei Holmsen hat Schadenersatzforderungen über 3,2 Millionen Euro angemeldet.", "3,2 Millionen Euro", "Reederei Holmsen"),
        ("Der Fußballverein hat eine Klage über 640.000 Euro eingereicht.", "640.000 Euro", "Fußballverein"),
        # no subject of its own: the claim's genitive attribute makes it
        ("Die Forderungen der Geschädigten summieren sich auf 1,4 Millionen Euro.", "1,4 Millionen Euro", "Geschädigten"),
    ],
)
def test_claimant_receives(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


def test_the_one_sued_pays_the_claim() -> None:
    text = "Der Fußballverein hat eine Klage über 640.000 Euro gegen die Stadionbetreiberin eingereicht."
    assert parties_of(text, "640.000 Euro") == ("Stadionbetreiberin", "Fußballverein")


@pytest.mark.parametrize(
    "text, amount",
    [
        # who only speaks of a claim, or expects one, does not make it
        ("Der Sprecher der Gemeinde sprach von Forderungen über 90.000 Euro.", "90.000 Euro"),
        ("Die Bank rechnet mit Klagen über 12 Millionen Euro.", "12 Millionen Euro"),
    ],
)
def test_speaking_of_a_claim_makes_no_claimant(text: str, amount: str) -> None:
    assert parties_of(text, amount)[1] is None


def test_who_receives_a_demand_pays_it() -> None:
    text = "Die Entführer meldeten sich am Montag. Die Familie erhielt eine Lösegeldforderung über 400.000 Euro."
    agent, recipient = parties_of(text, "400.000 Euro")
    assert agent == "Familie"
    assert recipient == "Entführer"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # a quantifier in -er before a feminine noun: a dative object
        ("Der Energieversorger will jeder betroffenen Gemeinde 20.000 Euro überweisen.", "20.000 Euro", "betroffenen Gemeinde"),
        ("Die Landesregierung zahlt keiner Partei mehr als 80.000 Euro.", "mehr als 80.000 Euro", "Partei"),
    ],
)
def test_dative_after_a_quantifier(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


def test_a_quantifier_in_the_nominative_pays() -> None:
    # "jeder" before a masculine noun is the nominative subject
    agent, recipient = parties_of("Jeder Bewohner zahlt 150 Euro an die Gemeinde.", "150 Euro")
    assert agent == "Bewohner"
    assert recipient == "Gemeinde"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # an infinitive of a compound of "zahlen": a paying verb, its dative object receives
        ("Die Versicherung kündigte an, den Mietern 700 Euro auszuzahlen.", "700 Euro", "Mietern"),
        # a bare name between the subject and the amount of "zur Verfügung gestellt"
        ("Die Weltbank hat Moldau 300 Millionen Dollar zur Verfügung gestellt.", "300 Millionen Dollar", "Moldau"),
        # separable and infinitive forms of receiving: the subject receives
        ("Die Startup-Firma Kelvio will in der nächsten Runde 40 Millionen Euro einsammeln.", "40 Millionen Euro", "Startup-Firma Kelvio"),
        ("Die Krankenkasse holt jedes Jahr 12 Millionen Euro von Unfallverursachern zurück.", "12 Millionen Euro", "Krankenkasse"),
    ],
)
def test_verb_forms_of_paying_and_receiving(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


def test_a_receiver_with_no_article_is_not_a_body_named_before() -> None:
    # "kriminelle Gruppen" is introduced here: it is no name for the body the sentence names first
    text = "Die Zollbehörde Ostmark berichtet, dass kriminelle Gruppen jährlich 30 Millionen Euro einnehmen."
    assert parties_of(text, "30 Millionen Euro")[1] == "kriminelle Gruppen"


def test_a_definite_receiver_is_the_body_named_before() -> None:
    text = "Der Chemiekonzern Varella legte am Montag Zahlen vor. Das Unternehmen verdiente 40 Millionen Euro."
    assert parties_of(text, "40 Millionen Euro")[1] == "Chemiekonzern Varella"


def test_compensation_received_for_a_loss_goes_to_its_receiver() -> None:
    # a verb of receiving: the loss named ("Ausfall") is what the money makes good
    text = "Die Pension Alpenblick bekommt für den Ausfall der Saison weitere 60.000 Euro."
    assert parties_of(text, "60.000 Euro")[1] == "Pension Alpenblick"


def test_an_own_loss_has_no_receiver() -> None:
    text = "Die Reederei Holmsen verzeichnete einen Ausfall von 60.000 Euro."
    assert parties_of(text, "60.000 Euro")[1] is None


def test_sentenced_to_pay_a_receiver_after_an() -> None:
    text = "Das Landgericht hat den Bauträger zu Schadenersatz von 300.000 Euro an einen früheren Mieter verurteilt."
    agent, recipient = parties_of(text, "300.000 Euro")
    assert recipient is not None and "Mieter" in recipient


def test_bought_company_after_a_place_adjective() -> None:
    # the company bought, named after a place adjective and its noun
    text = "Der Chemiekonzern Varella übernimmt den Kieler Farbenhersteller Nordlack für 800 Millionen Euro."
    recipient = parties_of(text, "800 Millionen Euro")[1]
    assert recipient is not None and recipient.endswith("Nordlack")


def test_a_place_adjective_is_no_receiver() -> None:
    text = "Die Stadt zahlt der Wiener Tafel 5000 Euro."
    assert parties_of(text, "5000 Euro")[1] != "Wiener"


def test_money_due_goes_to_the_datives_antecedent() -> None:
    text = "Die Mieter mussten drei Wochen in einer Pension wohnen. Ihnen stehen nach dem Urteil jeweils 900 Euro zu."
    assert parties_of(text, "900 Euro")[1] == "Mieter"


def test_a_dative_pronoun_without_a_verb_of_money_due_receives_nothing() -> None:
    text = "Die Mieter mussten drei Wochen in einer Pension wohnen. Ihnen fehlen noch 900 Euro."
    assert parties_of(text, "900 Euro")[1] is None


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # whose costs or whose service a purpose phrase names receives the money
        ("Für die Behandlungskosten der Verletzten hat die Versicherung 80.000 Euro bezahlt.", "80.000 Euro", "Verletzten"),
        ("Die Gemeinde gibt 15.000 Euro für einen Fahrdienst der Diakonie aus.", "15.000 Euro", "Diakonie"),
    ],
)
def test_owner_of_a_purpose_receives(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


def test_owner_of_a_purpose_that_finances_a_sector_receives_nothing() -> None:
    text = "Die Regierung stellt 40 Millionen Euro für den Ausbau des Energiesektors bereit."
    assert parties_of(text, "40 Millionen Euro")[1] is None


HEADLINE = "Meldung aus der Region\n\n"  # a body paragraph, as in a news text


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # each "an" conjunct of a gapped payment has its own receiver
        ("Das Ministerium überweist an Kärnten 4 Millionen Euro und an Tirol 3 Millionen Euro.", "4 Millionen Euro", "Kärnten"),
        ("Das Ministerium überweist an Kärnten 4 Millionen Euro und an Tirol 3 Millionen Euro.", "3 Millionen Euro", "Tirol"),
        ("Die Kasse zahlte an die Witwe 90.000 Euro und an die Kinder 20.000 Euro.", "20.000 Euro", "Kinder"),
    ],
)
def test_receiver_of_each_gapped_an_conjunct(text: str, amount: str, recipient: str) -> None:
    assert parties_of(HEADLINE + text, amount)[1] == recipient


def test_a_gapped_purpose_conjunct_keeps_the_shared_receiver() -> None:
    # "für den Energiesektor" finances a sector: the conjunct's amount goes to the receiver before
    text = "Die EU zahlt an die Ukraine 5 Milliarden Euro und für den Energiesektor 2 Milliarden Euro."
    assert parties_of(HEADLINE + text, "2 Milliarden Euro")[1] == "Ukraine"


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # who the payer settles with receives
        ("Der Pharmakonzern einigte sich mit den Klägern auf eine Zahlung von 90 Millionen Dollar.", "90 Millionen Dollar", "Pharmakonzern", "Klägern"),
        ("Die Seilbahn hat sich mit der Familie auf eine Entschädigung von 250.000 Franken geeinigt.", "250.000 Franken", "Seilbahn", "Familie"),
    ],
)
def test_settlement_partner_receives(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(HEADLINE + text, amount) == (agent, recipient)


def test_negotiating_with_a_party_makes_no_receiver() -> None:
    text = "Der Konzern verhandelt mit der Gewerkschaft über Lohnerhöhungen von 50 Millionen Euro."
    assert parties_of(HEADLINE + text, "50 Millionen Euro")[1] is None


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # who seizes money in the active past takes it
        ("Die Zollfahnder beschlagnahmten Bargeld im Wert von 250.000 Euro.", "250.000 Euro", "Zollfahnder"),
        ("Bei der Razzia stellten Ermittler Goldbarren im Wert von 1,2 Millionen Euro sicher.", "1,2 Millionen Euro", "Ermittler"),
    ],
)
def test_seizer_takes_the_money(text: str, amount: str, recipient: str) -> None:
    found = parties_of(HEADLINE + text, amount)[1]
    assert found is not None and found.split()[0] == recipient  # the mention may run on ("Ermittler Goldbarren")


def test_a_fining_body_that_imposes_the_fine_receives_it() -> None:
    text = "Die Handelskammer hat uns eine Strafe von 8.000 Euro aufgebrummt, die wir bezahlt haben."
    agent, recipient = parties_of(HEADLINE + text, "8.000 Euro")
    assert recipient == "Handelskammer"
    assert agent != "Handelskammer"


def test_a_payer_that_is_no_fining_body_stays_the_payer() -> None:
    text = "Der Verein hat eine Strafe von 8.000 Euro bezahlt."
    assert parties_of(HEADLINE + text, "8.000 Euro")[0] == "Verein"


def test_a_sector_earning_is_no_company_named_before() -> None:
    text = "Die Beratungsfirma Ostwind betreut 40 Reedereien. Die Versicherungsbranche nimmt mit Policen gegen Piraterie jährlich 200 Millionen Dollar ein."
    assert parties_of(HEADLINE + text, "200 Millionen Dollar")[1] == "Versicherungsbranche"


def test_infinitive_clause_before_a_paragraph_break() -> None:
    # the clause ends the paragraph: the break after its full stop does not hide the "zu" infinitive
    text = "Die Stadtwerke Lindau kündigten an, Fahrgästen pauschal 30 Euro zu erstatten.\n\nDer Betrieb läuft wieder."
    agent, recipient = parties_of(HEADLINE + text, "30 Euro")
    assert recipient == "Fahrgästen"
    assert agent is not None and "Stadtwerke" in agent


def test_whose_claim_a_subject_rejects_receives_nothing_from_the_subject() -> None:
    # the genitive owner makes the claim; who rejects it does not
    text = "Der Finanzminister lehnte die Forderungen der Gemeinden über 3 Milliarden Euro ab."
    assert parties_of(HEADLINE + text, "3 Milliarden Euro")[1] == "Gemeinden"
    text = "Der Finanzminister lehnte die Forderung über 3 Milliarden Euro ab."
    assert parties_of(HEADLINE + text, "3 Milliarden Euro")[1] is None


def test_benefits_rendered_go_to_the_dative_object() -> None:
    text = "Die Unfallkasse hat den Geschädigten Leistungen in Höhe von 2 Millionen Euro erbracht."
    agent, recipient = parties_of(HEADLINE + text, "2 Millionen Euro")
    assert agent == "Unfallkasse"
    assert recipient is not None and recipient.startswith("Geschädigten")  # the mention may run on
    text = "Die Unfallkasse hat Leistungen in Höhe von 2 Millionen Euro erbracht."
    assert parties_of(HEADLINE + text, "2 Millionen Euro")[1] is None
