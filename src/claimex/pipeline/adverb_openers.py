"""A capitalised adverb, adjective or participle opening a sentence is no payer or receiver.

The clause rules read the capitalised word before a finite verb as its subject ("Velmar zahlte
…"). German puts adverbs there too, capitalised: "Kürzlich hat ein Spital … bezahlt", "Dahinter
folgen Frankreich mit …", "Bundesweit flossen …", "Belastet wurde das Ergebnis durch …". Such a
word is known by its shape: an adverb ending ("-lich", "-weise", "-mals" ...), a pronominal
adverb ("da" + preposition), or a participle before a passive auxiliary. A word the text also
writes inside a sentence is a name ("Anna Fröhlich … . Fröhlich zahlte …") and stays. The words live in ``role_cues.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_start, texts_of
from ..lang.de import bare_participle
from .role_phrases import role_cues
from .sources import attribution_words

__all__ = ["adverb_opener"]

#: Punctuation after which a capitalised word opens a clause as at a sentence start.
_OPENERS = frozenset({":", "–", "—"})  # a line break is a space token (is_space)
#: Shortest participle read by its prefix ("erhöht"): shorter words are mostly nouns ("Beet").
_PARTICIPLE_LENGTH = 6


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    return (
        tuple(role_cues("adverb_endings")),
        role_cues("pronominal_adverb_heads"),
        role_cues("pronominal_adverb_prepositions"),
        tuple(role_cues("inseparable_prefixes")),
        attribution_words("passive_auxiliaries") | attribution_words("state_passive_auxiliaries"),
    )


def _adverb_shaped(word: str) -> bool:
    """Whether a lower-case word has the shape of an adverb: an adverb ending or "da" +
    preposition ("dahinter", "daraus", "wofür")."""
    endings, heads, prepositions, _, _ = _table()
    if word.endswith(endings):
        return True
    # "daraufhin", "dabei": a direction suffix may follow the preposition
    return any(word.startswith(h) and _strip_direction(word[len(h) :]) in prepositions for h in heads)


def _strip_direction(rest: str) -> str:
    """``rest`` without a trailing "hin" or "her" ("aufhin" -> "auf")."""
    for suffix in _DIRECTIONS:
        if rest.endswith(suffix) and len(rest) > len(suffix):
            return rest[: -len(suffix)]
    return rest


#: Direction suffixes of pronominal adverbs ("daraufhin", "woher").
_DIRECTIONS = ("hin", "her")


def _passive_participle(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is a past participle right before a passive auxiliary ("Belastet
    wurde", "Ausgezahlt werden")."""
    _, _, _, prefixes, auxiliaries = _table()
    if t + 1 >= len(doc) or doc[t + 1].lower_ not in auxiliaries:
        return False
    word = doc[t].lower_
    return bare_participle(word) or len(word) >= _PARTICIPLE_LENGTH and word.endswith("t") and word.startswith(prefixes)


def adverb_opener(doc: Doc, party: Optional[Span]) -> bool:
    """Whether ``party`` is one capitalised word opening its sentence or clause that is shaped as
    an adverb or a passive participle, and no name the text writes elsewhere."""
    if party is None or len(party) != 1 or not party[0].is_title:
        return False
    t = party.start
    if not (sentence_start(doc, t) == t or t > 0 and doc[t - 1].text.strip() in _OPENERS or t > 0 and doc[t - 1].is_space):
        return False
    if not (_adverb_shaped(party[0].lower_) or _passive_participle(doc, t)):
        return False
    # a name the text writes again inside a sentence ("Anna Fröhlich … . Fröhlich überwies …") stays
    return not _named_elsewhere(doc, t)


def _named_elsewhere(doc: Doc, t: int) -> bool:
    """Whether the word at ``t`` stands elsewhere in the doc capitalised but opening no sentence:
    a name, for the recognizer reads any capitalised opener as one."""
    return bool(_inner_words(doc).get(doc[t].text, frozenset()) - {t})


def _inner_words(doc: Doc) -> dict[str, frozenset[int]]:
    """Word -> the positions where it stands inside a sentence (no sentence start, no line start),
    built once per doc."""
    cache = doc_cache(doc)
    found = cache.get("inner_words")
    if found is None:
        texts, positions = texts_of(doc), {}
        for u in range(1, len(texts)):
            if sentence_start(doc, u) != u and not doc[u - 1].is_space:
                positions.setdefault(texts[u], set()).add(u)
        found = cache["inner_words"] = {w: frozenset(p) for w, p in positions.items()}
    return found
