"""Who caused the harm of a report's counts when a count's own sentence and paragraph name no one.

A news report tells one event and names who caused it once, often far from the figures: "Der
Fahrer war am Steuer eingeschlafen", "Das Unternehmen soll den Einsturz verursacht haben",
"verantwortlich ist laut Gutachten die Firma", "In der Nacht hat Russland Charkiw angegriffen",
"Der Attentäter wurde erschossen". The corpus convention (corpora/claimex-de/AUTHORING.md, "Agent
and recipient") makes that party the agent of every count of the event, at its occurrence nearest
to the count.

This module reads the doc once for its causers (statements of blame, a driver's fault, the
actors of attacks, perpetrator nouns). A count takes the causer nearest to it in its paragraph:
a report that names causers in other paragraphs mostly tells other events there (the lead's
attack, a background case), so a wider reach added more wrong agents than right ones on the
held-out splits; only a driver's fault told in the paragraph right after the count's reaches
over (a report tells its toll, then the fault that caused it). A sentence with figures over many events ("jährlich", "nach Zahlen des
Statistischen Bundesamts", "seit 2014") or telling an earlier case ("Erst im vergangenen Sommer
…") stands apart and takes no causer from elsewhere. Deaths nobody is said to cause (a storm, an avalanche) find no
causer, since no statement of blame, attacker or perpetrator stands in their report. The words
live in ``causers.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of, sentence_start
from ..lang.de import GermanData, german, load_table
from ..lang.de import words as _words
from .cues import is_question
from .datelines import bracketed
from .harmers import event_actor_table
from .mentions import MENTIONS_KEY
from .referents import is_named, named_party, nearest_occurrence, paragraph_bounds, same_referent
from .role_phrases import amount_clause, in_prepositional_phrase, inflected_in, role_cues

__all__ = ["body_name", "event_causer", "stands_apart"]

#: The mention kinds that can cause a harm.
_CAUSER_KINDS = ("person", "organisation", "group")

#: "10.30 Uhr:", "Samstag, 09.00 Uhr:": the time stamp that opens an entry of a live blog.
_STAMP = r"(?:[A-ZÄÖÜ][a-zäöü]+,?\s+)?\d{1,2}[.:]\d{2}(?:\s*Uhr)?\s*:"
_TIME_STAMP = re.compile("^" + _STAMP)

#: A year after a word of ``year_prepositions`` ("seit 2014").
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@lru_cache(maxsize=None)
def _table() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_table("causers.json").items()}


def stands_apart(doc: Doc, amount: Span, lowers: Sequence[str]) -> bool:
    """Whether the sentence of ``amount`` reports figures apart from the event of the report:
    over many events ("Nach Zahlen der EU-Kommission sterben jährlich rund 20 000 Menschen",
    "seit 2014") or of an earlier case ("Erst im vergangenen Sommer waren …")."""
    sent = sentence_of(doc, amount.start)
    cache = doc_cache(doc).setdefault("causer_apart", {})
    if sent.start not in cache:
        cache[sent.start] = _apart(doc, sent.start, sent.end, lowers)
    return cache[sent.start]


def _opens_with_stamp(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` open with the time stamp of a live-blog entry ("10.30 Uhr:",
    "Samstag, 09.00 Uhr:"); the text is read only where a digit or a weekday's comma comes first."""
    if not (doc[start].text[:1].isdigit() or start + 1 < end and doc[start + 1].text == ","):
        return False
    return bool(_TIME_STAMP.match(doc[start : min(end, start + 6)].text))


def _apart(doc: Doc, start: int, end: int, lowers: Sequence[str]) -> bool:
    table = _table()
    words = lowers[start:end]
    present = set(words)
    if table["aggregate_words"] & present or table["loss_words"] & present or any(map(_is_natural_cause, present)):
        return True
    if any(w in table["year_prepositions"] and _YEAR.match(n) for w, n in zip(words, words[1:])):
        return True
    months = german().months
    if any(w in table["year_prepositions"] and months.get(m) and _YEAR.match(n) for w, m, n in zip(words, words[1:], words[2:])):
        return True  # "seit Februar 2022": a month before the year, a toll over the whole time
    first = start
    if _opens_with_stamp(doc, start, end):  # "10.30 Uhr: Erst …": the words after the stamp
        first = next((t + 1 for t in range(start, min(end, start + 8)) if doc[t].text == ":"), start)
    opening = " ".join(lowers[first : first + 4])
    return any(opening == o or opening.startswith(o + " ") for o in table["other_event_openers"])


