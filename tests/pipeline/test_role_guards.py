"""Guards that keep a phrase out of a role it cannot fill, each on a probe sentence written for
this test: a preposition's object is no dative object (so a fine's place is not its payer), the
counted victims are not their own attacker, and who only reports a figure does not earn it."""

from __future__ import annotations

from typing import Optional

import claimex


def _role(text: str, amount: str, role: str) -> Optional[str]:
    claim = next(c.to_dict() for c in claimex.extract(text) if amount in c.text)
    span = claim[role]
    if span is None:
        return None
    assert text[span["start"] : span["end"]] == span["text"]
    return span["text"]


def test_a_place_after_a_preposition_is_not_the_fined_party():
    text = "Der Chemiekonzern Halvorsen muss in den Niederlanden eine Strafe von 80 Millionen Euro zahlen."
    assert "Halvorsen" in (_role(text, "80 Millionen", "agent") or "")
    assert _role(text, "80 Millionen", "recipient") != "Niederlanden"


def test_a_dative_object_without_preposition_still_receives():
    text = "Die Stiftung Lindenhof zahlt den Familien der Opfer 2 Millionen Euro."
    assert _role(text, "2 Millionen", "recipient") == "Familien"


def test_the_counted_victims_are_not_their_own_attacker():
    for text in (
        "Bei dem Angriff wurden zwölf Zivilisten getötet.",
        "Nach Angaben der Behörden wurden bei dem Anschlag neun Passanten verletzt.",
    ):
        agent = _role(text, "zwölf" if "zwölf" in text else "neun", "agent")
        assert agent is None, agent


def test_the_attacker_after_the_attack_noun_is_kept():
    text = "Bei dem Angriff bewaffneter Rebellen wurden zwölf Dorfbewohner getötet."
    assert _role(text, "zwölf", "agent") == "bewaffneter Rebellen"


def test_who_reports_a_revenue_figure_does_not_earn_it():
    text = (
        "Der Streit um die Zölle geht weiter.\n\n"
        "Laut Bloomberg hat Tessaro im dritten Quartal einen Umsatz von 35 Milliarden Dollar erzielt."
    )
    assert _role(text, "35 Milliarden", "source") == "Bloomberg"
    assert _role(text, "35 Milliarden", "recipient") != "Bloomberg"


def test_a_bare_name_after_an_receives():
    text = "Der Versandhändler Kornblum überwies im März 4 Millionen Euro an Vantrix."
    assert _role(text, "4 Millionen", "recipient") == "Vantrix"


def test_an_idiom_or_what_the_money_is_names_no_receiver():
    assert _role("Die Reederei verlor 4 Millionen Euro an Wert.", "4 Millionen", "recipient") is None
    text = "Der Verband soll 90 Millionen Euro an Anwaltshonoraren gezahlt haben."
    assert _role(text, "90 Millionen", "recipient") is None
    assert (
        _role("Die Versicherung hat 85.000 Euro an Bestattungs- und Pflegekosten übernommen.", "85.000", "recipient")
        is None
    )


def test_the_court_orders_the_payment_the_sentenced_party_makes():
    text = "Das Oberlandesgericht hat die Spedition Marwitz zur Zahlung von 640.000 Euro verurteilt."
    assert "Marwitz" in (_role(text, "640.000", "agent") or "")
    text = "Das Landgericht verurteilte den Klinikbetreiber Asklan zur Zahlung von 90.000 Euro an die Patientin."
    assert "Asklan" in (_role(text, "90.000", "agent") or "")
    assert _role(text, "90.000", "recipient") == "Patientin"


def test_a_place_phrase_beside_the_court_is_not_sentenced():
    text = "Ein Gericht in Bremen hat die Reederei Tolk zur Zahlung von 1,2 Millionen Euro verurteilt."
    assert "Tolk" in (_role(text, "1,2 Millionen", "agent") or "")


def test_counted_receivers_after_an_receive():
    text = "Der Fonds hat bislang rund 130 Millionen Euro an Entschädigungen an mehr als 2.500 Betroffene gezahlt."
    assert _role(text, "130 Millionen", "recipient") == "Betroffene"
    text = "Damit fließen im nächsten Jahr 2,8 Milliarden Franken an die rund 47000 Bergbauernbetriebe."
    assert _role(text, "2,8 Milliarden", "recipient") == "Bergbauernbetriebe"
    assert _role(text, "2,8 Milliarden", "agent") is None


def test_a_unit_of_time_after_a_number_is_no_party():
    text = "Der Angeklagte erhält eine Freiheitsstrafe von 24 Monaten und eine Geldstrafe von 9000 Franken."
    assert _role(text, "9000", "agent") != "Monaten"
    assert _role(text, "9000", "recipient") != "Monaten"


def test_a_strong_adjective_keeps_its_preposition_with_the_noun():
    text = "Angekündigt ist eine Soforthilfe von 2000 Euro pro geschädigter Familie."
    assert _role(text, "2000", "recipient") == "Familie"


def test_an_indefinite_subject_of_an_active_harm_verb_is_the_attacker():
    text = "Ein 41-jähriger Mann hat in Kaltenbach zwei Nachbarn erschossen. Die Polizei nahm den Täter fest."
    assert _role(text, "zwei", "agent") == "Mann"


def test_a_dative_object_receives_before_a_purpose_after_fuer():
    text = "Der Bund muss dem Land Bremen für die Flüchtlingsunterbringung 80 Millionen Euro erstatten."
    assert "Bremen" in (_role(text, "80 Millionen", "recipient") or "")
