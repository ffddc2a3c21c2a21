"""Who pays the money of a programme, a fund, a package or a budget: its owner.

Wire news often names the container of the money rather than the payer: "Aus dem
Katastrophenfonds der EU fließen 80 Millionen", or names the payer only in the sentence that
introduces the container: "Die Landesregierung hat ein Hilfspaket beschlossen. Es umfasst 300
Millionen Euro." The owner is the party in the genitive right after the container noun ("des
Bundes", "der EU"); a container introduced in the sentence before, without such an attribute,
belongs to the party that opens that sentence (its subject: who set up, decided or topped up
the programme). The container nouns live in ``role_cues.json`` ("fund_heads").
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import lowers_of, sentence_of
from ..lang.de import GermanData
from ..lang.de import words as _words
from .paragraphs import paragraph_bounds
from .referents import is_class_noun, named_party, nearest_occurrence
from .role_phrases import amount_clause, mentions_in, role_cue_endings, role_cues

__all__ = ["fill_fund_owners"]

#: The subject opening the sentence before a sentence in its paragraph (``money_parties.paragraph_topic``).
TopicFinder = Callable[[Doc, Span, Sequence[str], GermanData], Optional[Span]]
#: The categories whose payer a container of money names.
_CATEGORIES = ("payment", "cost")
#: The mention kinds that may own a fund (a group, "der Opfer", owns none).
_OWNER_KINDS = ("organisation", "place", "person")
#: The mention kinds of a subject that owns the container it sets up (a state, a body, a company).
_TOPIC_KINDS = ("organisation", "place")
#: The mention kinds that count as a party named in the amount's sentence.
_PARTY_KINDS = ("person", "organisation", "place", "group", "pronoun")
#: How many lower-case words (adjectives) may stand between the genitive article and the owner.
_ADJECTIVES = 2


def fill_fund_owners(doc: Doc, decisions: Sequence, topic_of: TopicFinder, data: GermanData) -> None:
    """Give a payment or cost claim whose payer is a container of money, or who has none, the
    container's owner: the genitive owner of a container named in the amount's clause (a
    container named as payer gives way to it), else, when the amount's sentence names no party
    beside its recipient, the owner of a container the sentence before in its paragraph names
    (its genitive owner, else the subject ``topic_of`` finds there)."""
    lowers = lowers_of(doc)
    for decision in decisions:
        if decision.type != "monetary" or decision.category not in _CATEGORIES:
            continue
        agent = decision.roles.get("agent")
        if agent is not None and not _is_fund(lowers, agent.end - 1):
            continue
        amount = decision.amount
        sent = sentence_of(doc, amount.start)
        start, end = amount_clause(doc, sent, amount)
        if any(lowers[t].endswith(role_cue_endings("fund_saving_endings")) for t in range(sent.start, sent.end)):
            continue  # "Heuer sollen 6,4 Milliarden eingespart werden": saved money nobody pays
        owner = _owner_in(doc, lowers, start, end, amount)
        if owner is None and agent is None and _names_no_party(doc, sent, amount, decision.roles.get("recipient")):
            owner = _owner_before(doc, lowers, sent, topic_of, data)
        if owner is not None:
            # "aus dem Sozialfonds des Unternehmens": the name the common noun stands for
            if is_class_noun(owner[-1].lower_):
                owner = named_party(doc, owner)
            decision.roles["agent"] = nearest_occurrence(doc, owner, amount)


def _is_fund(lowers: Sequence[str], t: int) -> bool:
    """Whether token ``t`` is a noun of a container of money ("Hilfspaket", "Etats"), not one
    that names an organisation ("Welternährungsprogramm", "Währungsfonds")."""
    word = lowers[t]
    return word.endswith(role_cue_endings("fund_heads")) and not word.endswith(role_cue_endings("fund_name_heads"))


def _genitive_owner(doc: Doc, lowers: Sequence[str], t: int, end: int) -> Optional[Span]:
    """The party in the genitive right after the container noun at ``t`` ("des Bundes", "der
    Europäischen Union"), or None."""
    k = t + 1
    if k >= end or lowers[k] not in _words("genitive_attribute_articles"):
        return None
    limit = min(end, k + 2 + _ADJECTIVES + 3)
    return next(
        (m for m in mentions_in(doc, k + 1, limit, _OWNER_KINDS) or [] if m.start - (k + 1) <= _ADJECTIVES and m[0].text[:1].isupper()),
        None,
    )


def _funds(doc: Doc, lowers: Sequence[str], start: int, end: int) -> list[int]:
    """The container nouns among tokens ``start``..``end``: capitalised, not after a word that
    distributes ("jeder Haushalt", "pro Haushalt": a household, no budget)."""
    return [
        t
        for t in range(start, end)
        if _is_fund(lowers, t)  # the word first: no Token built for every word
        and doc[t].text[:1].isupper()
        and not (t > start and lowers[t - 1] in role_cues("fund_distributives"))
    ]


def _owner_in(doc: Doc, lowers: Sequence[str], start: int, end: int, amount: Span) -> Optional[Span]:
    """The genitive owner of the first container noun of the amount's clause outside the amount."""
    for t in _funds(doc, lowers, start, end):
        if amount.start <= t < amount.end:
            continue
        owner = _genitive_owner(doc, lowers, t, end)
        if owner is not None:
            return owner
    return None


def _names_no_party(doc: Doc, sent: Span, amount: Span, recipient: Optional[Span]) -> bool:
    """Whether the amount's sentence names no party but its recipient (a pronoun counts: "Es
    umfasst …" is the container itself, "Er zahlt …" a payer the other rules read)."""
    for m in mentions_in(doc, sent.start, sent.end, _PARTY_KINDS) or []:
        if amount.start <= m.start < amount.end:
            continue
        if recipient is not None and m.start < recipient.end and recipient.start < m.end:
            continue
        if m.label_ == "pronoun" and m.text.lower() in role_cues("fund_pronouns"):
            continue  # "Es umfasst …", "Daraus erhalten …": the container of the sentence before
        return False
    return True


def _owner_before(doc: Doc, lowers: Sequence[str], sent: Span, topic_of: TopicFinder, data: GermanData) -> Optional[Span]:
    """The owner of a container the sentence before names, in the same paragraph: its genitive
    owner, else the subject opening that sentence."""
    first, _ = paragraph_bounds(doc, sent.start)
    if sent.start == 0 or sent.start <= first:
        return None
    previous = sentence_of(doc, sent.start - 1)
    funds = _funds(doc, lowers, previous.start, previous.end)
    if not funds:
        return None
    for t in funds:
        owner = _genitive_owner(doc, lowers, t, previous.end)
        if owner is not None:
            return owner
    topic = topic_of(doc, sent, lowers, data)
    if topic is None or topic.label_ not in _TOPIC_KINDS or _is_fund(lowers, topic.end - 1):
        return None  # a minister presents a budget the state pays; "Der Doppelhaushalt …" owns none
    return topic
