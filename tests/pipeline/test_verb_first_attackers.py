"""Who harmed when the harm verb opens its clause after a comma (pipeline/harmers.py): the
subject the verb shares with the clause before, the party right after the verb, or the name set
off by commas after an unnamed attacker; never the verb's object. Fresh texts."""

from __future__ import annotations

from .probes import casualty_agents


def test_coordinated_verb_shares_the_subject_of_the_clause_before() -> None:
    text = "Ein Schütze drang am Dienstag in eine Berufsschule in Graz ein, erschoss vier Lehrer und richtete sich dann selbst."
    assert casualty_agents(text)["vier"] == "Schütze"


def test_object_of_a_verb_first_clause_is_no_actor_of_the_next_toll() -> None:
    text = (
        "Ein Mann betrat am Montagmorgen eine Arztpraxis in Bremen, erschoss zwei Sprechstundenhilfen und floh. "
        "Drei Patienten wurden verletzt."
    )
    agents = casualty_agents(text)
    assert agents["zwei"] == "Mann"
    assert agents["Drei"] != "Sprechstundenhilfen"


def test_subject_right_after_the_verb_of_a_main_clause() -> None:
    text = "Als die Streife eintraf, erstach der Angreifer zwei Passanten."
    assert casualty_agents(text)["zwei"] == "Angreifer"


def test_subordinate_clause_subject_is_not_shared() -> None:
    # the subject of "Als die Polizei eintraf" does not go on the main clause's verb
    text = "Als die Polizei eintraf, tötete er drei Geiseln."
    assert casualty_agents(text)["drei"] != "Polizei"


def test_name_in_apposition_is_the_attacker() -> None:
    text = "Der Amokläufer, Tobias R., erschoss in der Nacht neun Menschen in Hanau."
    assert casualty_agents(text)["neun"] == "Tobias R."


def test_unnamed_apposition_keeps_the_noun() -> None:
    text = "Der Amokläufer, ein Sportschütze aus dem Ort, erschoss in der Nacht neun Menschen."
    assert casualty_agents(text)["neun"] != "Ort"
