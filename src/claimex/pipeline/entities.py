"""``claimex_entities``: a rule-based German entity recognizer writing ``doc.ents``.

This is the transparent baseline the trained recognizer replaces (same output slot, same
labels). It finds:

- places and organisations from gazetteers (CLDR territory and city names, generated, plus a
  hand-written supplement: ``gazetteer_*.json``);
- organisations by shape: acronyms ("NIS"), hyphenated names with an organisation head
  ("Friedrich-Naumann-Stiftung"), names before a legal form ("Muster AG");
- persons by context: a run of capitalised words after a role noun ("Kreml-Chef Wladimir
  Putin"), before an age in brackets ("Kim Jong Un (41)"), or after "von", "laut", "sagte";
  a person's last name alone is a person wherever the full name was found.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_TITLE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import lowers_of, texts_of
from ..lang.de import load_table
from ..lang.lexicon import Lexicon

__all__ = ["EntityRecognizer", "make_entity_recognizer"]

_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")

#: Places of fewer letters are not looked for in capitals ("ROM" is more often an acronym).
_MIN_CAPITALS_PLACE = 4


class EntityRecognizer:
    """Gazetteer and shape rules; see the module docstring."""

    def __init__(self, nlp: Language):
        cldr = load_table("gazetteer_cldr.json")
        extra = load_table("gazetteer_supplement.json")
        rules = load_table("entity_rules.json")
        self.matcher = PhraseMatcher(nlp.vocab)
        names: dict[str, set[str]] = {"GPE": set(cldr["GPE"]), "LOC": set(), "ORG": set()}
        for label in names:
            names[label] |= set(extra.get(label, ()))
        self.known = {n for v in names.values() for n in v}
        # datelines write places in capitals ("BERLIN (dpa) -", "KIEW/MOSKAU"); an acronym is no
        # place's capitals (it is the place's name as it stands: "USA")
        capitals = {s.upper() for s in names["GPE"] | names["LOC"] if len(s) >= _MIN_CAPITALS_PLACE and s.upper() != s}
        for label, surface in names.items():
            forms = surface | {s.upper() for s in surface if s.upper() in capitals} if label != "ORG" else surface
            self.matcher.add(label, [nlp.make_doc(s) for s in sorted(forms)])
        self.not_acronyms = set(rules["not_acronyms"]) | set(load_table("currencies_cldr.json")["codes"])
        self.org_heads = tuple(rules["organisation_heads"])
        self.legal_forms = set(rules["legal_forms"])
        self.role_nouns = set(rules["role_nouns"])
        self.role_suffixes = tuple(rules["role_suffixes"])
        self.person_cues = set(rules["person_cues"])
        self.not_names = set(rules["not_names"])
        self.club_prefixes = set(rules["club_prefixes"])
        self.institutions = Lexicon(rules["institutions"])
        self.place_titles = set(rules["place_titles"])
        self.police_titles = set(rules["police_titles"])

    def _gazetteer(self, doc: Doc) -> list[Span]:
        return [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.matcher(doc)]

    def _name_run(self, doc: Doc, i: int, limit: int = 3) -> int:
        """The end of a run of capitalised name-like tokens starting at ``i`` (``i`` if none)."""
        j = i
        while j < len(doc) and j - i < limit:
            t = doc[j]
            if (
                not (t.is_title or t.is_upper and len(t) > 1)
                or not t.is_alpha
                and "-" not in t.text
                or t.lower_ in self.not_names
            ):
                break
            j += 1
        return j

    def _shapes(self, doc: Doc) -> list[Span]:
        # the words' texts from the per-doc list, a Token only where a word's shape matters
        found: list[Span] = []
        for i, text in enumerate(texts_of(doc)):
            if _ACRONYM.match(text) and text not in self.not_acronyms or text in self.club_prefixes:
                end = i + 1
                while text in self.club_prefixes and end < len(doc) and end - i < 3 and doc[end].is_title:
                    end += 1  # "FC Bayern", "VfB Stuttgart": the club's name follows its prefix
                found.append(Span(doc, i, end, label="ORG"))
            elif "-" in text and text.lower().endswith(self.org_heads) and doc[i].is_title:
                found.append(Span(doc, i, i + 1, label="ORG"))
            elif text in self.legal_forms and i > 0 and doc[i - 1].is_title:
                start = i - 1
                while start > 0 and i - start < 3 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
                    start -= 1
                found.append(Span(doc, start, i + 1, label="ORG"))
        return found

    def _persons(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        n = len(doc)
        texts = texts_of(doc)
        for i, lower in enumerate(lowers_of(doc)):
            cue = lower in self.role_nouns or lower.endswith(self.role_suffixes) or lower in self.person_cues
            if cue and i + 1 < n:
                end = self._name_run(doc, i + 1)
                need = 1 if lower in self.role_nouns or lower.endswith(self.role_suffixes) else 2
                if end - (i + 1) >= need:
                    found.append(Span(doc, i + 1, end, label="PER"))
            if texts[i] == "(" and i + 2 < n and doc[i + 1].like_num and doc[i + 2].text == ")" and i > 0:
                start = i
                while (
                    start > 0
                    and i - start < 3
                    and doc[start - 1].is_title
                    and doc[start - 1].is_alpha
                    and doc[start - 1].lower_ not in self.role_nouns
                ):
                    start -= 1
                if start < i:
                    found.append(Span(doc, start, i, label="PER"))
        return found

    def _institutions(self, doc: Doc) -> list[Span]:
        """ "der Bund", "das Innenministerium": one institution named by a common noun."""
        get = self.institutions.get
        title = doc.to_array([IS_TITLE]).reshape(-1).tolist() if len(doc) else []
        return [Span(doc, i, i + 1, label="ORG") for i, lower in enumerate(lowers_of(doc)) if title[i] and get(lower)]

    def _extend(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Titles that belong to a name: "Kanton Wallis" (GPE), "Kantonspolizei Bern" (ORG)."""
        out = []
        for span in spans:
            before = doc[span.start - 1].text if span.start > 0 else ""
            if span.label_ == "GPE" and before in self.place_titles:
                span = Span(doc, span.start - 1, span.end, label="GPE")
            elif span.label_ == "GPE" and before in self.police_titles:
                span = Span(doc, span.start - 1, span.end, label="ORG")
            out.append(span)
        return out

    def __call__(self, doc: Doc) -> Doc:
        candidates = self._extend(doc, self._gazetteer(doc)) + self._shapes(doc) + self._institutions(doc)
        people = [p for p in self._persons(doc) if p.text not in self.known]
        spans = filter_spans(candidates + people)
        # A person's last name alone is the same person ("Anna Berger" ... "Berger").
        last_names = {p[-1].text for p in spans if p.label_ == "PER" and len(p) > 1}
        taken = {t.i for s in spans for t in s}
        extra = (
            [Span(doc, i, i + 1, label="PER") for i, text in enumerate(texts_of(doc)) if text in last_names and i not in taken]
            if last_names
            else []
        )
        doc.ents = filter_spans(spans + extra)
        return doc


@Language.factory("claimex_entities", assigns=["doc.ents"])
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    """Registered factory of :class:`EntityRecognizer`."""
    return EntityRecognizer(nlp)
