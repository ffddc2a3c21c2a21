"""Who caused the harm of a count whose paragraph told the attack before it without a link word.

Wire reports tell the deed first and its toll after it, often with no "dabei" between them: "Ein
Mann hat in Solingen auf Besucher eines Stadtfests eingestochen. Drei Menschen starben", "Eine
russische Drohne hat einen Zug getroffen. Vier Menschen starben". When no other rule found who
harmed, the count takes the actor of the nearest attack told before it in its paragraph: the
subject of an active verb of attacking or causing (``harmers.event_actors``), or a weapon that
is the subject of a verb of hitting ("Russische Gleitbomben haben ein Einkaufszentrum
getroffen"), never one counted as harmed. The words live in ``casualty_terms.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of
from ..lang.de import GermanData, load_table
from ..lang.de import words as _words
from ..lang.lexicon import Lexicon
from .harmers import _is_attack_noun, event_actor_table
from .referents import paragraph_bounds
from .role_phrases import amount_clause, in_prepositional_phrase, mentions_in

__all__ = ["paragraph_actor"]


@lru_cache(maxsize=None)
def _terms(key: str) -> Lexicon[bool]:
    """A word list of ``casualty_terms.json`` as a lexicon (compound heads match)."""
    return Lexicon(load_table("casualty_terms.json")[key])


def paragraph_actor(
    doc: Doc, amount: Span, lowers: Sequence[str], data: GermanData, victims: Sequence[Span] = ()
) -> Optional[Span]:
    """The actor of the last attack told before ``amount`` in its paragraph, not one of the
    ``victims``; None when the paragraph tells none before it."""
    start, _ = paragraph_bounds(doc, amount.start)
    if _own_event(doc, amount, lowers, data):
        return None  # "… hat ein Wohnhaus getroffen. Bei einem Brand in einer Fabrik kamen zwei Arbeiter ums Leben"
    best: Optional[tuple[int, int, str | int]] = None
    _hitting_weapons(doc, lowers, data)  # fills its cache, read as plain bounds below: no Span per actor
    weapons = [(s, e, 0) for s, e in doc_cache(doc)["hitting_weapons"]]
    for actor in event_actor_table(doc, lowers, data) + weapons:
        if actor[0] < start or actor[1] > amount.start:
            continue
        if any(v.start < actor[1] and actor[0] < v.end for v in victims):
            continue
        if best is None or actor[0] > best[0]:
            best = actor
    return None if best is None else Span(doc, *best)


def _own_event(doc: Doc, amount: Span, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether the count's sentence names an event of its own that is no attack ("bei einem
    Brand", "bei einem Verkehrsunfall"): its harm is that event's, not the paragraph's attacker's."""
    sent = sentence_of(doc, amount.start)
    events = mentions_in(doc, sent.start, sent.end, ("event",)) or []
    return any(not _is_attack_noun(lowers[m.end - 1], data) for m in events)


def _hitting_weapons(doc: Doc, lowers: Sequence[str], data: GermanData) -> list[Span]:
    """Weapons that are the subject of an active verb of hitting ("Eine russische Kampfdrohne hat
    einen Zug getroffen", "traf eine Drohne einen Bus"), with the adjective before them, in text
    order; read once per doc."""
    cache = doc_cache(doc)
    if "hitting_weapons" in cache:
        return [Span(doc, s, e) for s, e in cache["hitting_weapons"]]
    found: list[tuple[int, int]] = []
    verbs, weapons = _terms("hitting_verbs"), _terms("weapon_nouns")
    passive = set(data.harm_roles["passive_auxiliaries"])
    seen: set[int] = set()
    # each word of the doc asked once, not once per occurrence: a lookup call per token costs
    hitting = {w for w in set(lowers) if verbs.get(w) is not None}
    for t, lower in enumerate(lowers):
        if lower not in hitting or not doc[t].is_lower:  # the word first: no Token per word
            continue
        s, e = amount_clause(doc, sentence_of(doc, t), doc[t : t + 1])
        if s in seen or passive & set(lowers[s:e]):
            continue  # "wurde von einer Drohne getroffen": the passive reader's
        seen.add(s)
        for k in range(s, e):
            if not doc[k].is_title or weapons.get(lowers[k]) is None or in_prepositional_phrase(doc, k, s, data):
                continue
            first = k
            while first - 1 >= s and doc[first - 1].is_alpha and lowers[first - 1].endswith(data.adjective_endings) and (
                doc[first - 1].is_lower or doc[first - 1].is_sent_start
            ) and lowers[first - 1] not in _words("determiners"):
                first -= 1  # "russische Kampfdrohne", "Russische Gleitbomben"
            found.append((first, k + 1))
            break  # the first weapon of the clause is its subject
    cache["hitting_weapons"] = found
    return [Span(doc, s, e) for s, e in found]

