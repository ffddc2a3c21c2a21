"""Find who asserts a claim (its source role) by rules: ``find_source`` ("laut X", "X zufolge",
"X sagte", "nach Angaben der Polizei") and ``is_source_noun``.

The other rule role finders have a module each: ``money_parties.py`` (who pays, who receives),
``harmers.py`` (who harmed), ``victims.py`` (who was harmed), ``time_place.py`` (when, where);
``role_phrases.py`` holds what they share.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import lowers_of, texts_of
from ..lang.de import GermanData, load_table
from ..lang.de import words as _words
from ..parser import syntax
from .count_revisions import count_reviser
from .cues import CLAUSE_BREAKS, Cue, SentenceCues
from .datelines import body_of
from .medium_sources import medium_source
from .role_phrases import amount_clause, entities_in, noun_phrase, party_at, role_cues
from .sources import (
    attribution_words,
    cued_source,
    document_owner,
    own_statement_subject,
    qualified_noun,
    quoted_title,
    source_mentions,
    speaker,
    speech_subject,
    statement_owner,
    statement_possessor,
    with_name,
)

__all__ = ["is_source_noun", "find_source"]


@lru_cache(maxsize=1)
def _own_statement_words() -> frozenset[str]:
    return frozenset(load_table("attribution_cues.json")["own_statement_words"])


@lru_cache(maxsize=1)
def _indefinite_owners() -> frozenset[str]:
    """ "eines", "einer": articles that open a statement's unnamed owner ("nach Angaben eines Sprechers")."""
    return frozenset(load_table("attribution_cues.json")["indefinite_statement_owners"])


@lru_cache(maxsize=1)
def _anaphoric_statements() -> tuple[frozenset[str], frozenset[str]]:
    table = load_table("attribution_cues.json")["anaphoric_statements"]
    return frozenset(table["nouns"]), frozenset(table["determiners"])


def anaphoric_statement(doc: Doc, lowers: Sequence[str], t: int, sent: Span) -> bool:
    """Whether the statement noun at ``t`` points back to figures given before ("Den Angaben
    zufolge", "nach diesen Angaben", "laut den jüngsten Schätzungen"): a definite or
    demonstrative article before it, at most one adjective between, and no owner after it. The
    noun names no one; who gave the figures is the source."""
    nouns, determiners = _anaphoric_statements()
    if lowers[t] not in nouns:
        return False
    j = t - 1
    if j > sent.start and doc[j].is_lower and lowers[j] not in determiners and lowers[j].endswith("en"):
        j -= 1  # "den jüngsten Angaben"
    if j < sent.start or lowers[j] not in determiners:
        return False
    after = lowers[t + 1] if t + 1 < sent.end else ""
    return not (after in _words("statement_owners") or after in _indefinite_owners() or doc[t + 1 : t + 2].text[:1].isupper())


@lru_cache(maxsize=1)
def _statement_nouns() -> tuple[str, ...]:
    return tuple(sorted(role_cues("statement_nouns")))


#: How many lower-case words (article, adjectives) may stand between a cue and its statement noun.
_STATEMENT_ATTRIBUTES = 3


def _cued_statement(doc: Doc, lowers: Sequence[str], t: int, start: int) -> bool:
    """Whether the statement noun at ``t`` follows a cue ("nach", "laut"): right before it, after
    one word ("nach Behördenangaben", "nach den Angaben"), or after the article and adjectives of
    its phrase when an owner follows it ("nach einer ersten vorläufigen Schätzung des
    Verbands"); a capitalised word between them ends the phrase."""
    cues = _words("statement_cues")
    if cues & set(lowers[max(start, t - 2) : t]):
        return True
    owners = _words("statement_owners") | _indefinite_owners()
    if t + 1 >= len(lowers) or lowers[t + 1] not in owners:
        return False  # "rechnet nach einer vorläufigen Schätzung mit …": the subject's, found below
    j = t - 1
    while j >= start and t - j <= _STATEMENT_ATTRIBUTES and lowers[j] not in cues and doc[j].is_lower and doc[j].is_alpha:
        j -= 1
    return j >= start and j < t - 1 and lowers[j] in cues


