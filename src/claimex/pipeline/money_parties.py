"""Find who pays and who receives money (the agent and recipient of a monetary claim) by
rules: ``find_money_parties``; ``names_earnings`` and ``restates_figure`` tell
``relations.py`` what the amount's clause says of the figure (a salary, a restatement).

Without a parse, the money roles are read from the shape of the amount's clause: the amount is
the accusative object of a paying verb, so a "den"/"ihren" party before it is a dative recipient;
a name no mention covers is the subject when it opens the clause before its finite verb or follows
the verb of an inverted clause; an infinitive clause with "zu" takes the subject of the clause
before it and a relative pronoun the party before its comma; an authority that imposes a fine
receives it; a common noun gives way to the name in apposition; the company that earns revenue
is named where the report names it. Of a name, the occurrence nearest to the amount is the role
(``referents.py``). The words live in ``role_cues.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Collection, Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import AMOUNTS_KEY, doc_cache, lowers_of, sentence_of, sentence_start
from ..lang.de import GermanData, bare_participle, german, load_table
from ..lang.de import words as _words
from ..parser import syntax
from .adverb_openers import adverb_opener
from .cues import CLAUSE_BREAKS, Cue, SentenceCues
from .datelines import bracketed, is_dateline_party, unmarked_body_start
from .harmers import perpetrator_nouns
from .mentions import MENTIONS_KEY, mention_antecedent, mention_is_name
from .money_category import category_tables
from .referents import (
    is_speaker_pronoun,
    named_party,
    nearest_occurrence,
    paragraph_bounds,
    resolve_party,
    same_referent,
    topic_name,
)
from .report_subject import speaker_company
from .role_phrases import (
    amount_clause,
    entities_in,
    in_prepositional_phrase,
    inflected_in,
    is_place_adjective,
    mentions_in,
    noun_phrase,
    party_at,
    party_prepositions,
    pronoun_subject,
    role_cue_endings,
    role_cues,
    signs_player,
)
from .source_names import spokespersons_body
from .sources import anaphoric_report, attribution_words

__all__ = ["find_money_parties", "impersonal_payer", "names_earnings", "paragraph_topic", "restates_figure"]

#: The mention kinds that can pay or receive money.
_PARTY_KINDS = ("person", "organisation", "place", "group")

#: Mention kinds that never pay or receive (a storm, a fire): what the mention layer typed so is no unseen name.
_NO_PARTY_KINDS = ("event",)

#: How many words the conjuncts before a coordinated phrase may have ("für die beiden Kinder und ...").
_CONJUNCT_WORDS = 8


def _parties(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData) -> list[Span]:
    """Who can pay or receive in a sentence: its entities, and noun phrases headed by an actor
    noun ("die Stadt", "der Uhrenkonzern") that are no part of an entity. A dateline place
    ("Berlin (dpa) -") is none, and of an apposition ("der Autobauer Volkswagen") the name is."""
    mentions = mentions_in(doc, sent.start, sent.end, _PARTY_KINDS)
    if mentions is not None:
        # a demonym adjective ("die europäischen Partner") speaks of a party, it is none
        found = [m for m in mentions if not m.text.islower()]
    else:
        ents = entities_in(doc, sent.start, sent.end, ("PER", "ORG", "GPE"))
        inside = {i for e in ents for i in range(e.start, e.end)}
        actors = [
            doc[t : t + 1]
            for t in range(sent.start, sent.end)
            if t not in inside
            and doc[t].is_title
            and not doc[t].is_sent_start
            and (data.actor_heads.get(lowers[t]) or data.person_nouns.get(lowers[t]) or lowers[t - 1] == "gegen")
        ]
        found = sorted(ents + actors, key=lambda s: s.start)
    return [
        p
        for k, p in enumerate(found)
        if not is_dateline_party(doc, p, sent)
        and not (
            k + 1 < len(found)
            and found[k + 1].start == p.end
            and (_is_common_noun(p, data) or is_place_adjective(p))
        )
        and not (k > 0 and _bracketed_after(doc, p, found[k - 1]))
        and not _place_adjective_of_noun(doc, p, sent)
        and not (len(p) == 1 and p[0].lower_ in role_cues("clause_adverbs"))  # "Zuerst investierte das Ehepaar …"
        and not adverb_opener(doc, p)  # "Kürzlich hat ein Spital …", "Dahinter folgen …"
        and not (k > 0 and _place_of_name(p, found[k - 1], data))
    ]


def _place_of_name(party: Span, before: Span, data: GermanData) -> bool:
    """A place right after an organisation's own name ("dem Schwimmclub Winterthur", "die
    Universität Zürich"): the last word of that name, no party of its own (a common noun before
    a name, "der Konzern Siemens", gives way to the name instead)."""
    return (
        party.label_ == "place"
        and before.end == party.start
        and before.label_ == "organisation"
        and not _is_common_noun(before, data)
    )


def _place_adjective_of_noun(doc: Doc, party: Span, sent: Span) -> bool:
    """ "Der Genfer Getreidehändler X", "Das Schweizer Start-up X": a place adjective between an
    article and a capitalised noun that is no party of its own is an attribute, no party."""
    return (
        is_place_adjective(party)
        and sent.start < party.start
        and party.end < sent.end
        and doc[party.start - 1].lower_ in _words("determiners")
        and doc[party.end].text[:1].isupper()
        and not doc[party.end].is_sent_start
    )


def _bracketed_after(doc: Doc, party: Span, before: Span) -> bool:
    """A party alone in brackets right after another ("Minister Boris Pistorius (SPD)",
    "Welternährungsprogramm (WFP)"): a party affiliation or a short form, no party of its own."""
    return before.end == party.start - 1 and bracketed(doc, party.start, party.end)


def _is_common_noun(party: Span, data: GermanData) -> bool:
    """A one-word party that a common noun heads ("Autobauer" before "Volkswagen")."""
    word = party[-1].lower_
    return len(party) == 1 and bool(data.actor_heads.get(word) or data.person_nouns.get(word))


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    """Every word of a closed class (``function_words.json``): none of them is an adjective."""
    return frozenset(w for words in german().function_words.values() for w in words)


#: The shortest adjective with a strong ending this stage reads as one ("betroffener", not "aber").
_MIN_STRONG_ADJECTIVE = 6


def _strong_adjective(doc: Doc, j: int, lowers: Sequence[str]) -> bool:
    """An adjective with a strong ending (-er, -em, -es) right before a capitalised noun, where no
    article carries the case ("pro betroffener Familie", "mit großem Aufwand")."""
    word = lowers[j]
    return (
        len(word) >= _MIN_STRONG_ADJECTIVE
        and doc[j].is_lower
        and doc[j].is_alpha
        and word.endswith(("er", "em", "es"))
        and j + 1 < len(doc)
        and doc[j + 1].is_title
        and word not in _closed_words()
    )


def _attribute_article(doc: Doc, j: int, start: int) -> Optional[int]:
    """The article of a noun phrase whose extended participle attribute ends in the noun at ``j``
    ("der durch das Erdbeben zerstörten Schulen", "des in Mexiko entführten Managers"): ``j`` is
    a capitalised noun after a preposition (its article and adjectives between), a participle or
    adjective follows it, and an article stands right before the preposition; None where no such
    attribute ends at ``j``."""
    if j + 1 >= len(doc) or not doc[j].is_title or not (doc[j + 1].is_lower and doc[j + 1].is_alpha):
        return None
    k = j - 1
    while k > start and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in german().harm_roles["prepositions"]:
        k -= 1  # the inner phrase's article and adjectives: "durch das schwere"
    if k <= start or doc[k].lower_ not in german().harm_roles["prepositions"]:
        return None
    article = doc[k - 1].lower_
    return k - 1 if article in _words("determiners") or article in _words("dative_determiners") else None


def _name_phrase_start(doc: Doc, party: Span, sent: Span) -> int:
    """Where the noun phrase of a named party starts when a class noun stands beside the name
    between it and a dative article ("dem Kinderhilfswerk Unicef", "einer Stiftung Warentest"):
    at the class noun, so that the article tells the name's case; else at the party."""
    j = party.start - 1
    if j - 1 < sent.start or not mention_is_name(party) or party.label_ == "place" or not doc[j].is_title or not doc[j].is_alpha:
        return party.start  # "vor dem Landesgericht Klagenfurt": the place names the court, no party
    if not german().actor_heads.get(doc[j].lower_):
        return party.start  # "für das Agrarumweltprogramm ÖPUL": a programme is financed, no body
    # only a dative article: "der Versicherer Allianz" is as often nominative as genitive, and
    # the name alone reads as the subject there
    return j if doc[j - 1].lower_ in _words("dative_determiners") else party.start


def _determiner_before(doc: Doc, start: int, sent: Span) -> str:
    """The article or determiner of the noun phrase at ``start`` (adjectives and an extended
    participle attribute skipped), or ""."""
    j = start - 1
    while j > sent.start and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_.endswith(("e", "en", "er", "em", "es")):
        if doc[j].lower_ in _words("determiners") or doc[j].lower_ in _words("dative_determiners"):
            break
        j -= 1
    if j > sent.start and j < start - 1 and (outer := _attribute_article(doc, j, sent.start)) is not None:
        j = outer  # "der durch das Erdbeben zerstörten Schulen": the article before the attribute
    if j < sent.start:
        return ""
    word = doc[j].lower_
    known = _words("determiners") | _words("dative_determiners") | _words("genitive_determiners")
    return word if word in known else ""


def _verb_classes(doc: Doc, start: int, end: int, data: GermanData) -> set[str]:
    """The verb classes (pay, receive, estimate, cost: ``party_verbs``) of the lower-case words in ``start``..``end``."""
    classes = doc_cache(doc).setdefault("party_verbs", {})  # token index -> class or None, filled as read
    for t in range(start, end):
        if t not in classes:
            token = doc[t]
            lower = token.lower_
            may_begin = token.is_lower and token.is_alpha and data.party_verbs.may_begin(lower)
            classes[t] = (_separable_class(doc, t, data) or data.party_verbs.get(lower)) if may_begin else None
    return {classes[t] for t in range(start, end) if classes[t]}


#: How many tokens after a finite verb its separable particle may close the clause.
_PARTICLE_REACH = 16


def _separable_class(doc: Doc, t: int, data: GermanData) -> Optional[str]:
    """The class of a verb with the separable particle that closes its clause ("gibt die Polizei
    den Schaden mit 20.000 Euro an": "gibt an", an estimate, not "gibt", a payment), or None."""
    end = t + 1
    limit = min(len(doc), t + _PARTICLE_REACH)
    while end < limit and not (doc[end].is_punct or doc[end].text in CLAUSE_BREAKS):
        end += 1
    if end == t + 1 or end >= limit and end < len(doc):
        return None
    particle = doc[end - 1]
    if not (particle.is_lower and particle.is_alpha):
        return None
    found = data.party_verbs.match((doc[t].lower_, particle.lower_), 0)
    return found[1] if found is not None and found[0] == 2 else None


def _before_relative_clause(doc: Doc, sent: Span, start: int, lowers: Sequence[str]) -> int:
    """Where the amount's clause starts when a relative clause set off by commas splits it from
    its first part ("Die Pension, die selbst geklagt hatte, bekommt 40.000 Euro"): the start of
    that part, so that its subject is the clause's; else ``start``."""
    if start - 2 <= sent.start or doc[start - 1].text != "," or not (doc[start - 2].is_lower and doc[start - 2].is_alpha):
        return start  # a relative clause ends in its finite verb
    comma = start - 2
    while comma > sent.start and doc[comma].text not in CLAUSE_BREAKS:
        comma -= 1
    if comma <= sent.start or doc[comma].text != "," or not doc[comma - 1].is_title:
        return start  # it follows its antecedent noun
    opener = comma + 1
    if lowers[opener] in _words("relative_prepositions"):
        opener += 1  # "…, für die sie gekämpft hatte, …"
    if lowers[opener] not in _words("relative_pronouns"):
        return start
    before = comma
    while before > sent.start and doc[before - 1].text not in CLAUSE_BREAKS:
        before -= 1
    return before


def _money_ends(doc: Doc) -> dict[int, int]:
    """Where each money amount of the doc ends (token index) -> where it starts; read once per doc."""
    cache = doc_cache(doc)
    if "money_ends" not in cache:
        group = doc.spans[AMOUNTS_KEY] if AMOUNTS_KEY in doc.spans else []
        cache["money_ends"] = {a.end: a.start for a in group if a.label_ == "money"}
    return cache["money_ends"]


def _pays_before(doc: Doc, sent: Span) -> bool:
    """Whether the sentence before ``sent`` holds a money amount of its own."""
    if sent.start == 0:
        return False
    previous = sentence_of(doc, sent.start - 1)
    return any(previous.start < t <= previous.end for t in _money_ends(doc))


def _gapped_conjunct(doc: Doc, amount: Span, start: int, end: int) -> tuple[int, int]:
    """The clause ``start``..``end`` narrowed to the amount's own conjunct when a coordinating word
    right after another amount opens a new one ("Rumänien 15 Milliarden und Ungarn 9 Milliarden":
    each amount with its own party)."""
    ends = _money_ends(doc)
    for t in range(amount.start - 1, start, -1):
        if doc[t].lower_ in _words("coordinators") and t in ends:
            start = t + 1
            break
    for t in range(amount.end, end):
        if doc[t].lower_ in _words("coordinators") and t in ends:
            end = t
            break
    return start, end


def _amount_before_conjunct(doc: Doc, start: int) -> Optional[Span]:
    """The amount right before the coordinating word or comma that opens a gapped conjunct at
    ``start`` ("dem Sportverein 5000 Euro und der Feuerwehr 2000 Euro", "überweist Ungarn 10
    Milliarden, Polen 35 Milliarden"), or None."""
    if start == 0 or doc[start - 1].lower_ not in _words("coordinators") and doc[start - 1].text != ",":
        return None
    amount_start = _money_ends(doc).get(start - 1)
    return None if amount_start is None else doc[amount_start : start - 1]


#: How many words a name in a verbless list clause may have ("…, Easyjet 29 Millionen").
_LISTED_NAME_WORDS = 3


def _listed_name(
    doc: Doc, sent: Span, clause_start: int, amount: Span, parties: Sequence[Span], lowers: Sequence[str], data: GermanData
) -> Optional[tuple[Span, Span]]:
    """(name, amount before) of a verbless clause after a comma that is only a capitalised name
    and the amount ("…, Easyjet 29 Millionen"), where no mention covers the name and the clause
    before the comma holds a money amount; else None."""
    if clause_start == sent.start or doc[clause_start - 1].text != "," or not 0 < amount.start - clause_start <= _LISTED_NAME_WORDS:
        return None
    name = doc[clause_start : amount.start]
    if not all(t.is_title or t.is_upper and t.is_alpha for t in name) or any(
        lowers[t.i] in _words("determiners") or lowers[t.i] in _words("sentence_openers") or lowers[t.i] in party_prepositions()
        or data.money_heads.get(lowers[t.i]) or data.money_nouns.get(lowers[t.i]) or lowers[t.i] in _words("time_words")
        or data.months.get(lowers[t.i]) or lowers[t.i] in role_cues("period_nouns")
        for t in name
    ):
        return None
    if any(p.start < amount.start and clause_start < p.end for p in parties):
        return None  # a party the mention layer found: the clause's own reading holds
    ends = _money_ends(doc)
    previous = max((e for e in ends if sent.start < e < clause_start), default=None)
    if previous is None:
        return None
    return name, doc[ends[previous] : previous]


def _gapped_roles(
    doc: Doc, shared: tuple[Optional[Span], Optional[Span]], own: Optional[Span], before: Span
) -> tuple[Optional[Span], Optional[Span]]:
    """(agent, recipient) of an amount in a gapped conjunct from those of the amount before it:
    the conjunct's own party takes the role of the party in front of that amount ("zahlt dem
    Verein 5000 Euro und der Feuerwehr 2000 Euro": the recipient), the other role is shared."""
    agent, recipient = shared
    if own is None:
        return agent, recipient
    if recipient is not None and recipient.end <= before.start and (agent is None or agent.start < recipient.start):
        # the party nearest the amount before receives: "dem Verein", "Polen erhält"
        return agent, own
    if recipient is not None and agent is not None and recipient.end <= agent.start < before.start and _after_preposition(doc, agent) and not _after_preposition(doc, recipient):
        # "Der Kläger erhält von der Firma 8.000 Euro, die Klägerin 12.000 Euro": the payer is a
        # prepositional phrase, so the bare party in front of the verb is what the conjunct varies
        return agent, own
    if recipient is not None and agent is not None and recipient.end <= agent.start < before.start and _dative_article(doc, recipient) and _article_of(doc, own) in role_cues("oblique_articles"):
        # "Den Familien überwies die Stadt 7.500 Euro, der Familie des Jungen 20.000 Euro": a
        # fronted dative receives, and an oblique article opens its parallel
        return agent, own
    return own, recipient  # "Die EU zahlt 3 Millionen und Deutschland 2 Millionen": the subject


def _article_of(doc: Doc, party: Span) -> str:
    """The word before ``party`` with its adjectives skipped (its article, if it has one)."""
    j = party.start - 1
    while j > 0 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _words("determiners") and doc[j].lower_ not in _words("dative_determiners"):
        j -= 1
    return doc[j].lower_ if j >= 0 else ""


def _dative_article(doc: Doc, party: Span) -> bool:
    """Whether ``party`` opens with a dative article ("dem Verein", "den Familien")."""
    article = _article_of(doc, party)
    return article in _words("dative_determiners") or article in role_cues("plural_datives")


def _after_preposition(doc: Doc, party: Span) -> bool:
    """Whether a preposition governs ``party`` (its article and adjectives skipped)."""
    j = party.start - 1
    while j > 0 and (doc[j].lower_ in _words("determiners") or doc[j].lower_ in _words("dative_determiners") or doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in party_prepositions()):
        j -= 1
    return j >= 0 and doc[j].lower_ in party_prepositions()


