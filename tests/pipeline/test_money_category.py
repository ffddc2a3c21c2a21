"""Money categories (pipeline/money_category.py): heads of compounds, the cue that governs the
amount, frames, and the paragraph's topic when the sentence has no cue. Sentences written for
these tests, not taken from a corpus."""

import pytest

import claimex
from claimex.pipeline.money_category import category_tables


def categories(text):
    """(amount text, category) of every monetary claim of ``text``."""
    return [(c.text, c.category) for c in claimex.extract(text) if c.type == "monetary"]


def category_of(text, amount):
    found = dict(categories(text))
    assert amount in found, f"{amount!r} is no monetary claim of {text!r}: {found}"
    return found[amount]


@pytest.mark.parametrize(
    "word,category",
    [
        ("schmerzensgeld", "payment"),
        ("fördergeldern", "payment"),
        ("nachzahlungen", "payment"),
        ("abfindungen", "payment"),
        ("lizenzgebühren", "cost"),
        ("konzerngewinns", "revenue"),
        ("unwetterschäden", "damage"),
        ("bußgeldern", "damage"),  # the longest head: "bußgeld" (damage), not "geld" (payment)
        ("zahlungsausfall", "damage"),  # the head decides, not the beginning
        ("halbjahresumsätze", "revenue"),
        ("investierte", "cost"),  # a verb stem in any tense
        ("auszugeben", "cost"),  # a zu-infinitive of a separable verb
        ("gekostet", "cost"),
        ("bemerkenswert", None),  # an adjective in -wert names no worth
        ("ertragen", None),
        ("bundesrat", None),
    ],
)
def test_heads_and_stems(word, category):
    assert category_tables().head_category(word) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Das Landgericht sprach der Klägerin ein Schmerzensgeld von 12.000 Euro zu.", "12.000 Euro", "payment"),
        ("Der Verlag kassiert jährlich Lizenzgebühren von 40.000 Euro.", "40.000 Euro", "cost"),
        ("Die Gemeinde bekam 2023 rund 3 Millionen Euro an Fördergeldern.", "rund 3 Millionen Euro", "payment"),
        ("Der Hagel verursachte Unwetterschäden von 80 Millionen Franken.", "80 Millionen Franken", "damage"),
        ("Die Stadt zahlte bemerkenswert schnell 2 Millionen Euro aus.", "2 Millionen Euro", "payment"),
    ],
)
def test_compounds_and_inflections(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # the noun the amount is attached to beats a nearer verb
        ("Verluste in Höhe von 3 Millionen Euro verbuchte der Händler im Herbst.", "3 Millionen Euro", "damage"),
        ("Die Reederei meldet nun Aufträge im Umfang von 900 Millionen Dollar.", "900 Millionen Dollar", "value"),
        # the clause's cue beats a nearer one of another clause
        (
            "Für das Hallenbad investiert die Gemeinde insgesamt 2 Millionen Euro; Verluste trägt der Kanton.",
            "2 Millionen Euro",
            "cost",
        ),
        # a separable verb around the amount
        ("Der Möbelhändler setzte im Geschäftsjahr 740 Millionen Euro um.", "740 Millionen Euro", "revenue"),
        ("Die Stadt gab im Sommer 90.000 Euro für neue Spielplätze aus.", "90.000 Euro", "cost"),
        # "kostet" yields to the noun that says what costs
        ("Ein durchschnittlicher Wasserschaden kostete die Versicherer zuletzt 3.100 Euro.", "3.100 Euro", "damage"),
        ("Die Papier-Aktie verlor bis Mittag 2,5 Prozent auf 14,30 Euro.", "14,30 Euro", "other"),
        # "im Wert von" yields to the noun before it
        ("Die Niederlande sagten Militärhilfe im Wert von 500 Millionen Euro zu.", "500 Millionen Euro", "payment"),
        # a unit after "je" names no kind of money
        ("Die Aktionäre erhalten eine Dividende von 1,20 Euro je Aktie.", "1,20 Euro", "payment"),
    ],
)
def test_the_governing_cue_decides(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount",
    [
        ("Das Amtsgericht verurteilte den Händler zur Zahlung von 15.000 Euro.", "15.000 Euro"),
        ("Wegen verbotener Preisabsprachen muss die Molkerei 3 Millionen Euro zahlen.", "3 Millionen Euro"),
        ("Dem Tierpark entgingen durch die Schließung Einnahmen von rund 400.000 Euro.", "rund 400.000 Euro"),
    ],
)
def test_frames_that_make_a_payment_or_an_income_a_damage(text, amount):
    assert category_of(text, amount) == "damage"


