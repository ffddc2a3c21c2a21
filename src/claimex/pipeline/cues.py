"""Cue spans in a sentence: what the relation stage reads around an amount.

A :class:`SentenceCues` lists, for one sentence, the words that say what happened (casualty
triggers, money categories), who says so (attribution), how sure they are (hedges), and the
asides (dash and bracket insertions) that scope them. All words come from ``lang/de/data``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import lowers_of
from ..lang.de import GermanData, german, load_table
from ..lang.lexicon import LexiconGroup

__all__ = ["Cue", "SentenceCues", "find_cues"]

_ASIDE_OPEN = {"(": ")", "[": "]"}
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_DASHES = {"–", "—"}


@dataclass(frozen=True)
class Cue:
    """A lexicon hit: tokens ``start``..``end`` of the doc, with the value the lexicon gives."""

    start: int
    end: int
    value: str

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@dataclass
class SentenceCues:
    sent: Span
    casualty: list[Cue] = field(default_factory=list)
    money: list[Cue] = field(default_factory=list)
    not_harmed: list[Cue] = field(default_factory=list)
    hedges: list[Cue] = field(default_factory=list)
    source_before: list[Cue] = field(default_factory=list)
    source_after: list[Cue] = field(default_factory=list)
    speech: list[Cue] = field(default_factory=list)
    aside_of: dict[int, int] = field(default_factory=dict)  # token index -> index of its aside's opener

    def aside(self, i: int) -> Optional[int]:
        return self.aside_of.get(i)

    def in_scope(self, cue: Cue, amount: Span) -> bool:
        """A cue speaks of an amount unless it sits in an aside that does not hold the amount."""
        where = self.aside(cue.start)
        return where is None or where == self.aside(amount.start)


# The lexicons of the cue kinds, in the order of find_cues; one group per GermanData (by id).
_CUE_KINDS = ("casualty", "money", "not_harmed", "hedges", "source_before", "source_after", "speech")
_groups: dict[int, tuple[GermanData, LexiconGroup]] = {}


def _cue_lexicons(d: GermanData) -> LexiconGroup:
    """The cue lexicons of ``d`` as one group: every sentence is scanned with all of them."""
    entry = _groups.get(id(d))
    if entry is None or entry[0] is not d:
        lexicons = (
            d.casualty_triggers,
            d.money_categories,
            d.not_harmed,
            d.hedges,
            d.source_before,
            d.source_after,
            d.speech_verbs,
        )
        entry = _groups[id(d)] = (d, LexiconGroup(lexicons))
    return entry[1]


def _asides(sent: Span, lowers: Sequence[str]) -> dict[int, int]:
    """Token index -> opener index, for tokens inside "( ... )" or "– ... –" within the sentence.

    Reads the doc's lower-case words (punctuation is its own lower case): no Token objects."""
    inside: dict[int, int] = {}
    open_at: Optional[int] = None
    closer: Optional[str] = None
    for i in range(sent.start, sent.end):
        text = lowers[i]
        if open_at is None:
            if text in _ASIDE_OPEN:
                open_at, closer = i, _ASIDE_OPEN[text]
            elif text in _DASHES and text in lowers[i + 1 : sent.end]:
                open_at, closer = i, text
            continue
        if text == closer:
            open_at = None
            continue
        inside[i] = open_at
    return inside


#: Punctuation that ends a clause inside a sentence.
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—"})


