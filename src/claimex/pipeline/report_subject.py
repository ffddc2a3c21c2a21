"""The party a report is about, for the figures it gives of its own business.

A company report names its subject once and then gives figures without it: "Lechwerk setzte
1,1 Milliarden Euro um. Der operative Gewinn lag bei 96 Millionen." The corpus convention
(corpora/claimex-de/AUTHORING.md, "Agent and recipient") makes the company that earns revenue,
profit or income its **recipient**, and the company whose loss a figure is its **agent**, also
when the company is named only in another sentence. This module finds that company for the
money claims the clause rules left without one:

1. the party of the report's own figure before it in its paragraph (the recipient of the last
   revenue, the agent of the last own loss): one report, one company;
2. else the last name of an organisation before it in its paragraph (a few sentences back);
3. else the subject of the whole text: the organisation its headline names, else the one the
   text names most often.

A figure whose clause names another party by name is left alone: it is that party's figure
("Die Einnahmen Russlands ...", "Ohne Russland verdiente die Bank ..." where the clause rules
chose otherwise). A loss is the business's own when its clause holds a noun of an own result
("Verlust", "Minus", "Einnahmeausfälle") or a verb of losing income ("verlor Einnahmen").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from typing import Iterator, Optional, Protocol, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of, spans_within, text_of, token_chars
from ..lang.de import GermanData
from ..lang.de import words as _words
from .datelines import in_dateline
from .mentions import MENTIONS_KEY, mention_is_name, mention_table
from .referents import is_named, nearest_occurrence, paragraph_bounds, same_referent
from .role_phrases import amount_clause, role_cue_endings

__all__ = ["carry_recipients", "fill_own_figures", "own_loss", "report_company", "report_subject", "speaker_company"]

#: How many sentences before a figure the name of its company may stand in its paragraph.
_TOPIC_SENTENCES = 4


class _Decision(Protocol):
    amount: Span
    type: str
    category: str
    roles: dict[str, Optional[Span]]


def _mentions_from(doc: Doc, start: int) -> Iterator[Span]:
    """The mentions of the doc (``claimex_mentions``) that start at token ``start`` or later, in
    text order (found by bisection: a long text has many)."""
    if MENTIONS_KEY not in doc.spans:
        return
    group = doc.spans[MENTIONS_KEY]
    for i in range(bisect_left(mention_table(doc)[1], start), len(group)):
        yield group[i]


def own_loss(doc: Doc, amount: Span, lowers: Sequence[str]) -> bool:
    """Whether a damage figure is a loss of its subject's own business: its clause holds a noun
    of an own result ("Verlust", "Fehlbetrag", "Einnahmeausfälle") or a verb of losing income
    ("Ägypten verlor Einnahmen von …", "entgingen dem Unternehmen Einnahmen")."""
    start, end = amount_clause(doc, sentence_of(doc, amount.start), amount)
    words = lowers[start:end]
    if any(lowers[t] in _words("receive_words") and doc[t].is_lower for t in range(start, end)):
        return False  # "bekommt für den Ausfall 95.000 Euro": compensation received for a loss
    if any(w.endswith(role_cue_endings("own_result_nouns")) or w.endswith(role_cue_endings("lost_income_heads")) for w in words):
        return True
    return any(w in role_cue_endings("losing_verbs") for w in words) and any(w.endswith(role_cue_endings("income_heads")) for w in words)


def _is_company(doc: Doc, m: Span, data: GermanData) -> bool:
    """A mention that can be a report's company: an organisation or a named group ("der
    Möbelhändler Wohnhaus Brandt"), written as a name, not a common noun ("das Unternehmen")
    nor a person's title ("Finanzdirektor Ernst Stocker"); or a named place that is the subject
    of its clause, with no preposition before it ("Moskau nimmt viel Geld ein")."""
    if m.text.islower() or len(m) > 1 and data.person_nouns.get(m[0].lower_):
        return False
    if m.label_ == "person":
        # "die Reederei Holtmann": a name in apposition to a noun of a business is the business's
        return m.start > 0 and doc[m.start - 1].is_title and bool(data.actor_heads.get(doc[m.start - 1].lower_))
    if m.label_ == "place":
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        return mention_is_name(m) and before not in _prepositions() and not doc[m.start - 1].is_punct if m.start > 0 else mention_is_name(m)
    if m.label_ not in ("organisation", "group"):
        return False
    if mention_is_name(m):
        return True
    # a name the mention layer did not mark as one ("Lechwerk"): no common noun of the lexicon
    head = m[-1].lower_
    return m.label_ == "organisation" and len(m) == 1 and not (data.actor_heads.get(head) or data.person_nouns.get(head))


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    """Prepositions before a place that make it no subject ("in Wien", "nach Russland")."""
    return _words("place_prepositions") | _words("not_subject_prepositions") | _words("from_prepositions") | _words("to_prepositions")


def _companies(doc: Doc, data: GermanData) -> tuple[list[tuple[int, int, str, bool]], list[int]]:
    """The company mentions of the doc in text order (``_is_company``) as ``(start, end, kind,
    is a name)``, and their starts: not alone in brackets after another name
    ("Bundeswettbewerbsbehörde (BWB)"); a body's noun right before a named place is one name with
    it ("Landesbank Tirol", "Stadt Wien"). Read once per doc."""
    cache = doc_cache(doc)
    if "report_companies" not in cache:
        group = list(doc.spans[MENTIONS_KEY]) if MENTIONS_KEY in doc.spans else []
        found = []
        for k, m in enumerate(group):
            if m.start > 0 and doc[m.start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")":
                continue
            if in_dateline(doc, m.start, m.end):
                continue  # "ZÜRICH (Reuters) -": the place the text was filed from is no company
            following = group[k + 1] if k + 1 < len(group) else None
            if (
                m.label_ == "organisation"
                and not mention_is_name(m)
                and following is not None
                and following.start == m.end
                and following.label_ == "place"
                and mention_is_name(following)
            ):
                found.append((m.start, following.end, "organisation", True))
            elif _is_company(doc, m, data):
                found.append((m.start, m.end, m.label_, bool(mention_is_name(m)) or m.label_ == "person"))
        cache["report_companies"] = (found, [c[0] for c in found])
    return cache["report_companies"]


def _companies_between(doc: Doc, data: GermanData, start: int, end: int) -> list[Span]:
    """The companies of ``_companies`` inside tokens ``start``..``end`` (found by bisection)."""
    found, starts = _companies(doc, data)
    return spans_within(doc, found, starts, start, end)


def _named_companies(doc: Doc, data: GermanData) -> list[Span]:
    """The companies of ``_companies`` that are names, not only words no lexicon knows."""
    return [Span(doc, c[0], c[1], label=c[2]) for c in _companies(doc, data)[0] if c[3]]


def _headline_end(doc: Doc) -> int:
    """The end token of the text's first paragraph (its headline or lead)."""
    return paragraph_bounds(doc, 0)[1]