def test_a_verb_form_is_no_fraud():
    # "betrug" is the past of "betragen" here, not the noun "Betrug" (damage)
    assert category_of("Der Umsatz des Händlers betrug zuletzt 12 Millionen Euro.", "12 Millionen Euro") == "revenue"
    assert category_of("Ermittler deckten einen Anlagebetrug von 2 Millionen Euro auf.", "2 Millionen Euro") == "damage"


def test_a_plain_payment_stays_a_payment():
    assert category_of("Die Molkerei will ihren Bauern 3 Millionen Euro zahlen.", "3 Millionen Euro") == "payment"


def test_the_paragraph_topic_decides_a_sentence_without_cue():
    text = "Der Chiphersteller hat seinen Umsatz kräftig gesteigert. Im Quartal waren es 2,4 Milliarden Dollar."
    assert category_of(text, "2,4 Milliarden Dollar") == "revenue"


def test_an_amount_continues_the_claim_before_it():
    text = (
        "Die Kartellbehörde verhängte 2024 Bußgelder von insgesamt 45 Millionen Euro. "
        "Im Jahr davor waren es 38 Millionen Euro."
    )
    assert categories(text) == [("45 Millionen Euro", "damage"), ("38 Millionen Euro", "damage")]


def test_an_amount_without_cue_of_its_clause_carries_on_the_claim_of_its_sentence():
    text = (
        "Der Verlust wuchs auf 12 Millionen Euro, im Vorjahr waren es 7 Millionen Euro, "
        "sagte er trotz höherer Umsätze."
    )
    assert categories(text) == [("12 Millionen Euro", "damage"), ("7 Millionen Euro", "damage")]


def test_the_headline_decides_when_the_paragraph_does_not():
    text = "Millionenbetrug bei Baufirma aufgeflogen\n\nDie Ermittler sprechen von 6 Millionen Euro."
    assert category_of(text, "6 Millionen Euro") == "damage"


def test_an_amount_per_unit_without_cue_is_a_price():
    assert category_of("Das Boot hatte er für 240 Euro pro Tag beim Verleih geholt.", "240 Euro") == "cost"


def decisions(text):
    """(amount text, category, evidence) of every money amount the categorizer decided in ``text``."""
    nlp = claimex.load().nlp
    categorizer = nlp.get_pipe("claimex_relations").money_categories
    categorizer.record = []
    try:
        nlp(text)
        return [(amount.text, found.category, found.evidence) for amount, found in categorizer.record]
    finally:
        categorizer.record = None


def test_a_blank_line_ends_the_topic():
    text = (
        "Neues aus der Region\n\n"
        "Die Brauerei steigerte ihren Umsatz deutlich.\n\n"
        "Ein Sprecher nannte am Abend 5 Millionen Euro."
    )
    # not the paragraph's topic: the article's, the last resort before the default
    assert decisions(text) == [("5 Millionen Euro", "revenue", "context.document")]
    alone = "Neues aus der Region\n\nEin Sprecher nannte am Abend 5 Millionen Euro."
    assert decisions(alone) == [("5 Millionen Euro", category_tables().default, "default")]


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # CLAIMS.md: the price of a takeover or of a stake is its value
        ("Für 2,1 Milliarden Euro übernimmt der Versicherer den Konkurrenten.", "2,1 Milliarden Euro", "value"),
        (
            "Der Staatsfonds erwirbt für 800 Millionen Euro einen Anteil an der Reederei.",
            "800 Millionen Euro",
            "value",
        ),
        # fines are damage, salaries payments, deficits and exchange rates other
        ("Die Behörde verhängte eine Geldbuße von 12 Millionen Euro.", "12 Millionen Euro", "damage"),
        ("Der neue Vorstandschef bekommt ein Jahresgehalt von 1,4 Millionen Euro.", "1,4 Millionen Euro", "payment"),
        ("Das Defizit der Stadt wuchs im Vorjahr auf 18 Millionen Euro.", "18 Millionen Euro", "other"),
        ("Eine Feinunze Gold kostete am Freitag 2.400 Dollar.", "2.400 Dollar", "other"),
    ],
)
def test_claims_md_decisions(text, amount, category):
    assert category_of(text, amount) == category


