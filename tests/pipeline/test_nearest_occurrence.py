"""A role names its referent's occurrence nearest to the amount, counted in characters on either
side (AUTHORING.md "Which occurrence a role names"): an interview speaker's label right after an
answer is nearer than the label that opened it, and a name before the amount is measured from its
end, not its start."""

from __future__ import annotations

from .probes import claim_of

_LONG_ANSWER = (
    "Interview: Die Seilbahnchefin über den Winter\n\n"
    "Was hat die neue Bahn gekostet, Frau Auer?\n\n"
    "Auer: Die Seilbahnmodernisierungsarbeiten verschlangen 14 Millionen Euro.\n\n"
    "Und jetzt?\n\n"
    "Auer: Jetzt wird gespart, bis die Kredite zurückgezahlt sind."
)

_SHORT_ANSWER = (
    "Interview: Die Seilbahnchefin über den Winter\n\n"
    "Was hat die neue Bahn gekostet, Frau Auer?\n\n"
    "Auer: 14 Millionen Euro, mehr als geplant, weil der Stahl und die Arbeitsstunden im Tal teurer wurden.\n\n"
    "Und jetzt?\n\n"
    "Auer: Jetzt wird gespart, bis die Kredite zurückgezahlt sind."
)


def _label_starts(text: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith("Auer:", i)]


def test_the_label_after_a_long_answer_is_the_nearer_occurrence() -> None:
    source = claim_of(_LONG_ANSWER, "14 Millionen Euro").source
    assert source is not None and source.text == "Auer"
    assert source.start == _label_starts(_LONG_ANSWER)[1]


def test_the_label_right_before_a_short_answer_stays() -> None:
    source = claim_of(_SHORT_ANSWER, "14 Millionen Euro").source
    assert source is not None and source.text == "Auer"
    assert source.start == _label_starts(_SHORT_ANSWER)[0]
