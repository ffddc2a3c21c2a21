"""Find who caused the harm of a casualty count (the agent of a casualty claim) by rules:
``find_attacker`` reads the count's own sentence, ``event_perpetrator`` its paragraph;
``event_actors`` (the actors of the attacks the doc reports) and ``perpetrator_nouns`` serve
``causers.py`` and ``money_parties.py`` too.

A count whose sentence names no one who harmed takes the attacker or perpetrator noun ("der
Täter") nearest to it in its paragraph. The words live in ``role_cues.json`` and
``casualty_terms.json``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, lowers_of, sentence_of, sentence_start
from ..lang.de import GermanData, load_table
from ..lang.de import words as _words
from ..lang.de.persons import age_compound, is_person
from ..lang.lexicon import Lexicon
from ..parser import syntax
from .datelines import body_start, dateline_shaped, opens_body
from .mentions import mention_is_name
from .referents import is_named, nearest_occurrence, paragraph_bounds
from .role_phrases import (
    amount_clause,
    entities_in,
    in_prepositional_phrase,
    inflected_in,
    is_place_adjective,
    mentions_in,
    noun_phrase,
    pronoun_subject,
    role_cues,
)

__all__ = ["find_attacker", "attack_noun_party", "later_description", "perpetrator_nouns", "event_perpetrator", "event_actors", "active_perfect", "verb_subject", "is_year"]


def _is_attack_noun(word: str, data: GermanData) -> bool:
    """An attack noun in any inflected form: "Angriff", "Angriffen", "Luftangriffen", also a plural
    with umlaut ("Anschlägen", "Überfälle")."""
    return inflected_in(word, data.attack_nouns, data) or inflected_in(_without_umlaut(word), data.attack_nouns, data)


def _without_umlaut(word: str) -> str:
    """``word`` with its last umlaut undone, as a plural makes it ("anschläge" -> "anschlage")."""
    for k in range(len(word) - 1, -1, -1):
        if word[k] in _UMLAUTS:
            return word[:k] + _UMLAUTS[word[k]] + word[k + 1 :]
    return word


#: An umlaut and the vowel it stands for.
_UMLAUTS = {"ä": "a", "ö": "o", "ü": "u"}


def _harm_words(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> list[int]:
    """Token indices in ``start``..``end`` of words that say people were harmed ("getötet", "tötete")."""
    return [
        t
        for t in range(start, end)
        if doc[t].is_lower
        and (data.casualty_triggers.get(lowers[t]) or lowers[t] in data.active_triggers or _actor_phrase_at(lowers, t, end, data))
    ]


def _harm_phrase_at(lowers: Sequence[str], t: int, end: int, data: GermanData) -> bool:
    """A harm phrase of several words starts at ``t`` inside ``end`` ("in ihre Gewalt", "in den Tod")."""
    found = data.casualty_triggers.match(lowers, t)
    return found is not None and found[0] > 1 and t + found[0] <= end


def _actor_phrase_at(lowers: Sequence[str], t: int, end: int, data: GermanData) -> bool:
    """A phrase of killing or capturing that an actor's verb governs starts at ``t`` ("in seine
    Gewalt [gebracht]", "in den Tod [gerissen]", "als Geiseln [genommen]"): with an active
    auxiliary, the clause's subject did the harm. Not a phrase of finding ("in den Trümmern")."""
    if lowers[t] not in _casualty_words("actor_phrase_openers") or not _harm_phrase_at(lowers, t, end, data):
        return False
    return data.casualty_triggers.match(lowers, t)[1] in _ACTOR_PHRASE_KINDS


#: The categories of harm whose phrases an actor's verb governs.
_ACTOR_PHRASE_KINDS = ("killed", "captured")


def _finite_plural_at(doc: Doc, t: int, start: int, end: int) -> bool:
    """The participle-like word at ``t`` is a finite plural past ("Spezialkräfte erschossen die
    vier Angreifer", "Allein dort erschossen RSF-Kämpfer 460 Patienten"): a capitalised word
    stands right before it (the subject or the opening phrase) and more of the clause after it;
    not the participle closing a clause ("Zwei Menschen erschossen.", the passive's auxiliary
    excludes "wurden … erschossen" before)."""
    if t == start or t + 1 >= end:
        return False
    before = doc[t - 1]
    return before.text[:1].isupper() and before.lower_ not in _words("determiners") and not doc[t + 1].is_punct


def _harmer_at(doc: Doc, i: int, end: int, data: GermanData) -> Optional[Span]:
    """The party that starts at ``i`` (determiners and adjectives may come first): a named
    mention, or a noun phrase headed by people who can harm ("Attentäter", "Rebellen") or
    by an attack ("Drohnenangriffe")."""
    limit = min(end, i + 5)
    for m in mentions_in(doc, i, limit, ("person", "organisation", "group", "place")) or []:
        first = _age_start(doc, i, m.start)
        if first == m.start and doc[m.start].is_lower and doc[m.start].lower_ not in role_cues("possessive_determiners"):
            continue  # "ihrem Partner": a possessive opens the party's phrase
        if any(not doc[t].is_lower and doc[t].lower_ not in _words("determiners") for t in range(i, first)):
            continue  # but "Die Hamas" opening the sentence
        if not all(_opens_phrase(doc, t, data) for t in range(i, first)):
            break  # "48 von ihnen werden noch im Krankenhaus behandelt": a verb or a preposition ends the phrase
        if (
            m.end < len(doc)
            and doc[m.end].is_lower
            and doc[m.end].lower_.endswith(("en", "e"))
            and doc[m.end].lower_ not in _words("determiners")
            and (m.end + 1 < len(doc) and doc[m.end + 1].is_title)
        ):
            return None  # "von Kiew kontrollierten Gebieten": a participle attribute, no harmer
        if first < m.start:
            # "Afghane" of "25-jähriger Afghane": the noun, as the gold gives it; "15-Jährige" whole
            return Span(doc, m.start + 1, m.end, label=m.label_) if doc[m.start].is_lower and len(m) > 1 else Span(doc, first, m.end, label=m.label_)
        return m if m.label_ != "group" or mention_is_name(m) else _with_named_owner(doc, m, end)
    np = noun_phrase(doc, i, limit)
    if np is None:
        return None
    head = np[-1].lower_
    if data.casualty_nouns.get(head):
        return None  # "von den Toten": the harmed, not who harmed them
    if data.perpetrator_nouns.get(head) or data.group_nouns.get(head) or _is_attack_noun(head, data):
        return np
    if data.person_nouns.get(head) and not data.non_person_nouns.get(head):
        return _with_named_owner(doc, np, end)
    if is_person(head) or _age_noun(np[-1].text):
        return np  # "ein 31-jähriger Tunesier", "der 52-Jährige": a person by the word's form
    return None


def _age_start(doc: Doc, i: int, t: int) -> int:
    """Where the age compound that ``t`` ends stands ("25", "-", "jähriger" of "Ein 25-jähriger
    Afghane": the mention layer starts the phrase at the adjective), not before ``i``; ``t`` when
    no age compound ends there."""
    if not doc[t].lower_.startswith("jährig"):
        return t
    for first in (t - 2, t - 1):
        if first >= i and age_compound([tok.text for tok in doc[first : t + 1]], 0, t + 1 - first) == t + 1 - first:
            return first
    return t


def _opens_phrase(doc: Doc, t: int, data: GermanData) -> bool:
    """Whether token ``t`` may stand before the noun of a party's phrase: a determiner (also a
    possessive) or an adjective, not a pronoun, an auxiliary, an adverb or a preposition."""
    word = doc[t].lower_
    if word in _words("determiners") or word in role_cues("possessive_determiners"):
        return True
    return (
        doc[t].is_alpha
        and word.endswith(data.adjective_endings)
        and word not in data.harm_roles["passive_auxiliaries"]
        and word not in data.harm_roles["active_auxiliaries"]
        and word not in _words("subject_pronouns")
        and word not in role_cues("dative_pronouns")  # "von ihnen": a part of those counted
    )


