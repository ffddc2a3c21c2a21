"""The causer of a report's counts named outside their sentence (pipeline/causers.py), on fresh texts."""

from __future__ import annotations

import pytest

import claimex


def _agents(text: str) -> dict[str, object]:
    return {
        c.text: (c.to_dict()["agent"] or {}).get("text")
        for c in claimex.extract(text)
        if c.type == "casualty"
    }


def test_driver_at_fault_is_agent_of_the_counts_of_its_paragraph() -> None:
    text = (
        "Bei einem Busunfall auf der A8 bei Rosenheim sind am Sonntag vier Menschen ums Leben gekommen. "
        "Nach Angaben der Polizei war der 49 Jahre alte Fahrer am Steuer eingeschlafen. "
        "22 Fahrgäste wurden verletzt."
    )
    assert _agents(text) == {"vier": "Fahrer", "22": "Fahrer"}


def test_a_causer_of_another_paragraph_is_not_carried() -> None:
    # the driver's fault two paragraphs on is too far; an earlier case's driver tells another event
    text = (
        "Bei einem Busunfall auf der A8 bei Rosenheim sind am Sonntag vier Menschen ums Leben gekommen.\n\n"
        "Die Autobahn blieb bis zum Abend in Richtung Salzburg gesperrt.\n\n"
        "Nach Angaben der Polizei war der 49 Jahre alte Fahrer am Steuer eingeschlafen.\n\n"
        "Erst im Mai waren auf derselben Strecke drei Menschen verunglückt. Der Lkw-Fahrer einer "
        "Spedition hatte die Kontrolle verloren."
    )
    agents = _agents(text)
    assert agents["vier"] is None


def test_the_driver_at_fault_of_the_next_paragraph() -> None:
    # a report tells its toll, then the fault that caused it (AUTHORING: the driver is the agent
    # even when named in another sentence)
    text = (
        "Bei einem Busunfall auf der A8 bei Rosenheim sind am Sonntag vier Menschen ums Leben gekommen.\n\n"
        "Nach Angaben der Polizei war der 49 Jahre alte Fahrer am Steuer eingeschlafen."
    )
    assert _agents(text) == {"vier": "Fahrer"}


def test_a_driver_of_the_next_paragraph_without_fault_is_no_causer() -> None:
    text = (
        "Bei einem Busunfall auf der A8 bei Rosenheim sind am Sonntag vier Menschen ums Leben gekommen.\n\n"
        "Der 49 Jahre alte Fahrer wurde leicht verletzt ins Krankenhaus gebracht."
    )
    assert _agents(text)["vier"] is None


def test_company_blamed_in_another_sentence_of_the_paragraph_by_its_name() -> None:
    text = (
        "In einer Lagerhalle in Duisburg ist am Montag ein Regal eingestürzt. Ein 34-jähriger Arbeiter "
        "wurde getötet, drei Kollegen erlitten Verletzungen. "
        "Verantwortlich ist nach Einschätzung der Gewerbeaufsicht die Firma Lagertechnik Ruhr, die das "
        "Regal falsch montiert haben soll."
    )
    agents = _agents(text)
    assert set(agents) == {"Ein", "drei"}
    assert all(a is not None and "Lagertechnik" in a for a in agents.values())


def test_natural_cause_gives_no_agent() -> None:
    text = (
        "Ein schweres Unwetter hat in Oberbayern zwei Menschen das Leben gekostet. Elf Menschen wurden "
        "verletzt, als Bäume auf Autos stürzten.\n\n"
        "Der Sturm verursachte Schäden in Millionenhöhe. Die Feuerwehr rückte zu 400 Einsätzen aus."
    )
    agents = _agents(text)
    assert agents and all(a is None for a in agents.values())


def test_live_blog_entry_is_an_event_of_its_own() -> None:
    text = (
        "Liveblog: Angriff auf Odessa\n\n"
        "08.10 Uhr: In der Nacht hat Russland Odessa mit Drohnen angegriffen. Zwei Menschen wurden getötet.\n\n"
        "09.40 Uhr: Die Zahl der Verletzten ist auf zwölf gestiegen."
    )
    assert _agents(text) == {"Zwei": "Russland", "zwölf": None}


