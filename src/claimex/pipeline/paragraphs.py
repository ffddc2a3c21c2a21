"""Paragraph breaks: where a blank line parts the text, one definition for every stage.

News text marks a paragraph with a blank line: two line breaks with nothing but white space
between them ("\\n\\n", and as real pages write it "\\r\\n\\r\\n", "\\n \\n", "\\n\\t\\n" or a
no-break space between). The tokenizer gives white space beyond one space a token of its own,
so at token level (:func:`paragraph_starts`, :func:`paragraph_bounds`, :func:`break_between`,
:func:`holds_blank_line`) the break is in that token's text; at character level
(:func:`blank_line`) the model stages (``claimex_parser``, ``claimex_ner``) read the gap between
two sentences of the raw text. Both use the same pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from spacy.tokens import Doc

from ..extensions import doc_cache, texts_of

__all__ = ["blank_line", "break_between", "holds_blank_line", "paragraph_bounds", "paragraph_starts"]

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def blank_line(text: str, start: int = 0, end: Optional[int] = None) -> bool:
    """Whether ``text[start:end]`` holds a blank line: two line breaks with nothing but white
    space between them."""
    return _BLANK_LINE.search(text, start, len(text) if end is None else end) is not None


def holds_blank_line(token_text: str) -> bool:
    """Whether a token's text (a white-space token) holds a blank line."""
    return "\n" in token_text and _BLANK_LINE.search(token_text) is not None


def paragraph_starts(doc: Doc) -> list[int]:
    """The token indices that open a paragraph after a break, ascending: each is the token
    right after one whose text holds a blank line. Found once per doc; do not change the list."""
    cache = doc_cache(doc)
    if "paragraph_breaks" not in cache:
        # a token's trailing white space is one space at most: the break is in its text
        cache["paragraph_breaks"] = [t + 1 for t, text in enumerate(texts_of(doc)) if holds_blank_line(text)]
    starts: list[int] = cache["paragraph_breaks"]
    return starts


def paragraph_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The first token and the end token of the paragraph that holds token ``i``."""
    breaks = paragraph_starts(doc)
    k = bisect_right(breaks, i)
    return (breaks[k - 1] if k else 0), (breaks[k] if k < len(breaks) else len(doc))


def break_between(doc: Doc, first: int, end: int) -> bool:
    """Whether one of the tokens ``first``..``end - 1`` holds a paragraph break (False for an
    empty stretch)."""
    breaks = paragraph_starts(doc)
    # a token t holds a break when t + 1 is a paragraph start
    k = bisect_left(breaks, first + 1)
    return k < len(breaks) and breaks[k] <= end
