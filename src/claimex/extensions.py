"""The custom attributes claimex adds to spaCy objects, installed once (idempotent).

Each pipeline stage writes to exactly one named place:

- ``claimex_sentences`` -> ``token.is_sent_start``
- ``claimex_amounts``   -> ``doc.spans["claimex_amounts"]``, each span's ``span._.amount``
- ``claimex_entities``  -> ``doc.ents`` (labels PER, ORG, GPE, LOC, GROUP)
- ``claimex_relations`` -> ``doc._.claimex_relations``
- ``claimex_claims``    -> ``doc._.claims``

Serialisable Docs: the ``._`` attributes keep plain data (str, int, float, bool, None, lists
and dicts of them) in ``doc.user_data``, under spaCy's own keys (``("._.", name, start, end)``),
and give back objects (:class:`~claimex.numbers.amount.Amount`, ``ClaimDecision``,
:class:`~claimex.claims.Claim`) through getters. So ``doc.to_bytes()``, ``DocBin(store_user_data=True)``,
pickle and ``nlp.pipe(n_process=2)`` carry everything claimex found, and a reader without
claimex still sees plain data. Assigning to an attribute stores a copy: change an object you
read, then assign it back. Working caches of the stages live beside the doc
(:func:`doc_cache`), never in ``user_data``.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from typing import Any, Optional, Sequence

from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .claims import Claim
from .errors import Errors
from .numbers.amount import Amount

__all__ = [
    "AMOUNTS_KEY",
    "install_extensions",
    "sentence_bounds",
    "sentence_of",
    "lowers_of",
    "texts_of",
    "token_chars",
    "text_of",
    "entities_of",
    "amount_of",
    "set_amount",
    "doc_cache",
    "spans_within",
    "entries_within",
    "label_id",
    "to_plain",
    "from_plain",
]

AMOUNTS_KEY = "claimex_amounts"

# A span inside plain data: {"$span": [start token, end token, label]}.
_SPAN_TAG = "$span"

# id(doc) -> (weak reference to the doc, its cache); an entry leaves when its doc dies.
_caches: dict[int, tuple["weakref.ref[Doc]", dict[str, Any]]] = {}


def doc_cache(doc: Doc) -> dict[str, Any]:
    """Scratch space of one doc for the stages' caches: never serialised, gone with the doc.

    Values must not refer to the doc (no Spans or Tokens: keep token indices), else the
    doc could never be freed.
    """
    key = id(doc)
    entry = _caches.get(key)
    if entry is not None and entry[0]() is doc:
        return entry[1]

    def forget(ref: "weakref.ref[Doc]") -> None:
        if _caches.get(key, (None,))[0] is ref:
            del _caches[key]

    cache: dict[str, Any] = {}
    _caches[key] = (weakref.ref(doc, forget), cache)
    return cache


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The first tokens and the end tokens of the doc's sentences, found once per doc; do not
    change the lists."""
    cache = doc_cache(doc)
    bounds = cache.get("sentences")
    if bounds is None:
        sents = list(doc.sents)
        bounds = cache["sentences"] = ([s.start for s in sents], [s.end for s in sents])
    return bounds


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``; sentence bounds are found once per doc.

    ``token.sent`` walks the doc on every call, which makes long documents quadratic.
    """
    starts, ends = sentence_bounds(doc)
    k = bisect_right(starts, i) - 1
    return Span(doc, starts[k], ends[k])  # three times cheaper than doc[start:end]


def sentence_start(doc: Doc, i: int) -> int:
    """``sentence_of(doc, i).start`` without building the Span."""
    starts = sentence_bounds(doc)[0]
    return starts[bisect_right(starts, i) - 1]


def lowers_of(doc: Doc) -> list[str]:
    """The lower-case form of every token of ``doc``, built once per doc; do not change it.

    Several stages read the whole doc lower-cased, and a Token object per word per stage costs.
    """
    cache = doc_cache(doc)
    lowers = cache.get("lowers")
    if lowers is None or len(lowers) != len(doc):
        # one array read and a string lookup per word: no Token object per word
        strings = doc.vocab.strings
        lowers = cache["lowers"] = [strings[h] for h in doc.to_array(LOWER).tolist()]
    return lowers


def texts_of(doc: Doc) -> list[str]:
    """The text of every token of ``doc``, built once per doc; do not change it. For the
    stages that scan every word's text: a Token object per word per scan costs."""
    cache = doc_cache(doc)
    texts = cache.get("texts")
    if texts is None or len(texts) != len(doc):
        strings = doc.vocab.strings
        texts = cache["texts"] = [strings[h] for h in doc.to_array(ORTH).tolist()]
    return texts


