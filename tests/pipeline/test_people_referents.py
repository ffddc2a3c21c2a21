"""A definite plural people noun ("Die Schweden", "die Amerikaner") standing for a company the
report named before with its country's adjective or prefix pays as that company
(pipeline/people_referents.py); with no such company before it, it stays as found. Fresh probe
texts, not corpus sentences."""

from __future__ import annotations

from tests.pipeline.probes import role_of as _role


def test_the_people_noun_pays_as_the_bidder_named_with_its_adjective() -> None:
    text = (
        "Stockholm (Reuters) – Im Ringen um den Pumpenhersteller Wendtal hat der schwedische "
        "Industriekonzern Nordhammar sein Angebot erhöht. Die Schweden bieten jetzt 47 Euro je Aktie."
    )
    assert _role(text, "47 Euro", "agent") == "Nordhammar"


def test_the_people_noun_pays_as_the_bidder_named_with_a_country_prefix() -> None:
    text = (
        "Zürich (awp) - Der US-Konzern Calverton Medical will den Zürcher Sensorhersteller Optilux "
        "kaufen. Die Amerikaner zahlen den Aktionären 112 Franken je Aktie in bar."
    )
    assert _role(text, "112 Franken", "agent") == "Calverton Medical"


def test_a_people_noun_of_another_country_is_no_company_of_this_one() -> None:
    # the company is Swedish; "die Italiener" are someone else
    text = (
        "Mailand (dpa) - Der schwedische Industriekonzern Nordhammar kauft zu. "
        "Die Italiener bieten dagegen 39 Euro je Aktie."
    )
    assert _role(text, "39 Euro", "agent") != "Nordhammar"


def test_swiss_people_are_no_swedish_company() -> None:
    # "Schweiz-er" and "schwed-ische" begin alike but name two countries
    text = (
        "Basel (awp) - Der schwedische Industriekonzern Nordhammar plant einen Zukauf. "
        "Die Schweizer bieten dagegen 61 Franken je Aktie."
    )
    assert _role(text, "61 Franken", "agent") != "Nordhammar"


def test_french_people_pay_as_the_french_company() -> None:
    text = (
        "Paris (AFP) - Der französische Baustoffkonzern Granvelle legt im Bieterkampf nach. "
        "Die Franzosen bieten nun 73 Euro je Aktie."
    )
    assert _role(text, "73 Euro", "agent") == "Granvelle"
