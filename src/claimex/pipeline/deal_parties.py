"""Who pays and who receives the price of a deal told in the sentence before the price: "Der
Kabelnetzbetreiber Tirolnet übernimmt den Konkurrenten Ländlekabel. Der Kaufpreis liegt bei 286
Mio. Euro." The price sentence names no party; the deal sentence does: its buyer pays and its
seller (the "von" phrase) receives; what is bought is as often a part of the seller as the seller
itself, so it receives nothing. Of "verkauft", the subject is the seller and the "an" phrase the
buyer, also for the price the sale's own clause names ("Die Deutsche Bank verkauft ihre Tochter
für 1,2 Milliarden Euro an Carlyle": Carlyle pays, where the paying rules read the seller as
payer and the "an" phrase as receiver); one reading of the "an" phrase (``_buyer``) serves both. A club that signs a player from another ("hat den Stürmer vom FC Porto verpflichtet. Die
Ablöse liegt bei …") buys him: it pays and the club he comes from receives. The verbs live in
``referent_classes.json`` ("deal_verbs") and ``role_cues.json`` ("signing_verbs").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import lowers_of, sentence_of
from ..lang.de import load_table, words
from .mentions import mention_is_name
from .referents import nearest_occurrence, paragraph_bounds
from .role_phrases import mentions_in, role_cue_endings, role_cues, signs_player

__all__ = ["carry_deal_parties", "going_parties", "sale_noun_parties", "sale_parties"]

#: The mention kinds a buyer, a seller or what is bought can have.
_PARTY_KINDS = ("person", "organisation", "place", "group")
#: What ends the deal verb's clause: its object and "von"/"an" phrases stand before.
_CLAUSE_MARKS = frozenset({",", ";", ":", "–", "(", "."})
#: How many sentences before the price the deal may be told.
_DEAL_SENTENCES = 2


@lru_cache(maxsize=1)
def _deal_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs whose subject buys, verbs whose subject sells), finite forms and participles."""
    table = load_table("referent_classes.json")["deal_verbs"]
    return frozenset(table["buying"]), frozenset(table["selling"])


def carry_deal_parties(doc: Doc, decisions: Sequence) -> None:
    """Give a deal's price (a ``value`` claim whose sentence names neither party and no deal of
    its own) the buyer as agent and the seller as recipient, read from the
    nearest sentence before it in its paragraph that tells a deal."""
    for decision in decisions:
        if decision.type != "monetary" or decision.category != "value":
            continue
        if decision.roles.get("agent") is not None or decision.roles.get("recipient") is not None:
            continue
        amount = decision.amount
        sent = sentence_of(doc, amount.start)
        if _deal_verb(doc, sent) is not None:
            continue  # the deal of its own sentence: the clause rules read it
        deal = _deal_before(doc, sent)
        if deal is None:
            continue
        buyer, seller = deal
        decision.roles["agent"] = nearest_occurrence(doc, buyer, amount) if buyer is not None else None
        decision.roles["recipient"] = nearest_occurrence(doc, seller, amount) if seller is not None else None


def sale_parties(doc: Doc, decisions: Sequence) -> None:
    """Give a price (a ``value`` claim) whose own clause sells something to a buyer named after
    "an" ("X verkauft Y für 1,2 Milliarden Euro an Z") the buyer as agent and the seller, the
    subject, as recipient."""
    _, selling = _deal_verbs()
    lowers = lowers_of(doc)
    for decision in decisions:
        if decision.type != "monetary" or decision.category != "value":
            continue
        amount = decision.amount
        sent = sentence_of(doc, amount.start)
        verb = next((t for t in range(sent.start, sent.end) if lowers[t] in selling), None)
        if verb is None or _clause_break_between(doc, min(verb, amount.start), max(verb, amount.end)):
            continue
        buyer, seller = _parties(doc, sent, verb, names_only=False)
        if buyer is not None and seller is not None:
            decision.roles["agent"] = buyer
            decision.roles["recipient"] = seller


