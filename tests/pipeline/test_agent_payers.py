"""Who pays (the agent of a money claim): payers carried over from a restated figure, past a
dateline, and the negative cases that must stay without one (pipeline/money_parties.py, relations.py).
Every text here is written for these tests."""

from __future__ import annotations

from .probes import parties_of, role_of


# -- a figure restated in the next sentence keeps its payer --------------------------------------


def test_a_converted_fine_keeps_the_fined_party() -> None:
    text = (
        "Die Kartellbehörde verhängte gegen den Zementhersteller Kalkwerk eine Geldbuße von 80 Millionen Euro. "
        "Umgerechnet entspricht die Strafe rund 86 Millionen Dollar."
    )
    assert parties_of(text, "rund 86 Millionen Dollar") == ("Kalkwerk", "Kartellbehörde")


def test_a_new_figure_after_a_fine_takes_no_payer_from_it() -> None:
    text = (
        "Die Kartellbehörde verhängte gegen den Zementhersteller Kalkwerk eine Geldbuße von 80 Millionen Euro. "
        "Der Umsatz der Branche lag zuletzt bei rund 3 Milliarden Euro."
    )
    assert role_of(text, "rund 3 Milliarden Euro", "agent") != "Kalkwerk"


def test_a_restatement_after_a_paragraph_break_keeps_nothing() -> None:
    text = (
        "Die Kartellbehörde verhängte gegen den Zementhersteller Kalkwerk eine Geldbuße von 80 Millionen Euro.\n\n"
        "Umgerechnet entspricht der Schaden der Kunden rund 86 Millionen Dollar."
    )
    assert role_of(text, "rund 86 Millionen Dollar", "agent") is None


# -- datelines ------------------------------------------------------------------------------------


def test_the_payer_of_the_sentence_after_a_dateline_pays_what_others_receive() -> None:
    text = "Graz – Der Versicherer Helvag entschädigt die Betroffenen des Brandes. Jeder Haushalt bekommt 5000 Franken."
    assert parties_of(text, "5000 Franken") == ("Versicherer Helvag", "Haushalt")


def test_a_dated_dateline_place_is_no_payer() -> None:
    text = "Kiel, 2. April 2026 – Die Unfallkasse Nord entschädigt die Opfer. Jede Familie erhält 20.000 Euro."
    agent, _ = parties_of(text, "20.000 Euro")
    assert agent == "Unfallkasse Nord"


def test_a_dash_inside_a_sentence_is_no_dateline() -> None:
    # an article opens the sentence: what stands before the dash is its subject, no dateline
    text = "Die Stadt Ronsdorf – so der Bürgermeister – zahlt dem Sportverein 40.000 Euro."
    agent, _ = parties_of(text, "40.000 Euro")
    assert agent is not None and "Ronsdorf" in agent


# -- the payer of a verb of receiving after "bei" -----------------------------------------------


def test_investors_pay_what_a_company_raises_from_them() -> None:
    text = "Das Start-up sammelte bei Investoren 50 Millionen Euro ein."
    assert parties_of(text, "50 Millionen Euro") == ("Investoren", "Start-up")


def test_a_place_after_bei_pays_nothing() -> None:
    text = "Bei Wien erhielt der Reitverein 20.000 Euro."
    agent, _ = parties_of(text, "20.000 Euro")
    assert agent is None


def test_bei_before_a_paying_verb_names_no_payer() -> None:
    # "bei" reads as a payer only with a verb of receiving
    text = "Die Stiftung zahlte bei der Feier den Kindern 3000 Euro."
    agent, _ = parties_of(text, "3000 Euro")
    assert agent == "Stiftung"


# -- a reporter is no payer -----------------------------------------------------------------------


def test_the_name_of_a_reporting_body_in_the_genitive_is_no_payer() -> None:
    text = "Die Sanierung der Brücke kostete nach Angaben des Kantons Uri rund 4 Millionen Franken."
    assert role_of(text, "rund 4 Millionen Franken", "agent") is None


def test_a_payer_named_after_a_reporter_still_pays() -> None:
    text = "Nach Angaben des Kantons zahlte die Gemeinde Altdorf den Geschädigten 2 Millionen Franken."
    agent, _ = parties_of(text, "2 Millionen Franken")
    assert agent is not None and "Altdorf" in agent


# -- a payer in the genitive of a noun of spending --------------------------------------------------


def test_the_genitive_of_a_spending_noun_pays() -> None:
    text = "Die Ausgaben des Landes steigen im kommenden Jahr auf 12 Milliarden Euro."
    assert role_of(text, "12 Milliarden Euro", "agent") == "Landes"
    text = "Die Soforthilfe der Stadt Lindau von 50.000 Euro kam schnell an."
    assert role_of(text, "50.000 Euro", "agent") == "Stadt Lindau"


def test_the_genitive_of_a_salary_or_compensation_pays_nothing() -> None:
    # whose salary or compensation it is receives it
    assert role_of("Das Gehalt des Geschäftsführers beträgt 300.000 Euro.", "300.000 Euro", "agent") is None
    assert role_of("Die Entschädigung der Opfer beläuft sich auf 3 Millionen Euro.", "3 Millionen Euro", "agent") is None


def test_the_genitive_of_a_loss_pays_nothing() -> None:
    text = "Die Einnahmen der Gemeinde Seewis sanken um 400.000 Franken."
    assert role_of(text, "400.000 Franken", "agent") is None


# -- fines imposed by a verb: the fined party pays, the authority receives --------------------------


