"""Money categories (pipeline/money_category.py) in wire-style text: verbs of earning, helping and
entitlement in any form, link words inside the amount's phrase, "Zahlen" as figures, and exchange
rates whose currency is the clause's subject. Sentences written for these tests, not taken from a
corpus; each paragraph puts another kind of money before the amount, so the paragraph's topic
alone cannot give the expected answer."""

import pytest

from claimex.pipeline.money_category import category_tables
from tests.pipeline.probes import category_of


@pytest.mark.parametrize(
    "word,category",
    [
        ("verdienten", "payment"),
        ("helfen", "payment"),
        ("geholfen", "payment"),
        ("hilft", "payment"),
        ("vorschüsse", "payment"),
        ("umverteilt", "payment"),  # "um" is a separable particle
        ("umgerechnet", None),  # a link word, no verb of money
    ],
)
def test_forms(word, category):
    assert category_tables().head_category(word) == category


@pytest.mark.parametrize(
    "text,amount",
    [
        (
            "Der Sturm richtete Schäden von 3 Millionen Euro an. Die Landesregierung half den Betrieben mit 800.000 Euro.",
            "800.000 Euro",
        ),
        (
            "Die Reparatur der Dämme kostet 9 Millionen Franken. Der Kanton will den Bergbauern zusätzlich mit 4 Millionen Franken helfen.",
            "4 Millionen Franken",
        ),
        (
            "Die Airline machte einen Verlust von 40 Millionen Euro. Fluggästen stehen bei einer Annullierung bis zu 600 Euro zu.",
            "bis zu 600 Euro",
        ),
        (
            "Der Konzern steigerte den Umsatz auf 2 Milliarden Euro. Pflegekräfte verdienten im Schnitt 3.100 Euro brutto im Monat.",
            "3.100 Euro",
        ),
    ],
)
def test_verbs_of_helping_entitlement_and_wages_are_payments(text, amount):
    assert category_of(text, amount) == "payment"


def test_a_company_that_earns_stays_revenue():
    text = "Der Versicherer verdiente im dritten Quartal netto 410 Millionen Euro."
    assert category_of(text, "410 Millionen Euro") == "revenue"


def test_a_link_word_before_the_amount_is_no_verb():
    # "geschätzt" qualifies the amount inside its phrase; the clause's verb says what it is
    assert category_of("Das Bauprojekt wurde auf geschätzt 12 Millionen Euro veranschlagt.", "12 Millionen Euro") == "cost"
    text = "Die Bande soll mit dem Glücksspiel Einsätze von geschätzt 4 Millionen Euro kassiert haben."
    assert category_of(text, "4 Millionen Euro") == "payment"
    # after the amount it is still the verb of an estimate of worth
    assert category_of("Der Wert des Gemäldes wird auf 2 Millionen Euro geschätzt.", "2 Millionen Euro") == "value"


def test_zahlen_as_a_noun_is_figures():
    text = "Die Aktie des Versorgers stieg nach den Zahlen um 4 Prozent auf 18,20 Euro."
    assert category_of(text, "18,20 Euro") == "other"
    # the verb still pays, also opening the sentence
    assert category_of("Zahlen muss der Bund 2 Milliarden Euro an die Länder.", "2 Milliarden Euro") == "payment"
    assert category_of("Nach Zahlen der Bundesagentur erhielten die Betriebe 3 Milliarden Euro Kurzarbeitergeld.", "3 Milliarden Euro") == "payment"


@pytest.mark.parametrize(
    "text,amount",
    [
        ("Der Dollar war zum Handelsschluss 0,79 Franken wert.", "0,79 Franken"),
        ("Weil der Yen bis auf 0,0061 Euro gefallen ist, werden Importe teurer.", "0,0061 Euro"),
        ("Die Devisenhändler sehen den Franken Ende Jahr bei 0,95 Euro.", "0,95 Euro"),
    ],
)
def test_a_currency_as_subject_makes_an_exchange_rate(text, amount):
    assert category_of(text, amount) == "other"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # coordinated goods, not the subject of a price
        ("Die Polizei stellte das Gold und 12.000 Euro Bargeld sicher.", "12.000 Euro", "value"),
        # a money noun between: it names the amount
        ("Der Zoll beschlagnahmte das Öl im Wert von 2 Millionen Euro.", "2 Millionen Euro", "value"),
        # a compound of a currency is no currency
        ("Der Euro-Rettungsschirm gewährt Griechenland weitere 8 Milliarden Euro.", "8 Milliarden Euro", "payment"),
    ],
)
def test_no_exchange_rate_without_a_currency_subject(text, amount, category):
    assert category_of(text, amount) == category


def test_a_relative_clause_of_costing_takes_its_antecedent():
    text = "Der Kaufpreis für den Windparkbetreiber, der den Versorger rund 900 Millionen Euro kosten dürfte, wird bar bezahlt."
    assert category_of(text, "rund 900 Millionen Euro") == "value"
    text = "Die Abfindung, die den Konzern 4 Millionen Euro kostete, sorgte für Unmut."
    assert category_of(text, "4 Millionen Euro") == "cost"  # a payment it costs is a cost
    # an article before a noun opens no relative clause: the noun's own clause says it
    text = "Der Transporter hatte einen Totalschaden, die Bergung mit einem Kran kostete 8500 Franken."
    assert category_of(text, "8500 Franken") == "cost"
    # a harmful event in the clause before stays a damage
    text = "Die Streiks, die den Hafenbetreiber 35 Millionen Euro kosteten, dauerten zwei Wochen."
    assert category_of(text, "35 Millionen Euro") == "damage"


def test_the_monetary_fund_is_an_institution_not_a_fund():
    text = "Den Finanzbedarf Argentiniens für das kommende Jahr schätzt der Internationale Währungsfonds auf 20 Milliarden Dollar."
    assert category_of(text, "20 Milliarden Dollar") == "cost"
    # a fund of money still pays
    text = "Der Opferfonds des Landes zahlte den Hinterbliebenen 200.000 Euro."
    assert category_of(text, "200.000 Euro") == "payment"
