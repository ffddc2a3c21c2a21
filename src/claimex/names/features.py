"""The features of one word form for the name classifier: hashed letter n-grams and shape.

German capitalises every noun, so the case of a word's first letter says nothing; what does is
how the word is built: common nouns carry derivational suffixes ("-ung", "-heit", "-schaft") and
inflect ("-en", "-s"), names from other languages end in vowels or clusters German words rarely
have ("Moderna", "Nvidia", "Vodafone"), and brands mix case ("PayPal", "iPhone").
"""

from __future__ import annotations

import zlib

__all__ = ["BUCKETS", "word_features"]

#: Size of the hashed feature space (a power of two; the shipped weights have this length).
BUCKETS = 1 << 18


def _hash(feature: str) -> int:
    # crc32 is stable across runs and platforms (Python's hash() is salted)
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def _shape(text: str) -> list[str]:
    letters = text.replace("-", "")
    inner_upper = any(c.isupper() for c in letters[1:])
    return [
        "bias",
        f"len:{min(len(letters), 14)}",
        "caps" if letters.isupper() and len(letters) > 1 else "title" if not inner_upper else "mixed",
        "hyphen" if "-" in text else "solid",
        "low1" if text[:1].islower() else "up1",
    ]


def word_features(text: str) -> list[int]:
    """The hashed feature indices of ``text`` (a capitalised word, hyphenated compounds too)."""
    lower = text.lower()
    head = lower.rsplit("-", 1)[-1]  # a compound's head decides its class: "Kreml-Chef"
    padded = f"^{head}$"
    feats = [f"w:{lower}"] + _shape(text)
    feats += [f"s{k}:{head[-k:]}" for k in range(1, 6) if len(head) > k]
    feats += [f"p{k}:{head[:k]}" for k in range(2, 5) if len(head) > k]
    feats += [f"g3:{padded[k:k + 3]}" for k in range(len(padded) - 2)]
    if head != lower:
        feats.append(f"first:{lower.split('-', 1)[0]}")
    return sorted({_hash(f) for f in feats})
