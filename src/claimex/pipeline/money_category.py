"""Which kind of money an amount is: the ``category`` of a monetary claim (CLAIMS.md).

The words that decide are cues: the entries of ``money_terms.json`` ("im Wert von", "Umsatz",
"kostet"), and beyond them, from ``money_category.json``, any compound or inflected form of a
head ("Schmerzensgeld", "Lizenzgebühren", "Konzerngewinns": German compounds end in their head),
verb stems in any tense ("kosteten", "investierte") and separable verbs around the amount
("setzte 58 Millionen Euro um"); a compound of a head that only holds money is named by its
modifier ("Hilfsprogramm", "Sparpaket").

Among the cues of the amount's sentence the strongest decides, not the nearest:

1. a cue that governs the amount: the noun it is attached to ("Kaufpreis von X", "Schaden in
   Höhe von X", "X Schadenersatz", "X an Fördergeldern", the object of an estimate "beziffert die
   Schäden auf X");
2. a separable verb that brackets the amount ("gab 90.000 Euro für Spielplätze aus");
3. the nearest verb of the amount's clause, else its nearest noun: a noun that does not govern the
   amount only says what it is for or about ("bekommt für den Ausfall 95.000 Euro"); a verb that
   names no kind of money by itself ("kostete", "verlor") yields to a noun of the clause ("Ein
   Kaskoschaden kostete 4.230 Euro"), or to a harm named anywhere in the sentence, and a verb of
   costing frames that noun ("Der Sozialplan kostet den Konzern 9 Millionen" is a cost);
4. the category of a claim before it in the sentence that it carries on ("Der Umsatz stieg auf
   310 Millionen, nach 262 Millionen im Vorjahr"), else the nearest verb of the sentence, else its
   nearest noun;
5. a unit noun ("47 Dollar je Barrel").

Before all of them, a currency or commodity named right before the amount makes it a market price
("Euro 0,92 Fr.", "Gold 4175 $").

The sentence may reframe the winning cue: a payment one is sentenced to or must make for an
offence is a fine ("zur Zahlung von X verurteilt"), lost income is damage, a payment for shares
is the price of a stake (value). With no cue in the sentence, an amount per unit ("289 Euro pro
Tag") is a price; else the paragraph's topic speaks: a money claim of the previous sentences of
the paragraph that this amount continues ("Im Vorjahr waren es 32 Millionen"), else the cues of
those sentences, else the headline's claim, else its cues; only then the default, the most
frequent category of such amounts on the train split (``benchmarks/money_category.py --fit``),
which also measures the precision of each kind of evidence: the category's confidence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable, Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, sentence_of
from ..lang.de import load_table
from ..lang.de import words as closed_class
from .cues import Cue, SentenceCues, clause_of
from .sources import paragraph_break

__all__ = ["MoneyCategory", "MoneyCategorizer", "DocMoneyCategories", "CategoryTables", "category_tables"]

#: How many tokens may stand between a noun cue and the amount it governs ("Schaden in Höhe von").
_LINK_REACH = 4
#: How many tokens may stand between the head noun of a phrase and a money noun in its attribute
#: ("Kosten für die Behandlung und Lohnfortzahlung").
_ATTRIBUTE_REACH = 5
#: How many tokens may stand between a currency or commodity and the amount that is its price
#: ("Der Euro war am Freitag 0,93 Franken wert").
_PRICED_REACH = 8
#: Ranks of a cue's scope: lower is stronger. A separable verb around the amount frames it, but
#: the noun the amount is attached to says more ("bietet eine Zahlung von X an"); in the clause a
#: verb says more than a noun that does not govern the amount; a unit noun ("je Barrel") speaks
#: only when nothing else does.
_GOVERNS, _FRAMES, _CLAUSE, _CLAUSE_NOUN, _SENTENCE, _SENTENCE_NOUN, _UNIT = 0, 1, 2, 3, 4, 5, 6
_EVIDENCE = ("governs", "frames", "clause", "clause", "sentence", "sentence", "unit")


@dataclass(frozen=True)
class MoneyCategory:
    """The category of one amount and what decided it.

    cue: the deciding cue when it lies in the amount's own sentence (the claim's trigger), else None.
    evidence: "market" (a currency or commodity right before it), "governs", "frames", "clause",
        "sentence", "sentence.claim" (the claim before it in the sentence), "unit", "price" (no cue, counted per unit),
        "bought" (no cue, "für X": what is had for it), "context.claim", "context.paragraph",
        "context.headline" or "default".
    """

    category: str
    cue: Optional[Cue]
    evidence: str
    #: the measured precision of ``evidence`` on the train split (benchmarks/money_category.py)
    confidence: float = 0.5


@dataclass(frozen=True)
class _Separable:
    verbs: frozenset[str]
    particle: tuple[str, ...]
    category: str


@dataclass(frozen=True)
class _Group:
    """Words of which one must be in the text: whole words, and endings ("*strafe": "Kartellstrafe")."""

    words: frozenset[str]
    endings: tuple[str, ...]

    @classmethod
    def of(cls, entries: Sequence[str]) -> "_Group":
        return cls(
            frozenset(e for e in entries if not e.startswith("*")),
            tuple(e[1:] for e in entries if e.startswith("*")),
        )

    def found_in(self, words: set[str], stop: frozenset[str]) -> bool:
        if self.words & words:
            return True
        return bool(self.endings) and any(w.endswith(self.endings) and w not in stop for w in words)


@dataclass(frozen=True)
class _Reframe:
    #: the cue words it reframes ("*kosten": any compound of the head, "Reisekosten"), or empty
    cues: Optional[_Group]
    sources: frozenset[str]  # the categories it reframes, or empty
    context: tuple[_Group, ...]  # each group needs a word in the sentence
    category: str
    #: the context may also lie in the sentences of the paragraph before it and the headline
    #: (its topic: "Die Kartellbehörde verhängte Bussen. ... Die Firma muss 2 Millionen zahlen.")
    paragraph: bool = False
    #: the context must lie in the amount's clause ("verdiente 6,9 Mrd., verlor 1,1 Mrd." are two)
    clause: bool = False
    #: groups of which no word may be in the context ("Die Chefs der Konzerne verdienten": a salary)
    unless: tuple[_Group, ...] = ()
    #: the reframe says what the paragraph is about, so it holds for the amounts of the sentences
    #: after it too ("Der Konzern hat weniger verdient. Unter dem Strich standen 2 Milliarden.")
    topic: bool = False

    def reframes(self, cue_words: set[str], category: str) -> bool:
        """Whether the cue is one this reframe may change."""
        return bool((self.cues is not None and self.cues.found_in(cue_words, frozenset())) or category in self.sources)

    def applies(self, cue_words: set[str], category: str, sentence: set[str], stop: frozenset[str]) -> bool:
        if not self.reframes(cue_words, category):
            return False
        if any(group.found_in(sentence, stop) for group in self.unless):
            return False
        return all(group.found_in(sentence, stop) for group in self.context)


class CategoryTables:
    """The tables of ``money_category.json`` and the cue words of ``money_terms.json``."""

    def __init__(self, table: dict[str, Any], cue_words: dict[str, list[str]]):
        # a head maps to its category; a word that only ends like a head ("Vertrag" is no "Ertrag")
        # maps to None and stops the compounds that end in it ("Tarifvertrag")
        self.heads: dict[str, Optional[str]] = {}
        for category, heads in table["heads"].items():
            for head in heads:
                self.heads.setdefault(head, category)
        for word in table["not_heads"]:
            self.heads[word] = None
        self.noun_endings: tuple[str, ...] = tuple(table["noun_endings"])
        self.penal_modifiers: tuple[str, ...] = tuple(table["penal_modifiers"]["modifiers"])
        self.penal_category: str = table["penal_modifiers"]["category"]
        self.penal_from = frozenset(table["penal_modifiers"]["from"])
        # longest first: "programmen" before "programm"
        self.containers: tuple[str, ...] = tuple(sorted(table["container_heads"], key=len, reverse=True))
        self.head_stop = frozenset(table["head_stop"])
        self.verb_forms: dict[str, str] = {}
        short_infinitive = tuple(table["short_infinitive_stems"])
        for category, stems in table["verb_stems"].items():
            for stem in stems:
                for ending in table["verb_endings"]:
                    self.verb_forms.setdefault(stem + ending, category)
                # "fördern", "sammeln": a stem in -el or -er makes its infinitive with -n alone
                if stem.endswith(short_infinitive):
                    for ending in ("n", "nd"):
                        self.verb_forms.setdefault(stem + ending, category)
                for participle in ("ge" + stem + "t", "ge" + stem + "et"):
                    self.verb_forms.setdefault(participle, category)
                    # a participle as an adjective: "die geforderten Summen", "gezahlte Beträge"
                    for ending in table["participle_endings"]:
                        self.verb_forms.setdefault(participle + ending, category)
        for category, stems in table["strong_forms"].items():
            for stem in stems:
                for ending in table["strong_endings"]:
                    self.verb_forms.setdefault(stem + ending, category)
        self.separable = tuple(
            _Separable(_with_subjunctive(s["verbs"]), tuple(s["particle"].split()), s["category"])
            for s in table["separable_verbs"]
        )
        self.separable_verbs = frozenset(v for s in self.separable for v in s.verbs)
        self.links_before = frozenset(table["links_before"])
        self.links_after = frozenset(table["links_after"])
        self.clause_back_pronouns = frozenset(table["clause_back_pronouns"])
        # "der Kaufpreis, der den Investor … kosten dürfte": the relative pronouns of a subject
        self.relative_pronouns = frozenset(load_table("role_cues.json")["relative_subjects"])
        self.object_articles = frozenset(table["object_articles"])
        self.estimate_links = frozenset(table["estimate_links"])
        self.attribute_links = frozenset(table["attribute_links"])
        self.reframes = tuple(
            _Reframe(
                _Group.of(r["cues"]) if r.get("cues") else None,
                frozenset([r["from"]] if isinstance(r.get("from"), str) else r.get("from", ())),
                tuple(_Group.of(group) for group in r["context"]),
                r["category"],
                bool(r.get("paragraph", False)),
                bool(r.get("clause", False)),
                tuple(_Group.of(group) for group in r.get("unless", ())),
                bool(r.get("topic", False)),
            )
            for r in table["reframes"]
        )
        self.transparent_verbs = frozenset(table["transparent_verbs"])
        self.costing_verbs = frozenset(table["costing_nouns"]["verbs"])
        self.costed: dict[str, str] = dict(table["costing_nouns"]["categories"])
        self.costed_after = frozenset(table["costing_nouns"]["after_amount"])
        self.worth_verbs = tuple((category, tuple(stems)) for category, stems in table["worth_verbs"].items())
        self.worth_nouns = tuple((category, tuple(stems)) for category, stems in table["worth_nouns"].items())
        payers = table["price_payers"]
        self.price_verbs = frozenset(payers["verbs"])
        self.consumer_verbs = frozenset(payers["consumer_verbs"])
        self.passive_price_verbs = frozenset(payers["passive_verbs"])
        self.passive_auxiliaries = frozenset(payers["passive_auxiliaries"])
        self.impersonal_payers = frozenset(payers["impersonal"])
        self.dative_words = frozenset(payers["dative_words"])
        self.dative_prepositions = closed_class("prepositions_before_dative")
        self.not_payer_before = frozenset(payers["not_payer_before"])
        self.price_payers = frozenset(w for w in payers["payers"] if not w.startswith("*"))
        self.price_payer_heads = tuple(w[1:] for w in payers["payers"] if w.startswith("*"))
        self.price_sellers = frozenset(w for w in payers["sellers"] if not w.startswith("*"))
        self.price_seller_heads = tuple(w[1:] for w in payers["sellers"] if w.startswith("*"))
        self.harm_events = tuple(table["harm_events"]["words"])
        self.harm_category: str = table["harm_events"]["category"]
        self.harm_consequences = tuple(table["harm_events"]["consequences"])
        self.transparent_links = frozenset(tuple(p.split()) for p in table["transparent_links"])
        self.per_unit = frozenset(table["per_unit"])
        self.not_unit_after = frozenset(table["not_unit_after"])
        self.noun_only = frozenset(table["noun_only"])
        self.verb_only = frozenset(table["verb_only"])
        self.particles = tuple(table["particles"])
        self.closing_particles = frozenset(table["closing_particles"])
        self.conjunctions = closed_class("conjunct_joiners")
        self.genitive_articles = closed_class("genitive_attribute_articles")
        self.articles = closed_class("determiners")
        self.price_category: str = table["price_category"]
        bought = table["bought_for"]
        self.bought_for = frozenset(bought["prepositions"])
        self.bought_category: str = bought["category"]
        self.built_stems = tuple(bought["built_stems"])
        self.built_category: str = bought["built_category"]
        self.priced_goods = frozenset(table["priced_goods"])
        self.market_category: str = table["market_category"]
        self.purpose_prepositions = frozenset(table["purpose_prepositions"])
        self.attribute_places = frozenset(table["attribute_place_prepositions"])
        self.place_prepositions: dict[str, frozenset[str]] = {}
        for entry in table["place_prepositions"]:
            word, *article = entry.split()
            self.place_prepositions[word] = self.place_prepositions.get(word, frozenset()) | frozenset(article)
        self.giving_category: str = table["giving_category"]
        giving = table["giving_verbs"]
        self.giving_forms = frozenset(giving["forms"])
        self.giving_not_beside = frozenset(giving["not_beside"])
        self.giving_not_particles = frozenset(giving["not_particles"])
        self.holding_prepositions = self.purpose_prepositions | frozenset(table["noun_object_prepositions"])
        self.back: int = int(table["context"]["back"])
        self.default: str = table["context"]["default"]
        self.precision: dict[str, float] = {k: float(v) for k, v in table.get("evidence_precision", {}).items()}
        # whole-word cue entries: they decide before any head ("verluste" stays as listed)
        self.exact: dict[str, str] = {}
        for category, words in cue_words.items():
            for w in words:
                if " " not in w and "*" not in w:
                    self.exact.setdefault(w, category)
        self._seen: dict[str, tuple[bool, Optional[str]]] = {}

    def names_a_cost(self, cue: Optional[Span]) -> bool:
        """Whether the cue names what something costs whoever it is for: a noun ("Kosten für
        Gäste", "Ticketpreis") or a verb of costing or spending ("kostet pro Person", "investiert"),
        not a verb of making money available ("für die Verletzten vorgesehen")."""
        if cue is None:
            return False
        word = cue[0].lower_
        return (
            cue[0].text[:1].isupper()
            or word in self.transparent_verbs
            or self.verb_forms.get(word) == "cost"
            or self.head_category(word) == "cost" and word not in self.exact
        )

    def stopped(self, word: str) -> bool:
        """Whether the lower-case word is on the stop list and no whole-word cue entry."""
        return word in self.head_stop and word not in self.exact

    def head_category(self, word: str) -> Optional[str]:
        """The category of a lower-case word by its head or verb stem, or None."""
        return self._head(word)[1]

    def not_money(self, word: str) -> bool:
        """Whether the lower-case word ends in one of ``not_heads`` ("Hauptkonkurrenten"): no
        money cue, whatever a lexicon entry matched in it."""
        found, category = self._head(word)
        return found and category is None

    def _head(self, word: str) -> tuple[bool, Optional[str]]:
        """(whether a head or stem matched, its category: None for a word of ``not_heads``)."""
        seen = self._seen
        if word in seen:
            return seen[word]
        found = self._lookup(word)
        if len(seen) > 100_000:
            seen.clear()
        seen[word] = found
        return found

    def _lookup(self, word: str) -> tuple[bool, Optional[str]]:
        if word in self.exact:
            return True, self.exact[word]
        if word in self.verb_forms:
            return True, self.verb_forms[word]
        for particle in self.particles:
            # a zu-infinitive of a separable verb: "auszugeben" is "ausgeben"
            if word.startswith(particle + "zu") and len(word) > len(particle) + 4:
                plain = particle + word[len(particle) + 2 :]
                found = self.exact.get(plain) or self.verb_forms.get(plain)
                if found:
                    return True, found
            # a separable verb written as one word: "zurückzahlen", "zurückgezahlt" are "zahlen"
            if word.startswith(particle) and word[len(particle) :] in self.verb_forms:
                return True, self.verb_forms[word[len(particle) :]]
        if word in self.head_stop or len(word) < 3:
            return False, None
        part = word.rsplit("-", 1)[-1]  # "Vetrona-Aktie": the last part is the head
        best: Optional[tuple[int, Optional[str]]] = None
        heads = self.heads
        for ending in self.noun_endings:
            if ending and not part.endswith(ending):
                continue
            stem = part[: len(part) - len(ending)] if ending else part
            # the longest head that ends the stem wins ("bußgeld" over "geld", "vertrag" over "ertrag")
            for cut in range(0, max(1, len(stem) - 2)):
                head = stem[cut:]
                if head in heads:
                    if best is None or len(head) > best[0]:
                        best = (len(head), heads[head])
                    break
        if best is None:
            return self._by_modifier(part)
        if best[1] in self.penal_from and len(part) > best[0] and part.startswith(self.penal_modifiers):
            # "Straf|schadenersatz", "Straf|zahlung": what one must pay as a penalty is a fine
            return True, self.penal_category
        return True, best[1]

    def container(self, word: str) -> bool:
        """Whether the lower-case word is a compound of a container head ("Hilfspaket")."""
        return word.rsplit("-", 1)[-1].endswith(self.containers)

    def _by_modifier(self, part: str) -> tuple[bool, Optional[str]]:
        """A compound whose head only holds money ("Hilfsprogramm", "Bonuspool", "Sparpaket")
        names it by its modifier: "Hilfs|programm" is aid, "Spar|paket" savings."""
        for container in self.containers:
            modifier = part[: len(part) - len(container)].rstrip("-")
            if not part.endswith(container) or len(modifier) < 4:
                continue
            # the linking -s or a dropped -e ("Hilfs-" of "Hilfe"), or an infinitive ("Förder-")
            candidates = [modifier, modifier + "e", modifier + "en", modifier + "n"]
            if modifier.endswith("s"):
                candidates[1:1] = [modifier[:-1], modifier[:-1] + "e"]
            for candidate in candidates:
                found, category = self._lookup(candidate)
                if found:
                    return (True, category) if category is not None else (False, None)
            return False, None
        return False, None


def _with_subjunctive(verbs: Sequence[str]) -> frozenset[str]:
    """The finite forms ``verbs`` and the reported-speech form of each weak third person
    ("stellt" -> "stelle": "Die Regierung stelle … bereit, sagte der Präsident"); a form made
    for a strong verb ("nimmt" -> "nimme") is no German word and matches nothing."""
    return frozenset(verbs) | {v[:-1] + "e" for v in verbs if v.endswith("t") and not v.endswith(("te", "et"))}


@lru_cache(maxsize=1)
def category_tables() -> CategoryTables:
    """The category tables, loaded once per process."""
    return CategoryTables(load_table("money_category.json"), load_table("money_terms.json")["categories"])


@dataclass(frozen=True)
class _RankedCue:
    cue: Cue
    scope: int
    distance: float


class DocMoneyCategories:
    """Money categories of one doc; remembers what it decided, as later amounts may continue it."""

    def __init__(
        self, doc: Doc, lowers: Sequence[str], cues_of: Callable[[Span], SentenceCues], tables: CategoryTables
    ):
        self.doc, self.lowers, self.cues_of, self.t = doc, lowers, cues_of, tables
        self.record: Optional[list[tuple[Span, MoneyCategory]]] = None
        self._sentence_cues: dict[int, list[Cue]] = {}
        self._decided: list[tuple[int, MoneyCategory]] = []  # (amount start, category), in text order
        # (sentence start, end) -> id of a word group -> whether the sentence holds one of its words
        self._sentence_groups: dict[tuple[int, int], dict[int, bool]] = {}
        if len(doc):
            sentence_of(doc, 0)  # fills the sentence bounds read below
        self.starts, self.ends = doc_cache(doc).get("sentences", ([], []))

    # -- cues of a sentence -------------------------------------------------------------

    def cues(self, sent: Span) -> list[Cue]:
        """Every money cue of ``sent``: lexicon entries (a compound by its head) and head or verb forms."""
        found = self._sentence_cues.get(sent.start)
        if found is not None:
            return found
        lowers, t = self.lowers, self.t
        found = []
        covered: set[int] = set()
        for c in self.cues_of(sent).money:
            if self._preposition_not_particle(c, sent):
                continue  # "gibt aus dem Sondervermögen": "aus" opens a phrase, it is no "ausgeben"
            covered.update(range(c.start, c.end))
            if c.end - c.start == 1:
                if t.stopped(lowers[c.start]) or t.not_money(lowers[c.start]):
                    continue  # "bemerkenswert" ends in "wert" but names no worth, "Konkurrenten" no pension
                if lowers[c.start] in t.noun_only and not self.doc[c.start].text[:1].isupper():
                    continue  # "der Schaden betrug": the verb, not the fraud
                if lowers[c.start] in t.verb_only and self._capitalised_inside(c.start, sent):
                    continue  # "nach den Zahlen des Verbands": the figures, no paying
                # a head decides over an entry that only matched the word's beginning
                by_head = t.head_category(lowers[c.start])
                found.append(Cue(c.start, c.end, by_head) if by_head and by_head != c.value else c)
            else:
                found.append(c)
        for i in range(sent.start, sent.end):
            if i in covered:
                continue
            if len(lowers[i]) > 3:
                category = t.head_category(lowers[i])
                if category is not None:
                    found.append(Cue(i, i + 1, category))
                    continue
            if lowers[i] in t.giving_forms and self._gives(i, sent):
                found.append(Cue(i, i + 1, t.giving_category))
        found.sort(key=lambda c: c.start)
        self._sentence_cues[sent.start] = found
        return found

    def _capitalised_inside(self, i: int, sent: Span) -> bool:
        """Whether token ``i`` is capitalised where it does not open its sentence: a noun."""
        return i > sent.start and self.doc[i].text[:1].isupper()

    def _gives(self, i: int, sent: Span) -> bool:
        """Whether the form of "geben" at ``i`` gives ("Die EU gab 5 Millionen", "der Bund gibt
        weitere 2 Millionen"): not "es gibt" (there is) nor a separable verb whose particle closes
        the clause ("gab 5 Millionen aus", "gab den Gewinn bekannt")."""
        lowers, t = self.lowers, self.t
        if any(lowers[j] in t.giving_not_beside for j in (i - 1, i + 1) if sent.start <= j < sent.end):
            return False
        _, end = clause_of(self.doc, sent, i)
        while end > i + 1 and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        return lowers[end - 1] not in t.giving_not_particles

    def _preposition_not_particle(self, cue: Cue, sent: Span) -> bool:
        """Whether the phrase cue ends in a verb particle ("gibt aus", "sagte zu") that does not
        close its clause: a word other than a conjunction follows, so it is a preposition."""
        if cue.end - cue.start < 2 or self.lowers[cue.end - 1] not in self.t.closing_particles:
            return False
        if cue.end >= sent.end:
            return False
        after = self.doc[cue.end]
        return not (after.is_punct or after.is_space) and self.lowers[cue.end] not in self.t.conjunctions

    def _priced_good(self, amount: Span, sent: Span) -> Optional[Cue]:
        """A currency or commodity named right before the amount, which is its price (a bracket
        in between is skipped: "Öl (Brent) 63,10 $"), or None."""
        i = amount.start - 1
        if i > sent.start and self.doc[i].text == ")":
            while i > sent.start and self.doc[i].text != "(" and amount.start - i < 5:
                i -= 1
            i -= 1
        if i < sent.start or not self.doc[i].text[:1].isupper() or self.lowers[i] not in self.t.priced_goods:
            return None
        return Cue(i, i + 1, self.t.market_category)

    def _priced_subject(self, amount: Span, sent: Span) -> Optional[Cue]:
        """A currency or commodity with its article earlier in the amount's clause, with no money
        noun or conjunction between ("Der Euro war am Freitag 0,93 Franken wert", "weil das Pfund
        auf 1,16 Euro gefallen ist", "drückte den Euro unter 1,06 Dollar"): the amount is its
        market price. None if there is none."""
        doc, lowers, t = self.doc, self.lowers, self.t
        start, _ = clause_of(doc, sent, amount.start)
        nouns = {i for c in self.cues(sent) for i in range(c.start, c.end) if doc[i].text[:1].isupper()}
        for i in range(amount.start - 1, max(start, amount.start - _PRICED_REACH) - 1, -1):
            if i in nouns or lowers[i] in t.conjunctions or doc[i].is_punct:
                return None
            if (
                i > start
                and lowers[i] in t.priced_goods
                and doc[i].text[:1].isupper()
                and lowers[i - 1] in t.articles
            ):
                return Cue(i, i + 1, t.market_category)
        return None

    def _per_unit(self, i: int) -> bool:
        """A cue that is, or follows, "je"/"pro" names a unit ("je Aktie"), not a kind of money."""
        return self._unit_word(i) or (i > 0 and self._unit_word(i - 1))

    def _unit_word(self, i: int) -> bool:
        """Whether token ``i`` is "je"/"pro" that counts per unit, not "je nach" (depending on)."""
        lowers = self.lowers
        if lowers[i] not in self.t.per_unit:
            return False
        return i + 1 >= len(lowers) or lowers[i + 1] not in self.t.not_unit_after

    def _place_of(self, cue: Cue, clause_start: int) -> bool:
        """Whether the noun cue names where money comes from or goes ("aus dem Bundesbudget",
        "in den EU-Haushalt", "im Haushalt eingeplant"), not what the money is: it speaks only when
        no other cue of the clause does."""
        doc, lowers, t = self.doc, self.lowers, self.t
        if not doc[cue.start].text[:1].isupper():
            return False
        i = cue.start - 1
        while i > clause_start and i > cue.start - 3 and doc[i].is_lower and lowers[i] not in t.attribute_places:
            i -= 1  # "im kantonalen Haushalt"
        if i - 1 >= clause_start and lowers[i] in t.attribute_places and doc[i - 1].text[:1].isupper():
            return True  # "Die Nettokreditaufnahme im Kernhaushalt": where the noun before it stands
        i = cue.start - 1
        # an article and adjectives may stand between ("aus dem kantonalen Fonds")
        places = t.place_prepositions
        while i >= clause_start and i > cue.start - 4 and not doc[i].text[:1].isupper() and lowers[i] not in places:
            i -= 1
        if i < clause_start or lowers[i] not in places:
            return False
        article = places[lowers[i]]  # "in den EU-Haushalt" goes somewhere, "im Haushalt" is the frame
        return not article or lowers[i + 1] in article

    def _separable(self, amount: Span, sent: Span) -> Optional[Cue]:
        """A separable verb before the amount whose particle closes the clause after it."""
        lowers, t = self.lowers, self.t
        start, end = clause_of(self.doc, sent, amount.start)
        verbs = [i for i in range(start, amount.start) if lowers[i] in t.separable_verbs]
        if not verbs:
            return None
        # the particle closes the clause before its punctuation and any trailing white space
        while end > amount.end and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        tail = tuple(lowers[amount.end : end])
        for i in reversed(verbs):
            for s in t.separable:
                if lowers[i] in s.verbs and len(tail) >= len(s.particle) and tail[-len(s.particle) :] == s.particle:
                    return Cue(i, i + 1, s.category)
        return None

    def _governs(self, cue: Cue, amount: Span) -> bool:
        """Whether the noun cue is the one the amount is attached to ("Kaufpreis von X", "X Schadenersatz")."""
        doc, lowers, links = self.doc, self.lowers, self.t
        if cue.end <= amount.start:
            gap = range(cue.end, amount.start)
            if len(gap) > _LINK_REACH or not all(lowers[i] in links.links_before for i in gap):
                return False
            if self._object_before(cue, amount):
                return False  # "kostet den Steuerzahler 200 Millionen": an object, not the amount's noun
            if not gap and self._in_purpose_phrase(cue):
                return False  # "stellt für das Förderprogramm 6 Millionen bereit": what it is for
            # a phrase cue ("im Wert von") or a noun; a verb right before the amount is only near
            return cue.end - cue.start > 1 or doc[cue.start].text[:1].isupper()
        if cue.start >= amount.end:
            gap = range(amount.end, cue.start)
            attached = len(gap) <= 1 and all(lowers[i] in links.links_after for i in gap)
            return attached and doc[cue.start].text[:1].isupper()
        return False

    def _rank(self, amount: Span, sent: Span, cues: Sequence[Cue], scoped: SentenceCues) -> Optional[_RankedCue]:
        clause_start, clause_end = clause_of(self.doc, sent, amount.start)
        best: Optional[_RankedCue] = None
        for c in cues:
            if amount.start <= c.start < amount.end or not scoped.in_scope(c, amount):
                continue
            if self._link_before(c, amount):
                continue  # "Steuern von geschätzt 40 Millionen": a hedge inside the phrase, no verb
            if self._per_unit(c.start):
                scope = _UNIT
            elif self._governs(c, amount):
                scope = _GOVERNS
            elif clause_start <= c.start < clause_end and not self._place_of(c, clause_start):
                scope = _CLAUSE
            else:
                scope = _SENTENCE
            gap = amount.start - c.end if c.end <= amount.start else c.start - amount.end
            # a cue before the amount ("Umsatz von", "kostet") binds closer than one after it
            if scope == _SENTENCE and self._is_noun(c, sent):
                scope = _SENTENCE_NOUN  # so in another clause of the sentence
            if scope == _CLAUSE and self._is_noun(c, sent):
                # the verb of the clause says what is done with the amount; a noun that does not
                # govern it only names something it is for or about ("bekommt für den Ausfall
                # des Liftes weitere 95.000 Euro")
                scope = _CLAUSE_NOUN
            ranked = _RankedCue(c, scope, gap - (0.5 if c.end <= amount.start else 0))
            if best is None or (ranked.scope, ranked.distance) < (best.scope, best.distance):
                best = ranked
        if best is not None and (best.scope >= _CLAUSE or self._object_of_estimate(best.cue, amount)):
            head = self._head_noun_of(best.cue, amount, cues)
            if head is not None:
                best = _RankedCue(head, best.scope, best.distance)
        separable = self._separable(amount, sent)
        if separable is not None and (best is None or best.scope > _FRAMES):
            best = _RankedCue(separable, _FRAMES, 0)
        if best is not None and best.scope >= _FRAMES and self._transparent_verb(best.cue, sent):
            # "Ein Kaskoschaden kostete 4.230 Euro": a noun of the clause says what the cost is;
            # "Der Hagelsturm kostete die Versicherer 200 Millionen": a harm that costs does damage
            nouns = [
                c
                for c in cues
                if clause_start <= c.start < clause_end
                and c is not best.cue
                and any(t.text[:1].isupper() for t in self.doc[c.start : c.end])
                and not (amount.start <= c.start < amount.end)
                and not self._object_before(c, amount)
                and not self._attribute_of_plain_noun(c, clause_start)
            ]
            relative = False
            if not nouns and not self.doc[best.cue.start].text[:1].isupper():
                # the verb "kosten", not the noun "Kosten" ("die Kosten der Unfälle" stay costs)
                nouns = self._harm_events(clause_start, clause_end, amount)
                relative = self._relative_clause(clause_start, clause_end)
                back = relative or self.lowers[clause_start] in self.t.clause_back_pronouns
                if not nouns and back and clause_start - 1 > sent.start:
                    # "erhält eine Lohnerhöhung, was 50 Millionen kostet": "was" is the clause before;
                    # "der Kaufpreis, der den Investor 900 Millionen kosten dürfte": its antecedent
                    before, _ = clause_of(self.doc, sent, clause_start - 2)
                    nouns = [
                        c
                        for c in cues
                        if before <= c.start < clause_start
                        and any(t.text[:1].isupper() for t in self.doc[c.start : c.end])
                    ]
                if not nouns:
                    # "Streiks, die den Konzern 350 Millionen kosteten": the harm is in another clause
                    nouns = self._harm_events(sent.start, sent.end, amount)
            if nouns:
                near = min(nouns, key=lambda c: abs(c.start - amount.start))
                if clause_start <= near.start < clause_end or relative:
                    # a subject of the clause itself, or the antecedent a relative pronoun stands
                    # for, not the clause before that "was" stands for
                    near = self._costed(best.cue, near, amount)
                best = _RankedCue(near, best.scope, best.distance)
        if best is not None and best.scope == _FRAMES:
            return best
        return self._given_for(amount, cues, best, clause_start)

    def _link_before(self, cue: Cue, amount: Span) -> bool:
        """Whether the cue is a lower-case link word right before the amount ("auf geschätzt X",
        "Einsätze von geschätzt X"): it qualifies the amount inside its phrase, it is no verb of
        the clause that says what the money is."""
        return (
            cue.end == amount.start
            and cue.end - cue.start == 1
            and self.doc[cue.start].is_lower
            and self.lowers[cue.start] in self.t.links_before
        )

    def _relative_clause(self, start: int, end: int) -> bool:
        """Whether the clause of tokens ``start``..``end`` opens with a relative pronoun after a comma
        ("der Kaufpreis, der den Investor … kostet"): the pronoun is followed by a lower-case word,
        not by a noun it would be the article of ("…, die Bergung kostete")."""
        doc = self.doc
        return (
            start > 0
            and doc[start - 1].text == ","
            and self.lowers[start] in self.t.relative_pronouns
            and start + 1 < end
            and not doc[start + 1].text[:1].isupper()
        )

    def _attribute_of_plain_noun(self, noun: Cue, clause_start: int) -> bool:
        """Whether the noun cue is the genitive attribute of a noun that names no money ("Die
        Reparatur der Sturmschäden wird 3 Millionen kosten"): what costs is the work on it, so the
        cue says nothing of what the amount is."""
        i = noun.start - 1
        while i > clause_start and self.doc[i].is_lower and self.lowers[i] not in self.t.genitive_articles and noun.start - i < 3:
            i -= 1  # adjectives: "der schweren Sturmschäden"
        if i <= clause_start or self.lowers[i] not in self.t.genitive_articles:
            return False
        # the noun it belongs to has its own article ("die Reparatur der"), which tells it from a
        # word that only opens the sentence ("Allein der Ausfall", "Mio. Der Schaden")
        head = self.doc[i - 1]
        return (
            head.text[:1].isupper()
            and head.is_alpha
            and i - 2 >= clause_start
            and self.lowers[i - 2] in self.t.articles
            and self.t.head_category(head.lower_) is None
        )

    def _costed(self, verb: Cue, noun: Cue, amount: Span) -> Cue:
        """The noun of a clause of costing as that verb frames it: what a payment costs whoever
        makes it is a cost ("Der Sozialplan kostet den Konzern 9 Millionen"), income it costs is
        lost, a damage ("kostete 14 Millionen an Umsatz"); other nouns keep their category, and
        so does a payment named after the amount ("kostete sie 340 Millionen an Leistungen")."""
        if self.lowers[verb.start] not in self.t.costing_verbs:
            return noun
        if noun.start >= amount.end and noun.value not in self.t.costed_after:
            return noun
        category = self.t.costed.get(noun.value)
        return Cue(noun.start, noun.end, category) if category else noun

    def _in_purpose_phrase(self, noun: Cue) -> bool:
        """Whether the noun ends a phrase of purpose ("für das neue Förderprogramm", "zur
        Sanierung"): only lower-case words (articles, adjectives) between the preposition and it."""
        lowers, doc = self.lowers, self.doc
        for i in range(noun.start - 1, max(-1, noun.start - 4), -1):
            if lowers[i] in self.t.purpose_prepositions:
                return True
            if doc[i].text[:1].isupper() or doc[i].is_punct:
                return False
        return False

    def _object_before(self, noun: Cue, amount: Span) -> bool:
        """Whether the noun is an object of the clause's verb standing right before the amount,
        with its article: who bears or gets the money ("kostet den Steuerzahler 200 Millionen",
        "wird den Beitragszahlern 2 Milliarden kosten"), not what the money is."""
        return noun.end == amount.start and noun.start > 0 and self.lowers[noun.start - 1] in self.t.object_articles

    def _object_of_estimate(self, cue: Cue, amount: Span) -> bool:
        """Whether the noun cue ends the object of a verb that puts it at the amount ("beziffert
        die Kosten für Behandlung und Lohnfortzahlung auf X"): the head of that object decides."""
        links = self.t.estimate_links
        return cue.end < amount.start and all(self.lowers[i] in links for i in range(cue.end, amount.start))

    def _is_noun(self, cue: Cue, sent: Span) -> bool:
        """Whether the cue is a noun or a phrase with one ("Ausfall", "zur Verfügung"), not a verb
        ("zahlt", "gibt aus"; "Gezahlt wurden" opens its sentence)."""
        doc = self.doc
        if not any(doc[i].text[:1].isupper() for i in range(cue.start, cue.end)):
            return False
        opens_as_verb = cue.end - cue.start == 1 and self.lowers[cue.start] in self.t.verb_forms
        return not (cue.start == sent.start and opens_as_verb)

    def _transparent_verb(self, cue: Cue, sent: Span) -> bool:
        """Whether the cue is a verb that names no kind of money by itself ("kostete", "verlor"):
        the noun "Kosten" inside a sentence names the costs."""
        if self.lowers[cue.start] not in self.t.transparent_verbs:
            return False
        return cue.start == sent.start or not self.doc[cue.start].text[:1].isupper()

    def _head_noun_of(self, cue: Cue, amount: Span, cues: Sequence[Cue]) -> Optional[Cue]:
        """The money noun whose attribute the noun cue is ("die Kosten für Behandlung und
        Lohnfortzahlung", "Hilfe des Bundes für den Wiederaufbau"): the head of the noun phrase says
        what the money is, not a noun that only says what it is for or whose it is. None if the
        cue is no such attribute."""
        doc, lowers, t = self.doc, self.lowers, self.t
        if cue.end - cue.start != 1 or not doc[cue.start].text[:1].isupper():
            return None
        starts = {c.start: c for c in cues if c.end - c.start == 1}
        linked = False
        for i in range(cue.start - 1, max(-1, cue.start - 1 - _ATTRIBUTE_REACH), -1):
            if amount.start <= i < amount.end or doc[i].is_punct or doc[i].is_space:
                return None
            head = starts.get(i)
            if head is not None:
                return head if linked and doc[i].text[:1].isupper() else None
            linked = linked or lowers[i] in t.attribute_links
        return None

    def _harm_events(self, start: int, end: int, amount: Span) -> list[Cue]:
        """The nouns of tokens ``start``..``end`` that name a harmful event ("Hagelsturm",
        "Streiks", "Cyberangriff"), as damage cues: what such an event costs is the damage it does."""
        found = []
        events = self.t.harm_events
        for i in range(start, end):
            if amount.start <= i < amount.end or not self.doc[i].text[:1].isupper():
                continue
            part = self.lowers[i].rsplit("-", 1)[-1]
            if (part.endswith(events) or self._harm_consequence(part)) and not self.t.stopped(part):
                found.append(Cue(i, i + 1, self.t.harm_category))
        return found

    def _harm_consequence(self, part: str) -> bool:
        """Whether the lower-case word names the consequences of a harmful event: a head of
        ``harm_events.consequences`` after an event ("Streik|folgen", "Unwetter|auswirkungen")."""
        for head in self.t.harm_consequences:
            if part.endswith(head) and len(part) > len(head):
                modifier = part[: -len(head)].rstrip("-")
                if modifier.endswith(self.t.harm_events) or modifier.endswith("s") and modifier[:-1].endswith(self.t.harm_events):
                    return True
        return False

    def _given_for(self, amount: Span, cues: Sequence[Cue], best: Optional[_RankedCue], clause_start: int) -> Optional[_RankedCue]:
        """ "zahlt der Ukraine 5 Milliarden für den Wiederaufbau": a purpose phrase after the amount
        says what the money is for; a verb of giving before it in its clause says what it is."""
        if best is None or best.cue.start < amount.end or best.cue.value == self.t.giving_category:
            return best
        if not any(w in self.t.purpose_prepositions for w in self.lowers[amount.end : best.cue.start]):
            return best
        giving = [
            c
            for c in cues
            if clause_start <= c.start < amount.start and c.value == self.t.giving_category and c.end <= amount.start
        ]
        if not giving:
            return best
        near = max(giving, key=lambda c: c.start)
        if any(near.end <= c.start and c.end <= amount.start and c.value != near.value for c in cues) or (
            amount.start - 2 > near.end
            and self.lowers[amount.start - 1] in self.t.holding_prepositions
            and self.doc[amount.start - 2].text[:1].isupper()
        ):
            return best  # "fordert ein Sonderprogramm von X für …": the noun before the amount holds it
        return _RankedCue(near, best.scope, amount.start - near.end)

    def _reframed(self, cue: Cue, sent: Span, amount: Span, topic_only: bool = False) -> str:
        """The cue's category as its sentence frames it ("zur Zahlung von X verurteilt" is a fine);
        with ``topic_only``, only by the reframes that say what a paragraph is about."""
        lowers = self.lowers
        category = cue.value
        words = tuple(lowers[cue.start : cue.end])
        clause_start, clause_end = clause_of(self.doc, sent, amount.start)
        if words in self.t.transparent_links and cue.start > sent.start:
            category = self._worth_of(cue, amount, (clause_start, clause_end), sent) or category
        elif self._pays_a_price(cue, amount, (clause_start, clause_end)):
            category = self.t.price_category
        sentence = set(lowers[sent.start : sent.end])
        topic: Optional[set[str]] = None
        clause: Optional[set[str]] = None
        cue_words = set(words)
        # the groups the sentence holds are the same for each cue and amount of it: asked once
        held = self._sentence_groups.setdefault((sent.start, sent.end), {})

        def in_sentence(group: _Group) -> bool:
            found = held.get(id(group))
            if found is None:
                found = held[id(group)] = group.found_in(sentence, self.t.head_stop)
            return found

        for r in self.t.reframes:
            if topic_only and not r.topic:
                continue
            context = sentence
            if r.clause:
                if clause is None:
                    clause = set(lowers[clause_start:clause_end])
                context = clause
            elif r.paragraph and r.reframes(cue_words, category):
                if topic is None:
                    topic = sentence | self._topic_words(sent)
                context = topic
            if context is not sentence:
                if r.applies(cue_words, category, context, self.t.head_stop):
                    return r.category
            # as r.applies on the sentence's words
            elif (
                r.reframes(cue_words, category)
                and not any(in_sentence(group) for group in r.unless)
                and all(in_sentence(group) for group in r.context)
            ):
                return r.category
        return category

    def _worth_of(self, link: Cue, amount: Span, clause: tuple[int, int], sent: Span) -> Optional[str]:
        """What "im Wert von X" is the worth of: the money noun right before it ("militärische Hilfe
        im Wert von"), else a verb of its clause that takes or gives the goods ("erbeuteten Schmuck
        im Wert von" is the damage, "bezahlte ihm eine Reise im Wert von" a payment), else a verb
        or noun of loot of its sentence ("überfielen das Geschäft und erbeuteten Uhren, Ringe und
        Schmuck im Wert von", "Die Beute: Schmuck im Wert von"), else None."""
        before = link.start - 1
        noun = self.t.head_category(self.lowers[before])
        # a container named by its modifier is goods too ("ein Militärhilfepaket im Wert von")
        if noun is not None and self.doc[before].text[:1].isupper() and not self.t.container(self.lowers[before]):
            return noun
        return self._worth_word(link, amount, clause) or self._worth_word(link, amount, (sent.start, sent.end))

    def _worth_word(self, link: Cue, amount: Span, span: tuple[int, int]) -> Optional[str]:
        """The category of the worth verb ("erbeuteten") or noun ("Beute") of tokens ``span``
        nearest the link, or None."""
        lowers, doc, t = self.lowers, self.doc, self.t
        found = [
            (abs(i - link.start), category)
            for i in range(span[0], span[1])
            if not (amount.start <= i < amount.end)
            for category, stems in (t.worth_nouns if doc[i].text[:1].isupper() else t.worth_verbs)
            if any(stem in lowers[i] for stem in stems)
        ]
        return min(found)[1] if found else None

    def _pays_a_price(self, cue: Cue, amount: Span, clause: tuple[int, int]) -> bool:
        """Whether a verb of paying or asking says what something costs its buyers: consumers pay
        it ("Ein Haushalt zahlt 1.150 Euro im Jahr", "In Basel zahlen Erwachsene 497 Franken"), a
        seller asks it ("Für ein Kilo Kaffee verlangen Händler 14 Euro"), or no one in particular does ("Für eine Wohnung werden 9.000 Euro verlangt", "zahlt man")."""
        t, lowers = self.t, self.lowers
        if cue.end - cue.start != 1 or lowers[cue.start] not in t.price_verbs:
            return False
        start, end = clause
        words = set(lowers[start:end])
        if not self._dative_in(start, end):  # "wurden ihm bezahlt": given to someone
            if t.impersonal_payers.intersection(words):
                return True
            if lowers[cue.start] in t.passive_price_verbs and t.passive_auxiliaries.intersection(words):
                return True
        if lowers[cue.start] not in t.consumer_verbs:
            # "Für ein Päckchen Butter verlangen Supermärkte 2,39 Euro": a seller asks a price
            return self._party_in(t.price_sellers, t.price_seller_heads, cue, amount, clause)
        return self._party_in(t.price_payers, t.price_payer_heads, cue, amount, clause)

    def _dative_in(self, start: int, end: int) -> bool:
        """Whether tokens ``start``..``end`` name someone in the dative ("wurden ihm bezahlt"), not
        a place or time after a preposition ("auf dem Zweitmarkt", "in einem Jahr")."""
        lowers, t = self.lowers, self.t
        return any(
            lowers[i] in t.dative_words and not (i > start and lowers[i - 1] in t.dative_prepositions)
            for i in range(start, end)
        )

    def _party_in(
        self, words: frozenset[str], heads: tuple[str, ...], cue: Cue, amount: Span, clause: tuple[int, int]
    ) -> bool:
        """Whether a capitalised noun of the clause is one of ``words`` or ends in one of ``heads``,
        and does not follow a word of ``not_payer_before`` (then it is paid, paid for or a unit)."""
        t, lowers, doc = self.t, self.lowers, self.doc
        start, end = clause
        for i in range(start, end):
            if i == cue.start or amount.start <= i < amount.end or not doc[i].text[:1].isupper():
                continue
            part = lowers[i].rsplit("-", 1)[-1]
            if part in words or part.endswith(heads):
                # "zahlt den Kunden", "für Kunden": they are paid or paid for, they do not pay
                return i == start or lowers[i - 1] not in t.not_payer_before
        return False

    def _topic_words(self, sent: Span) -> set[str]:
        """The lower-case words of the sentences of the paragraph before ``sent`` (at most
        ``context.back``) and of the headline: what the paragraph is about."""
        words: set[str] = set()
        k = bisect_right(self.starts, sent.start) - 1
        for back in range(1, self.t.back + 1):
            j = k - back
            if j < 0 or paragraph_break(self.doc, self.ends[j], self.starts[j + 1]):
                break
            words.update(self.lowers[self.starts[j] : self.ends[j]])
        if k > 0 and self._headline_ends(0):
            words.update(self.lowers[self.starts[0] : self.ends[0]])
        return words

    # -- context ------------------------------------------------------------------------

    def _from_context(self, sent: Span) -> Optional[MoneyCategory]:
        """The paragraph's topic for a sentence without cue: claims and cues of the sentences before
        it in its paragraph (nearest first), else the headline's claim or cues."""
        k = bisect_right(self.starts, sent.start) - 1
        for back in range(1, self.t.back + 1):
            j = k - back
            if j < 0 or paragraph_break(self.doc, self.ends[j], self.starts[j + 1]):
                break
            start, end = self.starts[j], self.ends[j]
            claims = [m for s, m in self._decided if start <= s < end and m.evidence != "default"]
            if claims:
                return MoneyCategory(claims[-1].category, None, "context.claim")
            span = Span(self.doc, start, end)
            cues = self.cues(span)
            if cues:
                return MoneyCategory(self._topic_of(cues[-1], span), None, "context.paragraph")
        if k > 0 and self.starts and self._headline_ends(0):
            # as in the paragraph, a claim of the headline that a cue decided speaks before its cues
            claims = [m for s, m in self._decided if s < self.ends[0] and m.cue is not None]
            if claims:
                return MoneyCategory(claims[-1].category, None, "context.headline")
            headline = Span(self.doc, self.starts[0], self.ends[0])
            cues = self.cues(headline)
            if cues:
                return MoneyCategory(self._topic_of(cues[-1], headline), None, "context.headline")
        # no money word anywhere near: a harm the paragraph is about ("Nach dem Brand ermittelt die
        # Polizei. Die Feuerwehr spricht von 1,5 Millionen Euro.") did the damage
        first = k
        while first > 0 and k - first < self.t.back and not paragraph_break(self.doc, self.ends[first - 1], self.starts[first]):
            first -= 1
        if self._harm_events(self.starts[first], sent.end, Span(self.doc, sent.start, sent.start)):
            return MoneyCategory(self.t.harm_category, None, "context.harm")
        return self._document_topic(k)

    def _bought_for(self, amount: Span, sent: Span) -> Optional[str]:
        """The category of an amount with no cue that something is had for ("Fregatten für 10
        Milliarden Euro", "für 9,5 Millionen geholt"): the worth of what is bought (value), or, when
        a verb of building stands in its clause ("hat die Halle für 12 Millionen gebaut"), what the
        work costs (cost). None when no price preposition stands right before the amount."""
        t = self.t
        if amount.start <= sent.start or self.lowers[amount.start - 1] not in t.bought_for:
            return None
        start, end = clause_of(self.doc, sent, amount.start)
        built = any(
            stem in self.lowers[i]
            for i in range(start, end)
            if not (amount.start <= i < amount.end) and self.doc[i].is_lower
            for stem in t.built_stems
        )
        return t.built_category if built else t.bought_category

    def _topic_of(self, cue: Cue, sent: Span) -> str:
        """The category of a cue of another sentence as its own sentence frames it: "Der Autobauer
        hat im Halbjahr weniger verdient." speaks of a profit, not of a salary. Only a reframe
        marked ``topic`` speaks for the paragraph: that a fund was set up says nothing of what it pays."""
        return self._reframed(cue, sent, Span(self.doc, cue.start, cue.end), topic_only=True)

    def _document_topic(self, k: int) -> Optional[MoneyCategory]:
        """What the article's money is about when nothing near the sentence ``k`` says: the most
        frequent category of the claims decided by a cue so far, else of the cues of the other
        sentences (ties: the nearest)."""
        votes: dict[str, tuple[int, int]] = {}
        for start, found in self._decided:
            if found.cue is not None:
                n, _ = votes.get(found.category, (0, 0))
                votes[found.category] = (n + 1, start)
        evidence = "context.document"
        if not votes:
            for j in range(len(self.starts)):
                if j == k:
                    continue
                for c in self.cues(Span(self.doc, self.starts[j], self.ends[j])):
                    n, near = votes.get(c.value, (0, -(10**9)))
                    votes[c.value] = (n + 1, max(near, -abs(j - k)))
        if not votes:
            return None
        best = max(votes.items(), key=lambda kv: kv[1])
        return MoneyCategory(best[0], None, evidence)

    def _headline_ends(self, k: int) -> bool:
        """Whether sentence ``k`` stands on a line of its own (a headline)."""
        doc = self.doc
        if k + 1 >= len(self.starts):
            return False
        between = range(max(0, self.ends[k] - 1), self.starts[k + 1])
        return any("\n" in doc[t].text_with_ws or "\n" in doc[t].text for t in between)

    def _previous_in(self, sent: Span) -> Optional[MoneyCategory]:
        """The last money category decided by a cue in ``sent``, if any."""
        for start, found in reversed(self._decided):
            if start < sent.start:
                return None
            if found.cue is not None:
                return found
        return None

    # -- decision -------------------------------------------------------------------------

    def decide(self, amount: Span, scoped: SentenceCues) -> MoneyCategory:
        """The category of the money ``amount``, whose sentence's cues are ``scoped``."""
        sent = scoped.sent
        best = self._rank(amount, sent, self.cues(sent), scoped)
        previous = self._previous_in(sent) if best is not None and best.scope in (_SENTENCE, _SENTENCE_NOUN) else None
        priced = self._priced_good(amount, sent)
        if priced is None and (best is None or best.scope > _FRAMES):
            priced = self._priced_subject(amount, sent)
        if priced is not None:
            # "Euro 0,92 Fr.", "Gold 4175 $", "Öl (Brent) 63,10 $": the market price of what it names
            found = MoneyCategory(self.t.market_category, priced, "market")
        elif best is not None and previous is not None:
            # "Der Umsatz stieg auf 310 Millionen, nach 262 Millionen im Vorjahr": no cue of its own
            # clause, the amount carries on the claim before it in the sentence
            found = MoneyCategory(previous.category, best.cue, "sentence.claim")
        elif best is not None and best.scope == _UNIT and (topic := self._from_context(sent)) is not None:
            # "Der Vorstand schlägt 0,50 Euro je Aktie vor": the unit says what is counted, not
            # which money; the paragraph (a dividend, a takeover offer) says that
            found = topic
        elif best is not None:
            found = MoneyCategory(self._reframed(best.cue, sent, amount), best.cue, _EVIDENCE[best.scope])
        elif any(self._unit_word(i) for i in range(amount.end, min(amount.end + 2, sent.end))):
            # "für 289 Euro pro Tag gemietet": an amount per unit with no cue is a price
            found = MoneyCategory(self.t.price_category, None, "price")
        else:
            topic = self._from_context(sent)
            bought = self._bought_for(amount, sent)
            if bought is not None and (topic is None or topic.category != self.t.harm_category):
                # "35 Kampfjets für 8,3 Milliarden Euro", "sicherte sich für 450 Millionen einen
                # Anteil": what is had for the amount; in a paragraph about a theft it is the loot
                found = MoneyCategory(bought, None, "bought")
            else:
                found = topic or MoneyCategory(self.t.default, None, "default")
        found = replace(found, confidence=self.t.precision.get(found.evidence, found.confidence))
        self._decided.append((amount.start, found))
        if self.record is not None:
            self.record.append((amount, found))
        return found


class MoneyCategorizer:
    """Decides money categories; :meth:`for_doc` gives the per-doc decider."""

    def __init__(self, tables: Optional[CategoryTables] = None):
        self.tables = tables or category_tables()
        #: when a list, every decision is appended to it as (amount, MoneyCategory): for measuring
        self.record: Optional[list[tuple[Span, MoneyCategory]]] = None

    def for_doc(self, doc: Doc, lowers: Sequence[str], cues_of: Callable[[Span], SentenceCues]) -> DocMoneyCategories:
        """The decider for one doc; ``cues_of`` gives the (cached) cues of a sentence."""
        decider = DocMoneyCategories(doc, lowers, cues_of, self.tables)
        decider.record = self.record
        return decider
