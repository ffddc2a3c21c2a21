"""Rule roles read from clause shape: one test per failure class of real news that the token
windows missed (dative plurals, names the mention layer never saw, infinitive clauses,
appositions, fines an authority imposes, datelines, causes of damage, reporting verbs that move
money, active harm verbs, statements and speakers as sources). Every sentence is new, written
for these tests."""

from __future__ import annotations

from typing import Optional

import pytest

import claimex


def _claim(text: str, amount: str) -> claimex.Claim:
    return next(c for c in claimex.extract(text) if c.text == amount)


def _text(span) -> Optional[str]:
    return span.text if span is not None else None


def _parties(text: str, amount: str) -> tuple[Optional[str], Optional[str]]:
    claim = _claim(text, amount)
    return _text(claim.agent), _text(claim.recipient)


def _source(text: str, amount: str) -> Optional[str]:
    return _text(_claim(text, amount).source)


# -- recipients in the dative --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # "den" + a plural of people before the amount: the amount is the accusative object
        ("Die Landesregierung zahlt den Hochwassergeschädigten 3,5 Millionen Euro.", "3,5 Millionen Euro", "Landesregierung", "Hochwassergeschädigten"),
        # a possessive in the dative plural
        ("Die Genossenschaftsbank hat ihren Mitgliedern 12 Millionen Euro ausgeschüttet.", "12 Millionen Euro", "Genossenschaftsbank", "Mitgliedern"),
        # the dative object opens the sentence, the subject follows the verb
        ("Den Angehörigen der Opfer überwies die Versicherung je 20.000 Euro.", "20.000 Euro", "Versicherung", "Angehörigen"),
    ],
)
def test_dative_plural_before_the_amount_receives(text: str, amount: str, agent: str, recipient: str) -> None:
    assert _parties(text, amount) == (agent, recipient)


def test_a_price_keeps_a_den_phrase_accusative() -> None:
    # "kaufte den Hof für …": the amount is a price, "den Hof" is what was bought, no receiver
    _, recipient = _parties("Die Gemeinde kaufte den Hof für 1,2 Millionen Euro.", "1,2 Millionen Euro")
    assert recipient != "Hof"


def test_bare_name_between_subject_and_amount_receives() -> None:
    text = "Die Weltbank hat Rumänien 150 Millionen Dollar überwiesen."
    assert _parties(text, "150 Millionen Dollar") == ("Weltbank", "Rumänien")


def test_coordinated_party_is_no_dative_object() -> None:
    # "die EU und Japan zahlen": Japan pays along, it receives nothing
    _, recipient = _parties("Die EU und Japan zahlen 800 Millionen Euro.", "800 Millionen Euro")
    assert recipient is None


# -- subjects the mention layer never saw -------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        # an unknown company name before its finite verb
        ("Varmolux zahlt den Aktionären 2,30 Euro je Aktie.", "2,30 Euro", "Varmolux", "Aktionären"),
        # an unknown name opening the clause before a party after the verb: the name is the subject
        ("Norwegen will der Republik Moldau 40 Millionen Euro zur Verfügung stellen.", "40 Millionen Euro", "Norwegen", "Republik Moldau"),
        # an inverted clause: the subject follows the verb with its article
        ("Bei Sturmschäden zahlt die Helvetia ihren Versicherten rasch 1000 Franken.", "1000 Franken", "Helvetia", "Versicherten"),
    ],
)
def test_unseen_subject_pays(text: str, amount: str, agent: str, recipient: str) -> None:
    assert _parties(text, amount) == (agent, recipient)


def test_unseen_subject_of_a_revenue_figure_receives() -> None:
    _, recipient = _parties("Rhenova erzielte 2025 einen Umsatz von 318 Millionen Euro.", "318 Millionen Euro")
    assert recipient == "Rhenova"


# -- infinitive clauses and appositions ---------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, agent, recipient",
    [
        ("Die Fluglinie Aerokraft kündigte an, jedem Fluggast 300 Euro zu erstatten.", "300 Euro", "Fluglinie Aerokraft", "jedem Fluggast"),
        ("Der Verkehrsverbund hat zugesagt, Pendlern pauschal 25 Euro zurückzuzahlen.", "25 Euro", "Verkehrsverbund", "Pendlern"),
    ],
)
def test_infinitive_clause_takes_the_subject_before_it(text: str, amount: str, agent: str, recipient: str) -> None:
    assert _parties(text, amount) == (agent, recipient)