@lru_cache(maxsize=65536)
def _ends_with(word: str, nouns: frozenset[str]) -> bool:
    """``word`` is one of ``nouns`` or a compound ending in one ("Gerüstbaufirma", "Lkw-Fahrer")."""
    return word in nouns or any(word.endswith(n) and len(word) > len(n) + 2 for n in nouns)


def _never_causer(word: str, data: GermanData) -> bool:
    """A noun of the harmed, of the harm itself or of those who report, judge or rescue."""
    return (
        bool(data.casualty_nouns.get(word))
        or _ends_with(word, _table()["not_causers"])  # "Landgericht" judges as "Gericht" does
        or word in role_cues("not_perpetrator_nouns")
    )


def _is_causer_noun(doc: Doc, t: int, lowers: Sequence[str], data: GermanData) -> bool:
    """A noun that names one who can cause a harm: a perpetrator ("Täter"), a driver ("Lenker",
    "Lkw-Fahrer"), a person ("der 52-Jährige") or a body ("die Firma")."""
    word = lowers[t]
    if not doc[t].is_title or _never_causer(word, data):
        return False
    if data.perpetrator_nouns.get(word) or inflected_in(word, data.perpetrator_nouns, data):
        return True
    if _ends_with(word, _table()["driver_nouns"]) or _ends_with(word, _table()["body_nouns"]):
        return True
    if word.startswith("jährig"):
        return True  # "der 52-Jährige"
    return bool(data.person_nouns.get(word) and not data.non_person_nouns.get(word))


def _determiner_before(doc: Doc, t: int, start: int) -> str:
    """The determiner before the noun at ``t``, adjectives and an age between ("eine 23-jährige
    Reinigungskraft"), lower-case; "" when none."""
    j = t - 1
    while j >= start and (
        doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _words("determiners") or doc[j].like_num or doc[j].text == "-"
    ):
        j -= 1
    return doc[j].lower_ if j >= start and doc[j].lower_ in _words("determiners") else ""


def _attribute_of_noun(doc: Doc, t: int, start: int) -> Optional[int]:
    """When the noun at ``t`` is a genitive attribute ("der Tod eines Maurers", "der Fahrer des
    Lieferwagens"), the index of the noun it belongs to, else None."""
    j = t - 1
    if j > start and doc[j].is_title and doc[j - 1].lower_ in _words("genitive_attribute_articles"):
        j -= 1  # "des Versicherungsverbands VVO": a name in apposition to the attribute
    while j > start and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _words("determiners"):
        j -= 1  # adjectives: "eines 26-jährigen Maurers"
    while j > start and (doc[j].text[:1].isdigit() or doc[j].text == "-"):
        j -= 1
    if j > start and doc[j].lower_ in _words("genitive_attribute_articles") and doc[j - 1].is_title and not doc[j - 1].is_sent_start:
        return j - 1
    return None


def _party_near(
    doc: Doc,
    cue: int,
    start: int,
    end: int,
    lowers: Sequence[str],
    data: GermanData,
    victims: Sequence[tuple[int, int]],
    drivers_only: bool = False,
) -> Optional[Span]:
    """The party in tokens ``start``..``end`` nearest to the cue word at ``cue`` that can have
    caused a harm: a person, body or group mention, a causer noun, or a noun with a subject's
    determiner ("eine 23-jährige Reinigungskraft"); not one counted as harmed (``victims``), in a
    prepositional phrase ("von der Staatsanwaltschaft beauftragt"), after an object's determiner
    ("den Einsturz") nor a genitive attribute ("den Tod eines Maurers") unless of a noun of blame
    ("durch das Versäumnis der Firma") or after "gegen" ("Gegen den Lenker wird ermittelt")."""
    table = _table()
    candidates: list[Span] = []
    if not drivers_only:
        for m in _mentions(doc, start, end):
            if m.label_ in _CAUSER_KINDS and not doc[m.start].is_lower:
                candidates.append(m)
    for t in range(start, end):
        if not doc[t].is_title or doc[t].is_sent_start or _never_causer(lowers[t], data):
            continue
        if drivers_only:
            if _ends_with(lowers[t], table["driver_nouns"]):
                candidates.append(doc[t : t + 1])
        elif _is_causer_noun(doc, t, lowers, data) or (
            _determiner_before(doc, t, start)
            and not data.non_person_nouns.get(lowers[t])
            and not lowers[t].endswith(tuple(table["abstract_endings"]))
        ):
            candidates.append(doc[t : t + 1])
    usable = []
    for c in candidates:
        if _never_causer(c[-1].lower_, data) or any(s < c.end and c.start < e for s, e in victims):
            continue
        gegen = _after_gegen(doc, c.start, start)
        owner = _attribute_of_noun(doc, c.start, start)
        if owner is not None and lowers[owner] not in table["genitive_blame_nouns"]:
            continue
        if owner is None and not gegen and (
            in_prepositional_phrase(doc, c.start, start, data) or _determiner_before(doc, c.start, start) in table["object_determiners"]
        ):
            continue
        usable.append(c)
    return min(usable, key=lambda c: (abs(c.start - cue), -len(c)), default=None)