def _settlement_partner(
    doc: Doc, start: int, end: int, parties: Sequence[Span], agent: Optional[Span], lowers: Sequence[str]
) -> Optional[Span]:
    """The party after "mit" in a clause of settling ("einigte sich mit den Klägern auf eine
    Zahlung von …", "hat sich mit der Familie verglichen"): who the payer settles with receives;
    not the payer itself."""
    if not any(lowers[t] in role_cues("settling_verbs") for t in range(start, end)):
        return None
    for p in parties:
        if not start <= p.start < end or agent is not None and p.start < agent.end and agent.start < p.end:
            continue
        j = p.start - 1
        while j > start and (lowers[j] in _words("determiners") or doc[j].is_lower and doc[j].is_alpha and lowers[j] not in role_cues("settling_prepositions")):
            j -= 1
        if lowers[j] in role_cues("settling_prepositions"):
            return p
    return None


def _gapped_receiver(
    doc: Doc,
    shared: tuple[Optional[Span], Optional[Span]],
    parties: Sequence[Span],
    clause_start: int,
    before: Span,
    amount: Span,
    lowers: Sequence[str],
    data: GermanData,
) -> tuple[Optional[Span], Optional[Span]]:
    """(agent, recipient) of an amount in a gapped conjunct that opens with a preposition of
    receiving ("und an Sachsen 2 Millionen"): its party receives where the amount before had a
    receiver after the same preposition; else both roles are shared."""
    agent, recipient = shared
    opening = lowers[clause_start] if clause_start < amount.start else ""
    if recipient is None or opening not in role_cues("gapped_receiver_prepositions"):
        return shared
    own = next((p for p in parties if clause_start < p.start and p.end <= amount.start), None)
    if own is None or _finances(own) or _is_money_word(own, data):
        return shared
    j = recipient.start - 1
    while j > 0 and (lowers[j] in _words("determiners") or doc[j].is_lower and doc[j].is_alpha and lowers[j] != opening):
        j -= 1  # back over its article and adjectives to its preposition
    return (agent, own) if lowers[j] == opening and recipient.end <= before.start else shared


def _coordinated_part(doc: Doc, start: int, end: int, amount: Span) -> tuple[int, int]:
    """The part of a clause around the amount between coordinating words that start a new
    verb phrase ("erhielt eine Strafe und muss 5.000 Euro zahlen"): its verbs speak of the amount."""
    lo = amount.start
    while lo > start and not _starts_verb_phrase(doc, lo - 1):
        lo -= 1
    hi = amount.end
    while hi < end and not _starts_verb_phrase(doc, hi):
        hi += 1
    return lo, hi


def _starts_verb_phrase(doc: Doc, t: int) -> bool:
    """ "und muss", "oder zahlt": a coordinating word before a lower-case word that opens no noun
    phrase ("und ihren Angehörigen" coordinates nouns)."""
    return (
        doc[t].lower_ in _words("verb_coordinators")
        and t + 1 < len(doc)
        and doc[t + 1].is_lower
        and doc[t + 1].lower_ not in _words("determiners")
        and doc[t + 1].lower_ not in role_cues("possessive_determiners")
        # "rasch und unbürokratisch": an adverb of manner is no verb
        and not doc[t + 1].lower_.endswith(role_cue_endings("manner_adverb_endings"))
    )


def _speaks_for_us(start: int, end: int, lowers: Sequence[str]) -> bool:
    """A clause whose subject is the speaker's "wir" ("haben wir … verdient", "zahlen wir")."""
    return any(lowers[t] in role_cues("first_person_subjects") for t in range(start, end))


def _private_speaker(cues: SentenceCues, lowers: Sequence[str]) -> bool:
    """A sentence that a speaker without a name says ("sagt ein Hausbesitzer", "erzählt eine
    Anwohnerin"): the speaker's "wir" is a household, no company."""
    return any(
        cue.end < cues.sent.end and lowers[cue.end] in role_cues("indefinite_articles") for cue in cues.speech
    )


def _pronoun_before_object(doc: Doc, sent: Span, clause_start: int, party: Span) -> bool:
    """Whether a subject pronoun of the clause stands before ``party``, which no article marks
    as a nominative ("Sie zahlt jeder Familie 80.000 Euro", "Er überwies dem Verein …"): the
    pronoun is the subject, the party an object; before a party that may be a nominative ("Sie
    entschädigt die Stadt …") only "er", which is nominative only."""
    pronoun = next((t for t in range(clause_start, party.start) if doc[t].lower_ in _words("subject_pronouns")), None)
    if pronoun is None or is_speaker_pronoun(doc[pronoun].lower_):
        return False
    return doc[pronoun].lower_ == "er" or _determiner_before(doc, party.start, sent) not in role_cues("subject_articles")


