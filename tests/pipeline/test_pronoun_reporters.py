"""A reporting clause whose subject is a pronoun ("…, wie er mitteilte") names the person or body
it stands for (pipeline/sources.py speech_subject), not what the sentence counts.

Examples are written for these tests; none comes from a corpus document, an issue or a seed.
"""

from __future__ import annotations

from .probes import role_of


def test_a_pronoun_in_a_wie_clause_is_the_subject_of_its_clause():
    text = "Die Brenntal Werke AG setzte 2,9 Milliarden Euro um, wie sie am Donnerstag in Linz mitteilte."
    assert role_of(text, "2,9 Milliarden Euro", "source") == "Brenntal Werke AG"


def test_a_pronoun_after_a_count_is_the_reporter_of_the_sentence_before():
    text = (
        "Die Bundespolizei kontrollierte am Grenzübergang einen Reisebus. "
        "Zwei Beamte wurden dabei verletzt, wie sie am Abend mitteilte."
    )
    assert role_of(text, "Zwei", "source") == "Bundespolizei"


def test_a_pronoun_stands_for_the_person_named_before():
    text = "Bürgermeisterin Anna Reiter besuchte die Baustelle. Der Schaden liegt bei 4 Millionen Euro, wie sie sagte."
    source = role_of(text, "4 Millionen Euro", "source")
    assert source is not None and "Anna Reiter" in source


def test_a_report_with_a_pronoun_carries_to_the_next_sentence():
    text = (
        "Die EU-Kommission hat die Anträge von 14 Staaten bewilligt, wie sie am Dienstag mitteilte. "
        "Portugal erhält 2,1 Milliarden Euro."
    )
    assert role_of(text, "2,1 Milliarden Euro", "source") == "EU-Kommission"
