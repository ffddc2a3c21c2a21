"""Word and phrase lists read from language data files, matched against token sequences."""

from __future__ import annotations

from typing import Generic, Iterable, Mapping, Optional, Sequence, TypeVar

__all__ = ["Lexicon", "LexiconGroup"]

V = TypeVar("V")
_MAX_SEEN = 200_000


class Lexicon(Generic[V]):
    """Lower-case words and phrases, each with a value.

    An entry is a word ("tote"), a phrase of space-separated words ("ums leben"), a word
    with a trailing ``*`` that matches any word it begins ("schwerverletzte*"), or one with a
    leading ``*`` that matches any word it ends, as German compounds end in their head
    ("*schaden" matches "Sachschaden").

    >>> lex = Lexicon({"ums leben": "killed", "tote*": "killed", "verletzt": "injured", "*schaden": "damage"})
    >>> lex.match(["kamen", "ums", "leben"], 1)
    (2, 'killed')
    >>> lex.match(["totenzahl"], 0), lex.get("sachschaden")
    ((1, 'killed'), 'damage')
    >>> "verletzt" in lex, "verletzte" in lex
    (True, False)
    """

    def __init__(self, entries: Mapping[str, V] | Iterable[str]):
        items = entries.items() if isinstance(entries, Mapping) else ((e, True) for e in entries)
        self._words: dict[str, V] = {}
        self._phrases: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        self._prefixes: list[tuple[str, V]] = []
        self._suffixes: list[tuple[str, V]] = []
        self._seen: dict[str, Optional[V]] = {}  # word -> value, as news repeats its words
        for key, value in items:
            key = key.lower().strip()
            if " " in key:
                words = tuple(key.split())
                self._phrases.setdefault(words[0], []).append((words, value))  # type: ignore[arg-type]
            elif key.endswith("*"):
                self._prefixes.append((key[:-1], value))  # type: ignore[arg-type]
            elif key.startswith("*"):
                self._suffixes.append((key[1:], value))  # type: ignore[arg-type]
            else:
                self._words[key] = value  # type: ignore[assignment]
        for options in self._phrases.values():
            options.sort(key=lambda p: -len(p[0]))  # longest phrase first
        # The same phrases by their first two words, in the same order: a first word such as
        # "die" may begin a hundred phrases, of which the next word leaves a few to compare.
        self._phrases_by_pair: dict[tuple[str, str], list[tuple[tuple[str, ...], V]]] = {}
        for options in self._phrases.values():
            for words, value in options:
                self._phrases_by_pair.setdefault((words[0], words[1]), []).append((words, value))
        self._prefixes.sort(key=lambda p: -len(p[0]))
        self._suffixes.sort(key=lambda p: -len(p[0]))
        self._prefix_set = tuple(p for p, _ in self._prefixes)
        self._suffix_set = tuple(s for s, _ in self._suffixes)

    def get(self, word: str) -> Optional[V]:
        """The value of a single word (exact entry first, then the longest prefix entry)."""
        # Every token is tried against several lexicons, so answers (hits and misses) are
        # remembered under the word as given: one dict lookup for any word seen before.
        seen = self._seen
        if word in seen:
            return seen[word]
        found = self._lookup(word.lower())
        if len(seen) > _MAX_SEEN:
            seen.clear()
        seen[word] = found
        return found

    def _lookup(self, word: str) -> Optional[V]:
        if word in self._words:
            return self._words[word]
        # One C-level test per kind rejects most words before the ordered, longest-first loop.
        if self._prefixes and word.startswith(self._prefix_set):
            for prefix, value in self._prefixes:
                if word.startswith(prefix):
                    return value
        if self._suffixes and word.endswith(self._suffix_set):
            for suffix, value in self._suffixes:
                if word.endswith(suffix) and len(word) > len(suffix):
                    return value
        return None

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def may_begin(self, word: str) -> bool:
        """Whether some entry may start at the lower-case ``word`` (:meth:`match` could find one)."""
        if word in self._phrases:
            return True
        seen = self._seen  # the remembered answer without a call: this runs for every token
        if word in seen:
            return seen[word] is not None
        return self.get(word) is not None

    def match(self, lowers: Sequence[str], i: int) -> Optional[tuple[int, V]]:
        """The longest entry starting at ``lowers[i]``: (number of words, value), or None."""
        if i >= len(lowers):
            return None
        word = lowers[i]
        if word in self._phrases and i + 1 < len(lowers):
            for words, value in self._phrases_by_pair.get((word, lowers[i + 1]), ()):
                if tuple(lowers[i : i + len(words)]) == words:
                    return len(words), value
        seen = self._seen
        value = seen[word] if word in seen else self.get(word)
        return None if value is None else (1, value)

    def scan(self, lowers: Sequence[str], start: int, end: int) -> list[tuple[int, int, V]]:
        """Entries in ``lowers[start:end]``, left to right, without overlap: (start, end, value).

        At each word the longest entry is taken (as :meth:`match`); one that runs past ``end`` is
        skipped. A loop here, rather than :meth:`match` per word, as every sentence is scanned
        with several lexicons.
        """
        found: list[tuple[int, int, V]] = []
        phrases, seen = self._phrases, self._seen
        i = start
        while i < end:
            word = lowers[i]
            if word in phrases:
                m = self.match(lowers, i)
                if m and i + m[0] <= end:
                    found.append((i, i + m[0], m[1]))
                    i += m[0]
                    continue
                i += 1
                continue
            value = seen[word] if word in seen else self.get(word)
            if value is not None:
                found.append((i, i + 1, value))
            i += 1
        return found

    def match_ending(self, lowers: Sequence[str], end: int) -> Optional[tuple[int, V]]:
        """The longest entry ending just before ``lowers[end]``: (number of words, value), or None."""
        best: Optional[tuple[int, V]] = None
        for start in range(max(0, end - 6), end):
            found = self.match(lowers, start)
            if found and start + found[0] == end and (best is None or found[0] > best[0]):
                best = found
        return best


