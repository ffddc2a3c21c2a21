"""Who harmed, in the shapes whole wire articles use (stop 23): a name opening a hedged headline
without an article, a name after an adjective in "Angriff der …", an armed body told by its noun
in the sentence before "Dabei …", a reported "man" of a spokesman's body, a headline's own
country adjective, a breakdown of a toll told earlier; fresh texts (harmers.py,
event_anaphora.py, breakdown_agents.py)."""

from __future__ import annotations

from .probes import casualty_agents


def test_bare_name_opens_hedged_headline() -> None:
    agents = casualty_agents("Taliban sollen zwölf Polizisten in Kundus getötet haben")
    assert agents["zwölf"] == "Taliban"


def test_capitalised_adverb_opening_stays_no_attacker() -> None:
    # "Allein" opens the clause; the subject comes after the auxiliary
    agents = casualty_agents("Allein im Mai sollen Rebellen 40 Dorfbewohner getötet haben.")
    assert agents["40"] == "Rebellen"


def test_name_after_adjective_in_attack_genitive() -> None:
    text = "Bei einem Angriff der islamistischen ADF im Osten Kongos sollen mindestens 30 Dorfbewohner getötet worden sein."
    assert casualty_agents(text)["mindestens 30"] == "ADF"


def test_armed_body_by_noun_carried_by_dabei() -> None:
    text = "Die Miliz griff am Morgen Stellungen der Armee an. Dabei seien mehr als 80 Soldaten getötet worden."
    assert casualty_agents(text)["mehr als 80"] == "Miliz"


def test_unnamed_civil_body_is_still_no_actor() -> None:
    text = "Die Hilfsorganisation war am Morgen vor Ort. Dabei wurden zwei Helfer verletzt."
    assert casualty_agents(text)["zwei"] is None


def test_reported_man_is_the_spokesmans_body() -> None:
    text = (
        "Ein Sprecher der Miliz sagte, man habe nur Stellungen der Armee angegriffen. "
        "Dabei seien 60 Soldaten getötet und zwölf gefangen genommen worden."
    )
    agents = casualty_agents(text)
    assert agents["60"] == "Miliz"
    assert agents["zwölf"] == "Miliz"


def test_reported_man_of_a_mayor_names_no_attacker() -> None:
    text = "Der Bürgermeister sagte, man habe die Lage im Griff. Dabei wurden zwei Helfer verletzt."
    assert casualty_agents(text)["zwei"] is None


def test_headline_country_adjective_of_its_attack() -> None:
    agents = casualty_agents("Israelischer Luftangriff im Gazastreifen: Mindestens 14 Tote")
    assert agents["Mindestens 14"] == "Israelischer Luftangriff"


def test_headline_adjective_of_no_country_names_no_one() -> None:
    agents = casualty_agents("Schwerer Anschlag in Kabul: 20 Tote")
    assert agents["20"] is None


def test_breakdown_paragraphs_later_takes_the_tolls_attacker() -> None:
    text = (
        "Kiew (dpa) – Russische Truppen haben in der Nacht die Stadt Sumy angegriffen und dabei "
        "mindestens sieben Menschen getötet.\n\n"
        "Die Feuerwehr war bis zum Abend im Einsatz, mehrere Häuser brannten aus.\n\n"
        "Unter den Toten ist nach Angaben der Stadtverwaltung auch ein zehnjähriger Junge."
    )
    agents = casualty_agents(text)
    assert agents["mindestens sieben"] == "Russische Truppen"
    assert agents["ein"] == "Russische Truppen"


def test_breakdown_of_a_fire_toll_has_no_attacker() -> None:
    text = "Bei einem Brand in Berlin sind sieben Menschen ums Leben gekommen. Unter den Toten ist auch ein zehnjähriger Junge."
    assert casualty_agents(text)["ein"] is None


def test_missing_after_an_attack_takes_no_paragraph_actor() -> None:
    text = "Russische Raketen trafen in der Nacht ein Wohnhaus in Dnipro. Zwei Bewohner werden noch gesucht."
    assert casualty_agents(text)["Zwei"] is None
