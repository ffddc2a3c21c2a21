"""A reporter's class noun written as the body the text named before it
(pipeline/source_names.py reporting_body): "teilte das Unternehmen mit" -> the company's name.

Examples are written for these tests; none comes from a corpus document, an issue or a seed.
"""

from __future__ import annotations

from .probes import role_of


def test_the_company_noun_is_the_company_named_before():
    text = (
        "Graz – Der Anlagenbauer hat die Übernahme abgeschlossen. Die Brenntal Werke AG meldete am Montag "
        "einen Rekordauftrag.\n\nDer Umsatz stieg auf 4,1 Milliarden Euro, wie das Unternehmen mitteilte."
    )
    assert role_of(text, "4,1 Milliarden Euro", "source") == "Brenntal Werke AG"


def test_the_authority_noun_is_the_authority_named_before():
    text = (
        "Bern – Die Finanzaufsicht Finvera hat gegen zwei Vermögensverwalter ein Verfahren eröffnet. "
        "Die Anleger verloren nach Schätzung der Behörde rund 80 Millionen Franken."
    )
    source = role_of(text, "rund 80 Millionen Franken", "source")
    assert source is not None and "Finvera" in source


def test_the_union_noun_is_the_union_named_before():
    text = (
        "Hannover – Die Gewerkschaft Transnet ruft zu Warnstreiks auf. Ein Lokführer käme nach "
        "Berechnungen der Gewerkschaft künftig auf 3.900 Euro im Monat."
    )
    assert role_of(text, "3.900 Euro", "source") in ("Gewerkschaft Transnet", "Transnet")


def test_the_most_named_company_wins_over_one_named_in_passing():
    text = (
        "Die Kelmar Holding übernimmt den Zulieferer Ostrava Parts. Kelmar zahlt dafür einen Aufschlag. "
        "Kelmar will so wachsen. Der Kaufpreis liegt bei 640 Millionen Euro, teilte das Unternehmen mit."
    )
    source = role_of(text, "640 Millionen Euro", "source")
    assert source is not None and "Kelmar" in source


def test_a_plural_noun_points_to_no_single_body():
    text = (
        "Die Wettbewerbsbehörde hat fünf Baufirmen gebüßt. Die Unternehmen müssen zusammen "
        "12 Millionen Euro zahlen, teilten die Unternehmen mit."
    )
    assert role_of(text, "12 Millionen Euro", "source") == "Unternehmen"


def test_a_noun_described_by_its_own_name_stays():
    text = (
        "Die Kelmar Holding hat ihre Prognose gesenkt. Nach Einschätzung der Bank Aubert & Cie "
        "dürfte der Gewinn auf 90 Millionen Euro fallen."
    )
    source = role_of(text, "90 Millionen Euro", "source")
    assert source is not None and "Kelmar" not in source


def test_a_body_of_another_family_is_no_candidate():
    # a company is not "die Behörde", the army is not "die Organisation"
    text = (
        "Die Brenntal Werke AG hat gegen den Bescheid Einspruch erhoben. Nach Angaben der Behörde "
        "schuldet sie dem Staat 3 Millionen Euro."
    )
    assert role_of(text, "3 Millionen Euro", "source") == "Behörde"
    text = (
        "Die Armee griff in der Nacht mehrere Dörfer an. Nach Zählung der Organisation starben "
        "dabei 23 Zivilisten."
    )
    assert role_of(text, "23", "source") == "Organisation"


def test_das_institut_of_a_bank_is_the_bank():
    text = (
        "Frankfurt – Die Privatbank Lorenz & Söhne hat im Halbjahr weniger verdient. Der Gewinn sank "
        "auf 84 Millionen Euro, wie das Institut am Dienstag mitteilte."
    )
    source = role_of(text, "84 Millionen Euro", "source")
    assert source is not None and "Lorenz" in source
