"""Roles named outside the amount's clause: the perpetrator of a count named elsewhere in its
paragraph, the company that earns revenue named in an earlier sentence, and of any name the
occurrence nearest to the amount (corpus convention). Fresh probe sentences, one per class."""

from __future__ import annotations

from claimex.pipeline.mentions import MENTIONS_KEY
from tests.pipeline.probes import claim_of as _claim
from tests.pipeline.probes import role_of as _role


def test_perpetrator_noun_of_the_paragraph_is_the_agent_of_a_bare_count() -> None:
    text = "Bei einem Überfall auf eine Tankstelle wurden drei Kunden verletzt. Der Täter flüchtete mit dem Auto."
    assert _role(text, "drei", "agent") == "Täter"


def test_perpetrator_is_taken_at_its_occurrence_nearest_to_the_count() -> None:
    text = (
        "Die Angreifer stürmten am Morgen das Rathaus. Zwei Wachleute wurden verletzt. "
        "Später nahm die Polizei die Angreifer fest."
    )
    claim = _claim(text, "Zwei")
    assert claim.agent is not None and claim.agent.text == "Angreifer"
    assert claim.agent.start == text.index("Angreifer")  # the first, 5 words away, not the later one


def test_perpetrator_does_not_cross_a_paragraph_break() -> None:
    text = "Der Täter wurde am Abend gefasst.\n\nBei einem Sturm wurden am Montag vier Wanderer verletzt."
    assert _role(text, "vier", "agent") is None


def test_counted_perpetrators_are_victims_not_agents() -> None:
    # "zwei Entführer getötet": the counted ones were harmed, they harm no one here
    text = "Bei dem Einsatz wurden zwei Entführer getötet. Fünf Polizisten wurden verletzt."
    assert _role(text, "Fünf", "agent") is None


def test_a_medic_is_no_perpetrator() -> None:
    # "Sanitäter" ends like "*täter"
    text = "Bei dem Unfall wurden sechs Menschen verletzt. Sanitäter versorgten sie vor Ort."
    assert _role(text, "sechs", "agent") is None


def test_an_attacker_of_another_count_in_the_paragraph_is_carried() -> None:
    text = (
        "Bei russischen Raketenangriffen auf Saporischschja sind neun Menschen getötet worden. "
        "Die Behörden meldeten zudem 21 Verletzte."
    )
    agent = _role(text, "21", "agent")
    assert agent is not None and "russischen" in agent


def test_revenue_goes_to_the_company_named_in_the_sentence_before() -> None:
    text = "Die Kelmer AG hat am Dienstag ihre Jahreszahlen vorgelegt. Der Umsatz stieg auf 4,2 Milliarden Euro."
    assert _role(text, "4,2 Milliarden Euro", "recipient") == "Kelmer AG"


def test_revenue_of_a_company_noun_goes_to_its_name() -> None:
    text = "Der Möbelhändler Wohnhaus Brandt wächst weiter. Im vergangenen Jahr setzte der Konzern 900 Millionen Euro um."
    recipient = _role(text, "900 Millionen Euro", "recipient")
    assert recipient is not None and "Brandt" in recipient


def test_revenue_takes_no_dateline_agency() -> None:
    text = "Hamburg (dpa) - Der Umsatz stieg im dritten Quartal auf 3,1 Milliarden Euro."
    assert _role(text, "3,1 Milliarden Euro", "recipient") is None


def test_a_payer_name_is_given_at_its_occurrence_nearest_to_the_amount() -> None:
    text = (
        "Die Reederei Vossberg steht in der Kritik. Nach dem Unglück im Hafen zahlt Vossberg den "
        "Hinterbliebenen 2 Millionen Euro."
    )
    claim = _claim(text, "2 Millionen Euro")
    assert claim.agent is not None and claim.agent.start == text.index("Vossberg", 30)


def test_mentions_mark_names_apart_from_common_nouns(nlp) -> None:
    doc = nlp("Der Sportartikelhersteller Frankensport wächst. Das Unternehmen zahlt eine Dividende.")
    kinds = {m.text: m._.is_name for m in doc.spans[MENTIONS_KEY]}
    assert kinds.get("Sportartikelhersteller Frankensport") is True
    assert kinds.get("Unternehmen") is False


def test_each_gapped_conjunct_after_und_takes_its_own_recipient() -> None:
    text = "Die Stadt zahlt dem Sportverein 5000 Euro und der Feuerwehr 2000 Euro."
    assert _role(text, "2000 Euro", "agent") == "Stadt"
    assert _role(text, "2000 Euro", "recipient") == "Feuerwehr"


def test_a_receiver_list_with_und_gives_each_amount_its_receiver() -> None:
    text = "Tirol erhält 40 Millionen Euro, Kärnten 25 Millionen Euro und Salzburg 12 Millionen Euro."
    assert _role(text, "12 Millionen Euro", "recipient") == "Salzburg"


def test_a_gapped_payer_after_und_pays_its_own_amount() -> None:
    text = "Die Schweiz spendet 3 Millionen Franken und Norwegen 2 Millionen Franken."
    assert _role(text, "2 Millionen Franken", "agent") == "Norwegen"


def test_a_year_before_und_opens_no_gapped_conjunct() -> None:
    text = "Die Spielerin erhält einen Vertrag bis 2030 und soll in Mailand jährlich 4 Millionen Euro verdienen."
    assert _role(text, "4 Millionen Euro", "recipient") != "Mailand"


def test_the_second_of_two_parties_after_a_preposition_is_no_payer() -> None:
    text = "Für die Witwe und die beiden Kinder des Opfers hat die Belegschaft 18.000 Euro gesammelt."
    assert _role(text, "18.000 Euro", "agent") == "Belegschaft"


def test_what_cost_someone_in_the_perfect_names_its_object_as_payer() -> None:
    # the verb of costing at the end of the clause: its object stands before the amount
    text = "Der Umbau der Kläranlage hat die Gemeinde 7 Millionen Euro gekostet."
    assert _role(text, "7 Millionen Euro", "agent") == "Gemeinde"


def test_words_of_people_the_mentions_now_know_can_receive() -> None:
    text = "Die Versicherung hat den Eltern des Schülers 150.000 Franken ausbezahlt."
    assert _role(text, "150.000 Franken", "recipient") == "Eltern"
