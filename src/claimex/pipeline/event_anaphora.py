"""Who caused the harm of a count that refers back to the event the sentence before it tells.

Wire reports tell the event first and its toll next, linked by an adverb or a definite noun of
the event: "Russische Truppen griffen in der Nacht Sumy an. Dabei wurden drei Menschen
getötet", "Die Armee bombardierte ein Wohnhaus. Bei dem Angriff kamen elf Menschen ums Leben".
The link ("dabei", "bei dem Angriff", "beim Beschuss") says which event the count belongs to:
the one of the sentence right before, in its paragraph; its actor (the subject of its verb of
attacking, ``harmers.event_actors``) caused the harm. That is a nearer and surer reading than
the perpetrator nearest in the paragraph, which may belong to another event ("Die Hamas feuerte
Raketen ab. Die Luftwaffe griff daraufhin an. Dabei …"). Without such a link, or when the
sentence before tells no attack ("Die Feuerwehr war im Einsatz. Dabei wurden zwei Helfer
verletzt"), nothing is read here. An indefinite article ("Bei einem Angriff") tells a new
event. The words live in ``casualty_terms.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import sentence_of, texts_of
from ..lang.de import GermanData, load_table
from .datelines import body_start
from .harmers import attack_noun_party, event_actors, is_year, verb_subject
from .referents import paragraph_bounds
from .role_phrases import amount_clause, entities_in, in_prepositional_phrase, mentions_in, role_cues

__all__ = ["refers_to_told_event", "told_event_actor"]


@lru_cache(maxsize=None)
def _terms(key: str) -> frozenset[str]:
    """A word list of ``casualty_terms.json``."""
    return frozenset(load_table("casualty_terms.json")[key])


def _event_noun(word: str, data: GermanData) -> bool:
    """A noun of an attack ("Angriff", "Luftangriff", "Beschuss") or of a deed ("Tat")."""
    return bool(data.attack_nouns.get(word)) or word in _terms("told_event_nouns")


def refers_to_told_event(doc: Doc, amount: Span, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether the amount's sentence refers back to an event told before: an anaphoric adverb
    ("dabei") or a preposition with a definite article before a noun of the event ("Bei dem
    Angriff", "Beim Beschuss"), within a few words."""
    return _anaphor_at(doc, amount, lowers, data) is not None


def _anaphor_at(doc: Doc, amount: Span, lowers: Sequence[str], data: GermanData) -> Optional[int]:
    """The token where the amount's sentence refers back to an event told before (see
    ``refers_to_told_event``), or None."""
    sent = sentence_of(doc, amount.start)
    for t in range(sent.start, sent.end):
        word = lowers[t]
        if word in _terms("event_anaphors"):
            return t
        if word in _terms("event_anaphor_contractions") and t + 1 < sent.end:
            if doc[t + 1].is_title and _event_noun(lowers[t + 1], data):
                return t
        if word in _terms("event_anaphor_prepositions") and t + 2 < sent.end and lowers[t + 1] in _terms("event_anaphor_determiners"):
            # "bei dem Angriff", "durch den nächtlichen Beschuss": one adjective may stand between
            for k in (t + 2, t + 3):
                if k < sent.end and doc[k].is_title and _event_noun(lowers[k], data):
                    return t
    return None


def told_event_actor(
    doc: Doc, amount: Span, lowers: Sequence[str], data: GermanData, victims: Sequence[Span] = ()
) -> Optional[Span]:
    """The actor of the event the amount's sentence refers back to (``refers_to_told_event``):
    the last actor of an attack in the clause before the link or in the sentence before (as
    written there), else the armed body, the subject of an attack verb, the party of an attack
    noun or the body of a speaker telling its own attack in that sentence; a definite noun of the
    event ("bei dem Angriff") reaches further back, over paragraph breaks (``_antecedent_party``).
    Never one counted as harmed (``victims``); None otherwise."""
    sent = sentence_of(doc, amount.start)
    para_start, _ = paragraph_bounds(doc, amount.start)
    anaphor = _anaphor_at(doc, amount, lowers, data)
    if anaphor is None:
        return None
    # "X hätten die Stadt beschossen; dabei seien zwei Zivilisten getötet worden": the event of
    # the clause before the link, in the same sentence
    own = _clause_before(doc, sent, anaphor)
    if own is not None:
        actor = _last_actor(doc, own, lowers, data, victims)
        if actor is not None:
            return actor
    if sent.start <= para_start:
        # "¶ Bei dem Angriff waren …": a definite noun of the event reaches back over the break
        return _antecedent_party(doc, sent, anaphor, lowers, data, victims)
    before = sentence_of(doc, sent.start - 1)
    # as written there: the sentence before is the nearest place that names the actor of this event
    return (
        _last_actor(doc, before, lowers, data, victims)
        or _attack_subject(doc, before, lowers, data, victims)
        or _named_with_attack(doc, before, lowers, data, victims)
        or _speaker_body_attacking(doc, before, lowers, data)
        or _antecedent_party(doc, before, anaphor, lowers, data, victims)
    )


