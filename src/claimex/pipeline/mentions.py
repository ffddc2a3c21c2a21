"""``claimex_mentions``: every noun phrase that can fill a role, in ``doc.spans["claimex_mentions"]``.

A claim's agent, recipient, victim and source must first be seen as candidates. Entities alone
miss most of them in real news: common-noun actors ("die Regierung", "das Gericht"), people
groups ("nordkoreanische Soldaten"), documents ("eine neue Studie"), attackers named by an
adjective ("bei israelischen Drohnenangriffen") and pronouns. There is no part-of-speech tagger,
so a mention is found by what German spelling and closed word lists say:

- **names**: every entity of ``doc.ents`` whose label ``label_kinds`` maps to a kind (a user's
  own NER with other labels plugs in through that map; a label mapped to ``None`` is no mention);
- **names the recognizer misses**, read from their setting: capitalised words before a legal
  form ("Sonnenhang Wohnen gGmbH", "Förderkreis Waldbad e. V."); a capitalised adjective opening a
  name mid-sentence ("die Oberrheinische", "der Nationale Krisenstab"); an unknown word that
  looks like no common noun right beside a verb of paying, costing or saying ("Havelstrom zahlt",
  "beziffert die Kornwald"), or any name after a quotation ("..., sagte Kolbeck."); a name after
  "wie" ("Klubs wie Sturmvogel"); a full name closing a sentence after a person ("..., sagte die
  Präsidentin des Verbands, Ursina Caflisch."). Every name found once is found again in the
  text, in the genitive too, and so is a word of a company's name alone ("Quellwerk Systems" ...
  "Quellwerk");
- **common nouns**: a capitalised word (German nouns are capitalised) whose head, or compound
  head ("Klimastudie" -> "studie"), is a role-filling noun of the language data, with the
  adjectives before it when an article, preposition or number opens the phrase;
- **demonyms**: a lower-case adjective or a noun of people that begins like a place name of the
  gazetteers ("israelischen", "Tunesier"), or such an adjective opening a sentence ("Ukrainische
  Drohnen trafen"), when it is no part of another mention;
- **pronouns**: personal pronouns, each with its antecedent where one of a fitting kind stands
  shortly before it in the same paragraph;
- **events**: what harms or costs without being anyone, named by its head noun ("eine Lawine",
  "durch Drohnenangriffe", "Streiks"): such causes fill the agent role of harm and damage claims;
- **purposes**: in a sentence with a money amount, the capitalised words after "für" or
  "zugunsten" that no other mention covers ("10 Millionen Euro für Modellprojekte"): what money
  goes to is its recipient when no one is named.

Each mention span carries plain data only (so the doc stays serialisable): its label is its kind
(one of :data:`MENTION_KINDS`), which ``span._.mention_kind`` reads, and ``mention_antecedent(span)``
holds the token offsets ``(start, end)`` of a pronoun's antecedent, or None.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from itertools import accumulate
from typing import Dict, Iterable, Optional

from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import Errors, Warnings
from ..extensions import AMOUNTS_KEY, doc_cache
from ..lang.de import bare_participle, german, load_table
from ..lang.lexicon import Lexicon
from ..names import shared_name_classifier
from .bare_names import BareNames
from .paragraphs import holds_blank_line

__all__ = [
    "MENTIONS_KEY",
    "MENTION_KINDS",
    "DEFAULT_LABEL_KINDS",
    "MentionFinder",
    "make_mention_finder",
    "mention_table",
    "mention_is_name",
    "mention_antecedent",
]

MENTIONS_KEY = "claimex_mentions"
MENTION_KINDS = ("person", "organisation", "place", "group", "document", "pronoun", "event", "purpose")


def mention_table(doc: Doc) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The doc's mentions (``doc.spans[MENTIONS_KEY]``) as ``(start, end, kind)`` in their
    order, and their starts (for bisection); read once per doc, after this stage has run, and
    empty without a mention layer. Indexing the span group builds a span each time."""
    if MENTIONS_KEY not in doc.spans:
        return [], []  # the stage has not run: nothing to remember
    cache = doc_cache(doc)
    if "mention_table" not in cache:
        table = [(m.start, m.end, m.label_) for m in doc.spans[MENTIONS_KEY]]
        cache["mention_table"] = (table, [m[0] for m in table])
    return cache["mention_table"]


#: How the labels of claimex's entity recognizer (and of spaCy's German models: LOC, MISC) map to kinds.
DEFAULT_LABEL_KINDS: Dict[str, Optional[str]] = {
    "PER": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "GROUP": "group",
    "MISC": None,
}
_PRONOUN_TARGETS = {"person": ("person",), "any": ("person", "group", "organisation", "place")}


def _mention_kind(span: Span) -> Optional[str]:
    return span.label_ if span.label_ in MENTION_KINDS else None


def _value_key(span: Span, name: str) -> tuple[str, str, int, int]:
    """Where spaCy keeps ``span._.<name>`` in ``doc.user_data``."""
    return ("._.", name, span.start_char, span.end_char)


def mention_is_name(span: Span) -> bool:
    """``span._.is_name``, read from ``doc.user_data`` where spaCy keeps it: the ``._`` proxy
    builds an object on every read, and the role stages read it for every mention they see."""
    is_name: bool = span.doc.user_data.get(_value_key(span, "is_name"), False)
    return is_name


def mention_antecedent(span: Span) -> Optional[tuple[int, int]]:
    """``span._.antecedent`` (token start and end of what a pronoun stands for), read as
    :func:`mention_is_name` reads."""
    antecedent: Optional[tuple[int, int]] = span.doc.user_data.get(_value_key(span, "antecedent"))
    return antecedent


def install_mention_extensions() -> None:
    """Register ``span._.mention_kind`` (read from the span's label, so nothing more is stored)
    ``mention_antecedent(span)`` and ``mention_is_name(span)``; calling it again changes nothing."""
    if not Span.has_extension("mention_kind"):
        Span.set_extension("mention_kind", getter=_mention_kind)
    if not Span.has_extension("antecedent"):
        Span.set_extension("antecedent", default=None)
    if not Span.has_extension("is_name"):
        Span.set_extension("is_name", default=False)


