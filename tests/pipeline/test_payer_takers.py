"""Who pays, where the clause's subject only takes the money or imposes it: an authority that
seizes money, and a court or authority that imposes, lowers or confirms a fine, pays none of it
(pipeline/money_parties.py ``find_money_parties``); a fined name and a name in apposition that the mention
layer never saw. Every text here is written for these tests."""

from __future__ import annotations

from .probes import parties_of, role_of

# -- seized money ------------------------------------------------------------------------------


def test_investigators_who_seize_cash_pay_nothing() -> None:
    text = "Bei der Durchsuchung stellten die Fahnder im Keller eines Lagerhauses 73.000 Euro Bargeld sicher."
    assert role_of(text, "73.000 Euro", "agent") is None


def test_seizure_after_a_list_of_seized_things_pays_nothing() -> None:
    text = "Im Hinterzimmer stellte die Zollfahndung zwei Gewehre, Schmuck und 9.800 Euro in bar sicher."
    assert role_of(text, "9.800 Euro", "agent") is None


def test_confiscated_assets_have_no_payer_in_the_authority() -> None:
    text = "Die Staatsanwaltschaft Linz hat Vermögenswerte von 2,3 Millionen Euro beschlagnahmt."
    assert role_of(text, "2,3 Millionen Euro", "agent") is None


def test_a_payment_beside_a_frozen_budget_keeps_its_payer() -> None:
    # the seizing word stands in another clause: the payer of the amount's own clause stays
    text = (
        "Der Bund hat die Zuschüsse für das Projekt eingefroren, 2024 zahlte die Stiftung Nordlicht "
        "dafür 450.000 Euro."
    )
    assert "Nordlicht" in (role_of(text, "450.000 Euro", "agent") or "")


def test_stellen_without_the_seizing_particle_keeps_the_payer() -> None:
    text = "Die Gemeinde Altdorf stellte dem Sportverein 12.000 Euro zur Verfügung."
    assert "Altdorf" in (role_of(text, "12.000 Euro", "agent") or "")


# -- fines: the body that imposes one owes nothing ------------------------------------------------


def test_the_authority_that_imposes_a_fine_is_no_payer() -> None:
    text = (
        "Die Kartellbehörde hatte den Baustoffhändler Ostkies schon im Frühjahr verwarnt. "
        "Die Behörde verhängte nun eine Busse von 3,4 Millionen Euro."
    )
    assert role_of(text, "3,4 Millionen Euro", "agent") != "Behörde"


def test_a_court_that_lowers_a_fine_is_no_payer() -> None:
    text = "Das Oberlandesgericht senkte die Strafe später auf 1,1 Millionen Euro."
    assert role_of(text, "1,1 Millionen Euro", "agent") is None


def test_the_fined_party_stays_the_payer() -> None:
    text = "Die Finanzaufsicht verhängte gegen die Privatbank Weidmann eine Geldbuße von 600.000 Euro."
    assert "Weidmann" in (parties_of(text, "600.000 Euro")[0] or "")


def test_an_authority_that_pays_damages_stays_the_payer() -> None:
    # a payment, no fine: the body pays it
    text = "Das Bezirksamt zahlte der Familie eine Entschädigung von 8.000 Euro."
    assert role_of(text, "8.000 Euro", "agent") == "Bezirksamt"


# -- a sum of money is no payer -------------------------------------------------------------------


def test_a_budget_that_shrinks_pays_nothing() -> None:
    text = "Das Spielerbudget sinkt nach dem Abstieg von 900.000 auf 750.000 Euro."
    assert role_of(text, "750.000 Euro", "agent") is None


def test_frozen_holdings_are_no_payer() -> None:
    text = "In Österreich sind derzeit Vermögenswerte von 310 Millionen Euro gesperrt."
    assert role_of(text, "310 Millionen Euro", "agent") is None


def test_a_household_still_pays() -> None:
    # a bare "Haushalt" is a household, not a budget
    text = "Ein durchschnittlicher Haushalt zahlt heuer rund 240 Euro mehr für Strom."
    assert role_of(text, "rund 240 Euro", "agent") is not None


# -- a fined name the mention layer never saw ----------------------------------------------------


def test_a_bare_name_after_gegen_is_the_fined_party() -> None:
    text = "Die Datenschutzbehörde verhängte gegen Quintaro eine Strafe von 12 Millionen Euro."
    assert parties_of(text, "12 Millionen Euro") == ("Quintaro", "Datenschutzbehörde")


def test_a_passive_fine_against_a_bare_name() -> None:
    text = "Gegen Quintaro wurde eine Strafe von 12 Millionen Euro verhängt."
    assert role_of(text, "12 Millionen Euro", "agent") == "Quintaro"


def test_what_a_breach_was_against_is_no_fined_party() -> None:
    text = "Wegen Verstößen gegen Auflagen verhängte die Behörde eine Strafe von 5000 Euro."
    assert role_of(text, "5000 Euro", "agent") is None


# -- a name the apposition describes ----------------------------------------------------------------


def test_a_name_before_an_indefinite_apposition_pays() -> None:
    text = "Quintaro, ein Chemiekonzern aus Basel, zahlt den Anwohnern 12 Millionen Euro."
    assert role_of(text, "12 Millionen Euro", "agent") == "Quintaro"


def test_a_list_is_no_apposition() -> None:
    text = "Anwohner, ein Verein und die Stadt zahlen zusammen 12 Millionen Euro."
    assert role_of(text, "12 Millionen Euro", "agent") != "Anwohner"


# -- a lawsuit: the sued party owes the sum --------------------------------------------------------


def test_the_party_sued_owes_the_sum() -> None:
    text = "Die Stadt reichte eine Klage gegen die Baufirma Kronwerk über 3 Millionen Euro ein."
    assert "Kronwerk" in (role_of(text, "3 Millionen Euro", "agent") or "")


def test_a_bare_name_sued_owes_the_sum() -> None:
    text = "Ihre Rechtsabteilung hat gegen Quintaro eine Klage über 9,2 Millionen Euro eingereicht."
    assert role_of(text, "9,2 Millionen Euro", "agent") == "Quintaro"


def test_what_a_breach_was_against_is_not_sued() -> None:
    text = "Die Stadt reichte wegen Verstößen gegen Auflagen eine Klage über 3 Millionen Euro ein."
    assert role_of(text, "3 Millionen Euro", "agent") != "Auflagen"


def test_gegen_without_a_lawsuit_names_no_payer() -> None:
    text = "Der Beamte soll Aufträge gegen Schmiergeld von 50.000 Euro vergeben haben."
    assert role_of(text, "50.000 Euro", "agent") != "Schmiergeld"
