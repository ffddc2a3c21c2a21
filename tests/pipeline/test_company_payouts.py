"""Who pays a dividend (pipeline/company_payouts.py): the company the report is about, also when
only another sentence names it; not a person who announces it, not the owners who receive it,
and not when the dividend's clause names another payer."""

from __future__ import annotations

from tests.pipeline.probes import parties_of as _roles


def test_dividend_told_after_the_results_is_paid_by_the_reports_company() -> None:
    text = (
        "Der Kranhersteller Lindqvist Hebetechnik hat 2025 mehr verdient.\n\n"
        "Der Reingewinn stieg um ein Fünftel. Die Aktionäre sollen eine Dividende von 3,40 Euro je Aktie erhalten."
    )
    agent, recipient = _roles(text, "3,40 Euro")
    assert agent is not None and "Lindqvist" in agent
    assert recipient == "Aktionäre"


def test_a_chief_who_announces_the_dividend_does_not_pay_it() -> None:
    text = (
        "Der Versicherer Mühlbach Re hat seinen Gewinn verdoppelt. "
        "Finanzchef Jonas Wedekind kündigte an, die Dividende auf 7 Franken je Aktie zu erhöhen."
    )
    agent, _ = _roles(text, "7 Franken")
    assert agent is not None and "Mühlbach" in agent


def test_a_dividend_paid_by_a_subsidiary_named_in_its_clause_stays_unassigned() -> None:
    text = (
        "Der Versicherer Mühlbach Re hat seinen Gewinn verdoppelt. "
        "Die Tochter Seeland Leben überweist der Mutter eine Dividende von 90 Millionen Franken."
    )
    agent, _ = _roles(text, "90 Millionen Franken")
    assert agent is None or "Mühlbach" not in agent


def test_a_price_per_share_of_a_takeover_is_no_dividend() -> None:
    text = (
        "Der Versicherer Mühlbach Re hat seinen Gewinn verdoppelt. "
        "Der Finanzinvestor Corvus bietet den Aktionären der Seeland Leben 52 Franken je Aktie."
    )
    agent, _ = _roles(text, "52 Franken")
    assert agent is None or "Mühlbach" not in agent


def test_his_salary_after_a_signing_is_the_players_and_the_club_pays_it() -> None:
    text = (
        "Der SV Auerbach hat den Mittelfeldspieler Jonas Brehmer bis 2028 verpflichtet. "
        "Sein Jahresgehalt soll bei 2,5 Millionen Euro liegen."
    )
    agent, recipient = _roles(text, "2,5 Millionen Euro")
    assert recipient == "Jonas Brehmer"
    assert agent is not None and "Auerbach" in agent


def test_his_pay_named_by_a_possessive_in_a_company_report() -> None:
    text = (
        "Der Versicherer Mühlbach Re hat am Mittwoch seinen Vergütungsbericht vorgelegt. "
        "Vorstandschef Jonas Wedekind steht wegen der Zahlen in der Kritik. "
        "Seine Gesamtvergütung stieg auf 6,1 Millionen Franken."
    )
    agent, _ = _roles(text, "6,1 Millionen Franken")
    assert agent is not None and "Mühlbach" in agent


def test_a_salary_in_a_court_report_is_not_paid_by_the_court() -> None:
    text = (
        "Das Landgericht Passau hat einen früheren Beamten wegen Bestechlichkeit verurteilt. "
        "Er bezog zuletzt ein Monatsgehalt von 5.800 Euro brutto."
    )
    agent, _ = _roles(text, "5.800 Euro")
    assert agent is None or "Landgericht" not in agent


def test_an_average_wage_takes_no_payer_from_the_union_that_names_it() -> None:
    text = (
        "Die Gewerkschaft Verdi fordert mehr Geld für Pflegekräfte. "
        "Eine Pflegerin verdient derzeit im Schnitt 3.400 Euro brutto im Monat."
    )
    agent, _ = _roles(text, "3.400 Euro")
    assert agent is None