class _WordPatterns:
    """Words with a value, matched as they stand, by compound ending ("*studie" matches
    "Klimastudie" and "Studie") or by beginning ("tote*"); the first entry of a form wins, a
    longer ending before a shorter one.

    Lookups cost one dict probe per letter of the word, however many patterns there are (the
    shared :class:`Lexicon` tries every pattern in turn, too slow for every capitalised word).
    """

    def __init__(self, entries: Iterable[tuple[str, str]]):
        self.words: dict[str, str] = {}
        self.endings: dict[str, str] = {}
        self.beginnings: dict[str, str] = {}
        for entry, value in entries:
            entry = entry.lower()
            if " " in entry:
                continue
            if entry.endswith("*"):
                self.beginnings.setdefault(entry[:-1], value)
            elif entry.startswith("*"):
                self.endings.setdefault(entry[1:], value)
                self.words.setdefault(entry[1:], value)
            else:
                self.words.setdefault(entry, value)
        self._seen: dict[str, Optional[str]] = {}

    def get(self, word: str) -> Optional[str]:
        found = self.words.get(word)
        if found is not None:
            return found
        if word in self._seen:
            return self._seen[word]
        found = next((self.endings[word[k:]] for k in range(1, len(word)) if word[k:] in self.endings), None)
        if found is None:
            found = next((self.beginnings[word[:k]] for k in range(len(word), 0, -1) if word[:k] in self.beginnings), None)
        if len(self._seen) < 100_000:
            self._seen[word] = found
        return found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


_QUOTES = frozenset("\"'«»„“”‚‘’‹›")
_CLAUSE_MARKS = frozenset(",:;–-")
#: What stands before a speech verb that follows a quotation: "„...“ sagt X", "„...“, sagt X"
_QUOTE_ENDS = _QUOTES | {","}
#: How many tokens after a mention of a person the comma before its closing name may stand
_CLOSING_REACH = 5
#: Last letters after which a name's genitive takes an apostrophe, not -s ("Marx'", "Strauß'")
_SIBILANTS = frozenset("sßxzSX")
# the ordinal of a name: "Landgericht München I", "Papst Leo XIV"
_ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


#: Apostrophes after an elided article or prefix of a foreign name ("L'Équipe", "O'Brien").
_ELISION_MARKS = frozenset("'’")


def _capitalised(text: str) -> bool:
    """A capitalised word or acronym, hyphenated compounds included ("Kreml-Chef", "EU",
    "iPhone-Konzern": a compound's head decides), and a foreign name after an elided article or
    prefix ("L'Oréal", "O'Brien", "D'Alema")."""
    if len(text) > 3 and text[0].isupper() and text[1] in _ELISION_MARKS and text[2].isupper():
        text = text[2:]
    if "-" in text:
        return text.replace("-", "").isalpha() and text.rsplit("-", 1)[1][:1].isupper()
    return text[:1].isupper() and text.isalpha()


class _Words:
    """The texts, lower-case forms and sentence starts of a doc's tokens, read once: every rule
    reads these plain lists instead of building a spaCy Token per look."""

    __slots__ = ("texts", "lowers", "starts")

    def __init__(self, doc: Doc):
        if not len(doc):
            self.texts, self.lowers, self.starts = [], [], []
            return
        table = doc.to_array([ORTH, SENT_START])
        strings = doc.vocab.strings
        self.texts = [strings[h] for h in table[:, 0].tolist()]
        self.lowers = [t.lower() for t in self.texts]
        self.starts = (table[:, 1] == 1).tolist()


