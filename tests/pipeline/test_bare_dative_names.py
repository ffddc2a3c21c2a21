"""A name without article right after the finite verb of a clause its subject opens, before the
object holding the amount, is the dative object and receives ("Der Bund sagt Dresden eine
Hilfe von … zu"); an inverted subject in that place pays (money_parties._bare_dative_name).
Fresh probe texts, not corpus sentences."""

from __future__ import annotations

from tests.pipeline.probes import role_of as _role


def test_a_bare_city_after_the_verb_receives_the_promised_aid() -> None:
    text = "Die Landesregierung sagt Rosenheim eine Soforthilfe von 12 Millionen Euro zu."
    assert _role(text, "12 Millionen Euro", "recipient") == "Rosenheim"


def test_a_bare_country_after_the_verb_receives_the_material() -> None:
    text = "Die Bundesregierung überließ Moldau Ausrüstung im Wert von 45 Millionen Euro."
    assert _role(text, "45 Millionen Euro", "recipient") == "Moldau"


def test_an_inverted_subject_after_the_verb_is_no_receiver() -> None:
    # the clause opens with a time: the name after the verb is its subject and pays
    text = "Im Frühjahr zahlte Lindtal eine Strafe von 6 Millionen Euro."
    assert _role(text, "6 Millionen Euro", "recipient") != "Lindtal"


def test_a_name_after_a_preposition_is_no_bare_dative() -> None:
    text = "Die Stadt investiert in Neustadt eine Summe von 8 Millionen Euro."
    assert _role(text, "8 Millionen Euro", "recipient") != "Neustadt"
