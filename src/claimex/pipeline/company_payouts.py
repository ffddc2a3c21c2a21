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

from functools import lru_cache
from typing import Optional, Protocol, Sequence

from spacy.tokens import Doc, Span

from ..extensions import sentence_of
from ..lang.de import GermanData
from .report_subject import report_company
from .role_phrases import amount_clause, mentions_in, role_cue_endings, role_cues

__all__ = ["fill_payout_payers", "fill_payout_receivers", "fill_staff_pay_payers"]


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
    # a person mention overlapping the span starts at most a few words before it (bisection)
    return any(m.start < span.end and span.start < m.end for m in mentions_in(doc, span.start - _NAME_WORDS, span.end + _NAME_WORDS, ("person",)) or [])


#: How many words a person's name may reach over a span's start or end.
_NAME_WORDS = 4


def fill_payout_payers(doc: Doc, decisions: Sequence[_Decision], lowers: Sequence[str], data: GermanData) -> None:
    """Give each payout to owners whose payer is not told (or is a person who announces it) the
    company of the report, where its clause names no other party."""
    for decision in decisions:
        if decision.type != "monetary" or decision.category != "payment":
            continue
        if not _tells_payout(doc, decision.amount, lowers):
            continue
        agent = decision.roles.get("agent")
        if agent is not None and not _is_person(doc, agent):
            continue
        recipient = decision.roles.get("recipient")
        aside = (decision.roles.get("source"), decision.roles.get("location"), recipient, agent)
        company = report_company(doc, decision.amount, data, aside)
        if company is not None:
            decision.roles["agent"] = company


def _clause_payout(doc: Doc, amount: Span, lowers: Sequence[str]) -> str:
    """What in the amount's clause tells a payout to owners: "noun" for a noun of one
    ("Dividende"), "verb" for a verb of paying out ("schüttet … aus") or a sum per share ("0,50
    Euro je Aktie"); "" for none."""
    start, end = amount_clause(doc, sentence_of(doc, amount.start), amount)
    heads = role_cue_endings("payout_heads")
    if any(doc[t].is_title and lowers[t].endswith(heads) for t in range(start, end)):
        return "noun"
    if any(
        lowers[t].startswith(role_cue_endings("payout_verb_stems"))
        or lowers[t] in role_cues("per_unit_prepositions") and t + 1 < end and lowers[t + 1] in role_cues("share_nouns")
        for t in range(start, end)
    ):
        return "verb"
    return ""


def _owners(doc: Doc, lowers: Sequence[str]) -> list[int]:
    """Where the text names the owners of shares ("die Aktionäre", "den Anteilseignern"): the
    token indices of such nouns."""
    nouns = role_cues("shareholder_nouns")
    return [t for t in range(len(doc)) if lowers[t] in nouns and doc[t].is_title]  # the word first: no Token per word


def _no_receiver(doc: Doc, recipient: Optional[Span], agent: Optional[Span], company: Optional[Span], dividend: bool) -> bool:
    """Whether ``recipient`` can be left for the owners: none, the paying company itself, or,
    beside a noun of a dividend, a person who proposes or announces it ("Für 2025 stellte Mehring
    eine Dividende von … in Aussicht") or a board ("Der Verwaltungsrat beantragt eine Dividende");
    without that noun a person may claim a price per share himself ("Er fordert 85 Fr. je Titel")."""
    if recipient is None:
        return True
    if dividend and (_is_person(doc, recipient) or _no_employer(recipient)):
        return True
    return any(p is not None and p.text == recipient.text for p in (agent, company))