#: Mentions that can be the subject of a verb of speech.
_SPEAKING_KINDS = ("person", "organisation", "group")


def _inside_fronted(doc: Doc, sent: Span, mention: Span, verb: int) -> bool:
    """Whether ``mention`` lies inside the one phrase before the finite ``verb`` of a main clause
    (German puts one constituent before it), a noun phrase opened by its article, and is not that
    phrase's first noun: an attribute ("Die Einnahmen [der Bande] beziffern …"), so no subject.
    A clause break before the verb ("…, wie die Polizei schätzt") makes no such phrase."""
    if mention.end > verb:
        return False
    start = body_of(doc, sent).start
    lowers = lowers_of(doc)  # no Token per word
    determiners = _words("determiners")
    if lowers[start] not in determiners:
        return False  # "Nach einer Antwort der Regierung registrierten die Behörden …": no object phrase
    if any(lowers[t] in CLAUSE_BREAKS for t in range(start, verb)):
        return False
    texts = texts_of(doc)
    head = next((t for t in range(start, verb) if texts[t][:1].isupper() and lowers[t] not in determiners), None)
    return head is not None and mention.start > head


def _subject_after_verb(doc: Doc, verb_end: int, mentions: Sequence[Span]) -> Optional[Span]:
    """A person or body right after the verb, behind at most an article ("beziffert das Land")."""
    determiners = _words("determiners")
    for m in mentions:
        if m.start < verb_end:
            continue
        gap = range(verb_end, m.start)
        if len(gap) > 1 or any(doc[t].lower_ not in determiners for t in gap):
            return None
        return with_name(doc, m) if m.label_ in _SPEAKING_KINDS else None
    return None


def _passive_participle(lowers: Sequence[str], t: int, sent: Span) -> bool:
    """Whether the speech verb at ``t`` is a participle: "geschätzt", or an estimate's without
    "ge" ("beziffert", "veranschlagt", "taxiert") after a passive auxiliary of its sentence."""
    word = lowers[t]
    if word.startswith("ge"):
        return True
    return word in attribution_words("passive_estimate_participles") and any(lowers[u] in attribution_words("passive_auxiliaries") for u in range(sent.start, t))


def _counted_noun(doc: Doc, amount: Span, mention: Span) -> bool:
    """Whether ``mention`` is the noun the amount counts ("40 Verletzte", "zwei schwer verletzte
    Arbeiter"): it starts at most two words after the amount, with no clause break between."""
    gap = range(amount.end, mention.start)
    return 0 <= len(gap) <= 2 and mention.start >= amount.end and not any(doc[t].text in CLAUSE_BREAKS for t in gap)


def _agent_noun(lowers: Sequence[str], t: int, np: Span, amount: Span) -> bool:
    """Whether the noun phrase after "von" at ``t`` before a passive estimate is its agent of
    any kind ("wird von der Landwirtschaftskammer auf … geschätzt", "vom Bauernverband"): an
    article or "vom" before a capitalised head, and no figure in it ("Ein Schaden von einer
    Million wird … geschätzt" names no estimator)."""
    if not (lowers[t] == "vom" or lowers[t + 1] in _words("determiners")):
        return False
    if np.start < amount.end and amount.start < np.end:
        return False
    return np[-1].is_title and not any(x.like_num for x in np)


def is_source_noun(word: str, data: GermanData) -> bool:
    """A noun that can assert a claim: "Polizei", "Innenministerium" (compound heads count)."""
    return word in data.source_nouns or word.endswith(data.source_heads)


def _subject_entity(doc: Doc, lowers: Sequence[str], start: int, end: int) -> Optional[Span]:
    """An entity in ``start``..``end`` that is not inside a prepositional phrase of place."""
    for e in entities_in(doc, start, end):
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
    for e in entities_in(doc, start, end):
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


