"""How much a corpus reads like real news: the measures corpus v2 is steered by.

All measures use deliberately simple text handling so that they do not depend on claimex
itself: word tokens are ``\\w+``; sentences end at ``.``, ``!``, ``?`` or a closing quote
followed by whitespace and a capital letter, and at line breaks.

>>> sentence_bounds("Er kam. Sie ging\\nweg.")
[(0, 7), (8, 16), (17, 21)]
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from statistics import mean, median
from typing import Any, Optional, Sequence

__all__ = ["realism_stats", "sentence_bounds", "ngram_overlap"]

_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"""(?<=[.!?"“”»«'])\s+(?=[A-ZÄÖÜ])|\n+""")
_THOUSANDS = {
    # four or more digits without separator, years (1800-2099) left out
    "plain": re.compile(r"(?<![\d.,'’])(?<!\d[ \u00a0\u202f\u2009])(?!(?:18|19|20)\d\d(?!\d))\d{4,}(?![\d'’])"),
    "dot": re.compile(r"\d\.\d{3}(?!\d)"),
    "space": re.compile(r"\d[ \u00a0\u202f\u2009]\d{3}(?!\d)"),
    "apostrophe": re.compile(r"\d'\d{3}(?!\d)"),
    "typographic_apostrophe": re.compile(r"\d’\d{3}(?!\d)"),
}
ROLES = ("agent", "recipient", "victim", "source")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty sentence, by the simple rule in the module docstring."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


def _ngrams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = ["<NUM>" if any(ch.isdigit() for ch in w) else w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def ngram_overlap(texts: Sequence[str], *, sample: int = 44, rounds: int = 50, seed: int = 0) -> Optional[float]:
    """Mean share of a document's distinct word 4-grams that occur in another document of a
    random ``sample``-document sample, averaged over documents and ``rounds`` samples."""
    grams = [g for g in (_ngrams(t) for t in texts) if g]
    if len(grams) < 2:
        return None
    rng = random.Random(seed)
    k = min(sample, len(grams))
    shares = []
    for _ in range(rounds):
        chosen = rng.sample(range(len(grams)), k)
        counts: dict[tuple[str, ...], int] = {}
        for i in chosen:
            for g in grams[i]:
                counts[g] = counts.get(g, 0) + 1
        shares.append(mean(sum(counts[g] > 1 for g in grams[i]) / len(grams[i]) for i in chosen))
    return mean(shares)


def _share(hits: int, total: int) -> Optional[float]:
    return round(hits / total, 4) if total else None


def realism_stats(docs: Sequence[dict[str, Any]], *, seed: int = 0) -> dict[str, Any]:
    """The realism measures of corpus v2 for released-form documents (gold claims with offsets)."""
    casualty = monetary = casualty_agent = casualty_hedged = monetary_approx = 0
    role_total = dict.fromkeys(ROLES, 0)
    role_other_sentence = dict.fromkeys(ROLES, 0)
    role_distance: dict[str, list[int]] = {r: [] for r in ROLES}
    sourced_monetary = sourced_monetary_elsewhere = 0
    formats = dict.fromkeys(_THOUSANDS, 0)
    for doc in docs:
        text = doc["text"]
        for name, pattern in _THOUSANDS.items():
            formats[name] += len(pattern.findall(text))
        bounds = sentence_bounds(text)
        starts = [s for s, _ in bounds]

        def sentence_index(offset: int) -> int:
            return bisect_right(starts, offset) - 1

        for c in doc.get("claims", []):
            if c["type"] == "casualty":
                casualty += 1
                casualty_agent += bool(c.get("agent"))
                casualty_hedged += bool(c.get("hedged"))
            else:
                monetary += 1
                monetary_approx += bool(c.get("approximate"))
            here = sentence_index(c["start"])
            for role in ROLES:
                span = c.get(role)
                if not span:
                    continue
                elsewhere = sentence_index(span["start"]) != here
                role_total[role] += 1
                role_other_sentence[role] += elsewhere
                gap = max(span["start"] - c["end"], c["start"] - span["end"], 0)
                role_distance[role].append(gap)
                if role == "source" and c["type"] == "monetary":
                    sourced_monetary += 1
                    sourced_monetary_elsewhere += elsewhere
    lengths = [len(d["text"]) for d in docs]
    return {
        "documents": len(docs),
        "median_chars": median(lengths) if lengths else None,
        "ngram4_shared_with_sample": _round(ngram_overlap([d["text"] for d in docs], seed=seed)),
        "casualty_with_agent": _share(casualty_agent, casualty),
        "monetary_sourced_elsewhere": _share(sourced_monetary_elsewhere, sourced_monetary),
        "casualty_hedged": _share(casualty_hedged, casualty),
        "monetary_approximate": _share(monetary_approx, monetary),
        "role_other_sentence": {r: _share(role_other_sentence[r], role_total[r]) for r in ROLES},
        "role_median_distance_chars": {r: median(v) if v else None for r, v in role_distance.items()},
        "thousands_formats": formats,
    }


def _round(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(x, 4)
