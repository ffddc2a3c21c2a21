"""Extraction in worker processes on one machine: what ``Extractor.pipe(n_process=N)`` runs.

Each worker process builds the caller's pipeline once (from ``nlp.config`` and ``nlp.to_bytes()``,
so a saved or modified pipeline is what the workers run) and runs it, claim building included,
on batches of text pieces. Only the claims come back, as plain data (``Claim.to_data()``): a
processed spaCy Doc is tens of kilobytes, its claims a few hundred bytes, so shipping Docs (as
spaCy's own ``nlp.pipe(n_process=N)`` does) costs more than the second process gains.

* Results come back in input order. At most ``in_flight`` batches are out at once and input is
  read only as batches are handed out, so an endless stream works in bounded memory.
* A batch holds at most ``batch_size`` pieces and stops growing once it has ``max_batch_chars``
  characters, so the pieces of one long text are spread over the workers.
* Warnings a worker raises (``[W003]`` ...) are raised again here, before its batch's claims.
* An exception in a worker is raised here, with its message and the worker's traceback as its
  cause. Stopping early (the generator closed, an exception, ``KeyboardInterrupt``) ends the
  workers at once; workers ignore SIGINT, so Ctrl-C at a terminal reaches only this process.
* The start method is multiprocessing's current one. With ``spawn`` or ``forkserver`` every
  factory the pipeline's config names must be importable in a fresh interpreter (claimex's are),
  and a script must start its work under ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import os
import signal
import warnings
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Any, Iterable, Iterator, Optional

import spacy
from spacy.language import Language

from .claims import Claim
from .errors import ClaimexError, Errors

__all__ = ["PipelineRecipe", "claims_in_processes", "resolve_n_process"]

#: (category, message) of each warning raised while a batch was processed.
CaughtWarnings = list[tuple[type, str]]


@dataclass(frozen=True)
class PipelineRecipe:
    """Everything a worker process needs to rebuild a pipeline: plain data, cheap to pickle."""

    config: str
    data: bytes
    max_length: int

    @classmethod
    def of(cls, nlp: Language) -> "PipelineRecipe":
        try:
            return cls(nlp.config.to_str(), nlp.to_bytes(), nlp.max_length)
        except Exception as e:  # a user component that cannot serialise itself
            raise ClaimexError(Errors.E092.format(reason=f"{type(e).__name__}: {e}")) from e

    def build(self) -> Language:
        """The pipeline, as ``spacy.load`` would rebuild it from a saved folder."""
        config = spacy.util.load_config_from_str(self.config)
        nlp = spacy.util.load_model_from_config(config, auto_fill=False, validate=False)
        nlp.from_bytes(self.data)
        nlp.max_length = self.max_length
        return nlp


def resolve_n_process(n_process: Any) -> int:
    """The number of worker processes ``n_process`` asks for: itself, or one per usable CPU for -1."""
    if isinstance(n_process, bool) or not isinstance(n_process, int) or (n_process < 1 and n_process != -1):
        raise ValueError(Errors.E090.format(name="n_process", value=n_process, allowed="an int >= 1, or -1"))
    if n_process == -1:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return os.cpu_count() or 1
    return n_process


def claims_in_processes(
    nlp: Language,
    pieces: Iterable[str],
    *,
    n_process: int,
    batch_size: int,
    max_batch_chars: int,
    in_flight: Optional[int] = None,
) -> Iterator[list[Claim]]:
    """The claims of each piece of text (``nlp(piece)._.claims``), in order, computed by workers.

    pieces: texts for ``nlp``, each short enough for it (``Extractor.pipe`` cuts long texts).
    n_process: worker processes to start (>= 1).
    batch_size, max_batch_chars: a batch ends at ``batch_size`` pieces or once it holds
        ``max_batch_chars`` characters, whichever comes first.
    in_flight: batches out at once (default: two per worker).
    """
    recipe = PipelineRecipe.of(nlp)
    batches = _batches(iter(pieces), batch_size, max_batch_chars)
    in_flight = 2 * n_process if in_flight is None else in_flight
    executor = ProcessPoolExecutor(max_workers=n_process, initializer=_start_worker, initargs=(recipe,))
    pending: deque[Future] = deque()
    done = False
    try:
        for batch in islice(batches, in_flight):
            pending.append(executor.submit(_extract_batch, batch))
        while pending:
            claims, caught = pending.popleft().result()
            for batch in islice(batches, 1):  # read on only as a batch comes back: bounded memory
                pending.append(executor.submit(_extract_batch, batch))
            for category, message in caught:
                warnings.warn(message, category, stacklevel=2)
            for data in claims:
                yield [Claim.from_data(d) for d in data]
        done = True
    except BrokenProcessPool as e:  # a worker was killed (out of memory?); its batches are lost
        raise ClaimexError(Errors.E094.format(reason=e)) from e
    finally:
        if done:
            executor.shutdown(wait=True)
        else:
            # Stop now: the workers hold batches. Nothing waits on the pool's threads: a worker
            # stopped while the call queue's feeder thread writes a batch to it leaves that write
            # blocked for good (CPython gh-94777), and a join on it would hang.
            _end_workers(executor)
            executor.shutdown(wait=False, cancel_futures=True)


def _batches(pieces: Iterator[str], batch_size: int, max_chars: int) -> Iterator[list[str]]:
    batch: list[str] = []
    chars = 0
    for piece in pieces:
        batch.append(piece)
        chars += len(piece)
        if len(batch) >= batch_size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _end_workers(executor: ProcessPoolExecutor) -> None:
    """Stop the workers now, not after the batches they hold (Python 3.14 has ``terminate_workers``)."""
    terminate = getattr(executor, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()


# ---------------------------------------------------------------- in the worker processes

_worker_nlp: Optional[Language] = None
_worker_failure: Optional[str] = None


def _start_worker(recipe: PipelineRecipe) -> None:
    """Build the pipeline once per worker. A failure is reported with the first batch."""
    global _worker_nlp, _worker_failure
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    try:
        _worker_nlp = recipe.build()
    except Exception as e:
        _worker_failure = f"{type(e).__name__}: {e}"


def _extract_batch(pieces: list[str]) -> tuple[list[list[dict[str, Any]]], CaughtWarnings]:
    """The claims of each piece as plain data, and the warnings raised, with this worker's pipeline."""
    if _worker_nlp is None:
        raise ClaimexError(Errors.E093.format(reason=_worker_failure))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # the main process's filters decide what is shown
        claims = [[c.to_data() for c in doc._.claims or ()] for doc in _worker_nlp.pipe(pieces, batch_size=len(pieces))]
    return claims, [(w.category, str(w.message)) for w in caught]
