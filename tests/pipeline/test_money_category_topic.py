"""Money categories where the deciding word is a frame, a strong verb form, a compound's modifier
or another sentence (pipeline/money_category.py). Sentences written for these tests in wire
style, not taken from a corpus; each positive case has a negative beside it."""

import pytest

from claimex.pipeline.money_category import category_tables
from tests.pipeline.probes import category_of


@pytest.mark.parametrize(
    "word,category",
    [
        ("übernahm", "value"),  # strong past: "übernehmen" -> "übernahm"
        ("übernahmen", "value"),
        ("unterschlug", "damage"),
        ("hinterzogene", "damage"),  # a strong participle as an adjective
        ("verschlang", "cost"),
        ("verschlungen", "cost"),
        ("nachgeschossen", "payment"),
        ("strafschadenersatz", "damage"),  # a penal modifier makes the compound a fine
        ("strafzahlungen", "damage"),
        ("strafzinsen", "cost"),  # a levy stays a levy
        ("schadenersatz", "payment"),  # without it, compensation stays a payment
        ("strafverteidiger", None),  # a penal modifier without a money head is no cue
    ],
)
def test_strong_forms_and_penal_modifiers(word, category):
    assert category_tables().head_category(word) == category


def test_profit_of_the_paragraph_carries_to_a_sentence_without_cue():
    text = (
        "Der Maschinenbauer hat im dritten Quartal deutlich weniger verdient. "
        "Unter dem Strich blieben 48 Millionen Euro, nach 112 Millionen ein Jahr zuvor."
    )
    assert category_of(text, "48 Millionen Euro") == "revenue"


def test_salary_of_the_paragraph_stays_a_payment():
    text = (
        "Der neue Vorstandschef verdient deutlich mehr als sein Vorgänger im Monat. "
        "Im ersten Jahr sollen es 4,8 Millionen Euro sein."
    )
    assert category_of(text, "4,8 Millionen Euro") == "payment"


def test_a_fund_set_up_says_nothing_of_the_next_sentence():
    # the programme's financing is a budget allocation, the grant after it stays a payment
    text = (
        "Das Hilfsprogramm für die Flutopfer wird vom Land finanziert. "
        "Jede betroffene Familie bekam bislang 2.500 Euro."
    )
    assert category_of(text, "2.500 Euro") == "payment"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Geplant sind vier neue Fregatten für 3,2 Milliarden Euro.", "3,2 Milliarden Euro", "value"),
        ("Der Investor sicherte sich für 450 Millionen Euro ein Fünftel des Start-ups.", "450 Millionen Euro", "value"),
        ("Der Zweitligist holte den Verteidiger im Sommer für 2,5 Millionen Euro aus Salzburg.", "2,5 Millionen Euro", "value"),
        ("Die Gemeinde ließ die Turnhalle für 4,6 Millionen Euro umbauen.", "4,6 Millionen Euro", "cost"),
        ("Der Kanton hat das Gefängnis 2018 für 38 Millionen Franken errichtet.", "38 Millionen Franken", "cost"),
    ],
)
def test_an_amount_that_something_is_had_for(text, amount, category):
    assert category_of(text, amount) == category


def test_had_for_yields_to_a_cue_of_its_sentence():
    # "verkaufte ... für" names the deal itself; "spendete ... für" the gift for a purpose
    assert category_of("Die Stiftung spendete für die Tafel 12.000 Euro.", "12.000 Euro") == "payment"


def test_loot_of_a_theft_paragraph_is_no_purchase():
    text = (
        "Bei einem Einbruch in ein Juweliergeschäft in der Altstadt hat die Polizei Spuren gesichert. "
        "Sie nahmen Uhren für rund 90.000 Euro mit."
    )
    assert category_of(text, "rund 90.000 Euro") == "damage"


def test_loot_named_in_another_clause_makes_the_worth_damage():
    text = "Die Räuber bedrohten den Filialleiter, öffneten den Tresor und erbeuteten Bargeld, Münzen und Goldbarren im Wert von 1,2 Millionen Euro."
    assert category_of(text, "1,2 Millionen Euro") == "damage"
    assert category_of("Die Beute: Uhren und Ringe im Wert von 60.000 Euro.", "60.000 Euro") == "damage"


def test_worth_without_loot_stays_a_value():
    text = "Die Zollfahnder stellten am Flughafen Zigaretten im Wert von 800.000 Euro sicher, die Schmuggler flüchteten."
    assert category_of(text, "800.000 Euro") == "value"


def test_punitive_damages_are_a_fine():
    text = "Eine Jury in Texas verurteilte den Hersteller, dem Kläger 95 Millionen Dollar Strafschadenersatz zu zahlen."
    assert category_of(text, "95 Millionen Dollar") == "damage"


def test_compensation_without_penalty_stays_a_payment():
    text = "Der Hersteller muss dem Kläger 2 Millionen Dollar Schadenersatz zahlen."
    assert category_of(text, "2 Millionen Dollar") == "payment"


def test_consequences_of_a_harmful_event_are_damage():
    assert category_of("Die Fluggesellschaft beziffert die Streikfolgen auf 70 Millionen Euro.", "70 Millionen Euro") == "damage"


def test_a_cartel_paragraph_frames_what_is_paid_as_a_fine():
    text = (
        "Das Bundeskartellamt sieht verbotene Preisabsprachen beim Bau von Schallschutzwänden als erwiesen an. "
        "Der größte Anbieter muss 31 Millionen Euro zahlen."
    )
    assert category_of(text, "31 Millionen Euro") == "damage"


def test_without_an_offence_paying_stays_a_payment():
    text = "Das Bundesamt für Bauwesen hat die Lärmschutzwände abgenommen. Der Bund muss dem Bauträger 31 Millionen Euro zahlen."
    assert category_of(text, "31 Millionen Euro") == "payment"


def test_strong_past_of_a_takeover():
    text = "Im Frühjahr übernahm der Reisekonzern den Kreuzfahrtanbieter für 740 Millionen Euro."
    assert category_of(text, "740 Millionen Euro") == "value"


def test_taking_over_damages_is_paying_them():
    text = "Die Gebäudeversicherung übernahm Schäden an den Nachbarhäusern von rund 420.000 Franken."
    assert category_of(text, "rund 420.000 Franken") == "payment"


def test_what_work_on_a_harm_costs_is_a_cost():
    # the damage is the genitive attribute of the work: the work costs
    text = "Die Beseitigung der Hochwasserschäden an der Uferpromenade wird die Stadt rund 7 Millionen Euro kosten."
    assert category_of(text, "rund 7 Millionen Euro") == "cost"


def test_what_a_harm_costs_is_the_damage():
    assert category_of("Die Hochwasserschäden kosten die Versicherer rund 7 Millionen Euro.", "rund 7 Millionen Euro") == "damage"
    # "der" that opens the sentence's noun is no genitive attribute
    assert category_of("Allein der Ausfall der Saison hat den Veranstalter 900.000 Euro gekostet.", "900.000 Euro") == "damage"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Der Reiseveranstalter rutschte im Sommerhalbjahr mit 95 Millionen Euro in die roten Zahlen.", "95 Millionen Euro", "damage"),
        ("Die Werft schreibt mit einem Plus von 12 Millionen Euro wieder schwarze Zahlen.", "12 Millionen Euro", "revenue"),
    ],
)
def test_idioms_of_a_result(text, amount, category):
    assert category_of(text, amount) == category