def fill_payout_receivers(doc: Doc, decisions: Sequence[_Decision], lowers: Sequence[str], data: GermanData) -> None:
    """Give each payout to owners ("Die Dividende soll auf 1.20 Fr. je Aktie steigen", "Der
    Vorstand schlägt 0,50 Euro je Aktie vor", "schüttet der Konzern 2 Milliarden aus") whose
    clause names no one who gets it the shareholders, where the text names them ("die
    Aktionäre"), at their occurrence nearest to the amount (AUTHORING: the shareholders receive
    a dividend). A text that never names them gives the payout no receiver."""
    owners: Optional[list[int]] = None
    for decision in decisions:
        if decision.type != "monetary" or decision.category != "payment":
            continue
        payout = _clause_payout(doc, decision.amount, lowers)
        if not payout:
            continue
        agent = decision.roles.get("agent")
        company = report_company(doc, decision.amount, data, (agent,))
        if not _no_receiver(doc, decision.roles.get("recipient"), agent, company, payout == "noun"):
            continue
        owners = _owners(doc, lowers) if owners is None else owners
        if owners:
            nearest = min(owners, key=lambda t: abs(t - decision.amount.start))
            decision.roles["recipient"] = doc[nearest : nearest + 1]


def _names_staff_pay(doc: Doc, amount: Span, lowers: Sequence[str]) -> bool:
    """Whether the amount's clause names pay for work in a company ("Sein Jahresgehalt",
    "eine Vergütung von", "einen Bonus von"): a capitalised noun of ``staff_pay_heads``."""
    start, end = amount_clause(doc, sentence_of(doc, amount.start), amount)
    heads = role_cue_endings("staff_pay_heads")
    return any(doc[t].is_title and lowers[t].endswith(heads) for t in range(start, end))


def _refers_back(doc: Doc, amount: Span, lowers: Sequence[str]) -> bool:
    """Whether the amount's clause names its earner by a possessive or a subject pronoun ("Sein
    Jahresgehalt liegt bei …", "Er erhält …"): the earner and the employer were named before."""
    start, end = amount_clause(doc, sentence_of(doc, amount.start), amount)
    words = role_cues("earner_possessives") | role_cues("earner_pronouns")
    return any(lowers[t] in words for t in range(start, end))


def _is_earner(doc: Doc, span: Span, data: GermanData) -> bool:
    """A receiver that works for pay: a person's name or a noun of people ("Vorstandschef",
    "die Piloten")."""
    return _is_person(doc, span) or bool(data.person_nouns.get(span[-1].lower_))


def fill_staff_pay_payers(doc: Doc, decisions: Sequence[_Decision], lowers: Sequence[str], data: GermanData) -> None:
    """Give each pay of a person for work whose payer is not told and whose earner is named back
    ("Sein Jahresgehalt beträgt …", "Er erhält künftig …") the company the report is about, where
    its clause names no other party. A pay told with its earner ("Vorstandschef X erhielt eine
    Vergütung von …") is left alone: the corpus mostly gives it no payer."""
    for decision in decisions:
        if decision.type != "monetary" or decision.category != "payment" or decision.roles.get("agent") is not None:
            continue
        recipient = decision.roles.get("recipient")
        # only an earner named back ("Sein Gehalt"): "Konzernchef X erhielt eine Vergütung", a pay
        # told with its earner, the corpus often leaves without a payer
        if recipient is None or not _refers_back(doc, decision.amount, lowers) or not _names_staff_pay(doc, decision.amount, lowers):
            continue
        if not _is_earner(doc, recipient, data):
            continue
        # a company that reports the pay of its own staff pays it ("legte seinen Vergütungsbericht vor")
        aside = (decision.roles.get("location"), recipient)
        company = report_company(doc, decision.amount, data, aside, decision.roles.get("source"))
        if company is not None and not _no_employer(company):
            decision.roles["agent"] = company


def _no_employer(company: Span) -> bool:
    """A court, an authority, a council or a board ("Landgericht", "Bundesrat", "Vorstand"):
    a report about it tells pay that others pay."""
    return company[-1].lower_.endswith(_not_employer_endings())


@lru_cache(maxsize=1)
def _not_employer_endings() -> tuple[str, ...]:
    return role_cue_endings("not_employer_heads") + role_cue_endings("court_heads") + role_cue_endings("fine_authority_heads")