def test_apposition_name_replaces_the_common_noun() -> None:
    text = "Der Betreiber, die Seeblick Pflege GmbH, hat den Bewohnern insgesamt 90.000 Euro gezahlt."
    agent, recipient = _parties(text, "90.000 Euro")
    assert (agent, recipient) == ("Seeblick Pflege GmbH", "Bewohnern")


def test_apposition_after_a_genitive_attribute() -> None:
    text = "Die Versorgungskasse der Ärzte, Medicura, zahlt ihren Rentnern eine Zulage von 500 Euro."
    assert _parties(text, "500 Euro") == ("Medicura", "Rentnern")


# -- fines --------------------------------------------------------------------------------


def test_active_fine_authority_is_the_recipient() -> None:
    text = "Die Datenschutzbehörde hat dem Versandhändler eine Strafe von 80.000 Euro auferlegt."
    assert _parties(text, "80.000 Euro") == ("Versandhändler", "Datenschutzbehörde")


def test_passive_fine_authority_stands_after_vom() -> None:
    text = "Ein Bauunternehmer ist vom Landesgericht zu einer Geldstrafe von 14.400 Euro verurteilt worden."
    assert _parties(text, "14.400 Euro") == ("Bauunternehmer", "Landesgericht")


# -- datelines and causes of damage --------------------------------------------------------


def test_agency_in_dateline_brackets_is_no_party() -> None:
    text = "Graz (APA) - Ein Murenabgang hat in der Steiermark Schäden von 12 Millionen Euro verursacht."
    agent, recipient = _parties(text, "12 Millionen Euro")
    assert "APA" not in (agent, recipient)


def test_an_event_pays_no_damage_it_caused() -> None:
    # CLAIMS.md: the agent of money pays, gives, spends or owes; a fire or a storm does none of it
    text = "Durch den Großbrand entstand ein Schaden von 2,5 Millionen Euro."
    agent, _ = _parties(text, "2,5 Millionen Euro")
    assert agent is None
    text = "Der Sturm hat in der Region Schäden von 20 Millionen Euro verursacht."
    assert _parties(text, "20 Millionen Euro")[0] is None


def test_a_person_who_caused_a_damage_still_owes_it() -> None:
    text = "Der Brandstifter hat einen Schaden von 2,5 Millionen Euro verursacht."
    assert _parties(text, "2,5 Millionen Euro")[0] == "Brandstifter"


# -- reporting verbs that move money ---------------------------------------------------------


def test_giving_verb_reports_nothing() -> None:
    # "gab" gives here, it does not report: no source, and the giver pays
    claim = _claim("Die Schweiz gab 6 Millionen Franken, Belgien 4 Millionen Euro.", "6 Millionen Franken")
    assert claim.source is None and _text(claim.agent) == "Schweiz"


def test_reaching_a_figure_reports_nothing() -> None:
    claim = _claim("Die Molkerei kam zuletzt auf einen Umsatz von 900 Millionen Euro.", "900 Millionen Euro")
    assert claim.source is None and _text(claim.recipient) == "Molkerei"


# -- attackers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # a finite past harm verb without auxiliary: the clause is active
        ("Der Amokfahrer verletzte neun Passanten.", "neun", "Amokfahrer"),
        # counted perpetrators harm
        ("In Mogadischu töteten zwei Selbstmordattentäter 31 Menschen.", "31", "Selbstmordattentäter"),
    ],
)
def test_subject_of_active_harm_verb(text: str, amount: str, agent: str) -> None:
    assert _text(_claim(text, amount).agent) == agent


def test_victim_of_another_count_is_no_attacker() -> None:
    text = "Der Lastwagen erfasste eine 64-jährige Radfahrerin und tötete einen zehnjährigen Buben."
    claim = _claim(text, "einen")
    assert _text(claim.agent) != "Radfahrerin"


# -- sources --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # the statement itself, whatever its head or capitals
        ("Nach UNHCR-Angaben wurden 17 Flüchtlinge verletzt.", "17", "UNHCR-Angaben"),
        ("Laut Medienberichten kamen vier Bergsteiger ums Leben.", "vier", "Medienberichten"),
        # the owner of a statement without a cue of its own
        ("Nach Aussagen der Bergwacht werden zwei Wanderer vermisst.", "zwei", "Bergwacht"),
        ("Nach Schätzung des Bauernverbands beträgt der Schaden 40 Millionen Euro.", "40 Millionen Euro", "Bauernverbands"),
    ],
)
def test_statement_names_its_source(text: str, amount: str, source: str) -> None:
    assert _source(text, amount) == source


