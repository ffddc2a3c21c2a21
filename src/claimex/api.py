"""The public entry points: :func:`extract` (one text), :func:`pipe` (a stream of texts) and :func:`load`."""

from __future__ import annotations

import gc
import json
import threading
from collections import deque
from contextlib import contextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Tuple, Union

import spacy
from spacy.language import Language
from thinc.api import Config

from . import pipeline as _pipeline  # noqa: F401  (registers the components)
from .about import __version__
from .claims import ROLE_NAMES, Claim, TextSpan
from .errors import Errors
from .lang.de.tokenizer import MASKED, create_german_tokenizer  # noqa: F401  (registers the tokenizer)
from .language import warn_if_not_german
from .parallel import claims_in_processes, resolve_n_process
from .relation_model import component as _relation_model  # noqa: F401  (registers claimex_relation_model)

__all__ = ["Extractor", "extract", "pipe", "load", "DEFAULT_CHUNK_CHARS", "DEFAULT_BATCH_SIZE"]

#: Texts longer than this are processed in pieces cut between paragraphs or sentences.
DEFAULT_CHUNK_CHARS = 100_000
_MIN_CHUNK_CHARS = 1_000
#: Pieces (chunks of texts) handed to the pipeline at a time, per process.
DEFAULT_BATCH_SIZE = 64


def _default_config() -> Config:
    text = resources.files("claimex.configs").joinpath("default.cfg").read_text(encoding="utf-8")
    return Config().from_str(text)


class Extractor:
    """A loaded claimex pipeline.

    Call :meth:`extract` on one text, :meth:`pipe` on many.

    nlp (Language): the spaCy pipeline; ``nlp(text)._.claims`` holds the claims of one text.
    chunk_chars (int): longer texts are cut into pieces of at most this many characters, at a
        paragraph break where possible, else after a sentence, never inside one.
    """

    def __init__(self, nlp: Language, *, chunk_chars: int = DEFAULT_CHUNK_CHARS):
        if not isinstance(chunk_chars, int) or isinstance(chunk_chars, bool) or chunk_chars < _MIN_CHUNK_CHARS:
            raise ValueError(Errors.E010.format(minimum=_MIN_CHUNK_CHARS, value=chunk_chars))
        self.nlp = nlp
        self.chunk_chars = chunk_chars

    def extract(self, text: str, *, min_confidence: float = 0.0) -> list[Claim]:
        """All claims in ``text``, in order of ``start``. See ``CONTRACT.md`` for their shape.

        min_confidence (float): leave out claims whose ``confidence`` is below this (0 to 1).
        """
        _check_text(text)
        threshold = check_min_confidence(min_confidence)
        if not text.strip():
            return []
        warn_if_not_german(text)
        claims: list[Claim] = []
        for offset, chunk in chunk_text(text, self.chunk_chars):
            with _collector_paused():
                found = self.nlp(chunk)._.claims
            claims += _shift(found, offset)
        return [c for c in _finish(claims, text) if c.confidence >= threshold]

    def pipe(
        self,
        texts: Iterable[Any],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        n_process: int = 1,
        as_tuples: bool = False,
        progress: Optional[Callable[[int], None]] = None,
    ) -> Iterator[Union[list[Claim], Tuple[list[Claim], Any]]]:
        """``extract`` over a stream of texts; results in input order.

        Long texts are cut exactly as :meth:`extract` cuts them, so any length works and the
        claims are the same as ``extract(text)`` gives. A text that does not look German gets
        the warning ``[W004]``, as in :meth:`extract`.

        With ``n_process`` > 1, worker processes each build this pipeline once (from its config
        and ``nlp.to_bytes()``) and run the whole extraction; only the claims come back (see
        :mod:`claimex.parallel`). The pieces of one long text are spread over the workers.
        Closing the generator early ends the workers.

        texts (Iterable[str] | Iterable[tuple[str, Any]]): the texts, or ``(text, context)``
            pairs with ``as_tuples=True``. Read lazily: an endless stream works.
        batch_size (int): pieces of text handed to the pipeline (to a worker) at a time.
        n_process (int): processes (``-1``: one per CPU); 1 runs in this process.
        as_tuples (bool): yield ``(claims, context)`` pairs instead of plain claim lists; contexts
            stay in this process.
        progress (Callable[[int], None] | None): called in this process with the number of
            characters done, each time a piece (a whole text, or one chunk of a long one) is
            done, so a progress bar can move within one long text.
        YIELDS (list[Claim] | tuple[list[Claim], Any]): the claims of one text, in order of ``start``.
        """
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(Errors.E090.format(name="batch_size", value=batch_size, allowed="an int >= 1"))
        return self._pipe(texts, batch_size, resolve_n_process(n_process), as_tuples, progress)

    def _pipe(
        self,
        texts: Iterable[Any],
        batch_size: int,
        n_process: int,
        as_tuples: bool,
        progress: Optional[Callable[[int], None]],
    ) -> Iterator[Union[list[Claim], Tuple[list[Claim], Any]]]:
        texts_in_flight: deque[tuple[str, Any]] = deque()
        pieces_in_flight: deque[tuple[int, int, bool]] = deque()  # (offset, characters, last piece of its text)

        def pieces() -> Iterator[str]:
            for item in texts:
                text, context = item if as_tuples else (item, None)
                _check_text(text)
                texts_in_flight.append((text, context))
                if not text.strip():
                    # A blank text still passes through as "" so that results keep input order.
                    pieces_in_flight.append((0, len(text), True))
                    yield ""
                    continue
                warn_if_not_german(text)
                chunks = list(chunk_text(text, self.chunk_chars))
                for i, (offset, chunk) in enumerate(chunks):
                    pieces_in_flight.append((offset, len(chunk), i == len(chunks) - 1))
                    yield chunk

        if n_process == 1:
            piece_claims = _each_collector_paused(doc._.claims for doc in self.nlp.pipe(pieces(), batch_size=batch_size))
        else:
            piece_claims = claims_in_processes(
                self.nlp, pieces(), n_process=n_process, batch_size=batch_size, max_batch_chars=self.chunk_chars
            )
        claims: list[Claim] = []
        try:
            for found in piece_claims:
                offset, length, last = pieces_in_flight.popleft()
                claims += _shift(found, offset)
                if progress is not None:
                    progress(length)
                if last:
                    text, context = texts_in_flight.popleft()
                    result = _finish(claims, text)
                    yield (result, context) if as_tuples else result
                    claims = []
        finally:
            piece_claims.close()  # ends worker processes at once when we stop early

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Claim]]:
        """``extract`` over many texts, one list of claims per text (same as :meth:`pipe`)."""
        return self.pipe(texts)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the ``with`` block (one piece of text
    through the pipeline), as it was after.

    The stages create many small containers that live as long as the doc (spans, caches,
    feature tuples): the collector keeps stopping to walk them, and every object of the process
    (spaCy's, torch's), only to find them alive: a tenth of the pipeline's time. What the
    pipeline frees, it frees by reference counting; the collector takes up any cycles when the
    block ends.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _each_collector_paused(items: Iterator[Any]) -> Iterator[Any]:
    """The items of ``items``, each made with the garbage collector paused (:func:`_collector_paused`);
    the caller's code between items runs with the collector as it was."""
    while True:
        with _collector_paused():
            try:
                item = next(items)
            except StopIteration:
                return
        yield item


