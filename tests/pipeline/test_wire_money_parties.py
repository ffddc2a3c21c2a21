"""Payers and receivers of money in wire-style German (datelines of two places, fines "mit X
gebüsst", objects of a verb of support, coordinated receivers, purpose phrases beside a dative,
attributes of the receiver). Each class has cases where a role is found and cases where none
may be. Every sentence is new, written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import parties_of


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        ("HAMBURG/KIEL (dpa) - Schleswig-Holstein sagt der Werft weitere 40 Millionen Euro zu.", "40 Millionen Euro", "Schleswig-Holstein"),
        ("Genf/Bern (sda) - Der Kanton überweist der Stiftung 2 Millionen Franken.", "2 Millionen Franken", "Kanton"),
        ("MAINZ (dpa) - Das Land zahlt den Kommunen 12 Millionen Euro.", "12 Millionen Euro", "Land"),
    ],
)
def test_no_place_of_a_dateline_pays(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount)[0] == agent


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # active: the authority fines, the object pays
        ("Die Finanzmarktaufsicht büsste die Privatbank Helmsfeld mit 4 Millionen Franken.", "4 Millionen Franken", "Privatbank Helmsfeld", "Finanzmarktaufsicht"),
        ("Vor zwei Jahren hatte die Weko elf Strassenbauer mit insgesamt 9 Millionen Franken gebüsst.", "9 Millionen Franken", "Strassenbauer", "Weko"),
        ("Das Kartellamt bestrafte die Molkerei mit 3 Millionen Euro.", "3 Millionen Euro", "Molkerei", "Kartellamt"),
        # passive: the subject pays, no authority named
        ("Die Reederei wurde mit 200.000 Franken gebüsst.", "200.000 Franken", "Reederei", None),
    ],
)
def test_fined_with_an_amount(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Die Stadt Aarau unterstützt ihre Musikvereine im nächsten Jahr mit insgesamt 1,2 Millionen Franken.", "1,2 Millionen Franken", "ihre Musikvereine"),
        ("Das Land Kärnten unterstützt die ehrenamtliche Wasserrettung jährlich mit rund 800.000 Euro.", "rund 800.000 Euro", "ehrenamtliche Wasserrettung"),
        ("Die Regierung will Moldau bis 2027 mit weiteren 300 Millionen Euro unterstützen.", "300 Millionen Euro", "Moldau"),
        ("Mit 4 Millionen Euro unterstützt das Ministerium die Tafeln.", "4 Millionen Euro", "Tafeln"),
        ("Der Kreis entschädigt die betroffenen Winzer mit 6 Millionen Euro.", "6 Millionen Euro", "betroffenen Winzer"),
    ],
)
def test_object_of_a_verb_of_support_receives(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


@pytest.mark.parametrize(
    "text, amount",
    [
        # the amount is no instrument of the verb ("mit"): what is supported is not paid it
        ("Die Stiftung unterstützt die Forschung, ihr Vermögen beträgt 30 Millionen Euro.", "30 Millionen Euro"),
        # what a verb of financing pays for is a thing, no receiver
        ("Das Land finanziert die Forschung mit 30 Millionen Euro.", "30 Millionen Euro"),
        # the passive subject receives; no object to find
        ("Mit 5 Millionen Euro wird der Ausbau gefördert.", "5 Millionen Euro"),
    ],
)
def test_no_supported_object_without_an_instrument(text: str, amount: str) -> None:
    recipient = parties_of(text, amount)[1]
    assert recipient not in ("Forschung", "Stiftung", "Ausbau")


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # a coordination of receivers is named by its first conjunct
        ("Die Brauerei zahlt den Verletzten und den Angehörigen der Toten insgesamt 4 Millionen Euro.", "4 Millionen Euro", "Verletzten"),
        ("Der Betreiber hat den Opfern und ihren Familien bisher 2,2 Millionen Euro ausbezahlt.", "2,2 Millionen Euro", "Opfern"),
        ("Die Bundesregierung zahlt Litauen, Lettland und der Ukraine zusammen 600 Millionen Euro.", "600 Millionen Euro", "Litauen"),
    ],
)
def test_first_of_coordinated_receivers(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


def test_conjunct_of_the_receivers_is_no_payer() -> None:
    text = "Die Bundesregierung zahlt Litauen, Lettland und der Ukraine zusammen 600 Millionen Euro."
    assert parties_of(text, "600 Millionen Euro") == ("Bundesregierung", "Litauen")


def test_second_verb_phrase_still_splits_the_clause() -> None:
    # "und zahlt" starts a verb phrase: the first phrase's object is paid nothing
    text = "Die Versicherung prüfte die Ansprüche und zahlt 3 Millionen Euro."
    assert parties_of(text, "3 Millionen Euro")[1] is None


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # a dative object beats the owner in a purpose phrase
        ("Für die Sanierung der Schulen gibt der Bund den Ländern weitere vier Milliarden Euro.", "vier Milliarden Euro", "Ländern"),
        # without a dative object the owner of the purpose still receives
        ("Der Bund zahlt für die Heilungskosten der Verletzten 3 Millionen Euro.", "3 Millionen Euro", "Verletzten"),
    ],
)
def test_dative_over_purpose_owner(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # a phrase of origin right after the receiver says where it is from
        ("Eine Rentnerin aus Kassel, deren Stall abbrannte, erhielt 90.000 Euro.", "90.000 Euro", None, "Rentnerin"),
        # after the verb, "von" names the payer
        ("Die Gemeinde erhält vom Land 2,5 Millionen Euro.", "2,5 Millionen Euro", "Land", "Gemeinde"),
    ],
)
def test_origin_of_the_receiver_is_no_payer(text: str, amount: str, agent: str, recipient: str) -> None:
    assert parties_of(text, amount) == (agent, recipient)


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Der Zürcher Medizintechnikhersteller Orvana hat 2024 einen Gewinn von 40 Mio. Franken erzielt.", "40 Mio. Franken", "Orvana"),
        ("Der Basler Kaffee- und Teehändler Morandi hat 2024 einen Gewinn von 12 Mio. Franken erzielt.", "12 Mio. Franken", "Morandi"),
    ],
)
def test_place_adjective_is_no_party(text: str, amount: str, recipient: str) -> None:
    assert recipient in (parties_of(text, amount)[1] or "")


def test_demonym_subject_still_pays() -> None:
    assert parties_of("Die Schweizer zahlen 5 Milliarden Franken für Kampfjets.", "5 Milliarden Franken")[0] == "Schweizer"


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # whom a fine is against pays it, also where the sentence only confirms or lowers it
        ("Das Gericht der EU hat eine Strafe gegen Valtris in Höhe von 1,2 Milliarden Euro bestätigt.", "1,2 Milliarden Euro", "Valtris"),
        ("Die Kommission hatte ein Bußgeld gegen den Chiphersteller Norcom von 800 Millionen Euro verhängt.", "800 Millionen Euro", "Chiphersteller Norcom"),
    ],
)
def test_party_a_fine_is_against_pays(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount)[0] == agent


def test_against_after_another_noun_is_no_fined_party() -> None:
    # "Verstöße gegen Auflagen": what was broken, no one fined
    assert parties_of("Wegen Verstößen gegen Auflagen droht eine Strafe von 5000 Euro.", "5000 Euro")[0] is None


def test_committee_pays() -> None:
    text = "Der Finanzausschuss des Landtags hat für neue Radwege 40 Millionen Euro bereitgestellt."
    assert parties_of(text, "40 Millionen Euro")[0] == "Finanzausschuss"


def test_coordinated_subject_keeps_its_payer() -> None:
    assert parties_of("Bund und Länder zahlen den Kommunen 5 Milliarden Euro.", "5 Milliarden Euro") == ("Bund", "Kommunen")


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # a pronoun stands for the company the lead sentence names, not for the agency in the dateline
        ("ZÜRICH (sda) - Die Privatbank Ostwald hat sich mit den Behörden geeinigt. Sie zahlt dem Fiskus 80 Millionen Franken.", "80 Millionen Franken", "Ostwald"),
        ("KÖLN (dpa) - Die Brauerei Kessler hat den Streit beigelegt. Sie zahlt dem Verband 3 Millionen Euro.", "3 Millionen Euro", "Brauerei Kessler"),
    ],
)
def test_agency_of_a_dateline_is_no_antecedent(text: str, amount: str, agent: str) -> None:
    assert agent in (parties_of(text, amount)[0] or "")


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # where the money goes ("an") wins over whom it is for ("für")
        ("Manchester City überweist für den Engländer 90 Millionen Euro an den BVB.", "90 Millionen Euro", "BVB"),
        # with no "an", whom it is for receives
        ("Die Gemeinde zahlt für die Kinder 2000 Euro.", "2000 Euro", "Kinder"),
    ],
)
def test_destination_over_beneficiary(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount)[1] == recipient


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # "lässt sich … kosten": the subject pays
        ("Der Bund lässt sich die Rettung des Energiekonzerns SEFE rund 6 Milliarden Euro kosten.", "rund 6 Milliarden Euro", "Bund"),
        ("Der Verein ließ sich den neuen Torwart 12 Millionen Euro kosten.", "12 Millionen Euro", "Verein"),
        # without "sich … lassen" what is bought does not pay, the object does
        ("Die Tests kosteten den Bund 17 Milliarden Euro.", "17 Milliarden Euro", "Bund"),
    ],
)
def test_lets_itself_cost(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount)[0] == agent


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # an adverb opening an inverted clause is no name and no payer
        ("Zuerst investierte das Ehepaar 4000 Euro.", "4000 Euro", "Ehepaar"),
        ("Umgekehrt zahlte Dänemark netto rund 900 Millionen Euro in den EU-Haushalt ein.", "rund 900 Millionen Euro", "Dänemark"),
        # a name opening the clause still pays
        ("Siemens zahlte 40 Millionen Euro.", "40 Millionen Euro", "Siemens"),
    ],
)
def test_opening_adverb_is_no_payer(text: str, amount: str, agent: str) -> None:
    assert parties_of(text, amount)[0] == agent


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # the place that ends a club's name keeps the club's dative
        ("Dem Ruderclub Luzern spricht der Gemeinderat 20.000 Franken zu.", "20.000 Franken", "Gemeinderat", "Ruderclub"),
        ("Der Gemeinderat spricht dem Ruderclub Luzern 20.000 Franken zu.", "20.000 Franken", "Gemeinderat", "Ruderclub"),
        # a noun of a place before it names the place
        ("Die Stadt Rapperswil zahlt dem Ruderclub 20.000 Franken.", "20.000 Franken", "Stadt Rapperswil", "Ruderclub"),
    ],
)
def test_place_ending_a_name_is_no_party(text: str, amount: str, agent: str, recipient: str) -> None:
    found_agent, found_recipient = parties_of(text, amount)
    assert found_agent == agent and recipient in (found_recipient or "")


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # active perfect: the subject grants, the dative receives
        ("Der Kantonsrat hat der Gemeinde Uster einen Beitrag von 900.000 Franken zugesprochen.", "900.000 Franken", "Kantonsrat", "Uster"),
        # passive and "zugesprochen bekommen": the dative or the subject receives
        ("Den Hinterbliebenen wurden je 30.000 Euro zugesprochen.", "30.000 Euro", None, "Hinterbliebenen"),
        ("Die Klägerin hat vom Gericht 30.000 Euro zugesprochen bekommen.", "30.000 Euro", None, "Klägerin"),
    ],
)
def test_granted_in_the_active_perfect(text: str, amount: str, agent: str, recipient: str) -> None:
    found_agent, found_recipient = parties_of(text, amount)
    assert found_agent == agent and recipient in (found_recipient or "")


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        # "zustehen": the money is the subject; a dative before a relative clause receives it
        ("Den Überlebenden, von denen noch fünf in Linz wohnen, stehen je 6.000 Euro zu.", "6.000 Euro", "Überlebenden"),
        ("Dem Kläger, der seit Jahren prozessiert, stehen 20.000 Euro zu.", "20.000 Euro", "Kläger"),
    ],
)
def test_dative_of_what_is_due_receives(text: str, amount: str, recipient: str) -> None:
    assert parties_of(text, amount) == (None, recipient)
