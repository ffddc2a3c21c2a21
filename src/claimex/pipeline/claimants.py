"""Who claims an attack: the body a report names as having claimed responsibility ("Zu dem
Anschlag bekannte sich die Terrormiliz al-Shabaab", "Der IS reklamierte die Tat für sich", "Die
Verantwortung übernahmen die Huthi-Rebellen").

Real reports often name the perpetrator of a death toll only in such a sentence, before or after
the count. The casualty stage asks this module for the count's paragraph when the count's own
sentence names no one who harmed. The verbs come from ``role_cues.json``
(``responsibility_verbs`` with a reflexive, ``responsibility_taking_verbs`` with
``responsibility_objects``: "übernahm die Verantwortung"; the perfect's participle
``responsibility_participles`` with a reflexive and "zu": "hat sich zu dem Anschlag bekannt").
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of
from .mentions import mention_table
from .referents import nearest_occurrence, paragraph_bounds
from .role_phrases import party_prepositions, role_cues

__all__ = ["responsibility_claimant"]

#: The mention kinds that can claim an attack.
_CLAIMANT_KINDS = ("organisation", "group", "person")


def _claims(doc: Doc, lowers: Sequence[str]) -> list[Span]:
    """The claimants of the doc, in text order (read once per doc): for each sentence with a verb
    of claiming responsibility, the claimant mention nearest to that verb that no preposition
    governs ("zu dem Anschlag" is what is claimed)."""
    cache = doc_cache(doc)
    if "responsibility_claimants" in cache:
        return [doc[s:e] for s, e in cache["responsibility_claimants"]]
    reflexive_verbs, taking_verbs = role_cues("responsibility_verbs"), role_cues("responsibility_taking_verbs")
    objects = role_cues("responsibility_objects")
    reflexive = role_cues("responsibility_reflexives")
    mentions = mention_table(doc)[0]  # (start, end, kind): no span per mention per verb
    prepositions = party_prepositions()
    found: list[tuple[int, int]] = []
    participles, participle_prepositions = role_cues("responsibility_participles"), role_cues("responsibility_participle_prepositions")
    for t, word in enumerate(lowers):
        if word not in reflexive_verbs and word not in taking_verbs and word not in participles:
            continue
        sent = sentence_of(doc, t)
        words = set(lowers[sent.start : sent.end])
        if word in participles:
            # "hat sich zu dem Anschlag bekannt", not "wie bekannt wurde": the reflexive, the thing
            # claimed after "zu", and no copula right after the participle
            after = lowers[t + 1] if t + 1 < sent.end else ""
            if not (words & reflexive and words & participle_prepositions) or after in role_cues("responsibility_participle_blockers"):
                continue
        elif not (words & reflexive if word in reflexive_verbs else words & objects):
            continue  # "bekannte" without "sich", "übernahm" without "Verantwortung"
        candidates = [
            (start, end)
            for start, end, kind in mentions
            if sent.start <= start < sent.end
            and kind in _CLAIMANT_KINDS
            and not (start > sent.start and lowers[start - 1] in prepositions)
            and not (start > sent.start + 1 and lowers[start - 2] in prepositions and doc[start - 1].is_lower)
        ]
        if candidates:
            found.append(min(candidates, key=lambda m: abs(m[0] - t)))
    cache["responsibility_claimants"] = found
    return [doc[s:e] for s, e in found]


def responsibility_claimant(doc: Doc, amount: Span, lowers: Sequence[str]) -> Optional[Span]:
    """The body that claimed responsibility in the paragraph of ``amount`` (before or after it),
    at its occurrence nearest to the amount; None when the paragraph has no such sentence."""
    start, end = paragraph_bounds(doc, amount.start)
    inside = [c for c in _claims(doc, lowers) if start <= c.start < end]
    if not inside:
        return None
    claimant = min(inside, key=lambda c: abs(c.start - amount.start))
    return nearest_occurrence(doc, claimant, amount)
