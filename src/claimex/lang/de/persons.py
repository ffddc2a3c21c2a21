"""Which German nouns name people, and which name harmed people, by morphology as well as by list.

News names people with nouns no list holds ("Gardisten", "Monteure", "Algerier") and turns
participles of harm into nouns ("die Verschütteten", "40 Eingeschlossene"). The tests here
decide from the word's form, on top of the tables of ``casualty_terms.json``:

- :func:`is_person`: the person-noun table (also for a dative plural, "Fischern"), a person
  ending (``person_suffixes``) on a word that is no object (``non_person_nouns``), or a demonym
  of a place in the gazetteers ("Berliner", "Algerier").
- :func:`harm_noun`: the casualty-noun table, or a nominalised participle of a harm word
  ("Verschüttete" from "verschüttet" -> missing).
- :func:`age_compound`: the tokens of an age compound ("45-jährige", "45-Jähriger",
  "45jähriger"), an adjective of a person or, capitalised, the person.

>>> is_person("gardisten"), is_person("monteure"), is_person("fischern"), is_person("kisten")
(True, True, True, False)
>>> is_person("berliner"), is_person("algerier"), is_person("lastwagen")
(True, True, False)
>>> harm_noun("verschütteten"), harm_noun("eingeschlossene"), harm_noun("tötungsdelikte")
('missing', 'missing', None)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from . import german, load_table

__all__ = ["is_person", "harm_noun", "age_compound"]

#: Endings of the dative plural and the genitive singular of nouns: "Fischer|n", "Mann|es", "Kind|s".
_CASE_ENDINGS = ("n", "es", "s")

#: Adjective endings of a nominalised participle: "Verschüttet|e", "Verschüttet|en", "Verletzt|er".
_NOMINAL_ENDINGS = ("en", "er", "em", "es", "e")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    names = load_table("gazetteer_cldr.json")["GPE"] + load_table("gazetteer_supplement.json")["GPE"]
    return frozenset(n.lower() for n in names if " " not in n)


def _is_demonym(word: str) -> bool:
    endings = german().demonym_endings
    places = _places()
    for ending, replacement in endings.items():
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem + replacement in places:
            return True
    return False


@lru_cache(maxsize=65536)
def is_person(word: str) -> bool:
    """True when the lower-case noun ``word`` names people."""
    d = german()
    if word in d.person_nouns or d.casualty_nouns.get(word):
        return True
    if any(word.endswith(e) and word[: -len(e)] in d.person_nouns for e in _CASE_ENDINGS):
        return True  # dative plural and genitive: "den Fischern", "von Bergleuten", "eines Mannes"
    if d.non_person_nouns.get(word):
        return False
    if word.endswith(d.person_suffixes) and len(word) > 5:
        return True
    return _is_demonym(word)


@lru_cache(maxsize=1)
def _participles() -> dict[str, str]:
    """Single-word harm triggers written out in full (no phrase, no pattern): the participles
    that can be nominalised ("verschüttet" -> "Verschüttete"), with their category."""
    found: dict[str, str] = {}
    weak = german().weak_triggers
    for category, words in load_table("casualty_terms.json")["triggers"].items():
        for w in words:
            if " " not in w and "*" not in w and w.endswith(("t", "en")) and w not in weak:
                found.setdefault(w, category)
    return found


@lru_cache(maxsize=65536)
def harm_noun(word: str) -> Optional[str]:
    """The casualty category of the lower-case noun ``word``, or None: a casualty noun of the
    table, or a nominalised participle of a harm word that is not weak ("Verschleppte")."""
    d = german()
    category = d.casualty_nouns.get(word)
    if category:
        return category
    participles = _participles()
    for ending in _NOMINAL_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in participles:
            return participles[word[: -len(ending)]]
    return None


def age_compound(texts: Sequence[str], i: int, limit: int) -> int:
    """How many tokens from ``i`` form an age compound ("45", "-", "jährige"; "45", "jährige"),
    0 when none does.

    >>> age_compound(["ein", "45", "-", "Jähriger"], 1, 4), age_compound(["45", "jährige"], 0, 2)
    (3, 2)
    """
    if i < limit and texts[i].isdigit():
        if i + 2 < limit and texts[i + 1] == "-" and texts[i + 2].lower().startswith("jährig"):
            return 3
        if i + 1 < limit and texts[i + 1].lower().startswith("jährig"):
            return 2
    return 0