def _moves_money(doc: Doc, cue: Cue, amount: Span, lowers: Sequence[str], data: GermanData) -> bool:
    """ "Die EU-Kommission gab 5 Millionen Euro", "Das Unternehmen kam auf einen Umsatz von …": a
    reporting verb that also pays, receives or reaches a figure ("figure_verbs") reports
    nothing when the amount is its object, in its own clause."""
    word = lowers[cue.start]
    if data.party_verbs.get(word) not in ("pay", "receive", "claim", "cost") and word not in role_cues("figure_verbs"):
        return False
    if _separated_speech_verb(doc, cue, lowers, data):
        return False
    lo, hi = min(cue.start, amount.start), max(cue.end, amount.end)
    return not any(doc[t].text in CLAUSE_BREAKS for t in range(lo, hi))


def _separated_speech_verb(doc: Doc, cue: Cue, lowers: Sequence[str], data: GermanData) -> bool:
    """ "Das gab das Ministerium am Montag bekannt": the particle that closes the verb's clause
    joins it to a reporting verb ("bekannt" + "gab" is "bekanntgab"), which pays nothing."""
    t = cue.end
    while t < len(doc) and doc[t].text not in CLAUSE_BREAKS and not doc[t].is_punct:
        t += 1
    last = t - 1
    return last >= cue.end and doc[last].is_alpha and (lowers[last] + lowers[cue.start]) in data.speech_verbs


def _writes_figures(doc: Doc, cue: Cue, sent: Span, lowers: Sequence[str]) -> bool:
    """ "Der Konzern schrieb einen Verlust": "schreiben" reports only when it introduces speech
    ("schrieb die Zeitung,", "wie X schreibt") or opens the reporting clause after it ("…
    seien verletzt worden, schrieb der Gouverneur auf Telegram")."""
    if lowers[cue.start] not in _words("writing_verbs"):
        return False
    introduces = any(doc[t].text in {",", ":", "«", "»", "„", '"'} for t in range(cue.end, min(sent.end, cue.end + 4)))
    # after the claim the verb opens its clause and its subject follows ("…, schrieb der
    # Gouverneur"), not an object or an adverb ("…, schrieb aber einen Verlust")
    nxt = doc[cue.end] if cue.end < sent.end else None
    subject_next = nxt is not None and (
        nxt.text[:1].isupper() or nxt.lower_ in _words("determiners") and nxt.lower_ not in attribution_words("object_determiners")
    )
    closes = cue.start > sent.start and doc[cue.start - 1].text in {",", "«", "»", "“", '"'} and subject_next
    return not introduces and not closes and "wie" not in lowers[sent.start : cue.start]


def find_source(
    doc: Doc, amount: Span, cues: SentenceCues, lowers: Sequence[str], data: GermanData
) -> tuple[Optional[Span], float]:
    """Who asserts the claim: (span, confidence). "laut X", "X zufolge", "X sagte/schätzt".

    The mentions of the doc (``claimex_mentions``) are the candidates where the pipeline has
    them, each given by its name where the text names it; the entities otherwise. A statement
    that points back ("Den Angaben zufolge") is none: who gave it is carried from before."""
    found, confidence = _find_source(doc, amount, cues, lowers, data)
    if found is not None and anaphoric_statement(doc, lowers, found.end - 1, cues.sent):
        return None, 0.0
    return found, confidence


