"""Which words of the text a claim's source names: the reporter's name where the text gives
one, at its occurrence nearest to the amount (CLAIMS.md: "prefer the name"; AUTHORING.md
"Which occurrence a role names").

The source stages find who reports by the shape of a clause ("teilte die Airline mit",
"nach Angaben des Verbands"), often as a common noun or at an occurrence far from the amount.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from ..extensions import sentence_of
from .referents import is_named, named_reporter, nearest_occurrence, resolve_party
from .sources import source_occurrence


def written_source(doc: Doc, source: Optional[Span], amount: Span) -> Optional[Span]:
    """The span a claim's ``source`` is written as: a body's common noun as the name it
    stands for (:func:`reporter_name`), that name at its occurrence nearest to ``amount``,
    never a part of the source's own span ("der Föderation (ITF)" stays whole) and never the
    place a body's name holds (:func:`sources.source_occurrence`)."""
    named = reporter_name(doc, named_reporter(doc, source), amount)
    nearest = nearest_occurrence(doc, named, amount)
    if named is not None and nearest is not None and _keeps_own_occurrence(doc, named, nearest, amount):
        nearest = named
    return source_occurrence(doc, named, nearest)


def reporter_name(doc: Doc, source: Optional[Span], amount: Span) -> Optional[Span]:
    """The name a body that reports by a common noun stands for ("Das teilte die Airline mit"
    -> "Hanseflug"), as the role stages resolve a party's class noun
    (:func:`referents.resolve_party`): only a body's name, not a place's ("die Gemeinde", "der
    Kanton" stay: a place and its government are written as the text names them), not one
    of a pair ("Unternehmen und Betriebsrat"), and not the same noun again ("des Bundesamts")."""
    if source is None or is_named(doc, source) or source.label_ not in ("organisation", ""):
        return source
    if source.end + 1 < len(doc) and doc[source.end].lower_ in _COORDINATORS:
        return source
    found = resolve_party(doc, source, amount)
    if found is None or found is source or found.label_ != "organisation":
        return source
    head = source[-1].lower_.rstrip("s")
    if all(t.lower_.rstrip("s") == head for t in found):
        return source
    return found


_COORDINATORS = ("und", "sowie", "oder")


def _keeps_own_occurrence(doc: Doc, named: Span, nearest: Span, amount: Span) -> bool:
    """Whether the source stays at its own occurrence ``named`` rather than ``nearest``: that is a
    run of it or its short form in brackets right after it ("Föderation (ITF)"), or ``named``
    stands in the amount's sentence and ``nearest`` outside it (a long name's start may lie
    farther from the amount than a short form in the next sentence)."""
    if named.start <= nearest.start and nearest.end <= _bracket_end(doc, named):
        return True
    sent = sentence_of(doc, amount.start)
    return sent.start <= named.start < sent.end and not sent.start <= nearest.start < sent.end


def _bracket_end(doc: Doc, name: Span) -> int:
    """Where ``name`` ends with the bracket right after it ("Föderation (ITF)"), if any."""
    end = name.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        return end + 3
    return end
