"""The company a report is about, for its own figures (pipeline/report_subject.py): revenue and
profit take it as recipient, its own loss as agent, also when another sentence names it; a
figure whose clause names another party stays that party's."""

from __future__ import annotations

from tests.pipeline.probes import parties_of as _roles


def test_profit_of_the_company_named_in_an_earlier_sentence() -> None:
    text = (
        "Der Pumpenhersteller Wellmann Hydraulik hat am Dienstag seine Bilanz vorgelegt. "
        "Wellmann beschäftigt 700 Menschen und setzte 240 Millionen Euro um. "
        "Der operative Gewinn lag bei 18 Millionen."
    )
    assert _roles(text, "18 Millionen") == (None, "Wellmann")


def test_loss_of_the_company_named_before_is_its_agent() -> None:
    text = "Die Reederei Holtmann ist in Schwierigkeiten. Der Nettoverlust stieg auf 80 Millionen Euro."
    agent, recipient = _roles(text, "80 Millionen Euro")
    assert agent is not None and "Holtmann" in agent
    assert recipient is None


def test_company_of_the_headline_across_paragraphs() -> None:
    text = (
        "Die Brunnwerk AG hat 2025 weniger verdient als erwartet.\n\n"
        "Vorstandschefin Petra Lang sprach von einem schwierigen Jahr.\n\n"
        "Der Verlust weitete sich auf 31 Millionen Euro aus."
    )
    agent, _ = _roles(text, "31 Millionen Euro")
    assert agent is not None and "Brunnwerk" in agent


def test_lost_income_is_the_loss_of_the_subject_not_its_income() -> None:
    text = "Wegen der Sperrung verlor Portugal im vergangenen Jahr Einnahmen von rund 2 Milliarden Euro."
    assert _roles(text, "rund 2 Milliarden Euro") == ("Portugal", None)


def test_a_state_earning_revenue_does_not_pay_it() -> None:
    text = "Norwegen nimmt mit dem Gasexport viel Geld ein. Die Einnahmen beliefen sich im Mai auf 9 Milliarden Euro."
    assert _roles(text, "9 Milliarden Euro") == (None, "Norwegen")


def test_figure_of_another_named_party_is_not_the_reports_company() -> None:
    text = (
        "Die Reederei Holtmann ist in Schwierigkeiten. "
        "Der Umsatz der Tochter Holtmann Logistik sank auf 400 Millionen Euro."
    )
    _, recipient = _roles(text, "400 Millionen Euro")
    assert recipient == "Holtmann Logistik"


def test_a_damage_of_an_event_takes_no_company() -> None:
    text = (
        "Die Brunnwerk AG hat ihre Zahlen vorgelegt.\n\n"
        "Das Hochwasser hat in der Region Schäden von 40 Millionen Euro verursacht."
    )
    agent, _ = _roles(text, "40 Millionen Euro")
    assert agent is None or "Brunnwerk" not in agent


# -- what receives nothing (pipeline/money_parties.py) -------------------------------------


def test_a_sector_or_supply_the_money_finances_receives_nothing() -> None:
    text = "Für den Straßenbau plant die Regierung 40 Milliarden Euro ein, für den Bergbausektor rund 12 Milliarden Euro."
    assert _roles(text, "rund 12 Milliarden Euro") == ("Regierung", None)
    assert _roles("Die Gemeinde stellte 300.000 Franken für die Abwasserversorgung bereit.", "300.000 Franken")[1] is None


def test_who_money_is_for_still_receives_it() -> None:
    text = "Die Stiftung stellte 50.000 Euro für die Familien der Opfer bereit."
    assert _roles(text, "50.000 Euro")[1] == "Familien"


def test_a_unit_of_a_cost_is_no_party_but_a_head_paid_for_receives() -> None:
    assert _roles("Die Kosten pro Patienten liegen bei 900 Euro im Monat.", "900 Euro") == (None, None)
    assert _roles("Die Gemeinde zahlt 1000 Euro pro Haushalt.", "1000 Euro") == ("Gemeinde", "Haushalt")


def test_a_party_affiliation_in_brackets_is_no_recipient() -> None:
    text = "Berlin sagte nach Angaben von Finanzminister Lars Klingbeil (SPD) Hilfen im Umfang von 2 Milliarden Euro zu."
    assert _roles(text, "2 Milliarden Euro")[1] != "SPD"


def test_a_budget_that_is_raised_receives_nothing() -> None:
    text = "Die Regierung hat den Verteidigungshaushalt um 12 Prozent auf 40 Milliarden Euro erhöht."
    assert _roles(text, "40 Milliarden Euro")[1] is None
    assert _roles("Die Landesregierung stockte den Hilfsfonds um 200 Millionen Euro auf.", "200 Millionen Euro")[1] is None


def test_a_raised_payment_for_someone_keeps_its_recipient() -> None:
    text = "Der Bund hat die Hilfen für die Ukraine um 2 Milliarden Euro erhöht."
    assert _roles(text, "2 Milliarden Euro")[1] == "Ukraine"


def test_whom_a_damage_hurts_receives_nothing() -> None:
    text = "Den Schaden für die Gemeinde beziffert die Polizei auf 300.000 Euro."
    assert _roles(text, "300.000 Euro")[1] is None


