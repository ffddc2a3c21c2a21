"""A person named only in another sentence pays no money there unless the sentence points back to
them (pipeline/distant_payers.py). Every text here is written for these tests."""

from __future__ import annotations

from .probes import parties_of


def test_a_spokeswoman_of_the_sentence_before_pays_nothing() -> None:
    text = (
        "Die Sprecherin der Stadtwerke, Carola Weinberg, bestätigte am Montag den Vergleich. "
        "Die Hinterbliebenen erhalten je 60.000 Euro."
    )
    assert parties_of(text, "60.000 Euro") == (None, "Hinterbliebenen")


def test_a_union_official_who_comments_pays_no_one_off_payment() -> None:
    text = (
        "Gewerkschafterin Petra Lindner zeigte sich zufrieden. "
        "Die Beschäftigten bekommen eine Einmalzahlung von 1500 Euro."
    )
    assert parties_of(text, "1500 Euro") == (None, "Beschäftigten")


def test_a_lawyer_is_no_payer_through_his_clients_possessive() -> None:
    text = (
        "Anwalt Stefan Roither sprach von einem fairen Ergebnis. "
        "Seine Mandantin erhält 120.000 Euro Schmerzensgeld."
    )
    assert parties_of(text, "120.000 Euro")[0] is None


def test_a_subject_pronoun_keeps_the_person_as_payer() -> None:
    text = (
        "Der Unternehmer Klaus Berendt hat den Streit beigelegt. "
        "Er zahlt seinem früheren Partner 2,5 Millionen Euro."
    )
    assert parties_of(text, "2,5 Millionen Euro")[0] == "Klaus Berendt"


def test_who_paid_in_the_sentence_before_pays_on() -> None:
    text = (
        "Laut Urteil muss Markus Feldner seiner früheren Frau 900.000 Euro zahlen. "
        "Zusätzlich bekommt Andrea Feldner monatlich 4500 Euro Unterhalt."
    )
    assert parties_of(text, "4500 Euro") == ("Markus Feldner", "Andrea Feldner")
