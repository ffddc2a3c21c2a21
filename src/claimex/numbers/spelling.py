"""Misspelt words read as the word they mean, by edit distance (no spaCy).

Real news misspells scale words ("Milionen", "Miliarden", "Milliadren"); one slip of a letter
(a letter left out, added, changed or two swapped) is read as the word meant.
"""

from __future__ import annotations

from typing import Iterable, Optional

__all__ = ["edit_distance", "closest_word"]


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance of ``a`` and ``b``, capped at ``limit`` + 1.

    >>> edit_distance("milionen", "millionen"), edit_distance("milliadren", "milliarden")
    (1, 1)
    >>> edit_distance("millionen", "milliarden")
    3
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)


def closest_word(word: str, targets: Iterable[str], max_distance: int = 1) -> Optional[str]:
    """The one target within ``max_distance`` edits of ``word`` (the nearest), else None.

    >>> closest_word("miliarden", ["million", "millionen", "milliarde", "milliarden"])
    'milliarden'
    """
    best: Optional[tuple[int, str]] = None
    for target in targets:
        d = edit_distance(word, target, max_distance)
        if d <= max_distance and (best is None or d < best[0]):
            best = (d, target)
    return best[1] if best else None
