"""Who pays what a company pays out to its owners: the company the report is about.

A results report names its company once and then tells the dividend without it: "Die Aktionäre
sollen eine Dividende von 2,80 Euro je Aktie erhalten", "Die Dividende steigt auf 24 Franken je
Aktie". The shareholders receive it; the company pays it (corpora/claimex-de/AUTHORING.md, "Agent
and recipient"), also when only another sentence names the company. A person who announces or
proposes the dividend ("Konzernchef X kündigte an, die Dividende anzuheben") does not pay it.
The company is the one the whole report is about (``report_company``); a sentence whose
clause names another party by name keeps that party's reading. The words live in
``role_cues.json`` ("payout_heads").
"""

from __future__ import annotations

from typing import Optional, Protocol, Sequence

from spacy.tokens import Doc, Span

from ..extensions import sentence_of
from ..lang.de import GermanData
from .mentions import MENTIONS_KEY
from .report_subject import report_company
from .role_phrases import role_cue_endings

__all__ = ["fill_payout_payers"]


class _Decision(Protocol):
    amount: Span
    type: str
    category: str
    roles: dict[str, Optional[Span]]


def _tells_payout(doc: Doc, amount: Span, lowers: Sequence[str]) -> bool:
    """Whether the amount's sentence tells a payout to owners: a capitalised noun of one
    ("Dividende", "Sonderdividende", "Gewinnausschüttung")."""
    sent = sentence_of(doc, amount.start)
    heads = role_cue_endings("payout_heads")
    return any(doc[t].is_title and lowers[t].endswith(heads) for t in range(sent.start, sent.end))


def _is_person(doc: Doc, span: Span) -> bool:
    """Whether the mention layer reads ``span`` as a person ("Michael Stangl")."""
    if MENTIONS_KEY not in doc.spans:
        return False
    return any(m.label_ == "person" and m.start < span.end and span.start < m.end for m in doc.spans[MENTIONS_KEY])


def fill_payout_payers(doc: Doc, decisions: Sequence[_Decision], lowers: Sequence[str], data: GermanData) -> None:
    """Give each payout to owners whose payer is not told (or is a person who announces it) the
    company of the report, where its clause names no other party."""
    for decision in decisions:
        if decision.type != "monetary" or decision.category != "payment":
            continue
        agent = decision.roles.get("agent")
        if agent is not None and not _is_person(doc, agent):
            continue
        if not _tells_payout(doc, decision.amount, lowers):
            continue
        recipient = decision.roles.get("recipient")
        aside = (decision.roles.get("source"), decision.roles.get("location"), recipient, agent)
        company = report_company(doc, decision.amount, data, aside)
        if company is not None:
            decision.roles["agent"] = company