def token_chars(doc: Doc) -> tuple[list[int], list[int], list[bool]]:
    """(first character, end character, whether white space) of every token of ``doc``, built
    once per doc in one array read; do not change them. Offsets without a Token per word."""
    cache = doc_cache(doc)
    chars = cache.get("chars")
    if chars is None or len(chars[0]) != len(doc):
        columns = doc.to_array([IDX, LENGTH, IS_SPACE])
        starts = columns[:, 0]
        chars = cache["chars"] = (starts.tolist(), (starts + columns[:, 1]).tolist(), columns[:, 2].astype(bool).tolist())
    return chars


def text_of(doc: Doc) -> str:
    """The doc's text, read once per doc: ``doc.text`` joins every token anew on each access."""
    cache = doc_cache(doc)
    text = cache.get("text")
    if text is None:
        text = cache["text"] = doc.text
    return text


def entities_of(doc: Doc) -> list[tuple[int, int, str]]:
    """The entities of ``doc`` as ``(start, end, label)`` in text order, read once per doc; do
    not change the list. ``doc.ents`` walks the whole doc and builds new spans on every access.
    Read it only once the entity stage has run."""
    cache = doc_cache(doc)
    ents = cache.get("ents")
    if ents is None:
        ents = cache["ents"] = [(e.start, e.end, e.label_) for e in doc.ents]
    return ents


# -- plain data ---------------------------------------------------------------------------


def spans_within(
    doc: Doc, found: Sequence[tuple[Any, ...]], starts: Sequence[int], start: int, end: int
) -> list[Span]:
    """The ``(start, end, label, ...)`` entries of ``found`` (in text order, ``starts`` their starts)
    that lie inside tokens ``start``..``end``, as spans: a per-doc table read by bisection."""
    return [Span(doc, entry[0], entry[1], label=label_id(entry[2])) for entry in entries_within(found, starts, start, end)]


def entries_within(found: Sequence[tuple[Any, ...]], starts: Sequence[int], start: int, end: int) -> list[tuple[Any, ...]]:
    """The entries of :func:`spans_within` themselves, without building spans."""
    entries = []
    i = bisect_left(starts, start)
    while i < len(found) and found[i][0] < end:
        if found[i][1] <= end:
            entries.append(found[i])
        i += 1
    return entries


# label -> its hash in the string store; the same for every vocab
_label_ids: dict[str, int] = {}


def label_id(label: str) -> int:
    """The hash of ``label``, for ``Span(..., label=...)``: a span given the string hashes it
    anew each time, which costs as much again as the span. Only for a label the doc's vocab
    already holds (read from a span of that doc, or one the stages write)."""
    found = _label_ids.get(label)
    if found is None:
        found = _label_ids[label] = get_string_id(label)
    return found


def to_plain(value: Any, where: str) -> Any:
    """``value`` as msgpack-able data; Spans become ``{"$span": [start, end, label]}``.

    where (str): the attribute being stored, named in the error for anything else.
    """
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Span):
        return {_SPAN_TAG: [value.start, value.end, value.label_]}
    if isinstance(value, dict):
        return {str(k): to_plain(v, where) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v, where) for v in value]
    raise TypeError(Errors.E015.format(where=where, type=type(value).__name__))