def clause_of(doc: Doc, sent: Span, i: int) -> tuple[int, int]:
    """(start, end) of the stretch of the sentence between clause punctuation that holds token ``i``."""
    words = lowers_of(doc)  # punctuation is its own lower case; no Token objects
    start = i
    while start > sent.start and words[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    end = i
    while end < sent.end and words[end] not in CLAUSE_BREAKS:
        end += 1
    return start, end


@lru_cache(maxsize=None)
def _harm_idiom_verbs() -> frozenset[str]:
    """Speech verbs that are the verb of a harm idiom ("kam … ums Leben"; attribution_cues.json)."""
    return frozenset(load_table("attribution_cues.json")["harm_idiom_verbs"])


@lru_cache(maxsize=None)
def _particle_verbs() -> dict[str, frozenset[str]]:
    """Speech verbs that report only with a particle closing their clause ("geht … aus")."""
    table = load_table("attribution_cues.json")["particle_speech_verbs"]
    return {verb: frozenset(particles) for verb, particles in table.items()}


@lru_cache(maxsize=None)
def _inverted_verbs() -> frozenset[str]:
    """Speech verbs that report only right after a clause break (", kündigte der Minister an")."""
    return frozenset(load_table("attribution_cues.json")["inverted_speech_verbs"])


@lru_cache(maxsize=None)
def _particle_objects() -> dict[str, frozenset[str]]:
    """Particles that report only with one of their words in the clause ("geht von … aus")."""
    table = load_table("attribution_cues.json")["particle_speech_objects"]
    return {particle: frozenset(words) for particle, words in table.items()}


@lru_cache(maxsize=None)
def _object_verbs() -> dict[str, frozenset[str]]:
    """Speech verbs that report only with one of their prepositions in the clause ("kommt zu dem
    Schluss", "kam auf 300 Tote"; attribution_cues.json "object_speech_verbs")."""
    table = load_table("attribution_cues.json")["object_speech_verbs"]
    return {verb: frozenset(words) for verb, words in table.items()}


@lru_cache(maxsize=None)
def _investigating() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Speech verbs that also mean "investigate", the words after them that say so, and the
    auxiliaries that make them a participle of reporting (attribution_cues.json)."""
    table = load_table("attribution_cues.json")
    auxiliaries = frozenset(table["passive_auxiliaries"]) | frozenset(table["anaphor_auxiliaries"])
    return frozenset(table["investigating_verbs"]), frozenset(table["investigating_followers"]), auxiliaries


def _investigates(cue: Cue, sent: Span, lowers: Sequence[str]) -> bool:
    """"Die Staatsanwaltschaft ermittelt", "ermittelt gegen den Fahrer": the verb investigates,
    it reports nothing; "wurden 12 Tote ermittelt", "Die Polizei ermittelte 14 Verletzte" report."""
    verbs, followers, auxiliaries = _investigating()
    if cue.end - cue.start != 1 or lowers[cue.start] not in verbs:
        return False
    start, _ = clause_of(sent.doc, sent, cue.start)
    if any(w in auxiliaries for w in lowers[start : cue.start]):
        return False
    after = lowers[cue.end] if cue.end < sent.end else "."
    return after in CLAUSE_BREAKS or after in _SENTENCE_ENDS or after in followers


@lru_cache(maxsize=None)
def _reported_speech_marks() -> tuple[frozenset[str], frozenset[str]]:
    """Conjunctions that open a reported clause ("dass") and Konjunktiv I forms that mark one
    ("stelle", "sei", "werde"; attribution_cues.json)."""
    table = load_table("attribution_cues.json")
    moods = frozenset(table["statement_mood_forms"]) | frozenset(table["reported_speech"])
    return frozenset(table["statement_complementisers"]), moods


def _reported_clause_after(cue: Cue, sent: Span, lowers: Sequence[str]) -> bool:
    """The clause after a fronted announcing verb and its comma is reported speech, not an
    infinitive of the subject's own act: "Die Ministerin kündigte an, die Regierung stelle 29
    Millionen bereit", "…, dass der Bund zahlt" (not "…, 5000 Euro zu zahlen")."""
    t = cue.end
    while t < sent.end and lowers[t] not in CLAUSE_BREAKS:
        t += 1
    if t >= sent.end or lowers[t] != ",":
        return False
    end = t + 1
    while end < sent.end and lowers[end] not in CLAUSE_BREAKS and lowers[end] not in _SENTENCE_ENDS:
        end += 1
    openers, moods = _reported_speech_marks()
    clause = lowers[t + 1 : end]
    if not clause or "zu" in clause:
        return False
    return clause[0] in openers or any(w in moods for w in clause)


def _speaks(cue: Cue, casualty: Sequence[Cue], sent: Span, lowers: Sequence[str]) -> bool:
    """Whether a speech cue reports: not "kam" when a casualty trigger follows it in its clause
    ("Bei dem Unfall kam ein Radfahrer ums Leben" says who died, not who reports it), a
    separable verb only with its particle closing the clause ("geht … aus", not "ging an X"),
    and "kommt" only with its preposition ("kommt auf 300 Tote", not "kommt von PSV Eindhoven")."""
    word = lowers[cue.start]
    single = cue.end - cue.start == 1
    if single and _investigates(cue, sent, lowers):
        return False
    particles = _particle_verbs().get(word) if single else None
    objects = _object_verbs().get(word) if single else None
    if word not in _harm_idiom_verbs() and particles is None and objects is None:
        return True
    if (
        word in _inverted_verbs()
        and (cue.start == sent.start or lowers[cue.start - 1] not in CLAUSE_BREAKS)
        and not _reported_clause_after(cue, sent, lowers)
    ):
        return False  # fronted "Das Land kündigte an, … zu zahlen" announces its own act
    end = cue.end
    while end < sent.end and lowers[end] not in CLAUSE_BREAKS and lowers[end] not in _SENTENCE_ENDS:
        end += 1
    if objects is not None and not any(w in objects for w in lowers[cue.end : end]):
        return False
    if particles is not None:
        if not (end > cue.end and lowers[end - 1] in particles):
            return False
        objects = _particle_objects().get(lowers[end - 1])
        return objects is None or any(w in objects for w in lowers[cue.end : end - 1])
    return not any(cue.end <= c.start < end for c in casualty)


def find_cues(sent: Span, lowers: Sequence[str], data: Optional[GermanData] = None) -> SentenceCues:
    """All cues of one sentence."""
    hits = _cue_lexicons(data or german()).scan(lowers, sent.start, sent.end)
    cues = {kind: [Cue(i, j, str(value)) for i, j, value in found] for kind, found in zip(_CUE_KINDS, hits)}
    cues["speech"] = [c for c in cues["speech"] if _speaks(c, cues["casualty"], sent, lowers)]
    return SentenceCues(sent=sent, aside_of=_asides(sent, lowers), **cues)


def is_question(doc: Doc, sent: Span) -> bool:
    """A sentence that asks: its last token but spaces and quote marks is a question mark."""
    t = sent.end - 1
    while t > sent.start and (doc[t].is_space or doc[t].is_quote):
        t -= 1
    return doc[t].text == "?"