def _mentions(doc: Doc, start: int = 0, end: Optional[int] = None) -> list[Span]:
    """The mentions that start in tokens ``start``..``end``, in text order. Their order and
    starts are read once per doc, as numbers: the doc's cache must not hold its spans (a cycle
    keeps the doc alive)."""
    if MENTIONS_KEY not in doc.spans:
        return []
    group = doc.spans[MENTIONS_KEY]
    cache = doc_cache(doc)
    if "causer_mentions" not in cache:
        unsorted = [m.start for m in group]  # one pass: indexing a span group builds a span each time
        order = sorted(range(len(unsorted)), key=unsorted.__getitem__)
        cache["causer_mentions"] = (order, [unsorted[k] for k in order])
    order, starts = cache["causer_mentions"]
    lo = bisect_left(starts, start)
    hi = len(starts) if end is None else bisect_left(starts, end)
    return [group[order[k]] for k in range(lo, hi)]


def _after_gegen(doc: Doc, t: int, start: int) -> bool:
    """ "Gegen den 16-Jährigen wird wegen fahrlässiger Tötung ermittelt": the accused."""
    j = t - 1
    while j >= start and (doc[j].is_lower and doc[j].is_alpha or doc[j].text[:1].isdigit() or doc[j].text == "-"):
        if doc[j].lower_ == "gegen":
            return True
        j -= 1
    return j >= start and doc[j].lower_ == "gegen"


def _blame_cue(doc: Doc, sent: Span, lowers: Sequence[str]) -> Optional[int]:
    """The word that makes ``sent`` a statement of blame for a harm, or None: none in a sentence
    that leaves the cause open or names a natural cause; a conviction only with a harm word."""
    table = _table()
    words = set(lowers[sent.start : sent.end])
    blame = words & table["blame_words"]
    if not blame or words & table["doubt_words"] or any(_is_natural_cause(w) for w in words):
        return None
    if blame <= table["conviction_words"] and not any(_ends_with(w, table["harm_context"]) for w in words):
        return None
    cues = [t for t in range(sent.start, sent.end) if lowers[t] in blame]
    if blame <= table["conviction_words"] and all(_condemns_event(doc, t, sent, lowers) for t in cues):
        return None  # "X verurteilte den Angriff": condemning the harm blames no one
    return cues[0]


def _condemns_event(doc: Doc, cue: int, sent: Span, lowers: Sequence[str]) -> bool:
    """A conviction word used as condemning: its object is the harm itself ("verurteilte den
    Angriff scharf", "Der Anschlag wurde international verurteilt"), not a person convicted."""
    harms = _table()["harm_context"]
    after = next((t for t in range(cue + 1, min(sent.end, cue + 5)) if doc[t].is_title), None)
    if after is not None and _ends_with(lowers[after], harms):
        return True
    subject = next((t for t in range(sent.start, min(cue, sent.start + 4)) if doc[t].is_title and t > sent.start), None)
    return subject is not None and _ends_with(lowers[subject], harms) and after is None


def _pronoun_party(
    doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData, victims: Sequence[tuple[int, int]]
) -> Optional[Span]:
    """For a statement of blame whose party is a pronoun ("Er verschuldete damit den Tod …"), the
    party the sentences before name: the first causer of the nearest sentence before it in its
    paragraph that tells of no pronoun, a few sentences back at most."""
    if not set(lowers[sent.start : sent.end]) & _table()["personal_pronouns"]:
        return None
    para_start, _ = paragraph_bounds(doc, sent.start)
    before = sent
    for _ in range(_PRONOUN_REACH_SENTENCES):
        if before.start <= para_start:
            return None
        before = sentence_of(doc, before.start - 1)
        if set(lowers[before.start : before.end]) & _table()["personal_pronouns"]:
            continue  # "Stattdessen legte er der Stadt … vor": the same party again, told by a pronoun
        return _party_near(doc, before.start, before.start, before.end, lowers, data, victims)
    return None