def _find_source(
    doc: Doc, amount: Span, cues: SentenceCues, lowers: Sequence[str], data: GermanData
) -> tuple[Optional[Span], float]:
    sent = body_of(doc, cues.sent)  # "LUXEMBURG (dpa) - Der Gerichtshof hat … bestätigt": no dateline asserts
    mentions = source_mentions(doc, sent.start, sent.end)
    own = own_statement_subject(doc, sent, amount, mentions)
    if own is not None:
        return with_name(doc, own), 0.7  # "die Armee hat nach eigenen Angaben ...": the subject says so
    statement_nouns = _statement_nouns()
    for t in range(sent.start + 1, sent.end):
        # "nach Behördenangaben", "nach UN-Angaben", "laut Medienberichten": the statement itself is named
        if not (lowers[t].endswith(statement_nouns) and doc[t].text[:1].isupper()):
            continue
        if not _cued_statement(doc, lowers, t, sent.start):
            continue
        if anaphoric_statement(doc, lowers, t, sent):
            return None, 0.0  # "nach diesen Angaben": who gave them is carried, the noun is none
        owned = t + 1 < sent.end and lowers[t + 1] in _indefinite_owners()
        if owned or t + 1 < sent.end and lowers[t + 1] in _words("statement_owners"):
            if any(c.start <= t < c.end for c in cues.source_before):
                break  # "nach Angaben der Polizei": the cue below names the source
            # "nach Aussagen der Geretteten", "nach einer Erhebung der Gewerkschaft SAFP": its owner
            owner = next((m for m in mentions if t + 2 <= m.start <= t + 3), None)
            if owner is not None:
                return with_name(doc, owner), 0.6
            np = noun_phrase(doc, t + 2, min(sent.end, t + 6))
            if np is not None:
                return np, 0.5
            break
        owner = statement_owner(doc, t, sent, mentions)  # "nach Angaben ihres Anwalts"
        if owner is not None:
            return with_name(doc, owner), 0.6
        if doc[t - 1].lower_ in _own_statement_words():
            break  # "nach eigenen Angaben" with no subject found above: whose, the text does not say here
        possessive, possessor = statement_possessor(doc, t - 1)  # "nach seinen Berechnungen"
        if possessor is not None:
            return possessor, 0.6
        if possessive:
            break  # "nach unseren Berechnungen": the speaker's, found below
        genitive = doc[t - 1].is_title and lowers[t - 1].endswith("s")
        if t - 1 > sent.start and genitive and lowers[t - 2] in _words("statement_cues"):
            return doc[t - 1 : t], 0.6  # "nach Obermayrs Rechnung": a name's genitive owns it
        start = t - 1 if doc[t - 1].is_lower and lowers[t - 1] not in _words("statement_cues") else t
        return doc[start : t + 1], 0.6
    for cue in cues.speech:
        # "wird von der Polizei auf 80.000 Euro geschätzt": a passive report names its source after "von"
        if not _passive_participle(lowers, cue.start, sent) or not cues.in_scope(cue, amount):
            continue
        for t in range(sent.start, cue.start):
            if lowers[t] in _words("passive_agents"):
                named = _window_entity(doc, lowers, t + 1, min(cue.start, t + 5))
                np = named or noun_phrase(doc, t + 1, min(cue.start, t + 5))
                if np is not None and (named is not None or is_source_noun(np[-1].lower_, data) or _agent_noun(lowers, t, np, amount)):
                    return np, 0.6
    # a cue of the amount's own clause speaks for it before one of another clause: "Für Bayern
    # beziffert X die Zahl auf 560, für Hessen geht Y von 440 aus"
    clause = amount_clause(doc, sent, amount)
    for cue in sorted(cues.source_before, key=lambda c: (not clause[0] <= c.start < clause[1], abs(c.start - amount.start))):
        if lowers[cue.start] == "so" and (cue.start == sent.start or doc[cue.start - 1].text != ","):
            continue
        cued = cued_source(doc, cue.start, cue.end, False, sent, mentions)
        if cued is not None and not (cued.start <= amount.start < cued.end):
            return with_name(doc, cued), 0.8
        window_end = min(sent.end, cue.end + 8)
        if cue.end <= amount.start < window_end:
            window_end = amount.start
        named = _window_entity(doc, lowers, cue.end, window_end)
        np = noun_phrase(doc, cue.end, window_end)
        if named is not None and (np is None or named.start <= np.end + 3):
            return named, 0.8
        if np is not None:
            return np, 0.7
    for cue in cues.source_after:
        if cue.start - 2 >= sent.start and anaphoric_statement(doc, lowers, cue.start - 1, sent):
            continue  # "Den Angaben zufolge": the noun names no one
        if cue.start - 2 >= sent.start and lowers[cue.start - 1].endswith(statement_nouns):
            # "ihren Angaben zufolge": the possessive names whose statement it is
            possessive, possessor = statement_possessor(doc, cue.start - 2)
            if possessor is not None:
                return possessor, 0.6
            if possessive:
                continue
        cued = cued_source(doc, cue.start, cue.end, True, sent, mentions)
        if cued is not None:
            return with_name(doc, cued), 0.8
        named = _window_entity(doc, lowers, max(sent.start, cue.start - 4), cue.start)
        if named is not None:
            return named, 0.8
        if cue.start > sent.start and doc[cue.start - 1].is_title:
            return doc[cue.start - 1 : cue.start], 0.6
    for cue in sorted(cues.speech, key=lambda c: (not clause[0] <= c.start < clause[1], abs(c.start - amount.start))):
        if not _reports_amount(doc, cue, amount, cues, lowers, data):
            continue
        subject = party_at(mentions, doc, syntax.subject_of(doc, cue.start))
        if subject is not None:
            subject = qualified_noun(doc, sent, subject, mentions) or subject
        if subject is not None and subject.end <= cue.start and (
            doc[cue.start - 1].text in CLAUSE_BREAKS or "wie" in lowers[subject.end : cue.start]
        ):
            # ", erklärte ihr Anwalt X", "…, wie sie mitteilte": a verb that opens its clause, or
            # one of a "wie" clause, has its own subject, not the main clause's the parse may give it
            subject = speech_subject(doc, cue.start, sent, mentions) or subject
        subject = subject or speech_subject(doc, cue.start, sent, mentions)
        if subject is not None and _inside_fronted(doc, sent, subject, cue.start):
            # "Die Beute der Täter beziffert die Staatsanwaltschaft auf …": one phrase stands
            # before the verb, the object with its attribute; the subject follows the verb
            subject = _subject_after_verb(doc, cue.end, mentions)  # "beziffert man": none
        if subject is not None and _counted_noun(doc, amount, subject):
            continue  # "wurden 40 Verletzte gezählt, sagte ein Sprecher": the counted assert nothing
        if subject is not None and not (subject.start <= amount.start < subject.end):
            return with_name(doc, subject), 0.65
        # "wie die Polizei mitteilte": the subject sits between "wie" and the verb
        wie = max((t for t in range(sent.start, cue.start) if lowers[t] == "wie"), default=None)
        first = wie + 1 if wie is not None else sent.start
        # "…, berichtet die «Süddeutsche Zeitung»": a verb that opens its clause has its subject after it
        inverted = wie is None and cue.start > sent.start and doc[cue.start - 1].text in CLAUSE_BREAKS
        named = None if inverted else _subject_entity(doc, lowers, first, cue.start)
        if named is not None and not (named.start <= amount.start < named.end):
            return named, 0.65
        title = quoted_title(doc, cue.end)
        if title is not None and not (title.start <= amount.start < title.end):
            return title, 0.5
        before = None if inverted else noun_phrase(doc, first, cue.start)
        if (
            before is not None
            and before.end <= cue.start
            and is_source_noun(before[-1].lower_, data)
            and not (before.start <= amount.start < before.end)
        ):
            return before, 0.5
        # the subject after the verb stays in its clause: "geschätzt, von denen der Bund …" names no one
        stop = next((t for t in range(cue.end, min(sent.end, cue.end + 5)) if doc[t].text in CLAUSE_BREAKS), min(sent.end, cue.end + 5))
        after = noun_phrase(doc, cue.end, min(stop, cue.end + 4))
        if (
            after is not None
            and is_source_noun(after[-1].lower_, data)
            and not (after.start <= amount.start < after.end)
        ):
            return after, 0.5
        named = _subject_entity(doc, lowers, cue.end, stop)
        if named is not None:
            return named, 0.5
        if wie is not None and not (wie < amount.start < cue.start):
            # ", wie Lifttec-Geschäftsführer Andreas Pöll bestätigte": a name no mention covers
            name = _wie_subject(doc, wie + 1, cue.start)
            if name is not None:
                return name, 0.5
    revised = count_reviser(doc, sent, amount)
    if revised is not None:
        return revised, 0.6  # "Die Behörden erhöhten die Zahl der Toten auf 40"
    said = speaker(doc, sent)
    if said is not None and said.end <= amount.start:
        return said, 0.6  # "Huber: Bis Ende August sind 38 Menschen ertrunken"
    located = _located_document(doc, sent, amount, mentions)
    if located is not None:
        return with_name(doc, located), 0.5
    medium = medium_source(doc, sent, amount, lowers, lambda word: is_source_noun(word, data))
    if medium is not None:
        return medium, 0.5  # "In lokalen Medien war von 30 Toten die Rede"
    return None, 0.0


