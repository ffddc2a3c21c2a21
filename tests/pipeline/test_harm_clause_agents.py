"""Who harmed, read in the count's own clause (pipeline/harmers.py find_attacker): the subject of
an active harm verb and the agent of a passive, on fresh sentences, with the readings that must
give no agent."""

from __future__ import annotations

import pytest

from .probes import role_of


@pytest.mark.parametrize(
    ("text", "amount", "agent"),
    [
        # a finite past of a harm verb that is not in the participle list
        ("Im Juli verschleppten Rebellen in Nordmali zwei deutsche Techniker.", "zwei", "Rebellen"),
        # a perfect of a verb of attacking ("gerammt"), the subject far before the count
        ("Der Unbekannte hatte am Samstag auf der Piste einen achtjährigen Jungen gerammt.", "einen", "Unbekannte"),
        # a noun opening the sentence right before its finite harm verb is its subject
        ("Islamisten entführten am Montag drei Ingenieure.", "drei", "Islamisten"),
    ],
)
def test_the_subject_of_an_active_harm_verb_is_the_agent(text: str, amount: str, agent: str) -> None:
    found = role_of(text, amount, "agent")
    assert found is not None and agent in found


def test_a_passive_agent_after_the_counted_noun_with_a_possessive() -> None:
    text = "Im vergangenen Jahr wurden in der Schweiz 19 Frauen von ihrem Partner oder Ex-Partner getötet."
    found = role_of(text, "19", "agent")
    assert found is not None and "Partner" in found


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # "von" after a noun is its attribute, not the agent of the passive
        ("Zwei Mitarbeiter von Siemens wurden bei dem Unfall getötet.", "Zwei"),
        ("Beim Brand von Mati wurden 20 Menschen getötet.", "20"),
        # a past form used as an adjective makes no active clause
        ("Die Organisation zählte im vergangenen Jahr 142 getötete oder verletzte Kinder.", "142"),
        # those who rescue are no harmers: no verb of harming in the clause
        ("Die Feuerwehr hat am Abend zwei Verletzte ins Krankenhaus gebracht.", "zwei"),
    ],
)
def test_no_agent_without_a_harm_link(text: str, amount: str) -> None:
    assert role_of(text, amount, "agent") is None


def test_the_victims_of_another_count_before_the_verb_are_no_agent() -> None:
    text = "Der Mann tötete drei Skifahrer und verletzte vier weitere."
    assert role_of(text, "vier", "agent") == "Mann"


@pytest.mark.parametrize(
    ("text", "amount", "agent"),
    [
        # singular and feminine perpetrator nouns name who harmed, as their plurals do
        ("Ein Islamist eröffnete am Abend in der Innenstadt das Feuer. Innerhalb von Minuten tötete er vier Menschen.", "vier", "Islamist"),
        ("Der Brandstifter legte das Feuer im Treppenhaus. Zwei Bewohner erlitten Rauchvergiftungen.", "Zwei", "Brandstifter"),
    ],
)
def test_a_perpetrator_noun_of_the_paragraph_is_the_agent(text: str, amount: str, agent: str) -> None:
    assert role_of(text, amount, "agent") == agent


def test_a_perpetrator_of_another_paragraph_is_not_the_agent() -> None:
    text = (
        "Der Brandstifter von Solingen wurde 1993 verurteilt.\n\n"
        "In einer Nacht im März starben bei einem Hausbrand in Köln drei Menschen."
    )
    assert role_of(text, "drei", "agent") is None


@pytest.mark.parametrize(
    ("text", "amount", "agent"),
    [
        # a name of two words in a prepositional phrase is no subject; the actor after it is
        ("In Bad Kissingen ist am Abend ein Mann mit seinem Auto in einen Festzug gerast. Die Polizei zählte sieben Verletzte.", "sieben", "Mann"),
        # a person named by the word's form only (a demonym, an age compound)
        ("Am Morgen hat ein 40-jähriger Tunesier auf der Passstraße einen Radfahrer gerammt.", "einen", "Tunesier"),
        # a year before the verb counts no victims ("tötete drei Skifahrer und verletzte vier"), and
        # leaves the past form a verb, no adjective ("zwei in Niger verschleppte Helfer")
        ("Im Mai 2024 verschleppten Soldaten drei Journalisten.", "drei", "Soldaten"),
    ],
)
def test_the_actor_of_the_report_by_grammar_and_word_form(text: str, amount: str, agent: str) -> None:
    found = role_of(text, amount, "agent")
    assert found is not None and agent in found