@pytest.mark.parametrize(
    "other",
    [
        "Erst im vergangenen Jahr waren in der Stadt bei einem Unfall drei Radfahrer ums Leben gekommen.",
        "Nach Zahlen der Statistik Austria sterben in Österreich jährlich rund 400 Menschen im Verkehr.",
    ],
)
def test_an_earlier_case_or_statistics_takes_no_causer(other: str) -> None:
    text = "Der betrunkene Fahrer eines Sportwagens hat in Graz zwei Fußgänger getötet.\n\n" + other
    agents = _agents(text)
    assert agents["zwei"] == "Fahrer"
    assert [a for count, a in agents.items() if count != "zwei"] == [None]


def test_a_perpetrator_noun_after_the_counts_in_their_paragraph_beats_the_lead() -> None:
    text = (
        "Ein Attentäter hat auf einem Markt in Lyon mit einem Messer um sich gestochen.\n\n"
        "Drei Menschen wurden getötet, fünf verletzt. Der Täter wurde von Polizisten überwältigt."
    )
    assert _agents(text) == {"Drei": "Täter", "fünf": "Täter"}


def test_a_perpetrator_asked_about_in_an_interview_is_no_causer() -> None:
    text = (
        "Herr Keller, wie viele Messerangriffe gab es?\n"
        "Keller: Wir haben im letzten Jahr 80 Angriffe gezählt. Dabei wurden zwei Menschen getötet.\n\n"
        "Wer sind die Täter?\n"
        "Keller: Meist junge Männer aus dem Umfeld."
    )
    assert _agents(text) == {"zwei": None}


def test_attackers_named_by_their_country_adjective() -> None:
    text = (
        "Damaskus (dpa) – Türkische Kampfjets haben in der Nacht Stellungen im Norden Syriens angegriffen. "
        "Nach Angaben von Aktivisten wurden dabei neun Menschen getötet. 14 weitere erlitten Verletzungen."
    )
    agents = _agents(text)
    assert set(agents) == {"neun", "14"}
    assert all(a is not None and "Kampfjets" in a for a in agents.values())


def test_blame_by_pronoun_takes_the_party_of_the_sentence_before() -> None:
    text = (
        "In einer Disco in Kattowitz brach in der Nacht ein Feuer aus.\n\n"
        "Der 45-jährige Betreiber hatte die Notausgänge verschlossen. Er verschuldete damit den Tod "
        "von sechs Gästen. 30 Menschen wurden verletzt."
    )
    assert _agents(text) == {"sechs": "Betreiber", "30": "Betreiber"}


def test_failure_of_a_firm_names_the_firm() -> None:
    text = (
        "Im Hafen von Rostock ist ein Kran umgestürzt. Der Umschlagbetrieb Baltic Cargo hatte ihn seit "
        "Jahren nicht warten lassen.\n\n"
        "Ein 41-jähriger Kranführer sei durch das Versäumnis der Firma erschlagen worden; zwei Kollegen "
        "wurden schwer verletzt."
    )
    agents = _agents(text)
    assert set(agents) == {"Ein", "zwei"}
    assert all(a is not None and "Baltic Cargo" in a for a in agents.values())


def test_a_body_blamed_in_the_count_sentence_by_a_common_noun_takes_its_name() -> None:
    text = (
        "Der Chemiekonzern Nordchem hat nach der Explosion in Leuna Fehler eingeräumt. "
        "Das Unternehmen verursachte mit der Explosion den Tod von drei Arbeitern."
    )
    agent = _agents(text)["drei"]
    assert agent is not None and "Nordchem" in agent


def test_two_companies_leave_a_far_common_noun_unnamed() -> None:
    text = (
        "Die Reederei Hansa Line und der Werftbetreiber Kieler Docks streiten vor Gericht.\n\n"
        "Ein Matrose sei durch das Versäumnis der Firma ertrunken, zwei Kollegen wurden verletzt."
    )
    agents = _agents(text)
    assert agents["zwei"] == "Firma"


def test_an_accusation_without_a_harm_blames_no_one() -> None:
    text = (
        "Hochrangige Offiziere hatten der Regierung mangelnde Koordination vorgeworfen.\n\n"
        "Der Geheimdienst schätzt, dass rund 3000 Soldaten gefallen sind."
    )
    assert _agents(text) == {"rund 3000": None}


def test_a_causer_of_the_count_sentence_goes_before_a_perpetrator_noun_of_another() -> None:
    text = (
        "Ein maskierter Mann hat am Freitag eine Sparkasse in Lübeck überfallen und drei Kunden als Geiseln "
        "genommen. Der Täter flüchtete mit der Beute."
    )
    assert _agents(text) == {"drei": "Mann"}


