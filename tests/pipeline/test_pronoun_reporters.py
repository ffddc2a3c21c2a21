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


def test_demnach_after_an_anaphoric_report_keeps_its_source():
    text = (
        "Hannover – Das Land will im kommenden Jahr 800 Millionen Euro einsparen. "
        "Das kündigte Finanzministerin Clara Wendt am Dienstag an. "
        "Demnach sollen auch die Zuschüsse für Theater um 40 Millionen Euro sinken."
    )
    source = role_of(text, "40 Millionen Euro", "source")
    assert source is not None and "Clara Wendt" in source


def test_a_sentence_without_a_link_after_an_anaphoric_report_takes_no_source_from_it():
    text = (
        "Hannover – Das Land will im kommenden Jahr 800 Millionen Euro einsparen. "
        "Das kündigte Finanzministerin Clara Wendt am Dienstag an. "
        "Im Vorjahr hatte der Bund 40 Millionen Euro für Theater gezahlt."
    )
    source = role_of(text, "40 Millionen Euro", "source")
    assert source is None or "Clara Wendt" not in source