def test_a_conditional_estimate_is_a_hedged_cost():
    claims = claimex.extract("Ein Neubau würde nach Schätzung der Stadt rund 40 Millionen Euro kosten.")
    assert [(c.category, c.hedged) for c in claims] == [("cost", True)]


def test_the_category_confidence_follows_its_evidence():
    governed = claimex.extract("Die Behörde verhängte eine Geldbuße von 12 Millionen Euro.")[0]
    defaulted = claimex.extract("Neues aus der Region\n\nEin Sprecher nannte am Abend 5 Millionen Euro.")[0]
    assert 0 < defaulted.field_confidence["category"] < governed.field_confidence["category"] < 1


@pytest.mark.parametrize(
    "word,category",
    [
        ("verwaltungssanktion", "damage"),  # a sanction by its head
        ("schadenshöhe", "damage"),
        ("bestrafte", "damage"),  # a verb stem of fining
        ("gebüsst", "damage"),
        ("aktienrückkaufprogramms", "value"),
        ("kursziel", "other"),
        ("verbindlichkeiten", "other"),
        ("einkünfte", "revenue"),
        ("umsetzte", "revenue"),
        ("zurückgestellt", "cost"),
        ("gefordert", "payment"),
        ("hauptgewinn", "payment"),  # the longest head: a prize, not a profit
        ("haftstrafe", None),  # a prison sentence is no fine
        ("erspartes", None),  # savings are no saving of costs
        ("steuern", None),  # "teuer" is no head of "Steuern"
        ("sparte", None),  # a division, not a verb form of "sparen"
    ],
)
def test_more_heads_and_stems(word, category):
    assert category_tables().head_category(word) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # the particle closes the clause even with white space after the full stop
        ("Der Getränkehändler setzte im Vorjahr 61 Millionen Euro um.  ", "61 Millionen Euro", "revenue"),
        ("Die Sparkasse schreibt 14 Millionen Euro auf faule Kredite ab.", "14 Millionen Euro", "damage"),
        ("Für Prozessrisiken stellt die Brauerei 9 Millionen Euro zurück.", "9 Millionen Euro", "cost"),
        ("Dem Kläger sprach das Landgericht 20.000 Euro zu.", "20.000 Euro", "payment"),
        ("Die Entführer hatten 400.000 Euro gefordert.", "400.000 Euro", "payment"),
        ("Die Finanzaufsicht bestrafte den Broker mit 230.000 Euro.", "230.000 Euro", "damage"),
    ],
)
def test_verbs_and_frames_of_real_news(text, amount, category):
    assert category_of(text, amount) == category


