"""What the rule role finders share (``source_finder.py``, ``money_parties.py``, ``harmers.py``,
``causers.py``, ``claimants.py``): the word lists of ``role_cues.json``, the entities and
mentions in a token range, the noun phrase at a token, the clause that holds an amount,
inflected lexicon look-ups and the subject a pronoun stands for.

Each finder takes the amount span, the cues of its sentence and the doc's entities (money
parties and demonym attackers: its mentions, ``doc.spans["claimex_mentions"]``, when the
pipeline has that layer), and returns a spaCy ``Span`` or None. The trained relation classifier replaces these rules by
scoring the same candidates (``candidates.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, entities_of, texts_of
from ..lang.de import GermanData, load_table
from ..lang.de import words as _words
from ..lang.lexicon import Lexicon
from .cues import CLAUSE_BREAKS
from .mentions import MENTIONS_KEY, mention_antecedent, mention_table
from .referents import is_speaker_pronoun, pronoun_antecedent

__all__ = [
    "role_cues",
    "entities_in",
    "mentions_in",
    "party_at",
    "noun_phrase",
    "is_place_adjective",
    "amount_clause",
    "pronoun_subject",
    "role_cue_endings",
    "party_prepositions",
    "inflected_in",
    "in_prepositional_phrase",
    "signs_player",
]


@lru_cache(maxsize=None)
def role_cues(name: str) -> frozenset[str]:
    """A word list of ``role_cues.json`` ("plural_datives", "finite_verbs" ...)."""
    return frozenset(load_table("role_cues.json")[name])


def signs_player(lowers: Sequence[str], t: int, start: int, end: int) -> bool:
    """Whether token ``t`` is a verb of signing a player ("verpflichtet", "holte"; ``signing_verbs``)
    and not the reflexive "(hat) sich verpflichtet", in a clause ``start``..``end``."""
    if lowers[t] not in role_cues("signing_verbs"):
        return False
    return not (t + 1 < end and lowers[t + 1] == "sich" or t > start and lowers[t - 1] == "sich")


def entities_in(doc: Doc, start: int, end: int, labels: Sequence[str] = ("PER", "ORG", "GPE", "LOC")) -> list[Span]:
    """The entities inside tokens ``start``..``end``, read from a per-doc sorted copy of ``doc.ents``."""
    ents, starts = _sorted_ents(doc)
    i = bisect_left(starts, start)
    found = []
    while i < len(ents) and ents[i][0] < end:
        if ents[i][1] <= end and ents[i][2] in labels:
            found.append(Span(doc, *ents[i]))
        i += 1
    return found


def _sorted_ents(doc: Doc) -> tuple[list[tuple[int, int, str]], list[int]]:
    cache = doc_cache(doc)
    if "sorted_ents" not in cache:
        ents = sorted(entities_of(doc), key=lambda e: e[0])
        cache["sorted_ents"] = (ents, [e[0] for e in ents])
    return cache["sorted_ents"]


def mentions_in(doc: Doc, start: int, end: int, kinds: Sequence[str]) -> Optional[list[Span]]:
    """The mentions (``claimex_mentions``) of the given kinds inside tokens ``start``..``end``;
    None when the pipeline has no mention layer."""
    if MENTIONS_KEY not in doc.spans:
        return None
    group = doc.spans[MENTIONS_KEY]
    table, starts = mention_table(doc)
    i = bisect_left(starts, start)
    found = []
    while i < len(table) and table[i][0] < end:
        if table[i][1] <= end and table[i][2] in kinds:
            found.append(group[i])
        i += 1
    return found


def party_at(parties: Sequence[Span], doc: Doc, i: Optional[int]) -> Optional[Span]:
    """The party a parsed phrase head at ``i`` names: the one holding it, else the first one
    inside its phrase that does not follow it ("der Sprecher der Firma" names no party)."""
    if i is None:
        return None
    held = next((p for p in parties if p.start <= i < p.end), None)
    if held is not None:
        return held
    left = doc[i].left_edge.i
    return next((p for p in parties if left <= p.start and p.end <= i + 1), None)


def noun_phrase(doc: Doc, i: int, end: int) -> Optional[Span]:
    """The noun phrase starting at ``i`` (determiners skipped): adjectives and a capitalised head."""
    while i < end and doc[i].lower_ in _words("determiners"):
        i += 1
    start = i
    # adjectives and articles are declined ("des ukrainischen Heeres"); "lautet der Spruch" opens with a verb
    while i < end and doc[i].is_lower and doc[i].is_alpha and i - start < 3 and (
        doc[i].lower_.endswith(_DECLINED_ENDINGS) or doc[i].lower_ in _words("determiners")
    ):
        i += 1
    if (
        i < end
        and doc[i].lower_ not in _words("not_noun_heads")
        and (doc[i].is_title and doc[i].is_alpha or "-" in doc[i].text and doc[i].text[:1].isupper())
    ):
        return doc[start : i + 1]
    return None


#: Endings of declined adjectives and articles.
_DECLINED_ENDINGS = ("e", "en", "er", "es", "em", "n")


def is_place_adjective(party: Span) -> bool:
    """A one-word "-er" place or people word right before another party: the capitalised
    adjective of a place ("der Basler Logistikkonzern", "die Wiener Stadtwerke"), no party."""
    return len(party) == 1 and party.label_ in ("place", "group") and party.text.endswith("er") and party[0].is_title


def amount_clause(doc: Doc, sent: Span, amount: Span) -> tuple[int, int]:
    """The stretch of the sentence between clause marks that holds the amount."""
    texts = texts_of(doc)
    start = amount.start
    while start > sent.start and texts[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    end = amount.end
    while end < sent.end and texts[end] not in CLAUSE_BREAKS:
        end += 1
    return start, end


def pronoun_subject(doc: Doc, start: int, end: int, parties: bool = False) -> Optional[Span]:
    """A subject pronoun in ``start``..``end`` as its antecedent ("Er zahlte" -> the name it stands
    for), None for a pronoun the mention layer found no antecedent for. Of a money clause
    (``parties``), the subject the pronoun continues first (``referents.pronoun_antecedent``),
    and a speaker's "wir" as itself (``referents.resolve_party`` reads the body it names)."""
    if not any(doc[t].lower_ in _words("subject_pronouns") for t in range(start, end)):
        return None
    for m in mentions_in(doc, start, end, ("pronoun",)) or []:
        if m.text.lower() not in _words("subject_pronouns") or _dative_ihr(doc, m):
            continue
        found = pronoun_antecedent(doc, m) if parties else None
        if found is not None:
            return found
        antecedent = mention_antecedent(m)
        if antecedent:
            return Span(doc, *antecedent)
        break
    if not parties:
        return None
    # "Wir haben … gezahlt", also after an interview's "Name:" (no pronoun mention there)
    we = next((t for t in range(start, end) if doc[t].lower_ in _words("subject_pronouns") and is_speaker_pronoun(doc[t].lower_)), None)
    return Span(doc, we, we + 1, label="pronoun") if we is not None else None  # an unresolved pronoun names nobody


