"""Agents and recipients the clause of the amount does not name by itself: the body that has a
deficit, claims that restate or compare a money claim of their sentence, and the actor of the
event a report's counts belong to (the subject of an active verb of attacking or causing)."""

from __future__ import annotations

from typing import Optional

import claimex


def _claim(text: str, amount: str) -> claimex.Claim:
    return next(c for c in claimex.extract(text) if c.text == amount)


def _text(span: Optional[claimex.Span]) -> Optional[str]:
    return span.text if span is not None else None


def test_the_body_with_a_deficit_is_its_agent() -> None:
    claim = _claim("Der Turnverein hatte im vergangenen Jahr ein Defizit von 80.000 Euro.", "80.000 Euro")
    assert claim.category == "other"
    assert _text(claim.agent) == "Turnverein"
    assert claim.recipient is None


def test_a_price_without_a_subject_has_no_agent() -> None:
    claim = _claim("Ein Liter Diesel kostete im Schnitt 1,70 Euro.", "1,70 Euro")
    assert claim.agent is None


def test_a_conversion_shares_the_parties_of_what_it_restates() -> None:
    text = "Die Stadt Zürich zahlt dem Verein 50.000 Franken (rund 53.000 Euro)."
    first, second = (_claim(text, a) for a in ("50.000 Franken", "rund 53.000 Euro"))
    assert (_text(first.agent), _text(first.recipient)) == ("Stadt Zürich", "Verein")
    assert (_text(second.agent), _text(second.recipient)) == ("Stadt Zürich", "Verein")


def test_the_actor_of_the_event_is_the_agent_of_later_counts_of_its_paragraph() -> None:
    text = (
        "In der Nacht hat Russland die Stadt Sumy mit Drohnen angegriffen. "
        "Der Bürgermeister meldete am Morgen vier Tote und elf Verletzte."
    )
    assert _text(_claim(text, "vier").agent) == "Russland"
    assert _text(_claim(text, "elf").agent) == "Russland"


def test_the_actor_of_another_paragraph_is_not_carried() -> None:
    # across a paragraph break the actor is too often that of another event (measured on train)
    text = (
        "In der Nacht hat Russland die Stadt Sumy mit Drohnen angegriffen.\n\n"
        "Der Bürgermeister meldete am Morgen vier Tote und elf Verletzte."
    )
    assert _claim(text, "vier").agent is None


def test_a_passive_clause_names_no_actor() -> None:
    # "wurde ... erfasst": its subject is the harmed, not who harmed
    text = (
        "Ein Radfahrer wurde am Montag in Graz von einer Straßenbahn erfasst.\n\n"
        "Nach Angaben der Polizei wurden zwei Fußgänger verletzt."
    )
    assert _claim(text, "zwei").agent is None


def test_a_payment_without_a_payer_takes_the_payer_before_it_in_its_paragraph() -> None:
    text = (
        "Die Versicherung zahlte den Familien der Opfer 2 Millionen Euro. "
        "Weitere 500.000 Euro flossen an die Gemeinde Lienz."
    )
    claim = _claim(text, "500.000 Euro")
    assert _text(claim.agent) == "Versicherung"


def test_the_payer_does_not_carry_over_a_paragraph_break() -> None:
    text = (
        "Die Versicherung zahlte den Familien der Opfer 2 Millionen Euro.\n\n"
        "Weitere 500.000 Euro flossen an die Gemeinde Lienz."
    )
    assert _claim(text, "500.000 Euro").agent is None


def test_claiming_verbs_make_their_subject_the_recipient() -> None:
    claim = _claim("Drei Familien verlangen vom Betreiber insgesamt 450.000 Euro.", "450.000 Euro")
    assert (_text(claim.agent), _text(claim.recipient)) == ("Betreiber", "Familien")


def test_a_subject_speaking_of_its_own_payment_stays_the_payer() -> None:
    claim = _claim("Der Betreiber hat nach eigenen Angaben den Angehörigen 30.000 Euro gezahlt.", "30.000 Euro")
    assert (_text(claim.agent), _text(claim.recipient)) == ("Betreiber", "Angehörigen")


def test_a_purpose_phrase_is_no_price() -> None:
    # "für die Überfahrt" names what was paid for; "den Schleppern" stays the dative receiver
    claim = _claim("Die Männer hatten den Schleppern für die Überfahrt 2000 Euro bezahlt.", "2000 Euro")
    assert _text(claim.recipient) == "Schleppern"


