"""Names written bare, without article or cue word, in the positions that fill roles.

Wire text names companies, clubs, brands and people by their name alone: "muss Moderna ...
zahlen", "gegen Google", "Vodafone kassierte", "von Trafigura". German capitalises every noun, so
the spelling cannot tell "Moderna" from "Modernisierung"; the learned name classifier
(:mod:`claimex.names`, trained on UD German, GermEval and SmartData) can, from how the word is
built. A capitalised word that no lexicon knows is admitted as an organisation's name where the
classifier calls it a name and it stands where a role's filler stands (``bare_names`` of
``mention_words.json``):

- after a preposition of the roles ("gegen Google", "durch Allianz", "an Feyenoord");
- right after a finite verb, where German puts the subject when something else opens the clause
  ("Nach dem Vergleich muss Moderna", "Seit Januar investierte Biontech"); a lower-case word with
  a verb's ending counts as one only after a noun or a comma (after an article it is an adjective:
  "die erste ...");
- opening a clause, with no article, right before a verb of paying or saying, or an auxiliary
  ("Vodafone kassierte", "..., Huawei muss"): a sentence opener only with a higher probability,
  since any word opens a sentence capitalised (and after an article any noun opens a clause).

Units, currencies, months, weekdays, nouns of money and capitalised adjectives are never names
here, nor is a word another rule already took; a hyphenated compound takes its class from its
head ("EU-Förderungen" is no name). After "von" and "für" a name names a party only after a
verb, a unit or another name: "Bundesamt für Gesundheit" describes, "oberhalb von Sölden" and
"an der Drau" name places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..lang.de import german, load_table
from ..names import NameClassifier

if TYPE_CHECKING:
    from .mentions import MentionFinder, _Words

__all__ = ["BareNames"]

#: How many capitalised words a bare name may have ("Goldman Sachs", "Credit Suisse First")
_MAX_WORDS = 3


class BareNames:
    """Finds bare names for a :class:`~claimex.pipeline.mentions.MentionFinder`; see the module docstring."""

    def __init__(self, finder: "MentionFinder", classifier: NameClassifier):
        spec = load_table("mention_words.json")["bare_names"]
        data = german()
        self.finder = finder
        self.classifier = classifier
        self.probability = float(spec["probability"])
        self.opener_probability = float(spec["opener_probability"])
        self.prepositions = frozenset(spec["prepositions"])
        self.attribute_prepositions = frozenset(spec["attribute_prepositions"])
        self.accusative_articles = frozenset(spec["accusative_articles"])
        self.finite_verbs = frozenset(spec["finite_verbs"])
        self.verb_endings = tuple(spec["verb_endings"])
        self.weekdays = data.function_words["time_words"]
        # currencies and scale nouns: "Dollar von Trafigura" names a party, "Dollar" is none
        self.units = frozenset(data.currency_bare) | frozenset(data.number_units) | frozenset(
            data.function_words["scale_nouns"]
        )

    def _excluded(self, text: str, lower: str) -> bool:
        """Words that are no name whatever the classifier says: units, currencies, months,
        weekdays, nouns of money, acronyms (the recognizer's), words the lexicons know."""
        f = self.finder
        return (
            len(lower) < 3
            or text.isupper()
            or not f._is_name_word(text, lower)
            or lower in self.units
            or lower in f.not_people_nouns
            or f.not_names.get(lower) is not None
            or lower in self.weekdays
            or lower in f.not_name_openers
            or lower.endswith(f.capitalised_adjective_endings)  # "die Syrische Nationale Armee"
            or f.head_kind(lower) is not None
        )

    def _named(self, text: str, lower: str, threshold: float) -> bool:
        if self._excluded(text, lower) or self.classifier.probability(text) < threshold:
            return False
        # a compound takes its class from its head: "EU-Förderungen" is a common noun
        head = text.rsplit("-", 1)[-1]
        return head == text or self.classifier.probability(head) >= threshold

    def _finite_verb(self, words: "_Words", j: int) -> bool:
        """Whether the lower-case word at ``j`` is a finite verb: a listed one, or one with a
        verb's ending after a noun or a comma (after an article or a preposition it is an adjective)."""
        text, lower = words.texts[j], words.lowers[j]
        if not text.islower() or not text.isalpha():
            return False
        if lower in self.finite_verbs or lower in self.finder.name_verbs:
            return True
        if not lower.endswith(self.verb_endings) or lower in self.finder.closed or j == 0 or words.starts[j]:
            return False
        before = words.texts[j - 1]
        return before == "," or before[:1].isupper() and before.isalpha() and words.lowers[j - 1] not in self.finder.closed

    def _party_before(self, words: "_Words", j: int) -> bool:
        """Whether the word before the attribute preposition at ``j`` lets it name a party: a
        finite verb ("wird von Novartis"), a unit or currency ("Dollar von Trafigura") or a name
        ("verlangt Rosneft von Uniper"); not a noun it describes ("Bundesamt für", "Süden von")
        nor an adverb of place ("oberhalb von", "nördlich von")."""
        if j == 0 or words.starts[j]:
            return False
        before, lower = words.texts[j - 1], words.lowers[j - 1]
        f = self.finder
        if before[:1].isupper():
            return (
                lower in self.units
                or lower in f.money_words
                or self.classifier.probability(before) >= self.probability and f.head_kind(lower) is None
            )
        return lower in self.finite_verbs or lower in f.name_verbs

    def _position(self, words: "_Words", i: int) -> Optional[float]:
        """The probability a name at ``i`` needs in its position, or None where no role stands."""
        lowers, starts = words.lowers, words.starts
        n = len(lowers)
        if not starts[i] and i > 0:
            j = i - 1
            if lowers[j] in self.accusative_articles and j > 0 and not starts[j] and lowers[j - 1] in self.prepositions:
                j -= 1  # "gegen die Stellantis", "an die Guangdong Toy Group" (but "an der Drau": a place)
            if lowers[j] in self.prepositions and (j == i - 1 or lowers[j] not in self.attribute_prepositions):
                if lowers[j] not in self.attribute_prepositions or self._party_before(words, j):
                    return self.probability
            if j == i - 1 and self._finite_verb(words, j):
                return self.probability
        if i + 1 < n and words.texts[i + 1].islower() and (
            lowers[i + 1] in self.finite_verbs or lowers[i + 1] in self.finder.name_verbs
        ):
            if i > 0 and not starts[i] and lowers[i - 1] in self.finder.name_articles:
                return None  # "Die Streif ist ...": with an article any noun opens a clause; no bare name
            if starts[i]:
                return self.opener_probability  # "Wohnen wird ...": any word opens a sentence capitalised
            if self.finder._opens_clause(words, i):
                return self.probability
        return None

    def find(
        self, words: "_Words", candidates: list[int], covered: list[bool], persons: frozenset[int] = frozenset()
    ) -> list[tuple[int, int, str]]:
        """Bare names among ``candidates`` (capitalised words no lexicon knows), each as
        ``(start, end, "organisation")``; their tokens are marked covered. ``persons``: where
        the mentions of persons found so far start."""
        texts, lowers, starts = words.texts, words.lowers, words.starts
        n = len(texts)
        found = []
        closed = self.finder.closed
        for i in candidates:
            if covered[i] or lowers[i] in closed:
                continue  # most candidates are capitalised function words opening a sentence
            threshold = self._position(words, i)
            if threshold is None or not self._named(texts[i], lowers[i], threshold):
                continue
            end = i + 1
            while (
                end < n
                and end - i < _MAX_WORDS
                and not covered[end]
                and not starts[end]
                # German sets no two nouns side by side without an article: a capitalised word
                # right after a name that no lexicon knows goes on with it ("Tottenham Hotspur")
                and texts[end][:1].isupper()
                and not self._excluded(texts[end], lowers[end])
            ):
                end += 1
            if end in persons:
                continue  # a title before a name: "sagte EVG-Vize Cosima Ingenschay"
            found.append((i, end, "organisation"))
            for k in range(i, end):
                covered[k] = True
        return found
