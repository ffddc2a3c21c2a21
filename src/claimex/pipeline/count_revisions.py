"""Who revises a count reports it: "Die Behörden erhöhten die Zahl der Todesopfer auf 40", "Der
Zivilschutz senkte die Zahl der Vermissten auf zwölf". A body that raises or lowers the number
of the dead, injured or missing tells the new figure, as "korrigierte die Zahl auf …" does (a
verb of speech already); the verbs "erhöhen" and "senken" are no verbs of speech elsewhere ("Die
Stadt erhöhte die Soforthilfe auf 2 Millionen Euro" is her own act), so only with "Zahl" as
their object. "Die Zahl der Toten erhöhte sich auf 14" names no one who revised it."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import lowers_of
from ..lang.de import words as _words
from .cues import clause_of
from .sources import attribution_words, source_mentions, with_name

__all__ = ["count_reviser"]

#: Mentions that can revise a count.
_REVISER_KINDS = ("person", "organisation", "group")


@lru_cache(maxsize=1)
def _revised_nouns() -> tuple[str, ...]:
    """The nouns of a count that can be revised ("Zahl", "Opferzahl"), for ``str.endswith``."""
    return tuple(attribution_words("revised_count_nouns"))


def count_reviser(doc: Doc, sent: Span, amount: Span) -> Optional[Span]:
    """The subject that raises or lowers "die Zahl" to ``amount`` in its clause, or None."""
    lowers = lowers_of(doc)
    start, end = clause_of(doc, sent, amount.start)
    nouns = _revised_nouns()
    # the words first: a Token only for a word that ends as the noun does
    count = next((t for t in range(start, amount.start) if lowers[t].endswith(nouns) and doc[t].is_title), None)
    if count is None or count == start or lowers[count - 1] not in _words("determiners"):
        return None
    verbs = attribution_words("count_revision_verbs")
    verb = next((t for t in range(start, end) if lowers[t] in verbs and doc[t].is_lower), None)
    if verb is None or verb + 1 < end and lowers[verb + 1] == "sich":
        return None  # "erhöhte sich auf 14": the count rose, no one raised it
    return _subject_before(doc, start, count, source_mentions(doc, start, count))


def _subject_before(doc: Doc, start: int, count: int, mentions: Sequence[Span]) -> Optional[Span]:
    """The first person or body of the clause before the count, after no preposition."""
    not_subject = attribution_words("not_subject_words")
    for m in mentions:
        if m.end > count:
            return None
        j = m.start - 1
        while j >= start and doc[j].lower_ in _words("determiners"):
            j -= 1
        if j >= start and doc[j].lower_ in not_subject:
            continue
        return with_name(doc, m) if m.label_ in _REVISER_KINDS else None
    return None
