"""``claimex_relations``: decide which amounts are claims, of what category, with which roles.

Writes ``doc._.claimex_relations``: one :class:`ClaimDecision` per claim, holding spaCy spans
only (the claim builder turns them into character offsets). This rule-based stage is the
baseline for the trained relation classifier, which fills the same structure.

Rules, in short:

- money: every amount of kind ``money`` is a monetary claim; its category is decided by
  :mod:`~claimex.pipeline.money_category` (the cue that governs the amount, else the nearest of
  its clause and sentence, else the paragraph's topic).
- casualty: a count is a casualty claim when its head noun is a casualty noun ("20 Tote",
  "40 Verschüttete"), when a casualty noun names it ("die Leichen aller 37 Passagiere", "elf
  Feuerwehrleute unter den Verletzten"), when none of it survived ("von den 120 Insassen
  überlebte keiner"), or when its head is a person noun (by table or by form, see
  ``lang/de/persons.py``) or absent and the nearest harm word of the sentence says killed,
  injured, missing or captured ("2000 Soldaten ... gefallen") before any word that says the
  people were not harmed ("evakuiert"). Only counts and sums that can be claims stand between
  a count and its harm word, and not when they stand aside (brackets, dashes, a comma
  insertion) or in one list with it ("17 Arbeiter, zwei Ingenieure und ein Fahrer wurden
  verschleppt"). A breakdown ("darunter drei Kinder") takes the category of the count it
  breaks down. A count without a noun of its own has no victim. The words around the harm word
  then refine the category (:mod:`~claimex.pipeline.casualty_category`: "Tote und Vermisste"
  are casualties, "tödlich verletzt" killed, "zwei Geiseln wurden verletzt" injured).
- hedged: decided by :class:`~claimex.pipeline.hedges.HedgeScope` (hedge words, frames
  and their scope).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import AMOUNTS_KEY, amount_of, install_extensions, lowers_of, sentence_of, sentence_start
from ..lang.de import GermanData, german, load_table
from ..lang.de import words as _words
from ..lang.de.persons import harm_noun, is_person
from ..numbers.amount import Amount
from .adverb_openers import adverb_opener
from .age_referents import person_of_age_noun
from .bequests import fill_testators
from .breakdown_agents import breaks_down, toll_agent
from .casualty_category import CasualtyCategory
from .causers import body_name, event_causer, stands_apart
from .claimants import responsibility_claimant
from .company_payouts import fill_payout_payers, fill_payout_receivers, fill_staff_pay_payers
from .cues import CLAUSE_BREAKS, Cue, SentenceCues, clause_of, find_cues
from .datelines import body_start
from .deal_parties import carry_deal_parties, going_parties, sale_noun_parties, sale_parties
from .distant_payers import drop_distant_person_payers
from .event_anaphora import told_event_actor
from .fund_owners import fill_fund_owners
from .harmers import active_perfect, event_perpetrator, find_attacker, later_description
from .heading_sources import heading_source
from .hedges import HedgeScope, PriorClaim
from .market_quotes import market_quote
from .money_category import MoneyCategorizer
from .money_parties import find_money_parties, impersonal_payer, names_earnings, paragraph_topic, restates_figure
from .paragraphs import break_between
from .referents import nearest_occurrence, resolve_parties, same_referent
from .report_carry import breakdown_source, earlier_event
from .report_subject import carry_recipients, fill_own_figures
from .role_phrases import inflected_in, role_cue_endings, role_cues
from .source_finder import find_source, is_source_noun
from .source_names import written_source
from .sources import (
    ParagraphSources,
    attribution_words,
    clause_source,
    counted,
    cue_attributed,
    issuer_occurrence,
    own_act,
    own_statement_subject,
    paragraph_break,
    release_issuer,
    reports_apart,
    source_mentions,
    statement_of,
    threatened_penalty,
    ties_back,
    with_name,
)
from .time_place import find_location, find_time
from .told_actors import paragraph_actor
from .victims import find_victim, noun_after, partitive_whole

__all__ = ["ClaimDecision", "RuleRelationScorer", "make_relation_scorer"]

#: Amounts that can be claims of their own: only they stand between a count and its harm word.
_BLOCKING_KINDS = {"count", "money"}
# words between a breakdown opener and its count: "Unter ihnen seien auch drei …"
_BREAKDOWN_REACH = 4


@lru_cache(maxsize=1)
def _breakdown_after() -> tuple[list[str], ...]:
    """The phrases after a count that make it part of the count before ("Sieben von ihnen"), as word lists."""
    return tuple(p.split() for p in sorted(_words("breakdown_after")))


def _part_of(part: Span, whole: Span) -> bool:
    """True when the count ``part`` can be a part of the count ``whole``: it is smaller."""
    low, whole_low = amount_of(part).low_float, amount_of(whole).low_float
    return low is not None and whole_low is not None and low < whole_low


@lru_cache(maxsize=1)
def _phrase_prepositions() -> frozenset[str]:
    """Prepositions whose object is no subject nor object of the clause ("mit 30 Schüssen", "in zwei Bars")."""
    return _words("not_subject_prepositions") | _words("place_prepositions")


def _came_out_unhurt(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` go on with the same subject and say it came out
    unhurt ("wurde verschüttet, konnte sich aber befreien und blieb unverletzt"); not when a
    new subject opens a clause before ("…, sein Kollege blieb unverletzt", "…, zahlreiche
    Demonstranten blieben unverletzt")."""
    lowers = lowers_of(doc)
    linked = False
    for t in range(start, end):
        if lowers[t] in role_cues("unharmed_states"):
            return True
        if lowers[t] in role_cues("unhurt_clause_links"):
            linked = True
            if t + 1 < end and _opens_subject(doc, lowers, t + 1):
                return False
        elif linked and doc[t].text[:1].isupper():
            return False  # a noun after the link: a subject of its own
    return False


@lru_cache(maxsize=1)
def _np_openers() -> frozenset[str]:
    return frozenset(load_table("mention_words.json")["np_openers"])


def _opens_subject(doc: Doc, lowers: Sequence[str], t: int) -> bool:
    """Whether token ``t`` may open a noun phrase: a capitalised word, an article, a possessive,
    a pronoun."""
    return doc[t].text[:1].isupper() or lowers[t] in _np_openers() or lowers[t] in _words("subject_pronouns")


@lru_cache(maxsize=1)
def _breakdown_openers() -> tuple[list[str], ...]:
    return tuple(p.split() for p in sorted(_words("breakdown_openers")))


def _opens_breakdown(doc: Doc, lowers: Sequence[str], amount: Span) -> bool:
    """Whether the count's sentence opens with a breakdown phrase ("Unter ihnen seien drei
    Sanitäter", "Darunter sind auch zwei Kinder") and the count follows within a few words."""
    start = sentence_start(doc, amount.start)
    for phrase in _breakdown_openers():
        end = start + len(phrase)
        if lowers[start:end] == phrase and amount.start - end <= _BREAKDOWN_REACH:
            return True
    return False


@dataclass
class ClaimDecision:
    """What the relation stage decided for one amount span.

    evidence (str): the rule that made the amount a claim ("money.text", "casualty.noun" ...);
        its measured precision (``confidence.json``) is the claim's confidence.
    """

    amount: Span
    type: str
    category: str
    evidence: str
    hedged: bool = False
    roles: dict[str, Optional[Span]] = field(default_factory=dict)
    confidence: float = 0.5
    #: a probability per field ("category", "hedged", "agent" ...) where the stage gives one
    field_confidence: dict[str, float] = field(default_factory=dict)