def _antecedent_party(
    doc: Doc, sent: Span, anaphor: int, lowers: Sequence[str], data: GermanData, victims: Sequence[Span]
) -> Optional[Span]:
    """For a link by a definite noun of the event ("bei dem Angriff", not "dabei", which points
    to the sentence right before), the party of the nearest attack told before ``sent``, in any
    paragraph: the definite article says the reader knows the event, and the nearest attack told
    is the one meant. None when that attack names no party, when the link names a year, or a
    place the attack's sentence does not name."""
    if lowers[anaphor] in _terms("event_anaphors"):
        return None
    place, dated = _own_setting(doc, anaphor, lowers, data)
    if dated:
        return None  # "Beim Messerangriff in Morges 2020": an event named by its year, not the one told
    texts = texts_of(doc)
    t = sent.start - 1
    for _ in range(_ANTECEDENT_SENTENCES):
        if t < 0:
            return None
        before = sentence_of(doc, t)
        t = before.start - 1
        if not (_tells_attack(doc, before, lowers, data) or _names_attack(doc, before, lowers, data)):
            continue
        if place is not None and not any(texts[k] == place for k in range(before.start, before.end)):
            return None  # "Bei dem Anschlag in Lugano": another place than the attack told
        return _last_actor(doc, before, lowers, data, victims) or _named_with_attack(doc, before, lowers, data, victims)
    return None


def _own_setting(doc: Doc, anaphor: int, lowers: Sequence[str], data: GermanData) -> tuple[Optional[str], bool]:
    """The place a link's noun of the event names right after it ("bei dem Anschlag in Lugano"
    -> "Lugano") and whether a year follows it ("Beim Messerangriff in Morges 2020")."""
    end = min(len(doc), anaphor + _SETTING_REACH)
    noun = next((k for k in range(anaphor + 1, end) if doc[k].is_title and _event_noun(lowers[k], data)), None)
    if noun is None:
        return None, False
    place: Optional[str] = None
    dated = False
    for k in range(noun + 1, min(len(doc), noun + _SETTING_REACH)):
        if doc[k].is_punct:
            break
        if is_year(doc[k].text):
            dated = True
        if lowers[k] in ("in", "im") and k + 1 < len(doc) and place is None and _place_at(doc, k + 1):
            place = doc[k + 1].text  # "in Lugano", not "im Morgengrauen", "im Norden"
    return place, dated


def _place_at(doc: Doc, t: int) -> bool:
    """Whether a place mention or a GPE/LOC entity starts at token ``t``."""
    places = mentions_in(doc, t, t + 4, ("place",)) or []
    return any(m.start == t for m in places) or any(e.start == t for e in entities_in(doc, t, t + 4, ("GPE", "LOC")))


#: How many words after a link its noun and the noun's place and year may stand.
_SETTING_REACH = 5

#: How many sentences back a definite noun of the event looks for the attack it names.
_ANTECEDENT_SENTENCES = 8


