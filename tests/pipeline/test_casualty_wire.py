"""Casualty roles in wire-style reports: datelines, attribution phrases, active harm clauses
(fresh sentences written for these tests)."""

from __future__ import annotations

import claimex
import pytest

from .probes import claim_of, role_of


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        ("LAGOS (AP) - Ein Bewaffneter hat in einer Kirche im Süden Nigerias elf Gläubige erschossen.", "elf", "Bewaffneter"),
        ("Kabul/Islamabad (dpa) - In der Provinz Kunar haben Extremisten vier Lehrer verschleppt.", "vier", "Extremisten"),
        ("Sanaa/Genf (AFP/dpa) – Im Norden des Landes haben Milizionäre zwölf Fischer entführt.", "zwölf", "Milizionäre"),
    ],
)
def test_dateline_is_no_harmer(text: str, amount: str, agent: str) -> None:
    assert role_of(text, amount, "agent") == agent


@pytest.mark.parametrize(
    "text, amount",
    [
        ("MANILA (Reuters) - Bei einem Erdrutsch auf der Insel Mindanao sind 14 Menschen gestorben.", "14"),
        ("Lima/Berlin - Bei einem Busunglück in den Anden sind neun Reisende ums Leben gekommen.", "neun"),
    ],
)
def test_dateline_alone_names_no_harmer(text: str, amount: str) -> None:
    assert role_of(text, amount, "agent") is None


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        ("Nach Angaben der Landespolizei verletzte der Messerangreifer drei Fahrgäste.", "drei", "Messerangreifer"),
        ("Nach einem Bericht der Vereinten Nationen (UN) sollen Milizionäre 40 Dorfbewohner verschleppt haben.", "40", "Milizionäre"),
        ("Laut Gesundheitsministerium haben israelische Luftangriffe 19 Menschen getötet.", "19", "israelische Luftangriffe"),
    ],
)
def test_reporter_is_no_harmer(text: str, amount: str, agent: str) -> None:
    assert role_of(text, amount, "agent") == agent


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Mehr als 30 weitere wurden nach Angaben von Bürgermeister Witali Klitschko verletzt.", "Mehr als 30"),
        ("Acht Menschen wurden nach Angaben des regionalen Gouverneurs Oleh Kiper verletzt.", "Acht"),
    ],
)
def test_reporter_alone_names_no_harmer(text: str, amount: str) -> None:
    assert role_of(text, amount, "agent") is None


def test_reporting_harmer_keeps_its_own_count() -> None:
    # who reports its own attack is still the one who harmed
    text = "Die Armee hat nach eigenen Angaben 25 Kämpfer getötet."
    assert role_of(text, "25", "agent") == "Armee"


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        # a plural past spelled like its participle, with the clause going on after it
        ("Polizisten erschossen am Abend zwei bewaffnete Räuber.", "zwei", "Polizisten"),
        ("Vor der Botschaft erschossen Scharfschützen mindestens elf Demonstranten.", "mindestens elf", "Scharfschützen"),
        # a past form without the prefix of a participle is a verb, its subject after it
        ("Im Süden des Landes töteten israelische Kampfjets 14 Zivilisten.", "14", "israelische Kampfjets"),
        # a harm phrase governed by an active perfect: its subject did the harm
        ("Ein 45-jähriger Mann hatte in einer Apotheke drei Angestellte in seine Gewalt gebracht.", "drei", "Mann"),
        ("Im Mai hatte ein Lkw-Fahrer in Tirol zwei Radfahrer in den Tod gerissen.", "zwei", "Lkw-Fahrer"),
        # a person by the head of the compound
        ("Ein Heckenschütze erschoss in der Altstadt drei Passanten.", "drei", "Heckenschütze"),
    ],
)
def test_active_harm_clause_names_its_subject(text: str, amount: str, agent: str) -> None:
    assert role_of(text, amount, "agent") == agent


@pytest.mark.parametrize(
    "text, amount",
    [
        ("In Chicago wurden am Wochenende zwölf Menschen erschossen.", "zwölf"),
        ("Bei Schießerei in Chicago zwölf Menschen erschossen.", "zwölf"),
        ("Die Retter haben in den Trümmern drei Verletzte gefunden.", "drei"),
    ],
)
def test_no_harmer_without_an_active_clause(text: str, amount: str) -> None:
    assert role_of(text, amount, "agent") is None


def _amounts(text: str) -> list[str]:
    return [c.text for c in claimex.extract(text) if c.type == "casualty"]


@pytest.mark.parametrize(
    "text, counts",
    [
        # a list of ages in brackets or after "im Alter von" counts no one
        ("Die zwei Schwestern (9 und 13) erlitten schwere Brandverletzungen.", ["zwei"]),
        ("Vier Bergsteiger im Alter von 23, 28 und 41 Jahren wurden verletzt.", ["Vier"]),
        # a people's word written small is an adjective, its article no count
        ("Rebellen haben vier Ingenieure einer französischen Ölfirma verschleppt.", ["vier"]),
        # an idiom of death
        ("Für einen 62-jährigen Fußgänger kam jede Hilfe zu spät.", ["einen"]),
        ("Für zwei Bergsteiger kam jede Hilfe zu spät.", ["zwei"]),
    ],
)
def test_counts_of_people(text: str, counts: list[str]) -> None:
    assert _amounts(text) == counts


def test_ages_alone_in_brackets_are_no_claims() -> None:
    text = "Der Sänger (71) und seine Frau (68) sprachen in Kiew mit Verletzten."
    assert _amounts(text) == []