class RuleRelationScorer:
    """The rule-based relation stage; see the module docstring."""

    def __init__(self, data: Optional[GermanData] = None):
        install_extensions()
        self.data = data or german()
        self.hedges = HedgeScope(self.data)
        self.money_categories = MoneyCategorizer()
        self.casualty_category = CasualtyCategory()

    # -- casualty ---------------------------------------------------------------------

    def _harm(self, amount: Span, cues: SentenceCues, amounts: Sequence[Span]) -> Optional[Cue]:
        """The harm word that speaks of this count: the nearest after it, else before it.

        Another count or sum between them blocks the way, unless it names the whole of a
        partitive ("Sieben der 14 Migranten wurden verletzt") or stands aside (see
        :meth:`_aside_count`); ages, years, dates and ordinals never block."""
        doc = amount.doc
        for c in cues.casualty + cues.not_harmed:
            # the word right before the count that governs it: "tötete vier Menschen und verletzte
            # 23", "die Rettung von 33 Bergleuten, die eingeschlossen waren"
            links = range(c.end, amount.start)
            if (
                c.end <= amount.start
                and len(links) <= 1
                and all(doc[t].lower_ in _words("genitive_links") for t in links)
            ):
                if c in cues.casualty and not links and doc[c.start].is_lower:
                    return c
                if c in cues.not_harmed and links and doc[c.start].is_title:
                    return None
        lowers = [doc[a.start - 1].lower_ if a.start else "" for a in amounts]
        in_sentence = [a for a in amounts if cues.sent.start <= a.start < cues.sent.end]
        listed = self._list_after(doc, amount, in_sentence)
        others = [
            a.start
            for a, before in zip(amounts, lowers, strict=True)
            if a.start != amount.start
            and cues.sent.start <= a.start < cues.sent.end
            and amount_of(a).kind in _BLOCKING_KINDS
            and not (before in _words("partitive") and a.start - 1 == amount.end)
            # "wurden zwei Polizisten von einem Mann verletzt": who harmed leaves the way free
            and not (before in self.data.harm_roles["harm_agent_prepositions"] and a.start - 1 > amount.end)
            # "17 Arbeiter, zwei Ingenieure und ein Fahrer wurden verschleppt": a list shares its verb
            and a.start not in listed
            and not (a.start > amount.end and self._aside_count(doc, amount, a, cues))
        ]
        blocked_after = min([s for s in others if s > amount.start], default=cues.sent.end)
        # "wegen Geiselnahme verurteilt": a harm named as a charge or a reason says nothing of the count
        harms = [
            c
            for c in cues.casualty
            if (c.start == 0 or doc[c.start - 1].lower_ not in _words("reason_prepositions"))
            and not self._harmed_none(doc, c, amount, cues.sent)
        ]
        # "bei den Kämpfen getötet": a verb of no harm written capitalised inside a sentence is a noun
        unharmed = [c for c in cues.not_harmed if not (doc[c.start].is_title and not doc[c.start].is_sent_start)]
        after = [
            c
            for c in harms + unharmed
            if amount.end <= c.start < blocked_after and not self._in_relative_clause(doc, c.start, amount, cues.sent)
        ]
        if after:
            first = min(after, key=lambda c: c.start)
            if first in harms and first.value != "killed" and _came_out_unhurt(doc, first.end, blocked_after):
                return None  # "wurde verschüttet, konnte sich aber befreien und blieb unverletzt"
            return first if first in harms else None
        before = [c for c in harms if c.end <= amount.start and cues.in_scope(c, amount)]
        blocked_before = max([s for s in others if s < amount.start], default=-1)
        if any(blocked_before < c.start for c in unharmed if c.end <= amount.start):
            return None
        return max(before, key=lambda c: c.start, default=None)

    def _harmed_none(self, doc: Doc, cue: Cue, amount: Span, sent: Span) -> bool:
        """The harm word stands in another clause than the count, and that clause says nobody was
        harmed ("Der Bus war mit 40 Kindern besetzt, verletzt wurde niemand"): it speaks of no count."""
        clause = clause_of(doc, sent, cue.start)
        if clause[0] <= amount.start < clause[1]:
            return False
        words = lowers_of(doc)
        return any(words[t] in self.data.zero_words for t in range(*clause))

    @staticmethod
    def _list_after(doc: Doc, amount: Span, amounts: Sequence[Span]) -> set[int]:
        """Starts of the counts listed after ``amount`` in one list with it: each joined to the one
        before by a comma or "und"/"sowie"/"oder" after at most a short noun phrase, and the list
        closed by "und"/"sowie"/"oder" ("17 Arbeiter, zwei Ingenieure und ein Fahrer", "...
        und der Koch"); empty when the counts only follow one another ("300 Menschen, 20 wurden
        verletzt")."""
        members: list[int] = []
        closed = False
        last = amount
        for other in amounts:
            if other.start < last.end:
                continue
            if amount_of(other).kind != "count" or other.start - last.end > 5:
                break
            separator = doc[other.start - 1].lower_
            phrase = doc[last.end : other.start - 1]
            if separator not in _words("list_separators") or any(
                t.is_punct or t.lower_ in _words("not_adjectives") for t in phrase
            ):
                break
            members.append(other.start)
            closed = separator != ","
            last = other
        if members and not closed:
            # the list may close on a member with no number: "..., zwei Ingenieure und der Fahrer"
            t = last.end
            while (
                t < len(doc)
                and t - last.end < 4
                and not doc[t].is_punct
                and doc[t].lower_ not in _words("not_adjectives")
            ):
                t += 1
            closed = t < len(doc) and doc[t].lower_ in _words("list_separators") and doc[t].text != ","
        return set(members) if closed else set()

    @staticmethod
    def _object_follows(
        doc: Doc, amount: Span, clause: tuple[int, int], cues: SentenceCues, amounts: Sequence[Span]
    ) -> bool:
        """After an active harm verb, another count of the clause follows this one with no harm
        word or "und" between: this count is the subject ("tötete ein Islamist einen Polizisten")."""
        for other in amounts:
            if not amount.end <= other.start < clause[1] or amount_of(other).kind != "count":
                continue
            if doc[other.start - 1].lower_ in _words("place_prepositions"):
                continue  # "erschoss neun Menschen in zwei Bars": a count in a phrase of place is no object
            between = range(amount.end, other.start)
            return not any(doc[t].lower_ in _words("coordinators") for t in between) and not any(
                c.start in between for c in cues.casualty
            )
        return False

    @staticmethod
    def _subject_count(doc: Doc, amount: Span, harm: Cue, clause: tuple[int, int], amounts: Sequence[Span]) -> bool:
        """The count stands before the harm verb and another count of its clause follows the verb
        with no "und" between: the verb's object, so this count is its subject and did the harm
        ("Zwei Männer töteten drei Menschen", "Ein Mann verletzte in Aschaffenburg zwei Menschen")."""
        if harm.start < amount.end or any(
            doc[t].lower_ in _words("coordinators") or doc[t].text == "," for t in range(amount.end, harm.start)
        ):
            return False  # "tötete vier Menschen und verletzte 23 weitere": the verb of another conjunct
        prepositions = _phrase_prepositions()
        starts = {a.start for a in amounts}
        for t in range(harm.end, clause[1]):
            if t in starts:
                break
            if doc[t].lower_ in _words("determiners") and doc[t - 1].lower_ not in prepositions:
                return False  # "Drei Polizisten tötete der Attentäter mit 30 Schüssen": the subject follows the verb
        for other in amounts:
            if harm.end <= other.start < clause[1] and amount_of(other).kind == "count":
                if doc[other.start - 1].lower_ in prepositions:
                    continue  # "bei 15 Angriffen": a count in a prepositional phrase is no object
                return not any(doc[t].lower_ in _words("coordinators") for t in range(harm.end, other.start))
        return False

    @staticmethod
    def _in_relative_clause(doc: Doc, i: int, amount: Span, sent: Span) -> bool:
        """True when token ``i`` lies in a clause opened by a preposition and a relative pronoun
        ("..., bei denen viele Menschen starben") that does not hold ``amount``."""
        start, _ = clause_of(doc, sent, i)
        return (
            not start <= amount.start < i
            and start > sent.start
            and start + 1 < sent.end
            and doc[start - 1].text == ","
            and doc[start].lower_ in _words("relative_prepositions")
            and doc[start + 1].lower_ in _words("relative_pronouns")
        )

    @staticmethod
    def _aside_count(doc: Doc, amount: Span, other: Span, cues: SentenceCues) -> bool:
        """True when ``other``, a count after ``amount``, stands aside from the clause that holds
        ``amount`` and waits for its verb: in brackets or dashes, or in a comma insertion before
        that verb ("Drei Urlauber, darunter zwei Kinder, kamen ums Leben")."""
        where = cues.aside(other.start)
        if where is not None and where != cues.aside(amount.start):
            return True
        start, end = clause_of(doc, cues.sent, other.start)
        own_start, own_end = clause_of(doc, cues.sent, amount.start)
        return (
            own_end == start - 1
            and doc[own_end].text == ","
            and end + 1 < cues.sent.end
            and doc[end].text == ","
            and doc[end + 1].is_lower
            # neither clause has a verb of its own: "bei denen 346 Menschen starben," is no insertion
            and not any(own_start <= c.start < end for c in cues.casualty + cues.not_harmed)
        )

    def _agent_of_passive(
        self,
        doc: Doc,
        amount: Span,
        head: Optional[int],
        clause: tuple[int, int],
        cues: SentenceCues,
        lowers: Sequence[str],
        amounts: Sequence[Span],
    ) -> bool:
        """The count stands in the "von" phrase of a passive whose harm word follows it ("wurde von
        einem Polizisten getötet", "wurde von zwei maskierten Männern überwältigt und verschleppt"):
        it counts who did the harm. Not the whole of a partitive ("sieben von 14 Migranten
        wurden verletzt") nor a count of casualties ("von 20 Verletzten")."""
        s = amount.start
        if s == 0 or lowers[s - 1] not in self.data.harm_roles["harm_agent_prepositions"] or not clause[0] < s:
            return False
        if any(a.end == s - 1 for a in amounts) or head is not None and self._casualty_noun(doc, head, lowers):
            return False
        if not set(lowers[clause[0] : clause[1]]) & set(self.data.harm_roles["passive_auxiliaries"]):
            return False
        after = head + 1 if head is not None else amount.end
        return any(after <= c.start < cues.sent.end and doc[c.start].is_lower for c in cues.casualty)

    def _perpetrators_harmed(self, decision: ClaimDecision, lowers: Sequence[str]) -> bool:
        """The count's victims are perpetrators ("fünf mutmaßliche Terroristen", "alle sechs Angreifer")."""
        victim = decision.roles.get("victim")
        return victim is not None and bool(self.data.perpetrator_nouns.get(lowers[victim.end - 1]))

    @staticmethod
    def _is_person(word: str) -> bool:
        return is_person(word)

    @staticmethod
    def _casualty_noun(doc: Doc, t: int, lowers: Sequence[str]) -> Optional[str]:
        """The category of token ``t`` as a casualty noun ("Tote", and a capitalised participle
        of harm: "Verschüttete"), or None."""
        return harm_noun(lowers[t]) if doc[t].is_title else None

    def _is_object(self, word: str) -> bool:
        d = self.data
        return bool(
            d.non_person_nouns.get(word)
            or d.measure_units.get(word)
            or d.duration_units.get(word)
            or d.money_nouns.get(word)
        )

    def _casualty(
        self,
        doc: Doc,
        amount: Span,
        cues: SentenceCues,
        lowers: Sequence[str],
        amounts: Sequence[Span],
        previous: Optional[ClaimDecision],
    ) -> Optional[ClaimDecision]:
        d = self.data
        clause = clause_of(doc, cues.sent, amount.start)
        naming = _words("naming")
        if any(lowers[t] in naming for t in range(cues.sent.start, clause[1])):
            return None  # "Bei den Toten handelt es sich um eine 44-jährige Frau": naming, not counting
        if amount_of(amount).article and self._names_someone(doc, amount, cues, lowers, clause, previous):
            return None
        head = noun_after(doc, amount.end, cues.sent.end)
        glued = amount.end < len(doc) and not doc[amount.end - 1].whitespace_ and doc[amount.end].text == "-"
        if glued and not amount_of(amount).article:
            return None  # "2000-Einwohner-Dorf"
        if head is not None and self._object_of_harm(doc, amount, head, cues, lowers):
            head = None  # "27 weitere erlitten Verletzungen": the noun belongs to the verb, the count has none
        if self._agent_of_passive(doc, amount, head, clause, cues, lowers, amounts):
            return None  # "Der Täter wurde von einem Polizisten getötet": who harmed, not who was harmed
        roles: dict[str, Optional[Span]] = {}
        if head is not None and (category := self._casualty_noun(doc, head, lowers)):
            roles["trigger"] = doc[head : head + 1]
            harm = self._harm(amount, cues, amounts)
            if harm is not None and category in ("missing", "captured") and harm.value == "killed":
                category = harm.value  # "zwei Vermisste wurden tot geborgen", "21 Geiseln kamen ums Leben"
                roles["trigger"] = harm.span(doc)
            elif category == "casualties" and (said := self._harm_of_victims(amount, head, clause, cues, amounts)):
                category = said.value  # "sieben Opfer schweben in Lebensgefahr": the clause says how they were harmed
                roles["trigger"] = said.span(doc)
            elif (
                category in ("missing", "captured")
                and (said := self._harm_of_victims(amount, head, clause, cues, amounts))
                and said.value == "killed"
                and said.start > head  # not "1200 Menschen getötet und 251 Geiseln verschleppt"
            ):
                # "kamen 21 Geiseln und vier Soldaten ums Leben": the clause says they died (CLAIMS.md)
                category = said.value
                roles["trigger"] = said.span(doc)
                roles["victim"] = find_victim(doc, amount, head)  # the noun still names who died
            if category == "captured":
                roles["victim"] = find_victim(doc, amount, head)  # "251 Geiseln": the noun names who was taken
            elif (whole := partitive_whole(doc, amount)) is not None:
                roles["victim"] = whole  # "sechs der Opfer": the part of a whole of people
            return ClaimDecision(amount, "casualty", category, evidence="casualty.noun", roles=roles)
        # the amount stage took an article after a casualty noun for a person ("die Leiche eines Anglers")
        genitive_person = amount_of(amount).article and lowers[amount.start] in _words("genitive_articles")
        if (
            amount_of(amount).article
            and head is not None
            and is_source_noun(lowers[head], d)
            and (
                any(c.end == amount.start for c in cues.source_before + cues.speech)
                or any(head < c.start < clause[1] for c in cues.speech + cues.source_after)
            )
        ):
            # "laut einer Sprecherin", "sagt eine Sprecherin", "wie eine Sprecherin betonte": who
            # speaks, not who was harmed
            return None
        if (
            amount_of(amount).article
            and head is not None
            and not self._casualty_noun(doc, head, lowers)
            and any(c.end == amount.start for c in cues.speech)
        ):
            return None  # "sagt eine Nachbarin", but "meldet einen Toten" counts
        if head is not None and (genitive_person or self._is_person(lowers[head])):
            named_by = self._casualty_noun_of(doc, amount, cues.sent, lowers)
            if named_by is None:
                named_by = self._among(doc, amount, cues.sent, lowers)
            if named_by is not None:
                # "die Leichen aller 37 Passagiere", "elf Feuerwehrleute unter den Verletzten"
                roles["trigger"], roles["victim"] = doc[named_by : named_by + 1], find_victim(doc, amount, head)
                # "Unter den Opfern ist ein Kind" stays casualties after a death toll (CLAIMS.md)
                category = str(self._casualty_noun(doc, named_by, lowers))
                return ClaimDecision(amount, "casualty", category, evidence="casualty.count_of", roles=roles)
            survived = self._none_survived(doc, amount, cues.sent, lowers)
            if survived is not None:
                # "von den 120 Insassen überlebte keiner": all of them were killed
                roles["trigger"], roles["victim"] = doc[survived : survived + 1], find_victim(doc, amount, head)
                return ClaimDecision(amount, "casualty", "killed", evidence="casualty.harm_person", roles=roles)
        harm = self._harm(amount, cues, amounts)
        counted_subject: list[bool] = []  # _subject_count, read at most once

        def subject_count() -> bool:
            assert harm is not None  # read only once a harm word is found
            if not counted_subject:
                counted_subject.append(self._subject_count(doc, amount, harm, clause, amounts))
            return counted_subject[0]

        if harm is not None and (
            lowers[harm.start] in d.active_triggers
            or self._perfect_subject(amount, harm, clause, lowers)
            or lowers[harm.start] in role_cues("ambiguous_harm_verbs") and subject_count()
        ):
            # "ein Angreifer tötete ...", "töteten drei Attentäter ...": the counted did the harm
            perpetrators = head is not None and d.perpetrator_nouns.get(lowers[head])
            # "Sicherheitskräfte töteten alle sechs Angreifer": counted perpetrators after the verb,
            # with no other count after them, are its object
            killed_perpetrators = harm.end <= amount.start and not self._object_follows(doc, amount, clause, cues, amounts)
            if (
                perpetrators
                and not killed_perpetrators
                or subject_count()
                or amount_of(amount).article
                and harm.start > (head if head is not None else amount.end)
                or harm.end <= amount.start
                and self._object_follows(doc, amount, clause, cues, amounts)
            ):
                harm = None
        if harm is not None and self._perfect_subject(amount, harm, clause, lowers, object_after=True):
            harm = None  # "Zwei bewaffnete Passanten hätten den Angreifer getötet": the count harmed
        if head is not None and not self._is_person(lowers[head]):
            # an unknown noun is taken for people only when a verb of harm speaks of it
            if (
                self._is_object(lowers[head])
                or harm is None
                or harm.value == "casualties"
                or doc[harm.start].is_title
                or lowers[harm.start] in d.weak_triggers
                # "erschoss neun Menschen in zwei Bars", "mit 30 Schüssen": a count of things after a preposition
                or amount.start > 0
                and lowers[amount.start - 1] in _phrase_prepositions()
            ):
                return None
        if self._partitive_whole(doc, amount, lowers, amounts):
            return None
        same_sentence = previous is not None and sentence_of(doc, previous.amount.start) == cues.sent
        if (
            amount_of(amount).article
            and same_sentence
            and not _words("breakdown") & set(lowers[max(0, amount.start - 2) : amount.start])
            and (
                any(doc[t].text == ":" for t in range(previous.amount.end, amount.start))  # type: ignore[union-attr]
                or self._aside_count(doc, previous.amount, amount, cues)  # type: ignore[union-attr]
            )
        ):
            # "zwei Menschen starben: ein 70-jähriger Passagier ...", "zwei Bewohner, ein Mann und
            # seine Frau, wurden getötet": naming the counted
            return None
        # "verletzte 23 Menschen, darunter einen Polizisten, ehe er erschossen wurde": a breakdown
        # takes the category of what it breaks down, unless its own clause says otherwise
        elsewhere = harm is None or not clause[0] <= harm.start < clause[1]
        unharmed = any(clause[0] <= c.start < clause[1] for c in cues.not_harmed)  # "206 von ihnen wurden gerettet"
        if (
            (
                harm is None
                and not unharmed
                or elsewhere
                and same_sentence
                and _words("breakdown") & set(lowers[max(0, amount.start - 2) : amount.start])
            )
            and previous is not None
            and self._continues(doc, amount, lowers, amounts, previous, same_sentence)
        ):
            roles["victim"] = find_victim(doc, amount, head)
            return ClaimDecision(amount, "casualty", previous.category, evidence="casualty.breakdown", roles=roles)
        if harm is None:
            if head is None:
                # "Die Zahl der Toten stieg auf 20": a casualty noun earlier in the sentence
                nouns = [t for t in range(cues.sent.start, amount.start) if self._casualty_noun(doc, t, lowers)]
                if nouns and not amount_of(amount).article:
                    t = nouns[-1]
                    roles["trigger"] = doc[t : t + 1]
                    return ClaimDecision(
                        amount,
                        "casualty",
                        str(self._casualty_noun(doc, t, lowers)),
                        evidence="casualty.count_of",
                        roles=roles,
                    )
            return None
        if head is None:
            evidence = "casualty.harm_no_noun"
        elif self._is_person(lowers[head]):
            evidence = "casualty.harm_person"
        else:
            evidence = "casualty.harm_unknown_noun"  # taken for people by its harm word
        if amount_of(amount).article:
            evidence = "casualty.article"
        roles["trigger"] = harm.span(doc)
        # A count without a noun of its own ("38 Menschen getötet und 140 verletzt", "600 von
        # ihnen") has no victim (CLAIMS.md): the victim is what the text says of that count.
        roles["victim"] = find_victim(doc, amount, head)
        return ClaimDecision(amount, "casualty", harm.value, evidence=evidence, roles=roles)

    def _perfect_subject(
        self, amount: Span, harm: Cue, clause: tuple[int, int], lowers: Sequence[str], object_after: bool = False
    ) -> bool:
        """ "Ein 47-jähriger Mann hat seine Frau erstochen": an indefinite article that opens its
        clause, before the active auxiliary of a perfect of harm, opens the subject: it counts who
        did the harm (the participle alone is also a passive's: "Ein Mann ist erstochen worden").
        After the auxiliary or after a subject it is the object: "Er hatte ein Mädchen verletzt".
        With ``object_after`` any count that opens its clause so, with an accusative-only article
        before the participle ("Zwei Passanten hätten den Angreifer getötet"), is the subject;
        "Zwei Menschen hat der Fahrer verletzt" keeps its count the object."""
        doc = amount.doc
        before = range(max(clause[0], body_start(doc, sentence_of(doc, amount.start))), amount.start)  # not "WIEN (APA) -"
        if object_after:
            opening = not amount_of(amount).article and all(doc[t].is_punct for t in before)
            accusative = any(
                lowers[t] in _accusative_articles() and lowers[t - 1] not in _words("not_subject_prepositions")
                for t in range(amount.end, harm.start)
            )
            return bool(opening and accusative and active_perfect(lowers, clause[0], clause[1], self.data))
        return bool(
            amount_of(amount).article
            and lowers[amount.start] in _subject_indefinites()
            and all(doc[t].is_punct or doc[t].is_lower and lowers[t] not in self._subject_or_auxiliary for t in before)
            and amount.end <= harm.start
            and any(lowers[t] in self.data.harm_roles["harm_participles"] for t in range(harm.start, harm.end))  # "schwer verletzt"
            and active_perfect(lowers, clause[0], clause[1], self.data)
        )

    @cached_property
    def _subject_or_auxiliary(self) -> frozenset[str]:
        """Words that, before a count, show its clause has its subject or auxiliary already."""
        return frozenset(self.data.harm_roles["active_auxiliaries"]) | _words("subject_pronouns")

    @staticmethod
    def _names_someone(
        doc: Doc,
        amount: Span,
        cues: SentenceCues,
        lowers: Sequence[str],
        clause: tuple[int, int],
        previous: Optional[ClaimDecision],
    ) -> bool:
        """An article in an apposition names a person rather than counting one: closed by a
        comma before the verb of the noun it names ("Das Opfer, ein 23-jähriger Afghane, starb"),
        or a pair after a count that says no harm of its own ("Zwei Menschen kamen ums Leben,
        ein 72-jähriger Landwirt und seine Tochter")."""
        start = amount.start
        if start >= 2 and lowers[start - 1] in _words("coordinators"):
            # "…, ein 78 Jahre alter Mann und eine 74-jährige Frau": the second of a named pair
            articles = role_cues("indefinite_articles")
            openers = (k for k in range(start - 2, max(clause[0], 1) - 1, -1) if doc[k - 1].text == ",")
            opener = next((k for k in openers if lowers[k] in articles), None)
            return opener is not None and RuleRelationScorer._names_someone(
                doc, doc[opener : opener + 1], cues, lowers, clause, previous
            )
        if start < 2 or doc[start - 1].text != "," or amount.end >= len(doc):
            return False
        if lowers[amount.end] in _words("pronoun_followers") or _words("breakdown") & set(lowers[start - 3 : start]):
            return False  # "eine davon schwer", "darunter ein Kind": a breakdown
        words = set(lowers[clause[0] : clause[1]])
        if any(clause[0] <= c.start < clause[1] for c in cues.casualty + cues.not_harmed) or words & _words(
            "harm_degrees"
        ):
            return False  # "ein weiterer wurde verletzt", "eine Beifahrerin leicht"
        end = clause[1]
        closed = (
            doc[start - 2].is_title
            and not doc[start - 2].is_sent_start
            and end + 1 < cues.sent.end
            and doc[end].text == ","
            and doc[end + 1].is_lower
        )
        pair = (
            previous is not None
            and cues.sent.start <= previous.amount.start < start
            and end >= cues.sent.end - 1
            and bool(words & _words("coordinators"))
        )
        return closed or pair

    def _object_of_harm(self, doc: Doc, amount: Span, head: int, cues: SentenceCues, lowers: Sequence[str]) -> bool:
        """The noun found after a count is no person and a harm word stands between them: it is
        what the harm verb takes ("erlitten Verletzungen"), not the count's noun. A participle
        used as its adjective is no verb ("50 getöteten Regierungsvertretern")."""
        return (
            not self._is_person(lowers[head])
            and not self._casualty_noun(doc, head, lowers)
            and any(
                amount.end <= c.start < head and not (c.end - c.start == 1 and harm_noun(lowers[c.start]))
                for c in cues.casualty
            )
        )

    @staticmethod
    def _harm_of_victims(
        amount: Span, head: int, clause: tuple[int, int], cues: SentenceCues, amounts: Sequence[Span]
    ) -> Optional[Cue]:
        """The harm word of the clause that says what happened to a count of "Opfer" ("sieben
        Opfer schweben in Lebensgefahr", "Geiselnahme mit 168 Opfern"), nearest first; not one
        that holds the noun ("700 Opfer gefordert") nor the noun of another count."""
        said = [
            c
            for c in cues.casualty
            if clause[0] <= c.start < clause[1]
            and c.value != "casualties"
            and not c.start <= head < c.end
            and not any(a.end == c.start for a in amounts)
        ]
        return min(said, key=lambda c: abs(c.start - head), default=None)

    def _casualty_noun_of(self, doc: Doc, amount: Span, sent: Span, lowers: Sequence[str]) -> Optional[int]:
        """The casualty noun whose genitive or "von" attribute is this count ("die Leichen aller
        37 Passagiere", "die Toten von zwölf Bergleuten"), or None."""
        j = amount.start - 1
        while j >= sent.start and amount.start - j <= 2 and lowers[j] in _words("genitive_links"):
            j -= 1
        genitive = lowers[amount.start] in _words("genitive_articles")  # "die Leiche eines Mannes"
        if j == amount.start - 1 and not genitive or j < sent.start or not doc[j].is_title:
            return None
        return j if self._casualty_noun(doc, j, lowers) else None

    def _among(self, doc: Doc, amount: Span, sent: Span, lowers: Sequence[str]) -> Optional[int]:
        """The casualty noun of an "unter den ..." / "zu den ..." phrase in the count's clause
        ("elf Feuerwehrleute sind unter den Verletzten", "zu den Todesopfern zählen zwei
        Polizisten"), or None."""
        start, end = clause_of(doc, sent, amount.start)
        for t in range(max(start + 2, sent.start + 2), end):
            if (
                lowers[t - 1] == "den"
                and lowers[t - 2] in _words("membership_prepositions")
                and doc[t].is_title
                and self._casualty_noun(doc, t, lowers)
            ):
                return t
        return None

    def _none_survived(self, doc: Doc, amount: Span, sent: Span, lowers: Sequence[str]) -> Optional[int]:
        """The survival verb of a clause that says none of the counted survived ("von den 120
        Insassen überlebte keiner", "keiner der 120 Insassen hat überlebt"), or None."""
        start, end = clause_of(doc, sent, amount.start)
        d = self.data
        verb = next((t for t in range(start, end) if lowers[t] in d.survival_verbs), None)
        if verb is None:
            return None
        zero = any(lowers[t] in d.zero_words for t in range(start, end) if t != amount.start - 1)
        return verb if zero else None

    @staticmethod
    def _continues(
        doc: Doc,
        amount: Span,
        lowers: Sequence[str],
        amounts: Sequence[Span],
        previous: ClaimDecision,
        same_sentence: bool,
    ) -> bool:
        """A count with no harm word of its own that continues the casualty claim before it:
        a breakdown ("darunter drei Kinder", also "Sieben von ihnen ..." in the next sentence), a
        difference ("51 weniger als 2023") or an anaphor ("Im Vorjahr waren es 168")."""
        before = set(lowers[max(0, amount.start - 2) : amount.start])
        if same_sentence and _words("breakdown") & before:
            return True
        gap = amount.start - previous.amount.end
        after = lowers[amount.end : amount.end + 2]
        if 0 <= gap < 40 and len(after) == 2 and after[0] in _words("comparatives") and after[1] == "als":
            return True
        # only what can be a claim stands between: "Im Sommer 2023 waren es knapp 50.000, 2022 mehr als 67.000"
        nothing_between = not any(
            previous.amount.end <= a.start < amount.start and amount_of(a).kind in _BLOCKING_KINDS for a in amounts
        )
        if (
            0 <= gap < 40
            and nothing_between
            and any(after[: len(p)] == p for p in _breakdown_after())
            and _part_of(amount, previous.amount)
            and not break_between(doc, previous.amount.end, amount.start)
        ):
            return True  # "Die Zahl der Verletzten stieg auf 34. Sieben von ihnen ...": a breakdown after a period
        if 0 <= gap < 40 and nothing_between and _part_of(amount, previous.amount) and _opens_breakdown(doc, lowers, amount):
            return True  # "Zwölf Menschen wurden getötet. Unter ihnen seien drei Sanitäter."
        anaphor = amount.start > 0 and lowers[amount.start - 1] in _words("anaphoric")
        if not anaphor:
            # "Im Jahr davor waren es nach Berechnungen des Instituts etwa 3.200": "es" after a copula
            sent = sentence_of(doc, amount.start)
            anaphor = any(
                lowers[t] in _words("anaphoric") and lowers[t - 1] in _words("anaphoric_copulas")
                for t in range(sent.start + 1, amount.start)
            )
        return 0 <= gap < 60 and anaphor and nothing_between

    @staticmethod
    def _partitive_whole(doc: Doc, amount: Span, lowers: Sequence[str], amounts: Sequence[Span]) -> bool:
        """ "Sieben der 14 Migranten": the 14 names the whole, the claim is the seven."""
        s = amount.start
        return s >= 2 and lowers[s - 1] in _words("partitive") and any(a.end == s - 1 for a in amounts)

    # -- all --------------------------------------------------------------------------

    def _own_result(self, decision: ClaimDecision) -> bool:
        """Whether the money is a result a body reports of its own business: revenue, or a loss
        ("Das Unternehmen wies einen Nettoverlust von 19 Milliarden aus"), which its reporter made."""
        if decision.category == "revenue":
            return True
        trigger = decision.roles.get("trigger")
        if decision.category != "damage" or trigger is None:
            return False
        word = trigger[-1].lower_
        return word.endswith(role_cue_endings("own_result_nouns"))

    def _continues_report(self, doc: Doc, previous: ClaimDecision, sent: Span, lowers: Sequence[str]) -> bool:
        """A sentence in reported speech right after a sourced claim of the same paragraph
        carries on that report: "Die Polizei sagte, 3 seien tot. 5 weitere seien verletzt." """
        if not any(lowers[t] in self.data.reported_speech for t in range(sent.start, sent.end)):
            return False
        if sent.start - previous.amount.end > 80 or break_between(doc, previous.amount.end, sent.start):
            return False
        return True

    def _estimates_one_figure(self, doc: Doc, source: Span, lowers: Sequence[str]) -> bool:
        """Whether ``source`` is named in its sentence as estimating one figure ("Die Weltbank
        schätzt den Bedarf auf …"): it speaks for that estimate, not for the paragraph's events."""
        sent = sentence_of(doc, source.start)
        return any(self.data.party_verbs.get(lowers[t]) == "estimate" for t in range(sent.start, sent.end))

    def _moves_the_money(self, doc: Doc, source: Optional[Span], amount: Span, lowers: Sequence[str]) -> bool:
        """Whether ``source`` is the subject of a paying or receiving verb in the amount's own
        clause ("Die Stiftung überweist den Opfern 5 Millionen Euro, wie sie mitteilte", "stellt
        das Unternehmen 2 Milliarden bereit, wie es mitteilte"): it says so in another clause and
        is a party of this one. The subject stands right before the verb, or right after it with
        only its article between."""
        if source is None or source.end >= len(doc) or cue_attributed(doc, source):
            return False  # "Nach Berechnungen des Instituts KSE nahm Russland … ein": a reporter
        lo, hi = min(source.start, amount.start), max(source.end, amount.end)
        if any(doc[t].text in CLAUSE_BREAKS for t in range(lo, hi)):
            return False
        moves = ("pay", "receive")
        if self.data.party_verbs.get(lowers[source.end]) in moves:
            # the subject opens its clause: only its article and adjectives before it, no
            # preposition ("Nach Berechnungen des Instituts KSE nahm Russland … ein")
            prepositions = _words("not_subject_prepositions") | attribution_words("not_subject_words")
            for t in range(source.start - 1, sentence_start(doc, source.start) - 1, -1):
                if doc[t].text in CLAUSE_BREAKS:
                    break
                word = lowers[t]
                if not (word in _words("determiners") or doc[t].is_lower and doc[t].is_alpha and word not in prepositions):
                    return False
            return True
        t = source.start - 1
        while t > 0 and lowers[t] in _words("determiners"):
            t -= 1
        return t < source.start - 1 and self.data.party_verbs.get(lowers[t]) in moves

    @staticmethod
    def _acts_itself(sent: Span, source: Span, parties: Sequence[Optional[Span]]) -> bool:
        """Whether a party of the claim's own sentence other than ``source`` acts in it ("Die
        EU-Kommission gab 5 Millionen Euro"): the sentence reports a new event, not the figures
        of the report before it."""
        return any(
            p is not None and sent.start <= p.start < sent.end and not same_referent(p, source) for p in parties
        )

    def decide(self, doc: Doc) -> list[ClaimDecision]:
        lowers = lowers_of(doc)
        amounts = list(doc.spans[AMOUNTS_KEY]) if AMOUNTS_KEY in doc.spans else []
        decisions: list[ClaimDecision] = []
        cue_cache: dict[int, SentenceCues] = {}
        statement_cue_cache: dict[tuple[int, int], SentenceCues] = {}
        by_sentence: dict[int, list[Span]] = {}
        for amount in amounts:
            by_sentence.setdefault(sentence_start(doc, amount.start), []).append(amount)
        previous_casualty: Optional[ClaimDecision] = None
        previous_sourced: Optional[ClaimDecision] = None
        last_attacker: Optional[ClaimDecision] = None  # the last casualty claim with an attacker
        breakdowns: list[ClaimDecision] = []  # counts that took the lead's source as its breakdown

        def cues_of(sent: Span) -> SentenceCues:
            found = cue_cache.get(sent.start)
            if found is None:
                found = cue_cache[sent.start] = find_cues(sent, lowers, self.data)
            return found

        # where the noun of a count or a sum would start
        counted_at = {
            a.end
            for a, value in zip(amounts, map(amount_of, amounts))
            if value is not None and value.kind in _BLOCKING_KINDS and not value.article
        }

        def statement_cues(part: Span) -> SentenceCues:
            key = (part.start, part.end)
            found = statement_cue_cache.get(key)
            if found is None:
                found = statement_cue_cache[key] = find_cues(part, lowers, self.data)
            return found

        def sentence_source(amount: Span, sent: Span) -> Optional[Span]:
            # "… nach indischen Angaben 12 Soldaten gefallen; die Rebellen meldeten 40": a
            # statement of its own after a semicolon names its own source, if it names one
            part = statement_of(doc, sent, amount)
            found = part_source(amount, part, statement_cues(part)) if part is not sent else None
            return found or part_source(amount, sent, cues_of(sent))

        def part_source(amount: Span, part: Span, cues: SentenceCues) -> Optional[Span]:
            found = clause_source(doc, part, amount, source_mentions(doc, part.start, part.end))
            if found is not None:
                return with_name(doc, found)
            # "14.45 Uhr: Bilanz der Feuerwehr: 41 Verletzte": a heading names the reporter
            found = find_source(doc, amount, cues, lowers, self.data)[0] or heading_source(doc, part, amount)
            return None if found is not None and counted(doc, found, counted_at) else found

        def own_source(sent: Span) -> Optional[Span]:
            # a dummy amount at its end, else at its start: a dummy at the start would hide the
            # subject that opens the sentence ("Ministerin X (ÖVP) gab bekannt" is X, not "ÖVP")
            return sentence_source(sent[-1:], sent) or sentence_source(sent[:1], sent)

        paragraph = ParagraphSources(doc, own_source)
        categories = self.money_categories.for_doc(doc, lowers, cues_of)
        governed: set[int] = set()  # money amounts whose category a noun governing them decided
        for amount in amounts:
            value = amount_of(amount)  # read once: each read goes through the extension's getter
            kind = value.kind if value else amount.label_
            if kind not in {"money", "count"}:
                continue
            sent = sentence_of(doc, amount.start)
            cues = cues_of(sent)
            if kind == "money":
                money = categories.decide(amount, cues)
                category, trigger = money.category, money.cue
                decision = ClaimDecision(
                    amount, "monetary", category, evidence=f"money.{value.currency_from}"
                )
                decision.roles["trigger"] = trigger.span(doc) if trigger else None
                decision.field_confidence["category"] = money.confidence
                if money.evidence == "governs":
                    governed.add(amount.start)
            else:
                found = self._casualty(doc, amount, cues, lowers, by_sentence[sent.start], previous_casualty)
                if found is None:
                    continue
                # what the words around its harm word say: "Tote und Vermisste", "tödlich verletzt"
                found.category = self.casualty_category.refine(
                    doc,
                    amount,
                    found.category,
                    found.roles.get("trigger"),
                    cues,
                    lowers,
                    clause_of(doc, sent, amount.start),
                    by_sentence[sent.start],
                )
                decision = previous_casualty = found
            source = sentence_source(amount, sent)
            # a fine the clause only threatens is no figure of its paragraph's report nor of
            # the clause's subject: its source is one a cue or a reporting clause after it names
            threat_end = threatened_penalty(doc, sent, amount, self.data.fine_words.get) if kind == "money" else None
            threat = threat_end is not None
            if threat and source is not None and source.start < threat_end and not cue_attributed(doc, source):
                source = None
            # ... nor is a market price, the market's, unless its speaker says it in an answer or a quote
            quote = kind == "money" and source is None and not threat and market_quote(doc, sent, amount)
            if (
                not (threat or quote)
                and source is None
                and previous_sourced is not None
                and self._continues_report(doc, previous_sourced, sent, lowers)
            ):
                source = previous_sourced.roles["source"]
            estimate = None
            carried = None
            if source is None and not threat:
                carried = paragraph.carried(sent)
                if quote and carried is not None and carried.how not in ("speaker", "quote"):
                    carried = None  # "Die Aktie fiel auf 98,40 Euro": the market's, not the paragraph's speaker's
                if carried is not None and carried.how == "before" and kind == "count" and earlier_event(doc, sent, amount):
                    # "Bei einem Angriff im Januar waren 46 Menschen getötet worden": an earlier
                    # harm the writer recalls, no figure of the report before it (a sum in the
                    # pluperfect is mostly the report's own comparison: "Im Vorjahr hatte …")
                    carried = None
                source = carried.source if carried is not None else None
                if source is not None and self._estimates_one_figure(doc, source, lowers):
                    estimate = source
                if carried is None and not quote:
                    # a breakdown of the lead's figures in the paragraph after it: the lead's report
                    carried = breakdown_source(doc, amount, decision.type, decision.category, decisions, paragraph)
                    source = carried.source if carried is not None else None
            issuer = None
            if source is None:
                source = issuer = release_issuer(doc)  # a press release speaks for its issuer
            if issuer is not None:
                decision.roles["source"] = issuer_occurrence(doc, issuer, amount)
            else:
                decision.roles["source"] = written_source(doc, source, amount)
            if decision.type == "monetary":
                trigger_cue = next(
                    (
                        c
                        for c in cues.money
                        if decision.roles.get("trigger") is not None and c.start == decision.roles["trigger"].start
                    ),
                    None,
                )
                # a reporter is no party; a subject stating its own figures may be
                # ...and the issuer of a press release may pay or receive what it announces
                # "Der Betreiber hat nach eigenen Angaben den Angehörigen 30.000 Euro gezahlt": a
                # subject that speaks of what it did itself is a party too
                reporter = (
                    source
                    if issuer is None
                    and reports_apart(doc, source, amount, own_figures=self._own_result(decision))
                    and own_statement_subject(doc, sent, amount, source_mentions(doc, sent.start, sent.end)) is None
                    and not self._moves_the_money(doc, source, amount, lowers)
                    else None
                )
                agent, recipient = find_money_parties(
                    doc, amount, cues, trigger_cue, lowers, reporter, self.data, decision.category
                )
                agent, recipient = resolve_parties(doc, amount, agent, recipient, decision.roles["source"])
                # "Kürzlich hat ein Spital … bezahlt": a capitalised adverb opening the sentence is no party
                agent = None if adverb_opener(doc, agent) else agent
                recipient = None if adverb_opener(doc, recipient) else recipient
                agent = impersonal_payer(doc, amount, agent, decision.roles["source"], self.data)  # "Man wolle … investieren"
                decision.roles["agent"], decision.roles["recipient"] = agent, recipient
                if (
                    estimate is not None
                    and self._acts_itself(sent, estimate, (agent, recipient))
                    and not ties_back(doc, sent, amount)
                ):
                    decision.roles["source"] = None  # "Die EU-Kommission gab 5 Millionen": a new report
                elif (
                    carried is not None
                    and carried.how in ("before", "lead", "breakdown")
                    and decision.roles["source"] is not None
                    and own_act(doc, sent, amount, agent, carried, paragraph)
                ):
                    decision.roles["source"] = None  # "Die EU kündigte 5 Mio. Euro an": its own act
                if (
                    decision.category == "cost"
                    and recipient is not None
                    and self._is_person(recipient[-1].lower_)
                    and not self.money_categories.tables.names_a_cost(decision.roles.get("trigger"))
                ):
                    decision.category = "payment"  # money made available to people is paid to them
            else:
                decision.roles["agent"] = find_attacker(doc, amount, sent, lowers, self.data)
                if (
                    decision.roles["agent"] is None
                    and last_attacker is not None
                    and not paragraph_break(doc, last_attacker.amount.end, amount.start)
                ):
                    # as the report last describes the attacker before this count
                    decision.roles["agent"] = later_description(doc, last_attacker.roles["agent"], amount, lowers, self.data)
                if decision.roles["agent"] is not None and not self._perpetrators_harmed(decision, lowers):
                    last_attacker = decision  # not who killed the attackers: they answered the attack
                if carried is not None and carried.how == "breakdown":
                    breakdowns.append(decision)
            decision.roles["time"] = find_time(doc, amount, sent, by_sentence[sent.start], lowers)
            decision.roles["location"] = find_location(doc, amount, sent, lowers)
            prior = next((d for d in reversed(decisions) if d.amount.start < sent.start), None)
            decision.hedged = self.hedges.hedged(
                doc,
                amount,
                cues,
                lowers,
                by_sentence[sent.start],
                casualty=decision.type == "casualty",
                source=source,
                prior=PriorClaim(prior.amount, prior.hedged, prior.roles.get("source")) if prior else None,
            )
            if value.restates and decisions and decisions[-1].type == "monetary":
                decision.hedged = decisions[-1].hedged  # a conversion keeps the hedge of what it restates
            decision.confidence = self.data.confidence.get(decision.evidence, self.data.confidence["default"])
            decisions.append(decision)
            if source is not None:
                previous_sourced = decision
        _headline_categories(doc, decisions, paragraph.headline_end(), governed, self.data)
        # a payer named by its programme, fund or budget: the container's owner pays
        fill_fund_owners(doc, decisions, paragraph_topic, self.data)
        _inherit_money_parties(doc, decisions)
        # a person only named in another sentence pays nothing there unless it points back to them
        drop_distant_person_payers(doc, decisions, lowers)
        # an heir's money told after the will ("Laut Testament gehen 8 Millionen an …"): the testator gives it
        fill_testators(doc, decisions, lowers)
        # a deal's price told after the deal ("X übernimmt Y. Der Kaufpreis liegt bei …")
        carry_deal_parties(doc, decisions)
        # a price in the clause of its sale ("X verkauft Y für … an Z"): the buyer pays
        sale_parties(doc, decisions)
        # a price of something that goes to a buyer ("ging für … an X", "wechselt für … zu X"): the buyer pays
        going_parties(doc, decisions)
        # a sale told by its noun ("Für den Verkauf von X an Y kassierte Z …"): Y pays, Z receives
        sale_noun_parties(doc, decisions)
        # a company's own figures without it named in their clause: the company of the report
        fill_own_figures(doc, decisions, lowers, self.data)
        # a dividend told without its company: the company of the report pays it
        fill_payout_payers(doc, decisions, lowers, self.data)
        # ... and the shareholders the text names receive it
        fill_payout_receivers(doc, decisions, lowers, self.data)
        fill_staff_pay_payers(doc, decisions, lowers, self.data)
        carry_recipients(doc, decisions)
        _headline_sources(doc, decisions, paragraph.headline_end())
        # a count whose sentence names no one who harmed: the perpetrator its paragraph names
        casualties = [d for d in decisions if d.type == "casualty"]
        # who killed the attackers ("die Polizei erschoss fünf Terroristen") answered the attack, did not commit it
        attackers = sorted(
            (d.roles["agent"] for d in casualties if d.roles.get("agent") is not None and not self._perpetrators_harmed(d, lowers)),
            key=lambda s: s.start,
        )
        victims = sorted((d.roles["victim"] for d in casualties if d.roles.get("victim") is not None), key=lambda s: s.start)
        for decision in casualties:
            agent = decision.roles.get("agent")
            if stands_apart(doc, decision.amount, lowers):
                # figures over many events or of an earlier case: only a causer of their own sentence
                sent = sentence_of(doc, decision.amount.start)
                if agent is not None and not _in_sentence(sent, agent):
                    decision.roles["agent"] = None
            elif (told := told_event_actor(doc, decision.amount, lowers, self.data, victims)) is not None and (
                agent is None or not _in_sentence(sentence_of(doc, decision.amount.start), agent)
            ):
                # "Russische Truppen griffen Sumy an. Dabei wurden drei Menschen getötet": the actor of the event referred to
                decision.roles["agent"] = told
            elif agent is None:
                own = sentence_of(doc, decision.amount.start)
                perpetrator = event_perpetrator(doc, decision.amount, attackers, victims, lowers, self.data)
                causer = None
                if perpetrator is None or not _in_sentence(own, perpetrator):
                    causer = event_causer(doc, decision.amount, victims, lowers, self.data)
                if perpetrator is not None and causer is not None and _in_sentence(own, causer):
                    # "Ein Mann hat eine Bank überfallen und zwei Angestellte als Geiseln genommen. Der
                    # Täter …": the causer of the count's own sentence is the nearer occurrence
                    perpetrator = None
                decision.roles["agent"] = (
                    perpetrator
                    or responsibility_claimant(doc, decision.amount, lowers)
                    or causer
                    # "Unter den Toten ist auch ein Kind": whoever harmed the toll it breaks down
                    or breaks_down(doc, decision.amount, lowers, self.data)
                    and nearest_occurrence(doc, toll_agent(decision.category, decision.amount, _tolls(casualties)), decision.amount)
                    # the missing were not harmed by an attack the paragraph told: none of its actors
                    or decision.category != "missing"
                    and paragraph_actor(doc, decision.amount, lowers, self.data, victims)
                    or None
                )
            agent = decision.roles.get("agent")
            named = (body_name(doc, agent, lowers) or person_of_age_noun(doc, agent)) if agent is not None else None
            if named is not None:  # "Das Unternehmen verursachte …": the name the report gives it
                decision.roles["agent"] = nearest_occurrence(doc, named, decision.amount)
        for decision in breakdowns:
            agent = decision.roles.get("agent")
            if agent is not None and agent.end <= decision.amount.start and not paragraph_break(doc, agent.end, decision.amount.start):
                # "Milizionäre überfielen ein Dorf. Sie töteten 23 Bewohner": an event the paragraph
                # tells with who did it, no figure of the lead's report
                decision.roles["source"] = None
        return decisions

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimex_relations = self.decide(doc)
        return doc


