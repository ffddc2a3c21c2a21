"""Role grammar that whole articles write and short probes rarely do: a weapon after "durch" of a
passive harms, the subject of an attacking "als"-clause harms for the counts before it, people
named with the body they belong to reach its name over an attribute, a dative "ihr" before a
verb in "-en" receives, a coordinated object of "kosten" pays as a pair, and a dative plural
receives over a "pro Person" unit. Fresh probe texts, not corpus sentences."""

from __future__ import annotations

from tests.pipeline.probes import casualty_agents, parties_of, role_of


def test_a_weapon_after_durch_of_a_passive_harmed() -> None:
    text = "In der Region Kursk wurde nach Behördenangaben eine Frau durch eine russische Gleitbombe getötet."
    assert casualty_agents(text)["eine"] == "russische Gleitbombe"


def test_a_means_after_durch_that_is_no_weapon_harms_no_one() -> None:
    text = "In der Region wurde nach Behördenangaben eine Frau durch einen Stromschlag getötet."
    assert casualty_agents(text)["eine"] is None


def test_the_subject_of_an_attacking_als_clause_harmed() -> None:
    text = "In dem Dorf wurden mindestens zwölf Menschen getötet und 30 verletzt, als Kampfflugzeuge einen Markt bombardierten."
    agents = casualty_agents(text)
    assert agents["mindestens zwölf"] == "Kampfflugzeuge"
    assert agents["30"] == "Kampfflugzeuge"


def test_an_als_clause_that_attacks_no_one_names_no_harmer() -> None:
    text = "Auf der Landstraße wurde ein Radfahrer schwer verletzt, als Anwohner gerade ihre Hecken schnitten."
    assert casualty_agents(text)["ein"] is None


def test_fighters_of_a_body_reach_its_name_over_a_participle_attribute() -> None:
    text = "Kämpfer der von Iran unterstützten Gruppe Hisbollah töteten nach Angaben der Armee zwei Soldaten."
    assert casualty_agents(text)["zwei"].endswith("Gruppe Hisbollah")


def test_fighters_without_a_genitive_stay_themselves() -> None:
    text = "Bewaffnete Kämpfer töteten am Montag in der Provinz zwölf Polizisten."
    assert "Hisbollah" not in (casualty_agents(text)["zwölf"] or "")


def test_a_dative_ihr_before_a_verb_in_en_receives() -> None:
    text = "Auch die Pflegerin der Verstorbenen wird bedacht. Ihr stehen 250.000 Euro zu."
    assert parties_of(text, "250.000 Euro") == (None, "Pflegerin")


def test_a_coordinated_object_of_kosten_pays_as_a_pair() -> None:
    text = "Die Umbauten kosten die Gemeinde und den Bezirk rund 3,4 Millionen Euro."
    assert role_of(text, "rund 3,4 Millionen Euro", "agent") == "Gemeinde und den Bezirk"


def test_a_single_object_of_kosten_pays_alone() -> None:
    text = "Der Streik kostet den Konzern und zudem 40 Millionen Euro pro Tag."
    assert role_of(text, "40 Millionen Euro", "agent") == "Konzern"


def test_a_dative_plural_receives_over_a_unit() -> None:
    text = "Die Reederei erklärte, allen Passagieren eine Entschädigung von 800 Euro pro Person zu erstatten."
    assert role_of(text, "800 Euro", "recipient") == "allen Passagieren"


def test_a_unit_alone_still_receives() -> None:
    text = "Die Stadt zahlt eine Prämie von 300 Euro pro Haushalt."
    assert role_of(text, "300 Euro", "recipient") == "Haushalt"
