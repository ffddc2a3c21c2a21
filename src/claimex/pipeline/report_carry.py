"""The lead's report goes on in the paragraph after it: the breakdown of its figures.

Wire text opens with the totals of one report and its source ("Auf Österreichs Straßen sind im
vergangenen Jahr 351 Menschen ums Leben gekommen, wie das Innenministerium mitteilte"), then
breaks the totals down in a paragraph of its own, in indicative narration and without naming the
source again ("Die meisten Todesopfer gab es in Niederösterreich mit 95 … Unter den Getöteten
waren 118 Pkw-Insassen"). Such a paragraph carries on the lead's report (AUTHORING.md: across a
paragraph break a source carries for a breakdown), so a figure of it takes the lead's source when

- the paragraph before it is the lead: the first of the body with figures (a headline's
  do not count), so the report is the one that opens the text, not one of many it quotes;
- the figure is a part of a sourced figure of the lead: the same kind of claim, the same
  category, the same currency, and smaller (a total broken down, not restated or compared),
  and so is every figure of its kind before it in its paragraph ("218 Tote" after a lead of
  200 dead tells another event, and so does the rest of that paragraph);
- its own paragraph names no one who speaks: no sentence of it names a source, quotes or asks;
- its clause tells no earlier event in the pluperfect ("der die Firma 2018 für 850 Millionen
  erworben hatte") and its sentence no event of one day ("Am Dienstag verunglückte ein
  Landwirt", "gegen 21 Uhr"): the narration of single events is the writer's, not the report's.

A figure that is a body's own act ("Das Land stellte 1 Mio. Euro bereit") is a new report, and a
count whose harmer the paragraph names ("Sie töteten zwei Pfleger") an event told: the relation
stage drops the source there (:func:`.sources.own_act`, ``Carried.how == "breakdown"``).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional, Protocol, Sequence

from spacy.tokens import Doc, Span, Token

from ..extensions import amount_of, lowers_of, texts_of
from ..lang.de import bare_participle, load_table
from ..lang.de import words as _words
from .cues import is_question
from .role_phrases import amount_clause
from .sources import Carried, ParagraphSources, attribution_words, paragraph_break

__all__ = ["breakdown_source", "earlier_event"]


class _Decision(Protocol):
    amount: Span
    type: str
    category: str
    roles: dict[str, Optional[Span]]


def _size(amount: Span) -> Optional[float]:
    """The figure an amount gives: its lower bound, else its upper one."""
    value = amount_of(amount)
    if value is None:
        return None
    return value.low_float if value.low is not None else value.high_float


def _unit(amount: Span) -> Optional[str]:
    value = amount_of(amount)
    return value.unit if value is not None else None


def _wholes(amount: Span, kind: str, category: str, sourced: Sequence[_Decision]) -> list[_Decision]:
    """The figures of ``sourced`` that ``amount`` (a claim of type ``kind`` and ``category``) is a
    part of: the same type, category and currency, and larger."""
    size = _size(amount)
    if size is None:
        return []
    unit = _unit(amount)
    return [
        d
        for d in sourced
        if d.type == kind and _same_measure(d.category, category) and _unit(d.amount) == unit and (_size(d.amount) or 0.0) > size
    ]


@lru_cache(maxsize=None)
def _same_measure(whole: str, part: str) -> bool:
    """Whether a figure of category ``part`` may break down one of category ``whole``: the same
    category, two of one group ("cost" made available, "payment" received), or an unspecific
    one ("casualties": "Opfer" among the dead)."""
    if whole == part:
        return True
    table = load_table("attribution_cues.json")
    if whole in table["breakdown_any_category"] or part in table["breakdown_any_category"]:
        return True
    return any(whole in group and part in group for group in table["breakdown_category_groups"])


def breakdown_source(
    doc: Doc,
    amount: Span,
    kind: str,
    category: str,
    decisions: Sequence[_Decision],
    paragraph: ParagraphSources,
) -> Optional[Carried]:
    """The source of the lead report a figure breaks down, with the sentence that named it, or
    None; see the module docstring. ``kind``, ``category``: the claim's type and category;
    ``decisions``: the claims decided before it, in text order."""
    starts = paragraph.starts
    k = _sentence_index(starts, amount.start)
    if k is None:
        return None
    first = paragraph.paragraph_start(k)
    if first == 0:
        return None
    lead = paragraph.paragraph_start(first - 1)
    lead_start, own_start = starts[lead], starts[first]
    if lead_start < paragraph.headline_end():
        return None  # a headline's figures are no lead report
    # the decisions are in text order: read back from the last to the first one before the lead
    # (each amount of a long text would otherwise scan every claim before it)
    here: list[_Decision] = []  # the decisions of this paragraph, before this figure
    in_lead: list[_Decision] = []
    before_lead: Optional[_Decision] = None
    for d in reversed(decisions):
        at = d.amount.start
        if at >= own_start:
            here.append(d)
        elif at >= lead_start:
            in_lead.append(d)
        else:
            before_lead = d
            break
    sourced = [d for d in reversed(in_lead) if d.roles.get("source") is not None]
    parts = _wholes(amount, kind, category, sourced)
    if not parts:
        return None
    if before_lead is not None and paragraph.headline_end() <= before_lead.amount.start:
        return None  # the paragraph before is not the lead: figures came before it
    # the paragraph breaks the lead down as a whole: no figure of its kind before this one that
    # is no part of the lead ("218 Tote" after a lead of 200 tells another event)
    if any(d.type == kind and not _wholes(d.amount, d.type, d.category, sourced) for d in reversed(here)):
        return None
    sent = Span(doc, starts[k], paragraph.ends[k])
    if _speaks(doc, paragraph, first, k) or earlier_event(doc, sent, amount) or _dated_event(doc, sent):
        return None
    whole = parts[-1]
    source = whole.roles["source"]
    assert source is not None
    at = _sentence_index(starts, whole.amount.start)
    return Carried(source, "breakdown", lead if at is None else at)


def _speaks(doc: Doc, paragraph: ParagraphSources, first: int, k: int) -> bool:
    """Whether the paragraph of sentence ``k`` (from sentence ``first``) names a source of its own
    or quotes someone: then it is no plain narration of the lead's report."""
    j = first
    marks = attribution_words("quote_openers") | attribution_words("quote_closers")
    while j < len(paragraph.starts):
        if j > first and paragraph_break(doc, paragraph.ends[j - 1], paragraph.starts[j]):
            break
        if paragraph.own(j) is not None or is_question(doc, Span(doc, paragraph.starts[j], paragraph.ends[j])):
            return True  # a source of its own, or a question (an interview, a feature's aside)
        if any(t in marks for t in texts_of(doc)[paragraph.starts[j] : paragraph.ends[j]]):
            return True
        j += 1
    return False