def check_min_confidence(value: Any) -> float:
    """``value`` as a confidence threshold from 0 to 1, else E106."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= float(value) <= 1.0:
        raise ValueError(Errors.E106.format(value=value))
    return float(value)


def _check_text(text: Any) -> None:
    if not isinstance(text, str):
        raise TypeError(Errors.E001.format(type=type(text).__name__))


def _shift(claims: Optional[list[Claim]], offset: int) -> list[Claim]:
    """The claims of a piece of text, moved to offsets into the whole text."""
    return [c.shifted(offset) if offset else c for c in claims or ()]


def _finish(claims: list[Claim], text: str) -> list[Claim]:
    """Claims of the whole text; span texts re-read from it where spaCy saw masked characters
    (lone surrogates, inline spaces: ``tokenizer.mask``)."""
    if MASKED.search(text):
        return [_restore_text(c, text) for c in claims]
    return claims


def _restore_text(claim: Claim, text: str) -> Claim:
    """Span texts read from the input itself (characters were masked for spaCy)."""

    def fix(span: Optional[TextSpan]) -> Optional[TextSpan]:
        return None if span is None else TextSpan(text[span.start : span.end], span.start, span.end)

    roles = {r: fix(getattr(claim, r)) for r in ROLE_NAMES}
    return replace(claim, text=text[claim.start : claim.end], sentence=fix(claim.sentence), **roles)


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


def build_default_nlp(relation_model: Union[str, Path, None] = None) -> Language:
    """The default pipeline, built from ``configs/default.cfg``.

    relation_model: a relation model folder (``claimex train relations``) for the relation stage
        in place of the configured one (the shipped model, or the rules).

    Its ``meta`` names claimex: ``nlp.to_disk(path)`` writes a ``meta.json`` with the claimex
    version, the requirement ``claimex==<version>`` and the shipped scores.
    """
    config = _default_config()
    if relation_model is not None:
        config["components"]["claimex_relations"] = {"factory": "claimex_relation_model", "model": str(relation_model)}
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.meta.update(pipeline_meta())
    return nlp


def pipeline_meta() -> dict[str, Any]:
    """The ``meta.json`` fields of the default pipeline (spaCy's own fill in the rest).

    ``performance`` holds the scores of ``data/performance.json`` (on the seed gold and the dev
    split, as ``seed_detection_f1`` ...), ``claimex_evaluation`` what they were measured on.
    """
    scores = json.loads(resources.files("claimex.data").joinpath("performance.json").read_text(encoding="utf-8"))
    splits = {name: table for name, table in scores.items() if isinstance(table, dict)}
    return {
        "name": "claimex",
        "version": __version__,
        "description": "Monetary and casualty claims from German news text, with character-offset provenance.",
        "license": "MIT",
        "requirements": [f"claimex=={__version__}"],
        "performance": {
            f"{split}_{name}": value
            for split, table in splits.items()
            for name, value in table.items()
            if isinstance(value, float)
        },
        "claimex_evaluation": {
            split: {name: value for name, value in table.items() if isinstance(value, int)}
            for split, table in splits.items()
        },
    }


_default: Optional[Extractor] = None
_default_lock = threading.Lock()


def load(path: Union[str, Path, None] = None, *, chunk_chars: int = DEFAULT_CHUNK_CHARS) -> Extractor:
    """A claimex pipeline: the default one, one saved with ``nlp.to_disk(path)``, or the default
    one with the relation model saved in ``path`` by ``claimex train relations``.

    path (str | Path | None): a directory holding ``config.cfg`` and component folders, or a
        relation model folder (``config.json`` and ``model.safetensors``).
    RETURNS (Extractor): call ``.extract(text)`` on it.
    """
    if path is None:
        return Extractor(build_default_nlp(), chunk_chars=chunk_chars)
    path = Path(path)
    if _is_relation_model(path):
        from .relation_model.inference import RelationModel

        RelationModel.load(path)  # a broken folder fails here with its code, not at the first text
        return Extractor(build_default_nlp(relation_model=path), chunk_chars=chunk_chars)
    if not (path / "config.cfg").is_file():
        found = (
            "nothing"
            if not path.exists()
            else ", ".join(sorted(p.name for p in path.iterdir())[:8]) or "an empty folder"
        )
        raise ValueError(Errors.E004.format(path=path, found=found))
    return Extractor(spacy.load(path), chunk_chars=chunk_chars)


def _is_relation_model(path: Path) -> bool:
    """A folder written by ``claimex train relations`` (its config.json says so)."""
    config = path / "config.json"
    if (path / "config.cfg").is_file():
        return False
    if not config.is_file():
        return (path / "model.safetensors").is_file()
    try:
        return json.loads(config.read_text(encoding="utf-8")).get("kind") == "claimex.relation_model"
    except (OSError, ValueError, AttributeError):
        return True  # a damaged relation model config: let the model loader name the problem


def extract(text: str, *, min_confidence: float = 0.0) -> list[Claim]:
    """The claims in a German text, with the default pipeline (loaded once, then reused).

    text (str): the input; offsets in the result are Python ``str`` indices into it.
    min_confidence (float): leave out claims whose ``confidence`` is below this (0 to 1).
    RETURNS (list[Claim]): in order of ``start``; ``[]`` for empty or blank text.
    """
    _check_text(text)
    return _default_extractor().extract(text, min_confidence=min_confidence)


def pipe(
    texts: Iterable[Any],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    as_tuples: bool = False,
    progress: Optional[Callable[[int], None]] = None,
) -> Iterator[Union[list[Claim], Tuple[list[Claim], Any]]]:
    """:meth:`Extractor.pipe` with the default pipeline: one list of claims per text, in input order.

    >>> [[c.text for c in claims] for claims in pipe(["5 Tote.", "", "Es kostet 3 Euro."])]
    [['5'], [], ['3 Euro']]
    """
    return _default_extractor().pipe(
        texts, batch_size=batch_size, n_process=n_process, as_tuples=as_tuples, progress=progress
    )


def _default_extractor() -> Extractor:
    """The default pipeline, loaded on first use, then shared."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = load()
    return _default
