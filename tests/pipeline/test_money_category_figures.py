"""Money categories decided by the words around a cue: company figures (orders received and
cash flow are takings, revenue), money that "steht zur Verfügung" (a budget, cost, unless for
aid or people harmed), payments as sanctions (a prosecution dropped against a payment, a
transfer because of an offence: damage), earnings in a paragraph about company figures
(revenue), money flowing into a modernisation (cost), creditors' claims in an insolvency
(other), insurance premiums (cost), the income of employees (payment) and spending compared with
income (a deficit, other). Sentences written for these tests in wire style, not taken from a
corpus; each class has negative cases."""

import pytest

import claimex
from claimex.pipeline.money_category import category_tables


def category_of(text: str, amount: str) -> str:
    found = {c.text: c.category for c in claimex.extract(text) if c.type == "monetary"}
    assert amount in found, f"{amount!r} is no monetary claim of {text!r}: {found}"
    return found[amount]


@pytest.mark.parametrize(
    "word,category",
    [
        ("auftragseingang", "revenue"),
        ("auftragseingänge", "revenue"),
        ("bestelleingänge", "revenue"),
        ("cashflow", "revenue"),
        ("auftragsbestand", "value"),  # a compound of "Auftrag" keeps the head's category
        ("eingang", None),  # "eingang" alone names no money
    ],
)
def test_figure_heads(word, category):
    assert category_tables().head_category(word) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Der Auftragseingang des Maschinenbauers kletterte im zweiten Quartal auf 3,7 Milliarden Euro.",
         "3,7 Milliarden Euro", "revenue"),
        ("Die Bestelleingänge lagen mit 940 Millionen Euro unter dem Vorjahreswert.", "940 Millionen Euro", "revenue"),
        ("Der freie Cashflow des Chemiekonzerns verbesserte sich auf 610 Millionen Euro.", "610 Millionen Euro", "revenue"),
    ],
)
def test_company_figures(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # money that stands available is a budget
        ("Für die Sanierung der Schulturnhallen stehen im kommenden Jahr 6,5 Millionen Euro zur Verfügung.",
         "6,5 Millionen Euro", "cost"),
        ("Insgesamt standen dem Landkreis 1,2 Millionen Euro zur Verfügung, teilte die Verwaltung mit.",
         "1,2 Millionen Euro", "cost"),
        # for people harmed or as aid it stays a payment
        ("Für die Hinterbliebenen der Opfer stehen 800.000 Euro zur Verfügung.", "800.000 Euro", "payment"),
        ("Als Soforthilfe stehen den Gemeinden 3 Millionen Euro zur Verfügung.", "3 Millionen Euro", "payment"),
        # put at a party's disposal it is paid to that party
        ("Der Bund stellt den Ländern für die Flüchtlingsunterbringung 2 Milliarden Euro zur Verfügung.",
         "2 Milliarden Euro", "payment"),
        # "bereit stehen" is not changed: on the train split it is mostly money for people
        ("Für die betroffenen Landwirte stehen 400.000 Euro bereit.", "400.000 Euro", "payment"),
    ],
)
def test_money_that_stands_available(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # a prosecution dropped against a payment: the payment is a sanction (damage)
        ("Das Ermittlungsverfahren gegen den früheren Bürgermeister wurde gegen Zahlung von 12.000 Euro eingestellt.",
         "12.000 Euro", "damage"),
        # a transfer or back payment one must make because of an offence is a fine
        ("Wegen verbotener Preisabsprachen muss der Baustoffhändler 3,4 Millionen Euro an die Landeskasse überweisen.",
         "3,4 Millionen Euro", "damage"),
        ("Weil er Umsätze verschwiegen hatte, musste der Gastronom 210.000 Euro nachzahlen.", "210.000 Euro", "damage"),
        # without an offence or a dropped prosecution it stays a payment
        ("Der Versicherer überwies den Flutopfern bislang 18 Millionen Euro.", "18 Millionen Euro", "payment"),
        ("Der Konzern hat die Zahlungen von 3 Millionen Euro an den Zulieferer eingestellt.", "3 Millionen Euro", "payment"),
    ],
)
def test_payments_as_sanctions(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # earned in a paragraph about a company's figures: a profit, even with a pronoun subject
        ("Die Reederei steigerte ihren Umsatz deutlich. Im Jahr davor hatte sie noch 900 Millionen Dollar verdient.",
         "900 Millionen Dollar", "revenue"),
        # staff or a chef earning in the same paragraph: a salary
        ("Der Umsatz des Autozulieferers stieg auf 8 Milliarden Euro. Die Mitarbeiter verdienen im Schnitt 62.000 Euro.",
         "62.000 Euro", "payment"),
        ("Der Umsatz des Versorgers stieg auf 3 Milliarden Euro. Konzernchef Meier verdiente 2,4 Millionen Euro.",
         "2,4 Millionen Euro", "payment"),
        # no company figures around: a salary
        ("Pflegekräfte in den Kliniken des Landes verdienen im Schnitt 3.900 Euro.", "3.900 Euro", "payment"),
    ],
)
def test_earnings_in_a_paragraph_about_company_figures(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # money that flows into a body's own modernisation or expansion is spent on it (cost)
        ("Bis 2028 sollen 300 Millionen Euro in die Modernisierung der Klärwerke fließen.", "300 Millionen Euro", "cost"),
        # money that flows to people or a place is paid to them
        ("Aus dem Hilfsfonds flossen bislang 4,5 Millionen Euro an die Hinterbliebenen.", "4,5 Millionen Euro", "payment"),
    ],
)
def test_money_flowing_into_projects(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # creditors' claims registered in an insolvency are the insolvent's debts (other)
        ("Im Insolvenzverfahren des Modehändlers haben die Gläubiger Forderungen von 340 Millionen Euro angemeldet.",
         "340 Millionen Euro", "other"),
        ("Der Bauträger ist pleite. Eine Hausbank meldete Forderungen von 18 Millionen Euro an.", "18 Millionen Euro", "other"),
        # a demand outside an insolvency stays a payment
        ("Die Gewerkschaft meldete Forderungen von 150 Euro mehr im Monat an.", "150 Euro", "payment"),
    ],
)
def test_creditor_claims_in_an_insolvency(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # an insurance premium is what the insured pay: a price (cost)
        ("Die Krankenkassen erhöhen ihre Beiträge. Die durchschnittliche Prämie steigt auf 389 Franken im Monat.",
         "389 Franken", "cost"),
        ("Für die Grundversicherung zahlen Erwachsene in Basel eine mittlere Prämie von 512 Franken.", "512 Franken", "cost"),
        # a bonus stays a payment
        ("Die Beschäftigten des Autobauers erhalten eine Erfolgsprämie von 2.800 Euro.", "2.800 Euro", "payment"),
        ("Für den Titel kassiert jede Spielerin eine Prämie von 60.000 Euro.", "60.000 Euro", "payment"),
    ],
)
def test_insurance_premiums(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # the income of employees or of a pay deal is their pay (payment)
        ("Nach dem Tarifabschluss steigt das Einkommen der Beschäftigten im Einzelhandel auf 2.950 Euro.",
         "2.950 Euro", "payment"),
        ("Das durchschnittliche Bruttoeinkommen der Pflegekräfte liegt bei 3.700 Euro.", "3.700 Euro", "payment"),
        # a household's income as a threshold stays revenue
        ("Anspruch haben Familien mit einem steuerbaren Einkommen unter 70.000 Euro.", "unter 70.000 Euro", "revenue"),
        ("Haushalte mit einem Nettoeinkommen bis 2.000 Euro im Monat erhalten den Zuschuss.", "2.000 Euro", "revenue"),
    ],
)
def test_income_of_employees_and_of_households(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # spending compared with income is a deficit (other)
        ("Die Gemeinde hat im vergangenen Jahr 2,3 Millionen Euro mehr ausgegeben, als sie eingenommen hat.",
         "2,3 Millionen Euro", "other"),
        ("Im ersten Halbjahr lagen die Ausgaben der Länder um 6,1 Milliarden Euro über den Einnahmen.",
         "6,1 Milliarden Euro", "other"),
        # spending and income side by side keep their categories
        ("Die Ausgaben des Landes steigen auf 41 Milliarden Euro, die Einnahmen auf 39 Milliarden Euro.",
         "41 Milliarden Euro", "cost"),
        ("Die Ausgaben des Landes steigen auf 41 Milliarden Euro, die Einnahmen auf 39 Milliarden Euro.",
         "39 Milliarden Euro", "revenue"),
    ],
)
def test_spending_over_income_is_a_deficit(text, amount, category):
    assert category_of(text, amount) == category
