"""No payer a person named only in another sentence, unless the sentence points back to them.

The stages that carry a payer across sentences (the subject of the sentence before, the payer
of the payment before, a paragraph's topic) can hand a money claim a person who only spoke,
reported or was quoted there: "Die Sprecherin Anna Keller bestätigte den Vergleich. Die Opfer
erhalten je 80.000 Euro." A person pays money of another sentence only when that sentence
refers back to them ("Er zahlte …", "Seine Abfindung …", "Ich habe … überwiesen", "muss der
61-Jährige … zahlen"); a body (a
company, a state, a fund) carries without one, as news names it once and then tells its money.
The words live in ``role_cues.json`` ("person_back_references").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Protocol, Sequence

from spacy.tokens import Doc, Span

from ..extensions import sentence_of
from .age_referents import age_of
from .referents import same_referent
from .role_phrases import mentions_in, role_cues

__all__ = ["drop_distant_person_payers"]

#: How many words a person's name may reach over a role span's start or end (a role may be the
#: surname of a longer mention).
_NAME_WORDS = 4


#: The mention kinds read around a payer: a person, or a body that holds the same words.
_KINDS = ("person", "organisation", "place", "group")


class _Decision(Protocol):
    amount: Span
    type: str
    roles: dict[str, Optional[Span]]


@lru_cache(maxsize=1)
def _back_references() -> frozenset[str]:
    return role_cues("person_back_references")


@lru_cache(maxsize=1)
def _possessives() -> frozenset[str]:
    return role_cues("earner_possessives")


def _is_person(doc: Doc, span: Span) -> bool:
    """Whether the mention layer reads ``span`` as a person ("Katrin Brunnhuber")."""
    found = mentions_in(doc, max(0, span.start - _NAME_WORDS), min(len(doc), span.end + _NAME_WORDS), _KINDS) or []
    # the person's mention holds the span, and no body's does (a company the recognizer also read as a person)
    holding = [m for m in found if m.start <= span.start and span.end <= m.end]
    return any(m.label_ == "person" for m in holding) and not any(m.label_ != "person" for m in holding)


#: How many words before a receiver its possessive may stand ("Seine langjährige Mandantin").
_POSSESSIVE_REACH = 3


def _points_back(sent: Span, lowers: Sequence[str], recipient: Optional[Span]) -> bool:
    """Whether the sentence holds a pronoun or possessive that may stand for a person, other
    than a possessive of its receiver ("Seine Mandantin erhält …": the speaker before is her
    lawyer, who pays nothing)."""
    words, possessives = _back_references(), _possessives()
    own = range(recipient.start - _POSSESSIVE_REACH, recipient.end) if recipient is not None else range(0)
    doc = sent.doc
    return any(
        lowers[t] in words
        and not (t in own and lowers[t] in possessives)
        # "muss der 61-Jährige … zahlen": an age noun stands for the person named before
        or age_of(doc[t : t + 1]) is not None
        and not (recipient is not None and recipient.start <= t < recipient.end)  # "Die 58-Jährige erhält": she receives
        for t in range(sent.start, sent.end)
    )


def drop_distant_person_payers(doc: Doc, decisions: Sequence[_Decision], lowers: Sequence[str]) -> None:
    """Take the payer from each money claim whose payer is a person named outside the amount's
    sentence when that sentence does not point back to a person."""
    payers: list[Span] = []  # who pays money in its own sentence, so far
    for decision in decisions:
        agent = decision.roles.get("agent")
        if decision.type != "monetary" or agent is None:
            continue
        sent = sentence_of(doc, decision.amount.start)
        if sent.start <= agent.start and agent.end <= sent.end:
            payers.append(agent)
            continue
        if any(same_referent(agent, p) for p in payers):
            continue  # "X muss 2,2 Millionen leisten. Zusätzlich erhält Y 6800 Euro": X pays on
        if _is_person(doc, agent) and not _points_back(sent, lowers, decision.roles.get("recipient")):
            decision.roles["agent"] = None