#: How many sentences back the party of a pronoun in a statement of blame may stand.
_PRONOUN_REACH_SENTENCES = 3


def _causers(
    doc: Doc, lowers: Sequence[str], data: GermanData, victims: Sequence[Span], start: int, end: int
) -> list[tuple[int, int, str]]:
    """The causers of the paragraph ``start``..``end`` as ``(start, end, label)`` in text order,
    read once per paragraph and only for paragraphs a count asks about: the party of each
    statement of blame (in the cue's clause, else its sentence, else the one a pronoun stands
    for) or of a driver's fault, each actor of an attack (``harmers.event_actors``) and each
    perpetrator noun that points to one known party; none from a sentence that stands apart,
    none counted as harmed."""
    cache = doc_cache(doc).setdefault("causers", {})
    if start in cache:
        return cache[start]
    table = _table()
    harmed = [(v.start, v.end) for v in victims if v.start < end and start < v.end]
    found: dict[tuple[int, int], str] = {}
    drivers: set[tuple[int, int]] = set()
    for sent in doc[start:end].sents:
        if stands_apart(doc, sent, lowers):  # cached per sentence: _apart_at below asks again
            continue
        cue = _blame_cue(doc, sent, lowers)
        if cue is not None:
            clause_start, clause_end = amount_clause(doc, sent, doc[cue : cue + 1])
            party = (
                _party_near(doc, cue, clause_start, clause_end, lowers, data, harmed)
                or _party_near(doc, cue, sent.start, sent.end, lowers, data, harmed)
                or _pronoun_party(doc, sent, lowers, data, harmed)
            )
            if party is not None:
                body = _ends_with(party[-1].lower_, table["body_nouns"])  # not "der Betreiber", a person
                found[(party.start, party.end)] = _BLAMED_BODY if body else party.label_
        fault = next((t for t in range(sent.start, sent.end) if lowers[t] in table["fault_words"]), None)
        if fault is not None:
            driver = _party_near(doc, fault, sent.start, sent.end, lowers, data, harmed, drivers_only=True)
            if driver is not None:
                found.setdefault((driver.start, driver.end), "")
                drivers.add((driver.start, driver.end))
    for a_start, a_end, label in event_actor_table(doc, lowers, data):  # plain bounds: no Span per actor
        if start <= a_start and a_end <= end:
            found.setdefault((a_start, a_end), label)
    for attacker in _demonym_attackers(doc, lowers, data, start, end):
        found.setdefault((attacker.start, attacker.end), "")
    for t in range(start, end):
        word = lowers[t]
        if (
            (data.perpetrator_nouns.get(word) or inflected_in(word, data.perpetrator_nouns, data))  # the rare test first
            and doc[t].is_title
            and word[:1].isalpha()
            and not _never_causer(word, data)
            and not is_question(doc, sentence_of(doc, t))  # an interviewer names no causer
            and _definite(doc, t)
            and not in_prepositional_phrase(doc, t, sentence_start(doc, t), data)
            and _attribute_of_noun(doc, t, sentence_start(doc, t)) is None  # "zwei Helfer des Attentäters"
        ):
            found.setdefault((t, t + 1), "")
    causers = sorted(
        (s, e, label)
        for (s, e), label in found.items()
        if not _apart_at(doc, s, lowers)
        and not _never_causer(lowers[e - 1], data)
        and not any(a < e and s < b for a, b in harmed)
    )
    cache[start] = causers
    doc_cache(doc).setdefault("drivers_at_fault", {})[start] = [c for c in causers if c[:2] in drivers]
    return causers


