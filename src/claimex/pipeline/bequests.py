"""Who gives the money of an inheritance: the testator.

An article about a will names the testator once, with the verb of bequeathing ("Die verstorbene
Unternehmerin hat der Stadt 25 Millionen Euro vermacht", "vererbt Millionen an ihre
Heimatstadt"), and then tells the other heirs without her: "Laut Testament gehen 8 Millionen
Euro an das Klinikum", "Weitere drei Millionen erhält die Kirchengemeinde". A payment with no
payer whose paragraph, up to its sentence, speaks of the will takes the subject of the last
verb of bequeathing before it in the document. The words live in ``role_cues.json``
("bequest_verbs", "bequest_words").
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import sentence_of
from ..lang.de import words as _words
from .paragraphs import paragraph_bounds
from .referents import nearest_occurrence
from .role_phrases import amount_clause, mentions_in, role_cues

__all__ = ["fill_testators"]

#: The mention kinds of a testator: a person; a company or body does not die and bequeath.
_TESTATOR_KINDS = ("person",)


def fill_testators(doc: Doc, decisions: Sequence, lowers: Sequence[str]) -> None:
    """Give a payment with no payer that an inheritance tells of the testator (module doc)."""
    verbs, words = role_cues("bequest_verbs"), role_cues("bequest_words")
    for decision in decisions:
        if decision.type != "monetary" or decision.category != "payment" or decision.roles.get("agent") is not None:
            continue
        amount = decision.amount
        sent = sentence_of(doc, amount.start)
        para_start, _ = paragraph_bounds(doc, amount.start)
        if not any(lowers[t] in words or lowers[t] in verbs for t in range(para_start, sent.end)):
            continue
        testator = _testator(doc, lowers, sent.end, verbs, decision.roles.get("recipient"))
        if testator is not None:
            decision.roles["agent"] = nearest_occurrence(doc, testator, amount)


def _testator(doc: Doc, lowers: Sequence[str], end: int, verbs: frozenset[str], recipient: Optional[Span]) -> Optional[Span]:
    """The subject of the last verb of bequeathing before token ``end``: the first person of its
    clause that no preposition or dative article governs and that is not the heir."""
    for t in range(end - 1, -1, -1):
        if lowers[t] not in verbs or not doc[t].is_lower:
            continue
        start, stop = amount_clause(doc, sentence_of(doc, t), doc[t : t + 1])
        for m in mentions_in(doc, start, stop, _TESTATOR_KINDS) or []:
            if recipient is not None and m.start < recipient.end and recipient.start < m.end:
                continue
            before = lowers[m.start - 1] if m.start > start else ""
            if before in _words("dative_determiners") or before in role_cues("bequest_heir_prepositions"):
                continue  # "seiner Nichte", "an ihren Neffen": an heir
            return m
    return None
