"""Agents and recipients written as a class noun ("das Unternehmen", "die Stadt", "der Kanton") or
as a speaker's "wir" are given the name the text gives them (pipeline/referents.py), and stay as
they are where the text leaves open which body they are. Fresh probe texts, not corpus sentences."""

from __future__ import annotations


import claimex
from tests.pipeline.probes import role_of as _role


def test_the_company_a_report_named_pays_as_the_company() -> None:
    text = (
        "Der Busreiseanbieter Talfahrt Touristik steht nach dem Unfall in der Kritik. "
        "Talfahrt Touristik hatte die Fahrt kurzfristig umgeplant.\n\n"
        "Das Unternehmen zahlt jeder betroffenen Familie eine Soforthilfe von 4000 Euro."
    )
    agent = _role(text, "4000 Euro", "agent")
    assert agent is not None and agent.startswith("Talfahrt")  # the name, as the mention layer reads it


def test_the_city_a_report_is_about_pays_under_its_titled_name() -> None:
    text = (
        "Die Stadt Hohenbrück hat nach dem Brand im Hallenbad Hilfe zugesagt.\n\n"
        "Den Angehörigen der Verletzten überweist die Stadt je 2500 Euro."
    )
    assert _role(text, "2500 Euro", "agent") == "Stadt Hohenbrück"


def test_the_canton_named_with_its_title_pays() -> None:
    text = (
        "Im Kanton Thurgau hat ein Unwetter mehrere Dörfer verwüstet. "
        "Der Regierungsrat tagte am Abend.\n\n"
        "Der Kanton stellt den Gemeinden einen Kredit von 3 Mio. Franken zur Verfügung."
    )
    assert _role(text, "3 Mio. Franken", "agent") == "Kanton Thurgau"


def test_the_club_is_the_named_club_not_the_named_company() -> None:
    # a company named before ("Brauerei Sonnhalde") is no "Verein"
    text = (
        "Der FC Birkenau steckt in Geldnot. Die Brauerei Sonnhalde hat ihr Sponsoring beendet. "
        "Der FC Birkenau sucht nun neue Geldgeber.\n\n"
        "Die Gemeinde gewährt dem Verein ein Darlehen von 20.000 Euro."
    )
    assert _role(text, "20.000 Euro", "recipient") == "FC Birkenau"


def test_two_rival_companies_leave_the_noun_as_it_stands() -> None:
    text = (
        "Die Kornhaus AG und die Mühlbach GmbH streiten seit Jahren um Patente. "
        "Kornhaus und Mühlbach hatten sich zuletzt vor Gericht getroffen.\n\n"
        "Nun zahlt das Unternehmen 12 Millionen Euro an den Konkurrenten."
    )
    assert _role(text, "12 Millionen Euro", "agent") == "Unternehmen"


def test_an_insurer_is_not_the_company_it_insures() -> None:
    # "die Versicherung" of an accident is the company's insurer, which the text does not name
    text = (
        "Bei der Explosion in einer Halle der Ferngas Nord wurden vier Arbeiter verletzt. "
        "Die Ferngas Nord bedauerte den Vorfall.\n\n"
        "Die Versicherung zahlt den Verletzten insgesamt 80.000 Euro."
    )
    assert _role(text, "80.000 Euro", "agent") == "Versicherung"


def test_a_noun_described_by_its_genitive_is_another_body() -> None:
    text = (
        "Der Sportverein Blau-Gelb Ellern richtet das Turnier aus. "
        "Blau-Gelb Ellern rechnet mit 3000 Besuchern.\n\n"
        "Die Versicherung des Vereins deckt Schäden bis zu 1 Million Euro."
    )
    assert _role(text, "bis zu 1 Million Euro", "agent") == "Versicherung"