def test_a_payment_in_a_paragraph_about_a_fine_is_the_fine():
    text = (
        "Das Kartellamt hat gegen drei Zementhersteller Bußgelder verhängt. "
        "Der größte von ihnen muss 14 Millionen Euro zahlen."
    )
    assert category_of(text, "14 Millionen Euro") == "damage"
    # the fine's paragraph ends at a blank line; a prison sentence is no fine
    apart = (
        "Neues aus der Region\n\nDas Kartellamt hat Bußgelder verhängt.\n\n"
        "Die Molkerei will ihren Bauern 3 Millionen Euro zahlen."
    )
    assert category_of(apart, "3 Millionen Euro") == "payment"
    prison = "Der Täter erhielt eine Haftstrafe. Er muss dem Opfer 8.000 Euro zahlen."
    assert category_of(prison, "8.000 Euro") == "payment"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # money made available to people is paid to them ...
        ("Für die Schwerverletzten sind zusammen 2 Millionen Euro vorgesehen.", "2 Millionen Euro", "payment"),
        # ... but a price stays a price whoever pays it
        ("Eine Tageskarte kostet für Gäste 48 Euro.", "48 Euro", "cost"),
        ("Die Therapiekosten von 9.000 Euro pro Patient trägt die Kasse.", "9.000 Euro", "cost"),
        # "Haushalte" are households, no budget
        ("Betroffene Haushalte sollen bis zu 3000 Euro ausbezahlt bekommen.", "bis zu 3000 Euro", "payment"),
    ],
)
def test_costs_for_people(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # a currency or commodity right before the amount: its market price
        ("Devisen: Euro 1,0840 Dollar · Pfund 1,1720 Euro · Silber 31,20 $", "1,0840 Dollar", "other"),
        ("Devisen: Euro 1,0840 Dollar · Pfund 1,1720 Euro · Silber 31,20 $", "31,20 $", "other"),
        ("Rohstoffe: Öl (WTI) 71,40 $ je Fass", "71,40 $", "other"),
        # an estimated worth, unless a noun of the clause says what is estimated
        ("Das Gemälde wird auf rund 40 Millionen Euro geschätzt.", "rund 40 Millionen Euro", "value"),
        ("Die Sturmschäden werden auf 80 Millionen Euro geschätzt.", "80 Millionen Euro", "damage"),
        ("Die Kosten von geschätzten 2 Millionen Euro trägt der Bund.", "2 Millionen Euro", "cost"),
        # seized money is worth
        ("Die Fahnder stellten bei der Razzia 90.000 Euro sicher.", "90.000 Euro", "value"),
    ],
)
def test_market_prices_and_estimated_worth(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # taking over a part of a sum is paying it; a takeover stays a value
        ("Die Versicherung des Vereins übernimmt davon 800.000 Euro.", "800.000 Euro", "payment"),
        ("Für 300 Millionen Euro übernimmt die Brauerei den Konkurrenten.", "300 Millionen Euro", "value"),
        # a company's minus under the line is a loss, its surplus a profit
        ("Unter dem Strich stand beim Autozulieferer ein Minus von 95 Millionen Euro.", "95 Millionen Euro", "damage"),
        ("Unter dem Strich blieb dem Versicherer ein Überschuss von 1,1 Milliarden Euro.", "1,1 Milliarden Euro", "revenue"),
        # a public budget's surplus stays other (CLAIMS.md)
        ("Der Kanton meldet für das Jahr einen Überschuss von 80 Millionen Franken.", "80 Millionen Franken", "other"),
    ],
)
def test_frames_of_company_results(text, amount, category):
    assert category_of(text, amount) == category


def test_a_purpose_phrase_after_given_money_does_not_make_it_a_cost():
    import claimex

    given = "Die Regierung in Oslo zahlt der Republik Moldau weitere 300 Millionen Kronen für den Wiederaufbau."
    spent = "Die Gemeinde Tarnfeld investiert 12 Millionen Euro in den Wiederaufbau der Brücke."
    assert [c.category for c in claimex.extract(given)] == ["payment"]
    assert [c.category for c in claimex.extract(spent)] == ["cost"]


