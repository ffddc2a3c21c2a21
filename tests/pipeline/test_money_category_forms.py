"""Money categories (pipeline/money_category.py): inflected verb forms, "je nach", verbs of
giving. Sentences written for these tests, not taken from a corpus."""

import pytest

import claimex
from claimex.pipeline.money_category import category_tables
from tests.pipeline.probes import category_of


@pytest.mark.parametrize(
    "word,category",
    [
        ("geforderten", "payment"),  # a participle as an adjective
        ("gezahlte", "payment"),
        ("investierten", "cost"),
        ("einsammeln", "payment"),  # a stem in -el takes -n alone
        ("fördern", "payment"),
        ("veräußern", "value"),
        ("ersteigerte", "value"),  # bought at an auction
        ("versteigert", "value"),
        ("gefordertes", "payment"),
        ("geforder", None),  # no ending of either kind
        ("kostn", None),  # -n alone only after -el/-er
    ],
)
def test_participles_and_short_infinitives(word, category):
    assert category_tables().head_category(word) == category


def test_a_participle_adjective_decides_over_a_unit():
    text = "Die verlangten Beträge lagen bei 300 Euro pro Monat."
    assert category_of(text, "300 Euro") == "payment"
    plain = "Ein Zimmer lag bei 300 Euro pro Nacht."
    assert category_of(plain, "300 Euro") == "cost"


def test_je_nach_is_no_unit():
    text = "Im Sommer brachte der Verein eine neue Tribüne an. Weitere 40.000 Euro können je nach Wetter dazukommen."
    assert category_of(text, "40.000 Euro") != "cost"
    per_unit = "Im Sommer brachte der Verein eine neue Tribüne an. Weitere 40 Euro kommen je Platz dazu."
    assert category_of(per_unit, "40 Euro") == "cost"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Der Landkreis gab dem Tierheim 12.000 Euro, die Gemeinde 3.000 Euro.", "12.000 Euro", "payment"),
        ("Für den Neubau gibt die Stiftung weitere 2 Millionen Euro.", "2 Millionen Euro", "payment"),
        ("Die Eltern haben ihrer Tochter 20.000 Euro gegeben.", "20.000 Euro", "payment"),
        # a separable verb whose particle closes the clause is another verb
        ("Die Stadt gab für das Fest 80.000 Euro aus.", "80.000 Euro", "cost"),
    ],
)
def test_verbs_of_giving(text, amount, category):
    assert category_of(text, amount) == category


def trigger_of(text, amount):
    claim = next(c for c in claimex.extract(text) if c.text == amount)
    return claim.trigger.text if claim.trigger is not None else None


def test_es_gibt_and_a_closing_particle_give_nothing():
    assert trigger_of("In der Kasse des Vereins gibt es noch 5.000 Euro.", "5.000 Euro") != "gibt"
    assert trigger_of("Der Verein gab am Montag 5.000 Euro bekannt.", "5.000 Euro") != "gab"
    assert trigger_of("Der Verein gab am Montag 5.000 Euro.", "5.000 Euro") == "gab"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # the verb of the clause over a noun that does not govern the amount
        ("Die Bäckerei erhält für den Stromausfall vom Versorger 3.000 Euro.", "3.000 Euro", "payment"),
        # a noun that governs the amount still decides
        ("Der Händler zahlte eine Strafe von 30.000 Euro.", "30.000 Euro", "damage"),
        # a verb that names no kind of money still yields to a noun of its clause
        ("Ein Wasserschaden kostete die Versicherung 4.000 Euro.", "4.000 Euro", "damage"),
        # the object of a verb of estimating governs the amount it is put at, by the head of its phrase
        ("Der Verband schätzt die Schäden auf 40 Millionen Euro.", "40 Millionen Euro", "damage"),
        ("Die Kasse beziffert die Ausgaben für Therapien und Krankengeld auf 3 Millionen Euro.", "3 Millionen Euro", "cost"),
    ],
)
def test_the_clause_verb_and_the_governing_noun(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Das Land stockte seinen Wohnbaufonds um 300 Millionen Euro auf.", "300 Millionen Euro", "cost"),
        ("Der Hilfsfonds wurde im Frühjahr auf 2 Milliarden Euro aufgestockt.", "2 Milliarden Euro", "cost"),
        # what a fund pays out stays a payment
        ("Der Hilfsfonds zahlte den Geschädigten 2 Milliarden Euro.", "2 Milliarden Euro", "payment"),
    ],
)
def test_a_fund_topped_up_is_a_budget(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # "was" stands for the clause before: its money noun says what the cost is
        ("Alle Beschäftigten bekommen eine Prämie, was den Betrieb 80.000 Euro kostet.", "80.000 Euro", "payment"),
        # with no money noun there, the cost stays a cost
        ("Die Turnhalle wird im Sommer renoviert, was 2 Millionen Euro kostet.", "2 Millionen Euro", "cost"),
    ],
)
def test_a_cost_of_the_clause_before(text, amount, category):
    assert category_of(text, amount) == category


