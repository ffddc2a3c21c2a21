"""Forms of real wire news read since stop 22: a bound split by "aber", a breakdown sentence
opened by "Unter ihnen", the ordinal of a court's name, a thing measured after a bare plural
(fresh sentences written for these tests)."""

from __future__ import annotations

import claimex
import pytest

from .probes import claim_of, role_of


@pytest.mark.parametrize(
    "text, amount, low, high",
    [
        ("Die Tariflöhne steigen um vier Prozent, mindestens aber um 150 Euro im Monat.", "mindestens aber um 150 Euro", 150.0, None),
        ("Pflegekräfte erhalten ein Plus von drei Prozent, mindestens jedoch 120 Euro.", "mindestens jedoch 120 Euro", 120.0, None),
        ("Die Zulage beträgt zwei Prozent, höchstens aber 90 Euro im Monat.", "höchstens aber 90 Euro", None, 90.0),
    ],
)
def test_bound_split_by_a_particle_keeps_its_side(text: str, amount: str, low, high) -> None:
    claim = claim_of(text, amount)
    assert (claim.low, claim.high) == (low, high)


def test_aber_without_bound_is_a_point() -> None:
    claim = claim_of("Der Zuschuss sinkt, aber 40 Euro bleiben jedem Haushalt.", "40 Euro")
    assert (claim.low, claim.high) == (40.0, 40.0)


@pytest.mark.parametrize(
    "text, amount, victim",
    [
        ("Bei einem Bombenanschlag in Quetta sind 17 Menschen getötet worden. Unter ihnen seien vier Polizisten, sagte ein Sprecher.", "vier", "Polizisten"),
        ("Im Osten des Kongo starben bei Kämpfen mindestens 30 Zivilisten. Darunter sind auch sechs Kinder.", "sechs", "Kinder"),
    ],
)
def test_breakdown_sentence_after_a_casualty_count_is_a_claim(text: str, amount: str, victim: str) -> None:
    claim = claim_of(text, amount)
    assert claim.type == "casualty" and claim.category == "killed"
    assert claim.victim is not None and claim.victim.text == victim


def test_breakdown_opener_needs_a_smaller_count() -> None:
    text = "Bei dem Unglück starben drei Bergleute. Unter ihnen waren 40 Jahre Erfahrung versammelt."
    assert [c.text for c in claimex.extract(text)] == ["drei"]


def test_people_counted_before_reported_speech_are_no_source() -> None:
    text = "Bei dem Erdbeben sind mindestens 25 Menschen ums Leben gekommen. Unter ihnen seien acht Kinder."
    assert role_of(text, "acht", "source") is None


def test_speaker_before_reported_speech_stays_the_source() -> None:
    text = "Das Innenministerium verurteilte den Angriff. Es seien 14 Zivilisten getötet worden."
    assert role_of(text, "14", "source") == "Innenministerium"


def test_ordinal_of_a_court_name_is_no_party(nlp) -> None:
    doc = nlp("Das Landgericht Hamburg II hat die Reederei zur Zahlung von 80.000 Euro verurteilt.")
    mentions = [s.text for s in doc.spans["claimex_mentions"]]
    assert "Hamburg II" in mentions and "II" not in mentions
    claim = claim_of(doc.text, "80.000 Euro")
    assert claim.agent is None or claim.agent.text != "II"


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Bei der Razzia stellten Zollbeamte Schmuck im Wert von 90.000 Euro sicher.", "90.000 Euro", "Zollbeamte"),
        ("In Bremen beschlagnahmten Fahnder Bargeld in Höhe von 1,4 Millionen Euro.", "1,4 Millionen Euro", "Fahnder"),
    ],
)
def test_thing_measured_after_a_bare_plural_is_no_name(text: str, amount: str, recipient: str) -> None:
    assert role_of(text, amount, "recipient") == recipient


def test_name_after_a_head_noun_stays_a_name(nlp) -> None:
    doc = nlp("Der Modehändler Tessaro zahlt seinen Beschäftigten eine Prämie von 500 Euro.")
    assert "Modehändler Tessaro" in [s.text for s in doc.spans["claimex_mentions"]]


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Die Klinik muss einer Patientin 45.000 Euro Schmerzensgeld zahlen, urteilten die Richter in Celle.", "45.000 Euro", "Richter"),
        ("Der Versandhändler muss eine Strafe von 2,3 Millionen Euro zahlen. Das hat das Oberlandesgericht Düsseldorf am Mittwoch entschieden.", "2,3 Millionen Euro", "Oberlandesgericht"),
    ],
)
def test_court_that_rules_is_the_source(text: str, amount: str, source: str) -> None:
    found = role_of(text, amount, "source")
    assert found is not None and source in found


