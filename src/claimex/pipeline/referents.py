"""Which words of the text an agent or recipient names: the referent's name, at its occurrence
nearest to the amount (the corpus convention, corpora/claimex-de/AUTHORING.md "Which occurrence a
role names").

The role rules find a party where the clause shape shows it: often a common noun ("das
Unternehmen", "die Bank") or an occurrence far from the amount. This module turns such a party
into the name the text gives it ("der Chemiekonzern Varella ... Das Unternehmen zahlt" ->
"Varella"), and any name into its occurrence nearest to the amount. It reads the mentions of the
doc (``doc.spans["claimex_mentions"]``); without them a party stays as found.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of, sentence_start, texts_of, token_chars
from ..lang.de import load_table, words
from .age_referents import person_of_age_noun
from .cues import is_question
from .datelines import bracketed
from .mentions import MENTIONS_KEY, mention_antecedent, mention_is_name, mention_table
from .paragraphs import paragraph_bounds
from .people_referents import company_of_people
from .sources import paragraph_break, speaker

__all__ = [
    "is_class_noun",
    "is_named",
    "is_speaker_pronoun",
    "named_party",
    "named_reporter",
    "nearest_occurrence",
    "one_run",
    "paragraph_bounds",
    "pronoun_antecedent",
    "resolve_parties",
    "resolve_party",
    "same_referent",
    "topic_name",
]

#: The mention kinds that a name of a money party or an attacker can have.
_NAME_KINDS = ("person", "organisation", "place")

#: How many sentences before a common noun its name may stand ("Der Konzern Velmar ... . ... .
#: Das Unternehmen zahlt"): a report names its subject in its lead, news repeats it as a noun.
_NAME_REACH_SENTENCES = 4


def _names(doc: Doc) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The name mentions of the doc (persons, organisations, places) as ``(start, end, kind)``
    in text order, and their starts (for bisection); read once per doc."""
    cache = doc_cache(doc)
    if "referent_names" not in cache:
        group = doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else []
        # a people noun holding a name is a company ("der Möbelhändler Wohnhaus Brandt")
        table = _class_table()
        names = [
            (m.start, m.end, "organisation" if m.label_ == "group" else m.label_)
            for m in group
            if (m.label_ in _NAME_KINDS or m.label_ == "group")
            and mention_is_name(m)
            and not bracketed(doc, m.start, m.end)  # "Wien (APA) -": a dateline's agency; a short form after the name
            # "Kanton" repeated alone from "Kanton Thurgau" is the class noun, no name
            and not (len(m) == 1 and table.noun(m[0].lower_, compounds=False) is not None)
        ]
        cache["referent_names"] = (names, [n[0] for n in names])
    return cache["referent_names"]