def earlier_event(doc: Doc, sent: Span, amount: Span) -> bool:
    """Whether the clause of ``amount`` tells an earlier event in the pluperfect: "Die Firma
    hatte 2018 850 Millionen bezahlt", "…, der 2018 für 850 Millionen erworben hatte", "Er war
    um 900.000 Euro gekommen" (a participle at the clause's end or right before the auxiliary);
    "Besonders betroffen waren Motorradfahrer" (no participle after it) and "Im Vorjahr waren es
    31 gewesen" (a figure of comparison) tell no event."""
    start, end = amount_clause(doc, sent, amount)
    lowers = lowers_of(doc)
    if any(lowers[t] in attribution_words("comparison_participles") for t in range(start, end)):
        return False  # "Im Vorjahr waren es 31 gewesen": a figure of comparison, no event
    have, be = attribution_words("pluperfect_have"), attribution_words("pluperfect_be")
    for t in range(start, end):
        if lowers[t] in have:
            # "hatte … bezahlt": any participle after the auxiliary ("hatten keinen Führerschein": none)
            if any(_participle(doc[u]) for u in range(t + 1, end)):
                return True
        elif lowers[t] in be:
            last = end - 1
            while last > t and not doc[last].is_alpha:
                last -= 1
            if (last > t and _participle(doc[last])) or (t > start and _participle(doc[t - 1])):
                return True
    return False


def _dated_event(doc: Doc, sent: Span) -> bool:
    """Whether ``sent`` tells an event of a day: a weekday or a part of a day ("Am Dienstag
    verunglückte ein Landwirt", "am Sonntagnachmittag", "in der Nacht") or a clock time ("gegen
    21 Uhr"). A report's breakdown counts over its period, not one day's event."""
    days = _words("time_words")
    clock = attribution_words("clock_words")
    prefixes = tuple(days)  # one C-level test before the compound check
    return any(
        w in days or w in clock or w.startswith(prefixes) and _day_compound(w, days) for w in lowers_of(doc)[sent.start : sent.end]
    )


def _day_compound(word: str, days: frozenset[str]) -> bool:
    """ "sonntagnachmittag", "montags": a time word followed by another or by an adverb's "s"
    (not "Montage", "Nachtragshaushalt")."""
    return any(word.startswith(d) and (word[len(d) :] in days or word[len(d) :] == "s") for d in days if len(word) > len(d))


def _participle(token: Token) -> bool:
    """A past participle in lower case: "gekommen", "ausgezahlt", "investiert"."""
    word = token.lower_
    if not (token.is_lower and token.is_alpha):
        return False
    # a separable particle and "ge" ("ausgezahlt"), an inseparable prefix ("bezahlt", "erworben"), or "-iert"
    inseparable = word.endswith(("t", "en")) and len(word) > 5 and word.startswith(_participle_prefixes())
    return bare_participle(word) or inseparable or word.endswith("iert")


@lru_cache(maxsize=1)
def _participle_prefixes() -> tuple[str, ...]:
    return tuple(load_table("casualty_terms.json")["participle_prefixes"])


def _sentence_index(starts: Sequence[int], token: int) -> Optional[int]:
    """The index of the sentence that holds ``token``."""
    i = bisect_right(starts, token) - 1
    return i if i >= 0 else None