def test_body_deciding_its_own_act_is_no_source() -> None:
    text = "Die Reederei entschied, 600 Millionen Euro in neue Schiffe zu investieren."
    assert role_of(text, "600 Millionen Euro", "source") is None
    assert role_of(text, "600 Millionen Euro", "agent") == "Reederei"


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Nach dem Erdrutsch wurden elf Menschen gerettet. In örtlichen Medien war von 16 Vermissten die Rede.", "16", "Medien"),
        ("Im Staatsfernsehen hieß es, bei dem Anschlag seien neun Polizisten getötet worden.", "neun", "Staatsfernsehen"),
        ("In Medienberichten hieß es, die Ablöse liege bei 35 Millionen Euro.", "35 Millionen Euro", "Medienberichten"),
    ],
)
def test_medium_of_an_impersonal_report_is_the_source(text: str, amount: str, source: str) -> None:
    found = role_of(text, amount, "source")
    assert found is not None and source in found


def test_place_of_an_impersonal_report_is_no_source() -> None:
    text = "In Hamburg hieß es am Abend, der Schaden liege bei 3 Millionen Euro."
    assert role_of(text, "3 Millionen Euro", "source") is None


@pytest.mark.parametrize(
    "text, amount, source",
    [
        ("Zudem muss die Angeklagte 3000 Euro an den Tierschutzverein Rostock zahlen, wie ein Gerichtssprecher sagte.", "3000 Euro", "Gerichtssprecher"),
        ("Zudem muss der Mann 2000 Euro an die Caritas zahlen, wie eine Gerichtssprecherin mitteilte.", "2000 Euro", "Gerichtssprecherin"),
    ],
)
def test_unnamed_court_spokesperson_speaks_for_no_payee(text: str, amount: str, source: str) -> None:
    assert role_of(text, amount, "source") == source


def test_buried_person_who_came_out_unhurt_is_no_casualty() -> None:
    text = "Eine Skifahrerin wurde von der Lawine verschüttet, konnte sich aber selbst befreien und blieb unverletzt."
    assert [c for c in claimex.extract(text) if c.type == "casualty"] == []


def test_unhurt_colleague_leaves_the_injured_count() -> None:
    text = "Ein Polizist erlitt bei dem Angriff Schnittwunden, sein Kollege blieb unverletzt."
    assert claim_of(text, "Ein").category == "injured"


@pytest.mark.parametrize(
    "text, amount",
    [
        ("An der Börse in Zürich gab die Nestlé-Aktie um 0,8 Prozent auf 88,40 Franken nach.", "88,40 Franken"),
        ("Im Frankfurter Handel stieg die Zalando-Aktie um drei Prozent auf 24,10 Euro.", "24,10 Euro"),
    ],
)
def test_share_of_a_compound_is_no_party_of_its_price(text: str, amount: str) -> None:
    assert role_of(text, amount, "agent") is None


def test_source_after_a_dated_report_attribute() -> None:
    text = "Bei den Kämpfen starben 60 Zivilisten, heißt es in einem am Montag vorgelegten Bericht der Vereinten Nationen."
    assert role_of(text, "60", "source") == "Vereinten Nationen"


def test_relative_clause_after_a_name_is_no_apposition_of_its_object() -> None:
    text = (
        "Die Lufthansa hat im Quartal einen Verlust von 300 Millionen Euro verbucht. Grund waren Streiks "
        "der Gewerkschaft Verdi, die den Konzern rund 100 Millionen Euro gekostet hätten. "
        "Im Vorjahr hatte das Minus bei 80 Millionen Euro gelegen, wie der Konzern mitteilte."
    )
    assert role_of(text, "80 Millionen Euro", "source") != "Verdi"


def test_industry_named_as_a_sector_reports() -> None:
    text = "Die Versicherungswirtschaft schätzt die versicherten Schäden in Bayern auf 400 Millionen Euro."
    assert role_of(text, "400 Millionen Euro", "source") == "Versicherungswirtschaft"


def test_salary_is_not_paid_by_the_payer_of_the_sentence_before() -> None:
    text = (
        "Das Land will der Klinik in diesem Jahr Zuschüsse von 40 Millionen Euro zahlen. "
        "Klinikchefin Sabine Roth erhielt im vergangenen Jahr eine Vergütung von 380.000 Euro."
    )
    assert role_of(text, "40 Millionen Euro", "agent") == "Land"
    assert role_of(text, "380.000 Euro", "agent") != "Land"