def from_plain(value: Any, doc: Doc) -> Any:
    """The inverse of :func:`to_plain`: spans are rebuilt on ``doc``."""
    if isinstance(value, dict):
        if _SPAN_TAG in value:
            start, end, label = value[_SPAN_TAG]
            return Span(doc, start, end, label=label)
        return {k: from_plain(v, doc) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [from_plain(v, doc) for v in value]
    return value


# -- the attributes -------------------------------------------------------------------------


def _doc_key(name: str) -> tuple[str, str, None, None]:
    return ("._.", name, None, None)


def _span_key(name: str, span: Span) -> tuple[str, str, int, int]:
    return ("._.", name, span.start_char, span.end_char)


def _built(doc: Doc, key: tuple, data: Any) -> Any:
    """The object last built from ``data`` (this very object) for ``key``, or None.

    Getters run many times per doc: immutable objects (amounts, claims) are built once from
    their stored data, and the setter records what it stored.
    """
    built = doc_cache(doc).get("built")
    hit = None if built is None else built.get(key)
    return hit[1] if hit is not None and hit[0] is data else None


def _remember(doc: Doc, key: tuple, data: Any, built: Any) -> None:
    doc_cache(doc).setdefault("built", {})[key] = (data, built)


def amount_of(span: Span) -> Optional[Amount]:
    """``span._.amount``, read without the ``._`` proxy spaCy builds on every access (the
    stages read the amounts of a doc many times)."""
    # _span_key and _built written out: this runs some 7 times per word
    doc = span.doc
    key = ("._.", "amount", span.start_char, span.end_char)
    data = doc.user_data.get(key)
    if data is None:
        return None
    built = doc_cache(doc).get("built")
    hit = None if built is None else built.get(key)
    if hit is not None and hit[0] is data:
        amount: Amount = hit[1]
        return amount
    amount = Amount.from_data(data)
    _remember(doc, key, data, amount)
    return amount


_get_amount = amount_of


def set_amount(span: Span, amount: Optional[Amount]) -> None:
    """``span._.amount = amount`` without the ``._`` proxy spaCy builds on every access."""
    key = _span_key("amount", span)
    data = span.doc.user_data[key] = None if amount is None else amount.to_data()
    _remember(span.doc, key, data, amount)


def _get_relations(doc: Doc) -> Optional[list[Any]]:
    from .pipeline.relations import ClaimDecision  # late: the relation stage imports this module

    data = doc.user_data.get(_doc_key("claimex_relations"))
    if data is None:
        return None
    return [ClaimDecision(**from_plain(d, doc)) for d in data]


def _set_relations(doc: Doc, decisions: Optional[list[Any]]) -> None:
    where = "doc._.claimex_relations"
    doc.user_data[_doc_key("claimex_relations")] = (
        None if decisions is None else [to_plain(vars(d), where) for d in decisions]
    )


def _get_claims(doc: Doc) -> Optional[list[Claim]]:
    key = _doc_key("claims")
    data = doc.user_data.get(key)
    if data is None:
        return None
    claims = _built(doc, key, data)
    if claims is None:
        claims = tuple(Claim.from_data(d) for d in data)
        _remember(doc, key, data, claims)
    return list(claims)


def _set_claims(doc: Doc, claims: Optional[list[Claim]]) -> None:
    key = _doc_key("claims")
    data = doc.user_data[key] = None if claims is None else [c.to_data() for c in claims]
    _remember(doc, key, data, None if claims is None else tuple(claims))


def install_extensions() -> None:
    """Register the ``._`` attributes; calling it again changes nothing."""
    if not Span.has_extension("amount"):
        Span.set_extension("amount", getter=_get_amount, setter=set_amount)
    if not Doc.has_extension("claimex_relations"):
        Doc.set_extension("claimex_relations", getter=_get_relations, setter=_set_relations)
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", getter=_get_claims, setter=_set_claims)