def _text_subject(doc: Doc, data: GermanData) -> Optional[Span]:
    """The company the whole text is about (``_find_text_subject``), found once per doc."""
    cache = doc_cache(doc)
    if "report_text_subject" not in cache:
        found = _find_text_subject(doc, data)
        cache["report_text_subject"] = None if found is None else (found.start, found.end, found.label_)
    found = cache["report_text_subject"]
    return None if found is None else Span(doc, found[0], found[1], label=found[2])


def _find_text_subject(doc: Doc, data: GermanData) -> Optional[Span]:
    """The company the whole text is about: the first name of one in its headline and lead (its
    first two paragraphs), else the one it names most often (at least twice); a place stands for
    a company only near its figure."""
    named = [c for c in _named_companies(doc, data) if c.label_ != "place"]
    headline_end = _headline_end(doc)
    lead_end = paragraph_bounds(doc, headline_end)[1] if headline_end < len(doc) else len(doc)
    first = next((c for c in named if c.end <= lead_end), None)
    if first is not None:
        return first
    counts = Counter(c.text for c in named)
    if counts and counts.most_common(1)[0][1] >= 2:
        text = counts.most_common(1)[0][0]
        return next(c for c in named if c.text == text)
    return None


def speaker_company(doc: Doc, amount: Span, data: GermanData) -> Optional[Span]:
    """The company a speaker who says "wir" speaks for ("Vor Steuern haben wir 486 Millionen
    verdient", "Ein Spieler verdient bei uns …"): the company the whole text is about (an
    interview's or a statement's), else the company named last before the amount in its
    paragraph."""
    return _nearest_company(doc, _text_subject(doc, data) or _topic_company(doc, amount, data), amount, data)