def test_reporting_clause_after_the_claim_names_the_source() -> None:
    text = "Elf Menschen wurden verletzt, wie Polizei und Rettung mitteilten."
    assert _source(text, "Elf") == "Polizei"


def test_hieß_es_aus_names_the_source() -> None:
    assert _source("Zwei Soldaten starben, hieß es aus Militärkreisen.", "Zwei") == "Militärkreisen"


def test_name_no_mention_covers_after_wie() -> None:
    text = "Die Gemeinde bekommt weitere 60.000 Euro, wie Kassenwart Rudolf Zenker bestätigte."
    source = _source(text, "60.000 Euro")
    assert source is not None and "Zenker" in source


def test_interview_speaker_is_the_source_of_the_paragraph() -> None:
    text = (
        "Clubpräsident Heinz Obermaier spricht über die Finanzen.\n\n"
        "Obermaier: Der Umbau des Stadions kostet 14 Millionen Euro. "
        "Dazu kommen 2 Millionen Euro für die Flutlichtanlage."
    )
    assert _source(text, "14 Millionen Euro") == "Obermaier"
    assert _source(text, "2 Millionen Euro") == "Obermaier"


def test_a_label_before_a_colon_is_no_speaker() -> None:
    # "Brisant" is not written elsewhere in the text: a label, not a speaker introduced before
    text = "Brisant: Der Vorgänger hatte 2022 beim Abgang 410.000 Euro mitgenommen."
    assert _source(text, "410.000 Euro") is None


# -- relative clauses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        ("Der Verband lobte die Bürgerstiftung, die 75.000 Euro beigesteuert hat.", "75.000 Euro", "Bürgerstiftung"),
        # a verb particle may end the clause before the comma
        ("Der Veranstalter zog sich auf seine Haftpflichtversicherung zurück, die den Verletzten 90.000 Euro zahlte.", "90.000 Euro", "seine Haftpflichtversicherung"),
    ],
)
def test_relative_pronoun_subject_pays_as_its_antecedent(text: str, amount: str, agent: str) -> None:
    assert _parties(text, amount)[0] == agent


def test_relative_pronoun_object_leaves_the_subject_of_its_clause() -> None:
    # ", die der Landkreis zahlte": the pronoun is the object, the Landkreis pays
    text = "Die Gemeinde erhielt eine Hilfe, die der Landkreis mit 30.000 Euro bezahlte."
    assert _parties(text, "30.000 Euro")[0] != "Hilfe"


def test_company_reporting_its_revenue_receives_it() -> None:
    text = "Der Sportartikelhersteller Alpinor meldete für das Halbjahr einen Umsatz von 640 Millionen Euro."
    claim = _claim(text, "640 Millionen Euro")
    assert claim.recipient is not None and "Alpinor" in claim.recipient.text


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        ("Für den Kauf des Chipherstellers Siltronix zahlt der Fonds 1,8 Milliarden Euro.", "1,8 Milliarden Euro", "Siltronix"),
        ("Die Brauerei Haller übernimmt die Münchner Kellerei Obermayr für 42 Millionen Euro.", "42 Millionen Euro", "Obermayr"),
    ],
)
def test_what_is_bought_receives_the_price(text: str, amount: str, recipient: str) -> None:
    found = _parties(text, amount)[1]
    assert found is not None and recipient in found


def test_pronoun_subject_leaves_der_phrase_to_the_dative() -> None:
    # no antecedent: the pronoun still holds the subject's place, "der Gemeinde" receives
    assert _parties("Sie überwies der Gemeinde 8.000 Euro.", "8.000 Euro") == (None, "Gemeinde")


def test_attacker_carries_over_its_paragraph_only() -> None:
    text = (
        "Bei russischen Raketenangriffen auf Saporischschja wurden fünf Menschen getötet. "
        "Zwölf weitere wurden verletzt.\n\n"
        "In Lwiw starben zwei Menschen bei einem Wohnungsbrand."
    )
    claims = {c.text: c for c in claimex.extract(text)}
    assert _text(claims["fünf"].agent) is not None
    assert _text(claims["Zwölf"].agent) == _text(claims["fünf"].agent)
    assert claims["zwei"].agent is None or claims["zwei"].agent.text != claims["fünf"].agent.text