def _tolls(casualties: Sequence[ClaimDecision]) -> list[tuple[Span, str, Optional[Span]]]:
    """(count, category, agent) of casualty decisions, for ``toll_agent``."""
    return [(d.amount, d.category, d.roles.get("agent")) for d in casualties]


def _in_sentence(sent: Span, span: Span) -> bool:
    """Whether ``span`` lies inside ``sent``."""
    return sent.start <= span.start and span.end <= sent.end


def _inherit_money_parties(doc: Doc, decisions: Sequence[ClaimDecision]) -> None:
    """Give a money claim with no payer or receiver of its own those of the money claim before
    it when it restates that one ("38 Mio. Franken (rund 40 Mio. Euro)") or stands in its
    sentence with the same category ("stieg von 0,82 auf 0,95 Euro", "nach 489 Millionen im
    Vorjahr"): one clause, one pair of parties."""
    previous: Optional[ClaimDecision] = None
    lowers = lowers_of(doc)
    for decision in decisions:
        if decision.type != "monetary":
            continue
        if previous is not None:
            value = amount_of(decision.amount)
            sent = sentence_of(doc, decision.amount.start)
            previous_sent = sentence_of(doc, previous.amount.start)
            same_sentence = previous_sent.start == sent.start
            if value is not None and value.restates or same_sentence and previous.category == decision.category:
                for role in ("agent", "recipient"):
                    if decision.roles.get(role) is None and previous.roles.get(role) is not None:
                        decision.roles[role] = nearest_occurrence(doc, previous.roles[role], decision.amount)
            elif (
                decision.roles.get("agent") is None
                and previous.roles.get("agent") is not None
                # "Umgerechnet entspricht die Strafe rund 2,1 Milliarden Dollar": the figure just before
                and (same_sentence or previous_sent.end >= sent.start - 1)
                and not paragraph_break(doc, previous.amount.end, decision.amount.start)
                and restates_figure(doc, decision.amount, lowers)
            ):
                # its payer only: who receives a converted figure is named with it, if at all
                decision.roles["agent"] = nearest_occurrence(doc, previous.roles["agent"], decision.amount)
        previous = decision
    # a payment whose sentence names no payer: the payer of the payment before it in its
    # paragraph ("Die Versicherung zahlte den Opfern 2 Millionen. Weitere 500.000 Euro flossen
    # an die Gemeinde"), unless that one receives it
    last_payer: Optional[Span] = None
    last_end = 0
    for decision in decisions:
        if decision.type != "monetary":
            continue
        agent, recipient = decision.roles.get("agent"), decision.roles.get("recipient")
        if (
            decision.category == "payment"
            and agent is None
            and last_payer is not None
            and not paragraph_break(doc, last_end, decision.amount.start)
            and not (recipient is not None and _same_party(recipient, last_payer))
            and not names_earnings(doc, decision.amount)
        ):
            decision.roles["agent"] = agent = nearest_occurrence(doc, last_payer, decision.amount)
        if agent is not None and decision.category in _PAYING_CATEGORIES:
            last_payer, last_end = agent, decision.amount.end


