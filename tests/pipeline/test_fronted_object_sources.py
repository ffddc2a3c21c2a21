"""German puts one phrase before the finite verb: in "Die Beute der Täter beziffert die
Staatsanwaltschaft auf …" that phrase is the object with its genitive attribute, and the body
after the verb is the subject that reports the figure. A person or group inside the fronted
object ("der Täter", "der getöteten Zivilisten") is no source; a fronted prepositional cue
("Nach einer Antwort der Regierung …") and a subject that opens the sentence keep theirs."""

from __future__ import annotations

from .probes import role_of


def test_a_genitive_in_the_fronted_object_is_no_source() -> None:
    text = "Die Beute der drei Einbrecher beziffert die Staatsanwaltschaft auf rund 240.000 Euro."
    assert role_of(text, "rund 240.000 Euro", "source") == "Staatsanwaltschaft"


def test_a_fronted_count_object_keeps_the_reporter_after_the_verb() -> None:
    text = "Die Zahl der getöteten Dorfbewohner schätzt die UNO auf mindestens 120."
    assert role_of(text, "mindestens 120", "source") == "UNO"


def test_a_sentence_opening_subject_still_reports() -> None:
    text = "Die Polizei schätzt den Schaden an den Autos der Anwohner auf 35.000 Euro."
    assert role_of(text, "35.000 Euro", "source") == "Polizei"
