"""Recipients of money read from clause shape (issue 10, "Recipients"): the receiver of the
amount's own conjunct, objects of another verb phrase, separable verbs of estimating, objects of
a verb of support. Each class has cases where a recipient is found and cases where none may be.
Every sentence is new, written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # each amount of "dem A X und dem B Y" goes to the receiver of its own conjunct
        ("Der Versicherer überwies der Mutter 90.000 Euro und den Kindern 20.000 Euro.", "90.000 Euro", "Mutter"),
        ("Der Versicherer überwies der Mutter 90.000 Euro und den Kindern 20.000 Euro.", "20.000 Euro", "Kindern"),
        ("Die Kammer zahlte der Klägerin 12.000 Euro und den Zeugen 800 Euro.", "12.000 Euro", "Klägerin"),
        ("Die Kammer zahlte der Klägerin 12.000 Euro und den Zeugen 800 Euro.", "800 Euro", "Zeugen"),
    ],
)
def test_receiver_of_the_amounts_own_conjunct(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # the object of the other verb phrase ("schickte Sanitäter") is sent, it is paid nothing
        ("Norwegen entsandte Sanitäter und stellte 4 Millionen Kronen für Notunterkünfte bereit.", "4 Millionen Kronen", "Norwegen"),
        ("Die Gemeinde beauftragte Gutachter und bewilligte 300.000 Euro für die Sanierung.", "300.000 Euro", "Gemeinde"),
    ],
)
def test_object_of_another_verb_phrase_receives_nothing(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount) == (agent, None)


def test_object_of_the_amounts_own_verb_phrase_still_receives() -> None:
    text = "Das Land schloss das Programm und überwies den Gemeinden 2 Millionen Euro."
    assert parties_of(text, "2 Millionen Euro") == ("Land", "Gemeinden")


@pytest.mark.parametrize(
    "text, amount",
    [
        # "gibt … an" puts a figure on a damage: the reporter neither pays nor receives
        ("Den Sachschaden an der Leitplanke gibt die Polizei mit rund 8.000 Euro an.", "rund 8.000 Euro"),
        ("Den Gesamtschaden gab die Feuerwehr mit etwa 150.000 Euro an.", "etwa 150.000 Euro"),
    ],
)
def test_separable_verb_of_estimating_names_no_recipient(text: str, amount: str) -> None:
    assert parties_of(text, amount)[1] is None


def test_verb_without_its_particle_still_pays() -> None:
    # "gibt" with no particle closing its clause is a verb of giving
    assert parties_of("Die Stiftung gibt dem Tierheim 6.000 Euro.", "6.000 Euro") == ("Stiftung", "Tierheim")


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # a verb of support opening a clause whose subject stands in the clause before
        ("Die Regierung kürzt die Budgethilfe, unterstützt aber die Diakonie in Malawi mit 2 Millionen Euro.", "2 Millionen Euro", "Regierung", "Diakonie"),
        ("Der Kanton spart beim Personal, fördert jedoch die Musikschule mit 50.000 Franken.", "50.000 Franken", "Kanton", "Musikschule"),
    ],
)
def test_object_of_a_verb_of_support_after_an_adverb(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # "für …" right after the payer is an attribute of the payer, often part of its name
        ("Die Stiftung für Lawinenopfer hat im Vorjahr 3 Millionen Franken ausbezahlt.", "3 Millionen Franken", "Stiftung", None),
        # a receiver after "an" in the same clause still receives
        ("Der Fonds für Brandopfer überwies 400.000 Euro an die Hinterbliebenen.", "400.000 Euro", "Fonds", "Hinterbliebenen"),
    ],
)
def test_purpose_after_the_payer_is_no_recipient(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


def test_purpose_of_money_given_to_a_fund_still_receives() -> None:
    # the fund is no payer here: what it is for receives
    text = "Die Gemeinde gründet einen Fonds für die Brandopfer und stellt dafür 80.000 Euro bereit."
    assert parties_of(text, "80.000 Euro")[1] == "Brandopfer"


def test_prepositional_phrase_opening_a_clause_is_no_subject() -> None:
    # "Wegen …" opens no subject, so "der Baukonzern" after the modal is the subject, no receiver
    text = "Im Herbst traf es Hartmann: Wegen verspäteter Lieferungen muss der Baukonzern 4 Millionen Euro zahlen."
    assert parties_of(text, "4 Millionen Euro")[1] is None


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # the one who earns a salary, a pension or a fee receives it
        ("Der Schulleiter hat ein Bruttogehalt von 6.100 Euro.", "6.100 Euro", "Schulleiter"),
        ("Das Honorar des Gutachters lag bei 14.000 Euro.", "14.000 Euro", "Gutachters"),
        ("Der Intendant Paul Vogt leitet das Theater seit 2018. Sein Jahresgehalt beträgt 210.000 Euro.", "210.000 Euro", "Paul Vogt"),
    ],
)
def test_earner_of_a_salary_receives_it(text: str, amount: str, recipient: str) -> None:
    agent, found = parties_of(text, amount)
    assert agent is None and found is not None and recipient in found  # the name, with its title if the mention has it


@pytest.mark.parametrize(
    "text, amount",
    [
        # a salary noun after a preposition says what money is paid as or for: no earner
        ("Die Kasse wendete für Renten und Pflege im Vorjahr 2 Milliarden Euro auf.", "2 Milliarden Euro"),
        ("In der Fabrik arbeiten Näherinnen oft für einen Monatslohn von 90 Euro.", "90 Euro"),
        # the dative object receives what is offered, not the subject
        ("Die Erben haben dem Pfleger eine Abfindung von 30.000 Euro angeboten.", "30.000 Euro"),
    ],
)
def test_no_earner_where_the_salary_noun_is_no_figure_of_the_subject(text: str, amount: str) -> None:
    agent, recipient = parties_of(text, amount)
    assert recipient not in ("Kasse", "Näherinnen", "Erben")


def test_separable_verb_of_paying() -> None:
    # "schüttet … aus": the subject pays
    text = "Jedes Jahr schüttet die Sparkasse 500.000 Euro an Dividenden aus."
    assert parties_of(text, "500.000 Euro") == ("Sparkasse", None)


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # a ransom goes to the kidnappers its paragraph names
        (
            "Unbekannte Entführer verschleppten im Mai einen Ingenieur. Seine Firma zahlte schließlich ein Lösegeld von 800.000 Dollar.",
            "800.000 Dollar",
            "Entführer",
        ),
        (
            "Eine Bande hielt den Sohn des Reeders neun Tage fest. Die Familie überwies ein Lösegeld von 2 Millionen Euro.",
            "2 Millionen Euro",
            "Bande",
        ),
    ],
)
def test_ransom_goes_to_the_kidnappers(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


def test_payment_without_ransom_is_not_given_to_perpetrators() -> None:
    text = "Die Täter flohen mit der Beute. Die Versicherung zahlte dem Juwelier 60.000 Euro."
    assert parties_of(text, "60.000 Euro")[1] == "Juwelier"


def test_subject_before_a_relative_clause_receives() -> None:
    text = "Das Hotel, das gegen den Betreiber geklagt hatte, bekommt weitere 70.000 Euro."
    assert parties_of(text, "70.000 Euro")[1] == "Hotel"


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # a transfer fee: the club left receives it, the club joined pays it
        ("Für 12 Millionen Franken ist Verteidiger Luca Meier vom FC Seeland zum VfL Bochum gewechselt.", "12 Millionen Franken", "VfL Bochum", "FC Seeland"),
    ],
)
def test_transfer_fee_goes_to_the_club_left(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


def test_country_joined_is_no_recipient_of_a_transfer_fee() -> None:
    # "nach Spanien": the country stands for a club the headline leaves unnamed, it receives nothing
    agent, recipient = parties_of("Rekordtransfer: Torhüter wechselt für 20 Mio. Euro vom FC Aarau nach Spanien", "20 Mio. Euro")
    assert recipient != "Spanien" and agent != "Spanien"


def test_police_reporting_a_fine_does_not_receive_it() -> None:
    text = "Die Polizei zeigte den Fahrer an. Dem Lenker droht eine Geldstrafe von bis zu 5.000 Euro."
    assert parties_of(text, "bis zu 5.000 Euro")[1] is None


def test_body_that_imposes_fines_still_receives_a_threatened_fine() -> None:
    text = "Die Staatsanwaltschaft ermittelt. Dem Unternehmen droht eine Geldbuße von 2 Millionen Euro."
    assert parties_of(text, "2 Millionen Euro") == ("Unternehmen", "Staatsanwaltschaft")


def test_going_public_names_no_recipient() -> None:
    text = "Der Hersteller Lumio war 2019 zu einem Ausgabepreis von 18 Euro an die Börse gegangen."
    assert parties_of(text, "18 Euro")[1] is None


def test_dative_pronoun_of_a_separable_verb_of_awarding() -> None:
    # "sprach ihr … zu": the court awards, the one the pronoun stands for receives
    text = "Eine Radfahrerin wurde schwer verletzt; ihr sprach das Landgericht 40.000 Euro zu."
    assert parties_of(text, "40.000 Euro") == (None, "Radfahrerin")


def test_owner_of_revenue_in_a_genitive_attribute_earns_it() -> None:
    text = "Der Umsatz des Versandhändlers Lumio stieg auf 2 Milliarden Euro."
    assert "Lumio" in (parties_of(text, "2 Milliarden Euro")[1] or "")


def test_income_noun_as_subject_earns_nothing() -> None:
    # "Die Ticketeinnahmen sanken": the income is no party that earns it
    assert parties_of("Die Ticketeinnahmen sanken auf 80.000 Euro.", "80.000 Euro")[1] is None


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # a gapped conjunct after a comma: "der" before a feminine noun is a dative, no subject
        ("Den Anwohnern zahlte die Gemeinde je 2.000 Euro, der Familie des Bäckers 15.000 Euro.", "15.000 Euro", "Gemeinde", "Familie"),
        ("Der Bund überwies den Ländern 3 Milliarden Euro, der Bürgerstiftung 40 Millionen Euro.", "40 Millionen Euro", "Bund", "Bürgerstiftung"),
    ],
)
def test_feminine_dative_in_a_gapped_conjunct(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


def test_masculine_noun_after_der_in_a_gapped_conjunct_still_pays() -> None:
    # "der Verein" is nominative: it pays its own share
    text = "Die Stadt zahlt 50.000 Euro, der Verein 20.000 Euro."
    assert parties_of(text, "20.000 Euro")[0] == "Verein"