def test_a_price_per_share_in_a_takeover_is_its_value():
    text = "Der Softwarekonzern übernimmt den Rivalen aus Hamburg. Je Aktie bekommen die Anteilseigner 41 Euro in bar."
    assert category_of(text, "41 Euro") == "value"
    dividend = "Der Softwarekonzern steigerte den Gewinn. Je Aktie bekommen die Anteilseigner 1,20 Euro."
    assert category_of(dividend, "1,20 Euro") == "payment"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # money that is needed is a cost
        ("Für die Sanierung der Schule sind nach Angaben der Stadt 4 Millionen Euro nötig.", "4 Millionen Euro", "cost"),
        ("Der Verband hält jährlich 30 Millionen Euro für erforderlich.", "30 Millionen Euro", "cost"),
        # a verb of another clause says more than a noun of another clause that does not govern it
        (
            "Das Land überwies der Gemeinde nach dem Hochwasser, das schwere Schäden anrichtete, rund 3 Millionen Euro.",
            "rund 3 Millionen Euro",
            "payment",
        ),
    ],
)
def test_needed_money_and_the_verb_of_another_clause(text, amount, category):
    assert category_of(text, amount) == category


def test_unnecessary_is_no_need():
    assert category_tables().head_category("unnötig") is None
    assert category_tables().head_category("notwendigen") == "cost"


@pytest.mark.parametrize(
    "text,amount",
    [
        ("Mit der gestohlenen Karte hob der Betrüger am Automaten 2.000 Euro ab.", "2.000 Euro"),
        ("Die Seniorin hatte zuvor bei ihrer Bank 9.000 Euro abgehoben.", "9.000 Euro"),
        ("Er wollte am Schalter noch 500 Euro abheben.", "500 Euro"),
    ],
)
def test_money_withdrawn_is_paid_out(text, amount):
    assert category_of(text, amount) == "payment"


def test_the_headline_claim_speaks_before_its_last_cue():
    text = (
        "Verlust von 300 Millionen Euro: Wie der Konzern seinen Umsatz retten will\n\n"
        "Der Vorstand trat am Montag vor die Presse. Im Vorjahr waren es 120 Millionen Euro."
    )
    assert category_of(text, "300 Millionen Euro") == "damage"
    assert category_of(text, "120 Millionen Euro") == "damage"


@pytest.mark.parametrize(
    "text,amount",
    [
        ("Die neue Brücke wird die Steuerzahler 80 Millionen Euro kosten.", "80 Millionen Euro"),
        ("Die Reform kostet die Beitragszahler 2 Milliarden Euro.", "2 Milliarden Euro"),
    ],
)
def test_who_bears_a_cost_is_no_kind_of_money(text, amount):
    assert category_of(text, amount) == "cost"


@pytest.mark.parametrize("verb", ["bestellt", "bestellte"])
def test_an_order_is_a_price_in_every_form(verb):
    # the price of goods ordered is spending (cost), whichever form of the verb says so
    text = f"Die Verkehrsbetriebe haben 14 Trams für 62 Millionen Franken {verb}." if verb == "bestellt" else f"Die Stadt {verb} 14 Trams für 62 Millionen Franken."
    assert category_of(text, "62 Millionen Franken") == "cost"

