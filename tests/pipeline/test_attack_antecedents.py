"""Who harmed when a count refers back to an attack told before it, or its clause names the
attacker in forms wire news uses (pipeline/harmers.py, pipeline/event_anaphora.py): the party an
attack noun of the sentence before names, the nearest attack a definite noun of the event points
to (not a new dated event, not another place), the accused of an infinitive attack clause, the
speaker of a side telling its own attack, a headline's present, a hearsay perfect, the latest
description of the attacker. Fresh texts, with negative cases."""

from __future__ import annotations

from .probes import casualty_agents


def test_attack_noun_of_the_sentence_before_names_the_party() -> None:
    text = (
        "Odessa (dpa) - Nach den heftigsten russischen Raketenangriffen auf die Hafenstadt seit Wochen "
        "hat die Regierung neue Flugabwehr angefordert. Bei den nächtlichen Angriffen mit Dutzenden "
        "Drohnen wurden nach Angaben des Gouverneurs mindestens sieben Menschen getötet."
    )
    agent = casualty_agents(text)["mindestens sieben"]
    assert agent is not None and "russischen" in agent


def test_group_short_name_after_the_attack_noun() -> None:
    text = "Bei einem Angriff der RSF auf ein Flüchtlingslager in Nord-Darfur kamen am Freitag 40 Menschen ums Leben."
    assert casualty_agents(text)["40"] == "RSF"


def test_missing_since_the_attack_take_its_party() -> None:
    text = (
        "Bei einem Überfall der ADF auf ein Dorf in Ituri wurden am Wochenende zwölf Bauern getötet. "
        "Fünf Frauen werden seit dem Überfall vermisst."
    )
    assert casualty_agents(text)["Fünf"] == "ADF"


def test_noun_phrase_with_a_preposition_is_no_attacker() -> None:
    text = "Betrunkene feuerten in der Silvesternacht Raketen gezielt auf Passanten. Zwei Frauen wurden dabei verletzt."
    assert casualty_agents(text)["Zwei"] != "gezielt auf Passanten"


def test_definite_noun_of_the_event_reaches_over_a_paragraph_break() -> None:
    text = (
        "Charkiw (dpa) - Russland hat in der Nacht die Großstadt Charkiw mit Gleitbomben angegriffen. "
        "Die Stromversorgung fiel in mehreren Stadtteilen aus.\n\n"
        "Bei dem Angriff wurden nach Angaben von Bürgermeister Ihor Terechow vier Menschen getötet."
    )
    assert casualty_agents(text)["vier"] == "Russland"


def test_a_dated_event_is_no_antecedent() -> None:
    text = (
        "Islamisten haben in Europa in den vergangenen Jahren Dutzende Anschläge verübt. "
        "Österreich blieb lange verschont.\n\n"
        "Beim Anschlag in Villach 2025 gab es einen Toten."
    )
    assert casualty_agents(text)["einen"] is None


def test_another_place_is_no_antecedent() -> None:
    text = (
        "Russland hat am Morgen die Hafenstadt Cherson beschossen. Die Behörden riefen Luftalarm aus.\n\n"
        "Bei dem Anschlag in Lyon wurden drei Passanten verletzt."
    )
    assert casualty_agents(text)["drei"] is None


def test_accused_of_an_infinitive_attack_clause() -> None:
    text = (
        "Die Regierung in Khartum warf der Miliz vor, ein Krankenhaus in El Obeid beschossen zu haben. "
        "Dabei seien neun Patienten getötet worden."
    )
    assert casualty_agents(text)["neun"] == "Miliz"


def test_side_telling_its_own_attack_is_the_agent() -> None:
    text = "Die Ukraine erklärte, man habe einen Gefechtsstand im Gebiet Kursk angegriffen und dabei 40 Soldaten getötet."
    assert casualty_agents(text)["40"] == "Ukraine"


def test_pronoun_of_a_passive_report_names_no_speaker() -> None:
    text = "Das Gesundheitsministerium teilte mit, es seien bei dem Beben 35 Menschen ums Leben gekommen."
    assert casualty_agents(text)["35"] is None


def test_headline_present_spelled_as_participle() -> None:
    text = "Messerattacke im Regionalzug: Mann verletzt Schaffnerin und zwei Fahrgäste"
    assert casualty_agents(text)["zwei"] == "Mann"


def test_elliptical_passive_headline_has_no_agent() -> None:
    assert casualty_agents("Lawine in Tirol: Drei Skifahrer verletzt")["Drei"] is None


def test_passive_sentence_keeps_its_listed_victims_out() -> None:
    text = "Seit Kriegsbeginn wurden laut Ministerium mehr als 900 Lehrer, Schüler und Eltern verletzt und 120 getötet."
    agents = casualty_agents(text)
    assert agents["120"] is None and agents["mehr als 900"] is None


def test_hearsay_perfect_after_a_modal() -> None:
    text = (
        "Ein Motorbootfahrer soll am Samstag auf dem Attersee in eine Gruppe von Badenden gefahren "
        "und dann weiter gerast sein. Ein Bootsführer soll dort in ein Schlauchboot gerast sein. "
        "Zwei Kinder wurden schwer verletzt."
    )
    assert casualty_agents(text)["Zwei"] == "Bootsführer"


def test_driver_crashing_into_others_is_the_actor() -> None:
    text = (
        "Der Falschfahrer, ein 80-jähriger Mann aus Wels, prallte frontal gegen einen Kleinbus. "
        "Drei Insassen des Busses starben noch an der Unfallstelle."
    )
    assert casualty_agents(text)["Drei"] == "Falschfahrer"


def test_latest_description_of_the_attacker_before_the_count() -> None:
    text = (
        "Bei einem Überfall mutmaßlicher Rebellen auf einen Markt im Osten Kongos sind mindestens 19 Menschen getötet worden. "
        "Die Angreifer hätten Häuser in Brand gesetzt, sagte ein Sprecher. Auch acht Kinder sollen ums Leben gekommen sein."
    )
    agents = casualty_agents(text)
    assert agents["mindestens 19"] == "mutmaßlicher Rebellen"
    assert agents["acht"] == "Angreifer"


def test_counted_perpetrators_are_no_description() -> None:
    text = (
        "Bei einem Angriff bewaffneter Islamisten auf eine Kaserne wurden elf Soldaten getötet. "
        "Sicherheitskräfte schlugen zurück, dabei wurden sechs Angreifer getötet. Drei weitere Soldaten wurden verletzt."
    )
    assert casualty_agents(text)["Drei"] != "Angreifer"
