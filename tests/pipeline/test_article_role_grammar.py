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


def test_a_compared_fine_takes_no_authority_of_its_paragraph() -> None:
    before = "Das Landgericht verhängte am Montag gegen den Händler eine Geldbuße. "
    compared = before + "Zum Vergleich: Ein Konkurrent musste 2020 eine Geldstrafe von 80.000 Euro zahlen."
    plain = before + "Ein Konkurrent musste 2020 eine Geldstrafe von 80.000 Euro zahlen."
    assert role_of(compared, "80.000 Euro", "recipient") is None
    assert role_of(plain, "80.000 Euro", "recipient") == "Landgericht"


_WILL = (
    "Der im Mai gestorbene Bauunternehmer Karl Weiland hat der Gemeinde Lindau testamentarisch "
    "12 Millionen Euro vermacht.\n\nSein Nachlass soll an mehrere Einrichtungen gehen. "
)


def test_an_heir_told_after_the_will_receives_from_the_testator() -> None:
    text = _WILL + "Weitere zwei Millionen erhält der Sportverein."
    assert parties_of(text, "zwei Millionen") == ("Karl Weiland", "Sportverein")


def test_a_paragraph_without_words_of_a_will_takes_no_testator() -> None:
    text = (
        "Der im Mai gestorbene Bauunternehmer Karl Weiland hat der Gemeinde Lindau testamentarisch "
        "12 Millionen Euro vermacht.\n\nDie Saison war erfolgreich. Weitere zwei Millionen erhält der Sportverein."
    )
    assert role_of(text, "zwei Millionen", "agent") != "Karl Weiland"


def test_words_of_a_will_without_a_testator_name_no_payer() -> None:
    text = "Das Testament ist noch nicht eröffnet. Weitere zwei Millionen erhält der Sportverein."
    assert role_of(text, "zwei Millionen", "agent") is None


def test_a_fine_whose_sentence_names_no_one_falls_on_the_body_told_before() -> None:
    text = "Die Aufsicht hatte die Sparkasse Nordheide schon 2019 gerügt. Im Jahr darauf folgte ein erstes Bußgeld von 800.000 Euro."
    assert role_of(text, "800.000 Euro", "agent") == "Sparkasse Nordheide"


def test_a_fine_with_a_party_of_its_own_takes_none_from_before() -> None:
    text = "Die Aufsicht hatte die Sparkasse Nordheide schon 2019 gerügt. Im Jahr darauf zahlte die Volksbank Elbtal ein Bußgeld von 800.000 Euro."
    assert role_of(text, "800.000 Euro", "agent") == "Volksbank Elbtal"


def test_who_a_confiscation_is_imposed_against_pays_it() -> None:
    text = "Gegen das inzwischen abgewickelte Institut verhängte das Gericht die Einziehung von Taterträgen in Höhe von 56 Millionen Euro."
    assert role_of(text, "56 Millionen Euro", "agent") == "das inzwischen abgewickelte Institut"


def test_a_pair_of_manner_adverbs_keeps_the_dative_in_its_clause() -> None:
    text = "Die Ministerin kündigte an, der Familie des Getöteten werde rasch und unbürokratisch eine Soforthilfe von 15.000 Euro ausgezahlt."
    assert role_of(text, "15.000 Euro", "recipient") == "Familie"


def test_a_verb_after_und_still_opens_its_own_phrase() -> None:
    text = "Der Fahrer erhielt eine Verwarnung und muss dem Verein 5000 Euro zahlen."
    assert role_of(text, "5000 Euro", "recipient") == "Verein"


def test_a_fine_for_whoever_breaks_a_rule_falls_on_no_one_before() -> None:
    text = "Die Reederei Nordlicht hat an Bord das Rauchen verboten. Wer dagegen verstößt, riskiert eine Buße von bis zu 5000 Euro."
    assert role_of(text, "bis zu 5000 Euro", "agent") is None


def test_a_coordinated_pair_of_class_nouns_is_not_resolved_to_one_name() -> None:
    text = (
        "Der Kanton Zug hat nach dem Anschlag die Sicherheitsmaßnahmen verstärkt. "
        "Die Patrouillen kosten die Stadt und den Kanton rund 1,2 Millionen Franken."
    )
    assert role_of(text, "rund 1,2 Millionen Franken", "agent") == "Stadt und den Kanton"