def _demonym_attackers(doc: Doc, lowers: Sequence[str], data: GermanData, start: int, end: int) -> list[Span]:
    """The attackers tokens ``start``..``end`` of a war report name by an adjective of their
    country opening an active clause of attacking ("Israelische Kampfflugzeuge haben Ziele im
    Libanon angegriffen", "Russische Truppen beschossen die Stadt"): the adjective and its noun."""
    verbs, participles = role_cues("causing_verbs"), role_cues("causing_participles")
    passive = set(data.harm_roles["passive_auxiliaries"])
    found = []
    for m in _mentions(doc, start, end):
        if m.label_ != "place" or is_named(doc, m) or not doc[m.start].is_title or m.end >= len(doc):
            continue
        noun = doc[m.end]
        if not noun.is_title or _never_causer(noun.lower_, data):
            continue
        sent = sentence_of(doc, m.start)
        clause_start, clause_end = amount_clause(doc, sent, m)
        if in_prepositional_phrase(doc, m.start, clause_start, data):
            continue
        words = lowers[m.end + 1 : clause_end]
        if passive & set(words) or not (set(words) & verbs or set(words) & participles and set(words) & role_cues("perfect_auxiliaries")):
            continue
        found.append(doc[m.start : m.end + 1])
    return found


#: The label of a body a statement of blame names: it gives way to the name the report gives it.
_BLAMED_BODY = "blamed_body"


@lru_cache(maxsize=65536)
def _is_natural_cause(word: str) -> bool:
    """A noun of a harm no one causes, alone or ending a compound ("Hochwasser", "Schneelawine");
    cached, as news repeats its words."""
    causes = _table()["natural_causes"]
    return word in causes or word.endswith(_long_natural_causes())


@lru_cache(maxsize=None)
def _long_natural_causes() -> tuple[str, ...]:
    """The natural causes long enough to end a compound ("Schnee|lawine"; not "Ans|turm")."""
    return tuple(n for n in _table()["natural_causes"] if len(n) > 4)


def _definite(doc: Doc, t: int) -> bool:
    """The noun at ``t`` has a definite determiner before it, adjectives between ("der 58 Jahre
    alte Fahrer", "den mutmaßlichen Täter"): one known party, not a generic or a new one."""
    j = t - 1
    while j >= 0 and (doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _table()["definite_determiners"] or doc[j].like_num or doc[j].text == "-"):
        j -= 1
    return j >= 0 and doc[j].lower_ in _table()["definite_determiners"]


def _apart_at(doc: Doc, t: int, lowers: Sequence[str]) -> bool:
    return stands_apart(doc, doc[t : t + 1], lowers)


