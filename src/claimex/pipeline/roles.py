"""Find the role spans of a claim (source, agent, recipient, victim, time, location) by rules.

Each finder takes the amount span, the cues of its sentence and the doc's entities (money
parties and demonym attackers: its mentions, ``doc.spans["claimex_mentions"]``, when the
pipeline has that layer), and returns a spaCy ``Span`` or None. The trained relation classifier replaces these rules by
scoring the same candidates (``candidates.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache
from ..lang.de import GermanData
from ..lang.de import words as _words
from ..lang.de.persons import age_compound
from .cues import Cue, SentenceCues
from .mentions import MENTIONS_KEY
from .sources import cued_source, own_statement_subject, source_mentions, speech_subject, with_name

#: The mention kinds that can pay or receive money.
_PARTY_KINDS = ("person", "organisation", "place", "group")

__all__ = [
    "is_source_noun",
    "find_source",
    "find_money_parties",
    "find_victim",
    "find_time",
    "find_location",
    "noun_after",
]


def _entities_in(doc: Doc, start: int, end: int, labels: Sequence[str] = ("PER", "ORG", "GPE", "LOC")) -> list[Span]:
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
    # doc.ents builds new spans on every access, so each doc reads it once (as token indices:
    # the cache must not hold the doc)
    cache = doc_cache(doc)
    if "sorted_ents" not in cache:
        ents = sorted(((e.start, e.end, e.label_) for e in doc.ents), key=lambda e: e[0])
        cache["sorted_ents"] = (ents, [e[0] for e in ents])
    return cache["sorted_ents"]


def _mentions_in(doc: Doc, start: int, end: int, kinds: Sequence[str]) -> Optional[list[Span]]:
    """The mentions (``claimex_mentions``) of the given kinds inside tokens ``start``..``end``;
    None when the pipeline has no mention layer."""
    if MENTIONS_KEY not in doc.spans:
        return None
    group = doc.spans[MENTIONS_KEY]
    i = bisect_left(group, start, key=lambda s: s.start)
    found = []
    while i < len(group) and group[i].start < end:
        span = group[i]
        if span.end <= end and span.label_ in kinds:
            found.append(span)
        i += 1
    return found


def _noun_phrase(doc: Doc, i: int, end: int) -> Optional[Span]:
    """The noun phrase starting at ``i`` (determiners skipped): adjectives and a capitalised head."""
    while i < end and doc[i].lower_ in _words("determiners"):
        i += 1
    start = i
    while i < end and doc[i].is_lower and doc[i].is_alpha and i - start < 3:
        i += 1
    if (
        i < end
        and doc[i].lower_ not in _words("not_noun_heads")
        and (doc[i].is_title and doc[i].is_alpha or "-" in doc[i].text and doc[i].text[:1].isupper())
    ):
        return doc[start : i + 1]
    return None


def is_source_noun(word: str, data: GermanData) -> bool:
    """A noun that can assert a claim: "Polizei", "Innenministerium" (compound heads count)."""
    return word in data.source_nouns or word.endswith(data.source_heads)


def _subject_entity(doc: Doc, lowers: Sequence[str], start: int, end: int) -> Optional[Span]:
    """An entity in ``start``..``end`` that is not inside a prepositional phrase of place."""
    for e in _entities_in(doc, start, end):
        j = e.start - 1
        while j >= start and lowers[j] in _words("determiners"):
            j -= 1
        if j < start or lowers[j] not in _words("not_subject_prepositions"):
            return e
    return None


def _window_entity(doc: Doc, lowers: Sequence[str], start: int, end: int) -> Optional[Span]:
    """The entity naming a source in ``start``..``end``: a person first, then any other,
    but not a place after "in" nor one inside a participle phrase ("der von der Hamas
    kontrollierten Behörde")."""
    found = []
    for e in _entities_in(doc, start, end):
        if e.start > start and lowers[e.start - 1] in _words("place_prepositions"):
            continue
        if e.end + 1 < end and doc[e.end].is_lower and lowers[e.end].endswith(("en", "e")) and doc[e.end + 1].is_title:
            continue
        found.append(e)
    people = [e for e in found if e.label_ == "PER"]
    return (people or found or [None])[0]


def _speech_is_pledge(doc: Doc, cue: Cue, sent: Span, lowers: Sequence[str]) -> bool:
    """ "Deutschland sagte 300 Millionen Euro zu": "sagte ... zu" pledges, it does not report."""
    if lowers[cue.start] not in _words("pledge_verbs"):
        return False
    return any(lowers[t] == "zu" and (t + 1 >= sent.end or doc[t + 1].is_punct) for t in range(cue.end, sent.end))


def _writes_figures(doc: Doc, cue: Cue, sent: Span, lowers: Sequence[str]) -> bool:
    """ "Der Konzern schrieb einen Verlust": "schreiben" reports only when it introduces speech
    ("schrieb die Zeitung,", "wie X schreibt")."""
    if lowers[cue.start] not in _words("writing_verbs"):
        return False
    introduces = any(doc[t].text in {",", ":", "«", "»", "„", '"'} for t in range(cue.end, min(sent.end, cue.end + 4)))
    return not introduces and "wie" not in lowers[sent.start : cue.start]


def find_source(
    doc: Doc, amount: Span, cues: SentenceCues, lowers: Sequence[str], data: GermanData
) -> tuple[Optional[Span], float]:
    """Who asserts the claim: (span, confidence). "laut X", "X zufolge", "X sagte/schätzt".

    The mentions of the doc (``claimex_mentions``) are the candidates where the pipeline has
    them, each given by its name where the text names it; the entities otherwise."""
    sent = cues.sent
    mentions = source_mentions(doc, sent.start, sent.end)
    own = own_statement_subject(doc, sent, amount, mentions)
    if own is not None:
        return with_name(doc, own), 0.7  # "die Armee hat nach eigenen Angaben ...": the subject says so
    for t in range(sent.start + 1, sent.end):
        # "nach Behördenangaben", "nach ukrainischen Angaben": the statement itself is named
        if not (lowers[t].endswith("angaben") and doc[t].is_title):
            continue
        window = lowers[max(sent.start, t - 2) : t]
        if not (_words("statement_cues") & set(window)):
            continue
        if t + 1 < sent.end and lowers[t + 1] in _words("statement_owners"):
            break  # "nach Angaben der Polizei": the cue below names the source
        start = t - 1 if doc[t - 1].is_lower and lowers[t - 1] not in _words("statement_cues") else t
        return doc[start : t + 1], 0.6
    for cue in cues.speech:
        # "wird von der Polizei auf 80.000 Euro geschätzt": a passive report names its source after "von"
        if not lowers[cue.start].startswith("ge") or not cues.in_scope(cue, amount):
            continue
        for t in range(sent.start, cue.start):
            if lowers[t] in _words("passive_agents"):
                named = _window_entity(doc, lowers, t + 1, min(cue.start, t + 5))
                np = named or _noun_phrase(doc, t + 1, min(cue.start, t + 5))
                if np is not None and (named is not None or is_source_noun(np[-1].lower_, data)):
                    return np, 0.6
    for cue in sorted(cues.source_before, key=lambda c: abs(c.start - amount.start)):
        if lowers[cue.start] == "so" and (cue.start == sent.start or doc[cue.start - 1].text != ","):
            continue
        cued = cued_source(doc, cue.start, cue.end, False, sent, mentions)
        if cued is not None and not (cued.start <= amount.start < cued.end):
            return with_name(doc, cued), 0.8
        window_end = min(sent.end, cue.end + 8)
        if cue.end <= amount.start < window_end:
            window_end = amount.start
        named = _window_entity(doc, lowers, cue.end, window_end)
        np = _noun_phrase(doc, cue.end, window_end)
        if named is not None and (np is None or named.start <= np.end + 3):
            return named, 0.8
        if np is not None:
            return np, 0.7
    for cue in cues.source_after:
        cued = cued_source(doc, cue.start, cue.end, True, sent, mentions)
        if cued is not None:
            return with_name(doc, cued), 0.8
        named = _window_entity(doc, lowers, max(sent.start, cue.start - 4), cue.start)
        if named is not None:
            return named, 0.8
        if cue.start > sent.start and doc[cue.start - 1].is_title:
            return doc[cue.start - 1 : cue.start], 0.6
    for cue in sorted(cues.speech, key=lambda c: abs(c.start - amount.start)):
        if (
            not cues.in_scope(cue, amount)
            or _speech_is_pledge(doc, cue, sent, lowers)
            or _writes_figures(doc, cue, sent, lowers)
        ):
            continue
        subject = speech_subject(doc, cue.start, sent, mentions)
        if subject is not None and not (subject.start <= amount.start < subject.end):
            return with_name(doc, subject), 0.65
        # "wie die Polizei mitteilte": the subject sits between "wie" and the verb
        wie = max((t for t in range(sent.start, cue.start) if lowers[t] == "wie"), default=None)
        first = wie + 1 if wie is not None else sent.start
        named = _subject_entity(doc, lowers, first, cue.start)
        if named is not None and not (named.start <= amount.start < named.end):
            return named, 0.65
        before = _noun_phrase(doc, first, cue.start)
        if (
            before is not None
            and before.end <= cue.start
            and is_source_noun(before[-1].lower_, data)
            and not (before.start <= amount.start < before.end)
        ):
            return before, 0.5
        after = _noun_phrase(doc, cue.end, min(sent.end, cue.end + 4))
        if (
            after is not None
            and is_source_noun(after[-1].lower_, data)
            and not (after.start <= amount.start < after.end)
        ):
            return after, 0.5
        named = _subject_entity(doc, lowers, cue.end, min(sent.end, cue.end + 5))
        if named is not None:
            return named, 0.5
    return None, 0.0


def _parties(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData) -> list[Span]:
    """Who can pay or receive in a sentence: its entities, and noun phrases headed by an actor
    noun ("die Stadt", "der Uhrenkonzern") that are no part of an entity."""
    mentions = _mentions_in(doc, sent.start, sent.end, _PARTY_KINDS)
    if mentions is not None:
        # a demonym adjective ("die europäischen Partner") speaks of a party, it is none
        return [m for m in mentions if not m.text.islower()]
    ents = _entities_in(doc, sent.start, sent.end, ("PER", "ORG", "GPE"))
    inside = {i for e in ents for i in range(e.start, e.end)}
    actors = [
        doc[t : t + 1]
        for t in range(sent.start, sent.end)
        if t not in inside
        and doc[t].is_title
        and not doc[t].is_sent_start
        and (data.actor_heads.get(lowers[t]) or data.person_nouns.get(lowers[t]) or lowers[t - 1] == "gegen")
    ]
    return sorted(ents + actors, key=lambda s: s.start)


def find_money_parties(
    doc: Doc,
    amount: Span,
    cues: SentenceCues,
    trigger: Optional[Cue],
    lowers: Sequence[str],
    exclude: Optional[Span],
    data: GermanData,
    category: str = "",
) -> tuple[Optional[Span], Optional[Span]]:
    """(agent, recipient) of a money claim: the subject-like party before it pays (or, for
    "erhalten", receives); a party after "an"/"für" receives; one after "von"/"aus" pays."""
    sent = cues.sent
    parties = [
        p
        for p in _parties(doc, sent, lowers, data)
        if not (exclude is not None and p.start < exclude.end and exclude.start < p.end)
        and not (amount.start <= p.start < amount.end)
    ]
    if not parties:
        return None, None
    receiving = trigger is not None and lowers[trigger.start] in _words("receive_words")

    def before_word(e: Span) -> str:
        j = e.start - 1
        while j >= sent.start and (
            lowers[j] in _words("determiners")
            or doc[j].is_lower
            and doc[j].is_alpha
            and lowers[j].endswith(("e", "en"))
            and lowers[j]
            not in _words("to_prepositions") | _words("from_prepositions") | _words("not_subject_prepositions")
        ):
            j -= 1
        return lowers[j] if j >= sent.start else ""

    # "an die Ukraine", "für den Verein", and a dative plural of people: "stellte den Betroffenen ... bereit"
    to = [
        e
        for e in parties
        if before_word(e) in _words("to_prepositions")
        or e.start > sent.start
        and lowers[e.start - 1] == "den"
        and data.person_nouns.get(lowers[e.start])
    ]
    frm = [e for e in parties if before_word(e) in _words("from_prepositions")]
    plain = [
        e for e in parties if e not in to and e not in frm and before_word(e) not in _words("not_subject_prepositions")
    ]

    def nearest(spans: list[Span]) -> Optional[Span]:
        return min(spans, key=lambda e: abs(e.start - amount.start), default=None)

    subject = next((e for e in plain if e.start < amount.start), None) or next(iter(plain), None)
    # The first party after the subject with a dative article ("sagt der Ukraine ... zu", "stellte
    # dem Verein ... bereit") or after a verb of support ("unterstützt die Stiftung mit") receives.
    objects = [
        e
        for e in plain
        if e is not subject
        and e.start > sent.start
        and (
            lowers[e.start - 1] in _words("dative_articles")
            or lowers[e.start - 1] in _words("support_verbs")
            or e.start > sent.start + 1
            and lowers[e.start - 2] in _words("support_verbs")
        )
    ]
    fined = [e for e in parties if before_word(e) == "gegen"]
    if trigger is not None and data.fine_words.get(lowers[trigger.start]) and fined:
        # "Die Kommission verhängte gegen Google eine Strafe": the fined party is the agent
        return nearest(fined), subject if subject is not None and subject not in fined else None
    if receiving or category == "revenue":  # "Moskau erhielt ...", "der Konzern setzte ... um": the subject gets it
        recipient, agent = subject or nearest(to), nearest(frm)
    else:
        recipient, agent = nearest(to) or nearest(objects), subject or nearest(frm)
    if agent is not None and recipient is not None and agent == recipient:
        agent = None
    return agent, recipient


def find_attacker(doc: Doc, amount: Span, sent: Span, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """Who caused the harm: the party of an attack noun ("Angriff der Hamas", "Überfall
    bewaffneter Islamisten", "Angriff von Rebellen"), else a demonym adjective before it
    ("bei russischen Angriffen"), or after "durch"/"von" past a harm verb."""
    for t in range(sent.start, sent.end):
        if not (doc[t].is_title and data.attack_nouns.get(lowers[t])):
            continue
        j = t + 1
        if j < sent.end and lowers[j] in _words("attack_links"):
            j += 1
        named = next(
            (e for e in _entities_in(doc, j, min(sent.end, j + 4), ("PER", "ORG", "GPE")) if e.start == j), None
        )
        if named is not None:
            return named
        np = _noun_phrase(doc, j, min(sent.end, j + 4))
        if np is not None and j > t + 1 and not data.non_person_nouns.get(np[-1].lower_):
            return np
        if np is not None and np[0].is_lower and data.person_nouns.get(np[-1].lower_):
            return np  # "Überfall bewaffneter Islamisten": a genitive without article
        demonym = _mentions_in(doc, max(sent.start, t - 1), t, ("place",))
        if demonym and demonym[0].text.islower():
            return doc[demonym[0].start : t + 1]  # "bei israelischen Drohnenangriffen": the adjective names who
    return None


def noun_after(doc: Doc, end: int, limit: int) -> Optional[int]:
    """Index of the head noun after an amount: up to three adjectives may come first, an age
    among them ("ein 58-jähriger Motorradfahrer"); a capitalised age is the noun itself ("ein
    45-Jähriger")."""
    i = end
    age = age_compound([t.lower_ for t in doc[i : min(limit, i + 3)]], 0, min(limit, i + 3) - i)
    if age and doc[i + age - 1].is_title:
        return i + age - 1
    i += age
    while (
        i < limit
        and i - end < 3
        and doc[i].is_lower
        and doc[i].is_alpha
        and doc[i].lower_ not in _words("not_adjectives")
    ):
        i += 1
    if i < limit and (doc[i].is_title or doc[i].is_upper and doc[i].is_alpha) and not doc[i].is_sent_start:
        return i
    return None


def find_victim(doc: Doc, amount: Span, head: Optional[int]) -> Optional[Span]:
    """The harmed people as written: the adjectives and head noun after the amount."""
    if head is None:
        return None
    return doc[amount.end : head + 1]


def find_time(doc: Doc, amount: Span, sent: Span, amounts: Sequence[Span], lowers: Sequence[str]) -> Optional[Span]:
    """When: the nearest year or date of the sentence with its preposition, or a weekday phrase."""
    best: Optional[Span] = None
    for other in amounts:
        if other.label_ in {"year", "date"} and sent.start <= other.start < sent.end:
            start = (
                other.start - 1
                if other.start > sent.start and lowers[other.start - 1] in _words("time_prepositions")
                else other.start
            )
            cand = doc[start : other.end]
            if best is None or abs(cand.start - amount.start) < abs(best.start - amount.start):
                best = cand
    if best is not None:
        return best
    for t in range(sent.start, sent.end):
        if lowers[t] in _words("time_words"):
            start = t - 1 if t > sent.start and lowers[t - 1] in _words("weekday_prepositions") else t
            return doc[start : t + 1]
    return None


def find_location(doc: Doc, amount: Span, sent: Span, lowers: Sequence[str]) -> Optional[Span]:
    """Where: the nearest place of the sentence after "in", "bei", "nahe"."""
    places = [
        e
        for e in _entities_in(doc, sent.start, sent.end, ("GPE", "LOC"))
        if e.start > sent.start and lowers[e.start - 1] in _words("place_prepositions")
    ]
    return min(places, key=lambda e: abs(e.start - amount.start), default=None)