@lru_cache(maxsize=1)
def _going_verbs() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(buyer prepositions -> the verbs they follow, price prepositions)."""
    table = load_table("referent_classes.json")["deal_verbs"]
    return {p: frozenset(v) for p, v in table["going"].items()}, frozenset(table["price_prepositions"])


#: How many words a price phrase spans from "für" to the amount ("für eine Ablöse von rund").
_PRICE_REACH = 5


def going_parties(doc: Doc, decisions: Sequence) -> None:
    """Give a price whose clause tells something sold or a player transferred going to a buyer
    ("Die Firma war für 2,6 Mrd. $ an einen japanischen Käufer gegangen", "Der Stürmer wechselt
    für 14 Millionen Euro zu Brentford") the buyer as agent: what goes is the subject and pays
    nothing. The seller is who the "von" phrase names, else none (the clause rules read the
    buyer as the one who receives). Without "für" before the amount the verb tells no price
    ("Das Preisgeld von 25.000 Euro geht an X": X receives it)."""
    going, price = _going_verbs()
    lowers = lowers_of(doc)
    for decision in decisions:
        if decision.type != "monetary" or decision.category not in _PAID_CATEGORIES:
            continue
        amount = decision.amount
        sent = sentence_of(doc, amount.start)
        start = next((t + 1 for t in range(amount.start - 1, sent.start - 1, -1) if doc[t].text in _CLAUSE_MARKS), sent.start)
        end = next((t for t in range(amount.end, sent.end) if doc[t].text in _CLAUSE_MARKS), sent.end)
        if not any(lowers[t] in price for t in range(max(start, amount.start - _PRICE_REACH), amount.start)):
            continue
        found = [m for m in mentions_in(doc, start, end, _PARTY_KINDS) or [] if m[-1].text[:1].isupper()]
        buyer = None
        for at in range(start, end - 1):
            verbs = going.get(lowers[at])
            if verbs is None or not any(lowers[v] in verbs for v in range(start, end)):
                continue
            if lowers[at] == "an" and lowers[at + 1] in _sale_buyer_blockers():
                continue
            buyer = next((m for m in found if 0 < m.start - at <= _BUYER_REACH), None)
            if buyer is not None:
                break
        if buyer is None:
            continue
        seller = next((m for m in found if _after(doc, m, start, words("passive_agents"))), None)
        decision.roles["agent"] = buyer
        decision.roles["recipient"] = seller


@lru_cache(maxsize=1)
def _sale_buyer_blockers() -> frozenset[str]:
    return frozenset(load_table("referent_classes.json")["deal_verbs"]["sale_buyer_blockers"])


#: How many words a sale phrase spans from its noun to its buyer ("Verkauf des Stürmers Jonas Keller an den FC Chelsea").
_SALE_PHRASE = 10
#: The categories a sale's price or proceeds take: the buyer pays them.
_PAID_CATEGORIES = ("value", "payment")


def sale_noun_parties(doc: Doc, decisions: Sequence) -> None:
    """Give a money claim whose clause tells a sale by its noun with a buyer after "an" ("Für den
    Verkauf des Stürmers an den FC Chelsea kassierte Freiburg …", "Der Verkauf der Tochter an
    Cinven bringt dem Konzern …") the buyer as payer (of a price or payment; proceeds stay
    unpaid, as revenue is) and, where the clause rules read the buyer or what is sold as the
    receiver, the first party outside the sale phrase instead: the seller."""
    lowers = lowers_of(doc)
    nouns = role_cue_endings("sale_nouns")
    for decision in decisions:
        if decision.type != "monetary":
            continue
        amount = decision.amount
        sent = sentence_of(doc, amount.start)
        noun = next((t for t in range(sent.start, sent.end) if lowers[t].endswith(nouns) and doc[t].is_title), None)
        if noun is None:
            continue
        # the sale phrase: the noun, what is sold, "an" and the buyer, within the noun's clause
        end = next((t for t in range(noun, min(sent.end, noun + _SALE_PHRASE)) if doc[t].text in _CLAUSE_MARKS), min(sent.end, noun + _SALE_PHRASE))
        found = [m for m in mentions_in(doc, sent.start, sent.end, _PARTY_KINDS) or [] if m[-1].text[:1].isupper()]
        buyer = _buyer(doc, [m for m in found if noun < m.start and m.end <= end], noun + 1, end)
        if buyer is None or noun <= amount.start < buyer.end:
            continue  # "der Verkauf von Aktien für 2 Millionen an X": the clause rules read it
        if decision.category in _PAID_CATEGORIES:
            decision.roles["agent"] = buyer
        recipient = decision.roles.get("recipient")
        if recipient is not None and noun <= recipient.start < buyer.end:
            seller = next(
                (m for m in found if not noun <= m.start < buyer.end and m.label_ != "place" and not _after(doc, m, sent.start, _oblique())),
                None,
            )
            decision.roles["recipient"] = seller


def _clause_break_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a mark that ends a clause stands between tokens ``start`` and ``end``."""
    return any(doc[t].text in _CLAUSE_MARKS for t in range(start, end))


def _deal_before(doc: Doc, sent: Span) -> Optional[tuple[Optional[Span], Optional[Span]]]:
    """(buyer, seller) of the nearest deal told before ``sent`` in its paragraph, or None."""
    first, _ = paragraph_bounds(doc, sent.start)
    before = sent
    for _ in range(_DEAL_SENTENCES):
        if before.start <= first or before.start == 0:
            return None
        before = sentence_of(doc, before.start - 1)
        verb = _deal_verb(doc, before)
        if verb is not None:
            parties = _parties(doc, before, verb)
            return parties if parties != (None, None) else None
    return None


def _deal_verb(doc: Doc, sent: Span) -> Optional[int]:
    """The token of a verb of buying, selling or signing a player in ``sent``, or None; a
    reflexive "verpflichtet sich" signs no one."""
    buying, selling = _deal_verbs()
    lowers = lowers_of(doc)
    return next(
        (t for t in range(sent.start, sent.end) if lowers[t] in buying or lowers[t] in selling or signs_player(lowers, t, sent.start, sent.end)),
        None,
    )


def _parties(doc: Doc, sent: Span, verb: int, names_only: bool = True) -> tuple[Optional[Span], Optional[Span]]:
    """(buyer, seller) of the deal verb at ``verb``: the subject before it and the "von" (seller)
    or "an" (buyer) phrase of its clause after it. A deal told in a sentence before its price
    has names only for parties; ``names_only`` False admits nouns ("Die Eigentümerfamilie")."""
    found = mentions_in(doc, sent.start, sent.end, _PARTY_KINDS) or []
    # names only: "die Rüstungsindustrie", "russisches" (an adjective) are no party of a deal
    found = [m for m in found if (mention_is_name(m) or not names_only) and m[-1].text[:1].isupper()]
    # the subject of the verb's own clause: no dateline ("Bern – …"), no party of a clause before
    # a relative one ("ermittelt gegen eine Firma, die Öl verkauft haben soll")
    clause_start = next((t.i + 1 for t in reversed(doc[sent.start : verb]) if t.text in _CLAUSE_MARKS), sent.start)
    clause_end = next((t.i for t in doc[verb : sent.end] if t.text in _CLAUSE_MARKS), sent.end)
    before = [m for m in found if clause_start <= m.start and m.end <= verb and not _after(doc, m, sent.start, _oblique())]
    if verb + 1 == clause_end:
        # a participle that ends its clause ("X hat Y vom FC Porto verpflichtet"): the subject opens
        # the clause, the objects and "von"/"an" phrases stand between it and the verb; in a
        # passive ("Y wurde von X übernommen") the first party is what is bought
        if any(t.lower_ in _passive() for t in doc[clause_start:verb]):
            return None, None
        subject = before[0] if before else None
        after = [m for m in found if subject is not None and subject.end <= m.start and m.end <= verb]
        objects = (subject.end, verb) if subject is not None else (verb, verb)
    else:
        subject = before[-1] if before else None
        after = [m for m in found if verb < m.start and m.end <= clause_end]  # not "…, wie beide Unternehmen"
        objects = (verb + 1, clause_end)
    from_phrase = next((m for m in after if _after(doc, m, sent.start, words("passive_agents"))), None)
    to_phrase = _buyer(doc, after, *objects)
    if doc[verb].lower_ in _deal_verbs()[1]:
        return to_phrase, subject  # "X verkauft Y an Z": Z pays X
    if doc[verb].lower_ in role_cues("signing_verbs") and from_phrase is None:
        return None, None  # a signing is a deal only with the club the player leaves
    return subject, from_phrase  # what is bought is as often the seller as a part of it


def _after(doc: Doc, m: Span, sent_start: int, prepositions: frozenset[str]) -> bool:
    """Whether mention ``m`` follows one of ``prepositions`` (determiners and adjectives between)."""
    j = m.start - 1
    while j >= sent_start and (doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in prepositions):
        j -= 1
    return j >= sent_start and doc[j].lower_ in prepositions


#: How many words may stand between "an" and the buyer's mention ("an den US-Finanzinvestor Carlyle").
_BUYER_REACH = 4


def _buyer(doc: Doc, after: Sequence[Span], start: int, end: int) -> Optional[Span]:
    """The party of a deal's "an" phrase (tokens ``start``..``end``) among the mentions
    ``after`` the subject: the first within a few words after an "an" ("an den Finanzinvestor
    KKR", "an die Guangdong Toy Group"), not after one that takes a dative article ("Anteile an
    der Post": a stake in it, no buyer)."""
    lowers = lowers_of(doc)
    for at in range(start, end - 1):
        if lowers[at] != "an" or lowers[at + 1] in _sale_buyer_blockers():
            continue
        found = next((m for m in after if 0 < m.start - at <= _BUYER_REACH and m[-1].text[:1].isupper()), None)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def _passive() -> frozenset[str]:
    return frozenset(load_table("referent_classes.json")["deal_verbs"]["passive"])


@lru_cache(maxsize=1)
def _oblique() -> frozenset[str]:
    """Prepositions whose object is neither the subject nor what is bought."""
    return words("to_prepositions") | words("from_prepositions") | words("not_subject_prepositions") | {"an", "von", "am", "vom"}