def _with_named_owner(doc: Doc, np: Span, end: int) -> Span:
    """People named with the body they belong to ("Kämpfer der Kamuina-Nsapu-Miliz", "Soldaten
    der Armee"): the phrase up to the end of the body, which tells who they are."""
    j = np.end
    if j + 1 >= min(end, len(doc)) or doc[j].lower_ not in _GENITIVE_LINKS:
        return np
    owners = mentions_in(doc, j + 1, min(len(doc), j + 1 + _ATTRIBUTE_REACH + 2), ("organisation", "group")) or []
    # "Kämpfer der von Ruanda unterstützten Miliz M23", "der radikalislamischen Miliz": over
    # an attribute between the article and the body
    owner = next((m for m in owners if m.start == j + 1 or _attribute_between(doc, j + 1, m.start)), None)
    if owner is None:
        return np
    return Span(doc, np.start, owner.end, label=np.label_)


def _attribute_between(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``..``end`` are an attribute before a noun: lower-case adjectives or a
    participle, the participle's own phrase with it ("von Ruanda unterstützten", "vom Iran
    finanzierten"), ending in an inflected word; at most ``_ATTRIBUTE_REACH`` tokens. The body's
    class noun may close it, before the name ("der Gruppe Hisbollah", "der von Iran unterstützten
    Gruppe Hisbollah")."""
    if end > start and doc[end - 1].is_title and doc[end - 1].is_alpha and not (end - 2 >= start and doc[end - 2].lower_ in _words("passive_agents")):
        end -= 1  # the class noun before the name
        if end == start:
            return True
    if not 0 < end - start <= _ATTRIBUTE_REACH or not (doc[end - 1].is_lower and doc[end - 1].lower_.endswith(("en", "e"))):
        return False
    for k in range(start, end):
        token = doc[k]
        if token.is_punct or token.like_num:
            return False
        if token.is_title and not (k > start and doc[k - 1].lower_ in _words("passive_agents")):
            return False  # a noun of its own: "der Armee Kämpfer"
    return True


#: How many tokens an attribute between a genitive article and its noun may hold.
_ATTRIBUTE_REACH = 4

#: Articles of a genitive attribute that names whose people they are.
_GENITIVE_LINKS = ("der", "des")


def _age_noun(text: str) -> bool:
    """A capitalised age compound names a person: "52-Jährige", "16-Jähriger"."""
    return "-" in text and text.rsplit("-", 1)[1].startswith("Jährig")


def _passive_harmer(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """ "durch Drohnenangriffe getötet", "von Rebellen verschleppt": who harmed, after the preposition
    (not one that belongs to a noun before it: "beim Brand von Mati")."""
    for t in range(start, end - 1):
        if lowers[t] not in data.harm_roles["harm_agent_prepositions"] or doc[t + 1].like_num:
            continue
        after_noun = t > start and doc[t - 1].is_title and lowers[t] != "durch"
        found = _harmer_at(doc, t + 1, end, data)
        if found is not None and after_noun and not _before_participle(doc, found.end, end, lowers, data):
            continue  # "beim Brand von Mati": "von" after a noun belongs to it; not "Frauen von ihrem Partner getötet"
        if found is not None and _in_attribution(doc, found.start, start, lowers):
            continue  # "nach Angaben von Gouverneur X verletzt": who reports, not who harmed
        if found is not None:
            return found
        if lowers[t] == "durch" and (weapon := _weapon_at(doc, t + 1, end)) is not None:
            return weapon  # "durch eine ukrainische Drohne getötet": the weapon harmed
    return None


def _weapon_at(doc: Doc, i: int, end: int) -> Optional[Span]:
    """A weapon's noun phrase at ``i`` ("eine ukrainische Drohne", "Raketen"), its adjectives
    with it and its article without it; None when the phrase there names no weapon."""
    np = noun_phrase(doc, i, min(end, i + 5))
    if np is None or _casualty_lexicon("weapon_nouns").get(np[-1].lower_) is None:
        return None
    return np


@lru_cache(maxsize=None)
def _casualty_lexicon(key: str) -> Lexicon[bool]:
    """A word list of ``casualty_terms.json`` as a lexicon (compound heads match)."""
    return Lexicon(load_table("casualty_terms.json")[key])


@lru_cache(maxsize=1)
def _causing_words() -> frozenset[str]:
    """The verbs and participles of causing harm (role_cues.json)."""
    return role_cues("causing_verbs") | role_cues("causing_participles")


def _when_clause_actor(doc: Doc, sent: Span, end: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """ "… getötet und 40 verletzt worden, als Kampfhubschrauber einen Markt beschossen": the
    subject of an active clause of attacking that a temporal conjunction joins right after the
    count's clause tells who harmed; its verb stands last (a subordinate clause), and its
    subject right after the conjunction."""
    if end + 2 >= sent.end or doc[end].text != "," or lowers[end + 1] not in _casualty_words("attack_time_subordinators"):
        return None
    start = end + 2
    stop = start
    while stop < sent.end and not doc[stop].is_punct:
        stop += 1
    if stop - start < 2 or set(lowers[start:stop]) & set(data.harm_roles["passive_auxiliaries"]):
        return None  # "…, als das Haus von Raketen getroffen wurde": a passive names the harmed
    verbs = _causing_words()  # "beschossen" is both verb and participle
    last = stop - 1
    if lowers[last] in role_cues("perfect_auxiliaries"):
        last -= 1  # "…, als Milizen das Dorf überfallen hatten"
    if not (doc[last].is_lower and (lowers[last] in verbs or _casualty_lexicon("hitting_verbs").get(lowers[last]) is not None)):
        return None
    found = _harmer_at(doc, start, last, data)
    if found is None:
        # "als Kampfhubschrauber …": in a clause that attacks, a machine of war is its subject too
        found = noun_phrase(doc, start, last)
        if found is not None and (data.casualty_nouns.get(found[-1].lower_) or found[-1].ent_type_ in ("LOC", "GPE")):
            found = None
    return found


def _before_participle(doc: Doc, i: int, end: int, lowers: Sequence[str], data: GermanData) -> bool:
    """A harm participle closes the phrase that ends at ``i``, a coordinated noun at most between
    ("von ihrem Partner oder Ex-Partner getötet"): the phrase is the passive's agent."""
    for t in range(i, min(end, i + _PARTICIPLE_REACH)):
        if lowers[t] in _harm_participles(data) and lowers[t] not in _finite_harm_verbs(data):
            return True
        joins = lowers[t] in _words("list_separators") and t + 1 < end and doc[t + 1].is_title
        if not (doc[t].is_title or joins) or doc[t].is_punct:
            return False  # "den Tod von zwei Arbeitern und verletzte …": a verb of its own follows
    return False


#: How many tokens after a "von" phrase its participle may stand.
_PARTICIPLE_REACH = 4


def _finite_verb_at(doc: Doc, t: int, start: int) -> bool:
    """The past form at ``t`` is the finite verb of its clause, not an adjective: it does not
    stand before a noun as one does ("zwei in Niger verschleppte Helfer"), or it follows only the
    clause's opening phrase, with no number or article before it ("Im Juli verschleppten Rebellen …")."""
    if not _attributive(doc, t):
        return True
    # a year counts no one: "Im Juli 2025 verschleppten Rebellen …"
    return all((not doc[j].like_num or is_year(doc[j].text)) and doc[j].lower_ not in _words("determiners") for j in range(start + 1, t))


def is_year(text: str) -> bool:
    """A number written as a year of our times ("2025")."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _present_before(doc: Doc, amount: Span, start: int, end: int, lowers: Sequence[str], words: set[str]) -> bool:
    """Whether a present form spelled like its participle ("verletzt", "entführt") is the finite
    verb before the count: right after a capitalised word (its subject), with no auxiliary in the
    sentence ("Zwei Menschen verletzt", "sind verletzt", "wurden Ärzte, Pfleger und Sanitäter
    verletzt" are participles); ``words`` are the clause's."""
    presents = _casualty_words("participle_presents")
    if not any(lowers[t] in presents and _finite_plural_at(doc, t, start, end) for t in range(start + 1, amount.start)):
        return False
    sent = sentence_of(doc, amount.start)
    blockers = _participle_auxiliaries()
    return not (words & blockers or any(lowers[t] in blockers for t in range(sent.start, sent.end)))


@lru_cache(maxsize=1)
def _participle_auxiliaries() -> frozenset[str]:
    """Forms of sein, haben and werden beside which a participle-like present is no verb."""
    return frozenset(_casualty_words("participle_auxiliaries"))


def _active_harmer(doc: Doc, amount: Span, start: int, end: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """ "Die Miliz tötete zwölf Menschen", "hatten die Rebellen vier Soldaten getötet", "Der
    Unbekannte hatte einen Jungen gerammt": the subject of an active harm verb, the party before
    the count in its clause. The clause is active when it has no passive auxiliary and a finite
    verb of harming or attacking that is no adjective, or a perfect of one."""
    words = set(lowers[start:end])
    if words & set(data.harm_roles["passive_auxiliaries"]):
        return None
    finite = _finite_harm_verbs(data)
    perfect = words & set(data.harm_roles["active_auxiliaries"])
    active = (
        perfect and words & _harm_participles(data)  # "hatte … gerammt"
        # "haben Häftlinge vier Wärter in ihre Gewalt gebracht", "hatte … zwei Menschen in den Tod gerissen"
        or perfect and any(_actor_phrase_at(lowers, t, end, data) for t in range(amount.end, end))
        # "Spezialkräfte erschossen die vier Angreifer": a plural past spelled as its participle
        or any(lowers[t] in _casualty_words("participle_pasts") and _finite_plural_at(doc, t, start, end) for t in range(start, end))
        # a finite verb, not one used as an adjective ("142 getötete oder verletzte Kinder")
        or any(lowers[t] in finite and _finite_verb_at(doc, t, start) for t in range(start, end))
        # "Mann verletzt Zugbegleiterin und zwei Fahrgäste": a headline's present spelled as its participle
        or not perfect and _present_before(doc, amount, start, end, lowers, words)
    )
    if not active:
        return None
    reported = _reported_subject(doc, start, data)
    if reported is not None:
        return reported  # "Russland erklärte, es habe … angegriffen und dabei 60 Soldaten getötet"
    relative = _relative_harmer(doc, start, amount.start, lowers, data)
    if relative is not None:
        return relative  # "der Prozess gegen einen Mann, der drei Passanten erstochen haben soll"
    if _object_list_before(doc, start, amount.start, lowers, data):
        # "Einen Polizisten und zwei Passanten erschoss der Täter": the objects come first, the
        # subject after the verb; none there ("… verletzte der Blitz"), none among the objects
        return _subject_after_verb(doc, amount.end, end, lowers, data)
    for t in range(start, amount.start):
        if doc[t].is_lower and not doc[t].is_punct and not in_prepositional_phrase(doc, t, start, data):
            attacker = _demonym_subject(doc, t, amount.start, data)
            if attacker is not None:
                return attacker  # "sollen ukrainische Drohneneinheiten 30.000 Soldaten getötet haben"
        if doc[t].is_lower or doc[t].is_punct or in_prepositional_phrase(doc, t, start, data) or _genitive_in_phrase(doc, t, start, data):
            continue
        verb_next = t + 1 < amount.start and (
            lowers[t + 1] in finite
            or lowers[t + 1] in data.harm_roles["active_auxiliaries"]
            or lowers[t + 1] in _casualty_words("participle_pasts") and _finite_plural_at(doc, t + 1, start, end)
            or lowers[t + 1] in _casualty_words("participle_presents") and _present_before(doc, amount, start, end, lowers, words)
        )
        if (
            t + 1 < amount.start
            and not verb_next
            and not doc[t + 1].is_title
            and opens_body(doc, t)
            and not (data.perpetrator_nouns.get(lowers[t]) or data.group_nouns.get(lowers[t]) or is_person(lowers[t]))
            # "Hamas soll … getötet haben", "RSF-Miliz soll …": a name opening a headline has no article
            and not _name_opens(doc, t)
        ):
            # "Allein im Mai", "Innerhalb von": a capitalised adverb or preposition; not "Rebellen
            # verschleppten …", nor "Kämpfer der ELN-Guerilla haben …" (a noun of people)
            continue
        j = t - 1
        while j > start and (
            # not back over the verb: "Im Juli 2025 verschleppten JNIM-Kämpfer" counts no one before it
            doc[j].is_lower and doc[j].is_alpha and lowers[j] not in data.number_units and lowers[j] not in finite
            or doc[j].text == "-"
            or doc[j].like_num and j + 1 < t and doc[j + 1].text == "-"
            or any(c.isdigit() for c in doc[j].text) and "-" in doc[j].text
        ):
            j -= 1  # adjectives: "vier weitere", "drei junge Skifahrer", "eine 71-jährige Zuschauerin"
        if (
            j >= start
            and (doc[j].like_num or lowers[j] in data.number_units)
            and not data.perpetrator_nouns.get(lowers[t])
            and not (j == start and lowers[j] in _words("determiners"))  # "Ein 34-jähriger Mann hat …": the subject's article
            # "Erst im Jänner hatte ein Geisterfahrer …": the article of a subject after its auxiliary
            # "In Hanau verletzte ein 43-jähriger Mann drei Passanten": the subject right after its verb
            and not (
                j > start
                and lowers[j] in _casualty_words("subject_indefinites")
                and (
                    lowers[j - 1] in data.harm_roles["active_auxiliaries"]
                    # only after an opening phrase: "Der Lastwagen erfasste eine Radfahrerin" has its object there
                    or lowers[j - 1] in finite and doc[j - 1].is_lower and lowers[start] in _opening_words(data)
                )
            )
        ):
            continue  # "tötete drei Skifahrer und verletzte vier": the victims of another count
            # ("töteten drei Attentäter 90 Menschen": counted perpetrators harm)
        found = _harmer_at(doc, t, amount.start, data)
        if found is not None and found.end <= amount.start and not _in_attribution(doc, t, start, lowers):
            return _apposed_name(doc, found)  # not "Nach Angaben der Bundespolizei verletzte der Angreifer …": who reports
    if start > 0 and doc[start - 1].text == "," and (lowers[start] in finite or lowers[start] in data.harm_roles["active_auxiliaries"]):
        # ", erschoss drei Kolleginnen", "Der Attentäter, Stephan B., tötete …": the verb opens its clause
        shared = _verb_first_subject(doc, sentence_of(doc, start).start, start, amount.start, data)
        if shared is not None:
            return shared
    if amount.start == start:
        after = _subject_after_verb(doc, amount.end, end, lowers, data)
        if after is not None:
            return after
    inserted = _subject_before_relative(doc, start, lowers, data)
    if inserted is not None:
        return inserted
    if "zu" in words:
        controller = _infinitive_controller(doc, start, lowers, data)
        if controller is not None:
            return controller
    return _pronoun_actor(doc, start, amount.start, lowers, data) or _pronoun_harmer(doc, start, amount.start)


def _demonym_adjective(word: str) -> bool:
    """A country's adjective in any ending ("russischer", "israelische", "ukrainischen")."""
    return word.endswith(_casualty_words("demonym_adjective_endings"))


def _name_opens(doc: Doc, t: int) -> bool:
    """A named party (an organisation, group or person the mention layer marks as a name) starts
    at ``t``: "Hamas", "RSF-Miliz" opening a clause without an article."""
    return any(m.start == t and (m.label_ != "group" or mention_is_name(m)) for m in mentions_in(doc, t, t + 4, ("person", "organisation", "group")) or [])


def _relative_harmer(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """The antecedent of a relative pronoun that is the subject of an active harm clause ("gegen
    einen 24-jährigen Mann, der zwei Passanten niedergestochen haben soll"): the party that ends
    right before the comma. Not when a nominative article or a noun follows the pronoun (", die
    der Täter erstach": the pronoun is the object, the victims)."""
    if start < 2 or start + 1 >= end or doc[start - 1].text != "," or lowers[start] not in role_cues("relative_subjects"):
        return None
    if lowers[start + 1] in role_cues("subject_articles") or doc[start + 1].is_title:
        return None
    first = sentence_start(doc, start)
    end = start - 1
    # over the verb that closes the clause before ("gegen einen Mann begonnen, der …"): a noun
    # phrase ends in a capitalised noun
    while end - 1 > first and start - 1 - end < _CLOSING_VERB_WORDS and doc[end - 1].is_lower and doc[end - 1].is_alpha:
        end -= 1
    found = None
    for i in range(end - 1, max(first, end - _RELATIVE_ANTECEDENT_WORDS) - 1, -1):
        if i < end - 1 and (lowers[i] in data.harm_roles["prepositions"] or not _opens_phrase(doc, i, data)):
            break  # a preposition or a verb opens no part of the antecedent
        at = _harmer_at(doc, i, end, data)
        if at is not None and at.end == end:
            found = at  # the longest phrase: "einen früheren Krankenpfleger"
    if found is None:
        return None
    j = found.start
    while j - 2 >= first and doc[j - 1].text == "-" and doc[j - 2].like_num:
        j -= 2  # "31-jährigen Mann": the age before the hyphen
    return doc[j : found.end]


#: How many words before its comma the antecedent of a relative pronoun may start ("einen früheren 24-jährigen Krankenpfleger").
_RELATIVE_ANTECEDENT_WORDS = 5

#: How many verb words may close the clause between the antecedent and the relative pronoun ("begonnen", "festgenommen").
_CLOSING_VERB_WORDS = 2


def _object_list_before(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether the clause opens with an accusative object list that ends in the count ("Einen
    Polizisten und zwei Passanten erschoss der Täter"): a masculine accusative article first,
    then only nouns, adjectives, numbers, articles and "und" up to the count, no verb."""
    if start >= end or lowers[start] not in _casualty_words("accusative_openers"):
        return False
    return all(
        doc[t].is_title or doc[t].like_num or lowers[t] in _words("determiners") or lowers[t] in _words("coordinators")
        or doc[t].text in (",", "-") or doc[t].is_lower and lowers[t].endswith(data.adjective_endings) and lowers[t] not in _finite_harm_verbs(data)
        for t in range(start + 1, end)
    )


def _subject_before_relative(doc: Doc, start: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """The subject a relative clause parts from its verb ("Der Mann, der seit Wochen gesucht
    wurde, erschoss zwei Nachbarn"): when the clause at ``start`` opens with its finite harm verb
    right after a comma, the party that ends right before the comma of the relative clause."""
    sent = sentence_of(doc, start)
    if start - 1 <= sent.start or doc[start - 1].text != "," or not (doc[start].is_lower and lowers[start] in _finite_harm_verbs(data)):
        return None
    opener = next(
        (k for k in range(start - 3, sent.start, -1) if doc[k].text == "," and lowers[k + 1] in _relative_openers()), None
    )
    if opener is None or any(doc[k].text in (",", ";", ":") for k in range(sent.start, opener)):
        return None  # the relative clause must follow the sentence's first phrase
    found = _clause_subject(doc, body_start(doc, sent), opener, data)
    return found if found is not None and found.end == opener else None


@lru_cache(maxsize=1)
def _relative_openers() -> frozenset[str]:
    """Relative pronouns that open a clause inserted after its antecedent, in any case."""
    return role_cues("relative_subjects") | frozenset(_casualty_words("relative_pronouns_oblique"))


def _pronoun_harmer(doc: Doc, start: int, end: int) -> Optional[Span]:
    """The antecedent of a subject pronoun of the harm clause ("Der Schütze … Er erschoss neun
    Menschen"), read as for a money clause (``referents.pronoun_antecedent``); an unresolved
    pronoun names nobody."""
    found = pronoun_subject(doc, start, end, parties=True)
    return found if found is not None and found.label_ != "pronoun" else None


def _infinitive_controller(doc: Doc, start: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """Who did the harm of an infinitive clause that starts at ``start`` ("…, 300 Kämpfer getötet
    zu haben"): the subject of the clause before it ("Die Miliz rühmte sich, …"), or, after a
    verb of accusing, its object ("Kabul warf Islamabad vor, … getötet zu haben")."""
    sent = sentence_of(doc, start)
    if start - 2 < sent.start or doc[start - 1].text != ",":
        return None
    main_start, main_end = amount_clause(doc, sent, doc[start - 2 : start - 1])
    accusing = next((t for t in range(main_start, main_end) if lowers[t] in _casualty_words("accusing_verbs")), None)
    if accusing is None:
        return _clause_subject(doc, main_start, main_end, data)
    # "Selenskyj hat Russland vorgeworfen, …": in a perfect the accused stands between the
    # auxiliary and the participle
    aux = next((t for t in range(main_start, accusing) if lowers[t] in data.harm_roles["active_auxiliaries"]), None)
    first, last = (aux + 1, accusing) if aux is not None else (accusing + 1, main_end)
    for t in range(first, last):
        if not doc[t].is_lower and not doc[t].is_punct and not in_prepositional_phrase(doc, t, first, data):
            return _harmer_at(doc, t, last, data)  # the accused: the first phrase after the verb
    return None


def _subject_after_verb(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """When the count opens its clause as the object ("Einen Fahrer sollen die Angreifer
    verschleppt haben", "Zwei Menschen hat der Fahrer schwer verletzt"), the subject after the
    verb: a party after a nominative article that follows a verb, no preposition before it."""
    for t in range(start + 1, end - 1):
        if lowers[t] not in _casualty_words("subject_articles") or not doc[t - 1].is_lower or not doc[t - 1].is_alpha:
            continue
        if lowers[t - 1] in _words("determiners") or lowers[t - 1] in data.harm_roles["prepositions"]:
            continue
        found = _harmer_at(doc, t, end, data)
        if found is not None:
            return found
    return None


def _pronoun_actor(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """For "er"/"sie" as the subject of a harm verb ("Sie töteten zwei Pfleger"), the actor of the
    attack its paragraph told last before it ("überfielen Kämpfer der Miliz ein Zentrum"): who
    harms goes on harming, whatever else the sentences between name."""
    pronoun = next((t for t in range(start, end) if lowers[t] in _casualty_words("harm_subject_pronouns")), None)
    if pronoun is None:
        return None
    para_start, _ = paragraph_bounds(doc, start)
    before = [a for a in event_actor_table(doc, lowers, data) if para_start <= a[0] and a[1] <= start]
    return Span(doc, *before[-1]) if before else None


def _demonym_subject(doc: Doc, t: int, end: int, data: GermanData) -> Optional[Span]:
    """The adjective of a country at ``t`` and the noun it opens ("ukrainische
    Drohneneinheiten", "russische Truppen"), before ``end``: who acted, named by where they are
    from; not the harmed ("russische Soldaten" of a casualty noun) nor a place word."""
    if t + 1 >= end or not doc[t + 1].is_title or doc[t].lower_ in _words("determiners"):
        return None
    adjective = next((m for m in mentions_in(doc, t, t + 1, ("place",)) or [] if m.start == t), None)
    noun = doc[t + 1].lower_
    if adjective is None or data.casualty_nouns.get(noun) or data.person_nouns.get(noun) or is_person(noun):
        return None  # "russische Soldaten" may be the harmed of another count
    return doc[t : t + 2]


def _finite_harm_verbs(data: GermanData) -> frozenset[str]:
    """Finite past forms of verbs of harming or attacking ("tötete", "verschleppten", "rammte")."""
    key = ("finite", id(data))
    if key not in _HARM_VERBS:
        _HARM_VERBS[key] = frozenset(data.active_triggers) | role_cues("active_harm_verbs") | role_cues("causing_verbs")
    return _HARM_VERBS[key]


def _harm_participles(data: GermanData) -> frozenset[str]:
    """Participles of verbs of harming or attacking, for a perfect ("hat … getötet", "hatte … gerammt")."""
    key = ("participle", id(data))
    if key not in _HARM_VERBS:
        _HARM_VERBS[key] = frozenset(data.harm_roles["harm_participles"]) | role_cues("causing_participles") | frozenset(_casualty_words("running_over_participles"))
    return _HARM_VERBS[key]


def active_perfect(lowers: Sequence[str], start: int, end: int, data: GermanData) -> bool:
    """Whether tokens ``start``..``end`` are an active perfect of harming ("Ein 47-Jähriger hat
    seine Frau erstochen"): an active auxiliary and a harm participle, no passive auxiliary, and
    no reflexive ("Ein Mann hat sich schwer verletzt": he was harmed)."""
    words = set(lowers[start:end])
    return bool(
        words & set(data.harm_roles["active_auxiliaries"])
        and words & set(data.harm_roles["harm_participles"])
        and not words & set(data.harm_roles["passive_auxiliaries"])
        and not words & set(_casualty_words("reflexives"))
    )


#: (form, id(data)) -> the harm verbs of ``_finite_harm_verbs`` and ``_harm_participles``
_HARM_VERBS: dict[tuple[str, int], frozenset[str]] = {}


def find_attacker(doc: Doc, amount: Span, sent: Span, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """Who caused the harm: the party of an attack noun ("Angriff der Hamas", "Überfall
    bewaffneter Islamisten", "Angriff von Rebellen"), else a demonym adjective before it
    ("bei russischen Angriffen"); else, with a harm word in the count's clause, the party
    after "durch"/"von" of a passive ("durch Drohnen getötet") or the subject of an active
    harm verb ("Die Miliz tötete zwölf Menschen"). A dateline that opens the sentence ("BAMAKO
    (Reuters) -") is no part of it: its place and agency harm no one."""
    body = body_start(doc, sent)
    if body > sent.start:
        sent = doc[body : sent.end]
    party = attack_noun_party(doc, sent, lowers, data)
    if party is not None:
        return party
    start, end = amount_clause(doc, sent, amount)
    if not _harm_words(doc, start, end, lowers, data):
        return None
    parsed = _parsed_harmer(doc, amount, lowers, data)
    if parsed is not None:
        return parsed
    if _active_transitive(doc, start, end, lowers, data):
        # "Der Mann tötete durch die Brandstiftung zwei Nachbarn": in an active clause "durch"
        # names the means; the subject did the harm
        return _active_harmer(doc, amount, start, end, lowers, data) or _passive_harmer(doc, start, end, lowers, data)
    return (
        _passive_harmer(doc, start, end, lowers, data)
        or _active_harmer(doc, amount, start, end, lowers, data)
        or _when_clause_actor(doc, sent, end, lowers, data)
    )


def attack_noun_party(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """The party an attack noun of ``sent`` names: after it ("Angriff der Hamas", "Überfall
    bewaffneter Islamisten", "Angriff von Rebellen") or as its adjective ("bei russischen
    Angriffen", "dschihadistischen Anschlägen"); None when no attack noun of ``sent`` names one."""
    for t in range(sent.start, sent.end):
        if not (doc[t].is_title and _is_attack_noun(lowers[t], data)):
            continue
        j = t + 1
        if j < sent.end and lowers[j] in _words("attack_links"):
            j += 1
        k = j
        while k < min(sent.end, j + 2) and doc[k].is_lower and doc[k].is_alpha and lowers[k].endswith(data.adjective_endings):
            k += 1  # "Angriff der paramilitärischen RSF": the name after its adjectives
        named = next(
            (e for e in entities_in(doc, j, min(sent.end, k + 4), ("PER", "ORG", "GPE")) if e.start in (j, k)), None
        )
        if named is not None:
            return named
        if k > j and k < sent.end and _acronym(doc[k].text):
            return doc[j : k + 1]  # "Angriff der paramilitärischen RSF": an acronym after its adjectives
        if j > t + 1 and j < sent.end and _acronym(doc[j].text):
            return doc[j : j + 1]  # "Angriff der RSF", "Überfall der M23": a group's short name
        np = noun_phrase(doc, j, min(sent.end, j + 4))
        if np is not None and any(lowers[k] in data.harm_roles["prepositions"] for k in range(np.start, np.end)):
            np = None  # "Angriff in Fußgängerzone", "Raketen gezielt auf Passanten": where or what, not who
        if np is not None and any(tok.like_num or lowers[tok.i] in data.number_units or tok.is_lower and lowers[tok.i] in data.harm_roles["passive_auxiliaries"] for tok in np):
            np = None  # "bei dem Angriff (wurden) zwölf Zivilisten getötet": the counted victims, no attacker
        if np is not None and j > t + 1 and not data.non_person_nouns.get(np[-1].lower_):
            return np
        if np is not None and np[0].is_lower and (data.person_nouns.get(np[-1].lower_) or data.perpetrator_nouns.get(np[-1].lower_)):
            return np  # "Überfall bewaffneter Islamisten", "Anschlag mutmaßlicher Extremisten": a genitive without article
        demonym = mentions_in(doc, max(sent.start, t - 1), t, ("place",)) or [
            # "Russischer Angriff auf X: …": a headline's capitalised adjective may be read as a group
            m for m in mentions_in(doc, max(sent.start, t - 1), t, ("group",)) or [] if m.start == sent.start and _demonym_adjective(lowers[m.start])
        ]
        if demonym and (demonym[0].text.islower() or demonym[0].start == sent.start):
            # "bei israelischen Drohnenangriffen", "Russische Angriffe …": the adjective names who
            return doc[demonym[0].start : t + 1]
        if t > sent.start and doc[t - 1].is_lower and lowers[t - 1].endswith(_casualty_words("attacker_adjective_endings")):
            return doc[t - 1 : t + 1]  # "bei dschihadistischen Anschlägen": the movement names who
    return None


def _acronym(text: str) -> bool:
    """A short name in capitals, digits allowed ("RSF", "M23", "ADF"), not a single letter."""
    return 2 <= len(text) <= 6 and text[0].isupper() and not any(c.islower() for c in text) and text.isalnum()


def _active_transitive(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether ``start``..``end`` is an active clause with a finite verb that harms someone
    ("tötete", "erschoss", "verletzten"), no passive auxiliary in it."""
    if set(lowers[start:end]) & set(data.harm_roles["passive_auxiliaries"]):
        return False
    verbs = _finite_harm_verbs(data)  # with the active triggers, which are such verbs too
    return any(lowers[t] in verbs and doc[t].is_lower and _finite_verb_at(doc, t, start) for t in range(start, end))


@lru_cache(maxsize=None)
def _casualty_words(key: str) -> tuple[str, ...]:
    """A word list of ``casualty_terms.json`` that only the harm readers here use."""
    return tuple(load_table("casualty_terms.json")[key])


def _parsed_harmer(doc: Doc, amount: Span, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """From the parse: the agent of a passive harm verb ("von Rebellen getötet") or the subject
    of an active one ("Die Miliz tötete zwölf Menschen"), if it is a party that can harm."""
    verb = syntax.governing_verb(doc, amount)
    if verb is None or lowers[verb] not in data.harm_roles["harm_participles"]:
        return None
    if syntax.is_passive(doc, verb):
        head = syntax.passive_agent_of(doc, verb, data.harm_roles["harm_agent_prepositions"])
    else:
        head = syntax.subject_of(doc, verb)
    if head is None or amount.start <= head < amount.end or head == amount.root.head.i:
        return None  # the count or its noun: the harmed
    start = doc[head].left_edge.i
    while start < head and doc[start].dep_ == "case":
        start += 1
    found = _harmer_at(doc, start, head + 1, data)
    return None if found is not None and _in_attribution(doc, found.start, amount_clause(doc, sentence_of(doc, head), amount)[0], lowers) else found


def perpetrator_nouns(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> list[int]:
    """Where a noun of a perpetrator stands in the paragraph ``start``..``end`` ("Täter",
    "Angreifer", "Entführern"), in text order, but not one the lexicon's compound heads take in
    by mistake ("Sanitäter"), nor one counted vaguely and told of harm ("Dabei seien mehrere
    Terroristen getötet worden"); read once per paragraph, only for paragraphs a count asks about."""
    cache = doc_cache(doc).setdefault("perpetrator_nouns", {})
    found = cache.get(start)
    if found is None:
        excluded = role_cues("not_perpetrator_nouns")
        found = cache[start] = [
            t
            for t in range(start, end)
            if lowers[t][:1].isalpha()
            and lowers[t] not in excluded
            and (data.perpetrator_nouns.get(lowers[t]) or inflected_in(lowers[t], data.perpetrator_nouns, data))
            and doc[t].is_title
            and not _vaguely_harmed(doc, t, end, lowers, data)
        ]
    return found


#: How many words after a vaguely counted noun its harm participle may stand ("mehrere Terroristen getötet").
_HARMED_REACH = 3


def _vaguely_harmed(doc: Doc, t: int, end: int, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether the noun at ``t`` is counted vaguely and told of harm ("Dabei seien mehrere
    Terroristen getötet worden"): a vague quantifier before it, a harm participle (no finite
    verb of harming) right after it."""
    if t == 0 or not data.vague_quantifiers.get(lowers[t - 1]):
        return False
    finite = _finite_harm_verbs(data)
    return any(
        data.casualty_triggers.get(lowers[k]) and lowers[k] not in finite
        for k in range(t + 1, min(end, t + 1 + _HARMED_REACH))
    )


def event_perpetrator(
    doc: Doc,
    amount: Span,
    attackers: Sequence[Span],
    victims: Sequence[Span],
    lowers: Sequence[str],
    data: GermanData,
) -> Optional[Span]:
    """Who caused the harm of a count whose own sentence names no one: in the count's paragraph,
    an attacker found for another count or a perpetrator noun ("Die Polizei spricht von zwölf
    Verletzten. Der Täter ..."), at its occurrence nearest to the count; not one that is itself
    counted as harmed (``victims``: "zwei Entführer wurden getötet"). ``attackers`` and
    ``victims`` are in text order."""
    start, end = paragraph_bounds(doc, amount.start)
    candidates = [doc[t : t + 1] for t in perpetrator_nouns(doc, start, end, lowers, data)]
    candidates += [nearest_occurrence(doc, a, amount) for a in _spans_in(attackers, start, end)]
    near_victims = _spans_in(victims, start, end)
    candidates = [
        c
        for c in candidates
        if start <= c.start
        and c.end <= end
        and not (c.start < amount.end and amount.start < c.end)
        and not any(v.start < c.end and c.start < v.end for v in near_victims)
    ]
    return min(candidates, key=lambda c: abs(c.start - amount.start), default=None)


def later_description(doc: Doc, attacker: Span, amount: Span, lowers: Sequence[str], data: GermanData) -> Span:
    """The attacker an earlier count of the paragraph took, as the report last describes it before
    ``amount``: a perpetrator noun between them ("Bei einem Angriff mutmaßlicher Dschihadisten …
    Die Angreifer hätten … Mindestens 20 Zivilisten …" -> "Angreifer"), the description nearest to
    the count (AUTHORING: a referent without a name); ``attacker`` when none stands between or
    ``attacker`` is a name."""
    if is_named(doc, attacker):
        return attacker
    start, end = paragraph_bounds(doc, amount.start)
    between = [
        t
        for t in perpetrator_nouns(doc, start, end, lowers, data)
        if attacker.end <= t < amount.start and not _counted(doc, t, lowers, data)  # "wurden vier Angreifer getötet": harmed
    ]
    return doc[between[-1] : between[-1] + 1] if between else attacker


def _counted(doc: Doc, t: int, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether the noun at ``t`` is counted: a number one or two words before it ("vier
    Angreifer", "drei weitere Täter", "33 Angreifer")."""
    return any(doc[k].like_num or lowers[k] in data.number_units for k in range(max(0, t - 2), t))


def _spans_in(spans: Sequence[Span], start: int, end: int) -> Sequence[Span]:
    """The spans of a list in text order that start in tokens ``start``..``end``."""
    lo = bisect_left(spans, start, key=lambda s: s.start)
    hi = bisect_left(spans, end, key=lambda s: s.start)
    return spans[lo:hi]


def event_actor_table(doc: Doc, lowers: Sequence[str], data: GermanData) -> list[tuple[int, int, str]]:
    """:func:`event_actors` as ``(start, end, label)``, for the readers that keep a few of them:
    a Span per actor per reading costs. Do not change the list."""
    cache = doc_cache(doc)
    if "event_actors" not in cache:
        event_actors(doc, lowers, data)
    table: list[tuple[int, int, str]] = cache["event_actors"]
    return table


def event_actors(doc: Doc, lowers: Sequence[str], data: GermanData) -> list[Span]:
    """The actors of the events the doc reports, in text order: the subject of each active
    clause with a verb of attacking or causing ("In der Nacht hat Russland Charkiw
    angegriffen", "eröffnete ein Mann das Feuer", "Der Fahrer verursachte eine Explosion"), a
    party that can harm as ``_harmer_at`` reads it, not inside a prepositional phrase."""
    cache = doc_cache(doc)
    if "event_actors" in cache:  # as (start, end, label): the cache must not hold the doc
        return [Span(doc, *a) for a in cache["event_actors"]]
    verbs = role_cues("causing_verbs")
    participles = role_cues("causing_participles") | frozenset(_casualty_words("running_over_participles"))
    passive = set(data.harm_roles["passive_auxiliaries"])
    not_verb_before = _words("determiners") | _words("coordinators")
    actors: list[Span] = []
    seen_clauses: set[int] = set()
    for t, lower in enumerate(lowers):  # the cached lower-case words: no Token per word
        if lower == "mit" and t + 1 < len(doc) and doc[t + 1].is_title and _is_attack_noun(lowers[t + 1], data):
            # "Das US-Militär reagierte mit Luftangriffen": who acts with attacks attacks
            start, end = amount_clause(doc, sentence_of(doc, t), doc[t : t + 1])
            if start not in seen_clauses and not passive & set(lowers[start:end]):
                seen_clauses.add(start)
                actor = _clause_subject(doc, start, end, data)
                if actor is not None:
                    actors.append(actor)
            continue
        if lower not in verbs and lower not in participles:
            continue
        # "Entführt hatte sie die Gruppe X": a participle put first, its subject after the auxiliary
        fronted = lower in participles and doc[t].is_sent_start and t + 1 < len(doc) and lowers[t + 1] in role_cues("perfect_auxiliaries")
        if not doc[t].is_lower and not fronted:
            continue
        if t > 0 and (lowers[t - 1] in not_verb_before or doc[t - 1].like_num and not _dated(doc, t - 1, data)) or _attributive(doc, t):
            continue  # "die verletzten Kinder", "getötete oder verletzte", "in Niger verschleppte Helfer": an adjective
        sent = sentence_of(doc, t)
        start, end = amount_clause(doc, sent, doc[t : t + 1])
        words = set(lowers[start:end])
        if start in seen_clauses or passive & words or "zu" in words and _infinitive_in(doc, lowers, start, end):
            continue  # "wurde von einem Auto erfasst": the subject is the harmed; an infinitive has none
        if lowers[t] in participles and not role_cues("perfect_auxiliaries") & words and not (
            t + 1 < end and lowers[t + 1] in role_cues("perfect_infinitive_auxiliaries")  # "soll … gerast sein"
        ):
            continue  # "ein Wachmann schwer verletzt": a passive that leaves out its auxiliary
        seen_clauses.add(start)
        if t == start and start > sent.start and doc[start - 1].text == ",":
            actor = _verb_first_subject(doc, sent.start, t, end, data)
        else:
            actor = _clause_subject(doc, t + 2 if fronted else start, end, data)
        if actor is not None:
            actors.append(actor)
    cache["event_actors"] = [(a.start, a.end, a.label_) for a in actors]
    return actors


def _verb_first_subject(doc: Doc, sent_start: int, t: int, end: int, data: GermanData) -> Optional[Span]:
    """The subject of a clause that opens with its verb after a comma: the party right after the
    verb ("Als die Polizei eintraf, erschoss der Mann …"), else the subject of the clause before,
    which the verb goes on ("Ein Mann betrat ein Büro, erschoss drei Kolleginnen"; "Der
    Attentäter, Stephan B., tötete …"); never a party after the verb's object, nor the subject of
    a subordinate clause before it."""
    if t + 1 < end and doc[t + 1].lower_ in _casualty_words("subject_articles") + _casualty_words("subject_indefinites"):
        found = _harmer_at(doc, t + 1, end, data)
        if found is not None:
            return found
    if doc[sent_start].lower_ in _casualty_words("clause_subordinators"):
        return None
    return _clause_subject(doc, sent_start, t - 1, data)


def _infinitive_in(doc: Doc, lowers: Sequence[str], start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` hold an infinitive with "zu" ("zu töten", "anzugreifen"
    is one word and needs none): "zu" before a lower-case verb form, not the particle that ends
    a clause ("stach zu", "schlug zu") nor the preposition before an article ("zu einem Streit")."""
    for k in range(start, end - 1):
        if lowers[k] != "zu":
            continue
        after = doc[k + 1]
        if after.is_lower and after.is_alpha and lowers[k + 1].endswith("n") and lowers[k + 1] not in _words("determiners"):
            return True
    return False


def verb_subject(doc: Doc, t: int, data: GermanData) -> Optional[Span]:
    """The party that can harm and is the subject of the active clause of the verb at ``t``
    ("Kämpfer der Miliz stürmten ein Hotel"); of an infinitive clause, who the clause before it
    names as doing it ("warf der Armee vor, einen Markt bombardiert zu haben": the accused);
    None in a passive clause or with no such party."""
    sent = sentence_of(doc, t)
    start, end = amount_clause(doc, sent, doc[t : t + 1])
    lowers = [doc[k].lower_ for k in range(start, end)]
    if set(lowers) & set(data.harm_roles["passive_auxiliaries"]):
        return None
    if t + 1 < end and doc[t + 1].lower_ == "zu":
        return _infinitive_controller(doc, start, lowers_of(doc), data)
    return _clause_subject(doc, start, end, data)


def _dated(doc: Doc, t: int, data: GermanData) -> bool:
    """Whether the number at ``t`` is the year of a date ("Im Januar 2025 attackierte …", "im Jahr
    2023 tötete …"): a verb after it is no adjective of a count."""
    return t > 0 and is_year(doc[t].text) and (bool(data.months.get(doc[t - 1].lower_)) or doc[t - 1].lower_ in _casualty_words("year_nouns"))



def _attributive(doc: Doc, t: int) -> bool:
    """A past form in "-te"/"-ten" used as an adjective: right before a noun or another
    adjective ("verschleppte deutsche Entwicklungshelfer"), not before an article, pronoun,
    number or adverb as a verb is ("erfasste mit seinem Wagen", "verletzte zwei Menschen")."""
    if not doc[t].lower_.endswith(("te", "ten")) or t + 1 >= len(doc):
        return False
    if not _may_be_participle(doc[t].lower_):
        return False  # "töteten russische Artilleriegeschosse …": the adjective would be "getötete"
    after = doc[t + 1]
    if after.like_num or after.is_punct:
        return False
    if after.is_title and not after.is_sent_start:
        # "feuerte Russland … ab": a name after it is the subject of a verb, not an adjective's noun
        return not any(m.start == t + 1 and mention_is_name(m) for m in mentions_in(doc, t + 1, t + 2 + _NAME_REACH, _NAMED_KINDS) or [])
    return after.is_lower and after.lower_ not in _words("determiners") and after.lower_.endswith(("e", "en", "er", "es"))


#: The mention kinds whose name after a past form makes it a verb; how many tokens a name may span.
_NAMED_KINDS = ("person", "organisation", "place")
_NAME_REACH = 4


def _opening_words(data: GermanData) -> frozenset[str]:
    """Prepositions and adverbs that may open a clause capitalised ("In der Nacht", "Damals")."""
    key = id(data)
    if key not in _OPENING_WORDS:
        _OPENING_WORDS[key] = frozenset(data.harm_roles["prepositions"]) | _words("sentence_openers") - _words("determiners")
    return _OPENING_WORDS[key]


#: id(data) -> the words of ``_opening_words``
_OPENING_WORDS: dict[int, frozenset[str]] = {}


def _clause_subject(doc: Doc, start: int, end: int, data: GermanData) -> Optional[Span]:
    """The first party that can harm in ``start``..``end`` outside a prepositional phrase: the
    subject of an active clause ("hat Russland die Großstadt … angegriffen")."""
    in_phrase = False
    for t in range(start, end):
        token = doc[t]
        # "In New Orleans ist … ein Mann": the words of a name go on the phrase its first word opens
        in_phrase = not token.is_lower and (in_prepositional_phrase(doc, t, start, data) or in_phrase and _name_goes_on(doc, t))
        if token.is_lower or token.is_punct or token.like_num or in_phrase:
            continue
        # "In der Nacht", "Gegen 21.15 Uhr": a capitalised preposition or adverb; but a noun opening
        # the sentence right before its verb is its subject ("Kämpfer verschleppten zwei Ingenieure")
        verb_next = t + 1 < end and (doc[t + 1].lower_ in role_cues("causing_verbs") or doc[t + 1].lower_ in role_cues("perfect_auxiliaries"))
        if token.is_sent_start and t + 1 < end and not doc[t + 1].is_title and not verb_next or token.lower_ in _opening_words(data):
            continue
        if data.months.get(token.lower_) or token.lower_ in data.time_words:
            continue  # "Am Abend des 2. November eröffnete …", "Gegen 21.15 Uhr eröffnete …": a date or time
        if dateline_shaped(doc, t, end):
            continue  # "Sanaa/Dubai (dpa) -": the places and agency of a dateline
        found = _harmer_at(doc, t, end, data)
        if found is not None and is_place_adjective(found) and found.end < end and doc[found.end].is_title:
            continue  # "Die Zuger Polizei": the place's adjective, the noun after it is the subject
        if found is not None and found.label_ in ("place", "organisation") and not mention_is_name(found) and not _titled_name(found) and not _armed_group(found):
            return None  # "die Großstadt", "die Kinderrechtsorganisation": a place or body without a name harms no one
        # the first noun phrase is the subject; no harmer there, no actor
        return _apposed_name(doc, found) if found is not None else None
    return None


def _reported_subject(doc: Doc, start: int, data: GermanData) -> Optional[Span]:
    """Who the pronoun that opens the reported clause at ``start`` stands for ("Die Armee teilte
    mit, sie habe Stellungen bombardiert", "Das Ministerium erklärte, man habe ein Treffen
    angegriffen"): the antecedent the mention layer found, else, for a clause right after a
    verb of saying, its speaker, the subject of that verb: a side telling its own attack."""
    if start == 0 or doc[start - 1].text != "," or doc[start].lower_ not in _casualty_words("reported_subject_pronouns"):
        return None
    resolved = pronoun_subject(doc, start, start + 1)
    if resolved is not None:
        return resolved
    sent = sentence_of(doc, start)
    if start - 2 < sent.start:
        return None
    main_start, main_end = amount_clause(doc, sent, doc[start - 2 : start - 1])
    if not any(doc[t].lower_ in _speech_verbs() for t in range(main_start, main_end)):
        return None
    for t in range(main_start, main_end):
        if doc[t].is_lower or doc[t].is_punct or in_prepositional_phrase(doc, t, main_start, data):
            continue
        if doc[t].lower_ in _speech_verbs() or doc[t].lower_ in _opening_words(data):
            return None  # "Am Abend erklärte …": no subject before the verb
        return _harmer_at(doc, t, main_end, data)
    return None


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """Finite verbs of saying ("erklärte", "teilte … mit")."""
    return frozenset(load_table("attribution_cues.json")["speech_verbs"])


def _armed_group(party: Span) -> bool:
    """An armed body by its noun ("die Miliz", "die Terrormiliz", "die Armee"): an actor that
    harms even when the text does not name it."""
    return party[-1].lower_.endswith(_casualty_words("armed_group_heads"))


def _apposed_name(doc: Doc, party: Span) -> Span:
    """The name set off by commas right after an unnamed ``party`` ("Der Attentäter, Stephan B.,
    tötete …"): the report's name for who acted; else ``party``."""
    if mention_is_name(party) or party.end + 2 >= len(doc) or doc[party.end].text != ",":
        return party
    name = next(
        (m for m in mentions_in(doc, party.end + 1, min(len(doc), party.end + 1 + _NAME_REACH), ("person",)) or [] if m.start == party.end + 1),
        None,
    )
    if name is None or not mention_is_name(name):
        return party
    end = name.end + 1 if name.end + 1 < len(doc) and doc[name.end].text == "." else name.end  # "Stephan B."
    if end >= len(doc) or doc[end].text != ",":
        return party
    return Span(doc, name.start, end, label=name.label_)


def _name_goes_on(doc: Doc, t: int) -> bool:
    """The capitalised word at ``t`` goes on the name or noun of the word before it ("New
    Orleans", "Bourbon Street"): one mention holds both, or both are capitalised with no break."""
    if t == 0:
        return False
    before = doc[t - 1]
    return not before.is_punct and not before.is_lower and doc[t].is_title and not before.like_num


def _titled_name(party: Span) -> bool:
    """A body named by a capitalised adjective and its noun inside a sentence ("die Salafistische
    Gruppe", "der Islamische Staat") or by an abbreviation it compounds with ("das US-Militär"):
    a name, though no list holds it."""
    first = party[0]
    if len(party) == 1 and "-" in first.text and first.text.split("-", 1)[0].isupper():
        return True  # "das US-Militär", "die UN-Truppen": a body of a named state or alliance
    return len(party) > 1 and first.is_title and not first.is_sent_start and first.lower_.endswith(_ADJECTIVE_ENDINGS)


#: Endings of an adjective before its noun.
_ADJECTIVE_ENDINGS = ("e", "er", "es", "en")


def _in_attribution(doc: Doc, t: int, start: int, lowers: Sequence[str]) -> bool:
    """The party at ``t`` stands in a phrase that names who reports ("nach Angaben der
    Bundespolizei", "nach einem Bericht der Äthiopischen Kommission", "nach Recherchen von
    Amnesty International", "laut Gouverneur X"): back from ``t`` over articles, adjectives
    and capitalised words of a name to a report noun or "laut". A verb ends the walk
    ("Nach Angaben der Polizei verletzte der Angreifer …": the attacker is no reporter)."""
    nouns, openers = _casualty_words("attribution_nouns"), _casualty_words("attribution_prepositions")
    j = t - 1
    while j >= start:
        word = lowers[j]
        if word in openers or word in nouns and doc[j].is_title:
            return True
        capitalised = doc[j].text[:1].isupper() and doc[j].is_alpha
        # an adjective stands between an article (or the report noun) and its noun: not "sollen Fano-Kämpfer"
        adjective = (
            doc[j].is_lower
            and doc[j].is_alpha
            and doc[j + 1].text[:1].isupper()
            and j > start
            and (lowers[j - 1] in _ATTRIBUTION_LINKS or lowers[j - 1] in _words("determiners") or lowers[j - 1] in nouns)
        )
        bracket = word in ("(", ")")  # "der Menschenrechtskommission (EHRC)": a name's short form
        if not (word in _ATTRIBUTION_LINKS or word in _words("determiners") or capitalised or adjective or bracket):
            return False
        j -= 1
    return False


#: Words that tie a reporter to the report noun before it ("Angaben von X", "Bericht der X").
_ATTRIBUTION_LINKS = ("von", "vom", "der", "des")


def _may_be_participle(word: str) -> bool:
    """A past form in "-te"/"-ten" that a participle's adjective may share: one with the prefix of a
    participle ("verletzte", "entführten", "geraubte") or of a verb in "-ieren" ("bombardierte");
    "tötete", "rammten" are verbs only (their adjectives are "getötete", "gerammte")."""
    stem = word[: -1 if word.endswith("te") else -2]
    return word.startswith(_casualty_words("participle_prefixes")) or stem.endswith("iert")


def _genitive_in_phrase(doc: Doc, t: int, start: int, data: GermanData) -> bool:
    """The noun at ``t`` is the genitive attribute of a noun in a prepositional phrase ("Im Süden
    des Landes töteten …", "am Rand der Stadt", "im Osten Kolumbiens"): part of the phrase, no subject."""
    j = t - 1
    while j > start and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _GENITIVE_LINKS:
        j -= 1  # adjectives: "des besetzten Landes"
    if t - 1 > start and doc[t - 1].is_title and doc[t].text.endswith("s") and in_prepositional_phrase(doc, t - 1, start, data):
        return True  # "im Osten Kolumbiens", "im Zentrum Malis": a name's genitive without article
    return (
        j - 1 >= start
        and doc[j].lower_ in _GENITIVE_LINKS
        and doc[j - 1].is_title
        and in_prepositional_phrase(doc, j - 1, start, data)
    )