@pytest.mark.parametrize(
    "word,category",
    [
        # a word that only ends like a head is none, nor are its compounds
        ("tarifvertrag", None),
        ("verträge", None),
        ("hauptkonkurrenten", None),
        ("sicherheitsanforderungen", None),  # no claim ("Forderung")
        ("wm-gewinner", None),  # a winner, no profit
        ("linienbussen", None),  # buses, no fines
        ("berichterstattung", None),  # reporting, no refund
        ("lohnforderungen", "payment"),
        ("ertrag", "revenue"),
        ("jahressalärs", "payment"),
    ],
)
def test_words_that_only_end_like_a_head(word, category):
    assert category_tables().head_category(word) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # the noun after the takeover is no pension ("Konkur|renten")
        ("Die Reederei übernimmt ihren Konkurrenten für 640 Millionen Euro.", "640 Millionen Euro", "value"),
        # consumers paying are paying a price
        ("Eine Familie mit zwei Kindern zahlt für Strom künftig rund 1.400 Euro im Jahr.", "rund 1.400 Euro", "cost"),
        ("In der Altstadt zahlen Mieter inzwischen 21 Euro pro Quadratmeter.", "21 Euro", "cost"),
        ("Für ein Einzelzimmer werden in der Messewoche bis zu 600 Euro verlangt.", "bis zu 600 Euro", "cost"),
        # ... a payer who gives to people pays them
        ("Der Versicherer zahlt seinen Kunden eine Entschädigung von 900 Euro.", "900 Euro", "payment"),
        ("Die Gemeinde zahlt den Familien 300 Euro im Monat.", "300 Euro", "payment"),
        # ... and consumers after "pro" are the unit of what is paid, not who pays
        ("Der Landkreis zahlt 250 Euro pro Haushalt.", "250 Euro", "payment"),
    ],
)
def test_who_pays_decides_between_a_price_and_a_payment(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # what a harmful event costs is damage ...
        ("Der Warnstreik kostete die Fluggesellschaft rund 30 Millionen Euro.", "rund 30 Millionen Euro", "damage"),
        ("Die Hagelstürme schlugen bei den Versicherern mit 90 Millionen Franken zu Buche.", "90 Millionen Franken", "damage"),
        # ... what a project costs is its cost, and a noun of the clause still decides first
        ("Der Neubau der Sporthalle kostet die Gemeinde 9 Millionen Euro.", "9 Millionen Euro", "cost"),
        ("Der Wiederaufbau nach dem Sturm kostet 12 Millionen Euro.", "12 Millionen Euro", "cost"),
    ],
)
def test_what_a_harm_costs_is_damage(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Die Räuber erbeuteten Münzen und Goldbarren im Wert von 85.000 Euro.", "85.000 Euro", "damage"),
        ("Ein Unbekannter stahl Fahrräder im Wert von 14.000 Euro.", "14.000 Euro", "damage"),
        ("Der Lobbyist soll dem Beamten Reisen im Wert von 9.000 Euro bezahlt haben.", "9.000 Euro", "payment"),
        # a worth with no verb of taking or giving stays a value
        ("Das Land liefert Munition im Wert von 40 Millionen Euro.", "40 Millionen Euro", "value"),
        ("Das Frachtschiff im Wert von 30 Millionen Dollar wurde zerstört.", "30 Millionen Dollar", "value"),
    ],
)
def test_the_verb_says_what_a_worth_is(text, amount, category):
    assert category_of(text, amount) == category


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # what is taken in is an income, whatever the noun of the money
        ("Der Musikverlag nahm 2024 rund 80 Millionen Euro an Lizenzgebühren ein.", "rund 80 Millionen Euro", "revenue"),
        ("Die Miliz soll mit Lösegeldern 20 Millionen Dollar eingenommen haben.", "20 Millionen Dollar", "revenue"),
        # a company earns an income, a person a salary
        ("Im dritten Quartal verdiente der Chipkonzern 1,2 Milliarden Dollar.", "1,2 Milliarden Dollar", "revenue"),
        ("Eine Pflegerin verdient dort 3.100 Euro brutto im Monat.", "3.100 Euro", "payment"),
        ("Der Vorstandschef des Konzerns verdiente im Vorjahr 7 Millionen Euro.", "7 Millionen Euro", "payment"),
        # taxes one pays are a payment
        ("Die Brauerei zahlt jährlich 4 Millionen Euro an Steuern.", "4 Millionen Euro", "payment"),
    ],
)
def test_the_verb_decides_whose_money_it_is(text, amount, category):
    assert category_of(text, amount) == category