def test_an_with_a_count_before_the_party_names_the_recipient() -> None:
    claim = _claim("Der Fonds hat bislang 130 Millionen Euro an mehr als 2.500 Betroffene gezahlt.", "130 Millionen Euro")
    assert _text(claim.recipient) == "Betroffene"


def test_der_after_the_verb_that_follows_the_subject_is_a_dative() -> None:
    claim = _claim("Bamako zahlt der russischen Truppe monatlich 10 Millionen Dollar.", "10 Millionen Dollar")
    assert (_text(claim.agent), _text(claim.recipient)) == ("Bamako", "russischen Truppe")


def test_a_capitalised_adverb_is_no_payer() -> None:
    claim = _claim("Bislang hat das Landesamt für Soziales 96000 Euro an Einmalzahlungen geleistet.", "96000 Euro")
    assert _text(claim.agent) == "Landesamt"


def test_sentenced_to_a_sum_the_object_pays_and_the_court_receives() -> None:
    claim = _claim(
        "Im Herbst hatte das Sportgericht den BVB wegen Pyrotechnik zu 140.000 Euro verurteilt.", "140.000 Euro"
    )
    assert (_text(claim.agent), _text(claim.recipient)) == ("BVB", "Sportgericht")


def test_a_capitalised_place_adjective_is_no_party() -> None:
    claim = _claim("Der Basler Logistikkonzern Rheintrans hat 2024 einen Umsatz von 3 Milliarden Franken erzielt.", "3 Milliarden Franken")
    # the adjective alone is no party; it belongs to the phrase of the head after it
    assert claim.recipient is not None and claim.recipient.text != "Basler" and "Rheintrans" in claim.recipient.text


def test_revenue_of_a_common_noun_takes_the_name_holding_it_from_earlier_in_the_doc() -> None:
    text = (
        "Die Deutsche Pfandbriefbank Taunus hat ihre Prognose gesenkt.\n\n"
        "Der Vorstand sprach von einem schwierigen Umfeld. Die Märkte blieben schwach. "
        "Die Zinsen sanken weiter. Neue Kredite wurden kaum vergeben.\n\n"
        "Für das Gesamtjahr erwartet die Bank nur noch einen Gewinn von 40 Millionen Euro."
    )
    claim = _claim(text, "40 Millionen Euro")
    assert claim.category == "revenue"
    assert _text(claim.recipient) is not None and "Pfandbriefbank Taunus" in _text(claim.recipient)


def test_a_fine_goes_to_the_body_that_imposed_it_in_the_paragraph() -> None:
    text = (
        "Am Dienstag hat der Strafsenat der Bundesliga entschieden. "
        "Der Spieler muss eine Geldstrafe von 12.000 Euro zahlen."
    )
    claim = _claim(text, "12.000 Euro")
    assert _text(claim.agent) == "Spieler"
    assert claim.recipient is not None and text.index("Strafsenat") <= claim.recipient.start < text.index(". Der")


def test_a_masculine_pronoun_never_stands_for_a_woman() -> None:
    text = "Der Unternehmer Karl Huber besuchte mit seiner Ehefrau das Heim. Er spendete dem Verein 5.000 Euro."
    claim = _claim(text, "5.000 Euro")
    assert claim.agent is not None and "Huber" in claim.agent.text


def test_a_share_price_has_no_agent() -> None:
    claim = _claim("Die Aktie der Kelmer AG notierte an der Wiener Börse bei 27,84 Euro.", "27,84 Euro")
    assert claim.category == "other"
    assert claim.agent is None


def test_a_court_that_awards_compensation_does_not_pay_it() -> None:
    claim = _claim("Der Schöffensenat sprach den Kindern ein Schmerzengeld von je 15.000 Euro zu.", "15.000 Euro")
    assert (claim.agent, _text(claim.recipient)) == (None, "Kindern")


def test_a_cost_that_someone_asks_for_makes_no_recipient() -> None:
    # claiming verbs make their subject the recipient of a payment, not of a cost or a price
    claim = _claim("Für die Sanierung der Brücke verlangt die Baufirma Kosten von 3 Millionen Euro.", "3 Millionen Euro")
    assert claim.category == "cost"
    assert claim.recipient is None
