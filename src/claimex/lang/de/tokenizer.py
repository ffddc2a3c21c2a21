"""A German tokenizer that keeps amounts analysable and every offset exact.

spaCy's rule tokenizer splits "5 000" with a no-break space into three tokens and glues
"50-Millionen-Euro-Paket" into one; claimex needs the opposite. This tokenizer is one regular
expression over the text: number groups joined by German, Swiss and English separators
("1.200", "5,6", "15'000", "5\u00a0000") stay one token, abbreviations from the language data
("Mio.", "Fr.") keep their period, currency prefixes ("US$") stay whole, and a compound glued
to a number ("50-Millionen-Euro-Paket") is split at its hyphens. Whitespace is kept the spaCy
way, so ``span.start_char`` is an offset into the input, and ``doc.text == text`` except where
:func:`mask` replaced a character one for one (a lone surrogate, a no-break or thin space read as
a plain space); ``claimex.extract`` re-reads its span texts from the input.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from . import german

__all__ = ["GermanTokenizer", "create_german_tokenizer", "MASKED", "SURROGATES", "mask"]

#: Lone surrogates cannot be encoded; they are replaced one for one, so offsets hold.
SURROGATES = re.compile("[\ud800-\udfff]")

#: Spaces inside a line other than the plain one (no-break, narrow no-break, thin, figure and
#: the typographic widths): web pages put them between a number, its scale word and its
#: currency ("5\u00a0Millionen\u00a0Euro"). Read as a plain space, one for one, except
#: between two digits, where they group thousands ("15\u00a0000" stays one number).
INLINE_SPACES = re.compile("(?<!\\d)[\u00a0\u2002-\u200a\u202f\u205f]|[\u00a0\u2002-\u200a\u202f\u205f](?!\\d)")

#: Every character :func:`mask` replaces: the span texts of claims are re-read from the input.
MASKED = re.compile(f"{SURROGATES.pattern}|{INLINE_SPACES.pattern}")


def mask(text: str) -> str:
    """``text`` as the pipeline reads it: lone surrogates as U+FFFD and inline spaces as plain
    spaces, each one for one, so every offset into it is an offset into ``text``."""
    return INLINE_SPACES.sub(" ", SURROGATES.sub("\ufffd", text))

_LETTER = r"[^\W\d_]"
_SEPARATOR = "[.,:'\u2019\u00a0\u202f\u2009]"


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _token_pattern() -> re.Pattern[str]:
    data = german()
    return re.compile(
        rf"""
        (?P<space>\s+)
        | (?P<url>(?:https?://|www\.)[^\s<>«»"]*[^\s<>«»".,;:!?)\]])
        | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
        | (?P<currency>(?:{_alternatives(data.currency_prefixes)})(?=\s|\d|$))
        | (?P<abbr>(?:{_alternatives(data.abbreviations)})(?!{_LETTER}))
        | (?P<code>{_LETTER}+-?\d+(?:{_LETTER}|\d)*)                    # F-16, G7, Covid-19, MH17
        | (?P<number>\d+(?:{_SEPARATOR}\d+)*)
        | (?P<word>{_LETTER}+(?:['\u2019]{_LETTER}+)*(?:-{_LETTER}+(?:['\u2019]{_LETTER}+)*)*(?:-(?=\s+(?:und|oder|bzw)\b))?)
        | (?P<ellipsis>\.{{2,}}|…)
        | (?P<other>.)
        """,
        re.VERBOSE | re.DOTALL,
    )


class GermanTokenizer:
    """Callable ``text -> Doc`` for German news text; see the module docstring."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._pattern = _token_pattern()

    def _pieces(self, text: str) -> Iterator[tuple[str, int, int]]:
        """(kind, start, end) for every token and whitespace run."""
        none = ("", 0, 0)
        before, last = none, none  # the two pieces before this one
        for m in self._pattern.finditer(text):
            kind = m.lastgroup or "other"
            start, end = m.span()
            # A compound glued to a number by a hyphen is split into its parts, so that
            # "50-Millionen-Euro" can be a span of "50-Millionen-Euro-Paket".
            if (
                kind == "word"
                and last[0] == "other"
                and before[0] == "number"
                and last[2] == start
                and last[1] == before[2]
                and text[last[1] : last[2]] == "-"
                and "-" in text[start:end]
            ):
                pos = start
                for part in re.split(r"(-)", text[start:end]):
                    if part:
                        yield ("other" if part == "-" else "word"), pos, pos + len(part)
                        pos += len(part)
                before, last = none, (kind, start, end)
                continue
            before, last = last, (kind, start, end)
            yield kind, start, end

    def __call__(self, text: str) -> Doc:
        clean = mask(text)
        words: list[str] = []
        spaces: list[bool] = []
        for kind, start, end in self._pieces(clean):
            piece = clean[start:end]
            if kind != "space":
                words.append(piece)
                spaces.append(False)
                continue
            # spaCy's convention: one plain space after a token is its trailing space;
            # any other whitespace is a token of its own.
            if words and not spaces[-1] and piece[0] == " ":
                spaces[-1] = True
                piece = piece[1:]
            if piece:
                words.append(piece)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The tokenizer has no state of its own: its rules are the language data files.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "GermanTokenizer":
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> "GermanTokenizer":
        return self


@registry.tokenizers("claimex.GermanTokenizer.v1")
def create_german_tokenizer():  # type: ignore[no-untyped-def]
    """Registered factory: ``[nlp.tokenizer] @tokenizers = "claimex.GermanTokenizer.v1"``."""

    def make(nlp: Any) -> GermanTokenizer:
        return GermanTokenizer(nlp.vocab)

    return make