def test_the_income_word_must_be_in_the_amounts_clause():
    # "verlor" belongs to the other clause and its amount; "verdiente" to this one
    text = "Mit Anleihen verdiente die Notenbank 3,1 Milliarden Franken, im Ausland verlor sie 0,8 Milliarden Franken."
    assert categories(text) == [("3,1 Milliarden Franken", "revenue"), ("0,8 Milliarden Franken", "damage")]
    # a fee one pays in a sentence that also reports an income elsewhere stays what it is
    other = "Der Verein nahm im Sommer 40.000 Euro ein, für die Platzmiete zahlte er 12.000 Euro."
    assert category_of(other, "12.000 Euro") != "revenue"
    assert category_of(other, "40.000 Euro") == "revenue"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        ("Die Stadt gab 3 Millionen Euro für die Sanierung aus, das Land schoss 800.000 Euro zu.", "800.000 Euro", "payment"),
        ("Der Landkreis steuert 250.000 Euro zu dem Neubau bei.", "250.000 Euro", "payment"),
        ("Die Stadt stockt ihr Schulprogramm um 400.000 Euro auf.", "400.000 Euro", "cost"),
        # what is topped up decides first
        ("Die Regierung stockt die humanitäre Hilfe für Syrien um 30 Millionen Euro auf.", "30 Millionen Euro", "payment"),
        ("Der Kanton stellt für das Förderprogramm 6 Millionen Franken bereit.", "6 Millionen Franken", "cost"),
        # for people harmed it stays a payment
        ("Der Kanton stellt für die Betroffenen des Programms 6 Millionen Franken bereit.", "6 Millionen Franken", "payment"),
    ],
)
def test_verbs_of_giving_and_allocating(text, amount, category):
    assert category_of(text, amount) == category


def test_the_paragraph_harm_decides_when_no_money_word_does():
    text = (
        "In der Nacht wütete ein Großbrand in einer Lagerhalle am Stadtrand. "
        "Die Feuerwehr spricht von mindestens 2 Millionen Euro."
    )
    assert category_of(text, "mindestens 2 Millionen Euro") == "damage"
    # a money word wins over the harm
    paid = (
        "Nach dem Großbrand in der Lagerhalle ermittelt die Polizei. "
        "Die Versicherung überwies dem Besitzer 2 Millionen Euro."
    )
    assert category_of(paid, "2 Millionen Euro") == "payment"


def test_the_article_topic_before_the_default():
    text = (
        "Die Supermarktkette steigerte ihren Umsatz im Herbst auf 3,4 Milliarden Euro.\n\n"
        "Zum Jahresende erwartet der Vorstand weitere 1,1 Milliarden Euro."
    )
    assert category_of(text, "1,1 Milliarden Euro") == "revenue"


@pytest.mark.parametrize(
    "text,amount,category",
    [
        # a budget money comes from or goes into is no kind of the money
        ("Der Sportverein erhält jährlich 80.000 Euro aus dem Kreishaushalt.", "80.000 Euro", "payment"),
        ("Dänemark überwies 2024 rund 3 Milliarden Euro in den EU-Haushalt.", "rund 3 Milliarden Euro", "payment"),
        # ... but a budget line frames it
        ("Für die Brücke sind im Haushalt 2026 rund 4 Millionen Euro eingeplant.", "rund 4 Millionen Euro", "cost"),
        # and it speaks when nothing else of the clause does
        ("Rund 5 Millionen Euro aus dem Stadtbudget gehen an die Schulen.", "Rund 5 Millionen Euro", "cost"),
    ],
)
def test_a_budget_as_a_place(text, amount, category):
    assert category_of(text, amount) == category


def test_consumers_who_ask_for_money_claim_it():
    text = "Zwei Mieterinnen verlangen von der Hausverwaltung 8.000 Euro zurück."
    assert category_of(text, "8.000 Euro") == "payment"