def test_an_authority_that_punishes_with_a_sum_receives_it() -> None:
    text = "Die Finanzmarktaufsicht bestrafte die Hausbank Sternberg mit 1,2 Millionen Euro."
    assert parties_of(text, "1,2 Millionen Euro") == ("Hausbank Sternberg", "Finanzmarktaufsicht")


def test_a_punished_party_in_the_passive_pays() -> None:
    text = "Die Hausbank Sternberg wurde von der Finanzmarktaufsicht mit 1,2 Millionen Euro bestraft."
    assert parties_of(text, "1,2 Millionen Euro") == ("Hausbank Sternberg", "Finanzmarktaufsicht")


def test_a_payment_beside_a_verb_of_punishing_keeps_its_payer() -> None:
    # not a damage: the verb of punishing does not turn the payer round
    text = "Nachdem das Gericht ihn bestraft hatte, zahlte der Verein Blauweiß dem Opfer 5000 Euro."
    assert role_of(text, "5000 Euro", "agent") is not None and "Blauweiß" in role_of(text, "5000 Euro", "agent")


# -- revenue has no payer --------------------------------------------------------------------------


def test_revenue_takes_no_payer_from_its_clause() -> None:
    text = "Die Molkerei Talhof verarbeitet Milch von 900 Bauernbetrieben und erzielte einen Umsatz von 210 Millionen Euro."
    assert role_of(text, "210 Millionen Euro", "agent") is None


def test_a_payment_with_von_keeps_its_payer() -> None:
    text = "Der Reitverein erhielt von der Gemeinde Talhof einen Zuschuss von 20.000 Euro."
    assert parties_of(text, "20.000 Euro") == ("Gemeinde Talhof", "Reitverein")


# -- a market price costs no one ------------------------------------------------------------------


def test_a_market_price_in_a_second_clause_has_no_payer() -> None:
    text = "Rohöl der Sorte Brent kostete zuletzt rund 70 Dollar je Barrel, die Sorte WTI rund 66 Dollar."
    assert role_of(text, "rund 66 Dollar", "agent") is None


def test_what_a_project_cost_its_payer_is_still_paid() -> None:
    text = "Der Umbau des Bahnhofs kostete die Stadt Lindau 12 Millionen Euro."
    assert role_of(text, "12 Millionen Euro", "agent") == "Stadt Lindau"


# -- who expects a damage does not owe it ----------------------------------------------------------


def test_a_body_expecting_damages_owes_none() -> None:
    text = "Die Gemeinde Seewis rechnet mit Schäden an Straßen von mindestens 8 Millionen Franken."
    assert role_of(text, "mindestens 8 Millionen Franken", "agent") is None


def test_a_body_expecting_its_own_lost_income_bears_it() -> None:
    text = "Die Bergbahnen Seewis rechnen mit Einnahmeausfällen von bis zu 2 Millionen Franken."
    agent = role_of(text, "bis zu 2 Millionen Franken", "agent")
    assert agent is not None and "Bergbahnen" in agent


# -- a list of amounts after a comma: each name its own party ---------------------------------------


def test_a_name_the_mention_layer_never_saw_pays_its_listed_amount() -> None:
    text = "Die Fluglinie Aerokraft soll 12 Millionen Euro zahlen, Skyjet 8 Millionen."
    assert role_of(text, "8 Millionen", "agent") == "Skyjet"


def test_a_time_in_a_list_of_amounts_is_no_payer() -> None:
    text = "Die Stiftung zahlte im Januar 5000 Euro, Anfang März 2000 Euro."
    assert role_of(text, "2000 Euro", "agent") == "Stiftung"
    text = "Die Stiftung zahlte im Januar 5000 Euro, März 2000 Euro."
    assert role_of(text, "2000 Euro", "agent") == "Stiftung"


# -- a demonstrative subject stands for the party named last ----------------------------------------


def test_dieser_stands_for_the_party_named_last() -> None:
    text = "Die Brauerei Hopfgarten geht an den dänischen Getränkekonzern Skovbryg. Dieser bietet 42 Euro je Aktie."
    agent = role_of(text, "42 Euro", "agent")
    assert agent is not None and "Skovbryg" in agent


def test_diese_as_a_determiner_is_no_subject() -> None:
    text = "Die Stadt kaufte das Grundstück. Diese Summe von 2 Millionen Euro zahlte sie bar."
    assert role_of(text, "2 Millionen Euro", "agent") == "Stadt"


def test_a_demonstrative_after_a_paragraph_break_names_no_one_before_it() -> None:
    text = "Die Brauerei Hopfgarten geht an den Getränkekonzern Skovbryg.\n\nDieser bietet 42 Euro je Aktie."
    agent = role_of(text, "42 Euro", "agent")
    assert agent is None or "Skovbryg" not in agent


# -- a pronoun subject of the clause that governs an infinitive ------------------------------------


def test_the_pronoun_of_the_governing_clause_bids_the_infinitive_sum() -> None:
    text = "Auch der Baukonzern Hartmann hatte Interesse gezeigt. Er soll bereit gewesen sein, bis zu 500 Millionen Euro zu bieten."
    agent = role_of(text, "bis zu 500 Millionen Euro", "agent")
    assert agent is not None and "Baukonzern" in agent


def test_an_unresolved_pronoun_of_the_governing_clause_names_no_one() -> None:
    text = "Er soll bereit gewesen sein, bis zu 500 Millionen Euro zu bieten."
    assert role_of(text, "bis zu 500 Millionen Euro", "agent") is None