def _demonstrative_subject(doc: Doc, sent: Span, clause_start: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """The party a demonstrative opening the clause before its finite verb stands for ("Dieser
    bietet 35 Franken"): the last party named before it, in its sentence or the one before."""
    if lowers[clause_start] not in role_cues("demonstrative_subjects") or clause_start + 1 >= sent.end:
        return None
    if not (doc[clause_start + 1].is_lower and doc[clause_start + 1].is_alpha):
        return None  # "diese Summe": a determiner, no pronoun
    earlier = [p for p in _parties(doc, sent, lowers, data) if p.end <= clause_start]
    if not earlier and sent.start > 0 and not paragraph_bounds(doc, sent.start)[0] == sent.start:
        earlier = _parties(doc, sentence_of(doc, sent.start - 1), lowers, data)
    return earlier[-1] if earlier else None


def _paragraph_topic(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData, groups: bool = False) -> Optional[Span]:
    """The subject of the sentence before, in the same paragraph: the company or state a
    paragraph is about pays in its next sentence too ("Der Konzern ... . Zudem zahlte er ...").
    ``groups``: a group may be that subject too (who earns a salary: "Der Intendant …")."""
    if sent.start == 0:
        return None
    previous = sentence_of(doc, sent.start - 1)
    if any(doc[t].is_space and "\n" in doc[t].text for t in range(previous.start, sent.start)):
        return None
    if (
        lowers[previous.start] in attribution_words("report_anaphors")
        and previous.start + 1 < previous.end
        and doc[previous.start + 1].is_lower
        and anaphoric_report(doc, previous.start, previous.end) is not None
    ):
        return None  # "Das gab Finanzminister X bekannt.": who reports the sentence before pays nothing
    body = unmarked_body_start(doc, previous)  # "Graz – Das Land entschädigt …": after its dateline
    if not groups:
        # "X hat ein Preisgeld eingestrichen. Seine Gegnerin bekommt …": who received pays nothing
        # (the verb of the topic's own clause: "Die Firma will entschädigen: Die Opfer erhalten …")
        own_end = next((t for t in range(body, previous.end) if doc[t].text in CLAUSE_BREAKS), previous.end)
        classes = _verb_classes(doc, body, own_end, data)
        if "receive" in classes and "pay" not in classes:
            return None
    for p in _parties(doc, previous, lowers, data):
        if p.label_ == "group" and not groups:
            break  # "die kostenlosen Tests": a topic that pays is an organisation, a state or a person
        j = p.start - 1
        if p.label_ == "person" and j >= body and doc[j].is_title:
            j -= 1  # "Der Intendant Paul Vogt": the title in apposition before the name
        while j >= body and (lowers[j] in _words("determiners") or doc[j].is_lower and doc[j].is_alpha):
            j -= 1
        if j < body and _determiner_before(doc, p.start, previous) not in _words("dative_determiners"):
            return p  # the party opens the sentence: its subject
        break
    return None


def paragraph_topic(doc: Doc, sent: Span, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """The subject opening the sentence before ``sent`` in its paragraph, or None
    (``_paragraph_topic``): the payer a later sentence continues."""
    return _paragraph_topic(doc, sent, lowers, data)


def _announced_receiver(doc: Doc, sent: Span, agent: Optional[Span], lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """Who the sentence before, in the same paragraph and with no sum of its own, says will receive
    money ("Die Betroffenen sollen schnell Geld bekommen."): the person or group that opens it, with a verb
    of receiving in its own clause and none of paying. A payment with no receiver in its sentence
    is the money it announced."""
    if sent.start == 0:
        return None
    if "receive" in _verb_classes(doc, sent.start, sent.end, data) or any(lowers[t] in role_cues("rejecting_words") for t in range(sent.start, sent.end)):
        return None  # "Wer älter ist, bekommt …": a receiver of its own; "lehnte die Kürzung um … ab": no money given
    previous = sentence_of(doc, sent.start - 1)
    if any(doc[t].is_space and "\n" in doc[t].text for t in range(previous.start, sent.start)):
        return None
    ends = _money_ends(doc)
    if any(previous.start < t <= previous.end for t in ends):
        return None  # a sum of its own: its receiver is that sum's
    body = unmarked_body_start(doc, previous)
    own_end = next((t for t in range(body, previous.end) if doc[t].text in CLAUSE_BREAKS), previous.end)
    classes = _verb_classes(doc, body, own_end, data)
    if "receive" not in classes or "pay" in classes:
        return None
    for p in _parties(doc, previous, lowers, data):
        j = p.start - 1
        while j >= body and (lowers[j] in _words("determiners") or doc[j].is_lower and doc[j].is_alpha):
            j -= 1
        if j < body and p.start < own_end and p.label_ in ("person", "group") and not (agent is not None and agent.text == p.text):
            # the party opens the sentence: its subject; people to be helped, not a company that
            # earned ("Die Reederei hat mehr verdient. Die Dividende steigt auf …": its owners get that)
            return p
        break
    return None


def _reporter_name(doc: Doc, reporter: Optional[Span]) -> Optional[int]:
    """Where the name of a reporter given by its class noun in the genitive starts ("nach Angaben
    des Kantons Uri", "des Landes Tirol": the name right after the noun), or None: that name
    reports the claim as well, it neither pays nor receives."""
    if reporter is None or len(reporter) != 1 or reporter.start == 0 or reporter.end >= len(doc):
        return None
    if doc[reporter.start - 1].lower_ not in _words("genitive_determiners") or not reporter[0].is_title:
        return None
    return reporter.end if doc[reporter.end].is_title else None


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
    """(agent, recipient) of a money claim (``_clause_money_parties``), with the payer checked
    whichever clause rule found it: no authority that seizes the money ("Ermittler stellten
    14.500 Euro Bargeld sicher") or imposes, lowers or confirms a fine ("Die Behörde verhängte
    eine Busse von …"), no sum of money ("Der Spieleretat sinkt auf …"); the name an apposition
    describes over its noun; the party a lawsuit is brought against ("Klage gegen X über …"); and
    a fined name the mention layer never saw ("verhängte gegen Zamona eine Strafe")."""
    agent, recipient = _clause_money_parties(doc, amount, cues, trigger, lowers, exclude, data, category)
    if agent is not None and (
        category == "damage" and _imposes_fine_itself(agent)
        or _seizes(cues.sent, amount_clause(doc, cues.sent, amount), lowers)
        or not mention_is_name(agent) and agent[-1].lower_.endswith(role_cue_endings("sum_heads"))  # "Der Spieleretat sinkt auf …"
    ):
        agent = None
    agent = _name_beside(doc, agent, cues.sent)
    if agent is not None:
        # "Eine Sprecherin kündigte an, … zu zahlen": she speaks for the body named before, which pays
        agent = spokespersons_body(doc, agent) or agent
    relative = _amount_relative_party(doc, amount, cues.sent, lowers, data)
    if relative is not None:
        role, party, other = relative
        if role == "receive":
            recipient, agent = party, other or (agent if agent is not None and agent.end <= amount.start else None)
        else:
            agent = party
    if recipient is None and category == "payment":
        # "Die Betroffenen sollen schnell Geld bekommen. Insgesamt stehen 400 Millionen bereit."
        recipient = _announced_receiver(doc, cues.sent, agent, lowers, data)
    if recipient is None and agent is not None:
        # "Die Regierung sagt Passau eine Soforthilfe von 20 Millionen Euro zu"
        recipient = _bare_dative_name(doc, cues.sent, agent, amount, lowers)
    sued = _sued_party(doc, cues.sent, amount_clause(doc, cues.sent, amount), lowers)
    if sued is not None and not (recipient is not None and recipient.start < sued.end and sued.start < recipient.end):
        agent = sued  # "hat gegen Hessenbau eine Klage über 9,2 Millionen eingereicht": the sued party owes it
    if agent is None and category in ("damage", "revenue") and _imposes_fine(cues.sent, lowers):
        # "Die Behörde verhängte gegen Zamona eine Strafe": a fined name the mention layer never
        # saw; also a confiscation of proceeds, whatever category its "Erträge" give it
        agent = _unseen_fined(doc, cues.sent, recipient)
    if agent is None and category == "damage":
        # "bestätigte eine Strafe gegen Google": whom the fine is against pays it
        agent = _unseen_fined(doc, cues.sent, recipient, data, after_fine_word=True)
    if agent is None and category == "damage" and _is_fine(doc, amount, trigger, category, cues.sent.start, cues.sent.end, lowers, data):
        # "Bereits 2022 hatte die Bafin einen Aufpasser in die Bank geschickt. Im Jahr darauf folgte
        # ein erstes Bußgeld von …": a fine whose sentence names no one falls on the body told before
        agent = _fined_before(doc, cues.sent, recipient, data)
    return agent, recipient


#: How many words a relative clause on the amount may run to its verb.
_RELATIVE_REACH = 14


def _amount_relative_party(
    doc: Doc, amount: Span, sent: Span, lowers: Sequence[str], data: GermanData
) -> Optional[tuple[str, Span, Optional[Span]]]:
    """The party of a relative clause on the amount itself ("… 6,5 Millionen Euro, die der Klub
    vom VfL Wolfsburg für einen Verteidiger erhalten hatte", "… 2 Millionen, die die Stadt
    dafür zahlte"): its subject, after the object pronoun and a nominative article, receives
    or pays by the verb that ends the clause; ("receive" or "pay", the subject, the "von"
    phrase of a receiving verb). Who the money is "für" is no party of it."""
    t = amount.end
    while t < sent.end and t - amount.end < 2 and doc[t].text[:1].isupper() and doc[t].is_alpha:
        t += 1  # "6,5 Millionen Euro Ablöse, die …": a noun of the sum, no verb ("kostete die Räumung, die …")
    if t + 2 >= sent.end or doc[t].text != "," or lowers[t + 1] not in role_cues("relative_subjects"):
        return None
    if lowers[t + 2] not in role_cues("subject_articles"):
        return None  # ", die später zurückflossen": the pronoun is the subject, the money
    end = next((u for u in range(t + 2, min(sent.end, t + _RELATIVE_REACH)) if doc[u].text in CLAUSE_BREAKS), None)
    if end is None:
        end = min(sent.end, t + _RELATIVE_REACH)
    verb = next((u for u in range(end - 1, t + 2, -1) if doc[u].is_lower and data.party_verbs.get(lowers[u]) in ("pay", "receive")), None)
    if verb is None:
        return None
    found = mentions_in(doc, t + 2, verb, ("person", "organisation", "group", "place")) or []
    subject = next((m for m in found if m.start <= t + 4), None)
    if subject is None:
        return None
    role = data.party_verbs.get(lowers[verb])
    source = next((m for m in found if m.start > subject.end and lowers[m.start - 1] in _words("passive_agents") or m.start - 2 > subject.end and lowers[m.start - 2] in _words("passive_agents")), None)
    return role, subject, source if role == "receive" else None


def _opening_attribute(doc: Doc, preposition: int, parties: Sequence[Span], clause_start: int) -> bool:
    """Whether the "von" phrase at ``preposition`` is an attribute of the party that opens its
    clause ("Das Verteidigungsministerium von Boris Pistorius erhält 82,7 Milliarden"): whose
    body it is, not who pays. After the verb ("erhielt der Verein vom Land") it pays, and so does
    the employer of people ("Beschäftigte von Energoatom verdienen …")."""
    owner = next((p for p in parties if p.end == preposition), None)
    if owner is None or owner.start < clause_start or owner.label_ != "organisation":
        return False  # "Beschäftigte von Energoatom verdienen …": their employer pays them
    return all(doc[t].lower_ in _words("determiners") or doc[t].is_lower and doc[t].is_alpha for t in range(clause_start, owner.start))


def impersonal_payer(
    doc: Doc, amount: Span, agent: Optional[Span], source: Optional[Span], data: GermanData
) -> Optional[Span]:
    """The payer of a clause whose subject names no one ("Man wolle Basel zum Forschungszentrum
    ausbauen und dort 300 Mio. Fr. investieren"): the body whose speech it is, the claim's
    source, or the company a speaking person speaks for (``speaker_company``), where the clause
    rules found no payer or only a place (the object "Basel"). Any other payer stays."""
    if source is None or agent is not None and agent.label_ != "place":
        return agent
    sent = sentence_of(doc, amount.start)
    start, end = amount_clause(doc, sent, amount)
    subject = next((t for t in range(start, amount.start) if doc[t].lower_ in role_cues("impersonal_subjects")), None)
    if subject is None or not any(doc[u].lower_ in role_cues("impersonal_auxiliaries") for u in (subject - 1, subject + 1) if start <= u < end):
        # "In Zermatt zahle man über 100 Franken": anyone; "Man wolle … investieren", "Man habe
        # … gebildet": the body that tells its own plans and acts, with an auxiliary or a modal
        return agent
    if any(data.party_verbs.get(doc[t].lower_) == "receive" or doc[t].lower_ in data.speech_verbs for t in range(start, end)):
        # "Für einen Sieg bekommt man 45.000 Franken": anyone who wins; "man spricht von …": anyone who says so
        return agent
    if source.label_ == "person":
        company = speaker_company(doc, amount, data)
        return company if company is not None and company.label_ == "organisation" else agent
    return source if source.label_ in ("organisation", "") else agent


def _after_article(doc: Doc, t: int, start: int) -> bool:
    """The noun at ``t`` has an article, adjectives at most between ("ein erstes Bußgeld")."""
    k = t - 1
    while k > start and t - k <= 2 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in _words("determiners"):
        k -= 1
    return doc[k].lower_ in _words("determiners")


def _fined_before(doc: Doc, sent: Span, authority: Optional[Span], data: GermanData) -> Optional[Span]:
    """The organisation named last in the sentence before ``sent`` in its paragraph that imposes
    no fines itself and is not the ``authority``; None when ``sent`` names a party of its own."""
    lowers = lowers_of(doc)
    if mentions_in(doc, sent.start, sent.end, ("person", "organisation", "group", "place", "pronoun")) or any(
        lowers[t] in role_cues("generic_subjects") for t in range(sent.start, sent.end)
    ):
        return None  # "Wer dagegen verstösst, riskiert eine Busse von …": anyone's fine, no one's
    if not any(
        doc[t].is_title and inflected_in(lowers[t], data.fine_words, data) and _after_article(doc, t, sent.start)
        for t in range(sent.start + 1, sent.end)
    ):
        return None  # "Bussen von insgesamt …", "sollen Bussen … steigen": fines of many, no one's
    para_start, _ = paragraph_bounds(doc, sent.start)
    if sent.start <= para_start:
        return None
    before = sentence_of(doc, sent.start - 1)
    for m in reversed(mentions_in(doc, max(para_start, before.start), before.end, ("organisation",)) or []):
        if (
            _imposes_fine_itself(m)
            or m[-1].lower_.endswith(role_cue_endings("fine_reporter_heads"))
            or authority is not None
            and same_referent(m, authority)
        ):
            continue  # the body that imposes it, or the police that reports it
        return resolve_party(doc, m, sent) or m  # "Der Konzern": the name it stands for
    return None


def _bare_dative_name(doc: Doc, sent: Span, agent: Span, amount: Span, lowers: Sequence[str]) -> Optional[Span]:
    """A name without article right after the finite verb of a clause its subject (``agent``)
    opens, before the object that holds the amount ("Die Regierung sagt Passau eine Soforthilfe
    von 20 Millionen Euro zu", "Das Land überließ Kiew Material im Wert von …"): in that place
    German puts the dative object, who receives. None elsewhere."""
    determiners = _words("determiners")
    if not sent.start <= agent.start < amount.start or any(lowers[t] not in determiners for t in range(sent.start, agent.start)):
        return None  # the subject does not open the sentence: the name may be the inverted subject
    verb = agent.end
    if verb + 2 >= amount.start or not doc[verb].is_lower or not doc[verb].is_alpha or lowers[verb] in determiners:
        return None
    if lowers[verb] in party_prepositions() or lowers[verb] in role_cues("clause_adverbs"):
        return None
    name = next(iter(mentions_in(doc, verb + 1, amount.start, ("place", "organisation", "person")) or []), None)
    if name is None or name.start != verb + 1 or not doc[name.start].is_title or name.end >= amount.start:
        return None
    after = doc[name.end]
    # an object follows: an article, or a capitalised noun that no name covers
    if not (lowers[name.end] in determiners or after.is_title and not mentions_in(doc, name.end, name.end + 1, _PARTY_KINDS)):
        return None
    if any(lowers[t] in CLAUSE_BREAKS for t in range(name.end, amount.start)):
        return None
    return name


def _sued_party(doc: Doc, sent: Span, clause: tuple[int, int], lowers: Sequence[str]) -> Optional[Span]:
    """The party a lawsuit or a claim of the sentence is brought against ("reichte gegen die
    Baufirma X eine Klage über … ein", "klagt gegen X auf …", "Forderungen gegen X von …"): the
    party (or a bare name the mention layer never saw) right after a "gegen" that follows a verb
    or the word of suing, its article and adjectives between; None without a word of suing
    (role_cues ``lawsuit_words``) in the sentence."""
    if not any(lowers[t].endswith(role_cue_endings("lawsuit_words")) for t in range(sent.start, sent.end)):
        return None
    start, end = clause
    for t in range(start, end - 1):
        if lowers[t] != "gegen":
            continue
        if t > sent.start and doc[t - 1].is_title and not lowers[t - 1].endswith(role_cue_endings("lawsuit_words")):
            continue  # "wegen Verstößen gegen Auflagen": what a noun is against, no one sued
        k = t + 1
        while k < end and (lowers[k] in _words("determiners") or doc[k].is_lower and doc[k].is_alpha):
            k += 1
        named = next(
            (m for m in mentions_in(doc, k, min(end, k + _APPOSITION_WORDS + 2), _PARTY_KINDS) or [] if m.start == k or m.start == k + 1),
            None,
        )
        if named is not None and mention_is_name(named):
            return named
        k = named.start if named is not None else k
        run = k
        while run < end and run - k < _APPOSITION_WORDS and doc[run].is_alpha and doc[run].text[:1].isupper():
            run += 1
        if run > k:
            # a name the mention layer never saw, or a noun with one ("gegen die Baufirma Kronwerk")
            return Span(doc, k, run)
    return None


def _name_beside(doc: Doc, party: Optional[Span], sent: Span) -> Optional[Span]:
    """The name a common-noun payer describes, where the text gives it (AUTHORING.md: the name
    over a common noun): a name opening the sentence that the noun stands beside in an
    apposition with an indefinite article, closed by a comma ("Varella, ein Chemiekonzern aus
    Basel, zahlt …"), a name the mention layer may never have seen; else ``party``. (A title
    before a person's name, "Varella-Chef Hans Meier", stays: the officer speaks, the body he
    speaks for pays.)"""
    if party is None or mention_is_name(party):
        return party
    j = party.start - 1
    while j > sent.start and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in role_cues("indefinite_articles"):
        j -= 1  # adjectives: "ein Baseler Chemiekonzern" has none lower-case, "ein großer Versicherer" one
    if not (j - 1 > sent.start and doc[j].lower_ in role_cues("indefinite_articles") and doc[j - 1].text == ","):
        return party
    closed = any(doc[t].text == "," for t in range(party.end, min(sent.end, party.end + _APPOSITION_WORDS)))
    return Span(doc, sent.start, j - 1) if closed and _capitalised_run(doc, sent.start, j - 1) else party


def _capitalised_run(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are a few capitalised words (a name)."""
    return 0 < end - start <= _APPOSITION_WORDS and all(doc[t].is_alpha and doc[t].text[:1].isupper() for t in range(start, end))


def _unseen_fined(
    doc: Doc, sent: Span, authority: Optional[Span], data: Optional[GermanData] = None, after_fine_word: bool = False
) -> Optional[Span]:
    """The name right after a "gegen" that a verb or the sentence's start governs ("verhängte
    gegen Zamona eine Strafe", "Gegen Zamona wurde … verhängt"), not one after a noun ("wegen
    Verstößen gegen Auflagen": what was broken); None where no capitalised word follows or it is
    the authority. With ``after_fine_word``, only the "gegen" right after a word of fines
    (``data.fine_words``) counts ("eine Strafe gegen Google bestätigt")."""
    for t in range(sent.start, sent.end - 1):
        if doc[t].lower_ != "gegen":
            continue
        if after_fine_word and data is not None:
            if not (t > sent.start and doc[t - 1].is_title and inflected_in(doc[t - 1].lower_, data.fine_words, data)):
                continue
        elif t > sent.start and not (doc[t - 1].is_lower and doc[t - 1].is_alpha):
            continue
        first = end = t + 1
        if doc[first].lower_ in _words("determiners"):
            end += 1  # "gegen das inzwischen abgewickelte Institut": its article and attributes
            while end < sent.end and end - first < _FINED_ATTRIBUTES and doc[end].is_lower and doc[end].is_alpha and (
                doc[end].lower_ not in _words("determiners")
            ):
                end += 1
        names = end
        while end < sent.end and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end > names and not (authority is not None and authority.start < end and t + 1 < authority.end):
            return Span(doc, t + 1, end)
    return None


#: How many words (article, adverb, adjectives) may stand between "gegen" and the fined noun.
_FINED_ATTRIBUTES = 4


def _clause_money_parties(
    doc: Doc,
    amount: Span,
    cues: SentenceCues,
    trigger: Optional[Cue],
    lowers: Sequence[str],
    exclude: Optional[Span],
    data: GermanData,
    category: str = "",
) -> tuple[Optional[Span], Optional[Span]]:
    """(agent, recipient) of a money claim as its clause shows them.

    The verb class of the amount's clause decides: after a verb of paying the subject pays and
    a dative object or a party after "an"/"für"/"zugunsten" receives; after a verb of receiving
    ("erhalten", "kassieren") the subject receives and a party after "von" pays; the subject of
    a verb of estimating ("beziffert") does neither. The subject is the first party of the
    amount's clause with neither a preposition nor a dative or genitive article, a subject
    pronoun stands for its antecedent, and a payment with no payer in its sentence is paid by
    the topic of the sentence before."""
    sent = cues.sent
    parties = _clause_parties(doc, sent, amount, exclude, lowers, data)
    clause_start, clause_end = _money_clause(doc, sent, amount, lowers)
    gapped = _conjunct_parties(doc, amount, parties, clause_start, cues, trigger, lowers, exclude, data, category)
    if gapped is not None:
        return gapped
    verb_start, verb_end = _coordinated_part(doc, clause_start, clause_end, amount)
    classes = (
        _verb_classes(doc, verb_start, verb_end, data)
        or _verb_classes(doc, clause_start, clause_end, data)
        or _verb_classes(doc, sent.start, sent.end, data)
    )
    receiving = _receives(doc, amount, trigger, category, classes, clause_start, clause_end, lowers, data)
    # "Die Gemeinde stellte dem Betreiber 23.000 Euro in Rechnung": who bills receives, the billed pays
    billing = _invoices(clause_start, clause_end, lowers) or receiving and any(
        data.party_verbs.get(lowers[t]) == "receive" and lowers[t] in role_cues("billing_verbs") for t in range(clause_start, clause_end)
    )
    if billing:
        receiving, classes = True, (classes - {"pay"}) | {"receive"}
    if receiving and _grants_actively(clause_start, clause_end, lowers, data):
        # "Der Regierungsrat hat der Stadt einen Beitrag zugesprochen": the subject grants, the dative gets it
        receiving = False
        classes = classes | {"pay"}
    estimating = _estimates(amount, classes, category, clause_start, clause_end, lowers)
    # a market price ("Brent kostete 70 Dollar, die Sorte WTI 66 Dollar", category other) costs no one
    costing = "cost" in classes and not receiving and "pay" not in classes and category != "other"
    paying = "pay" in classes

    prepositions = party_prepositions()

    def modifier(j: int) -> bool:
        # a determiner, number or adjective before a noun
        if lowers[j] in _words("determiners") or lowers[j] in _words("dative_determiners") or lowers[j] in data.number_units:
            return True  # "gegen zwei Banken"
        token = doc[j]  # one Token for the tests below
        return (
            token.like_num  # "an die rund 47000 Betriebe"
            or token.text[:1].isdigit()  # "an die rund 47'000 Betriebe"
            or bool(data.approximators.get(lowers[j])) and j + 1 < len(doc) and (doc[j + 1].like_num or doc[j + 1].text[:1].isdigit())
            or token.is_lower
            and token.is_alpha
            and lowers[j].endswith(("e", "en"))
            and lowers[j] not in prepositions
            or _strong_adjective(doc, j, lowers)  # "pro betroffener Familie"
        )

    def before_index(e: Span) -> int:
        j = _name_phrase_start(doc, e, sent) - 1
        article = False
        while j >= sent.start and modifier(j):
            if lowers[j] in _words("determiners"):
                if article:
                    break  # "nach dem die Baufirma …": an article before an article is a relative pronoun
                article = True
            j -= 1
        if not article and j > sent.start and j < e.start - 1 and (outer := _attribute_article(doc, j, sent.start)) is not None:
            # "der durch das Erdbeben zerstörten Schulen": over the participle attribute to its article
            j = outer
            while j >= sent.start and modifier(j) and not (lowers[j] in _words("determiners") and j < outer):
                j -= 1
        return j

    def before_word(e: Span) -> str:
        j = before_index(e)
        return lowers[j] if j >= sent.start else ""

    def conjunct_preposition(e: Span) -> str:
        """The preposition that governs a second conjunct ("für die Witwe und die beiden Kinder",
        "an Betroffene und Hinterbliebene"), or ""."""
        j = e.start - 1
        while j > sent.start and modifier(j):
            j -= 1
        if j <= sent.start or lowers[j] not in _words("coordinators"):
            return ""
        k = j - 1
        while k > sent.start and j - k <= _CONJUNCT_WORDS and (
            modifier(k) or doc[k].is_title or lowers[k] in _words("coordinators") or doc[k].text == ","
        ):
            k -= 1  # over the conjuncts before: "von Spenderinnen, Spendern und Unternehmen"
        return lowers[k] if lowers[k] in prepositions else ""

    def case(e: Span) -> str:
        if before_word(e) in prepositions:
            return ""  # "in den USA", "mit dem Konzern": the preposition's object is no dative object
        if paying and _object_dative(doc, e, amount, clause_start, lowers):
            return "dative"  # "zahlt den Opfern 5 Millionen": the amount is the accusative
        if (
            len(e) == 1
            and e.label_ == "place"
            and e.text.endswith("s")
            and e.end < sent.end
            and doc[e.end].is_title
        ):
            return "genitive"  # "Spaniens Ministerium": a name in the genitive owns the noun after it
        article = _determiner_before(doc, _name_phrase_start(doc, e, sent), sent)
        if article in _words("dative_determiners") or e[0].lower_ in _words("dative_determiners"):
            return "dative"  # "dem Verein", and a mention that holds its article: "jedem Passagier"
        if article in _words("genitive_determiners") and not _neuter_nominative(e, article):
            return "genitive"
        j = e.start - 1
        while j > sent.start and doc[j].is_lower and doc[j].is_alpha and lowers[j] != article:
            j -= 1
        if lowers[j] != article and j < e.start - 1 and (outer := _attribute_article(doc, j, sent.start)) is not None:
            j = outer  # "der durch das Erdbeben zerstörten Schulen": the article of the attribute's noun
        if (
            article in _words("genitive_after_noun")
            and j - 1 > sent.start
            and doc[j - 1].is_title
            and not any(p.end == j and p.label_ != "group" and not _is_common_noun(p[-1:], data) for p in parties)
        ):
            return "genitive"  # "den Familien der Opfer", "die Firma seiner Ehefrau": an attribute
            # (after a name it is a dative object: "hat Österreich der Ukraine ... geleistet")
        feminine = article == "der" and not mention_is_name(e) and e[-1].lower_.endswith(role_cue_endings("feminine_endings"))
        if (article in _words("feminine_oblique_articles") or feminine) and not (
            j - 1 >= sent.start and (doc[j - 1].is_title and not doc[j - 1].is_sent_start or lowers[j - 1] in prepositions)
        ):
            # "muss einer früheren Kundin ... zahlen", "…, der Familie des Jungen 20.000 Euro": no
            # noun or preposition to own a genitive
            return "dative"
        if _oblique_feminine(doc, e, sent, lowers, prepositions):
            return "dative"  # "werde jeder betroffenen Familie 5000 Euro auszahlen"
        return ""

    # "an die Ukraine", "für den Verein", and a dative plural of people: "stellte den Betroffenen ... bereit"
    to = [
        e
        for e in parties
        if before_word(e) in _words("to_prepositions")
        and not (before_word(e) == "an" and _determiner_before(doc, e.start, sent) in _words("place_datives"))
        and not (before_word(e) in role_cues("per_unit_prepositions") and category != "payment")  # "kostet pro Häftling"
        or e.start > sent.start
        and lowers[e.start - 1] in role_cues("dative_plural_articles")  # "den Betroffenen", "allen Fahrgästen"
        and data.person_nouns.get(lowers[e.start])
        or len(e) > 1
        and lowers[e.start] in role_cues("dative_plural_articles")  # a mention that holds its article
        and data.person_nouns.get(lowers[e.end - 1])
    ]
    # "für den Energiesektor", "für die Trinkwasserversorgung": what the money finances receives nothing
    to = [
        e
        for e in to
        if not _finances(e)
        and not (before_word(e) == "an" and (_is_money_word(e, data) or e[-1].lower_ in role_cues("idiom_objects_of_an")))
    ]
    # "für die Heilungskosten der Verletzten", "für einen Nachsorgedienst der Kasse": whose costs
    # or service the money pays for receives it, not the thing paid for
    purpose_owners = _purpose_owners(doc, sent, parties, lowers, prepositions)
    # "für die Familie des Verunglückten": the family gets it; whom it is named by is an attribute,
    # no receiver and no subject
    kin_owners = [owner for owner, owned in purpose_owners if owned is not None and owned in to and data.person_nouns.get(owned[-1].lower_)]
    for owner, owned in purpose_owners:
        if owner in kin_owners:
            continue
        if owner not in to and not _finances(owner):
            to = [e for e in to if e is not owned or e.label_ in ("person", "group")] + [owner]
    # "zur Unterstützung von Kleinbauern", "zugunsten von Flutopfern": the people aided get it and pay nothing
    aided = _aided_people(doc, sent, parties, lowers, prepositions)
    to = to + [e for e in aided if e not in to]
    if receiving and "pay" not in classes and _collects_for(sent, to, before_word, lowers):
        # "Die Belegschaft hat für die Witwe 18.600 Euro gesammelt": whom it is collected for
        # receives, the collectors give
        receiving, paying, classes = False, True, classes | {"pay"}
    # "gefolgt von Graubünden mit 90 Millionen": a participle of rank governs the "von", no payer follows
    frm = [
        e
        for e in parties
        if before_word(e) in _words("from_prepositions")
        and e not in aided
        and not (before_index(e) > sent.start and lowers[before_index(e) - 1] in role_cues("ranking_participles"))
        and not _opening_attribute(doc, before_index(e), parties, clause_start)
    ]
    # a second conjunct after a preposition is no subject ("Für die Witwe und die Kinder hat die
    # Belegschaft ... gesammelt"); the first names the role of both
    conjuncts = {(e.start, e.end): conjunct_preposition(e) for e in parties}
    dative = [e for e in parties if e not in to and e not in frm and case(e) == "dative"]
    if any(clause_start <= e.start < amount.start and e.label_ != "place" for e in dative):
        # "dem Welternährungsprogramm 30 Millionen für die Versorgung von Geflüchteten": the
        # dative object receives; the people its aid reaches get no money of this claim
        to = [e for e in to if e not in aided or e in dative]
    units = [e for e in to if before_word(e) in role_cues("per_unit_prepositions")]
    if units and any(clause_start <= e.start < clause_end and e not in units for e in to + dative):
        # "allen Fahrgästen 1500 Euro pro Person": the dative receives, the unit says how it is shared
        to = [e for e in to if e not in units]
    plain = [
        e
        for e in parties
        if e not in to
        and e not in frm
        and e not in dative
        and e not in kin_owners
        and case(e) != "genitive"
        and before_word(e) not in _words("not_subject_prepositions")
        and before_word(e) not in role_cues("per_unit_prepositions")  # "Die Kosten pro Patient": a unit, no subject
        and not conjuncts[(e.start, e.end)]
    ]
    # the object of a verb of support that opens its clause or follows the clause's subject
    # ("…, unterstützt aber die Caritas mit 3 Millionen", "Die Stadt fördert den Verein mit …")
    # receives; after an inverted verb ("Seit Jahren unterstützt die Stiftung …") it is the subject
    supported = [
        e
        for e in plain
        if (verb := _support_verb_before(doc, e, clause_start, lowers)) is not None
        and (verb == clause_start or any(clause_start <= p.start < verb for p in plain))
    ]
    plain = [e for e in plain if e not in supported]

    def nearest(spans: list[Span]) -> Optional[Span]:
        # one of the amount's own clause first: "für A 5 Millionen, für B 3 Millionen"
        own = [e for e in spans if clause_start <= e.start < clause_end] or spans
        return min(own, key=lambda e: abs(e.start - amount.start), default=None)

    # "X kündigte an, jedem Passagier 500 Euro zu zahlen": an infinitive clause has no subject of
    # its own, the subject of the clause before it pays, and a party of its own is an object
    infinitive = _is_infinitive_clause(doc, clause_start, clause_end, sent, lowers)
    in_clause = [] if infinitive else [e for e in plain if clause_start <= e.start < clause_end]
    subject = (
        next((e for e in in_clause if e.start < amount.start), None)
        or next(iter(in_clause), None)
        or next((e for e in plain if e.start < clause_start), None)
    )
    # the parse, where the sentence has one, names the subject and objects of the amount's verb
    verb = syntax.governing_verb(doc, amount)
    parsed_subject = parsed_recipient = None
    if verb is not None:
        parsed_subject, parsed_recipient = _parsed_parties(doc, amount, verb, parties)
        # the parse decides when the amount's verb is in the amount's clause; a verb beyond a
        # comma is a misread of a clause that leaves its verb out ("A kündigte 5 Millionen an,
        # B 7 Milliarden"), where the party of the clause pays
        window_in_clause = subject is not None and clause_start <= subject.start < clause_end
        if (
            parsed_subject is not None
            and parsed_subject not in frm
            and parsed_subject not in to
            and (clause_start <= verb < clause_end or not window_in_clause)
        ):
            subject = parsed_subject
    pronoun = None if infinitive else _subject_pronoun(doc, amount, cues, clause_start, clause_end, paying or receiving, category, lowers, data)
    if pronoun is not None and (
        subject is None
        or not clause_start <= subject.start < clause_end
        or is_speaker_pronoun(pronoun.text.lower())
        or _pronoun_before_object(doc, sent, clause_start, subject)
    ):  # "wir" is nominative only
        subject = pronoun
    elif pronoun is None and lowers[clause_start] in _words("subject_pronouns") and subject is not None and clause_start < subject.start:
        subject = None  # "Er zahlte der Stiftung …": a pronoun with no antecedent holds the subject's place
    if subject is None or not clause_start <= subject.start < clause_end:
        subject = _demonstrative_subject(doc, sent, clause_start, lowers, data) or subject
    subject = _name_subject(doc, sent, amount, subject, infinitive, parties, exclude, clause_start, clause_end, lowers, data)
    if subject is not None:
        # "Der Hilfsfonds für Flutopfer hat … gezahlt": a purpose right after the subject is an
        # attribute of the payer (often part of its name), not a receiver of its money
        to = [e for e in to if not (before_word(e) in role_cues("purpose_prepositions") and before_index(e) == subject.end)]
    objects = _receiving_objects(doc, sent, amount, subject, plain, dative, supported, paying, infinitive, clause_start, verb_start, lowers)
    fine = _is_fine(doc, amount, trigger, category, clause_start, clause_end, lowers, data)
    # "gegen den Konzern", and after a verb that imposes it "verhängte über das Unternehmen eine Buße"
    imposed = fine and _imposes_fine(sent, lowers)
    fined = [
        e
        for e in parties
        if before_word(e) == "gegen"
        or imposed and e.label_ != "place" and before_word(e) in role_cues("fined_prepositions")  # not "über China geliefert"
    ] or (dative if fine and not paying else [])  # "bezahlt dem Justizministerium eine Busse": the dative receives it
    if fine and fined:
        # "Die Kommission verhängte gegen Google eine Strafe", "dem Konzern droht eine Buße":
        # the fined party is the agent, the authority the recipient (where the clause names none,
        # the body that imposes fines named before it: "Die Staatsanwaltschaft ermittelt; dem
        # Unternehmen droht eine Geldbuße")
        fined_party = nearest(fined)
        if before_word(fined_party) in role_cues("fined_prepositions"):
            fined_party = named_party(doc, fined_party)  # "über das Unternehmen": the name it stands for
        authority = subject if subject is not None and subject not in fined else None
        return fined_party, authority or _fine_authority(doc, amount, fined_party)
    if fine and receiving and not paying and subject is not None and _received_fine(doc, clause_start, clause_end, lowers, data):
        # "Der Fahrer erhielt eine Geldstrafe von 6.000 Euro": who gets a fine owes it; who
        # handed it out ("vom Hafenamt"), else the fining body named before, receives it
        authority = nearest([e for e in frm if e is not subject])
        return named_party(doc, subject), authority or _fine_authority(doc, amount, subject)
    if imposed and not paying:
        fined_party, authority = _fine_parties(subject, parties, sent, lowers, data)
        if fined_party is None and authority is not None:
            # "Ein Bauunternehmer stand vor Gericht. Das Amtsgericht verhängte eine Geldstrafe von
            # …": the party the sentence before is about is the one fined
            topic = _paragraph_topic(doc, sent, lowers, data, groups=True)
            # "Finanzamt brummt ihm 340.000 Euro auf": a pronoun of the clause names the fined party
            pronoun = any(lowers[t] in role_cues("dative_pronouns") for t in range(clause_start, clause_end))
            if topic is not None and not pronoun and topic.label_ != "place" and not _imposes_fine_itself(topic) and not same_referent(topic, authority):
                fined_party = topic
        return fined_party, authority
    if _sentenced_to_pay(doc, clause_start, amount, lowers):
        # "Das Gericht verurteilte den Konzern zur Zahlung von 2 Millionen (an die Kläger)": the
        # sentenced party pays, the court only orders it; a fine goes to the court
        candidates = [p for p in parties if p not in to and (p == subject or before_word(p) not in prepositions or before_word(p) in role_cues("fine_authority_prepositions"))]
        sentenced, court = _fine_parties(subject, candidates, sent, lowers, data)
        sentenced = nearest([p for p in dative if p in candidates]) or sentenced  # "der Bank ... auferlegt"
        ordered = nearest(to) or (court if fine else None)  # a fine goes to the court; damages to the claimant
        if ordered is None:  # "zu Schadenersatz von 2 Millionen an einen Investor verurteilt": no mention covers him
            ordered = _accusative_after_an(doc, amount.end, clause_end, lowers, data)
        return (
            nearest_occurrence(doc, _apposition_name(doc, sentenced, sent, data), amount),
            nearest_occurrence(doc, _apposition_name(doc, ordered, sent, data), amount),
        )
    joined = [p for p in parties if before_word(p) in role_cues("transfer_destinations")]
    # "Baltic Live hat Regressansprüche über 850.000 Euro angekündigt": a claim to the amount
    claim_noun = None if paying else _claim_noun(doc, max(clause_start, verb_start), amount, lowers, prepositions)
    if (
        frm
        and joined
        and not paying
        and not receiving
        and any(lowers[t] in role_cues("transfer_verbs") for t in range(clause_start, clause_end))
    ):
        # "wechselt für 30 Millionen vom FC A zum FC B": the club left receives the fee, the one
        # joined pays it; a country joined ("nach Italien") stands for a club it leaves unnamed
        recipient = nearest(frm)
        agent = nearest([p for p in joined if p.label_ != "place"])
    elif (signer := _signing_club(subject, frm, receiving, clause_start, clause_end, lowers)) is not None:
        # "Der BVB verpflichtet den Stürmer für 30 Millionen vom FC Porto": the signing club pays
        # the club the player leaves; the player signed receives nothing
        recipient, agent = nearest([e for e in frm if clause_start <= e.start < clause_end]), signer
    elif claim_noun is not None and "receive" in classes:
        # "Die Familie erhielt eine Lösegeldforderung über 2 Millionen (von den Entführern)": it
        # got the demand, it pays; who sent the demand receives
        recipient, agent = nearest(frm), subject
    elif claim_noun is not None:
        # who asserts the claim receives: the claim's genitive attribute ("Die Forderungen aller
        # Geschädigten summieren sich auf …"), else the subject; who puts a figure on it
        # ("Die Versicherer beziffern die Forderungen der Opfer auf …") or rejects it ("Der
        # Minister lehnte die Forderungen der Länder über … ab") does not make it
        owner = _claim_owner(doc, claim_noun, parties, lowers)
        rejecting = any(lowers[t] in role_cues("rejecting_words") for t in range(clause_start, clause_end))
        if estimating or rejecting:
            recipient = owner or (nearest(to) if category != "damage" and not rejecting else None)
        else:
            recipient = owner or (subject if subject is not None and clause_start <= subject.start < clause_end else None)
        # who pays: after "von", or the one sued ("eine Klage gegen die Baufirma")
        agent = nearest([e for e in frm if e is not recipient]) or nearest(
            [e for e in parties if e is not recipient and before_word(e) == "gegen"]
        )
    elif receiving or category == "revenue":  # "Moskau erhielt ...", "der Konzern setzte ... um": the subject gets it
        recipient = subject or nearest(to)
        if "claim" in classes and not fine and (beneficiary := _claimed_for(to, before_word, clause_start, clause_end, data)) is not None:
            recipient = beneficiary  # "Der Anwalt fordert für seine Mandantin 80.000 Euro": she would get it
        if recipient is not None and _finances(recipient) and _passive_support(clause_start, clause_end, lowers, data):
            recipient = None  # "Der Ausbau wird vom Land gefördert": what is paid for gets nothing
        # "Eine Rentnerin aus Kassel erhielt …": a phrase of origin right after the receiver says
        # where it is from, not who pays ("Der Chef von X verdient …": X may pay him)
        agent = nearest([e for e in frm if recipient is None or before_index(e) != recipient.end or before_word(e) not in role_cues("origin_prepositions")])
        if agent is None:  # "Der Verein wird durch die Stadt mit 5 Millionen unterstützt": the passive's doer
            agent = nearest([e for e in parties if e is not recipient and clause_start <= e.start < clause_end and _after_doer_preposition(doc, e, clause_start, lowers, data)])
        if agent is None:  # "verdient bei der Fluglinie", "sammelte bei Investoren ein": who pays
            agent = nearest(
                [
                    e
                    for e in parties
                    if clause_start <= e.start < clause_end
                    and e.label_ != "place"
                    and e is not recipient
                    and before_word(e) in role_cues("receiving_payer_prepositions")
                ]
            )
        if agent is None and billing:  # "stellte dem Veranstalter … in Rechnung", "verrechnen uns …": the billed pays
            billed = [e for e in plain if e is not subject and e.end <= amount.start]  # "den beiden Urlaubern"
            agent = nearest([e for e in dative + to + billed if e is not recipient and clause_start <= e.start < clause_end]) or _dative_pronoun(
                doc, clause_start, clause_end, lowers, recipient
            )
        if agent is None and receiving and not billing and not (names_earnings(doc, amount) and _pays_before(doc, sent)):
            # "Die Firma will entschädigen: Die Opfer erhalten je 2000 Euro"; a salary's payer is
            # the employer ("Der Versicherer legte seinen Vergütungsbericht vor. Der Chef erhielt
            # …"), not who paid a sum of its own in the sentence before
            agent = _paragraph_topic(doc, sent, lowers, data)
    elif not paying and not costing and not dative and (earner := _earner(doc, sent, clause_start, clause_end, subject, parties, lowers, data)) is not None:
        recipient, agent = earner, None  # "Die Pflegerin hat ein Nettogehalt von 2.300 Euro": she earns it
    elif estimating:  # "Die Versicherer beziffern den Schaden auf ...": they neither pay nor receive
        # "den Schaden für die Gemeinde": whom a damage hurts receives nothing
        recipient, agent = (nearest(to) if category != "damage" else None), None
    elif costing:  # "Die Tests kosteten den Bund 17 Milliarden": what costs pays nothing, its object does
        _verb_classes(doc, sent.start, sent.end, data)
        verb = next((t for t in range(sent.start, sent.end) if doc_cache(doc)["party_verbs"][t] == "cost"), clause_start)
        recipient = nearest(to)
        agent = next((e for e in plain + dative if verb < e.start < amount.start), None)
        if agent is None and verb >= amount.end:
            # "dessen Umbau die Stadt 155 Millionen Euro gekostet hat": the object before the amount
            agent = max((e for e in plain + dative if clause_start <= e.start and e.end <= amount.start), key=lambda e: e.start, default=None)
        if subject is not None and _lets_itself_cost(clause_start, clause_end, lowers):
            agent = subject  # "Der Staat lässt sich die Rettung des Konzerns 9 Milliarden kosten": he pays
        elif agent is not None:
            agent = _with_conjunct(doc, agent, plain + dative, amount.start)  # "kosten die Stadt und den Kanton …"
    elif category == "other" and not paying:
        # deficits, debts, provisions: the body that has them ("Der Verein hatte ein Defizit von …")
        # bears them; a price or rate has no payer and no receiver
        owned = any(
            lowers[t].endswith(role_cue_endings("owned_figure_heads")) for t in range(clause_start, clause_end)
        )
        recipient, agent = None, subject if owned else None
    else:
        own = next((e for e in (nearest(to), nearest(objects)) if e is not None and clause_start <= e.start < clause_end), None)
        if parsed_recipient is not None and own is not None and not clause_start <= parsed_recipient.start < clause_end:
            parsed_recipient = None  # "dem Verein 5000 Euro und dem Chor 2000 Euro": the amount's own conjunct
        # "überweist für den Stürmer 85 Millionen an den BVB": whom the money goes to, over whom it is for
        to_party = nearest([e for e in to if before_word(e) in role_cues("destination_prepositions")]) or nearest(to)
        own_dative = nearest([e for e in dative if clause_start <= e.start < clause_end])
        if to_party is not None and own_dative is not None and (
            before_word(to_party) in role_cues("purpose_prepositions") or any(to_party is owner for owner, _ in purpose_owners)
        ):
            to_party = own_dative  # "muss dem Land Berlin für die Unterbringung 120 Millionen erstatten"
        if to_party is not None and own is not None and not clause_start <= to_party.start < clause_end:
            to_party = own  # "zahlte der Witwe 200.000 Euro und den Kindern …": the receiver of the amount's own conjunct
        recipient, agent = parsed_recipient or to_party or nearest(objects), subject or nearest(frm)
        if recipient is None and paying:
            recipient = _dative_pronoun(doc, clause_start, amount.start, lowers, agent)
        if recipient is None and "due" in classes:  # "Ihnen stehen jeweils 400 Euro zu": the dative's antecedent
            recipient = _dative_pronoun(doc, clause_start, clause_end, lowers, agent)
        if recipient is None and "due" in classes and agent is not None and (
            _determiner_before(doc, agent.start, sent) in role_cues("plural_datives") | _words("dative_determiners")
            or agent is subject
            and agent.start < amount.start
        ):
            # "Den Überlebenden, von denen …, stehen je 8000 Euro zu", "Zusätzlich stehen Italien 190
            # Milliarden zu": the money is the subject of "zustehen", the party before it is its dative
            recipient, agent = agent, None
        if recipient is not None and recipient not in to and _changes_sum(doc, amount, clause_start, clause_end, lowers):
            recipient = None  # "hat den Verteidigungshaushalt … auf 8 Milliarden erhöht": what is changed
        if agent is None and paying:
            agent = _paragraph_topic(doc, sent, lowers, data)
    if recipient is None and paying and not receiving:
        recipient = (
            _dative_noun(doc, clause_start, amount.start, lowers, data, exclude, agent)
            or _accusative_after_an(doc, amount.end, clause_end, lowers, data)
            # "überweisen an Tottenham Hotspur eine Ablöse von …": the receiver before the amount
            or _accusative_after_an(doc, max(clause_start, verb_start), amount.start, lowers, data)
        )
    if recipient is None and not receiving and not estimating:
        # "Das Land unterstützt die Bergrettung mit 2 Millionen": the object of a verb of support
        recipient = _supported_object(doc, clause_start, clause_end, amount, agent or subject, parties, lowers, data)
    if recipient is None and not receiving and not estimating:
        recipient = _beneficiary(doc, clause_start, clause_end, lowers)
    if recipient is None and not receiving and not estimating:
        # "Der Autobauer einigte sich mit den Klägern auf eine Zahlung von …": who settles with the payer
        recipient = _settlement_partner(doc, clause_start, clause_end, parties, agent, lowers)
    if agent is None and category in ("payment", "cost") and not receiving:
        # "die Zahlung der Versicherung in Höhe von …", "Die Ausgaben des Bundes steigen auf …"
        agent = _genitive_payer(doc, [p for p in parties if clause_start <= p.start < clause_end and case(p) == "genitive"], lowers)
    if agent is None and not receiving and category != "revenue":
        # "Die Förderung durch den Bund beläuft sich auf …", "Die Übernahme von X durch TPG kostet …":
        # the doer of the noun of paying or buying pays
        agent = nearest([e for e in parties if clause_start <= e.start < clause_end and _after_doer_preposition(doc, e, clause_start, lowers, data)])
    if recipient is None and not receiving:
        # "übernimmt die Reederei X für 138 Millionen", "für den Kauf des Versorgers Y": what is bought
        recipient = _bought(doc, sent, parties, agent, lowers)
    if recipient is None and (not receiving or claim_noun is not None) and not estimating and _is_ransom(doc, clause_start, clause_end, lowers):
        recipient = _kidnapper(doc, amount, agent, lowers, data)
    if agent is not None and agent is subject and _released_for_ransom(doc, clause_start, clause_end, lowers):
        agent = None  # "Die Geisel kam nach der Zahlung eines Lösegelds frei": the one freed paid nothing
    if category == "revenue":
        recipient = _revenue_recipient(doc, amount, recipient, sent, clause_start, clause_end, parties, exclude, lowers, data)
    if category == "revenue":
        agent = None  # income is earned from sales, not paid by a party of its clause ("Milch von 2300 Betrieben")
    if category == "payment" and agent is not None and agent[-1].lower_.endswith(role_cue_endings("court_heads")):
        agent = None  # "Der Schöffensenat sprach den Kindern je 15.000 Euro zu": the court orders, it does not pay
    if (fine or category == "damage" and paying) and recipient is None:
        recipient, agent = _fine_receiver(doc, amount, agent, fine, clause_start, clause_end, lowers)
    if recipient is not None:
        chain = _conjuncts_before(doc, recipient, parties, sent.start, lowers)
        if agent is not None and agent == chain[0]:
            chain = [recipient]  # "Bund und Länder zahlen …": the list is the subject, no receivers
        elif agent is not None and agent in chain:
            # "zahlt Polen, Tschechien und der Slowakei …": a conjunct is no subject; the party before the list is
            agent = next((p for p in reversed(plain) if p.end <= chain[0].start), None)
        recipient = chain[0]
    if agent is not None and recipient is not None and agent == recipient:
        agent = None
    if category == "damage" and agent is not None and agent[-1].lower_ in role_cues("own_result_subjects"):
        agent = named_party(doc, agent)  # "Das Unternehmen wies einen Verlust aus": the company it names
    # of a name, its occurrence nearest to the amount (corpus convention, ``referents.py``)
    return (
        nearest_occurrence(doc, _apposition_name(doc, agent, sent, data), amount),
        nearest_occurrence(doc, _apposition_name(doc, recipient, sent, data), amount),
    )


def _clause_parties(
    doc: Doc, sent: Span, amount: Span, exclude: Optional[Span], lowers: Sequence[str], data: GermanData
) -> list[Span]:
    """The parties of the amount's sentence that may pay or receive it: not the source
    (``exclude``), not the reporter's name, none inside the amount."""
    reporter_name = _reporter_name(doc, exclude)
    found = _parties(doc, sent, lowers, data)
    pronouns = _prepositional_pronouns(doc, sent, lowers)
    if pronouns:
        found = sorted(found + pronouns, key=lambda p: p.start)
    return [
        p
        for p in found
        if not (exclude is not None and p.start < exclude.end and exclude.start < p.end)
        and not (reporter_name is not None and p.start == reporter_name)
        and not (amount.start <= p.start < amount.end)
    ]


def _prepositional_pronouns(doc: Doc, sent: Span, lowers: Sequence[str]) -> list[Span]:
    """Pronouns after a preposition of paying or receiving whose antecedent the mention layer
    resolved ("fordert von ihm Schadenersatz", "verhängte gegen ihn eine Geldstrafe"): parties
    at the pronoun's own offsets (so clause and distance rules read where it stands), which
    ``referents.resolve_party`` turns into the antecedent's name."""
    prepositions = role_cues("pronoun_party_prepositions")
    if not any(lowers[t] in prepositions for t in range(sent.start, sent.end - 1)):
        return []
    return [
        m
        for m in mentions_in(doc, sent.start + 1, sent.end, ("pronoun",)) or []
        if len(m) == 1
        and mention_antecedent(m)
        # one of its own clause is mostly that clause's subject, which German would name by "sich"
        and (mention_antecedent(m)[0] < sent.start or any(lowers[t] in CLAUSE_BREAKS for t in range(mention_antecedent(m)[1], m.start)))
        and lowers[m.start - 1] in prepositions
        and lowers[m.start] in role_cues("object_pronouns")
        # "einem von ihnen", "jedem von ihnen": one of them, no party the antecedent names
        and not (m.start >= 2 and lowers[m.start - 2] in role_cues("partitive_heads"))
    ]


def _money_clause(doc: Doc, sent: Span, amount: Span, lowers: Sequence[str]) -> tuple[int, int]:
    """(start, end) of the clause whose parties pay or receive the amount: its stretch between
    clause marks, from before a relative clause it opens, its own conjunct of a gapped one."""
    clause_start, clause_end = amount_clause(doc, sent, amount)
    clause_start = _before_relative_clause(doc, sent, clause_start, lowers)
    return _gapped_conjunct(doc, amount, clause_start, clause_end)


def _conjunct_parties(
    doc: Doc,
    amount: Span,
    parties: Sequence[Span],
    clause_start: int,
    cues: SentenceCues,
    trigger: Optional[Cue],
    lowers: Sequence[str],
    exclude: Optional[Span],
    data: GermanData,
    category: str,
) -> Optional[tuple[Optional[Span], Optional[Span]]]:
    """(agent, recipient) of an amount in a conjunct that leaves out its verb, shared with the
    amount before it; None for an amount with a verb of its own."""
    sent = cues.sent
    before = _amount_before_conjunct(doc, clause_start)
    own = None if before is None else _conjunct_party(doc, clause_start, amount, parties, lowers)
    if before is not None and own is None and doc[clause_start - 1].text == ",":
        before = None  # after a comma only a party makes a gapped conjunct; a new clause may follow
    listed = None if before is not None else _listed_name(doc, sent, clause_start, amount, parties, lowers, data)
    if listed is not None:
        # "Vueling soll 39 Millionen Euro zahlen, Easyjet 29 Millionen": a name the mention layer
        # never saw takes the role of the party in front of the amount of the clause before
        listed_name, previous_amount = listed
        shared = find_money_parties(doc, previous_amount, cues, trigger, lowers, exclude, data, category)
        return _gapped_roles(doc, shared, listed_name, previous_amount)
    if before is not None and not _verb_classes(doc, clause_start, amount.start, data):
        shared = find_money_parties(doc, before, cues, trigger, lowers, exclude, data, category)
        if own is None:
            # "überweist an Bayern 3 Millionen und an Sachsen 2 Millionen": the receiver of the
            # conjunct's own "an" phrase, where the amount before had one too
            return _gapped_receiver(doc, shared, parties, clause_start, before, amount, lowers, data)
        agent, recipient = _gapped_roles(doc, shared, own, before)
        # a shared name as it stands nearest to this amount, not to the one before
        return nearest_occurrence(doc, agent, amount), nearest_occurrence(doc, recipient, amount)
    return None


def _conjunct_party(doc: Doc, clause_start: int, amount: Span, parties: Sequence[Span], lowers: Sequence[str]) -> Optional[Span]:
    """The party that opens a conjunct before its amount, only articles before it ("und der
    Feuerwehr 2000 Euro", ", Polen 35 Milliarden"; not "und für den Energiesektor 68 Milliarden")."""
    return next(
        (
            p
            for p in parties
            if clause_start <= p.start
            and p.end <= amount.start
            and all(lowers[t] in _words("determiners") or lowers[t] in _words("dative_determiners") for t in range(clause_start, p.start))
        ),
        None,
    )


def _parsed_parties(doc: Doc, amount: Span, verb: int, parties: Sequence[Span]) -> tuple[Optional[Span], Optional[Span]]:
    """(subject, recipient) of the amount's verb ``verb`` as the parse names them: its subject,
    and its dative object or the object of its "an" phrase; one phrase is not both."""
    parsed_subject = party_at(parties, doc, syntax.subject_of(doc, verb))
    to_words = _words("to_prepositions")
    parsed_recipient = party_at(parties, doc, syntax.dative_object_of(doc, verb)) or next(
        (
            p
            for p in (party_at(parties, doc, i) for i in syntax.prepositional_objects(doc, (verb, amount.root.i), to_words, ("an",)))
            if p is not None
        ),
        None,
    )
    if parsed_subject is not None and parsed_subject == parsed_recipient:
        parsed_recipient = None  # one phrase is not both: the subject reading wins
    return parsed_subject, parsed_recipient


def _subject_pronoun(
    doc: Doc,
    amount: Span,
    cues: SentenceCues,
    clause_start: int,
    clause_end: int,
    moves_money: bool,
    category: str,
    lowers: Sequence[str],
    data: GermanData,
) -> Optional[Span]:
    """The party a subject pronoun of the amount's clause stands for; of a speaker's "wir" that
    pays or receives (``moves_money``), the company the speaker speaks for."""
    pronoun = pronoun_subject(doc, clause_start, clause_end, parties=True)
    if (
        pronoun is None
        and moves_money
        and category != "damage"
        and _speaks_for_us(clause_start, clause_end, lowers)
        and not _private_speaker(cues, lowers)
    ):
        # "Vor Steuern haben wir 486 Millionen verdient": the company the speaker speaks for
        pronoun = speaker_company(doc, amount, data)
    return pronoun


def _name_subject(
    doc: Doc,
    sent: Span,
    amount: Span,
    subject: Optional[Span],
    infinitive: bool,
    parties: Sequence[Span],
    exclude: Optional[Span],
    clause_start: int,
    clause_end: int,
    lowers: Sequence[str],
    data: GermanData,
) -> Optional[Span]:
    """The clause's subject (``subject`` as found so far) where a relative pronoun, a name no
    mention covers or the subject of the clause before an infinitive clause names it."""
    relative = _relative_subject(doc, clause_start, clause_end, parties, lowers)
    # a name the mention layer never saw ("Velmar erzielte", "zahlt die Mobiliar"): the subject
    # where none was found, and before a party the finite verb follows ("Großbritannien will der
    # Ukraine ... bereitstellen")
    if relative is not None:
        subject, unseen = relative, None  # "seine Versicherung, die den Opfern 640.000 Euro zahlte"
    elif not infinitive:
        unseen = _unseen_subject(doc, clause_start, clause_end, amount, lowers, data)
    elif subject is None and clause_start - 2 >= sent.start:
        # the clause before it ("Die Fluglinie Aerokraft kündigte an, …") holds the subject
        before_start, _ = amount_clause(doc, sent, doc[clause_start - 2 : clause_start - 1])
        unseen = _unseen_subject(doc, before_start, clause_start - 1, amount, lowers, data, any_verb=True)
        # "Er soll bereit gewesen sein, 500 Millionen zu bieten": the pronoun's antecedent
        governing = pronoun_subject(doc, before_start, clause_start - 1, parties=True)
        if unseen is None and governing is not None and governing.label_ != "pronoun":
            subject = governing
    else:
        unseen = None
    if (
        unseen is not None
        and not any(p.start < unseen.end and unseen.start < p.end for p in parties)
        and not (exclude is not None and unseen.start < exclude.end and exclude.start < unseen.end)
        and not mentions_in(doc, unseen.start, unseen.end, _NO_PARTY_KINDS)  # "Der Sturm hat …": no name
        and (subject is None or not clause_start <= subject.start < clause_end or unseen.end <= subject.start)
    ):
        subject = unseen
    return subject


def _receiving_objects(
    doc: Doc,
    sent: Span,
    amount: Span,
    subject: Optional[Span],
    plain: Sequence[Span],
    dative: Sequence[Span],
    supported: Sequence[Span],
    paying: bool,
    infinitive: bool,
    clause_start: int,
    verb_start: int,
    lowers: Sequence[str],
) -> list[Span]:
    """The objects of the amount's clause that may receive it: its dative objects, the objects
    of a verb of support, and a party (``plain``: of no preposition) that an object's article,
    a verb of support or a paying verb marks as one; none of another verb phrase."""
    # The first party after the subject with a dative article ("sagt der Ukraine ... zu", "stellte
    # dem Verein ... bereit") or after a verb of support ("unterstützt die Stiftung mit") receives.
    objects = dative + supported + [
        e
        for e in plain
        if e is not subject
        and e.start > sent.start
        and (
            lowers[e.start - 1] in _words("dative_articles")
            or lowers[e.start - 1] in _words("support_verbs")
            or e.start > sent.start + 1
            and lowers[e.start - 2] in _words("support_verbs")
            or paying
            and _bare_object(doc, e, subject, amount, clause_start, lowers)
            or infinitive
            and clause_start <= e.start < amount.start
        )
    ]
    # the object of another verb phrase of the clause receives nothing ("schickte Helfer und
    # stellte 2 Millionen bereit")
    objects = [e for e in objects if not clause_start <= e.start < verb_start]
    # "übernimmt den Berliner Modeversender X": a place adjective is an attribute, no object
    objects = [e for e in objects if not (is_place_adjective(e) and e.end < sent.end and doc[e.end].is_title)]
    return objects


def _receives(
    doc: Doc,
    amount: Span,
    trigger: Optional[Cue],
    category: str,
    classes: set[str],
    clause_start: int,
    clause_end: int,
    lowers: Sequence[str],
    data: GermanData,
) -> bool:
    """Whether the subject of the amount's clause receives the amount: a verb or cue of
    receiving, a claim to a payment or damage, a figure reached, a passive of support."""
    return (
        trigger is not None
        and lowers[trigger.start] in _words("receive_words")
        or "receive" in classes
        or "claim" in classes
        and category in ("payment", "damage")
        or _reaches_figure(doc, amount, clause_start, lowers)
        or _passive_support(clause_start, clause_end, lowers, data)
    )


def _invoices(start: int, end: int, lowers: Sequence[str]) -> bool:
    """Whether the clause bills its amount: "in Rechnung" (``invoice_phrases``) with "stellen"."""
    return any(
        lowers[t] in role_cues("invoice_phrases") and lowers[t - 1] == "in" for t in range(start + 1, end)
    ) and any(lowers[t].startswith(("stell", "gestellt")) for t in range(start, end))


def _claimed_for(
    to: Sequence[Span], before_word: Callable[[Span], str], start: int, end: int, data: GermanData
) -> Optional[Span]:
    """The person or group a claim of the clause is made for ("fordert für seine Mandantin"), or None; a
    captive is none ("verlangten für jede Geisel 1 Million": the price of his release)."""
    return next(
        (
            e
            for e in to
            if start <= e.start < end
            and before_word(e) in role_cues("purpose_prepositions")
            and (e.label_ in ("person", "group") or data.person_nouns.get(e[-1].lower_))
            and e[-1].lower_ not in _captive_nouns()
        ),
        None,
    )


@lru_cache(maxsize=1)
def _captive_nouns() -> frozenset[str]:
    """Nouns of captives (casualty_terms.json nouns/captured: "Geisel", "Entführte")."""
    return frozenset(load_table("casualty_terms.json")["nouns"]["captured"])


def _collects_for(sent: Span, to: Sequence[Span], before_word: Callable[[Span], str], lowers: Sequence[str]) -> bool:
    """Whether the sentence collects money (``collecting_verbs``) for a party after "für"."""
    return any(before_word(e) in role_cues("purpose_prepositions") for e in to) and any(
        lowers[t] in role_cues("collecting_verbs") for t in range(sent.start, sent.end)
    )


def _estimates(
    amount: Span, classes: set[str], category: str, clause_start: int, clause_end: int, lowers: Sequence[str]
) -> bool:
    """Whether the amount's clause only puts a figure on the amount, so that its subject neither
    pays nor receives: a verb of estimating, or a damage its subject expects."""
    # "Die Gemeinde rechnet mit Schäden von 30 Millionen": who expects a damage does not owe it
    # (its own loss it bears: "rechnet mit Einnahmeausfällen", "mit einem Fehlbetrag")
    return classes == {"estimate"} or (
        category == "damage"
        and any(lowers[t] in role_cues("expecting_verbs") for t in range(clause_start, amount.start))
        and not any(
            lowers[t].endswith(role_cue_endings("lost_income_heads") + role_cue_endings("own_result_nouns")) for t in range(clause_start, clause_end)
        )
    )


def _is_fine(
    doc: Doc,
    amount: Span,
    trigger: Optional[Cue],
    category: str,
    clause_start: int,
    clause_end: int,
    lowers: Sequence[str],
    data: GermanData,
) -> bool:
    """Whether the amount is a fine: a fine word as its cue or in its clause, a sentence to the
    sum itself, a damage whose verb imposes it."""
    fine = trigger is not None and inflected_in(lowers[trigger.start], data.fine_words, data) or any(
        doc[t].is_title and inflected_in(lowers[t], data.fine_words, data) for t in range(clause_start, clause_end)
    )  # "zu einer Geldstrafe von 7.200 Euro verurteilt": the verb may be the category's cue
    # "hatte das Sportgericht den BVB zu 140.000 Euro verurteilt": sentenced to the sum itself
    fine = fine or _sentenced_to_sum(doc, clause_start, clause_end, amount, lowers)
    # "Die Aufsicht bestrafte die Bank mit 1,2 Millionen Euro": a damage whose verb imposes it
    # (not a sentence to pay damages: "zur Zahlung von 90.000 Euro an die Patientin verurteilt")
    fine = fine or (
        category == "damage"
        and any(lowers[t] in role_cues("fine_imposing_verbs") for t in range(clause_start, clause_end))
        and not _sentenced_to_pay(doc, clause_start, amount, lowers)
    )
    return fine


def _revenue_recipient(
    doc: Doc,
    amount: Span,
    recipient: Optional[Span],
    sent: Span,
    clause_start: int,
    clause_end: int,
    parties: Sequence[Span],
    exclude: Optional[Span],
    lowers: Sequence[str],
    data: GermanData,
) -> Optional[Span]:
    """Who earns a revenue: the clause's recipient unless it is the income itself, else the owner
    of the figure, as the body the report names; never the source (``exclude``)."""
    if recipient is not None and _is_money_word(recipient, data):
        recipient = None  # "Die Zuschauereinnahmen gingen … zurück": the income is no one who earns it
    if recipient is not None and not mention_is_name(recipient) and _forecasts(clause_start, clause_end, lowers):
        # "Analysten hatten mit 1,4 Milliarden gerechnet", "Der Vorstand erwartet einen Gewinn von …":
        # who forecasts a revenue does not earn it; the company the report names does (where it
        # names none, the subject stays: "Die Nordbank erwartet …" may be a name no list knows)
        recipient = _figure_owner(doc, clause_start, clause_end, parties, lowers, data) or topic_name(doc, amount.start, ("organisation",)) or recipient
    # the company that earns it: the owner after the income noun ("der Umsatz des Konzerns"),
    # else named where the report names it ("Die Kelmer AG legte Zahlen vor. Der Umsatz
    # stieg ...", "Der Konzern verdiente ...")
    recipient = recipient or _figure_owner(doc, clause_start, clause_end, parties, lowers, data)
    if recipient is not None and not _introduced(doc, recipient, sent, lowers) and not _finances(recipient):
        # "dass bewaffnete Gruppen … einnehmen": a phrase with no article or an indefinite
        # one names a new referent, no body named before; nor does a sector ("die
        # Versicherungsbranche") stand for one body
        recipient = named_party(doc, recipient)
    elif recipient is None:
        recipient = topic_name(doc, amount.start, ("organisation",))
    if recipient is not None and exclude is not None and recipient.start < exclude.end and exclude.start < recipient.end:
        recipient = None  # "Laut Reuters hat … erzielt": who reports the figure does not earn it
    return recipient


def _forecasts(start: int, end: int, lowers: Sequence[str]) -> bool:
    """Whether the clause forecasts its figure ("rechnet mit", "erwartet": ``expecting_verbs``, ``forecasting_verbs``)."""
    words = role_cues("expecting_verbs") | role_cues("forecasting_verbs")
    return any(lowers[t] in words for t in range(start, end))


def _fine_receiver(
    doc: Doc,
    amount: Span,
    agent: Optional[Span],
    fine: bool,
    clause_start: int,
    clause_end: int,
    lowers: Sequence[str],
) -> tuple[Optional[Span], Optional[Span]]:
    """(recipient, agent) of a fine or damage whose clause names no recipient: the authority
    named before it; an authority as the payer of a fine it imposes receives it instead."""
    # "Hinterleitner muss eine Geldstrafe von 12.000 Euro zahlen" after "Der Strafsenat der
    # Bundesliga hat entschieden": the body that imposed it, named before in the paragraph; a
    # damage someone must pay is a fine also where its clause names none (CLAIMS.md: fines are
    # damage; "Das Magistrat hat eine Strafe verhängt: Die GmbH muss 36.000 Euro zahlen")
    # "Zum Vergleich: Die Deutsche Bank musste … zahlen": another party's case, not the paragraph's authority's
    recipient = None if _compares(doc, amount, lowers) else _fine_authority(doc, amount, agent)
    if (
        recipient is None
        and fine
        and agent is not None
        and agent[-1].lower_.endswith(role_cue_endings("fine_authority_heads"))
        and any(lowers[t] in role_cues("fine_imposing_verbs") for t in range(clause_start, clause_end))
    ):
        # "Die Bundesliga hat uns eine Strafe … aufgebrummt": the body that imposes it receives
        recipient, agent = agent, None
    return recipient, agent


def _imposes_fine_itself(agent: Optional[Span]) -> bool:
    """Whether the payer found for a damage is the court or authority that imposes, lowers or
    confirms it ("Die Behörde verhängte eine Busse von …", "Das Gericht senkte die Summe auf …"):
    the fined party owes a fine (CLAIMS.md), the body that imposes it owes nothing."""
    if agent is None:
        return False
    head = agent[-1].lower_
    return head.endswith(role_cue_endings("fine_authority_heads")) or head.endswith(role_cue_endings("court_heads"))


def _seizes(sent: Span, clause: tuple[int, int], lowers: Sequence[str]) -> bool:
    """Whether the amount's clause seizes or confiscates money ("beschlagnahmt", "ordnete die
    Einziehung an", "stellten … sicher", the verb perhaps before a list of what was seized):
    the authority that takes it pays nothing."""
    start, end = clause
    if any(lowers[t] in role_cues("seizing_words") for t in range(start, end)):
        return True
    for pair in role_cues("seizing_separable_verbs"):
        stem, particle = pair.split()
        at = next((t for t in range(start, sent.end) if lowers[t] == particle), None)
        if at is not None and any(lowers[t].startswith(stem) for t in range(sent.start, at)):
            return True
    return False


def names_earnings(doc: Doc, amount: Span) -> bool:
    """Whether the amount's clause names a regular pay for work ("bezog ein Monatsgehalt von …",
    "für einen Monatslohn von …"): a salary is paid by an employer, not by whoever paid the
    payment before it."""
    sent = sentence_of(doc, amount.start)
    start, end = amount_clause(doc, sent, amount)
    return any(doc[t].is_title and doc[t].lower_.endswith(role_cue_endings("salary_heads")) for t in range(start, end))


#: How many words before a noun of earnings its possessive may stand ("Ihr monatliches Bruttogehalt").
_EARNER_REACH = 3


def _earner(
    doc: Doc,
    sent: Span,
    start: int,
    end: int,
    subject: Optional[Span],
    parties: Sequence[Span],
    lowers: Sequence[str],
    data: GermanData,
) -> Optional[Span]:
    """Who earns the salary, fee or pension that a noun of earnings in the clause ``start``..``end``
    names ("Sein Jahresgehalt beträgt …", "das Einkommen je Arbeitskraft", "Die Pflegerin hat
    ein Gehalt von …"): the owner its possessive stands for, its genitive attribute or unit, else
    the clause's subject; None without such a noun."""
    for t in range(start, end):
        if not (doc[t].is_title and lowers[t].endswith(role_cue_endings("earnings_heads"))):
            continue
        # back over an article and adjectives ("sein monatliches Gehalt") to a possessive or a preposition
        j = next(
            (
                k
                for k in range(t - 1, max(sent.start, t - _EARNER_REACH) - 1, -1)
                if not (doc[k].is_lower and doc[k].is_alpha)
                or lowers[k] in role_cues("earner_possessives")
                or lowers[k] in party_prepositions()
                or lowers[k] in _words("prepositions_before_dative")
            ),
            sent.start,
        )
        if lowers[j] in role_cues("earner_possessives"):
            if subject is not None and subject.end <= j:
                return subject  # "Der Trainer verzichtet auf sein Gehalt"
            topic = _paragraph_topic(doc, sent, lowers, data, groups=True)
            # "Der FC X hat den Stürmer Y verpflichtet. Sein Gehalt …": a person earns, the body employs
            return _person_after(doc, topic) if topic is not None and topic.label_ == "organisation" else topic
        if lowers[j] in party_prepositions() or lowers[j] in _words("prepositions_before_dative"):
            continue  # "für einen Monatslohn von …", "an Preisgeld": what the money is for or paid as
        after = next((p for p in parties if t < p.start <= t + _EARNER_REACH), None)
        if after is not None and (lowers[t + 1] in _words("genitive_determiners") or lowers[t + 1] in role_cues("per_unit_prepositions")):
            return after  # "das Gehalt des Direktors", "das Einkommen je Arbeitskraft"
        return subject if subject is not None and not subject.start <= t < subject.end else None
    return None


def _person_after(doc: Doc, topic: Span) -> Span:
    """The person a sentence names after its subject ``topic``, an organisation ("Der FC X hat
    den Stürmer Y verpflichtet": Y), who earns the pay a possessive in the next sentence
    names; ``topic`` itself when the sentence names no person after it."""
    sent = sentence_of(doc, topic.start)
    group = doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else []
    return next((m for m in group if topic.end <= m.start < sent.end and m.label_ == "person" and mention_is_name(m)), topic)


def _neuter_nominative(e: Span, article: str) -> bool:
    """Whether a determiner that is also neuter nominative or accusative ("jedes", "dieses") is
    that before the mention ``e``: its noun lacks the genitive -s ("Jedes Team erhielt …", not
    "die Kosten jedes Landes")."""
    return article in role_cues("neuter_determiners") and not e[-1].lower_.endswith("s")


def _signing_club(
    subject: Optional[Span], frm: Sequence[Span], receiving: bool, start: int, end: int, lowers: Sequence[str]
) -> Optional[Span]:
    """The club that signs a player for a fee from another ("verpflichtet den Stürmer für 30
    Millionen vom FC Porto"): the subject of a verb of ``signing_verbs`` in ``start``..``end``
    whose clause names a club left after "von"; not reflexive ("verpflichtet sich, … zu zahlen")."""
    if subject is None or receiving or not start <= subject.start < end:
        return None
    if not any(start <= e.start < end and e.start > subject.start for e in frm):
        return None
    verbs = role_cues("signing_verbs")
    for t in range(start, end):
        if lowers[t] in verbs:
            return subject if signs_player(lowers, t, start, end) else None
    return None


def _released_for_ransom(doc: Doc, start: int, end: int, lowers: Sequence[str]) -> bool:
    """Whether tokens ``start``..``end`` tell of a release for a ransom ("kam gegen ein Lösegeld
    frei"): then the clause's subject is the one freed."""
    release = role_cues("ransom_release_words")
    return any(lowers[t] in release for t in range(start, end)) and _is_ransom(doc, start, end, lowers)


def _is_ransom(doc: Doc, start: int, end: int, lowers: Sequence[str]) -> bool:
    """Whether a word of a ransom ("Lösegeld", "Lösegeldforderung") stands in ``start``..``end``."""
    return any(doc[t].is_title and lowers[t].endswith(role_cue_endings("ransom_words")) for t in range(start, end))


def _kidnapper(doc: Doc, amount: Span, payer: Optional[Span], lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """Who a ransom is paid to: the perpetrator noun ("die Entführer", "der Täter") nearest to the
    amount in its paragraph that is not its payer."""
    start, end = paragraph_bounds(doc, amount.start)
    takers = role_cues("ransom_takers")
    nouns = sorted(
        set(perpetrator_nouns(doc, start, end, lowers, data))
        | {t for t in range(start, end) if doc[t].is_title and lowers[t] in takers}
        | {  # "bewaffnete Männer"
            t
            for t in range(start, end - 1)
            if doc[t].is_lower and data.perpetrator_nouns.get(lowers[t]) and doc[t + 1].is_title
        }
    )
    nouns = [t for t in nouns if not (payer is not None and payer.start <= t < payer.end)]
    t = min(nouns, key=lambda t: abs(t - amount.start), default=None)
    if t is None:
        return None
    if doc[t].is_lower and t + 1 < len(doc) and doc[t + 1].is_title:
        return doc[t : t + 2]  # "bewaffnete Männer": the adjective the lexicon knows and its noun
    return doc[t : t + 1] if doc[t].is_title else None


def restates_figure(doc: Doc, amount: Span, lowers: Sequence[str]) -> bool:
    """Whether the amount's clause restates a figure said before it ("Umgerechnet entspricht die
    Strafe rund 2,1 Milliarden Dollar"; ``restating_words``)."""
    start, end = amount_clause(doc, sentence_of(doc, amount.start), amount)
    return any(lowers[t] in role_cues("restating_words") for t in range(start, end))


def _after_doer_preposition(doc: Doc, party: Span, start: int, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether ``party`` is the doer of a passive or of a noun ("durch den Finanzinvestor TPG",
    "seitens der Regierung"): a preposition of ``doer_prepositions`` before it, over its article,
    adjectives and a noun in apposition. "durch" names the doer only after a noun ("die Förderung
    durch den Bund") or in a passive; else it may be a route ("Durch Italien fließen …")."""
    j = party.start - 1
    if j >= start and doc[j].is_title and lowers[j] not in role_cues("doer_prepositions"):
        j -= 1  # the noun of an apposition: "durch den Finanzinvestor TPG"
    while j >= start and (lowers[j] in _words("determiners") or doc[j].is_lower and doc[j].is_alpha and lowers[j] not in role_cues("doer_prepositions")):
        j -= 1
    if j < start or lowers[j] not in role_cues("doer_prepositions"):
        return False
    if lowers[j] != "durch":
        return True
    after_noun = j > start and doc[j - 1].is_title and not doc[j - 1].is_sent_start
    passive = any(lowers[t] in data.harm_roles["passive_auxiliaries"] for t in range(start, party.start))
    return after_noun or passive


def _genitive_payer(doc: Doc, genitives: Sequence[Span], lowers: Sequence[str]) -> Optional[Span]:
    """Of the parties in the genitive, the first that owns a noun of money paid or spent
    (``spending_heads``) right before it, its article and adjectives between: "die Zahlung der
    Versicherung", "Die Corona-Hilfen des Bundes". A group ("der Opfer") pays nothing so."""
    for party in genitives:
        if party.label_ == "group":
            continue
        j = party.start - 1
        while j > 0 and doc[j].is_lower and doc[j].is_alpha:
            j -= 1  # the article and adjectives: "des kantonalen"
        if j >= 0 and j < party.start - 1 and doc[j].is_title and lowers[j].endswith(role_cue_endings("spending_heads")):
            return party
    return None


def _preposition_before(doc: Doc, amount: Span, start: int, lowers: Sequence[str], words: frozenset[str]) -> Optional[int]:
    """The token of one of ``words`` before the amount with only lower-case words between
    ("auf bis zu 11.200 Euro"), at ``start`` or after; None if there is none."""
    t = amount.start - 1
    while t > start and doc[t].is_lower and lowers[t] not in words:
        t -= 1
    return t if t >= start and lowers[t] in words else None


def _reaches_figure(doc: Doc, amount: Span, clause_start: int, lowers: Sequence[str]) -> bool:
    """ "Oberärzte kommen künftig auf bis zu 11.200 Euro", "Bergbetriebe kommen auf über 100.000
    Franken": a verb of reaching a figure ("figure_verbs") with "auf" before the amount (adverbs
    between): its subject gets the money."""
    t = _preposition_before(doc, amount, clause_start, lowers, frozenset({"auf"}))
    return t is not None and any(lowers[k] in role_cues("figure_verbs") for k in range(clause_start, t))


#: How many lower-case words may stand between a verb of support and its object ("unterstützt aber die").
_SUPPORT_REACH = 3


def _support_verb_before(doc: Doc, party: Span, start: int, lowers: Sequence[str]) -> Optional[int]:
    """The verb of support ("unterstützt", "fördert") before ``party`` in its clause, with only
    lower-case words between ("unterstützt aber die Caritas"), or None."""
    j = party.start - 1
    while j >= start and party.start - j <= _SUPPORT_REACH and doc[j].is_lower and doc[j].is_alpha:
        if lowers[j] in _words("support_verbs"):
            return j
        j -= 1
    return None


def _passive_support(start: int, end: int, lowers: Sequence[str], data: GermanData) -> bool:
    """ "Die verletzten Kollegen wurden mit je 35.000 Franken entschädigt": a verb of support in
    the passive; its subject gets the money."""
    words = set(lowers[start:end])
    return bool(words & set(data.harm_roles["passive_auxiliaries"]) and words & _words("support_verbs"))


def _dative_pronoun(doc: Doc, start: int, end: int, lowers: Sequence[str], subject: Optional[Span]) -> Optional[Span]:
    """The antecedent of a dative pronoun before the amount ("Die Stadt muss ihr 11.000 Euro
    zahlen"), not of one that owns the noun after it ("ihr Anwalt"): the one the mention layer
    gives, else the person or group named last before it in its paragraph, a few sentences
    back, that is not the clause's subject (who pays does not receive)."""
    for t in range(start, end):
        if lowers[t] not in role_cues("dative_pronouns") or t + 1 < len(doc) and doc[t + 1].is_title:
            continue
        resolved = next((mention_antecedent(m) for m in mentions_in(doc, t, t + 1, ("pronoun",)) or [] if mention_antecedent(m)), None)
        if resolved:
            return Span(doc, *resolved)
        para_start, _ = paragraph_bounds(doc, t)
        reach = max(para_start, sentence_start(doc, t) - _PRONOUN_REACH)
        people = [
            m
            for m in mentions_in(doc, reach, t, ("person", "group")) or []
            if not (subject is not None and m.start < subject.end and subject.start < m.end)
            and not m.text.islower()
            and not _genitive_attribute(doc, m)
        ]
        return people[-1] if people else None
    return None


def _with_conjunct(doc: Doc, party: Span, parties: Sequence[Span], before: int) -> Span:
    """The party with a second one coordinated to it before token ``before`` ("die Stadt und den
    Kanton", "Bund und Länder"): both share the role, and the span holds both."""
    for e in parties:
        if e.start <= party.end or e.end > before:
            continue
        between = [doc[k].lower_ for k in range(party.end, e.start)]
        if between and between[0] in _words("coordinators") and all(w in _words("determiners") for w in between[1:]):
            return Span(doc, party.start, e.end, label=party.label_)
    return party


def _genitive_attribute(doc: Doc, m: Span) -> bool:
    """ "die Pflegerin der Verstorbenen": a mention after a noun and a genitive article is an
    attribute of that noun, which a later pronoun stands for rather than the attribute."""
    j = m.start - 1
    while j > 0 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in ("der", "des"):
        j -= 1  # "der verstorbenen Frau": over the adjectives
    return j > 0 and doc[j].lower_ in ("der", "des") and doc[j - 1].is_title and doc[j - 1].is_alpha and not doc[j - 1].is_sent_start


#: How many tokens before the sentence of a dative pronoun its antecedent may stand.
_PRONOUN_REACH = 40


def _finances(party: Span) -> bool:
    """A party with no name that a noun of what money finances heads ("Energiesektor",
    "Trinkwasserversorgung", "betroffene Region", "Kraftwerken"): no recipient."""
    return not mention_is_name(party) and party[-1].lower_.endswith(role_cue_endings("purpose_heads"))


def _is_money_word(party: Span, data: GermanData) -> bool:
    """A party with no name that a word of money heads ("500.000 Euro an Dividenden"): after "an"
    it says what the money is paid as, no receiver."""
    head = party[-1].lower_
    return not mention_is_name(party) and bool(data.money_categories.get(head) or data.money_nouns.get(head) or data.money_heads.get(head))


def _figure_owner(
    doc: Doc, start: int, end: int, parties: Sequence[Span], lowers: Sequence[str], data: GermanData
) -> Optional[Span]:
    """The party a word of money in ``start``..``end`` belongs to, in a genitive attribute or
    after "von" right after it ("der Umsatz des Konzerns", "der Gewinn von Ferrotec"), or None."""
    for t in range(start, end - 1):
        if not (doc[t].is_title and data.money_categories.get(lowers[t])):
            continue
        if lowers[t + 1] in _words("genitive_determiners") or lowers[t + 1] in role_cues("figure_owner_links"):
            owner = next((p for p in parties if t + 1 < p.start <= t + 1 + _EARNER_REACH), None)
            if owner is not None and all(doc[k].is_lower and doc[k].is_alpha for k in range(t + 1, owner.start)):
                return owner
    return None


def _changes_sum(doc: Doc, amount: Span, start: int, end: int, lowers: Sequence[str]) -> bool:
    """ "um 20 Prozent auf 8 Milliarden erhöht", "stockte den Fonds um 200 Millionen auf": a verb
    that changes a sum in the clause and "um"/"auf" right before the amount (its qualifiers
    between): the amount is the change or its result, the verb's object what is changed."""
    if _preposition_before(doc, amount, start, lowers, role_cues("change_prepositions")) is None:
        return False
    return any(lowers[k] in role_cues("change_verbs") for k in range(start, end))


def _claim_noun(doc: Doc, start: int, amount: Span, lowers: Sequence[str], prepositions: frozenset[str]) -> Optional[int]:
    """The token of a noun of a claim to money in the amount's clause before it, that holds the
    amount ("Regressansprüche über 850.000 Euro", "eine Schadenersatzforderung von 2 Millionen")
    or whose size the clause gives ("Die Forderungen der Opfer belaufen sich auf …"); None where
    a preposition governs the noun ("spricht von Forderungen", "rechnet mit Klagen"): who speaks
    of a claim does not make it."""
    t = next(
        (k for k in range(amount.start - 1, start - 1, -1) if doc[k].is_title and lowers[k].endswith(role_cue_endings("claim_nouns"))),
        None,
    )
    if t is None:
        return None
    j = t - 1
    while j >= start and doc[j].is_lower and doc[j].is_alpha and lowers[j] not in prepositions:
        j -= 1  # over articles and adjectives
    return None if j >= start and lowers[j] in prepositions else t


def _claim_owner(doc: Doc, noun: int, parties: Sequence[Span], lowers: Sequence[str]) -> Optional[Span]:
    """The party in the genitive right after a noun of a claim ("die Forderungen aller
    Geschädigten", "die Klage der Stadt"), or None."""
    after = noun + 1
    if after >= len(doc) or not (lowers[after] in _words("genitive_determiners") or lowers[after] in _words("genitive_after_noun") or lowers[after] in role_cues("claim_owner_quantifiers")):
        return None
    return next(
        (p for p in parties if after < p.start <= after + _EARNER_REACH and all(doc[k].is_lower and doc[k].is_alpha for k in range(after, p.start))),
        None,
    )


#: How many tokens after a word of buying what is bought may start ("übernimmt die Kieler Reederei X").
_BOUGHT_REACH = 4


def _bought(doc: Doc, sent: Span, parties: Sequence[Span], agent: Optional[Span], lowers: Sequence[str]) -> Optional[Span]:
    """The company bought for the amount (the corpus's recipient of a purchase price): the party
    right after a word of buying ("Kauf des Konzerns X", "übernimmt die Reederei X"), articles
    and adjectives between, when it is not the buyer."""
    for t in range(sent.start, sent.end):
        if lowers[t] not in role_cues("purchase_words"):
            continue
        for p in parties:
            # only words between: articles, adjectives, a common noun ("die Kieler Reederei X")
            if (
                t < p.start <= t + _BOUGHT_REACH
                and p != agent
                and not is_place_adjective(p)  # "den Berliner Modeversender X": the name after it
                and all(doc[j].is_alpha for j in range(t + 1, p.start))
            ):
                return p
            if t < p.start <= t + _BOUGHT_REACH and is_place_adjective(p) and all(doc[j].is_alpha for j in range(t + 1, p.start)):
                # no mention covers the name after it: the noun and the name that follow
                named = _name_run(doc, noun_phrase(doc, p.end, min(sent.end, p.end + 4)), sent.end)
                if named is not None and len(named) > 1 and not (agent is not None and named.start < agent.end and agent.start < named.end):
                    return named
    return None


#: How many words a name in apposition may have ("der Betreiber, die Lindenhof Pflege gGmbH, …").
_APPOSITION_WORDS = 4


def _apposition_name(doc: Doc, party: Optional[Span], sent: Span, data: GermanData) -> Optional[Span]:
    """The name a common-noun party is given in apposition, set off by commas ("Der Betreiber,
    die Nordcare GmbH, zahlte …"): an article may open it, its words are capitalised or hold a
    capital ("gGmbH"), and a comma closes it; else the party itself."""
    if party is None or not _is_common_noun(party[-1:], data):
        return party  # a name already
    comma = party.end
    if comma + 2 < sent.end and doc[comma].lower_ in _words("genitive_links") and doc[comma + 1].is_title:
        comma += 2  # "die Pensionskasse des Bundes, Publica, …": over a genitive attribute
    if comma + 2 >= sent.end or doc[comma].text != ",":
        return party
    start = comma + 1
    if doc[start].lower_ in _words("determiners"):
        start += 1
    end = start
    while end < sent.end and end - start < _APPOSITION_WORDS and doc[end].is_alpha and any(c.isupper() for c in doc[end].text):
        end += 1
    if end == start or end >= sent.end or doc[end].text != "," or not doc[start].text[:1].isupper():
        return party
    if any(doc[t].lower_ in _words("sentence_openers") for t in range(start, end)):
        return party
    return doc[start:end]


def _introduced(doc: Doc, party: Span, sent: Span, lowers: Sequence[str]) -> bool:
    """A common-noun party that the text introduces here, not one it refers back to: a phrase
    with no article ("dass bewaffnete Gruppen … einnehmen", "Investoren") or an indefinite one
    ("eine Bande"); not a name nor a phrase with a definite, possessive or demonstrative
    determiner ("die Bank", "seine Firma", "dieser Konzern")."""
    definite = _words("determiners") | _words("dative_determiners") | _words("genitive_determiners")
    referring = role_cues("possessive_determiners") | role_cues("demonstrative_subjects")
    if mention_is_name(party) or party[0].lower_ in definite or party[0].lower_ in referring:
        return False
    j = party.start - 1
    if j > sent.start and doc[j].is_lower and lowers[j] not in definite and lowers[j - 1] in definite | role_cues("indefinite_articles"):
        j -= 1  # an adjective outside the mention: "die neuen Eigentümer"
    if j < sent.start or lowers[j] in role_cues("indefinite_articles"):
        return True
    return lowers[j] not in definite and lowers[j] not in referring


def _purpose_owners(
    doc: Doc, sent: Span, parties: Sequence[Span], lowers: Sequence[str], prepositions: frozenset[str]
) -> list[tuple[Span, Optional[Span]]]:
    """Parties in the genitive after the noun of a purpose phrase ("für die Heilungskosten der
    Verletzten", "für einen Nachsorgedienst der Hafenkasse"), each with the party that noun is,
    if any: (owner, owned)."""
    found = []
    for e in parties:
        g = e.start - 1
        while (
            g > sent.start
            and doc[g].is_lower
            and doc[g].is_alpha
            and lowers[g] not in _words("genitive_after_noun")
            and lowers[g] not in _words("genitive_determiners")
            and lowers[g] not in prepositions  # "des in Mexiko entführten Managers": Mexiko is no genitive
        ):
            g -= 1  # adjectives: "der schwer verletzten Arbeiter"
        if g <= sent.start or not (lowers[g] in _words("genitive_after_noun") or lowers[g] in _words("genitive_determiners")):
            continue
        noun = g - 1
        if not doc[noun].is_title or doc[noun].is_sent_start:
            continue
        j = noun - 1
        while j > sent.start and doc[j].is_lower and doc[j].is_alpha and lowers[j] not in prepositions:
            j -= 1  # its article and adjectives
        if j >= sent.start and lowers[j] in role_cues("purpose_prepositions"):
            found.append((e, next((p for p in parties if p.start <= noun < p.end), None)))
    return found


def _aided_people(
    doc: Doc, sent: Span, parties: Sequence[Span], lowers: Sequence[str], prepositions: frozenset[str]
) -> list[Span]:
    """People or groups whom a noun of aid after a purpose preposition names in the genitive or
    with "von" ("zur Unterstützung von Kleinbauern", "für die Versorgung der Verletzten",
    "zur Entschädigung von Opfern"), or who follow "zugunsten von": the money is for them. Only
    a noun of aid (role_cues ``aid_nouns``) says so: "für die Freilassung von Geiseln", "für den
    Besitz von Krachern" name no one who gets the money, and a place ("für die Fahrt von Serbien")
    is a route."""
    found = []
    for e in parties:
        if e.label_ == "place":
            if _aided_place(doc, sent, e, lowers, prepositions):
                found.append(e)
            continue
        if e.label_ not in ("person", "group"):
            continue
        g = e.start - 1
        while g > sent.start and (lowers[g] in _words("determiners") or doc[g].is_lower and doc[g].is_alpha and lowers[g] not in prepositions):
            g -= 1  # its article and adjectives: "von drei minderjährigen"
        if g <= sent.start:
            continue
        linked = lowers[g] in role_cues("genitive_substitutes") or lowers[g + 1] in _words("genitive_after_noun") and g + 1 < e.start
        if not linked:
            continue
        if lowers[g] in role_cues("genitive_substitutes"):
            if lowers[g - 1] in role_cues("beneficiary_prepositions"):
                found.append(e)  # "zugunsten von Flutopfern": a compound preposition of benefit
                continue
            noun = g - 1
        else:
            noun = g  # the genitive article follows the noun: "Versorgung der Verletzten"
        if not doc[noun].is_title or doc[noun].is_sent_start or not lowers[noun].endswith(role_cue_endings("aid_nouns")):
            continue
        j = noun - 1
        while j > sent.start and doc[j].is_lower and doc[j].is_alpha and lowers[j] not in role_cues("aid_prepositions"):
            j -= 1  # its article and adjectives: "für die medizinische"
        if j >= sent.start and lowers[j] in role_cues("aid_prepositions") and not (
            j > sent.start and doc[j - 1].is_title and lowers[j - 1].endswith(role_cue_endings("cost_heads"))
        ):  # "Die Kosten für die Versorgung von Asylwerbern": a cost of aid, paid to no one of them
            found.append(e)
    return found


def _aided_place(doc: Doc, sent: Span, place: Span, lowers: Sequence[str], prepositions: frozenset[str]) -> bool:
    """Whether a place is where a noun of aid after a purpose preposition helps ("für die humanitäre
    Hilfe im Sudan", "für die Winterversorgung in Moldau", "für Hilfe im Nordosten Syriens"): the
    money goes to it. A place of anything else ("für den Bau einer Brücke in Neustadt") gets nothing."""
    g = place.start - 1
    while g > sent.start and (lowers[g] in _words("determiners") or doc[g].is_lower and doc[g].is_alpha and lowers[g] not in prepositions):
        g -= 1  # its article and adjectives: "in der östlichen"
    if g > sent.start + 1 and doc[g].is_title and lowers[g - 1] in role_cues("aid_place_prepositions"):
        g -= 1  # a part of the place it names in the genitive: "im Nordosten Syriens"
    if g <= sent.start + 1 or lowers[g] not in role_cues("aid_place_prepositions"):
        return False
    noun = g - 1
    if not doc[noun].is_title or doc[noun].is_sent_start or not lowers[noun].endswith(role_cue_endings("aid_nouns")):
        return False
    j = noun - 1
    while j > sent.start and doc[j].is_lower and doc[j].is_alpha and lowers[j] not in role_cues("aid_prepositions"):
        j -= 1  # its article and adjectives: "für die humanitäre"
    # "Die Kosten für die Versorgung in Bayern": a cost of aid, paid to no one there
    return j >= sent.start and lowers[j] in role_cues("aid_prepositions") and not (
        j > sent.start and doc[j - 1].is_title and lowers[j - 1].endswith(role_cue_endings("cost_heads"))
    )


def _oblique_feminine(doc: Doc, party: Span, sent: Span, lowers: Sequence[str], prepositions: frozenset[str]) -> bool:
    """A feminine noun with no name after a quantifier in -er ("jeder betroffenen Familie",
    "keiner Partei"): dative or genitive, and with no noun or preposition before the quantifier
    to own a genitive, a dative object."""
    if mention_is_name(party) or not party[-1].lower_.endswith(role_cue_endings("feminine_endings")):
        return False
    q = party.start - 1
    while q > sent.start and doc[q].is_lower and doc[q].is_alpha and lowers[q] not in role_cues("oblique_quantifiers"):
        q -= 1  # adjectives: "jeder betroffenen Familie"
    if q < sent.start or lowers[q] not in role_cues("oblique_quantifiers"):
        return False
    before = q - 1
    return not (before >= sent.start and (doc[before].is_title and not doc[before].is_sent_start or lowers[before] in prepositions))


def _object_dative(doc: Doc, party: Span, amount: Span, clause_start: int, lowers: Sequence[str]) -> bool:
    """A party after "den", "ihren" ... before the amount of its paying clause: the amount is the
    accusative object, so the party is a dative plural ("zahlt den Opfern 5 Millionen"), unless
    the amount is a price ("kaufte den Hof für 5 Millionen")."""
    if not clause_start <= party.start < amount.start:
        return False
    j = party.start - 1
    while j > clause_start and lowers[j] not in role_cues("plural_datives") and doc[j].is_lower and doc[j].is_alpha:
        j -= 1  # adjectives: "den getöteten Seeleuten"
    if j > clause_start and j < party.start - 1 and lowers[j] not in role_cues("plural_datives"):
        j = _attribute_article(doc, j, clause_start) or j  # "den durch das Feuer geschädigten Familien"
    if j < clause_start or lowers[j] not in role_cues("plural_datives"):
        return False
    # a price preposition before the amount ("für 5 Millionen", "für rund 5 Millionen"), not one
    # of a purpose phrase between ("den Schleppern für die Überfahrt 2000 Dinar bezahlt")
    return not any(
        lowers[t] in role_cues("price_prepositions") and all(doc[k].is_lower for k in range(t + 1, amount.start))
        for t in range(party.end, amount.start)
    )


def _compares(doc: Doc, amount: Span, lowers: Sequence[str]) -> bool:
    """The amount's sentence opens with a comparison ("Zum Vergleich:", "Im Vergleich dazu"): it
    tells another case than its paragraph's."""
    start = sentence_start(doc, amount.start)
    return " ".join(lowers[start : start + 2]) in role_cues("comparison_openers")


def _fine_authority(doc: Doc, amount: Span, agent: Optional[Span]) -> Optional[Span]:
    """The body that imposes a fine its sentence leaves unnamed: the organisation mention nearest
    before the amount in its paragraph whose head is a noun of a fining body ("Strafsenat",
    "Landgericht", "Wettbewerbsbehörde"), given by its name where the text names it."""
    start, _ = paragraph_bounds(doc, amount.start)
    heads = tuple(role_cues("fine_authority_heads"))
    for m in reversed(mentions_in(doc, start, amount.start, ("organisation",)) or []):
        if agent is not None and m.start < agent.end and agent.start < m.end:
            continue
        if m[-1].lower_.endswith(heads) or m[0].lower_.endswith(heads):
            return named_party(doc, m)
    return None


def _received_fine(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether the clause names a fine with an indefinite article, as the object of a verb of
    receiving ("erhielt eine Geldstrafe", "kassierte ein Bußgeld"), not income from fines
    ("nahm 2 Millionen an Bußgeldern ein")."""
    return any(
        lowers[t - 1] in role_cues("indefinite_articles")
        and doc[t].is_title
        and inflected_in(lowers[t], data.fine_words, data)
        for t in range(start + 1, end)
    )


def _imposes_fine(sent: Span, lowers: Sequence[str]) -> bool:
    """Whether a verb of the sentence imposes a fine ("verhängte", "verurteilt")."""
    return any(lowers[t] in role_cues("fine_imposing_verbs") for t in range(sent.start, sent.end))


def _sentenced_to_sum(doc: Doc, clause_start: int, clause_end: int, amount: Span, lowers: Sequence[str]) -> bool:
    """ "verurteilte den Konzern zu 420 Millionen Euro": "zu" right before the amount (lower-case
    words between: "zu rund 2 Millionen") and a verb that imposes a fine in its clause."""
    t = amount.start - 1
    while t > clause_start and doc[t].is_lower and lowers[t] != "zu":
        t -= 1
    if t < clause_start or lowers[t] != "zu":
        return False
    return any(lowers[k] in role_cues("fine_imposing_verbs") for k in range(clause_start, clause_end))


def _sentenced_to_pay(doc: Doc, clause_start: int, amount: Span, lowers: Sequence[str]) -> bool:
    """ "verurteilt/verdonnert … zur Zahlung von <amount>": a verb that imposes a fine and a paying
    noun right before the amount ("zur Zahlung von", "zu einer Nachzahlung über")."""
    before = lowers[max(clause_start, amount.start - _PAYING_NOUN_REACH) : amount.start]
    if not any(w in role_cues("payment_order_nouns") for w in before):
        return False
    return any(lowers[t] in role_cues("fine_imposing_verbs") for t in range(clause_start, min(len(doc), amount.end + _VERB_REACH)))


#: How many words before the amount its paying noun may stand ("zur Zahlung einer Entschädigung von");
#: how far after the amount the imposing verb may follow ("… verurteilt").
_PAYING_NOUN_REACH = 5
_VERB_REACH = 8


def _fine_parties(
    subject: Optional[Span], parties: Sequence[Span], sent: Span, lowers: Sequence[str], data: GermanData
) -> tuple[Optional[Span], Optional[Span]]:
    """(agent, recipient) of a fine an authority imposes (CLAIMS.md: the fined party is the
    agent, the authority the recipient). Active ("Die Liga brummte dem Verein eine Strafe auf"),
    the subject imposes and the first other party of the sentence is fined; passive ("wurde vom
    Landesgericht zu einer Geldstrafe verurteilt"), the subject is fined and the party after
    "vom"/"am" imposes."""
    passive = any(lowers[t] in data.harm_roles["passive_auxiliaries"] for t in range(sent.start, sent.end))
    if passive:
        authority = next(
            (
                p
                for p in parties
                if p.start > sent.start
                and lowers[p.start - 1] in role_cues("fine_authority_prepositions")
                or p.start > sent.start + 1
                and lowers[p.start - 2] in role_cues("fine_authority_prepositions")
                and lowers[p.start - 1] in _words("determiners")
            ),
            None,
        )
        fined = subject if subject is not None and subject != authority else None
        return fined, authority
    fined = next(
        (
            p
            for p in parties
            if p != subject and (subject is None or p.start > subject.start) and not _in_phrase_of_another(p, sent, data)
        ),
        None,
    )
    return fined, subject


def _in_phrase_of_another(party: Span, sent: Span, data: GermanData) -> bool:
    """A party inside a prepositional phrase or a genitive attribute ("wegen Verstößen gegen X",
    "des eigenen Dienstes"): no object of the clause's verb."""
    doc = party.doc
    if _determiner_before(doc, party.start, sent) in _words("genitive_determiners"):
        return True
    return in_prepositional_phrase(doc, party.start, sent.start, data)


#: How many capitalised words a name no mention covers may run to ("Brauwerk Tessmann AG").
_NAME_WORDS = 3


def _bare_participle(doc: Doc, np: Span, lowers: Sequence[str], data: GermanData) -> bool:
    """Whether ``np`` is one capitalised past participle right before an auxiliary of the passive
    or the state passive ("Vorgeschlagen werden", "Ausgezahlt wurden", "Geplant ist"): no noun,
    no subject."""
    if len(np) != 1 or np.end >= len(doc):
        return False
    after = lowers[np.end]
    if after not in data.harm_roles["passive_auxiliaries"] and after not in attribution_words("state_passive_auxiliaries"):
        return False
    return bare_participle(lowers[np.start])


def _name_run(doc: Doc, np: Optional[Span], end: int) -> Optional[Span]:
    """``np`` with the capitalised words right after it ("Brauwerk" -> "Brauwerk Tessmann")."""
    if np is None:
        return None
    stop = np.end
    while stop < end and stop - np.end < _NAME_WORDS and doc[stop].is_alpha and doc[stop].text[:1].isupper():
        stop += 1
    return doc[np.start : stop]


def _relative_subject(
    doc: Doc, start: int, end: int, parties: Sequence[Span], lowers: Sequence[str]
) -> Optional[Span]:
    """The antecedent of a relative pronoun that is its clause's subject ("die Stiftung, die 50.000
    Euro beisteuerte", "seine Versicherung, die den Opfern … zahlte"): the party right before
    the comma, when the pronoun opens the clause and no nominative article follows it (", die
    der Konzern zahlte": the pronoun is the object)."""
    if start < 2 or doc[start - 1].text != "," or lowers[start] not in role_cues("relative_subjects") or start + 1 >= end:
        return None
    following = doc[start + 1]
    if lowers[start + 1] in role_cues("subject_articles") or following.is_title and not following.like_num:
        return None
    # right before the comma, or before a verb particle that ends its clause ("… zurück, die")
    ends = (start - 1, start - 2) if doc[start - 2].is_lower and doc[start - 2].is_alpha else (start - 1,)
    return next((p for p in parties if p.end in ends), None)


def _is_infinitive_clause(doc: Doc, start: int, end: int, sent: Span, lowers: Sequence[str]) -> bool:
    """A clause after a comma that ends in an infinitive with "zu" ("…, den Opfern 5 Millionen zu
    zahlen", "…, 2 Millionen auszuzahlen")."""
    if start <= sent.start or doc[start - 1].text != "," or end - start < 2:
        return False
    last = end - 1
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1  # the sentence's full stop, and the paragraph break after it
    if not (doc[last].is_lower and doc[last].is_alpha):
        return False
    return lowers[last - 1] == "zu" or len(lowers[last]) > 6 and "zu" in lowers[last][2:-3] and lowers[last].endswith("en")


#: How many words before a party its preposition may stand ("in der Demokratischen Republik Kongo").
_PHRASE_REACH = 4


@lru_cache(maxsize=1)
def _object_prepositions() -> frozenset[str]:
    """Prepositions whose object is no bare dative object of a paying verb."""
    return _words("not_subject_prepositions") | _words("prepositions_before_dative")


def _bare_object(
    doc: Doc, party: Span, subject: Optional[Span], amount: Span, clause_start: int, lowers: Sequence[str]
) -> bool:
    """A party without article between the subject and the amount of a paying clause: its
    dative object ("Die EU-Kommission hat Österreich 42,6 Millionen überwiesen"); not one
    coordinated with the subject ("die EU und Deutschland zahlen")."""
    if subject is None or not (clause_start <= party.start and subject.end <= party.start and party.end <= amount.start):
        return False
    if lowers[party.start - 1] in _words("list_separators") or party.start == subject.end:
        return False  # "die EU und Deutschland zahlen"; "der Kitzbüheler Ski Club": one name the mentions split
    # not the object of a preposition ("Amtsträgern in drei Gemeinden", "in der Republik Kongo"):
    # back over its article, number, adjectives and the words of its name
    j = party.start - 1
    while j > subject.end and party.start - j <= _PHRASE_REACH and (
        doc[j].is_title or doc[j].like_num or doc[j].is_lower and doc[j].is_alpha and lowers[j] not in _object_prepositions()
    ):
        j -= 1
    return lowers[j] not in _object_prepositions()


def _unseen_subject(
    doc: Doc, start: int, end: int, amount: Span, lowers: Sequence[str], data: GermanData, any_verb: bool = False
) -> Optional[Span]:
    """The subject of the clause ``start``..``end`` where no mention covers it: the capitalised
    phrase opening the clause right before its finite verb ("Velmar erzielte", "Die Asfinag
    investiert"), or the one an article opens right after the verb of an inverted clause ("Bei
    Schäden zahlt die Mobiliar"); not money, time or a capitalised adverb. ``any_verb``: any
    lower-case word may be the finite verb (the clause that governs an infinitive clause,
    "Die Fluglinie Aerokraft kündigte an, …")."""

    def finite(t: int) -> bool:
        if t >= end or not (doc[t].is_lower and doc[t].is_alpha):
            return False
        if any_verb:
            return lowers[t] not in _words("determiners")
        return lowers[t] in role_cues("finite_verbs") or bool(data.party_verbs.get(lowers[t]))

    def party(np: Optional[Span]) -> Optional[Span]:
        if np is None or np.start < amount.end and amount.start < np.end:
            return None
        head = np[-1].lower_.rsplit("-", 1)[-1]  # "die Roche-Aktie": the share, no party
        if (
            data.money_heads.get(head)
            or data.money_nouns.get(head)
            or data.money_categories.get(head)
            or data.casualty_nouns.get(head)
            or head in _words("time_words")
            or any(
                t.lower_ in _words("verbless_words")
                or t.lower_ in _words("sentence_openers")
                or t.lower_ in role_cues("clause_adverbs")
                or t.lower_ in _words("not_subject_prepositions")
                for t in np
            )
        ) or np[0].lower_ in _opening_prepositions():
            return None  # "Seit Kriegsbeginn", "Zu Jahresbeginn": a capitalised preposition opens it
        if _bare_participle(doc, np, lowers, data) or adverb_opener(doc, np):
            return None  # "Vorgeschlagen werden 70 Cent je Aktie", "Kürzlich hat …": no subject opens the clause
        return np

    opening = party(_name_run(doc, noun_phrase(doc, start, min(end, start + 5)), end))
    dative = lowers[start] in _words("dative_determiners") or lowers[start] in role_cues("plural_datives")
    if opening is not None and finite(opening.end) and not dative:
        return opening
    if lowers[start] in _words("subject_pronouns"):
        return None  # "Er spendete der Tafel …": the pronoun is the subject
    for t in range(start, end - 1):
        if finite(t):
            if lowers[t + 1] in role_cues("subject_articles"):
                return party(_name_run(doc, noun_phrase(doc, t + 1, min(end, t + 6)), end))
            return None
    return None


@lru_cache(maxsize=1)
def _opening_prepositions() -> frozenset[str]:
    """Prepositions that cannot open a subject ("Wegen Preisabsprachen muss der Konzern …")."""
    return _words("reason_prepositions") | _words("prepositions_before_dative") | _words("time_prepositions")


def _accusative_after_an(doc: Doc, start: int, end: int, lowers: Sequence[str], data: GermanData) -> Optional[Span]:
    """A receiver no mention covers after the amount: "an" with an accusative ("zahlt 4 Millionen
    an die Tafeln"); "an" with a dative is a place ("an der Börse")."""
    for t in range(start, end - 1):
        if lowers[t] != "an":
            continue
        bare = doc[t + 1].is_title and not doc[t + 1].like_num  # "an Meta", "an Bedürftige": no article
        counted = _count_end(doc, t + 1)
        if counted:  # "an mehr als 2.500 Betroffene"
            np = noun_phrase(doc, counted, min(end, counted + 4))
            if np is not None and np[-1].is_title:
                return np
        if lowers[t + 1] in _words("accusative_after_an") or bare:
            np = _name_run(doc, noun_phrase(doc, t + 1, min(end, t + 5)), end) if bare else noun_phrase(doc, t + 1, min(end, t + 5))
            counted = _count_end(doc, t + 2)
            if counted and lowers[t + 1] in role_cues("plural_datives"):
                continue  # "an den drei Renntagen": a counted plural after "den" is a dative, a time or place
            if np is None and not bare and counted:
                # "an die rund 47'000 Betriebe", "an mehr als 2.500 Betroffene": the counted receivers
                np = noun_phrase(doc, counted, min(end, counted + 4))
            head = np[-1].lower_ if np is not None else ""
            if np is not None and not (
                head.endswith("-")  # "an Bestattungs- und Versorgungskosten": what the money is
                or category_tables().head_category(head) is not None  # "an Beraterhonoraren", "an Zinsen"
                or inflected_in(head, data.money_heads, data)
                or inflected_in(head, data.money_nouns, data)
                or data.money_categories.get(head)
                or head in _words("time_words")
                or bare and head in role_cues("idiom_objects_of_an")
            ):
                return np
    return None


def _count_end(doc: Doc, start: int) -> Optional[int]:
    """The end token of the amount span that starts at token ``start``, if there is one (the
    starts are read once per doc)."""
    cache = doc_cache(doc)
    if "amount_ends" not in cache:
        group = doc.spans[AMOUNTS_KEY] if AMOUNTS_KEY in doc.spans else []
        cache["amount_ends"] = {a.start: a.end for a in group}
    return cache["amount_ends"].get(start)


def _dative_noun(
    doc: Doc,
    start: int,
    end: int,
    lowers: Sequence[str],
    data: GermanData,
    exclude: Optional[Span],
    subject: Optional[Span] = None,
) -> Optional[Span]:
    """A dative object that no mention covers ("überweist dem Tierheim"): the noun phrase after
    a dative-only determiner before the amount, unless money or time is its head; after the
    verb that follows the ``subject`` also one after "der" ("Bamako zahlt der russischen Truppe
    10 Millionen": the subject is taken, so "der" is no nominative)."""
    for t in range(start, end):
        feminine = (
            lowers[t] == "der"
            and subject is not None
            and subject.end < t
            and doc[t - 1].is_lower
            and doc[t - 1].is_alpha
            and lowers[t - 1] not in _words("prepositions_before_dative")
        )
        if not feminine and lowers[t] not in _words("dative_determiners") or (t > start and lowers[t - 1] in _words("prepositions_before_dative")):
            continue
        np = noun_phrase(doc, t, min(end, t + 4))
        if np is None or exclude is not None and np.start < exclude.end and exclude.start < np.end:
            continue
        head = np[-1].lower_
        if data.money_heads.get(head) or data.money_nouns.get(head) or data.money_categories.get(head) or head in _words("time_words"):
            continue
        return np
    return None


def _grants_actively(start: int, end: int, lowers: Sequence[str], data: GermanData) -> bool:
    """ "hat der Stadt … zugesprochen": a participle of granting (role_cues ``granted_participles``,
    read as receiving in the passive: "wurde ihr … zugesprochen") with an auxiliary of the active
    perfect, and no passive auxiliary or other verb of receiving ("zugesprochen bekommen") in the clause."""
    words = set(lowers[start:end])
    granted = words & role_cues("granted_participles")
    return (
        bool(granted)
        and bool(words & role_cues("perfect_auxiliaries"))
        and not words & set(data.harm_roles["passive_auxiliaries"])
        and not any(data.party_verbs.get(w) == "receive" for w in words - granted)
    )


def _lets_itself_cost(start: int, end: int, lowers: Sequence[str]) -> bool:
    """ "lässt sich … kosten": a reflexive verb of letting in the clause, whose subject pays."""
    words = set(lowers[start:end])
    return "sich" in words and bool(words & role_cues("letting_verbs"))


def _conjuncts_before(doc: Doc, party: Span, parties: Sequence[Span], start: int, lowers: Sequence[str]) -> list[Span]:
    """The coordinated parties that end in ``party``, first to last ("zahlt den Verletzten und den
    Angehörigen … 5 Millionen", "Polen, Tschechien und der Slowakei"): each ends right before
    "und"/"sowie"/a comma and the next one's articles. The role names the phrase by its first."""
    chain = [party]
    while True:
        j = chain[0].start - 1
        while j > start and (lowers[j] in _words("determiners") or lowers[j] in role_cues("possessive_determiners")):
            j -= 1
        if j <= start or not (lowers[j] in _words("coordinators") or doc[j].text == "," and len(chain) > 1):
            return chain
        before = next((p for p in parties if p.end == j and p.start >= start), None)
        if before is None:
            return chain
        chain.insert(0, before)


def _supported_object(
    doc: Doc,
    start: int,
    end: int,
    amount: Span,
    subject: Optional[Span],
    parties: Sequence[Span],
    lowers: Sequence[str],
    data: GermanData,
) -> Optional[Span]:
    """Who a verb of support gives an amount that is its instrument ("Das Land unterstützt die
    Bergrettung mit 2 Millionen", "will die Ukraine mit 1,5 Milliarden unterstützen", "entschädigt
    die Opfer mit …"): the clause's accusative object, the first party or noun phrase after an
    accusative article that is neither the subject nor the object of a preposition or a noun; None
    without a subject to tell it from, in the passive (its subject gets the money) and where the
    amount is not after "mit". After a verb of financing only a party is an object that receives."""
    if subject is None or _preposition_before(doc, amount, start, lowers, role_cues("instrument_prepositions")) is None:
        return None
    if not any(lowers[t] in _words("support_verbs") for t in range(start, end)) or _passive_support(start, end, lowers, data):
        return None
    prepositions = data.harm_roles["prepositions"]
    # "finanziert die Entwicklung mit …": what a verb of financing pays for is a thing; only a party receives
    financing = any(lowers[t] in role_cues("financing_verbs") for t in range(start, end))
    t = start
    while t < end:
        if amount.start <= t < amount.end or subject.start <= t < subject.end or t == subject.end and doc[t].is_title:
            t += 1  # (a capitalised word right after the subject continues its name: "Auswärtige Amt")
            continue
        party = next((p for p in parties if p.start == t or p.start == t + 1 and lowers[t] in role_cues("accusative_articles")), None)
        governed = t > start and (lowers[t - 1] in prepositions or doc[t - 1].is_title and lowers[t] in _words("genitive_determiners"))
        if party is not None and not governed and not (party.start < subject.end and subject.start < party.end):
            return party
        if lowers[t] in role_cues("accusative_articles") and not governed and not financing:
            # "die von den Unwettern betroffenen Bergkantone": the noun after a participle attribute
            attributed = _attributed_noun_start(doc, t, end, lowers, prepositions)
            np = noun_phrase(doc, attributed, min(end, attributed + 3)) if attributed is not None else noun_phrase(doc, t, min(end, t + 5))
            if np is not None and not (np.start < subject.end and subject.start < np.end) and not (np.start <= amount.start < np.end + 1):
                head = np[-1].lower_
                if not (data.money_heads.get(head) or data.money_nouns.get(head) or head in _words("time_words")):
                    return np
        t += 1
    return None


@lru_cache(maxsize=1)
def _adjective_endings() -> tuple[str, ...]:
    """The endings of an inflected adjective or participle (mention_words.json)."""
    return tuple(load_table("mention_words.json")["adjective_endings"])


def _attributed_noun_start(doc: Doc, article: int, end: int, lowers: Sequence[str], prepositions: Collection[str]) -> Optional[int]:
    """Where the participle and noun of a participle attribute start after ``article`` ("die von
    den Unwettern betroffenen Bergkantone" -> "betroffenen"), or None when no preposition opens one."""
    if article + 1 >= end or lowers[article + 1] not in prepositions:
        return None
    for t in range(article + 2, min(end - 1, article + 7)):
        if doc[t].is_lower and doc[t].is_alpha and lowers[t].endswith(_adjective_endings()) and doc[t + 1].is_title:
            if lowers[t] not in prepositions and lowers[t] not in _words("determiners"):
                return t
    return None


def _beneficiary(doc: Doc, start: int, end: int, lowers: Sequence[str]) -> Optional[Span]:
    """A purpose mention after a preposition of benefit ("zugunsten der Tafel in Neustadt"): who
    the money is for, when no party mention covers it."""
    for m in mentions_in(doc, start, end, ("purpose",)) or []:
        j = m.start - 1
        while j >= start and (lowers[j] in _words("determiners") or doc[j].is_lower and doc[j].is_alpha and lowers[j] not in role_cues("beneficiary_prepositions")):
            j -= 1
        if j >= start and lowers[j] in role_cues("beneficiary_prepositions"):
            return m
    return None