def _nearest_company(doc: Doc, company: Optional[Span], amount: Span, data: GermanData) -> Optional[Span]:
    """The occurrence of ``company`` written the same way nearest to the amount."""
    if company is None:
        return None
    # only occurrences nearer than the company itself can win
    reach = abs(company.start - amount.start) + 1
    # compared as slices of the doc's text: a Span and its text per candidate cost
    found, starts = _companies(doc, data)
    text, char_starts, char_ends = text_of(doc), *token_chars(doc)[:2]
    want, end = company.text, amount.end + reach
    same = []
    for k in range(bisect_left(starts, amount.start - reach), len(found)):
        s, e, label = found[k][:3]
        if s >= end:
            break
        if e <= end and text[char_starts[s] : char_ends[e - 1]] == want and not (s < amount.end and amount.start < e):
            same.append(Span(doc, s, e, label=label))
    return min(same, key=lambda c: abs(c.start - amount.start), default=company)


def _topic_company(doc: Doc, amount: Span, data: GermanData) -> Optional[Span]:
    """The last company named before the amount in its paragraph, a few sentences back."""
    para_start, _ = paragraph_bounds(doc, amount.start)
    sent = sentence_of(doc, amount.start)
    for _ in range(_TOPIC_SENTENCES):
        if sent.start <= para_start:
            break
        sent = sentence_of(doc, sent.start - 1)
    start = max(para_start, sent.start)
    before = _companies_between(doc, data, start, amount.start)
    return before[-1] if before else None


def _names_other(doc: Doc, amount: Span, subject: Span, aside: Sequence[Optional[Span]]) -> bool:
    """Whether the amount's clause names a party other than ``subject`` (its own figure): a
    name that is not the claim's source or place (``aside``) nor a place after a preposition
    ("in Mittel- und Osteuropa")."""
    start, end = amount_clause(doc, sentence_of(doc, amount.start), amount)
    places = _words("place_prepositions")
    for m in _mentions_from(doc, start):
        if m.start >= end:
            break
        if m.label_ not in ("organisation", "place", "person") or not mention_is_name(m):
            continue
        if any(a is not None and a.start < m.end and m.start < a.end for a in aside):
            continue
        if m.label_ == "place" and m.start > 0 and doc[m.start - 1].lower_ in places:
            continue
        if not same_referent(m, subject):
            return True
    return False


def report_subject(
    doc: Doc,
    amount: Span,
    data: GermanData,
    carried: Optional[Span] = None,
    aside: Sequence[Optional[Span]] = (),
) -> Optional[Span]:
    """The company whose own figure ``amount`` is: ``carried`` (the company of the report's
    figure before it in its paragraph), else the company its paragraph named last, else the
    subject of the whole text; None when the amount's clause names another party than those
    ``aside`` (its source, its place)."""
    if carried is not None:
        subject = nearest_occurrence(doc, carried, amount)
    else:
        subject = _nearest_company(doc, _topic_company(doc, amount, data) or _text_subject(doc, data), amount, data)
    if subject is None or _names_other(doc, amount, subject, aside):
        return None
    if any(a is not None and (a.start < subject.end and subject.start < a.end or same_referent(a, subject)) for a in aside):
        return None  # who reports the figure does not earn or lose it
    return subject


def report_company(
    doc: Doc, amount: Span, data: GermanData, aside: Sequence[Optional[Span]] = (), reporter: Optional[Span] = None
) -> Optional[Span]:
    """The company the whole report is about (its headline's and lead's, else the one it names
    most often), else the company its paragraph named last, at its occurrence nearest to the
    amount: who pays what a company pays out (a dividend), which a paragraph tells after naming
    its owners or a rival. None for a place, or when the amount's clause names another party
    than those ``aside`` and the claim's ``reporter``; unlike a figure it earns, what a company
    pays out it may report itself ("Der Konzern legte seinen Vergütungsbericht vor")."""
    company = _text_subject(doc, data) or _topic_company(doc, amount, data)
    if company is None or company.label_ == "place":
        return None
    subject = nearest_occurrence(doc, _nearest_company(doc, company, amount, data), amount)
    if subject is None or _names_other(doc, amount, subject, (*aside, reporter)):
        return None
    if any(a is not None and (a.start < subject.end and subject.start < a.end or same_referent(a, subject)) for a in aside):
        return None
    return subject


