"""Money categories of a clause of costing (pipeline/money_category.py): what a payment costs
whoever makes it, income a harm costs, a harm named in another clause. Sentences written for
these tests, not taken from a corpus."""

import pytest

from claimex.pipeline.money_category import category_tables
from tests.pipeline.probes import category_of


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # what a payment costs whoever makes it is a cost
        ("Die Abfindungen kosten den Autobauer nach eigenen Angaben rund 400 Millionen Euro.", "rund 400 Millionen Euro", "cost"),
        ("Die neue Pendlerpauschale kostet den Bund jährlich 1,2 Milliarden Euro.", "1,2 Milliarden Euro", "cost"),
        # income it costs is lost: a damage
        ("Der Zollstreit kostet den Maschinenbauer in diesem Jahr 90 Millionen Euro an Umsatz.", "90 Millionen Euro", "damage"),
        # negatives: a damage noun stays a damage, a payment named after the amount stays a payment
        ("Ein Hagelschaden kostet im Schnitt 3.800 Euro.", "3.800 Euro", "damage"),
        ("Das Unwetterjahr kostete die Versicherer 900 Millionen Euro an Leistungen.", "900 Millionen Euro", "payment"),
        # income without a verb of costing or losing stays income
        ("Der Umsatz des Maschinenbauers stieg auf 90 Millionen Euro, die Kosten sanken.", "90 Millionen Euro", "revenue"),
    ],
)
def test_what_a_verb_of_costing_makes_of_its_noun(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # the harm is the subject, the amount stands in its relative clause or after it
        ("Die Streiks, die im März den Flughafen lahmlegten, kosteten die Lufthansa 120 Millionen Euro.", "120 Millionen Euro", "damage"),
        (
            "Der Cyberangriff, zu dem sich eine russische Gruppe bekannte, hat den Versandhändler rund 20 Millionen Euro gekostet.",
            "rund 20 Millionen Euro",
            "damage",
        ),
        # negative: no harm anywhere in the sentence, what a building costs is a cost
        ("Das neue Stadion, das 2027 eröffnet werden soll, kostet 400 Millionen Euro.", "400 Millionen Euro", "cost"),
    ],
)
def test_a_harm_in_another_clause_of_a_verb_of_costing(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # a dative after a preposition is a place, not someone paid: the amount is a price
        ("Auf dem Zweitmarkt werden für die Uhr über 60.000 Franken bezahlt.", "über 60.000 Franken", "cost"),
        ("Für einen Liter Diesel werden an einer Tankstelle an der A8 mehr als 2 Euro bezahlt.", "mehr als 2 Euro", "cost"),
        # negatives: someone in the dative is paid
        ("Dem Finder wurden 500 Euro bezahlt.", "500 Euro", "payment"),
        ("Ihm wurden für die Aussage 20.000 Dollar bezahlt.", "20.000 Dollar", "payment"),
    ],
)
def test_a_price_paid_at_a_place(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # what an insurer pays out for damage is a payment
        ("Der Versicherer musste für Sturmschäden 780 Millionen Euro auszahlen.", "780 Millionen Euro", "payment"),
        ("Die Kasse zahlte Elementarschäden von 420 Millionen Franken aus.", "420 Millionen Franken", "payment"),
        # negatives: the damage itself, and "aus" as a preposition with no verb of paying
        (
            "Die Hagelschäden an Dächern und Autos belaufen sich auf 420 Millionen Franken, wie aus einer Aufstellung hervorgeht.",
            "420 Millionen Franken",
            "damage",
        ),
        ("Die Schäden aus dem Unwetter schätzt der Verband auf 90 Millionen Euro.", "90 Millionen Euro", "damage"),
    ],
)
def test_damage_paid_out_is_a_payment(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # a fund set up or endowed is a budget allocation
        ("Die Stiftung hat für die Hinterbliebenen einen Fonds mit 3 Millionen Euro eingerichtet.", "3 Millionen Euro", "cost"),
        ("Der Landkreis will einen Hilfsfonds von 750.000 Euro für betroffene Landwirte auflegen.", "750.000 Euro", "cost"),
        # a credit an authority grants or approves is one too
        ("Die Kantonsregierung spricht einen Soforthilfekredit von 3 Millionen Franken für die betroffenen Gemeinden.", "3 Millionen Franken", "cost"),
        ("Der Stadtrat hat für neue Schulbusse einen Kredit von 1,2 Millionen Franken bewilligt.", "1,2 Millionen Franken", "cost"),
        # negatives: what a fund pays out, and a loan a bank grants, stay payments
        ("Aus dem Hilfsfonds erhielten bislang 120 Familien zusammen 1,4 Millionen Euro.", "1,4 Millionen Euro", "payment"),
        ("Die Bank gewährte dem Unternehmen einen Kredit über 40 Millionen Euro.", "40 Millionen Euro", "payment"),
    ],
)
def test_a_fund_or_credit_allocated_is_a_budget(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "word,category",
    [
        # a head that only holds money: the modifier names it, after a linking -s or a dropped -e
        ("hilfsprogramm", "payment"),
        ("investitionsprogramm", "cost"),
        ("sparpaket", "cost"),
        ("bonuspool", "payment"),
        ("spendensumme", "payment"),
        # negatives: a modifier that names no money, and the container alone
        ("konjunkturpaket", None),
        ("programm", None),
        ("paket", None),
    ],
)
def test_a_container_compound_is_named_by_its_modifier(word, category):
    assert category_tables().head_category(word) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Der Autozulieferer kündigte ein Sparprogramm über 800 Millionen Euro an.", "800 Millionen Euro", "cost"),
        # a programme set up is a budget allocation
        ("Das Land will ein Förderprogramm von 60 Millionen Euro für Wärmepumpen auflegen.", "60 Millionen Euro", "cost"),
        # a package worth an amount is goods, whatever its modifier
        ("Dänemark kündigt ein Militärhilfepaket im Wert von 1,2 Milliarden Kronen an.", "1,2 Milliarden Kronen", "value"),
    ],
)
def test_container_compounds_in_sentences(text, amount, category):
    assert category_of(text, amount) == category


def test_an_amount_per_unit_takes_the_paragraph_topic():
    text = "Die Aktionäre des Chemiekonzerns sollen eine höhere Dividende erhalten. Der Vorstand schlägt 2,10 Euro je Aktie vor."
    assert category_of(text, "2,10 Euro") == "payment"


def test_an_amount_per_unit_without_a_topic_keeps_the_unit():
    assert category_of("Der Vorstand schlägt 2,10 Euro je Aktie vor.", "2,10 Euro") == "other"
