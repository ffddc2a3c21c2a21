"""What the learned stage takes over from the rule stage's decision of the same claim.

The rule stage writes each role after its own post-processing: a pronoun or class noun as the
name it stands for, a name at its occurrence nearest the amount, a speaker with the title and
name that hold him, a document with its author, a short name with the full name it brackets
(:mod:`~claimex.pipeline.referents`, :mod:`~claimex.pipeline.sources`,
:mod:`~claimex.pipeline.report_subject`). The model decides among mention candidates and writes
the candidate; where it chose the phrase or referent the rules chose, the rules' span is the
better written one.

Some rule decisions rest on the grammatical link that made the amount a claim: they settle a
role, filled or empty, and the model does not override them (:data:`SETTLED_ROLES`). And a place
named after a preposition of place in the dative ("in den Niederlanden", "im Irak") says where,
not who pays or receives (:func:`place_adjuncts`), as the rules read it.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import lowers_of
from ..lang.de import words
from ..pipeline.referents import same_referent
from ..pipeline.relations import ClaimDecision
from .candidates import CANDIDATE_ROLES, Candidate

__all__ = ["SETTLED_ROLES", "adopt_rule_spans", "apply_settled_roles", "place_adjuncts", "same_party"]

#: The rule stage's evidence of a claim -> the roles that evidence settles. "casualty.noun": the
#: count's own noun is the harm noun ("14 Eingeschlossene", "neun Verschütteten"), so the count
#: has no victim besides it (CLAIMS.md: the victim is what the text says of that count), except
#: the noun of those taken ("251 Geiseln"), which the rules read off the same noun.
SETTLED_ROLES: dict[str, tuple[str, ...]] = {"casualty.noun": ("victim",)}


def same_party(a: Span, b: Span) -> bool:
    """Two spans of one party: they overlap, or they are names of one referent."""
    return (a.start < b.end and b.start < a.end) or same_referent(a, b)


def adopt_rule_spans(decision: ClaimDecision, rule: ClaimDecision) -> None:
    """Write the rules' span of each role where the model's filler is the same party (see the
    module docstring); the model's confidence stays."""
    for role in CANDIDATE_ROLES:
        chosen: Optional[Span] = decision.roles.get(role)
        written: Optional[Span] = rule.roles.get(role)
        if chosen is not None and written is not None and same_party(chosen, written):
            decision.roles[role] = written


def apply_settled_roles(decision: ClaimDecision, rule: ClaimDecision) -> None:
    """Give ``decision`` the rules' filler (or emptiness) of each role the rule's evidence
    settles (:data:`SETTLED_ROLES`)."""
    for role in SETTLED_ROLES.get(rule.evidence, ()):
        decision.roles[role] = rule.roles.get(role)


def place_adjuncts(doc: Doc, candidates: Sequence[Candidate]) -> list[bool]:
    """Per candidate: it follows a preposition of place, with no article or a dative one ("in den
    Niederlanden", "im Irak", "bei der Tagung"; not the direction "in die Ukraine"), whatever
    the mention layer took it for (a place, or a group: "Niederlanden")."""
    lowers = lowers_of(doc)
    places, datives = words("place_prepositions"), words("dative_articles")
    out = []
    for c in candidates:
        i = c.at_start - 1
        if i >= 0 and lowers[i] in datives:
            i -= 1
        out.append(i >= 0 and lowers[i] in places)
    return out