def test_a_country_is_no_city() -> None:
    # "die Stadt" stands for no country the text names
    text = (
        "Nach dem Erdbeben in Albanien sind Hunderte obdachlos. Albanien bat um Hilfe.\n\n"
        "Die Stadt zahlt den Familien eine Soforthilfe von 500 Euro."
    )
    assert _role(text, "500 Euro", "agent") == "Stadt"


def test_the_countryside_is_no_state() -> None:
    text = (
        "Das Land Kärnten hat den Hochwasserfonds aufgestockt. Kärnten will schneller helfen.\n\n"
        "Wer auf dem Land wohnt, bekommt für die Sanierung seines Hauses bis zu 20.000 Euro."
    )
    claim = next(c for c in claimex.extract(text) if c.text == "bis zu 20.000 Euro")
    assert claim.recipient is None or claim.recipient.text != "Land Kärnten"


def test_an_interview_answer_pays_as_the_interviewees_body() -> None:
    text = (
        "„Wir haben gut gewirtschaftet“\n\n"
        "Die Raiffeisenkasse Unterland hat ein Rekordjahr hinter sich. Vorstand Jakob Pernthaler über Zinsen und Prämien.\n\n"
        "Herr Pernthaler, was haben die Mitarbeiter davon?\n\n"
        "Pernthaler: Wir zahlen jedem Beschäftigten eine Prämie von 1500 Euro.\n\n"
        "Und die Sparer?\n\n"
        "Wir haben unseren Kunden 9 Millionen Euro an Zinsen ausgezahlt."
    )
    assert _role(text, "1500 Euro", "agent") == "Raiffeisenkasse Unterland"
    assert _role(text, "9 Millionen Euro", "agent") == "Raiffeisenkasse Unterland"


def test_a_private_speakers_wir_names_no_body() -> None:
    text = (
        "Das Hochwasser hat im Ort viele Keller geflutet.\n\n"
        "«Wir zahlen die 30.000 Euro für die Sanierung selbst», sagt eine Anwohnerin."
    )
    assert _role(text, "30.000 Euro", "agent") is None


def test_the_interviewers_wir_in_a_question_names_no_body() -> None:
    text = (
        "Die Kelterei Rebstock hat 2025 gut verdient. Geschäftsführerin Anna Lenz im Gespräch.\n\n"
        "Frau Lenz, wir haben gehört, Sie zahlen 2 Millionen Euro an die Winzer?\n\n"
        "Lenz: Das stimmt."
    )
    claims = [c for c in claimex.extract(text) if c.text == "2 Millionen Euro"]
    assert all(c.agent is None or c.agent.text != "Kelterei Rebstock" for c in claims)


def test_a_subject_pronoun_continues_the_feminine_body_two_sentences_back() -> None:
    # "sie" is the Unfallkasse, the subject before, not the injured in the genitive
    text = (
        "Nach dem Einsturz der Lagerhalle in Ebersdorf prüft die Unfallkasse Nordland die Ansprüche. "
        "Die Unfallkasse Nordland trägt die Kosten unabhängig von der Schuldfrage. "
        "Für die Behandlung der Verletzten hat sie bisher 310.000 Euro bezahlt."
    )
    agent = _role(text, "310.000 Euro", "agent")
    assert agent is not None and "Unfallkasse" in agent


def test_er_stands_for_a_masculine_body_not_a_feminine_one() -> None:
    text = (
        "Wenn eine Firma pleitegeht, springt der Garantiefonds Bau ein. "
        "Er hat im vergangenen Jahr 12 Millionen Euro an Löhnen ausgezahlt."
    )
    agent = _role(text, "12 Millionen Euro", "agent")
    assert agent is not None and "Bau" in agent


def test_a_plural_sie_stands_for_many_not_for_one() -> None:
    text = (
        "Ein Wachmann wurde bei dem Überfall verletzt, sein Kollege blieb unverletzt. "
        "Die Erpresser meldeten sich am Abend per Telefon. "
        "Sie hatten 300.000 Euro Lösegeld gefordert."
    )
    assert _role(text, "300.000 Euro", "recipient") == "Erpresser"
