"""Whether a sentence speaks of harmed people: the casualty nouns and triggers of
``casualty_terms.json``, read once. The learned layers (NER, parser) run only on the sentences of
money amounts and of counts that pass this test."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from . import load_table


class CasualtyWords:
    """The casualty vocabulary as a word test: whole words, compound heads ("Lawinentote"),
    prefixes ("schwerverletzte*") and multi-word triggers ("ums leben")."""

    def __init__(self) -> None:
        terms = load_table("casualty_terms.json")
        nouns = [w for words in terms["nouns"].values() for w in words]
        triggers = [w for words in terms["triggers"].values() for w in words]
        single = [w for w in nouns + triggers if " " not in w]
        self.words = frozenset(w.strip("*") for w in single)
        # nouns also end compounds ("Lawinentote"); "*x" only ends them, "x*" begins words
        self.heads = tuple(sorted({n.lstrip("*") for n in nouns if len(n.strip("*")) >= 4 and not n.endswith("*")}))
        self.prefixes = tuple(sorted({w[:-1] for w in single if w.endswith("*")}))
        # multi-word triggers match as whole phrases, found by their first word
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in triggers:
            if " " in phrase:
                first, *rest = phrase.split()
                self.phrases.setdefault(first, []).append((first, *rest))

    def mentioned(self, lowers: Sequence[str]) -> bool:
        """Whether the lower-case words of a sentence hold a casualty noun or trigger."""
        for i, w in enumerate(lowers):
            if not w.isalpha():
                continue
            if w in self.words or w.endswith(self.heads) or self.prefixes and w.startswith(self.prefixes):
                return True
            if w in self.phrases and any(tuple(lowers[i : i + len(p)]) == p for p in self.phrases[w]):
                return True
        return False


@lru_cache(maxsize=1)
def casualty_words() -> CasualtyWords:
    """The shared instance (the table is read once per process)."""
    return CasualtyWords()