def _event_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The tokens of the report that holds token ``i``, where a body named earlier may be named
    again by a common noun: its live-blog entry (a paragraph that opens with a time stamp), or
    the whole doc."""
    start, end = paragraph_bounds(doc, i)
    while start < end and doc[start].is_space:
        start += 1
    if start < end and _opens_with_stamp(doc, start, end):
        return paragraph_bounds(doc, i)
    return 0, len(doc)


def event_causer(
    doc: Doc, amount: Span, victims: Sequence[Span], lowers: Sequence[str], data: GermanData
) -> Optional[Span]:
    """Who caused the harm of ``amount``, a count whose own clause names no one: the causer of
    its own sentence, else the one nearest to it in its paragraph, at the occurrence of its name nearest to the count; never
    one counted as harmed (``victims``, in text order), and none for a count whose sentence
    stands apart. The paragraph bounds the reach: a causer named in another paragraph (the
    lead, a background paragraph) is too often the causer of another event of the report,
    which held on no held-out split; but a paragraph that names no causer takes the driver at
    fault of the paragraph right after it (``_driver_told_next``)."""
    if stands_apart(doc, amount, lowers):
        return None
    start, end = paragraph_bounds(doc, amount.start)
    causers = _causers(doc, lowers, data, victims, start, end)
    victim_starts = [v.start for v in victims]

    def usable(c: tuple[int, int, str]) -> bool:
        s, e, _ = c
        if not (start <= s and e <= end) or s < amount.end and amount.start < e:
            return False
        lo = bisect_left(victim_starts, s - _VICTIM_REACH)
        hi = bisect_left(victim_starts, e)
        return not any(victims[k].start < e and s < victims[k].end for k in range(lo, hi))

    sent = sentence_of(doc, amount.start)
    # the causer of the count's own sentence first, then the nearest in its paragraph
    best = min(
        (c for c in causers if usable(c)),
        key=lambda c: (not (sent.start <= c[0] and c[1] <= sent.end), abs(c[0] - amount.start)),
        default=None,
    )
    if best is None:
        best = _driver_told_next(doc, amount, victims, lowers, data, end)
    if best is None:
        return None
    party = Span(doc, best[0], best[1])
    named = body_name(doc, party, lowers)
    if named is not None:
        return nearest_occurrence(doc, named, amount)
    if is_named(doc, party):
        return nearest_occurrence(doc, party, amount)
    return _nearest_word(doc, party, amount, start, end, lowers)


def _driver_told_next(
    doc: Doc, amount: Span, victims: Sequence[Span], lowers: Sequence[str], data: GermanData, end: int
) -> Optional[tuple[int, int, str]]:
    """For a count whose paragraph names no causer, the driver at fault the paragraph right after
    it names first ("… fünf Urlauber ums Leben gekommen. ¶ Nach ersten Erkenntnissen war der
    Fahrer am Steuer eingeschlafen"): a report tells its toll, then the fault that caused it. Only
    a driver's fault reaches that far; blame, attackers and perpetrators of the next paragraph
    held on no held-out split."""
    if end >= len(doc):
        return None
    next_start, next_end = paragraph_bounds(doc, end)
    first = next((t for t in range(next_start, next_end) if not doc[t].is_space), next_end)
    if _opens_with_stamp(doc, first, next_end):
        return None  # "11.20 Uhr: …": a live blog's next entry tells news of its own
    _causers(doc, lowers, data, victims, next_start, next_end)
    drivers = doc_cache(doc)["drivers_at_fault"].get(next_start, [])
    return drivers[0] if drivers else None


def body_name(doc: Doc, party: Span, lowers: Sequence[str]) -> Optional[Span]:
    """The name of a body a causer names by a common noun ("Das Unternehmen verursachte mit der
    Explosion den Tod …" -> "Rhonechem"): the name in apposition or before it in its paragraph,
    else the last organisation named before it in its event; None for a name or no body noun."""
    if is_named(doc, party) or not _ends_with(lowers[party.end - 1], _table()["body_nouns"]):
        return None
    named = named_party(doc, Span(doc, party.start, party.end, label="organisation"))
    if named is not None and is_named(doc, named) and not _reports_or_judges(named):
        return named
    start, _ = _event_bounds(doc, party.start)
    return _last_body_name(doc, start, party.start)


def _reports_or_judges(name: Span) -> bool:
    """A name of a body that reports, investigates or judges ("Bundesverwaltungsgericht",
    "Staatsanwaltschaft Kassel"): no causer."""
    return any(_ends_with(t.lower_, _table()["not_causers"]) for t in name)


def _last_body_name(doc: Doc, start: int, end: int) -> Optional[Span]:
    """The organisation name in tokens ``start``..``end`` when there is one only (its short forms
    aside): the body a report is about, which a later paragraph calls "die Firma"; None when
    several bodies are named."""
    names = [
        m
        for m in _mentions(doc, start, end)
        if m.label_ == "organisation" and m._.is_name and start <= m.start and m.end <= end
        and not bracketed(doc, m.start, m.end)  # "Rostock (dpa)": the agency of a dateline
        and not _reports_or_judges(m)
    ]
    if not names or any(not same_referent(n, names[-1]) for n in names):
        return None
    return names[-1]


def _nearest_word(doc: Doc, party: Span, amount: Span, start: int, end: int, lowers: Sequence[str]) -> Span:
    """The occurrence of a common-noun causer ("Lenker") nearest to the count in tokens
    ``start``..``end``, its paragraph (AUTHORING: the nearest occurrence), as one noun: the noun
    itself or a shorter compound tail of it ("Clubbesitzer" -> "der Besitzer")."""
    head = lowers[party.end - 1]
    best = party.end - 1
    sent = sentence_of(doc, amount.start)
    for t in range(start, end):
        word = lowers[t]
        if not (word == head or len(word) >= _TAIL_CHARS and head.endswith(word) and doc[t].is_title):
            continue
        if (
            not amount.start <= t < amount.end
            and abs(t - amount.start) < abs(best - amount.start)
            # "ein zweiter Fahrer": another one, unless the count's own sentence names it ("Geisterfahrer: Ein Toter")
            and (_definite(doc, t) or sent.start <= t < sent.end)
        ):
            best = t
    return party if best == party.end - 1 else doc[best : best + 1]


#: How long a compound tail must be to name the same party ("Besitzer" of "Clubbesitzer").
_TAIL_CHARS = 5

#: How many tokens before a causer a victim phrase that overlaps it may start.
_VICTIM_REACH = 12