def _dative_ihr(doc: Doc, m: Span) -> bool:
    """ "Ihr stehen 400.000 Euro zu", "muss ihr 11.000 Euro zahlen": "ihr" before a verb in "-en"
    or a number is the dative of "sie"; the subject "ihr" takes a verb in "-t" ("ihr zahlt")."""
    if m.text.lower() != "ihr" or m.end >= len(doc):
        return False
    after = doc[m.end]
    return after.like_num or after.is_lower and after.is_alpha and after.lower_.endswith("en")


@lru_cache(maxsize=None)
def role_cue_endings(name: str) -> tuple[str, ...]:
    """A word list of ``role_cues.json`` as a tuple, for ``str.endswith`` (read once)."""
    return tuple(role_cues(name))


@lru_cache(maxsize=1)
def party_prepositions() -> frozenset[str]:
    """Prepositions whose object is no subject: of receiving, of paying and of place ("an", "vom", "in")."""
    return _words("to_prepositions") | _words("from_prepositions") | _words("not_subject_prepositions")


def inflected_in(word: str, lexicon: Lexicon, data: GermanData) -> bool:
    """``word`` or its stem without a case or plural ending is in ``lexicon``: "Strafen", "Angriffen"."""
    key = (id(lexicon), word)
    found = _INFLECTED.get(key)
    if found is None:
        found = _INFLECTED[key] = bool(lexicon.get(word)) or any(
            word.endswith(ending) and len(word) > len(ending) + 3 and lexicon.get(word[: -len(ending)])
            for ending in data.harm_roles["noun_endings"]
        )
    return found


#: (lexicon, word) -> whether the word is in the lexicon in some inflected form; news repeats its words
_INFLECTED: dict[tuple[int, str], bool] = {}


def in_prepositional_phrase(doc: Doc, t: int, start: int, data: GermanData) -> bool:
    """True when the noun at ``t`` follows a preposition (determiners and adjectives between)."""
    j = t - 1
    while j >= start and (doc[j].lower_ in _words("determiners") or doc[j].is_lower and doc[j].is_alpha):
        if doc[j].lower_ in data.harm_roles["prepositions"]:
            return True
        j -= 1
    return j >= start and doc[j].lower_ in data.harm_roles["prepositions"]