def fill_own_figures(doc: Doc, decisions: Sequence[_Decision], lowers: Sequence[str], data: GermanData) -> None:
    """Give each revenue claim without a recipient, and each own loss without an agent, the
    company of the report (``report_subject``); a company found for one figure carries to the
    next figure of its paragraph. An own loss has no recipient: one the clause rules gave it (the
    subject of "verlor Einnahmen" read as receiving) is its agent where it has none."""
    carried: Optional[Span] = None
    carried_end = 0
    for decision in decisions:
        if decision.type != "monetary":
            continue
        amount = decision.amount
        if carried is not None and paragraph_bounds(doc, carried_end)[0] != paragraph_bounds(doc, amount.start)[0]:
            carried = None
        if decision.category == "revenue":
            role = "recipient"
        elif decision.category == "damage" and own_loss(doc, amount, lowers):
            role = "agent"
            if decision.roles.get("agent") is None and decision.roles.get("recipient") is not None:
                decision.roles["agent"] = decision.roles["recipient"]
            decision.roles["recipient"] = None  # "Auch für Gazprom ist der Verlust teuer": a loss goes to no one
        else:
            continue
        if decision.roles.get(role) is None:
            aside = (decision.roles.get("source"), decision.roles.get("location"))
            decision.roles[role] = report_subject(doc, amount, data, carried, aside)
        agent, recipient = decision.roles.get("agent"), decision.roles.get("recipient")
        if role == "recipient" and agent is not None and recipient is not None and same_referent(agent, recipient):
            decision.roles["agent"] = None  # who earns the revenue does not pay it
        if decision.roles.get(role) is not None:
            carried, carried_end = decision.roles[role], amount.start


def carry_recipients(doc: Doc, decisions: Sequence[_Decision]) -> None:
    """Give a payment whose sentence names no receiver the named receiver the report speaks of:
    that of the payment before it in its paragraph ("Die EU sagte der Ukraine 50 Milliarden zu.
    Deutschland hat zuletzt 300 Millionen bereitgestellt"), else the party the sentence before
    names as helped ("Österreich stockt seine Hilfe für die Ukraine auf. Die Ministerin kündigte
    weitere 10 Millionen Euro an"); not when the payment's own payer is that party."""
    last: Optional[Span] = None
    last_end = 0
    for decision in decisions:
        if decision.type != "monetary" or decision.category != "payment":
            continue
        amount = decision.amount
        agent, recipient = decision.roles.get("agent"), decision.roles.get("recipient")
        if last is not None and paragraph_bounds(doc, last_end)[0] != paragraph_bounds(doc, amount.start)[0]:
            last = None
        if recipient is None:
            carried = last or _helped_before(doc, amount)
            if carried is not None and not (agent is not None and same_referent(agent, carried)):
                decision.roles["recipient"] = recipient = nearest_occurrence(doc, carried, amount)
        if recipient is not None and is_named(doc, recipient):
            last, last_end = recipient, amount.start


def _helped_before(doc: Doc, amount: Span) -> Optional[Span]:
    """A name after a preposition of benefit ("für die Ukraine", "an Libanon") in the sentence
    before the amount's, in its paragraph."""
    sent = sentence_of(doc, amount.start)
    para_start, _ = paragraph_bounds(doc, amount.start)
    if sent.start <= para_start:
        return None
    before = sentence_of(doc, sent.start - 1)
    for m in _mentions_from(doc, before.start):
        if m.start >= before.end:
            break
        if m.label_ not in ("place", "organisation") or not mention_is_name(m):
            continue
        j = m.start - 1
        while j > before.start and doc[j].lower_ in _words("determiners"):
            j -= 1
        if doc[j].lower_ in role_cue_endings("helped_prepositions"):
            return m
    return None