class MentionFinder:
    """Finds the mentions of a doc; see the module docstring.

    label_kinds (dict[str, str | None]): entity label -> mention kind; None drops the label.
    """

    def __init__(self, nlp: Language, label_kinds: Optional[Dict[str, Optional[str]]] = None):
        install_mention_extensions()
        label_kinds = dict(DEFAULT_LABEL_KINDS if label_kinds is None else label_kinds)
        for label, kind in label_kinds.items():
            if kind is not None and kind not in MENTION_KINDS:
                raise ValueError(Errors.E080.format(label=label, kind=kind, allowed=", ".join(MENTION_KINDS)))
        self.label_kinds = label_kinds
        self._warned: set[str] = set()
        data = german()
        table = load_table("mention_words.json")
        rules = load_table("entity_rules.json")
        kinds = table["kinds"]
        casualty = load_table("casualty_terms.json")
        money = load_table("money_terms.json")
        attribution = load_table("attribution_cues.json")
        self.kinds = _WordPatterns(
            (entry, kind)
            for kind, entries in [
                ("document", kinds["document"]),
                ("place", kinds["place"]),
                ("person", kinds["person"]),
                ("person", rules["role_nouns"]),
                ("organisation", kinds["organisation"]),
                ("organisation", rules["institutions"]),
                ("organisation", ["*" + h for h in rules["organisation_heads"]]),
                ("group", kinds["group"]),
                ("group", casualty["person_nouns"]),
                ("group", casualty["perpetrator_nouns"]),
                ("group", [w for words in casualty["nouns"].values() for w in words]),
                ("organisation", money["actor_heads"]),
                ("organisation", attribution["source_nouns"]),
                ("event", kinds["event"]),
                ("event", casualty["attack_nouns"]),
            ]
            for entry in entries
        )
        self.inflections = tuple(table["inflections"])
        self.agent_noun_endings = tuple(table["agent_noun_endings"])
        context = load_table("context_terms.json")
        self.participle_prefixes = tuple(table["participle_nouns"]["prefixes"])
        self.participle_endings = tuple(table["participle_nouns"]["endings"])
        self.not_people_nouns = _WordPatterns(
            (w, "thing")
            for w in table["not_people_nouns"]
            + context["months"]
            + context["measure_units"]
            + context["duration_units"]
            + list(data.number_units)
        )
        # words that are never a noun phrase's head, whatever their case at a sentence start
        self.closed = (
            frozenset(w for words in data.function_words.values() for w in words)
            | frozenset(table["np_openers"])
            | frozenset(table["not_adjectives"])
            | frozenset(w.lower() for w in rules["not_names"] if w.lower() not in self.kinds.words)
        )
        # nouns of money as such ("Zuschüsse", "Garantien") are no words of a name; their
        # compounds may be ("Deutsche Krebshilfe", "Internationaler Währungsfonds")
        self.money_words = frozenset(
            w
            for w in money["money_heads"] + money["money_nouns"] + load_table("amount_cues.json")["sum_nouns"]
            if not w.startswith("*")
        )
        # compounds too ("Soforthilfe", "Fördergelder"): what follows a head noun as its object
        self.money_heads = Lexicon(money["money_heads"] + money["money_nouns"])
        self.dative_articles = frozenset(table["dative_only_articles"])
        self.measured_openers = frozenset(tuple(p.split()) for p in table["measured_openers"])
        self.source_cues = data.source_before
        self.source_cues_after = data.source_after
        # first words of the cues, so that the cue lexicon is asked only where one may start
        self.cue_openers = frozenset(
            e.split()[0].rstrip("*") for e in attribution["source_before"] + attribution["source_after"]
        )
        self.singular_determiners = frozenset(table["singular_determiners"])
        self.one_person_words = frozenset(table["one_person_words"])
        self.polite_pronouns = frozenset(table["polite_pronouns"])
        self.singular_endings = tuple(table["singular_endings"])
        self.np_openers = frozenset(table["np_openers"])
        self.adjective_endings = tuple(table["adjective_endings"])
        self.capitalised_adjective_endings = tuple(table["capitalised_adjective_endings"])
        self.place_adjective_endings = tuple(table["place_adjective_endings"])
        # speech verbs end like adjectives ("sagte", "erklärte") but open no noun phrase: "..., sagte Ostermann"
        self.not_adjectives = (
            frozenset(table["not_adjectives"])
            | data.function_words["not_adjectives"]  # ", wie Vorstand Hansen sagte": "wie" opens no phrase
            | data.function_words["determiners"]
            | frozenset(v for v in attribution["speech_verbs"] if " " not in v)
        )
        self.pronouns: dict[str, str] = dict(table["pronouns"])
        self.purpose_openers = frozenset(table["purpose_openers"])
        self.counted_people_endings = tuple(table["counted_people_endings"])
        # what counts people before an adjective used as a noun: "zwei", "mehrere" (digits too)
        numbers = load_table("number_words.json")
        self.counters = frozenset(numbers["units"]) | frozenset(w for w in numbers["vague_quantifiers"] if " " not in w)
        self.antecedent_sentences = int(table["antecedent_sentences"])
        self.feminine_person_nouns = frozenset(table["feminine_person_nouns"])
        self.feminine_person_endings = tuple(table["feminine_person_endings"])
        demonym = table["demonym"]
        self.demonym_adjective_endings = tuple(sorted(demonym["adjective_endings"], key=len, reverse=True))
        self.demonym_noun_endings = tuple(sorted(demonym["noun_endings"], key=len, reverse=True))
        self.demonym_min_prefix = int(demonym["min_prefix"])
        self.demonym_max_rest = int(demonym["max_rest"])
        self.demonym_min_stem = int(demonym["min_stem"])
        self.not_demonyms = frozenset(demonym["not_demonyms"])
        places = load_table("gazetteer_cldr.json")["GPE"] + load_table("gazetteer_supplement.json")["GPE"]
        # every prefix of a place name, at least min_prefix letters long: "isra", "israe", "israel" ...
        self.place_prefixes = frozenset(
            p.lower()[:k] for p in places if " " not in p for k in range(self.demonym_min_prefix, len(p) + 1)
        )
        # legal forms as token sequences, by first token, longest first: "e. V." -> ("e", ".", "V", ".")
        self.legal_forms: dict[str, list[tuple[str, ...]]] = {}
        for form in sorted(table["legal_forms"], key=len, reverse=True):
            tokens = tuple(t.text for t in nlp.make_doc(form))
            self.legal_forms.setdefault(tokens[0], []).append(tokens)
        self.instance_links = frozenset(table["instance_links"])
        self.determiners = data.function_words["determiners"]
        self.name_articles = frozenset(table["name_articles"])
        self.not_name_openers = frozenset(table["not_name_openers"])
        self.not_name_endings = tuple(table["not_name_endings"])
        self.name_adjective_endings = tuple(table["name_adjective_endings"])
        # nouns of money and things, and currency codes, are no names ("den Verlust", "stellte CHF 1 Mio.")
        self.not_names = _WordPatterns(
            (w, "thing")
            for w in money["money_nouns"]
            + money["money_heads"]
            + table["not_people_nouns"]
            + load_table("currencies_cldr.json")["codes"]
        )
        # verbs next to which an unknown capitalised word is a name: paying, receiving, costing, saying
        self.name_verbs = _WordPatterns(
            (w, "verb")
            for w in [v for verbs in money["party_verbs"].values() for v in verbs]
            + attribution["speech_verbs"]
            + load_table("hedge_cues.json")["value_verbs"]
        )
        self.bare_names = BareNames(self, shared_name_classifier())
        self._head_cache: dict[str, Optional[str]] = {}
        self._noun_cache: dict[str, Optional[str]] = {}
        self._demonym_cache: dict[tuple[str, bool], bool] = {}

    # -- word classes -------------------------------------------------------------------

    def head_kind(self, lower: str) -> Optional[str]:
        """The kind of a noun that can fill a role ("regierung" -> organisation), or None."""
        if lower in self._head_cache:
            return self._head_cache[lower]
        word = lower.rsplit("-", 1)[1] if "-" in lower else lower  # "EU-Kommission", "Kreml-Chef"
        kind = self.kinds.get(lower) or self.kinds.get(word)
        if kind is None:
            # a genitive or dative plural of a listed noun: "des Gerichts", "den Ermittlern"
            for ending in self.inflections:
                if word.endswith(ending) and len(word) - len(ending) >= 3:
                    kind = self.kinds.get(word[: -len(ending)])
                    if kind is not None:
                        break
        # a genitive -s is stripped too: "eines Randalierers"
        shapes = (word, word[:-1]) if word.endswith("s") and len(word) > 6 else (word,)
        for shape in shapes:
            if kind is None and len(shape) > 4 and shape not in self.closed and shape not in self.not_people_nouns:
                if (
                    self.is_demonym(shape, noun=True)  # "Tunesier", "Schweizer"
                    or shape.endswith(self.agent_noun_endings)  # "Veranstalter", "Kritikern", "Islamist"
                    and not bare_participle(shape)  # "Eingeplant sind …" is no "-ant" noun
                    or shape.startswith(self.participle_prefixes)  # "der Verurteilte", "Unbekannte"
                    and shape.endswith(self.participle_endings)
                ):
                    kind = "group"
        if len(self._head_cache) < 100_000:
            self._head_cache[lower] = kind
        return kind

    def _noun_kind(self, text: str, lower: str) -> Optional[str]:
        """The kind of a capitalised word as a head noun, or None (cached per spelling)."""
        kind = self._noun_cache.get(text, "?")
        if kind == "?":
            kind = self.head_kind(lower) if _capitalised(text) and lower not in self.closed else None
            if len(self._noun_cache) < 100_000:
                self._noun_cache[text] = kind
        return kind

    def is_demonym(self, lower: str, *, noun: bool = False) -> bool:
        """Whether a word names a place's people: "israelischen", "deutsche", "Ukrainer"."""
        key = (lower, noun)
        if key not in self._demonym_cache:
            self._demonym_cache[key] = self._demonym(lower.rsplit("-", 1)[-1], noun)
        return self._demonym_cache[key]

    def _demonym(self, word: str, noun: bool) -> bool:
        endings = self.demonym_noun_endings if noun else self.demonym_adjective_endings
        for ending in endings:
            if not word.endswith(ending):
                continue
            stem = word[: -len(ending)]
            if stem in self.not_demonyms or stem + "isch" in self.not_demonyms or word in self.not_demonyms:
                return False
            if "isch" not in ending:
                # "deutsch-en", "Tunes-ier": the whole stem begins a place name
                if len(stem) >= self.demonym_min_stem and stem in self.place_prefixes:
                    return True
                continue
            if len(stem) < self.demonym_min_prefix:
                continue
            # "französ-isch": the longest beginning of the stem that begins a place name
            k = len(stem)
            while k >= self.demonym_min_prefix and stem[:k] not in self.place_prefixes:
                k -= 1
            if k >= self.demonym_min_prefix and len(stem) - k <= self.demonym_max_rest:
                return True
        return False

    def _is_adjective(self, text: str, lower: str) -> bool:
        return (
            text.islower()
            and text.isalpha()
            and lower.endswith(self.adjective_endings)
            and lower not in self.not_adjectives
            and lower not in self.pronouns
        )

    # -- the phrase around a head -------------------------------------------------------

    def _phrase_start(self, words: _Words, head: int) -> int:
        """The first token of the noun phrase ending at ``head``: its adjectives, when the
        word before them may open a noun phrase ("die regionale Militärverwaltung")."""
        texts, lowers = words.texts, words.lowers
        i = head
        while i > 0 and head - i < 3:
            low = lowers[i - 1]
            # "Amerikaner übernehmen Basler Firma X": after a noun, a word with a verb's ending is the verb
            adjective = self._is_adjective(texts[i - 1], low) and not self._verb_after_noun(words, i - 1) or (
                texts[i - 1].istitle() and (low.endswith(self.capitalised_adjective_endings) or self.is_demonym(low))
            ) or (i == head and self._place_adjective(words, i - 1))
            if not adjective:
                break
            i -= 1
        if i == head:
            return head
        if i == 0 or words.starts[i] or lowers[i - 1] in self.np_openers:
            return i
        before = texts[i - 1]
        return i if before[:1].isdigit() or not before[:1].isalnum() else head  # a number, punctuation, a line

    def _verb_after_noun(self, words: _Words, j: int) -> bool:
        """Whether the lower-case word at ``j`` is a verb: a verb of paying or saying, or one right
        after a capitalised noun that no article or preposition governs ("Amerikaner übernehmen")."""
        if words.lowers[j] in self.name_verbs:
            return True
        if j == 0 or words.starts[j]:
            return False
        before = words.texts[j - 1]
        return before[:1].isupper() and before.isalpha() and words.lowers[j - 1] not in self.np_openers and words.lowers[j - 1] not in self.closed

    def _name_adjective(self, words: _Words, i: int) -> bool:
        """ "das Auswärtige Amt", "das Statistische Bundesamt": inside a sentence, after an
        article or preposition, a capitalised adjective before an institution's noun is part of
        its name (German capitalises adjectives only in names), not a noun of its own."""
        texts, lowers = words.texts, words.lowers
        j = i + 1
        return (
            0 < i
            and j < len(texts)
            and not words.starts[i]
            and texts[i].istitle()
            and lowers[i].endswith(self.capitalised_adjective_endings)
            and lowers[i - 1] in self.np_openers
            and self._noun_kind(texts[j], lowers[j]) == "organisation"
        )

    def _place_adjective(self, words: _Words, i: int) -> bool:
        """ "die Brüsseler Behörde", "der Zürcher Konzern": a capitalised word in "-er" (a place's
        indeclinable adjective) right before a head noun of the same phrase is no noun of its own;
        German sets no two nouns side by side without a comma or article."""
        texts, lowers = words.texts, words.lowers
        j = i + 1
        if j >= len(texts) or words.starts[j] or not lowers[i].endswith(self.place_adjective_endings):
            return False
        if len(lowers[i]) < 5 or not texts[i].istitle() or not texts[i].isalpha() or lowers[i] in self.closed:
            return False
        if self.kinds.get(lowers[i]) is not None and not self.is_demonym(lowers[i], noun=True):
            return False  # a listed noun of people ("die Ermittler Reportern"), no adjective
        kind = self._noun_kind(texts[j], lowers[j])
        return kind is not None and kind != "event"

    def _people_kind(self, lowers: list[str], start: int, head: int) -> str:
        """ "person" for one person ("ein Passagier", "Lehrerin"), else "group"."""
        if lowers[head].endswith(self.singular_endings) and not lowers[head].endswith("innen"):
            return "person"
        before = lowers[start - 1] if start > 0 else ""
        if before in self.singular_determiners or before in self.one_person_words:
            return "person"
        return "group"

    def _counted_people(self, words: _Words, i: int) -> bool:
        """ "zwei Verantwortliche", "mehrere Beteiligte": an adjective used as a noun after a
        number or a vague quantifier, with no capitalised word after it (then it is an adjective)."""
        texts, lowers = words.texts, words.lowers
        if i == 0 or words.starts[i] or not lowers[i].endswith(self.counted_people_endings) or lowers[i] in self.not_people_nouns:
            return False  # "24 Monaten": a unit of time, no people
        before = lowers[i - 1]
        if not (before.isdigit() or before in self.counters):
            return False
        return i + 1 >= len(texts) or not _capitalised(texts[i + 1])

    def _purposes(self, doc: Doc, words: _Words, covered: list[bool]) -> list[tuple[int, int]]:
        """What money goes to: the capitalised words after a purpose preposition ("für
        Modellprojekte", "zugunsten der Tafel"), articles and adjectives skipped, in sentences
        with a money amount, where no other mention stands."""
        if AMOUNTS_KEY not in doc.spans:
            return []
        money = [s.start for s in doc.spans[AMOUNTS_KEY] if s.label_ == "money"]
        if not money:
            return []
        texts, lowers, starts = words.texts, words.lowers, words.starts
        n = len(texts)
        sentence = list(accumulate(starts))
        money_sentences = {sentence[i] for i in money}
        found = []
        for i, low in enumerate(lowers):
            if low not in self.purpose_openers or sentence[i] not in money_sentences:
                continue
            j = i + 1
            while j < n and j - i <= 3 and not starts[j] and (
                lowers[j] in self.np_openers or self._is_adjective(texts[j], lowers[j])
            ):
                j += 1
            end = j
            while end < n and end - j < 3 and not starts[end] and not covered[end]:
                if not _capitalised(texts[end]) or lowers[end] in self.closed:
                    break
                end += 1
            if end > j:
                found.append((j, end))
                for k in range(j, end):
                    covered[k] = True
        return found

    # -- names --------------------------------------------------------------------------

    def _entity_kind(self, label: str) -> Optional[str]:
        if label not in self.label_kinds:
            if label not in self._warned:
                self._warned.add(label)
                warnings.warn(Warnings.W030.format(label=label))
            return None
        return self.label_kinds[label]

    def _is_name_word(self, text: str, lower: str) -> bool:
        """A word of a proper name: capitalised or an acronym ("Frankensport", "KiK", "Cevi"),
        no closed-class word and no noun the lexicons know."""
        return (
            _capitalised(text)
            and lower not in self.closed
            and self.kinds.get(lower) is None
            and lower not in self.money_words  # "vom Bund Garantien", "vom Land Zuschüsse": the object
            and not self._money_plural(lower)  # "meldete die Hagelversicherung Schäden von …": no apposed name
        )

    def _money_plural(self, lower: str) -> bool:
        """A plural of a noun of money the tables list in the singular ("Schäden", "Verluste")."""
        # "Schäden" (umlaut only), "Verluste" (-e), "Zahlungen" (-en), "Ausgleichszahlungen"
        stems = (lower, lower[:-1] if lower.endswith("e") else "", lower[:-2] if lower.endswith("en") else "")
        return any(
            stem and stem != lower and stem in self.money_words or stem.replace("ä", "a") != stem and stem.replace("ä", "a") in self.money_words
            for stem in stems
        )

    def _name_run(self, words: _Words, i: int, covered: list[bool], limit: int = 4) -> int:
        """The end of a run of name words starting at ``i`` (``i`` if none)."""
        j = i
        n = len(words.texts)
        while j < n and j - i < limit and not covered[j] and self._is_name_word(words.texts[j], words.lowers[j]):
            if j > i and words.starts[j]:
                break
            j += 1
        return j

    def _apposition(
        self, words: _Words, i: int, covered: list[bool], names: list[tuple[int, int, str]], kind: str
    ) -> int:
        """The end of a name right after a head noun ("der Sportartikelhersteller Frankensport",
        "die Zeitung „Delo“"), or ``i`` if none; the name is recorded (of the head's kind) and
        marked covered, so the head's mention reaches over it."""
        texts = words.texts
        n = len(texts)
        j = i + (i < n and texts[i] in _QUOTES)
        if j >= n or words.starts[j]:
            return i
        if self._dative_then_money(words, i, j):
            return i
        end = self._name_run(words, j, covered)
        if end == j or self._measured(words, end):
            return i
        names.append((j, end, kind))
        for k in range(i, end):
            covered[k] = True
        return end + (end < n and j > i and texts[end] in _QUOTES)

    def _measured(self, words: _Words, end: int) -> bool:
        """Whether a phrase of worth opens at ``end`` ("Bargeld in Höhe von …"): the words
        before it name a thing, not a name."""
        lowers = words.lowers
        return any(tuple(lowers[end : end + len(p)]) == p for p in self.measured_openers)

    def _dative_then_money(self, words: _Words, i: int, j: int) -> bool:
        """ "sagte dem Land Soforthilfe zu": after a head noun with a dative-only article, a noun
        of money is the thing given, no name of the head ("der Stiftung Opferhilfe", "den Verein
        Sporthilfe" may be either, and stay names)."""
        head = i - 1
        while head > 0 and words.lowers[head - 1] not in self.dative_articles and head > i - 3:
            head -= 1
        return (
            head > 0
            and words.lowers[head - 1] in self.dative_articles
            and self.money_heads.get(words.lowers[j]) is not None
        )

    def _speakers(self, doc: Doc, words: _Words, covered: list[bool]) -> list[tuple[int, int, str]]:
        """ "Gerber: Die Schweiz hatte bisher Glück": an interviewee's name opening a line before
        a colon, when the name stands elsewhere in the text too (the interview's introduction)."""
        found = []
        texts = words.texts
        counts: Optional[Counter[str]] = None
        for i in [0] + [i + 1 for i, t in enumerate(texts) if "\n" in t]:
            end = self._name_run(words, i, covered, limit=3)
            if i < end < len(texts) and texts[end] == ":":
                counts = counts or Counter(texts)
                if counts[texts[end - 1]] > 1:
                    found.append((i, end, "person"))
        return found

    def _cued_names(self, words: _Words, covered: list[bool]) -> list[tuple[int, int, str]]:
        """A name right after a source cue ("laut Wifo", "nach Angaben der Militärjunta") or
        right before "zufolge" names who says so: an organisation unless its head says otherwise."""
        found = []
        texts, lowers = words.texts, words.lowers
        n = len(texts)
        for i, low in enumerate(lowers):
            if low not in self.cue_openers:
                continue
            hit = self.source_cues.match(lowers, i)
            if hit is not None:
                j = i + hit[0]
                while j < n and j - i - hit[0] < 3 and (lowers[j] in self.closed or texts[j] in _QUOTES):
                    j += 1
                end = self._name_run(words, j, covered)
                if end > j:
                    # after a quotation ("„...“, so Halvorsen") the cue names who spoke: a person
                    quoted = i >= 2 and texts[i - 1] == "," and texts[i - 2] in _QUOTES
                    found.append((j, end, "person" if quoted else "organisation"))
                    for k in range(j, end):
                        covered[k] = True
            elif self.source_cues_after.get(low) and i > 0 and not covered[i - 1]:
                start = i - 1
                while start > 0 and i - start < 3 and self._is_name_word(texts[start - 1], lowers[start - 1]):
                    start -= 1
                if self._is_name_word(texts[i - 1], lowers[i - 1]):
                    found.append((start, i, "organisation"))
        return found

    def _bracketed_names(
        self, words: _Words, found: list[tuple[int, int, str]], covered: list[bool]
    ) -> list[tuple[int, int, str]]:
        """ "Bundesamt für Strassen (Astra)": a short name in brackets right after a mention (or
        after its "für ..." tail) names the same party, and is looked for again in the text."""
        texts = words.texts
        n = len(texts)
        out = []
        for start, end, kind in found:
            if kind in ("pronoun", "document"):
                continue
            j = end
            while j < n and j - end < 4 and texts[j] != "(" and not words.starts[j] and texts[j] not in ".,;:":
                j += 1  # "Bundesamt für Strassen (Astra)": the name's tail may come first
            if j + 2 < n and texts[j] == "(" and texts[j + 2] == ")" and not covered[j + 1]:
                if self._is_name_word(texts[j + 1], words.lowers[j + 1]):
                    out.append((j + 1, j + 2, kind))
        return out

    def _name_parts(self, words: _Words, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """ "Der Softwaredienstleister Quellwerk Systems ... Quellwerk hat berufen": a word of an
        organisation's name that looks like no common noun or adjective stands for it later (places
        in a name are entities of their own, found by the recognizer)."""
        texts, lowers = words.texts, words.lowers
        return [
            (k, k + 1, kind)
            for start, end, kind in names
            if kind == "organisation" and end - start > 1
            for k in range(start, end)
            if self._name_shaped(texts[k], lowers[k])
        ]

    @staticmethod
    def _same_names(
        words: _Words, names: list[tuple[int, int, str]], covered: list[bool]
    ) -> list[tuple[int, int, str]]:
        """Every other occurrence of a name found once ("Der Sportartikelhersteller Frankensport
        ..." then "Frankensport schüttet ... aus") is a mention of the same kind, in the genitive
        too ("nach Kolbecks Rechnung")."""
        if not names:
            return []
        texts = words.texts
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for start, end, kind in names:
            name = tuple(texts[start:end])
            by_first.setdefault(name[0], []).append((name, kind))
            if name[-1][-1:].isalpha() and name[-1][-1:] not in _SIBILANTS:
                genitive = name[:-1] + (name[-1] + "s",)
                by_first.setdefault(genitive[0], []).append((genitive, kind))
        found = []
        for i, text in enumerate(texts):
            if text not in by_first or covered[i]:
                continue
            for name, kind in by_first[text]:
                end = i + len(name)
                if tuple(texts[i:end]) == name and not any(covered[i:end]):
                    found.append((i, end, kind))
                    for k in range(i, end):
                        covered[k] = True
                    break
        return found

    def _legal_form_at(self, texts: list[str], i: int) -> int:
        """The end of a legal form ("gGmbH", "e. V.") starting at ``i``, or ``i`` if none starts there."""
        for form in self.legal_forms.get(texts[i], ()):
            if tuple(texts[i : i + len(form)]) == form:
                return i + len(form)
        return i

    def _legal_form_names(self, words: _Words, covered: list[bool]) -> list[tuple[int, int, int]]:
        """ "Sonnenhang Wohnen gGmbH", "Förderkreis Waldbad e. V.": up to three capitalised words
        before a legal form name a company. Returns ``(start, form_start, end)`` for each."""
        texts, lowers, starts = words.texts, words.lowers, words.starts
        found = []
        if self.legal_forms.keys().isdisjoint(texts):
            return found
        for i, text in enumerate(texts):
            if text not in self.legal_forms or covered[i] or i == 0:
                continue
            end = self._legal_form_at(texts, i)
            if end == i:
                continue
            start = i
            while start > 0 and i - start < 3 and not covered[start - 1] and not starts[start]:
                if not _capitalised(texts[start - 1]) or lowers[start - 1] in self.closed:
                    break
                start -= 1
            if start < i:
                found.append((start, i, end))
                for k in range(start, end):
                    covered[k] = True
        return found

    def _short_name(self, texts: list[str], start: int, end: int) -> Optional[tuple[int, int]]:
        """The name without its legal form ("Sonnenhang Wohnen" of "Sonnenhang Wohnen gGmbH"), or None."""
        for k in range(start + 1, end):
            if texts[k] in self.legal_forms and self._legal_form_at(texts, k) == end:
                return start, k
        return None

    def _instances(
        self, words: _Words, found: list[tuple[int, int, str]], covered: list[bool]
    ) -> list[tuple[int, int, str]]:
        """ "für Klubs wie Sturmvogel": a name right after a mention and an instance link names one
        of its kind."""
        texts, lowers, starts = words.texts, words.lowers, words.starts
        n = len(texts)
        out = []
        for _, end, kind in found:
            if kind not in ("person", "organisation", "group", "place") or end >= n:
                continue
            link = texts[end]
            if link not in self.instance_links or starts[end]:
                continue
            j = end + 1
            if j < n and lowers[j] in self.determiners:
                j += 1
            if j >= n or starts[j]:
                continue
            stop = self._name_run(words, j, covered)
            if stop == j:
                continue
            out.append((j, stop, "person" if kind == "group" else kind))
            for k in range(j, stop):
                covered[k] = True
        return out

    def _closing_names(
        self, words: _Words, found: list[tuple[int, int, str]], covered: list[bool]
    ) -> list[tuple[int, int, str]]:
        """ "..., sagte die Präsidentin des Verbands, Ursina Caflisch.": a full name (two or three
        name words) between a comma and the end of the sentence, shortly after a mention of a
        person, names that person. (A name between two commas is left to the role stages.)"""
        texts, starts = words.texts, words.starts
        n = len(texts)
        out = []
        for _, end, kind in found:
            if kind != "person":
                continue
            comma = next((j for j in range(end, min(n, end + _CLOSING_REACH)) if texts[j] == "," or starts[j]), None)
            if comma is None or texts[comma] != "," or comma + 1 >= n or starts[comma + 1]:
                continue
            stop = self._name_run(words, comma + 1, covered, limit=3)
            if stop - comma > 2 and (stop == n or starts[stop] or texts[stop] in ".!?"):
                out.append((comma + 1, stop, "person"))
                for k in range(comma + 1, stop):
                    covered[k] = True
        return out

    def _name_shaped(self, text: str, lower: str) -> bool:
        """An unknown capitalised word that looks like no German common noun: none of the common
        noun endings, no noun of money or things ("Stadtlink", "Kornwald", "Havelstrom")."""
        return (
            len(lower) > 2
            and self._is_name_word(text, lower)
            and not lower.endswith(self.not_name_endings)
            and self.not_names.get(lower) is None
            and self.head_kind(lower) is None
        )

    def _opens_clause(self, words: _Words, i: int) -> bool:
        """Whether the word at ``i`` opens a clause, a definite article before it allowed."""
        if i > 0 and not words.starts[i] and words.lowers[i - 1] in self.name_articles:
            i -= 1
        return words.starts[i] or i > 0 and words.texts[i - 1] in _CLAUSE_MARKS

    def _verb_names(self, words: _Words, candidates: list[int], covered: list[bool]) -> list[tuple[int, int, str]]:
        """Names next to a verb of paying, receiving, costing or saying: "Havelstrom zahlt", "zahlte
        Stadtlink", "beziffert die Kornwald" (organisations), and after a quotation "..., sagt Kolbeck."
        (a person; any name run there, whatever its endings). ``candidates``: the capitalised
        words the lexicons do not know."""
        texts, lowers, starts = words.texts, words.lowers, words.starts
        n = len(texts)
        found = []
        verbs = self.name_verbs
        for i in candidates:
            text = texts[i]
            if covered[i] or not text[:1].isupper():
                continue
            before = i - 1
            if before >= 0 and lowers[before] in self.name_articles and not starts[i]:
                before -= 1
            verb_before = before >= 0 and texts[before].islower() and lowers[before] in verbs
            verb_after = i + 1 < n and texts[i + 1].islower() and lowers[i + 1] in verbs
            if not (verb_before or verb_after):
                continue
            quoted = verb_before and before == i - 1 and before >= 1 and texts[before - 1] in _QUOTE_ENDS
            if quoted:
                end = self._name_run(words, i, covered, limit=3)  # "„...“, sagt Kolbeck."
                if end > i and (end >= n or texts[end] in ",.;" or starts[end]):
                    found.append((i, end, "person"))
                    for k in range(i, end):
                        covered[k] = True
                    continue
            if verb_after and not self._opens_clause(words, i):
                verb_after = False  # "Havelstrom zahlt", "Die Kornwald beziffert": the name opens its clause
            if not (verb_before or verb_after) or not self._name_shaped(text, lowers[i]):
                continue
            # a capitalised sentence opener may be any word: "Oft geht es ...", "Wohin fließt ..."
            if starts[i] and not verb_before and (lowers[i] in self.not_name_openers or lowers[i] in texts):
                continue
            found.append((i, i + 1, "organisation"))
            covered[i] = True
        return found

    # -- the component ------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        words = _Words(doc)
        texts, lowers, starts = words.texts, words.lowers, words.starts
        n = len(texts)
        found: list[tuple[int, int, str]] = []
        names: list[tuple[int, int, str]] = []  # proper names, looked for again in the whole text
        covered = [False] * n

        def add(start: int, end: int, kind: str, name: bool = False) -> None:
            found.append((start, end, kind))
            if name:
                names.append((start, end, kind))
            for k in range(start, end):
                covered[k] = True

        ents = list(doc.ents)
        for ent in ents:
            kind = self._entity_kind(ent.label_)
            if kind is not None:
                start = self._phrase_start(words, ent.start) if kind == "group" else ent.start
                if start == ent.start > 0 and not starts[start] and self._place_adjective(words, start - 1):
                    start -= 1  # "die Kiewer Regierung": the recognizer took the institution alone
                elif kind == "organisation" and start == ent.start > 0 and self._name_adjective(words, start - 1):
                    start -= 1  # "das Statistische Bundesamt": the recognizer took the noun alone
                end = ent.end
                if kind != "group" and end < n and _ROMAN_NUMERAL.fullmatch(texts[end]) and not starts[end]:
                    end += 1  # the numeral is part of the name, no word of its own
                add(start, end, kind)
                if kind != "group":
                    names.append((ent.start, ent.end, kind))
                    short = self._short_name(texts, ent.start, ent.end) if kind == "organisation" else None
                    if short is not None:
                        names.append((*short, kind))  # "Siemens AG" ... "Siemens"
        for start, form, end in self._legal_form_names(words, covered):
            add(start, end, "organisation", name=True)
            names.append((start, form, "organisation"))
        for ent in ents:
            head = self.head_kind(lowers[ent.end - 1]) if covered[ent.end - 1] else None
            if head is not None:
                # "der Katastrophenschutzbehörde Afad": a name after an institution the recognizer found
                end = self._apposition(words, ent.end, covered, names, head)
                if end > ent.end:
                    found.append((ent.end, end, head))
        for start, end, kind in self._speakers(doc, words, covered):
            add(start, end, kind, name=True)
        pronouns = self.pronouns
        lower_words: list[int] = []
        capitalised_adjectives: list[int] = []
        unknown: list[int] = []  # capitalised words that are no head noun of the lexicons
        places: Optional[set[int]] = None  # where place names start, read when first needed
        person_names: Optional[set[int]] = None  # where persons' names start, read when first needed
        for i, text in enumerate(texts):
            low = lowers[i]
            if covered[i]:
                continue
            if low == text and low not in pronouns:
                if len(low) > 5:
                    lower_words.append(i)  # a demonym adjective, perhaps
                continue  # lower-case words are no heads
            if low in pronouns and (text.islower() or text.istitle() and (starts[i] or low in self.polite_pronouns)):
                add(i, i + 1, "pronoun")
                continue
            if self._name_adjective(words, i):
                continue  # "das Auswärtige Amt": read with the head after it
            kind = self._noun_kind(text, low)
            if kind is not None and self._place_adjective(words, i):
                continue  # read with the head after it
            if kind is None:
                if not self._counted_people(words, i):
                    unknown.append(i)  # a name, perhaps, by the words around it
                    if low.endswith(self.capitalised_adjective_endings) and low not in self.closed:
                        capitalised_adjectives.append(i)  # "Ukrainische Drohnen", "die Oberrheinische"
                    continue
                kind = "group"
            if kind == "event":
                # the head alone: an adjective before it may be a demonym naming the attacker
                add(i, i + 1, kind)
                continue
            start = self._phrase_start(words, i)
            if start == i and i > 0 and not starts[i] and not covered[i - 1] and self._place_adjective(words, i - 1):
                start = i - 1  # "teilte Brüsseler Behörde mit": no article before the place adjective
            start = max([j + 1 for j in range(start, i) if covered[j]], default=start)
            if kind == "group" or kind == "person" and self.kinds.words.get(low) != "person":
                kind = self._people_kind(lowers, start, i)
            if kind in ("person", "organisation") and i + 1 < n and covered[i + 1]:
                if places is None:
                    places = {start for start, _, k in found if k == "place"}
                if i + 1 not in places:
                    continue  # "Bürgermeister Ihor Terechow": the name is the mention
                # "die Versicherungskammer Bayern": the place names where the institution is, not who
            elif kind == "group" and i + 1 < n and covered[i + 1]:
                if person_names is None:
                    person_names = {start for start, _, k in found if k == "person"}
                if i + 1 in person_names:
                    continue  # "Tesla-Chef Elon Musk": a title without article before a person's name
            end = self._apposition(words, i + 1, covered, names, "person" if kind == "group" else kind)
            # "die Glemmtaler Bergbahnen": after the adjective of a place no gazetteer knows (a
            # valley, a region), a body is named by it; "die Brüsseler Behörde" is described
            named = start == i - 1 and kind == "organisation" and self._place_adjective(words, start)
            add(start, end, kind, name=named and not self.is_demonym(lowers[start], noun=True))
        for start, end, kind in self._cued_names(words, covered):
            add(start, end, kind, name=True)
        for start, end, kind in self._bracketed_names(words, found, covered):
            add(start, end, kind, name=True)
        for i in capitalised_adjectives:
            if covered[i]:
                continue
            if not starts[i] and lowers[i - 1] in self.determiners:
                # mid-sentence, a capitalised adjective after an article opens a name: "der Nationale
                # Krisenstab", "die Oberrheinische" (alone only with an adjective's own ending)
                end = self._name_run(words, i, covered)
                if end > i + 1 or lowers[i].endswith(self.name_adjective_endings) and not (
                    i + 1 < n and _capitalised(texts[i + 1])
                ):
                    add(i, end, "organisation", name=True)
            elif self.is_demonym(lowers[i]):
                add(i, i + 1, "place")  # a sentence opening with the attacker's adjective
        names += self._name_parts(words, names)
        # names found so far, found again, before the verb rule reads a part of one as a name of its own
        again = self._same_names(words, names, covered)
        found += again
        looked_for = len(names)
        for start, end, kind in self._verb_names(words, unknown, covered):
            add(start, end, kind, name=True)
        persons = frozenset(start for start, _, kind in found if kind == "person")
        for start, end, kind in self.bare_names.find(words, unknown, covered, persons):
            add(start, end, kind, name=True)
        for start, end, kind in self._instances(words, sorted(found), covered):
            add(start, end, kind, name=True)
        for start, end, kind in self._closing_names(words, sorted(found), covered):
            add(start, end, kind, name=True)
        for i in lower_words:
            # "bei israelischen Drohnenangriffen": the adjective names the attacker
            if not covered[i] and self.is_demonym(lowers[i]) and lowers[i].isalpha():
                add(i, i + 1, "place")
        for start, end in self._purposes(doc, words, covered):
            add(start, end, "purpose")
        later = self._same_names(words, names[looked_for:], covered)
        found += later
        found.sort()
        spans = [Span(doc, start, end, label=kind) for start, end, kind in found]
        # a mention that holds a name ("der Sportartikelhersteller Frankensport") or repeats one,
        # told from common nouns: the roles prefer names (referents.py)
        name_ends: dict[int, int] = {}
        for start, end, _ in names + again + later:
            name_ends[start] = min(end, name_ends.get(start, end))
        for span in spans:
            if any(name_ends.get(k, n + 1) <= span.end for k in range(span.start, span.end)):
                doc.user_data[_value_key(span, "is_name")] = True  # span._.is_name, without the proxy
        if any(kind == "pronoun" for _, _, kind in found):
            self._resolve_pronouns(words, spans)
        doc.spans[MENTIONS_KEY] = spans
        return doc

    def _feminine(self, words: _Words, span: Span) -> bool:
        """A common noun of one woman ("Ehefrau", "Pensionistin"), never a masculine pronoun's
        antecedent; a name is not read by its ending ("Martin")."""
        if mention_is_name(span):
            return False
        head = words.lowers[span.end - 1]
        return head in self.feminine_person_nouns or len(head) > 5 and head.endswith(self.feminine_person_endings)

    def _resolve_pronouns(self, words: _Words, spans: list[Span]) -> None:
        """The antecedent of a pronoun: the nearest mention before it of a kind it can stand for,
        at most ``antecedent_sentences`` sentences back in the same paragraph."""
        sentence = list(accumulate(words.starts))
        paragraph = list(accumulate(holds_blank_line(t) for t in words.texts))
        for k, span in enumerate(spans):
            if span.label_ != "pronoun":
                continue
            targets = _PRONOUN_TARGETS.get(self.pronouns[words.lowers[span.start]], ())
            masculine = self.pronouns[words.lowers[span.start]] == "person"
            for j in range(k - 1, -1, -1):
                other = spans[j]
                if (
                    paragraph[other.start] != paragraph[span.start]
                    or sentence[span.start] - sentence[other.start] > self.antecedent_sentences
                ):
                    break
                kind = other.label_
                if kind == "pronoun" and mention_antecedent(other) is not None:
                    span.doc.user_data[_value_key(span, "antecedent")] = mention_antecedent(other)
                    break
                if kind in targets and not (masculine and self._feminine(words, other)):
                    span.doc.user_data[_value_key(span, "antecedent")] = (other.start, other.end)
                    break


@Language.factory(
    "claimex_mentions",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={"label_kinds": DEFAULT_LABEL_KINDS},
)
def make_mention_finder(nlp: Language, name: str, label_kinds: Dict[str, Optional[str]]) -> MentionFinder:
    """Registered factory of :class:`MentionFinder`."""
    return MentionFinder(nlp, label_kinds)