def test_count_restated_by_a_modal_and_es_is_a_claim() -> None:
    text = "Die Armee hat seit Kriegsbeginn mehr als 300.000 Soldaten verloren. Im Sommer sollen es rund 900 pro Tag gewesen sein."
    claim = claim_of(text, "rund 900")
    assert claim.type == "casualty" and claim.hedged


def test_modal_before_an_expletive_es_opens_no_anaphor() -> None:
    text = "Bei dem Brand starben zwei Menschen. Es sollen 40 Feuerwehrleute im Einsatz gewesen sein."
    assert [c.text for c in claimex.extract(text)] == ["zwei"]


def test_perpetrators_told_of_harm_cause_no_later_toll() -> None:
    text = (
        "Die Armee erklärte, sie habe Stellungen der Miliz angegriffen. Dabei seien mehrere Terroristen getötet worden. "
        "Seit Beginn der Kämpfe wurden nach UN-Angaben mehr als 9000 Zivilisten getötet."
    )
    assert role_of(text, "mehr als 9000", "agent") != "Terroristen"


def test_vaguely_counted_perpetrators_who_flee_still_harmed() -> None:
    text = "Bei dem Überfall starben zwei Wachleute. Mehrere Täter flüchteten mit der Beute."
    assert role_of(text, "zwei", "agent") == "Täter"


def test_salary_is_paid_by_the_company_that_reports_it() -> None:
    text = (
        "Die Reederei Nordwind hat am Montag ihren Vergütungsbericht veröffentlicht. "
        "Vorstandschefin Ina Krohn erhielt für 2025 eine Vergütung von 1,9 Millionen Euro."
    )
    assert role_of(text, "1,9 Millionen Euro", "agent") in ("Reederei Nordwind", "Nordwind")


@pytest.mark.parametrize(
    "text, victims",
    [
        ("Ein Mann verletzte am Bahnhof von Aschaffenburg zwei Menschen.", ["zwei"]),
        ("Zwei Männer töteten in der Nacht drei Wachleute.", ["drei"]),
        ("Ein 30-jähriger Mann verwundete mit einem Messer vier Passanten.", ["vier"]),
    ],
)
def test_count_before_a_harm_verb_with_an_object_count_did_the_harm(text: str, victims: list) -> None:
    assert [c.text for c in claimex.extract(text) if c.type == "casualty"] == victims


def test_conjunct_harm_verb_keeps_the_count_before() -> None:
    text = "Der Angreifer tötete vier Menschen und verletzte 23 weitere."
    assert [c.text for c in claimex.extract(text)] == ["vier", "23"]


def test_object_first_count_stays_the_victim() -> None:
    text = "Zwei Passanten verletzte der Angreifer schwer."
    assert [c.text for c in claimex.extract(text)] == ["Zwei"]


def test_count_in_a_phrase_of_place_is_no_victim_nor_object() -> None:
    text = "Ein Mann erschoss in der Nacht sieben Menschen in zwei Gaststätten."
    assert [c.text for c in claimex.extract(text)] == ["sieben"]


@pytest.mark.parametrize(
    "text, victims",
    [
        ("Drei Polizisten tötete der Attentäter mit 30 Schüssen.", ["Drei"]),
        ("Mehr als 20 Zivilisten töteten die Soldaten bei 15 Angriffen.", ["Mehr als 20"]),
    ],
)
def test_object_count_first_keeps_its_victims(text: str, victims: list) -> None:
    assert [c.text for c in claimex.extract(text) if c.type == "casualty"] == victims


def test_new_subject_that_came_out_unhurt_leaves_the_count() -> None:
    text = "Zwei Polizisten wurden leicht verletzt, zahlreiche Demonstranten blieben unverletzt."
    assert claim_of(text, "Zwei").category == "injured"


def test_own_event_of_a_count_takes_no_attacker_of_its_paragraph() -> None:
    text = "Eine russische Rakete hat ein Wohnhaus getroffen. Bei einem Brand in einer Fabrik kamen zwei Arbeiter ums Leben."
    assert role_of(text, "zwei", "agent") is None


def test_sports_title_is_no_market_quote() -> None:
    text = "Vereinspräsident Karl Huber sagte am Montag, der Klub sei stolz auf die Mannschaft. Für den Titel gab es eine Prämie von 500.000 Euro."
    assert role_of(text, "500.000 Euro", "source") == "Karl Huber"


def test_professions_name_no_company_of_a_country() -> None:
    text = "Der technische Dienstleister Bilfinger wartet die Anlage. Die Techniker zahlen 500 Euro an die Stadt."
    assert role_of(text, "500 Euro", "agent") == "Techniker"