def _headline_categories(
    doc: Doc, decisions: Sequence[ClaimDecision], headline_end: int, governed: set[int], data: GermanData
) -> None:
    """Give a payment of the headline that only a verb of paying names the category of the body's
    claim of the same figure that a noun governs: "Bank zahlt 310 Millionen Dollar" over "Sie
    bezahlt eine Busse von 310 Mio. Dollar" is the fine (a headline says in short what the body
    names). A harm is not what is paid ("Versicherer zahlen 340 Millionen" for "Schäden von 340
    Millionen" is compensation): of damage, only a fine speaks."""
    if headline_end == 0:
        return

    def names_what_is_paid(d: ClaimDecision) -> bool:
        cue = d.roles.get("trigger")
        return d.category != "damage" or cue is not None and inflected_in(cue[0].lower_, data.fine_words, data)

    body = [
        d
        for d in decisions
        if d.type == "monetary" and d.amount.start >= headline_end and d.amount.start in governed and names_what_is_paid(d)
    ]
    for decision in decisions:
        if decision.amount.start >= headline_end:
            break
        value = amount_of(decision.amount)
        cue = decision.roles.get("trigger")
        if decision.type != "monetary" or decision.category != "payment" or cue is None or not cue[0].is_lower or value is None:
            continue
        same = next((d for d in body if _same_figure(value, amount_of(d.amount))), None)
        if same is not None:
            decision.category = same.category
            decision.field_confidence["category"] = same.field_confidence.get("category", 0.5)