class LexiconGroup(Generic[V]):
    """Several lexicons scanned over the same words in one pass.

    ``scan`` gives, for each lexicon, exactly what its own :meth:`Lexicon.scan` gives. Most
    words begin no entry of any lexicon; the group remembers per word which lexicons an entry
    may begin with, so such a word costs one dict lookup instead of one per lexicon.

    >>> group = LexiconGroup([Lexicon({"ums leben": 1}), Lexicon({"leben": 2})])
    >>> group.scan(["kamen", "ums", "leben"], 0, 3)
    [[(1, 3, 1)], [(2, 3, 2)]]
    """

    def __init__(self, lexicons: Sequence[Lexicon[V]]):
        self._lexicons = tuple(lexicons)
        # word -> (lexicon number, whether a phrase may begin there, the word's own value) for
        # each lexicon an entry may begin with at that word
        self._beginning: dict[str, tuple[tuple[int, bool, Optional[V]], ...]] = {}

    def _begins(self, word: str) -> tuple[tuple[int, bool, Optional[V]], ...]:
        if len(self._beginning) > _MAX_SEEN:
            self._beginning.clear()
        found = self._beginning[word] = tuple(
            (k, word in lex._phrases, lex.get(word)) for k, lex in enumerate(self._lexicons) if lex.may_begin(word)
        )
        return found

    def scan(self, lowers: Sequence[str], start: int, end: int) -> list[list[tuple[int, int, V]]]:
        """For each lexicon, its entries in ``lowers[start:end]`` as :meth:`Lexicon.scan` finds them."""
        lexicons, beginning = self._lexicons, self._beginning
        found: list[list[tuple[int, int, V]]] = [[] for _ in lexicons]
        free = [start] * len(lexicons)  # per lexicon, where its last entry ended (no overlaps)
        for i in range(start, end):
            word = lowers[i]
            which = beginning.get(word)
            if which is None:
                which = self._begins(word)
            for k, phrase, value in which:
                if i < free[k]:
                    continue
                if phrase:
                    m = lexicons[k].match(lowers, i)
                    if m and i + m[0] <= end:
                        found[k].append((i, i + m[0], m[1]))
                        free[k] = i + m[0]
                elif value is not None:  # a single word: what match would find, without asking
                    found[k].append((i, i + 1, value))
                    free[k] = i + 1
        return found