def _names_in(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """The names that start in tokens ``start``..``end``."""
    names, starts = _names(doc)
    return names[bisect_left(starts, start) : bisect_left(starts, end)]


#: How many tokens a name may have: a name that overlaps a span starts at most this far before it.
_NAME_TOKENS = 12


def is_named(doc: Doc, span: Span) -> bool:
    """Whether ``span`` holds a name the mention layer found ("Stadt Linz", "Varella"; not
    "Unternehmen", "die Bank", "russischen")."""
    names, starts = _names(doc)
    # as _names_in(doc, span.start - _NAME_TOKENS, span.end), without the slice: asked ~0.4 times a word
    first = span.start
    for k in range(bisect_left(starts, first - _NAME_TOKENS), bisect_left(starts, span.end)):
        if first < names[k][1]:
            return True
    return False


def same_referent(a: Span, b: Span) -> bool:
    """Two names of one referent: the same words, or one a run of the other's words ("Kelmer AG"
    and "Kelmer", "Hollmann" and "Katrin Hollmann")."""
    a_texts = texts_of(a.doc)  # read once per doc: no Token object per word
    b_texts = a_texts if b.doc is a.doc else texts_of(b.doc)
    return one_run(tuple(a_texts[a.start : a.end]), tuple(b_texts[b.start : b.end]))


def nearest_occurrence(doc: Doc, party: Optional[Span], amount: Span) -> Optional[Span]:
    """The occurrence of the name ``party`` nearest to the amount, written as it stands there
    ("Hollmann" where the surname is nearest); ``party`` itself when it is no name or has no
    other occurrence. Nearness is counted in characters between the two spans, on either side
    (the gap from a name before to the amount's start, from the amount's end to a name after;
    ties go to the earlier), as AUTHORING.md writes roles: a speaker's label after an
    interview answer is nearer than the label of the question before it."""
    if party is None or not is_named(doc, party):
        return party
    first_char, end_char, _ = token_chars(doc)  # offsets without a Token per name
    a0, a1 = amount.start, amount.end
    amount_first, amount_end = first_char[a0], end_char[a1 - 1]

    def gap(start: int, end: int) -> int:
        return max(amount_first - end_char[end - 1], first_char[start] - amount_end, 0)

    best, best_start, distance = party, party.start, gap(party.start, party.end)
    # as same_referent(doc[start:end], party), on the words (no Span and Tokens per name)
    texts = texts_of(doc)
    party_words = tuple(texts[party.start : party.end])
    # a name nearer in characters is nearer in tokens too, give or take a name's length
    reach = abs(party.start - a0) + _NAME_TOKENS
    for start, end, _ in _names_in(doc, a0 - reach, a1 + reach):
        if start < a1 and a0 < end:
            continue
        # a run of the other's words holds the shorter one's first word: most names fail here
        words = texts[start:end]
        if words[0] not in party_words if len(words) <= len(party_words) else party_words[0] not in words:
            continue
        if start < party.end and party.start < end:
            # the party's own occurrence, longer or shorter ("schwedische Industriekonzern
            # Nordhammar" / "Nordhammar"): the form whose start is nearer the amount stands
            if abs(start - a0) >= abs(best_start - a0) or best is not party:
                continue
            d = distance
        else:
            d = gap(start, end)
            if d > distance or d == distance and start >= best_start:
                continue  # a tie goes to the earlier occurrence
        if one_run(tuple(words), party_words):
            best, best_start, distance = doc[start:end], start, d
    return best


def _sentences_back(doc: Doc, i: int, most: int) -> Iterator[Span]:
    """The sentence of token ``i``, then at most ``most`` sentences before it in its paragraph,
    nearest first."""
    sent = sentence_of(doc, i)
    yield sent
    for _ in range(most):
        if sent.start == 0 or paragraph_break(doc, sent.start, sent.start):
            return
        sent = sentence_of(doc, sent.start - 1)
        yield sent


def _reach_start(doc: Doc, i: int) -> int:
    """Where the stretch of text a name of token ``i`` may be read from begins: the sentences
    before it in its paragraph, at most ``_NAME_REACH_SENTENCES`` of them."""
    return list(_sentences_back(doc, i, _NAME_REACH_SENTENCES))[-1].start


def is_class_noun(word: str) -> bool:
    """Whether ``word`` (lower-case) is a noun of a class of bodies ("Unternehmens", "Stadt"):
    a common noun that stands for a name the text gives elsewhere."""
    return _class_table().noun(word) is not None


def named_party(doc: Doc, party: Optional[Span]) -> Optional[Span]:
    """The name a common-noun party stands for ("Der Chemiekonzern Varella hat … . Das
    Unternehmen zahlt" -> "Chemiekonzern Varella"): the nearest name before it of the same kind
    in its paragraph, a few sentences back at most; the party itself when it is a name or no
    name of its kind is near."""
    if party is None or party.label_ != "organisation" or is_named(doc, party):
        return party
    if _class_table().noun(party[-1].lower_) is not None and _class_noun(doc, party) is None:
        return party  # "Die Unternehmen müssen … zahlen", "einer Bank": no one body, no one name
    after = _names_in(doc, party.end, party.end + 1)
    if after:
        return doc[after[0][0] : after[0][1]]  # "der Sportartikelhersteller Frankensport": in apposition
    return (
        _last_name(doc, _reach_start(doc, party.start), party.start, (party.label_,))
        or _earlier_name_of(doc, party)
        or party
    )


def _earlier_name_of(doc: Doc, party: Span) -> Optional[Span]:
    """The name an earlier part of the doc gives the common noun ``party``: the last name before
    it that holds its head as a compound part ("Die Bank" -> "Deutsche Pfandbriefbank Taunus"),
    or that stood in apposition after the same noun ("Der Versicherer Helvetia … . Der
    Versicherer zahlt")."""
    head = party[-1].lower_
    for start, end, kind in reversed(_names_in(doc, 0, party.start)):
        if end > party.start or kind != party.label_:
            continue
        if any(head in t.lower_ for t in doc[start:end]) or start > 0 and doc[start - 1].lower_ == head:
            return doc[start:end]
    return None


def named_reporter(doc: Doc, source: Optional[Span]) -> Optional[Span]:
    """The name a body that reports by a common noun stands for, where the name holds the noun:
    "Nach Angaben der Bahn" -> "Deutsche Bahn", "teilte die Behörde mit" ->
    "Bundeswettbewerbsbehörde", "der Kommission" -> "EU-Kommission": the last such organisation
    name before it in the text. A noun that no name holds ("das Unternehmen", "die Airline")
    stays, as does a plural ("beide Unternehmen" may be two)."""
    if source is None or source.label_ not in ("organisation", "") or is_named(doc, source):
        return source
    noun = source[-1].lower_
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun  # a genitive ("des Bundesamts")
    bodies, starts = _bodies(doc)
    for start, end, name in reversed(bodies[: bisect_left(starts, source.start)]):
        if end <= source.start and stem in name and name.rstrip("s") != stem:
            return doc[start:end]
    return source


def _bodies(doc: Doc) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The organisation names of the doc as ``(start, end, lower-case text)`` and their starts;
    read once per doc."""
    cache = doc_cache(doc)
    if "referent_bodies" not in cache:
        names = _names(doc)[0]
        bodies = [(s, e, doc[s:e].text.lower()) for s, e, kind in names if kind == "organisation"]
        cache["referent_bodies"] = (bodies, [b[0] for b in bodies])
    return cache["referent_bodies"]


def _last_name(doc: Doc, start: int, end: int, kinds: Sequence[str]) -> Optional[Span]:
    """The last name of ``kinds`` inside tokens ``start``..``end``."""
    found = [(s, e) for s, e, kind in _names_in(doc, start, end) if e <= end and kind in kinds]
    return doc[found[-1][0] : found[-1][1]] if found else None


def topic_name(doc: Doc, before: int, kinds: Sequence[str]) -> Optional[Span]:
    """The name the stretch before token ``before`` is about: the nearest name of ``kinds``
    before it, in its paragraph or the sentences before ("Die Kelmer AG legte Zahlen vor. Der
    Umsatz stieg auf …" -> "Kelmer AG"); a name inside a prepositional phrase ("wegen der
    Probleme bei der Tochter Gamesa") only when no other stands there."""
    found = [(s, e) for s, e, kind in _names_in(doc, _reach_start(doc, before), before) if e <= before and kind in kinds]
    if not found:
        return None
    free = [(s, e) for s, e in found if not name_after_preposition(doc, s)]
    s, e = (free or found)[-1]
    return doc[s:e]


#: How many words (article, adjectives, a class noun) may stand between a preposition and a name.
_PHRASE_REACH = 3


def name_after_preposition(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is the object of a preposition ("bei der Tochter Gamesa"),
    over at most an article, adjectives and a class noun. (``role_phrases.in_prepositional_phrase``
    asks it of any word back to its clause's start, with the prepositions of the harm rules.)"""
    for t in range(start - 1, max(-1, start - 1 - _PHRASE_REACH), -1):
        word = doc[t].lower_
        if word in words("not_subject_prepositions") or word in words("from_prepositions"):
            return True
        if doc[t].is_sent_start or not (word in words("determiners") or doc[t].is_alpha):
            return False
    return False


# -- a class noun or a pronoun -> the name it stands for ------------------------------------------


@dataclass(frozen=True)
class _Class:
    """What names a class of nouns may stand for (``referent_classes.json``)."""

    kinds: tuple[str, ...]
    family: str
    places: Optional[str]  # "city", "state", "canton", "titled"; None: any name of its kinds
    linked_only: bool
    not_institutions: bool


@dataclass(frozen=True)
class _Noun:
    """A class noun as it stands in the text: its class noun ("konzern"), its form without a
    genitive ending ("chemiekonzern" of "Chemiekonzerns"), its class and gender. Plurals are
    not read."""

    word: str
    cls: _Class
    gender: str
    form: str = ""

    @property
    def compound(self) -> bool:
        """A compound ("Reitverein") names more than its class: its own referent."""
        return self.form != self.word


class _ClassTable:
    """The class nouns, place lists and determiners of ``referent_classes.json``."""

    def __init__(self) -> None:
        table = load_table("referent_classes.json")
        self.words: dict[str, tuple[str, _Class, str]] = {}
        self.endings: dict[str, tuple[str, _Class, str]] = {}
        for spec in table["classes"].values():
            cls = _Class(
                tuple(spec["kinds"]), spec["family"], spec.get("places"), bool(spec.get("linked_only")), bool(spec.get("not_institutions"))
            )
            for noun, gender in spec["nouns"].items():
                if noun.startswith("*"):
                    self.endings.setdefault(noun[1:], (noun[1:], cls, gender))
                    self.words.setdefault(noun[1:], (noun[1:], cls, gender))
                else:
                    self.words.setdefault(noun, (noun, cls, gender))
        self.inflections = tuple(table["inflections"])
        self._nouns: dict[tuple[str, bool], Optional[_Noun]] = {}
        self.determiners = {g: frozenset(ws) for g, ws in table["singular_determiners"].items()}
        self.not_referring = {w: tuple(tuple(p.split()) for p in ps) for w, ps in table["not_referring"].items()}
        self.countries = frozenset(load_table("territories_cldr.json")["countries"]) | frozenset(table["countries"])
        self.states = frozenset(table["states"])
        self.cantons = frozenset(table["cantons"])
        self.not_cities = frozenset(table["not_cities"]) | self.countries
        gazetteer = load_table("gazetteer_cldr.json")["GPE"] + load_table("gazetteer_supplement.json")["GPE"]
        self.places = frozenset(gazetteer)
        self.genitive_articles = frozenset(table["genitive_articles"])
        self.speaker_pronouns = frozenset(table["speaker_pronouns"])
        self.speaker_org_sentences = int(table["speaker_org_sentences"])
        self.pronoun_genders = dict(table["pronoun_genders"])
        self.pronoun_sentences = int(table["pronoun_sentences"])
        self.feminine_person_endings = tuple(table["feminine_person_endings"])
        self.adjectival_person_endings = tuple(table["adjectival_person_endings"])
        self.plural_verbs = frozenset(table["plural_verbs"]["words"])
        mention_words = load_table("mention_words.json")
        self.feminine_person_nouns = frozenset(mention_words["feminine_person_nouns"])
        self.singular_people_determiners = frozenset(mention_words["singular_determiners"] + table["singular_people_articles"])
        self.plural_verb_endings = tuple(table["plural_verbs"]["endings"])
        self.article_genders = dict(table["article_genders"])
        self.interview_sentences = int(table["interview_sentences"])
        self.accusative_articles = frozenset(table["accusative_articles"])
        self.feminine_noun_endings = tuple(table["feminine_noun_endings"])
        people = load_table("entity_rules.json")["role_nouns"] + load_table("mention_words.json")["kinds"]["person"]
        people += table["person_title_heads"]
        self.person_titles = frozenset(w.lstrip("*") for w in people)
        # a title is a compound's head too ("Firmenanwalt", "Verwaltungsratspräsident")
        self.person_title_endings = tuple(sorted({w.lstrip("*") for w in people if len(w.lstrip("*")) > 4}))
        institutions = load_table("entity_rules.json")["institutions"]
        self.institution_words = frozenset(w for w in institutions if not w.startswith("*"))
        self.institution_endings = tuple(w[1:] for w in institutions if w.startswith("*"))

    def noun(self, word: str, compounds: bool = True) -> Optional[_Noun]:
        """The class noun ``word`` (lower case) is, as it stands, in the genitive, or as the
        head of a compound ("Chemiekonzerns")."""
        key = (word, compounds)
        if key not in self._nouns:
            if len(self._nouns) > 100_000:
                self._nouns.clear()
            self._nouns[key] = self._find_noun(word, compounds)
        return self._nouns[key]

    def _find_noun(self, word: str, compounds: bool) -> Optional[_Noun]:
        forms = [word] + [word[: -len(e)] for e in self.inflections if word.endswith(e) and len(word) - len(e) > 2]
        for form in forms:
            if form in self.words:
                return _Noun(*self.words[form], form=form)
        for form in forms if compounds else ():
            for k in range(1, len(form) - 2):
                if form[k:] in self.endings:
                    return _Noun(*self.endings[form[k:]], form=form)
        return None

    def stem(self, word: str) -> str:
        """``word`` (lower case) without a genitive ending ("landes" -> "land")."""
        for e in self.inflections:
            if word.endswith(e) and len(word) - len(e) > 2:
                return word[: -len(e)]
        return word

    def is_institution(self, words: Sequence[str]) -> bool:
        """A public body ("Bundesregierung", "EU-Kommission", "Polizei"), no company or club."""
        return any(w in self.institution_words or w.endswith(self.institution_endings) for w in words)


@lru_cache(maxsize=1)
def _class_table() -> _ClassTable:
    return _ClassTable()


@dataclass
class _Referent:
    """One named referent of a doc: its kind and the occurrences of its name forms."""

    kind: str
    forms: list[tuple[str, ...]]
    occurrences: list[tuple[int, int]]


def _referents(doc: Doc) -> list[_Referent]:
    """The doc's names grouped into referents: forms of one kind where one is a run of the
    other's words ("Stadt Wertheim" and "Wertheim"); read once per doc."""
    cache = doc_cache(doc)
    if "referent_groups" not in cache:
        groups: list[_Referent] = []
        by_word: dict[tuple[str, str], list[int]] = {}  # (kind, word) -> the groups with a form holding it
        for start, end, kind in _names(doc)[0]:
            words = tuple(t.text for t in doc[start:end])
            near = sorted({k for w in words for k in by_word.get((kind, w), ())})
            k = next((k for k in near if any(one_run(words, f) for f in groups[k].forms)), None)
            if k is None:
                k = len(groups)
                groups.append(_Referent(kind, [], []))
            group = groups[k]
            if words not in group.forms:
                group.forms.append(words)
                for w in words:
                    if k not in by_word.setdefault((kind, w), []):
                        by_word[(kind, w)].append(k)
            group.occurrences.append((start, end))
        cache["referent_groups"] = groups
    return cache["referent_groups"]


def one_run(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One word sequence a run of the other's words."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # the common cases without a generator: equal lengths, a single word
    if len(short) == len(long):
        return short == long
    if len(short) == 1:
        return short[0] in long
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _place_adjective(doc: Doc, j: int, head: int) -> bool:
    """A place's indeclinable adjective right before the head ("die Zürcher Bank")."""
    return j == head - 1 and doc[j].is_title and doc[j].lower_.endswith("er")


def _class_noun(doc: Doc, party: Span) -> Optional[_Noun]:
    """The class noun ``party`` is, when it is one definite singular referent: a definite
    article of its gender before it (adjectives between), or bare at the start of a sentence or
    headline ("Stadt hilft Betroffenen"); not "einer Bank", "die Unternehmen", "auf dem Land"."""
    table = _class_table()
    head = party[-1]
    noun = table.noun(head.lower_)
    if noun is None or not head.text[:1].isupper():
        return None
    j = head.i - 1
    while j >= 0 and (doc[j].is_lower or _place_adjective(doc, j, head.i)) and doc[j].is_alpha and doc[j].lower_ not in table.determiners[noun.gender] and head.i - j <= 3:
        j -= 1  # adjectives: "der börsennotierte Konzern", "die Brüsseler Behörde"
    before = doc[j].lower_ if j >= 0 else ""
    for phrase in table.not_referring.get(noun.word, ()):
        if tuple(t.lower_ for t in doc[max(0, head.i - len(phrase)) : head.i]) == phrase:
            return None  # "auf dem Land": the countryside
    if head.i + 1 < len(doc) and doc[head.i + 1].lower_ in table.genitive_articles:
        return None  # "die Versicherung des Vereins": another body, described by whose it is
    if before in table.determiners[noun.gender]:
        return noun
    if j == head.i - 1 and (j < 0 or doc[j].is_space or doc[j].is_punct and doc[j].text in (".", ":", "\n", "–", "-") or sentence_start(doc, head.i) == head.i):
        return noun  # bare: a headline's subject
    return None


def _fits(doc: Doc, referent: _Referent, noun: _Noun) -> bool:
    """Whether the named ``referent`` is of a kind ``noun`` may stand for."""
    cls, table = noun.cls, _class_table()
    if referent.kind not in cls.kinds:
        return False
    if cls.not_institutions and any(table.is_institution([w.lower() for w in f]) for f in referent.forms):
        return False
    if "place" not in cls.kinds and all(" ".join(f) in table.places for f in referent.forms):
        return False  # a place the recognizer took for a body ("Koblenz" of "Landgericht Koblenz")
    titles = [t for t in map(_title, referent.forms) if t is not None]
    if any(t.cls.family != cls.family for t in titles):
        return False  # "Spedition Verhoeven" is no club, "Land Baden-Württemberg" no city
    if cls.places is None or titles:
        return True
    bare = {" ".join(f) for f in referent.forms}
    if cls.places == "city":
        return not bare & table.not_cities
    if cls.places == "state":
        return bool(bare & (table.countries | table.states))
    if cls.places == "canton":
        return bool(bare & table.cantons)
    return False


def _title(form: tuple[str, ...]) -> Optional[_Noun]:
    """The class noun a name of several words holds ("Spedition" of "Spedition Verhoeven",
    "Drohnenhersteller" of "der Drohnenhersteller Falkwerk Systems"): what kind of body it is."""
    if len(form) < 2:
        return None
    table = _class_table()
    return next((n for n in (table.noun(w.lower()) for w in form if w[:1].isupper()) if n is not None), None)


def _titled(referent: _Referent, noun: _Noun) -> bool:
    """A name opened by the noun itself ("Stadt Weiden", "Landes Niederösterreich")."""
    table = _class_table()
    return any(len(f) > 1 and table.stem(f[0].lower()) == noun.form for f in referent.forms)


def _linked(doc: Doc, referent: _Referent, noun: _Noun) -> bool:
    """Whether the text links the noun to ``referent``: a name opened by it or holding it as a
    compound head ("Pfandbriefbank" for "die Bank"), or an occurrence with the noun in apposition
    before it ("der Versicherer Helvetia") or after it ("Velmar, die Firma aus Visp,")."""
    if _titled(referent, noun):
        return True
    if referent.kind == "place":
        # a place's own name holds its class noun only as a fossil ("Deutschland", "Russland" are
        # no more "das Land" than any other country); words around its occurrences still link
        own = {_class_table().stem(w.lower()) for f in referent.forms for w in f}
        return any(w.endswith(noun.form) for w in _link_words(doc, referent) if w not in own or w == noun.form)
    return any(w.endswith(noun.form) for w in _link_words(doc, referent))


def _link_words(doc: Doc, referent: _Referent) -> frozenset[str]:
    """The words (lower case, genitive ending stripped) that may link a class noun to
    ``referent``: the words of its names ("pfandbriefbank", "bank" of "Rhein Handels
    Bank"), and the capitalised words right before an occurrence or in an apposition
    after it; read once per referent."""
    cache = doc_cache(doc).setdefault("referent_link_words", {})
    key = id(referent)
    if key not in cache:
        table = _class_table()
        found = {table.stem(w.lower()) for f in referent.forms for w in f}  # a lone class noun is no name
        for start, end in referent.occurrences:
            if start > 0 and doc[start - 1].text[:1].isupper():
                found.add(table.stem(doc[start - 1].lower_))
            if end + 2 < len(doc) and doc[end].text == ",":
                for t in range(end + 2, min(len(doc), end + 5)):
                    if doc[t].is_punct or doc[t].lower_ in words("determiners"):
                        break  # "GDL, die den Konzern … gekostet hätten": a relative clause, no apposition
                    if doc[t].text[:1].isupper():
                        found.add(table.stem(doc[t].lower_))
        cache[key] = frozenset(found)
    return cache[key]


#: Salience of a referent for a class noun: each occurrence counts once; one in the noun's
#: sentence or paragraph weighs more (news says "das Unternehmen" of what it just named), one
#: in the headline and lead (the first sentences) more too.
_SAME_SENTENCE_WEIGHT = 3.0
_SAME_PARAGRAPH_WEIGHT = 2.0
_LEAD_WEIGHT = 1.5
_LEAD_SENTENCES = 3
_LATER_WEIGHT = 0.5
#: How salient a referent the text does not link to the noun must be: named twice before it, or
#: once in its paragraph.
_UNLINKED_SALIENCE = 3.5
#: How salient the only referent of a fitting kind named before the noun must be: named once.
_SOLE_SALIENCE = 3.5
#: How much more salient than the next the chosen referent must be: two rivals of one kind
#: leave the noun as it stands.
_DOMINANCE = 2.0


def _salience(doc: Doc, referent: _Referent, at: int) -> float:
    """How salient ``referent`` is for a class noun at token ``at`` (weights above)."""
    sent = sentence_of(doc, at)
    first, last = paragraph_bounds(doc, at)
    sentence_starts = doc_cache(doc)["sentences"][0]
    lead_end = sentence_starts[_LEAD_SENTENCES] if len(sentence_starts) > _LEAD_SENTENCES else len(doc)
    starts = [start for start, _ in referent.occurrences]  # in text order
    before = bisect_left(starts, at)
    in_sentence = bisect_left(starts, sent.end) - bisect_left(starts, sent.start)
    in_paragraph = bisect_left(starts, min(at, last)) - bisect_left(starts, first)
    in_paragraph -= bisect_left(starts, min(at, sent.end)) - bisect_left(starts, min(at, sent.start))
    score = before + _LATER_WEIGHT * (len(starts) - before)
    score += _SAME_SENTENCE_WEIGHT * in_sentence + _SAME_PARAGRAPH_WEIGHT * in_paragraph
    return score + (_LEAD_WEIGHT if starts[0] < lead_end else 0.0)


def _stands_for(doc: Doc, at: int, noun: _Noun) -> Optional[tuple[int, int]]:
    """The name a class noun at token ``at`` stands for: among the doc's referents of a fitting
    kind, those the text links to the noun if any (else, unless the class needs a link, all that
    the text named before it), the most salient, when it clearly outweighs the next."""
    # a party's or source's class noun is asked again for each claim near it: decided once
    found = doc_cache(doc).setdefault("stands_for", {})
    key = (at, noun)
    if key not in found:
        found[key] = _find_stands_for(doc, at, noun)
    stands_for: Optional[tuple[int, int]] = found[key]
    return stands_for


def _find_stands_for(doc: Doc, at: int, noun: _Noun) -> Optional[tuple[int, int]]:
    fits = doc_cache(doc).setdefault("referent_fits", {})
    key = noun.cls  # what fits depends on the class alone
    if key not in fits:
        fits[key] = [k for k, r in enumerate(_referents(doc)) if _fits(doc, r, noun)]
    referents = _referents(doc)
    fitting = [referents[k] for k in fits[key]]
    links = doc_cache(doc).setdefault("referent_links", {})
    if noun.form not in links:
        links[noun.form] = {k for k in fits[key] if _linked(doc, referents[k], noun)}
    scored = [(_salience(doc, referents[k], at), referents[k]) for k in fits[key] if k in links[noun.form]]
    if not scored and not noun.cls.linked_only and not noun.compound:
        # a definite noun points back to what the text named before (a headline's ahead, when
        # nothing of its kind stands before it), never to a party of its own clause nor to a
        # person named by a title, and to a referent the text is about, not one named in passing
        # (unless it is the only one of its kind named before)
        clause = _clause_bounds(doc, at)
        eligible = [r for r in fitting if not _in_clause(r, clause) and not _person_titled(r)]
        pool = [r for r in eligible if r.occurrences[0][0] < at]
        if not pool and paragraph_bounds(doc, at)[0] == 0:
            pool = eligible
        least = _SOLE_SALIENCE if len(pool) == 1 else _UNLINKED_SALIENCE
        scored = [(salience, r) for r in pool if (salience := _salience(doc, r, at)) >= least]
    if not scored:
        return None
    scored.sort(key=lambda pair: pair[0], reverse=True)
    if len(scored) > 1 and scored[0][0] < _DOMINANCE * scored[1][0]:
        return None
    return min(scored[0][1].occurrences, key=lambda o: abs(o[0] - at))


def _clause_bounds(doc: Doc, at: int) -> tuple[int, int]:
    """The tokens of the clause of token ``at``: its sentence between clause marks."""
    sent = sentence_of(doc, at)
    start, end = at, at + 1
    while start > sent.start and doc[start - 1].text not in _CLAUSE_MARKS:
        start -= 1
    while end < sent.end and doc[end].text not in _CLAUSE_MARKS:
        end += 1
    return start, end


#: What ends a clause for the co-argument test of a class noun.
_CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "(", ")"})


def _in_clause(referent: _Referent, clause: tuple[int, int]) -> bool:
    """Whether ``referent`` is named in the clause ``clause``: another party of the noun's
    clause ("Die Schweiz unterstützt das Land"), never what the noun stands for."""
    return any(clause[0] <= start < clause[1] for start, _ in referent.occurrences)


def _person_titled(referent: _Referent) -> bool:
    """A name opened by a person's title ("Firmenanwalt Christoph Rainer", "Geschäftsführer
    Reinhard Kathrein") that the recognizer took for a body: no company, club or fund."""
    table = _class_table()
    return any(
        len(f) > 1
        and (f[0].lower() in table.person_titles or f[0].lower().endswith(table.person_title_endings))
        and table.noun(f[0].lower()) is None  # "Spezialglashersteller" ends like "Antragsteller"
        for f in referent.forms
    )


def is_speaker_pronoun(word: str) -> bool:
    """Whether ``word`` (lower case) is a pronoun by which a speaker names the body they speak
    for ("wir", "uns")."""
    return word in _class_table().speaker_pronouns


def resolve_party(doc: Doc, party: Optional[Span], amount: Span, speaker_span: Optional[Span] = None) -> Optional[Span]:
    """The words an agent or recipient found by clause shape names, as the corpus writes it
    (AUTHORING.md "Which occurrence a role names"): a class noun ("das Unternehmen", "die
    Stadt", "der Kanton") as the name it stands for in the doc, at its occurrence nearest to the
    amount; a speaker's "wir"/"uns" as the body the speaker (``speaker_span``, the claim's
    source, or the interview's) speaks for, or None when no body is named; any other party as
    it is (the role stages write a name at its nearest occurrence already)."""
    if party is None:
        return None
    table = _class_table()
    if len(party) == 1 and party[0].lower_ in table.speaker_pronouns:
        return _spoken_for(doc, party, amount, speaker_span)
    if party.label_ == "pronoun" and mention_antecedent(party):
        # "fordert von ihm": the antecedent the mention layer gave, at its occurrence nearest the amount
        return nearest_occurrence(doc, Span(doc, *mention_antecedent(party)), amount)
    person = person_of_age_noun(doc, party)
    if person is not None:
        # "der 58-Jährige" after "Markus Hollerer": the name, at its occurrence nearest the amount
        return nearest_occurrence(doc, person, amount)
    if any(t.lower_ in words("coordinators") for t in party[1:-1]):
        return party  # "die Stadt und den Kanton": a pair shares the role, no one name stands for it
    company = company_of_people(doc, party)
    if company is not None:
        # "Die Italiener bieten" after "der italienische Konzern Ferrante": that name, nearest the amount
        return nearest_occurrence(doc, company, amount)
    if not is_named(doc, party):
        noun = _class_noun(doc, party)
        found = _stands_for(doc, party.end - 1, noun) if noun is not None else None
        if noun is not None and found is not None:
            return nearest_occurrence(doc, Span(doc, found[0], found[1], label=noun.cls.kinds[0]), amount)
    return party  # the role stages wrote a name at its nearest occurrence already


def resolve_parties(
    doc: Doc, amount: Span, agent: Optional[Span], recipient: Optional[Span], speaker_span: Optional[Span] = None
) -> tuple[Optional[Span], Optional[Span]]:
    """:func:`resolve_party` of a claim's agent and recipient; where both would name one
    referent, they stay as found (one of the nouns stands for another body)."""
    named = resolve_party(doc, agent, amount, speaker_span), resolve_party(doc, recipient, amount, speaker_span)
    if named[0] is not None and named[1] is not None and same_referent(named[0], named[1]):
        return agent, recipient
    return named


def _spoken_for(doc: Doc, pronoun: Span, amount: Span, speaker_span: Optional[Span]) -> Optional[Span]:
    """The body a speaker's "wir" names: the speaker's organisation (named where the speaker is
    introduced, or in the sentence before: "Die Landesbank Tirol hat … verdient.
    Generaldirektorin Anna Berger über …"), or the speaker itself when it is a body."""
    who = speaker_span if speaker_span is not None else _interview_speaker(doc, pronoun.start)
    if who is None:
        return None
    if who.label_ == "organisation" or not is_named(doc, who) and _class_noun(doc, who) is not None:
        body = resolve_party(doc, who, amount)
        return body if body is not None and is_named(doc, body) else None
    # where the speaker is introduced: the first occurrence of a name holding the speaker's words
    # (of any kind: "Vorstand Jakob Pernthaler" may be read as a body)
    words = tuple(t.text for t in who)
    first = min((r.occurrences[0][0] for r in _referents(doc) if any(one_run(words, f) for f in r.forms)), default=None)
    if first is None:
        return None
    for sent in _sentences_back(doc, first, _class_table().speaker_org_sentences):
        bodies = [b for b in _bodies_in(doc, sent.start, sent.end) if not one_run(words, tuple(t.text for t in b))]
        if bodies:
            body = min(bodies, key=lambda b: abs(b.start - first))
            return nearest_occurrence(doc, body, amount) if is_named(doc, body) else _nearest_noun(doc, body, amount)
    return None


def _bodies_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The organisations a stretch names, as names: an organisation's name, a body noun with
    the place it is of ("die Landesbank Tirol"), or a class noun as the name it stands
    for."""
    if MENTIONS_KEY not in doc.spans:
        return []
    places = {s: e for s, e, kind in _names_in(doc, start, end) if kind == "place"}
    group, starts = doc.spans[MENTIONS_KEY], mention_table(doc)[1]
    found = []
    for k in range(bisect_left(starts, start), bisect_left(starts, end)):
        m = group[k]
        if m.end > end or m.label_ != "organisation":
            continue
        if mention_is_name(m):
            found.append(m)
        elif m.end in places:
            found.append(m)  # "die Landesbank Tirol": the body, not the place it is of
        else:
            named = resolve_party(doc, m, m)
            if named is not m and named is not None:
                found.append(named)
    return found


def _nearest_noun(doc: Doc, noun: Span, amount: Span) -> Span:
    """The occurrence of the common noun ``noun`` ("Landesbank") nearest to the amount."""
    same = [m for m in doc.spans[MENTIONS_KEY] if m.label_ == noun.label_ and m.text == noun.text]
    return min(same, key=lambda m: abs(m.start - amount.start), default=noun)


def _interview_speaker(doc: Doc, i: int) -> Optional[Span]:
    """Who answers at token ``i`` of an interview: the speaker before the colon opening its
    sentence or the nearest sentence before that opens so ("Berger: …"), questions skipped;
    None in a question."""
    sent = sentence_of(doc, i)
    if is_question(doc, sent):
        return None
    for _ in range(_class_table().interview_sentences):
        if not is_question(doc, sent):
            found = speaker(doc, sent)
            if found is not None:
                return found
        if sent.start == 0:
            return None
        sent = sentence_of(doc, sent.start - 1)
    return None


# -- a subject pronoun -> the subject it continues -------------------------------------------------


def pronoun_antecedent(doc: Doc, pronoun: Span) -> Optional[Span]:
    """What a subject pronoun ("er", "sie") of a paying clause stands for: the subject-like first
    mention that agrees with it in its own sentence before it, else in the nearest sentence
    before it in its paragraph that has one, a few sentences back at most ("Die Kasse erbringt
    Leistungen … . Für die Heilungskosten hat sie bisher 610.000 Franken bezahlt"; "springt der
    Sicherheitsfonds ein. Er hat … erbracht"). A mention after a preposition or in the genitive
    or dative is no subject; "er" stands for no woman and no feminine or neuter body, "sie" (one
    or many) for no man and no masculine or neuter body. None when no mention agrees."""
    table = _class_table()
    gender = table.pronoun_genders.get(pronoun.text.lower())
    if gender is None or MENTIONS_KEY not in doc.spans:
        return None
    plural = gender == "f" and _plural_verb(doc, pronoun)
    group, starts = doc.spans[MENTIONS_KEY], mention_table(doc)[1]
    for sent in _pronoun_reach(doc, pronoun.start, table.pronoun_sentences):
        end = min(pronoun.start, sent.end)  # the pronoun's own sentence up to the pronoun
        mentions = [group[k] for k in range(bisect_left(starts, sent.start), bisect_left(starts, end))]
        # a demonym adjective ("die brandenburgische Landesregierung") speaks of a party, it is none
        agreeing = [m for m in mentions if not m.text.islower() and _agrees(doc, m, gender, plural)]
        subject = next((m for m in agreeing if _subject_like(doc, m, sent.start)), None)
        if subject is not None:
            return subject
        if sent.end <= pronoun.start:
            # no subject agrees: the one accusative object that does ("verhängte gegen den
            # Konzern Polymax eine Strafe. Er muss …"); two leave the pronoun open
            objects = [m for m in agreeing if _accusative_object(doc, m, sent.start, plural)]
            if len(objects) == 1:
                return objects[0]
            if objects:
                return None
    return None


def _pronoun_reach(doc: Doc, i: int, most: int) -> Iterator[Span]:
    """The sentences a pronoun at token ``i`` may read its antecedent from, nearest first: its
    own, then at most ``most`` before it in its paragraph; a pronoun in the first sentence of a
    paragraph continues the paragraph before ("Anna Koller hat gewonnen.¶¶Sie erhielt …"),
    so it reads that paragraph's last sentences too."""
    sentences = list(_sentences_back(doc, i, most))
    if len(sentences) == 1 and sentences[0].start > 0:
        sentences += list(_sentences_back(doc, sentences[0].start - 1, most - 1))
    return iter(sentences)


def _accusative_object(doc: Doc, m: Span, sent_start: int, plural: bool = False) -> bool:
    """A mention after an accusative masculine article ("den Konzern Polymax", adjectives between),
    one that a subject pronoun may continue when no subject of its gender is there."""
    j = m.start - 1
    while j >= sent_start and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _determiner_words():
        j -= 1
    if j < sent_start or doc[j].lower_ not in _class_table().accusative_articles:
        return False
    if m.label_ != "group" or mention_is_name(m):
        return True  # "den Firmengründer Markus Kronberg" is one
    # "den Opfern" is many; a people noun without the dative plural's -n ("den früheren Manager")
    # is one, and so is a noun from an adjective, whose singular ends in -en too ("den
    # Angeklagten"); a plural "sie" continues no such one
    head = m[-1].lower_
    return not plural and (not head.endswith("n") or head.endswith(_class_table().adjectival_person_endings))


def _plural_verb(doc: Doc, pronoun: Span) -> bool:
    """Whether the finite verb beside a "sie" is plural ("haben sie", "sie zahlten"; not "hat
    sie", "sie zahlte"): the lower-case word before it (a verb put first), else after it."""
    table = _class_table()
    for t in (pronoun.start - 1, pronoun.end):
        if 0 <= t < len(doc) and doc[t].is_lower and doc[t].is_alpha:
            word = doc[t].lower_
            return word in table.plural_verbs or word.endswith(table.plural_verb_endings)
    return False


def _subject_like(doc: Doc, m: Span, sent_start: int) -> bool:
    """A mention that may be a subject: of a party's kind, after no preposition, with no dative
    or genitive determiner ("dem Betreiber", "des Vereins", "der Verletzten" of a woman or many)."""
    if m.label_ not in ("person", "organisation", "place", "group"):
        return False
    if bracketed(doc, m.start, m.end):
        return False  # "BERLIN (dpa) -", "Olaf Scholz (SPD)": an agency or an affiliation in brackets
    j = m.start - 1
    while j >= sent_start and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _determiner_words():
        j -= 1  # adjectives
    before = doc[j].lower_ if j >= sent_start else ""
    if before in _determiner_words() and j - 1 >= sent_start and doc[j - 1].lower_ in _oblique_words():
        return False  # "in der Zentrale": the determiner of a prepositional object
    if _in_brackets(doc, m.start, sent_start):
        return False  # "Genf (sda/awp) –": a dateline's agency, an abbreviation after a name
    previous = doc[m.start - 1] if m.start > sent_start else None
    if previous is not None and previous.text[:1].isupper() and previous.is_alpha and previous.lower_ not in _determiner_words() and not mention_is_name(m):
        return False  # "Heilungskosten der Verletzten": an attribute of the noun before
    return before not in _oblique_words() and before != "den"  # "den": accusative, or dative plural


def _in_brackets(doc: Doc, i: int, sent_start: int) -> bool:
    """Whether token ``i`` stands inside brackets opened in its sentence before it."""
    for j in range(i - 1, max(sent_start, i - 8) - 1, -1):
        if doc[j].text == ")":
            return False
        if doc[j].text == "(":
            return True
    return False


def _agrees(doc: Doc, m: Span, gender: str, plural: bool = False) -> bool:
    """Whether mention ``m`` may be what a pronoun of ``gender`` ("m": er; "f": sie) stands for;
    a "sie" with a plural verb ("haben sie") stands for many, one with a singular verb for one."""
    table = _class_table()
    j = m.start - 1
    # a class noun in apposition before a name gives its gender: "der Sicherheitsfonds BVG"
    title = table.noun(doc[j].lower_) if j >= 0 and mention_is_name(m) and doc[j].text[:1].isupper() else None
    if title is not None:
        j -= 1
    while j >= 0 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _determiner_words():
        j -= 1
    article = doc[j].lower_ if j >= 0 else ""
    if m.label_ in ("person", "group"):
        if plural:
            # many: a group, or people after a plural article ("Die Geiselnehmer"), never one
            return article not in table.singular_people_determiners and (m.label_ == "group" or article == "die")
        if m.label_ == "group" and not mention_is_name(m):
            # one of a people noun: "Der 61-jährige Buslenker", "ein Lenker" (ages and adjectives between)
            one = _people_article(doc, m.start)
            if one == "die":  # "die Lenkerin" is one woman, "die Lenker" many
                return gender == "f" and _feminine_person(m[-1].lower_)
            return table.article_genders.get(one) == gender
        if m.label_ == "group":
            return _named_one_agrees(m, gender)
        head = m[-1].lower_
        feminine = not mention_is_name(m) and (head in table.feminine_person_nouns or head.endswith(table.feminine_person_endings))
        if mention_is_name(m):
            return _given_name_agrees(m[0].text, gender)
        return feminine == (gender == "f")
    if plural:
        return False
    # a body: by the gender of the class noun it is or holds, else by its head's ending
    # ("der Landespolizeidirektion" is feminine), else by its article
    noun = title or next((n for n in (table.noun(t.lower_) for t in m if t.text[:1].isupper()) if n is not None), None)
    if noun is not None:
        return noun.gender == gender
    head = next((t.lower_ for t in m if t.text[:1].isupper()), "")
    if head.endswith(table.feminine_noun_endings):
        return gender == "f"
    if article in table.article_genders:
        return gender == table.article_genders[article]  # "der Sicherheitsfonds" (a subject with "der" is masculine)
    return gender == "f" and m.label_ == "organisation"  # a bare company name: "Velmar … sie"


def _people_article(doc: Doc, start: int) -> str:
    """The article of a people noun starting at ``start``, over adjectives and ages ("Der
    61-jährige Buslenker" -> "der"); "" when none stands there."""
    j = start - 1
    while j >= 0 and start - j <= 5 and (doc[j].is_lower and doc[j].is_alpha or doc[j].like_num or doc[j].text == "-") and doc[j].lower_ not in _determiner_words():
        j -= 1
    return doc[j].lower_ if j >= 0 and doc[j].lower_ in _class_table().article_genders else ""


def _feminine_person(head: str) -> bool:
    """A people noun of a woman ("Lenkerin", "Witwe")."""
    table = _class_table()
    return head in table.feminine_person_nouns or head.endswith(table.feminine_person_endings)


def _named_one_agrees(m: Span, gender: str) -> bool:
    """Whether a name the mention layer read as a group because a people noun opens it
    ("Verkehrsminister Matteo Salvini", "Bürgermeisterin Anna Huber") is one of ``gender``: the
    gender of that noun."""
    table = _class_table()
    title = m[0].lower_
    feminine = title in table.feminine_person_nouns or title.endswith(table.feminine_person_endings)
    return len(m) > 1 and feminine == (gender == "f")


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    names = load_table("given_names.json")
    return {**{n: "f" for n in names["female"]}, **{n: "m" for n in names["male"]}}


def _given_name_agrees(first: str, gender: str) -> bool:
    """A name opened by a given name of one gender ("Walter Gruber") is no antecedent of a pronoun
    of the other ("sie"); any other name may be."""
    known = _given_name_genders().get(first)
    return known is None or known == gender


@lru_cache(maxsize=1)
def _determiner_words() -> frozenset[str]:
    return words("determiners") | words("dative_determiners") | words("genitive_determiners")


@lru_cache(maxsize=1)
def _oblique_words() -> frozenset[str]:
    """Words before a noun phrase that make it no subject: prepositions, dative and genitive
    determiners."""
    return (
        words("to_prepositions")
        | words("from_prepositions")
        | words("not_subject_prepositions")
        | words("dative_determiners")
        | words("genitive_determiners")
    )