def _names_attack(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether ``sent`` holds a noun of an attack ("Raketenangriff", "Anschlag")."""
    return any(doc[t].is_title and _event_noun(lowers[t], data) for t in range(sent.start, sent.end))


def _named_with_attack(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData, victims: Sequence[Span]) -> Optional[Span]:
    """The party an attack noun of ``sent`` names ("Nach den schwersten russischen Luftangriffen
    seit Monaten …", "Bei einem Angriff der M23 …"): the attack the link refers back to is that
    one, so its party harmed; never one counted as harmed."""
    body = body_start(doc, sent)
    found = attack_noun_party(doc, doc[body : sent.end] if body > sent.start else sent, lowers, data)
    if found is None or any(v.start < found.end and found.start < v.end for v in victims):
        return None
    return found


def _clause_before(doc: Doc, sent: Span, anaphor: int) -> Optional[Span]:
    """The part of ``sent`` before the clause that opens with the link at ``anaphor``, when a
    semicolon, a dash or "und" ends it right before the link; None when the link opens the sentence."""
    k = anaphor - 1
    if k <= sent.start or doc[k].text not in _CLAUSE_ENDS:
        return None
    return doc[sent.start : k]


#: What ends a main clause right before a link that opens the next one.
_CLAUSE_ENDS = frozenset({";", "–", "-", "und", ":"})


def _last_actor(doc: Doc, region: Span, lowers: Sequence[str], data: GermanData, victims: Sequence[Span]) -> Optional[Span]:
    """The last actor of an attack told in ``region``, never one counted as harmed."""
    actors = [
        a
        for a in event_actors(doc, lowers, data)
        if region.start <= a.start and a.end <= region.end and not any(v.start < a.end and a.start < v.end for v in victims)
    ]
    return actors[-1] if actors else _armed_body_attacking(doc, region, lowers, data)


def _attack_subject(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData, victims: Sequence[Span]) -> Optional[Span]:
    """The subject of the last verb of attacking in ``sent`` ("Kämpfer der Miliz stürmten ein
    Hotel", "Bewaffnete überrannten einen Stützpunkt"), a party that can harm, not one harmed."""
    verbs = _attack_verbs()
    for t in range(sent.end - 1, sent.start - 1, -1):
        if not (doc[t].is_lower and lowers[t] in verbs):
            continue
        found = verb_subject(doc, t, data)
        if found is not None and not any(v.start < found.end and found.start < v.end for v in victims):
            return found
    return None


def _speaker_body_attacking(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """ "Ein Sprecher der Miliz sagte, man habe Stellungen der Armee angegriffen": a reported
    clause of attacking whose subject is "man" or "wir" names the body its speaker speaks for,
    the last organisation or group the reporting clause before it names."""
    verbs = _attack_verbs()
    for t in range(sent.end - 1, sent.start - 1, -1):
        if not (doc[t].is_lower and lowers[t] in verbs):
            continue
        start, _ = amount_clause(doc, sent, doc[t : t + 1])
        if start <= sent.start or not any(lowers[k] in _terms("reported_speaker_subjects") for k in range(start, min(t, start + 2))):
            continue
        bodies = mentions_in(doc, sent.start, start, ("organisation", "group")) or []
        if not bodies:
            return None
        body = bodies[-1]
        if body.start > sent.start and doc[body.start - 1].is_lower and lowers[body.start - 1].endswith(_demonym_endings()):
            # "Das russische Verteidigungsministerium erklärte, man habe …": the country's adjective tells whose
            return Span(doc, body.start - 1, body.end, label=body.label_)
        return body
    return None


def _tells_attack(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether ``sent`` tells an attack by a verb ("griff … an", "hat … versenkt", "stürmte")."""
    verbs = _attack_verbs()
    return any(doc[t].is_lower and lowers[t] in verbs for t in range(sent.start, sent.end))


@lru_cache(maxsize=1)
def _attack_verbs() -> frozenset[str]:
    """Verbs that tell an attack: the causing verbs of the role rules and ``attack_telling_verbs``."""
    return role_cues("causing_verbs") | role_cues("causing_participles") | _terms("attack_telling_verbs")


@lru_cache(maxsize=1)
def _demonym_endings() -> tuple[str, ...]:
    """Endings of a country's adjective ("ukrainische", "russischen"), for ``str.endswith``."""
    return tuple(_terms("demonym_adjective_endings"))


def _armed_body_attacking(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """The armed body a country's adjective names ("Die ukrainische Marine", "Russische Truppen")
    as the subject of ``sent``, a sentence that tells an attack: outside a prepositional phrase,
    the first such body; a body named only as the harmed or the accused ("gegen die Armee")
    stands in a phrase and is passed over."""
    if not _tells_attack(doc, sent, lowers, data):
        return None
    for t in range(sent.start + 1, sent.end):
        if not (doc[t].is_title and lowers[t] in _terms("armed_body_heads")):
            continue
        adjective = t - 1
        if not lowers[adjective].endswith(_demonym_endings()):
            continue
        if in_prepositional_phrase(doc, t, sent.start, data):
            continue
        opens = doc[adjective - 1].lower_ in ("die", "das") or doc[adjective - 1].text in (",", ";", ":")
        if adjective > sent.start and not opens and not doc[adjective].is_sent_start:
            # "der kongolesischen Armee": these nouns are feminine or plural, so "der" is a dative or
            # genitive; a bare plural after a comma opens a clause ("erklärte, ukrainische Truppen hätten")
            continue
        return doc[adjective : t + 1]
    return None