# -- recipients in the amount's own sentence (pipeline/money_parties.py) -------------------


def test_a_fine_threatened_to_a_dative_goes_to_the_authority_named_before() -> None:
    text = "Die Staatsanwaltschaft Graz ermittelt wegen Betrugs; dem Unternehmen droht eine Geldbuße von bis zu 300.000 Euro."
    assert _roles(text, "bis zu 300.000 Euro") == ("Unternehmen", "Staatsanwaltschaft Graz")


def test_a_dative_pronoun_receives_as_its_antecedent() -> None:
    text = "Der Bauer ist verletzt. Die Versicherung hat ihm 5000 Euro überwiesen."
    assert _roles(text, "5000 Euro") == ("Versicherung", "Bauer")
    text = "Die Pensionistin Maria K. war vor dem Rathaus gestürzt. Die Stadt muss ihr 9.000 Euro Schmerzensgeld zahlen."
    agent, recipient = _roles(text, "9.000 Euro")
    assert agent == "Stadt" and recipient is not None and "Maria" in recipient  # CLAIMS.md: prefer the name


def test_a_possessive_is_no_dative_pronoun() -> None:
    text = "Die Mieterin ist ausgezogen. Ihr Vermieter hat 2.000 Euro Kaution einbehalten und ihr Anwalt 800 Euro gezahlt."
    _, recipient = _roles(text, "800 Euro")
    assert recipient is None or "Mieterin" not in recipient


def test_who_reaches_a_figure_or_earns_it_receives_it() -> None:
    text = "Lehrer verdienen 3.900 Euro, Schulleiter kommen künftig auf bis zu 6.200 Euro."
    assert _roles(text, "3.900 Euro") == (None, "Lehrer")
    assert _roles(text, "bis zu 6.200 Euro") == (None, "Schulleiter")


def test_the_subject_of_a_passive_compensation_receives_it() -> None:
    text = "Die verletzten Arbeiter wurden mit je 20.000 Euro entschädigt."
    assert _roles(text, "20.000 Euro")[1] == "verletzten Arbeiter"


def test_money_flowing_to_counted_receivers() -> None:
    text = "Damit fliessen 2027 wie bisher 1,9 Mrd. Fr. an die rund 40'000 Milchbetriebe."
    assert _roles(text, "1,9 Mrd. Fr.") == (None, "Milchbetriebe")


# -- receivers the report speaks of (pipeline/report_subject.py) ---------------------------


def test_a_payment_goes_to_the_party_the_sentence_before_names_as_helped() -> None:
    text = "Schweden stockt seine Hilfe für Moldau auf. Der Außenminister kündigte am Montag weitere 20 Millionen Euro an."
    assert _roles(text, "20 Millionen Euro")[1] == "Moldau"


def test_a_helped_party_of_another_paragraph_is_not_carried() -> None:
    text = "Schweden stockt seine Hilfe für Moldau auf.\n\nDie Stadt Göteborg gab 3 Millionen Kronen für ein neues Hallenbad aus."
    assert _roles(text, "3 Millionen Kronen")[1] is None


def test_a_receiver_without_a_name_is_not_carried() -> None:
    text = "Die Regierung zahlte den Hochwasseropfern 5 Millionen Euro. Weitere 2 Millionen Euro stellte das Land bereit."
    assert _roles(text, "2 Millionen Euro")[1] is None


def test_the_speakers_wir_earns_for_the_company_of_the_interview() -> None:
    text = (
        "Die Sparkasse Unterland hat so viel verdient wie nie.\n\n"
        "Herr Moser, wie lief das Jahr?\n\n"
        "Moser: Sehr gut. Vor Steuern haben wir 120 Millionen Euro verdient."
    )
    assert _roles(text, "120 Millionen Euro")[1] == "Sparkasse Unterland"


def test_a_private_speakers_wir_is_no_company() -> None:
    text = (
        "Hochwasser in Kärnten\n\n"
        "Die Sparkasse Unterland stockt ihren Hilfsfonds auf. "
        "«Vom Land bekommen wir 40.000 Euro», sagt ein Hausbesitzer."
    )
    assert _roles(text, "40.000 Euro")[1] != "Sparkasse Unterland"


def test_an_own_loss_goes_to_no_one() -> None:
    text = "Auch für die Reederei Holtmann ist die Krise teuer: Der Konzern schrieb einen Verlust von 90 Millionen Euro."
    agent, recipient = _roles(text, "90 Millionen Euro")
    assert recipient is None and agent is not None


def test_a_fine_paid_without_a_fine_word_goes_to_the_body_that_imposed_it() -> None:
    text = "Der Strafsenat der Liga hat am Montag entschieden. Weil Fans Pyrotechnik zündeten, muss der SV Ried 30.000 Euro zahlen."
    agent, recipient = _roles(text, "30.000 Euro")
    assert agent == "SV Ried" and recipient is not None and "Liga" in recipient


def test_costs_paid_go_to_no_fining_body() -> None:
    text = "Das Landgericht verhandelte am Montag. Der Kläger muss 3.000 Euro Gerichtskosten zahlen."
    assert _roles(text, "3.000 Euro")[1] is None
