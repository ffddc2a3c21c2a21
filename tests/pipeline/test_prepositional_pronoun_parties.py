"""A pronoun after a preposition of paying or receiving ("fordert von ihm", "überweist an ihn")
is a party standing for the antecedent the mention layer gives it, not the paragraph topic
(money_parties._prepositional_pronouns, referents.resolve_party). Fresh probe texts, not corpus
sentences."""

from __future__ import annotations

from tests.pipeline.probes import role_of as _role


def test_the_pronoun_a_claim_is_demanded_from_pays() -> None:
    text = (
        "Die Stadtwerke Lindau haben ihren früheren Geschäftsführer Bernd Kassner verklagt. "
        "Die Stadtwerke fordern von ihm Schadenersatz in Höhe von 2,4 Millionen Euro."
    )
    assert _role(text, "2,4 Millionen Euro", "agent") == "Bernd Kassner"


def test_the_pronoun_money_is_transferred_to_receives() -> None:
    text = (
        "Die Versicherung Alpina hatte den Bauunternehmer Georg Haller zunächst abgewiesen. "
        "Nun überweist die Versicherung an ihn eine Entschädigung von 380.000 Euro."
    )
    assert _role(text, "380.000 Euro", "recipient") == "Georg Haller"


def test_one_of_them_is_no_party_the_group_names() -> None:
    # "einem von ihnen" picks one of the group: the group itself receives nothing
    text = (
        "Die Polizei hat drei Mitarbeiter der Spedition Kranich festgenommen. "
        "Einem von ihnen wirft die Anklage vor, Frachtpapiere gegen Zahlung von 7.000 Euro gefälscht zu haben."
    )
    assert _role(text, "7.000 Euro", "agent") != "Spedition Kranich"
    assert _role(text, "7.000 Euro", "recipient") != "Spedition Kranich"


def test_a_pronoun_of_the_clause_subject_is_no_party() -> None:
    # the mention layer may tie "sie" to the judges of its own sentence: no party then
    text = (
        "Ein Gericht in Hamburg hat die Reederin Katrin Lohse verurteilt. "
        "Die Richter verhängten gegen sie eine Geldstrafe von 90.000 Euro."
    )
    assert _role(text, "90.000 Euro", "agent") not in ("sie", "Richter")
