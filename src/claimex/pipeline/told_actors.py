"""Who caused the harm of a count whose paragraph told the attack before it without a link word.

Wire reports tell the deed first and its toll after it, often with no "dabei" between them: "Ein
Mann hat in Solingen auf Besucher eines Stadtfests eingestochen. Drei Menschen starben", "Eine
russische Drohne hat einen Zug getroffen. Vier Menschen starben". When no other rule found who
harmed, the count takes the actor of the nearest attack told before it in its paragraph (the
subject of an active verb of attacking or causing, ``harmers.event_actors``), never one counted
as harmed. A count that stands apart (figures over many events, an earlier case) takes none.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..lang.de import GermanData
from .harmers import event_actors
from .referents import paragraph_bounds

__all__ = ["paragraph_actor"]


def paragraph_actor(
    doc: Doc, amount: Span, lowers: Sequence[str], data: GermanData, victims: Sequence[Span] = ()
) -> Optional[Span]:
    """The actor of the last attack told before ``amount`` in its paragraph, not one of the
    ``victims``; None when the paragraph tells none before it."""
    start, _ = paragraph_bounds(doc, amount.start)
    best: Optional[Span] = None
    for actor in event_actors(doc, lowers, data):
        if actor.start < start:
            continue
        if actor.end > amount.start:
            break
        if any(v.start < actor.end and actor.start < v.end for v in victims):
            continue
        best = actor
    return best