def _located_document(doc: Doc, sent: Span, amount: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """The paper a figure stands in: "Im Halbjahresbericht, den der Klub vorlegte, steht ein
    Verlust von 4,6 Millionen Euro", "Zuvor war in Medienberichten von 400 Millionen Euro die
    Rede", "In der Bilanz werden Rückstellungen von 80 Millionen ausgewiesen": a document after
    "in"/"im" and a verb that places a figure in it; its genitive owner where it names one
    ("in der Anklageschrift der Staatsanwaltschaft"), else the paper (the owner a relative
    clause names is not written for it). A body or a person before the paper is the subject
    that speaks ("Die BFU hat in ihrem Zwischenbericht … genannt"): then none."""
    lowers = lowers_of(doc)
    if not any(lowers[t] in attribution_words("document_location_words") for t in range(sent.start, sent.end)):
        return None
    prepositions = attribution_words("document_location_prepositions")
    for m in mentions:
        if m.label_ != "document" or m.start <= amount.start < m.end:
            continue
        t = m.start - 1
        while t > sent.start and (lowers[t] in _words("determiners") or doc[t].is_lower and doc[t].is_alpha and t >= m.start - 3 and lowers[t] not in prepositions):
            t -= 1
        if lowers[t] not in prepositions:
            continue
        if any(n.start < t and n.label_ in ("person", "organisation", "group") for n in mentions):
            return None  # "Die BFU hat in ihrem Zwischenbericht … genannt": the subject speaks, the paper is its place
        return document_owner(doc, m, sent, mentions) or m
    return None


def _reports_amount(
    doc: Doc, cue: Cue, amount: Span, cues: SentenceCues, lowers: Sequence[str], data: GermanData
) -> bool:
    """Whether the verb of speech ``cue`` reports ``amount``: in its scope, and no pledge, no
    writing of figures, no verb that moves the money itself."""
    sent = cues.sent
    return not (
        not cues.in_scope(cue, amount)
        or _attributive_participle(doc, cue, amount)
        or _speech_is_pledge(doc, cue, sent, lowers)
        or _writes_figures(doc, cue, sent, lowers)
        or _moves_money(doc, cue, amount, lowers, data)
    )


def _attributive_participle(doc: Doc, cue: Cue, amount: Span) -> bool:
    """ "für geschätzt 3 Milliarden", "für geschätzte 30 Millionen": a participle right before the
    amount qualifies it (a hedge); it is no verb whose subject reports."""
    word = doc[cue.start]
    return cue.end == amount.start and word.is_lower and word.lower_.startswith("ge") and cue.end - cue.start == 1


def _wie_subject(doc: Doc, start: int, end: int) -> Optional[Span]:
    """The capitalised words between "wie" and its reporting verb ("wie Geschäftsführer Andreas
    Pöll bestätigte", "wie aus seinem Umfeld verlautete", "wie es bei den Lotterien hieß"):
    determiners and adjectives before them skipped, the adverbials after them left out ("wie
    Diplomaten am Montag in Brüssel sagten"), no punctuation between. A pronoun subject ("wie es am Mittwoch mitteilte") or a preposition
    that names no source ("gegenüber der Zeitung") leaves none."""
    first = next((t for t in range(start, end) if not doc[t].is_lower), None)
    if first is None or end - first > 5:
        return None
    if not all(doc[t].is_alpha or "-" in doc[t].text for t in range(first, end)):
        return None
    skipped = {doc[t].lower_ for t in range(start, first)}
    prepositions = skipped & attribution_words("not_subject_words")
    if prepositions - attribution_words("wie_source_prepositions"):
        return None
    if skipped & _words("subject_pronouns") and not prepositions:
        return None
    last = first
    while last < end and not doc[last].is_lower and doc[last].lower_ not in _words("time_words"):
        last += 1
    return doc[first:last] if last > first else None