def test_a_place_name_in_a_prepositional_phrase_is_no_actor() -> None:
    text = "In Bad Kissingen wurden am Abend bei einem Unfall drei Menschen verletzt."
    assert role_of(text, "drei", "agent") is None


@pytest.mark.parametrize(
    ("text", "amount", "agent"),
    [
        # the adjective of a country opening the subject of an active harm verb
        ("Im Juni sollen russische Truppen in Cherson drei Zivilisten getötet haben.", "drei", "russische Truppen"),
        # the adjective of a movement before an attack noun, in an umlaut plural
        ("Seit 2015 starben bei islamistischen Anschlägen in Frankreich mehr als 250 Menschen.", "mehr als 250", "islamistischen Anschlägen"),
    ],
)
def test_the_attacker_named_by_an_adjective(text: str, amount: str, agent: str) -> None:
    assert role_of(text, amount, "agent") == agent


def test_a_country_adjective_of_the_harmed_is_no_attacker() -> None:
    # "russische Soldaten" are people: the harmed of a count, not an adjective's attacker
    text = "Im Juni starben nach Angaben aus Kiew an der Front 40 russische Soldaten."
    assert role_of(text, "40", "agent") is None


@pytest.mark.parametrize(
    ("text", "amount", "agent"),
    [
        # "sie" as the subject of the harm verb: the attack's actor, not the village the sentence before names
        ("Am Montag überfielen Kämpfer der Hamas ein Dorf im Grenzgebiet. Sie töteten drei Bauern und brannten die Schule nieder.", "drei", "Kämpfer der Hamas"),
        # the sentences between name others: who harms goes on harming
        ("Am Montag überfielen Bewaffnete ein Dorf bei Kundus. Die Bewohner flohen in die Berge. Sie töteten drei Bauern.", "drei", "Bewaffnete"),
    ],
)
def test_a_pronoun_subject_of_a_harm_verb_is_the_attack_actor(text: str, amount: str, agent: str) -> None:
    assert role_of(text, amount, "agent") == agent


def test_the_subject_after_the_verb_when_the_count_opens_the_clause() -> None:
    text = "Zwei Passanten hat der Fahrer mit seinem Wagen schwer verletzt."
    assert role_of(text, "Zwei", "agent") == "Fahrer"


def test_an_article_after_a_preposition_opens_no_subject() -> None:
    assert role_of("Drei Arbeiter verletzten sich bei der Explosion in der Halle.", "Drei", "agent") is None


@pytest.mark.parametrize(
    ("text", "amount", "agent"),
    [
        # after a verb of accusing, its object did the harm of the infinitive clause
        ("Die Regierung in Kiew wirft Russland vor, bei dem Angriff 20 Zivilisten getötet zu haben.", "20", "Russland"),
        # else the subject of the clause before it
        ("Die Hamas rühmte sich in einer Erklärung, rund 30 Soldaten getötet zu haben.", "rund 30", "Hamas"),
    ],
)
def test_the_controller_of_an_infinitive_clause_of_harm(text: str, amount: str, agent: str) -> None:
    assert role_of(text, amount, "agent") == agent


def test_an_infinitive_clause_without_a_harm_verb_names_no_agent() -> None:
    assert role_of("Der Minister kündigte an, die 20 Verletzten im Spital zu besuchen.", "20", "agent") is None


def test_the_subject_of_a_perfect_of_running_over_is_the_agent() -> None:
    text = "Ein 80-jähriger Autofahrer hat am Morgen in Thun eine Fussgängerin angefahren."
    assert role_of(text, "eine", "agent") == "Autofahrer"


def test_a_passive_of_running_over_names_no_agent() -> None:
    assert role_of("Eine Fussgängerin wurde am Morgen in Thun angefahren.", "Eine", "agent") is None


@pytest.mark.parametrize(
    ("text", "amount", "agent"),
    [
        # a country's adjective opening the sentence before an attack noun names who attacked
        ("Türkische Luftangriffe haben im Nordirak mindestens neun Menschen das Leben gekostet.", "mindestens neun", "Türkische"),
        ("Sudanesische Drohnenangriffe töteten in Darfur elf Zivilisten.", "elf", "Sudanesische"),
    ],
)
def test_a_sentence_opening_adjective_of_an_attack_names_the_attacker(text: str, amount: str, agent: str) -> None:
    found = role_of(text, amount, "agent")
    assert found is not None and found.startswith(agent)


def test_a_sentence_opening_adjective_of_no_attack_names_no_one() -> None:
    assert role_of("Schwere Unwetter haben in Norditalien vier Menschen das Leben gekostet.", "vier", "agent") is None
