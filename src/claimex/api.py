"""The public entry points: :func:`extract` and :func:`load`."""

from __future__ import annotations

import threading
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import spacy
from spacy.language import Language
from thinc.api import Config

from . import pipeline as _pipeline  # noqa: F401  (registers the components)
from .claims import ROLE_NAMES, Claim, TextSpan
from .errors import Errors
from .lang.de.tokenizer import SURROGATES, create_german_tokenizer  # noqa: F401  (registers the tokenizer)

__all__ = ["Extractor", "extract", "load", "DEFAULT_CHUNK_CHARS"]

#: Texts longer than this are processed in pieces cut between paragraphs or sentences.
DEFAULT_CHUNK_CHARS = 100_000
_MIN_CHUNK_CHARS = 1_000


def _default_config() -> Config:
    text = resources.files("claimex.configs").joinpath("default.cfg").read_text(encoding="utf-8")
    return Config().from_str(text)


class Extractor:
    """A loaded claimex pipeline.

    nlp (Language): the spaCy pipeline; ``nlp(text)._.claims`` holds the claims of one text.
    chunk_chars (int): longer texts are cut into pieces of at most this many characters, at a
        paragraph break where possible, else after a sentence, never inside one.
    """

    def __init__(self, nlp: Language, *, chunk_chars: int = DEFAULT_CHUNK_CHARS):
        if not isinstance(chunk_chars, int) or isinstance(chunk_chars, bool) or chunk_chars < _MIN_CHUNK_CHARS:
            raise ValueError(Errors.E010.format(minimum=_MIN_CHUNK_CHARS, value=chunk_chars))
        self.nlp = nlp
        self.chunk_chars = chunk_chars

    def extract(self, text: str) -> list[Claim]:
        """All claims in ``text``, in order of ``start``. See CLAIMS.md for their shape."""
        if not isinstance(text, str):
            raise TypeError(Errors.E001.format(type=type(text).__name__))
        if not text.strip():
            return []
        claims: list[Claim] = []
        for offset, chunk in chunk_text(text, self.chunk_chars):
            doc = self.nlp(chunk)
            claims += [c.shifted(offset) if offset else c for c in doc._.claims]
        if SURROGATES.search(text):
            claims = [_restore_text(c, text) for c in claims]
        return claims

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Claim]]:
        """``extract`` over many texts, one list of claims per text."""
        for text in texts:
            yield self.extract(text)


def _restore_text(claim: Claim, text: str) -> Claim:
    """Span texts read from the input itself (lone surrogates were masked for spaCy)."""

    def fix(span: Optional[TextSpan]) -> Optional[TextSpan]:
        return None if span is None else TextSpan(text[span.start : span.end], span.start, span.end)

    roles = {r: fix(getattr(claim, r)) for r in ROLE_NAMES}
    return replace(claim, text=text[claim.start : claim.end], **roles)


def chunk_text(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering ``text``; pieces end at paragraph or sentence breaks.

    >>> [(o, len(p)) for o, p in chunk_text("a" * 10, 100)]
    [(0, 10)]
    """
    start = 0
    n = len(text)
    while start < n:
        if n - start <= limit:
            yield start, text[start:]
            return
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", "! ", "? ", " "):
            pos = window.rfind(sep, limit // 2)
            if pos != -1:
                cut = pos + len(sep)
                break
        if cut <= 0:
            cut = limit
        yield start, text[start : start + cut]
        start += cut


def build_default_nlp() -> Language:
    """The default pipeline, built from ``configs/default.cfg`` (no trained weights needed)."""
    return spacy.util.load_model_from_config(_default_config(), auto_fill=True, validate=True)


_default: Optional[Extractor] = None
_default_lock = threading.Lock()


def load(path: Union[str, Path, None] = None, *, chunk_chars: int = DEFAULT_CHUNK_CHARS) -> Extractor:
    """A claimex pipeline: the default one, or one saved with ``nlp.to_disk(path)``.

    path (str | Path | None): a directory holding ``config.cfg`` and component folders.
    RETURNS (Extractor): call ``.extract(text)`` on it.
    """
    if path is None:
        return Extractor(build_default_nlp(), chunk_chars=chunk_chars)
    path = Path(path)
    if not (path / "config.cfg").is_file():
        found = (
            "nothing"
            if not path.exists()
            else ", ".join(sorted(p.name for p in path.iterdir())[:8]) or "an empty folder"
        )
        raise ValueError(Errors.E004.format(path=path, found=found))
    return Extractor(spacy.load(path), chunk_chars=chunk_chars)


def extract(text: str) -> list[Claim]:
    """The claims in a German text, with the default pipeline (loaded once, then reused).

    text (str): the input; offsets in the result are Python ``str`` indices into it.
    RETURNS (list[Claim]): in order of ``start``; ``[]`` for empty or blank text.
    """
    global _default
    if not isinstance(text, str):
        raise TypeError(Errors.E001.format(type=type(text).__name__))
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = load()
    return _default.extract(text)