def _same_figure(a: Amount, b: Optional[Amount]) -> bool:
    """Whether two money amounts name the same figure in the same currency."""
    return b is not None and (a.low, a.high, a.unit) == (b.low, b.high, b.unit)


def _headline_sources(doc: Doc, decisions: Sequence[ClaimDecision], headline_end: int) -> None:
    """Give the counts of a headline the source one of them found in the headline itself ("Ein
    Toter, 19 Verletzte – Polizei sucht Zeugen"): a headline's counts are one report. A source
    named only in the body is not carried up: a headline is a paragraph of its own (CLAIMS.md
    carries a source through its paragraph), and annotators of the contract leave it none."""
    if headline_end == 0:
        return
    sourced = next((d for d in decisions if d.amount.start < headline_end and d.roles.get("source") is not None), None)
    for decision in decisions:
        if decision.amount.start >= headline_end or sourced is None:
            break
        if decision.roles.get("source") is None:
            decision.roles["source"] = sourced.roles["source"]


#: The money categories whose agent pays: a later payment of the paragraph may share it.
_PAYING_CATEGORIES = ("payment", "cost")


def _same_party(a: Span, b: Span) -> bool:
    """Two spans of one party: overlapping, or the same words."""
    return a.start < b.end and b.start < a.end or a.text == b.text


@Language.factory("claimex_relations", assigns=["doc._.claimex_relations"], requires=["doc.spans", "doc.ents"])
def make_relation_scorer(nlp: Language, name: str) -> RuleRelationScorer:
    """Registered factory of :class:`RuleRelationScorer`."""
    return RuleRelationScorer()


@lru_cache(maxsize=1)
def _subject_indefinites() -> frozenset[str]:
    """Indefinite articles that may open a subject ("ein", "eine"; casualty_terms.json)."""
    return frozenset(load_table("casualty_terms.json")["subject_indefinites"])


@lru_cache(maxsize=1)
def _accusative_articles() -> frozenset[str]:
    """Articles only an accusative takes: those of a masculine singular object ("den", "einen";
    referent_classes.json, which the pronoun resolution reads too)."""
    return frozenset(load_table("referent_classes.json")["accusative_articles"])
