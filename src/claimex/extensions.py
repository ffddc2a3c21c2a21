"""The custom attributes claimex adds to spaCy objects, installed once (idempotent).

Each pipeline stage writes to exactly one named place:

- ``claimex_sentences`` -> ``token.is_sent_start``
- ``claimex_amounts``   -> ``doc.spans["claimex_amounts"]``, each span's ``span._.amount``
- ``claimex_entities``  -> ``doc.ents`` (labels PER, ORG, GPE, LOC, GROUP)
- ``claimex_relations`` -> ``doc._.claimex_relations``
- ``claimex_claims``    -> ``doc._.claims``
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

__all__ = ["AMOUNTS_KEY", "install_extensions", "sentence_of"]

AMOUNTS_KEY = "claimex_amounts"


def install_extensions() -> None:
    """Register the ``._`` attributes; calling it again changes nothing."""
    if not Span.has_extension("amount"):
        Span.set_extension("amount", default=None)
    if not Doc.has_extension("claimex_relations"):
        Doc.set_extension("claimex_relations", default=None)
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``; the sentence list is built once per doc.

    ``token.sent`` walks the doc on every call, which makes long documents quadratic.
    """
    key = "claimex.sentences"
    if key not in doc.user_data:
        sents = list(doc.sents)
        doc.user_data[key] = (sents, [s.start for s in sents])
    sents, starts = doc.user_data[key]
    return sents[bisect_right(starts, i) - 1]
