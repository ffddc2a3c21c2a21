"""``claimex_relations``: decide which amounts are claims, of what category, with which roles.

Writes ``doc._.claimex_relations``: one :class:`ClaimDecision` per claim, holding spaCy spans
only (the claim builder turns them into character offsets). This rule-based stage is the
baseline for the trained relation classifier, which fills the same structure.

Rules, in short:

- money: every amount of kind ``money`` is a monetary claim; its category is the nearest
  money cue of its sentence ("im Wert von" -> value, "Schaden" -> damage ...).
- casualty: a count is a casualty claim when its head noun is a casualty noun ("20 Tote"),
  or its head is a person noun (or absent) and the nearest harm word of the sentence says
  killed, injured, missing or captured ("2000 Soldaten ... gefallen") before any word that
  says the people were not harmed ("evakuiert"); a breakdown ("darunter drei Kinder")
  takes the category of the count it breaks down.
- hedged: decided by :class:`~claimex.pipeline.hedges.HedgeScope` (hedge words, frames
  and their scope).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import AMOUNTS_KEY, install_extensions, sentence_of
from ..lang.de import GermanData, german
from ..lang.de import words as _words
from .cues import Cue, SentenceCues, find_cues
from .hedges import HedgeScope, PriorClaim
from .roles import find_attacker, find_location, find_money_parties, find_source, find_time, find_victim, noun_after

__all__ = ["ClaimDecision", "RuleRelationScorer", "make_relation_scorer"]

_CLAUSE_BREAKS = {",", ";", ":", "–", "—"}


def _clause_of(doc: Doc, sent: Span, i: int) -> tuple[int, int]:
    """(start, end) of the stretch of the sentence between punctuation that holds token ``i``."""
    start = i
    while start > sent.start and doc[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    end = i
    while end < sent.end and doc[end].text not in _CLAUSE_BREAKS:
        end += 1
    return start, end


#: The category of money with no cue in its clause: on the corpus train split, 156 of 333 such
#: claims are payments (cost 68, value 37, damage 30, revenue 24, other 18).
_DEFAULT_MONEY_CATEGORY = "payment"


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


class RuleRelationScorer:
    """The rule-based relation stage; see the module docstring."""

    def __init__(self, data: Optional[GermanData] = None):
        install_extensions()
        self.data = data or german()
        self.hedges = HedgeScope(self.data)

    # -- casualty ---------------------------------------------------------------------

    def _harm(self, amount: Span, cues: SentenceCues, amounts: Sequence[Span]) -> Optional[Cue]:
        """The harm word that speaks of this count: the nearest after it, else before it.

        Another count between them blocks the way, unless it names the whole of a partitive
        ("Sieben der 14 Migranten wurden verletzt")."""
        doc = amount.doc
        lowers = [doc[a.start - 1].lower_ if a.start else "" for a in amounts]
        others = [
            a.start
            for a, before in zip(amounts, lowers, strict=True)
            if a.start != amount.start
            and cues.sent.start <= a.start < cues.sent.end
            and not (before in _words("partitive") and a.start - 1 == amount.end)
            # "vier Flugbegleiterinnen und zwei Passagiere wurden verletzt": coordinated counts share their verb
            and not (a.start > amount.end and a.start - amount.end <= 3 and before in _words("coordinators"))
        ]
        blocked_after = min([s for s in others if s > amount.start], default=cues.sent.end)
        after = [c for c in cues.casualty + cues.not_harmed if amount.end <= c.start < blocked_after]
        if after:
            first = min(after, key=lambda c: c.start)
            return first if first in cues.casualty else None
        before = [c for c in cues.casualty if c.end <= amount.start and cues.in_scope(c, amount)]
        blocked_before = max([s for s in others if s < amount.start], default=-1)
        if any(blocked_before < c.start for c in cues.not_harmed if c.end <= amount.start):
            return None
        return max(before, key=lambda c: c.start, default=None)

    def _is_person(self, word: str) -> bool:
        d = self.data
        return word in d.person_nouns or bool(d.casualty_nouns.get(word))

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
        clause = _clause_of(doc, cues.sent, amount.start)
        if any(lowers[t] in _words("naming") for t in range(cues.sent.start, clause[1])):
            return None  # "Bei den Toten handelt es sich um eine 44-jährige Frau": naming, not counting
        head = noun_after(doc, amount.end, cues.sent.end)
        glued = amount.end < len(doc) and not doc[amount.end - 1].whitespace_ and doc[amount.end].text == "-"
        if glued and not amount._.amount.article:
            return None  # "2000-Einwohner-Dorf"
        roles: dict[str, Optional[Span]] = {}
        if head is not None and (category := d.casualty_nouns.get(lowers[head])):
            roles["trigger"] = doc[head : head + 1]
            harm = self._harm(amount, cues, amounts)
            if harm is not None and category == "missing" and harm.value == "killed":
                category = harm.value  # "zwei Vermisste wurden tot geborgen"
                roles["trigger"] = harm.span(doc)
            if category == "captured":
                roles["victim"] = find_victim(doc, amount, head)  # "251 Geiseln": the noun names who was taken
            return ClaimDecision(amount, "casualty", category, evidence="casualty.noun", roles=roles)
        harm = self._harm(amount, cues, amounts)
        if harm is not None and lowers[harm.start] in d.active_triggers:
            # "ein Angreifer tötete ...", "töteten drei Attentäter ...": the counted did the harm
            perpetrators = head is not None and d.perpetrator_nouns.get(lowers[head])
            if perpetrators or amount._.amount.article and harm.start > (head if head is not None else amount.end):
                harm = None
        if head is not None and not self._is_person(lowers[head]):
            # an unknown noun is taken for people only when a verb of harm speaks of it
            if (
                self._is_object(lowers[head])
                or harm is None
                or harm.value == "casualties"
                or doc[harm.start].is_title
                or lowers[harm.start] in d.weak_triggers
            ):
                return None
        if self._partitive_whole(doc, amount, lowers, amounts):
            return None
        same_sentence = previous is not None and sentence_of(doc, previous.amount.start) == cues.sent
        if (
            amount._.amount.article
            and same_sentence
            and any(doc[t].text == ":" for t in range(previous.amount.end, amount.start))
        ):  # type: ignore[union-attr]
            return None  # "zwei Menschen starben: ein 70-jähriger Passagier ...": naming the counted
        if (
            harm is None
            and previous is not None
            and self._continues(doc, amount, lowers, amounts, previous, same_sentence)
        ):
            roles["victim"] = find_victim(doc, amount, head)
            return ClaimDecision(amount, "casualty", previous.category, evidence="casualty.breakdown", roles=roles)
        if harm is None:
            if head is None:
                # "Die Zahl der Toten stieg auf 20": a casualty noun earlier in the sentence
                nouns = [t for t in range(cues.sent.start, amount.start) if d.casualty_nouns.get(lowers[t])]
                if nouns and not amount._.amount.article:
                    t = nouns[-1]
                    roles["trigger"] = doc[t : t + 1]
                    return ClaimDecision(
                        amount,
                        "casualty",
                        str(d.casualty_nouns.get(lowers[t])),
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
        if amount._.amount.article:
            evidence = "casualty.article"
        roles["trigger"] = harm.span(doc)
        roles["victim"] = find_victim(doc, amount, head)
        if head is None and same_sentence:
            # "38 Menschen getötet und 140 verletzt", "600 von ihnen": the people counted before
            roles["victim"] = previous.roles.get("victim")  # type: ignore[union-attr]
        return ClaimDecision(amount, "casualty", harm.value, evidence=evidence, roles=roles)

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
        a breakdown ("darunter drei Kinder"), a difference ("51 weniger als 2023") or an
        anaphor ("Im Vorjahr waren es 168")."""
        before = set(lowers[max(0, amount.start - 2) : amount.start])
        if same_sentence and _words("breakdown") & before:
            return True
        gap = amount.start - previous.amount.end
        after = lowers[amount.end : amount.end + 2]
        if 0 <= gap < 40 and len(after) == 2 and after[0] in _words("comparatives") and after[1] == "als":
            return True
        nothing_between = not any(previous.amount.end <= a.start < amount.start for a in amounts)
        return (
            0 <= gap < 60 and amount.start > 0 and lowers[amount.start - 1] in _words("anaphoric") and nothing_between
        )

    @staticmethod
    def _partitive_whole(doc: Doc, amount: Span, lowers: Sequence[str], amounts: Sequence[Span]) -> bool:
        """ "Sieben der 14 Migranten": the 14 names the whole, the claim is the seven."""
        s = amount.start
        return s >= 2 and lowers[s - 1] in _words("partitive") and any(a.end == s - 1 for a in amounts)

    # -- money ------------------------------------------------------------------------

    def _money_category(self, amount: Span, cues: SentenceCues) -> tuple[str, Optional[Cue]]:
        in_scope = [c for c in cues.money if cues.in_scope(c, amount) and not (amount.start <= c.start < amount.end)]
        if not in_scope:
            return _DEFAULT_MONEY_CATEGORY, None

        def distance(c: Cue) -> float:
            gap = amount.start - c.end if c.end <= amount.start else c.start - amount.end
            # a cue right before the amount ("Umsatz von", "im Wert von") binds closest
            return gap - (0.5 if c.end <= amount.start else 0)

        best = min(in_scope, key=distance)
        return best.value, best

    # -- all --------------------------------------------------------------------------

    def _continues_report(self, doc: Doc, previous: ClaimDecision, sent: Span, lowers: Sequence[str]) -> bool:
        """A sentence in reported speech right after a sourced claim of the same paragraph
        carries on that report: "Die Polizei sagte, 3 seien tot. 5 weitere seien verletzt." """
        if not any(lowers[t] in self.data.reported_speech for t in range(sent.start, sent.end)):
            return False
        gap = range(previous.amount.end, sent.start)
        if len(gap) > 80 or any("\n\n" in doc[t].text for t in gap if doc[t].is_space):
            return False
        return True

    def decide(self, doc: Doc) -> list[ClaimDecision]:
        lowers = [t.lower_ for t in doc]
        amounts = list(doc.spans[AMOUNTS_KEY]) if AMOUNTS_KEY in doc.spans else []
        decisions: list[ClaimDecision] = []
        cue_cache: dict[int, SentenceCues] = {}
        by_sentence: dict[int, list[Span]] = {}
        for amount in amounts:
            by_sentence.setdefault(sentence_of(doc, amount.start).start, []).append(amount)
        previous_casualty: Optional[ClaimDecision] = None
        previous_sourced: Optional[ClaimDecision] = None
        for amount in amounts:
            kind = amount._.amount.kind if amount._.amount else amount.label_
            if kind not in {"money", "count"}:
                continue
            sent = sentence_of(doc, amount.start)
            cues = cue_cache.get(sent.start)
            if cues is None:
                cues = cue_cache[sent.start] = find_cues(sent, lowers, self.data)
            if kind == "money":
                category, trigger = self._money_category(amount, cues)
                decision = ClaimDecision(
                    amount, "monetary", category, evidence=f"money.{amount._.amount.currency_from}"
                )
                decision.roles["trigger"] = trigger.span(doc) if trigger else None
            else:
                found = self._casualty(doc, amount, cues, lowers, by_sentence[sent.start], previous_casualty)
                if found is None:
                    continue
                decision = previous_casualty = found
            source, _ = find_source(doc, amount, cues, lowers, self.data)
            if (
                source is None
                and previous_sourced is not None
                and self._continues_report(doc, previous_sourced, sent, lowers)
            ):
                source = previous_sourced.roles["source"]
            decision.roles["source"] = source
            if decision.type == "monetary":
                trigger_cue = next(
                    (
                        c
                        for c in cues.money
                        if decision.roles.get("trigger") is not None and c.start == decision.roles["trigger"].start
                    ),
                    None,
                )
                agent, recipient = find_money_parties(
                    doc, amount, cues, trigger_cue, lowers, source, self.data, decision.category
                )
                decision.roles["agent"], decision.roles["recipient"] = agent, recipient
                if decision.category == "cost" and recipient is not None and self._is_person(recipient[-1].lower_):
                    decision.category = "payment"  # money made available to people is paid to them
            else:
                decision.roles["agent"] = find_attacker(doc, amount, sent, lowers, self.data)
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
            if amount._.amount.restates and decisions and decisions[-1].type == "monetary":
                decision.hedged = decisions[-1].hedged  # a conversion keeps the hedge of what it restates
            decision.confidence = self.data.confidence.get(decision.evidence, self.data.confidence["default"])
            decisions.append(decision)
            if source is not None:
                previous_sourced = decision
        return decisions

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimex_relations = self.decide(doc)
        return doc


@Language.factory("claimex_relations", assigns=["doc._.claimex_relations"], requires=["doc.spans", "doc.ents"])
def make_relation_scorer(nlp: Language, name: str) -> RuleRelationScorer:
    """Registered factory of :class:`RuleRelationScorer`."""
    return RuleRelationScorer()
