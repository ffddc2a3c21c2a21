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