def test_a_perpetrator_noun_stays_when_the_count_sentence_names_no_causer() -> None:
    text = "Bei dem Überfall auf eine Sparkasse wurden drei Kunden verletzt. Der Täter flüchtete mit der Beute."
    assert _agents(text) == {"drei": "Täter"}


def test_the_actor_after_a_participle_put_first() -> None:
    # "Verschleppt hatte sie die …": the participle opens the sentence, the subject follows the
    # auxiliary; a capitalised adjective and its noun inside the sentence make a name
    text = "Im Mai verschwanden in der Wüste elf Touristen. Verschleppt hatte sie die Islamische Befreiungsfront."
    assert _agents(text) == {"elf": "Islamische Befreiungsfront"}


def test_a_participle_put_first_of_no_harm_names_no_actor() -> None:
    text = "Im Mai verschwanden in der Wüste elf Touristen. Gefunden hatte sie die Polizei erst Wochen später."
    assert _agents(text) == {"elf": None}


def test_who_acts_with_attacks_is_an_actor() -> None:
    text = (
        "Die US-Armee antwortete in der Nacht mit Luftangriffen auf Stellungen der Miliz. "
        "Dabei wurden nach Angaben der Rebellen vier Menschen getötet."
    )
    assert _agents(text) == {"vier": "US-Armee"}


def test_a_body_without_a_name_acting_with_attacks_is_no_actor() -> None:
    text = "Die Stadt reagierte mit Angriffen auf die Regierung. Dabei wurden vier Menschen getötet."
    assert _agents(text) == {"vier": None}


def test_a_name_after_a_past_form_makes_it_a_verb() -> None:
    # "feuerte Russland … ab": not an adjective before a noun ("verschleppte Helfer")
    text = (
        "In der Nacht feuerte Russland mehr als 400 Drohnen auf die Ukraine ab. "
        "In Lwiw traf eine Drohne ein Wohnhaus, dabei wurden drei Menschen getötet."
    )
    assert _agents(text) == {"drei": "Russland"}


def test_a_live_blog_entry_takes_no_driver_of_the_next_entry() -> None:
    text = (
        "10.15 Uhr: Bei einem Busunfall auf der A8 bei Rosenheim sind am Sonntag vier Menschen ums Leben gekommen.\n\n"
        "11.30 Uhr: Nach Angaben der Polizei war der 49 Jahre alte Fahrer am Steuer eingeschlafen."
    )
    assert _agents(text)["vier"] is None


def test_the_shooter_of_the_counts_own_sentence_before_a_perpetrator_noun_after_it() -> None:
    # "habe … geschossen": an actor of the count's own sentence is the nearer occurrence
    text = (
        "Der Fahrer habe nach der Tat auf Polizisten geschossen, zwei Beamte wurden verletzt. "
        "Der Angreifer wurde erschossen."
    )
    assert _agents(text)["zwei"] == "Fahrer"


def test_who_ran_someone_over_is_an_actor_of_the_paragraph() -> None:
    text = (
        "Ein Autofahrer hat in der Altstadt eine Radfahrerin umgefahren. Ein Passant kümmerte sich "
        "um die Frau. Zwei Kinder erlitten einen Schock."
    )
    assert _agents(text)["Zwei"] == "Autofahrer"


@pytest.mark.parametrize(
    "condemning",
    [
        "Die Bürgermeisterin verurteilte den Anschlag auf das Rathaus scharf.",
        "Der Angriff wurde von der Bundesregierung aufs Schärfste verurteilt.",
    ],
)
def test_condemning_the_harm_blames_no_one(condemning: str) -> None:
    text = f"Unter den Trümmern des Rathauses werden noch etwa zehn Menschen vermutet. {condemning}"
    assert _agents(text) == {"etwa zehn": None}


def test_a_conviction_for_the_harm_still_blames_the_convicted() -> None:
    text = (
        "Bei dem Brand im Dachgeschoss kamen im Mai zwei Bewohner ums Leben. "
        "Der Hausmeister wurde im Herbst wegen fahrlässiger Tötung zu einer Bewährungsstrafe verurteilt."
    )
    assert _agents(text) == {"zwei": "Hausmeister"}


def test_a_court_that_convicts_is_no_causer() -> None:
    text = (
        "Bei dem Brand im Dachgeschoss kamen im Mai zwei Bewohner ums Leben. "
        "Das Landgericht verurteilte im Herbst wegen fahrlässiger Tötung."
    )
    assert _agents(text) == {"zwei": None}
