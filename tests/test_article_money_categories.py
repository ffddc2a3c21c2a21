"""Money categories in whole articles: a place phrase after a noun ("Die Nettokreditaufnahme im
Kernhaushalt") does not say what the money is; a separable verb of payment in reported speech
("Die Regierung stelle … bereit, sagte …") is a payment as its indicative is. Fresh sentences
written for these tests."""

from __future__ import annotations

import claimex


def _category(text: str, amount: str) -> str:
    return next(c.category for c in claimex.extract(text) if amount in c.text)


def test_noun_before_a_place_phrase_names_the_money() -> None:
    text = "Die Nettokreditaufnahme im Landeshaushalt liegt bei 2,4 Milliarden Euro."
    assert _category(text, "2,4 Milliarden") == "other"


def test_budget_after_a_verb_still_frames_the_money() -> None:
    text = "Für den Bau der Schule sind im Haushalt 14 Millionen Euro eingeplant."
    assert _category(text, "14 Millionen") == "cost"


def test_reported_speech_of_making_money_available_is_a_payment() -> None:
    text = (
        "Die Regierung stelle den betroffenen Gemeinden umgehend 40 Millionen Euro für den "
        "Wiederaufbau bereit, sagte der Innenminister."
    )
    assert _category(text, "40 Millionen") == "payment"
