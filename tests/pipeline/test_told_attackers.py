"""Who harmed, told in the clause or sentence before the count or around its verb: the clause
before "dabei" in the same sentence, the last attacker or hitting weapon of the paragraph
(pipeline/told_actors.py), the subject of an attack verb before "Bei dem Angriff", a subject
parted from its verb by a relative clause, after an inverted verb or after an object list;
and the negative cases where none of these names anyone."""

from __future__ import annotations

import pytest

from tests.pipeline.probes import role_of


def test_dabei_after_a_semicolon_takes_the_attacker_of_the_clause_before() -> None:
    text = (
        "Die Behörden in Belgorod teilten mit, ukrainische Truppen hätten den Ort Schebekino mit "
        "Raketenwerfern beschossen; dabei seien drei Zivilisten getötet worden."
    )
    assert role_of(text, "drei", "agent") == "ukrainische Truppen"


def test_dabei_after_a_semicolon_with_no_attack_before_names_no_one() -> None:
    text = "Die Bergwacht suchte bis in die Nacht nach den Vermissten; dabei wurden zwei Retter leicht verletzt."
    assert role_of(text, "zwei", "agent") is None


def test_a_storm_before_dabei_is_no_attacker() -> None:
    text = "Ein schweres Unwetter zog am Abend über Kärnten; dabei kamen zwei Wanderer ums Leben."
    assert role_of(text, "zwei", "agent") is None


def test_a_weapon_that_hit_a_building_in_the_sentence_before_harmed() -> None:
    text = (
        "Eine russische Rakete hat am Donnerstag ein Krankenhaus in Dnipro getroffen. "
        "Fünf Menschen starben, wie Gouverneur Serhij Lyssak mitteilte."
    )
    assert role_of(text, "Fünf", "agent") == "russische Rakete"


def test_the_weapon_reaches_a_later_count_of_its_paragraph() -> None:
    text = (
        "Russische Marschflugkörper haben in der Nacht ein Umspannwerk bei Lwiw getroffen. "
        "Zwei Techniker starben. 14 weitere Menschen erlitten Verletzungen."
    )
    assert role_of(text, "14", "agent") == "Russische Marschflugkörper"


def test_a_weapon_hit_in_a_passive_is_no_subject() -> None:
    text = "Ein Wohnhaus in Cherson wurde am Morgen von Granaten getroffen. Drei Bewohner wurden verletzt."
    assert role_of(text, "Drei", "agent") != "Wohnhaus"


def test_a_weapon_in_another_paragraph_does_not_reach() -> None:
    text = (
        "Eine Drohne hat am Montag eine Raffinerie in Saratow getroffen.\n\n"
        "In Bayern kamen bei einem Verkehrsunfall am Wochenende zwei Menschen ums Leben."
    )
    assert role_of(text, "zwei", "agent") is None


def test_a_toll_since_a_month_and_year_stands_apart_from_the_attack() -> None:
    text = (
        "Eine russische Drohne hat am Morgen einen Bus in Nikopol getroffen. "
        "Seit März 2022 wurden in der Stadt nach UN-Angaben mehr als 200 Zivilisten getötet."
    )
    assert role_of(text, "mehr als 200", "agent") is None


def test_the_subject_of_a_storming_verb_before_bei_dem_angriff() -> None:
    text = (
        "Kämpfer der Miliz Boko Haram stürmten am Sonntag eine Schule im Bundesstaat Borno. "
        "Bei dem Angriff wurden mindestens neun Schüler getötet."
    )
    assert role_of(text, "mindestens neun", "agent") == "Miliz Boko Haram"


def test_a_stabbing_told_with_its_particle_before_the_toll() -> None:
    text = (
        "Am Busbahnhof gerieten zwei Männer in Streit. Der 29-jährige Tatverdächtige zog ein "
        "Klappmesser und stach zu. Ein 33-Jähriger erlitt schwere Verletzungen am Bauch."
    )
    assert role_of(text, "Ein", "agent") == "Tatverdächtige"


def test_a_subject_parted_from_its_verb_by_a_relative_clause() -> None:
    text = "Der Schütze, der zuvor in einem Online-Forum gedroht hatte, tötete in dem Einkaufszentrum vier Menschen."
    assert role_of(text, "vier", "agent") == "Schütze"


def test_the_subject_right_after_an_inverted_harm_verb() -> None:
    text = "In Mannheim verletzte ein 25-jähriger Mann am Freitag fünf Menschen mit einem Messer."
    assert role_of(text, "fünf", "agent") == "Mann"


def test_objects_first_the_subject_after_the_verb() -> None:
    text = "Einen Wachmann und drei Kunden verletzte der Räuber bei seiner Flucht aus der Bankfiliale."
    assert role_of(text, "drei", "agent") == "Räuber"


def test_an_object_list_with_its_victims_only_names_no_attacker() -> None:
    text = "Einen Buben und zwei Mädchen verletzte der Blitz auf dem Sportplatz schwer."
    assert role_of(text, "zwei", "agent") is None


def test_in_an_active_clause_durch_names_the_means_not_who_harmed() -> None:
    text = "Die Angeklagte tötete durch eine Überdosis Insulin zwei Patienten des Pflegeheims."
    assert role_of(text, "zwei", "agent") == "Angeklagte"


def test_in_a_passive_clause_durch_still_names_who_harmed() -> None:
    text = "Im Süden des Libanons wurden durch israelische Luftangriffe sieben Menschen getötet."
    assert role_of(text, "sieben", "agent") == "israelische Luftangriffe"


@pytest.mark.parametrize(
    "text, amount",
    [
        ("Bei einem Erdrutsch in Tirol sind am Dienstag drei Bauarbeiter verschüttet worden.", "drei"),
        ("Die Polizei meldete nach dem Sturm am Abend vier Verletzte.", "vier"),
        ("Bei einem Hochwasser in der Steiermark kamen zwei Menschen ums Leben.", "zwei"),
    ],
)
def test_natural_harm_and_the_reporter_name_no_attacker(text: str, amount: str) -> None:
    assert role_of(text, amount, "agent") is None