@pytest.mark.parametrize(
    "text, counts",
    [
        # the "von" phrase of a passive counts who harmed, not who was harmed
        ("Der mutmaßliche Schütze wurde von einem Beamten tödlich getroffen und starb.", []),
        ("Am Bahnhof wurden drei Fahrgäste von einem Unbekannten mit einem Messer verletzt.", ["drei"]),
        ("Der Juwelier wurde von zwei maskierten Tätern gefesselt und verschleppt.", []),
        # but the whole of a partitive and a count of casualties are counts
        ("Neun von 40 Passagieren wurden schwer verletzt.", ["Neun"]),
        ("Russland hat mehr als 300 Ukrainer in russische Kriegsgefangenschaft genommen.", ["mehr als 300"]),
    ],
)
def test_counts_beside_a_passive_agent(text: str, counts: list[str]) -> None:
    assert _amounts(text) == counts


@pytest.mark.parametrize(
    "text, amount, victim",
    [
        # an age written out between the article and the noun
        ("Ein 54 Jahre alter Bergführer wurde von einer Lawine verschüttet und starb.", "Ein", "54 Jahre alter Bergführer"),
        # a participle as the adjective of the counted, also two joined by "oder"/"und"
        ("Die Miliz sprach von mehr als 80 getöteten Regierungssoldaten.", "mehr als 80", "getöteten Regierungssoldaten"),
        ("Kiew meldete 1.300 getöteten und verwundeten Angreifern.", "1.300", "getöteten und verwundeten Angreifern"),
    ],
)
def test_victim_after_adjectives(text: str, amount: str, victim: str) -> None:
    assert role_of(text, amount, "victim") == victim


def test_a_comma_ends_the_adjectives_of_a_count() -> None:
    text = "Die Zahl der Toten ist auf neun gestiegen, ein Schwerverletzter ist gestorben."
    assert role_of(text, "neun", "victim") is None


@pytest.mark.parametrize(
    "text, amount, victim",
    [
        ("Acht der 30 Schüler wurden mit Rauchvergiftungen ins Spital gebracht und verletzt behandelt.", "Acht", "Schüler"),
        ("Fünf der Entführten wurden nach Angaben der Armee getötet.", "Fünf", "Entführten"),
        ("Zwölf von 50 Bergleuten kamen bei der Explosion ums Leben.", "Zwölf", "Bergleuten"),
    ],
)
def test_victim_of_a_partitive_is_its_whole(text: str, amount: str, victim: str) -> None:
    assert role_of(text, amount, "victim") == victim


def test_partitive_of_a_pronoun_has_no_victim() -> None:
    assert role_of("Vier von ihnen wurden schwer verletzt.", "Vier", "victim") is None


@pytest.mark.parametrize(
    "text, amount, category",
    [
        # a noun of the captured or missing, but the clause says they died (CLAIMS.md: what the text says at that mention)
        ("Bei der Befreiungsaktion kamen 14 Geiseln und zwei Polizisten ums Leben.", "14", "killed"),
        ("Die Armee meldete die Bergung von sechs getöteten Geiseln.", "sechs", "killed"),
        # not a death told of other people before the count
        ("Bei dem Überfall wurden 30 Menschen getötet und 90 Geiseln verschleppt.", "90", "captured"),
        ("Die Miliz hält 40 Geiseln in ihrer Gewalt, zwei Soldaten wurden getötet.", "40", "captured"),
    ],
)
def test_category_of_hostages(text: str, amount: str, category: str) -> None:
    assert claim_of(text, amount).category == category


@pytest.mark.parametrize(
    "text, amount, category",
    [
        # counted perpetrators after the verb, with no other count after them, are its object
        ("Nach stundenlangen Gefechten töteten Spezialkräfte alle vier Angreifer.", "vier", "killed"),
        # a verb of no harm written capitalised is a noun: "bei den Kämpfen" hides no harm
        ("Neun weitere wurden bei den Kämpfen getötet.", "Neun", "killed"),
    ],
)
def test_counts_that_read_like_no_harm(text: str, amount: str, category: str) -> None:
    assert claim_of(text, amount).category == category


def test_counted_attackers_before_their_victims_harm() -> None:
    assert _amounts("In Bagdad töteten zwei Selbstmordattentäter 35 Menschen.") == ["35"]


def test_who_killed_the_attackers_is_no_perpetrator_of_the_attack() -> None:
    text = "Ein Angreifer stach auf dem Markt um sich. Polizisten erschossen den Täter. Drei Passanten wurden verletzt."
    assert role_of(text, "Drei", "agent") != "Polizisten"


@pytest.mark.parametrize(
    "text, amount, agent",
    [
        ("Kämpfer der Miliz haben im Norden Malis 15 Dorfbewohner verschleppt.", "15", "Kämpfer der Miliz"),
        ("Im Westen Nigerias haben Bewaffnete 20 Schüler entführt.", "20", "Bewaffnete"),
    ],
)
def test_subject_after_an_opening_phrase(text: str, amount: str, agent: str) -> None:
    assert role_of(text, amount, "agent") == agent


def test_guards_are_people() -> None:
    assert _amounts("Bei der Meuterei wurde ein weiterer Wärter schwer verletzt.") == ["ein"]
    assert _amounts("Die Häftlinge nahmen drei Gefängniswärterinnen als Geiseln.") == ["drei"]
