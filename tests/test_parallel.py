"""``Extractor.pipe(n_process=2)``: worker processes run the whole extraction; only claims come back."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
import warnings

import pytest
from spacy.language import Language

import claimex

PARAGRAPH = "Bei einem Unfall wurden 3 Menschen verletzt. Der Schaden beträgt 50.000 Euro.\n\n"
MIXED = [
    "Bei dem Anschlag kamen 7 Menschen ums Leben, 12 wurden verletzt.",
    "",
    PARAGRAPH * 40,  # ~3,200 characters: several chunks, spread over both workers
    "   \n",
    "\ud800 Es entstand ein Schaden von 3 Mio. Euro, \udc00 4 Menschen starben.",
    "Die Regierung zahlt 2,5 Milliarden Euro an die Ukraine.",
    "Twelve people were killed on Sunday when the bridge collapsed, the police said in a statement.",
]


@Language.component("test_parallel_fails_on_marker")
def _fails_on_marker(doc):
    if "KAPUTT" in doc.text:
        raise RuntimeError(f"component failed on {doc.text[:12]!r}")
    return doc


def _data(results):
    return [[c.to_data() for c in claims] for claims in results]


def _extracted(extractor, texts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the English text's [W004] is checked on pipe()
        return _data(extractor.extract(t) for t in texts)


@pytest.fixture(scope="module")
def small():
    return claimex.load(chunk_chars=1_000)


def _wait_for_no_children(seconds: float = 10.0) -> list:
    deadline = time.monotonic() + seconds
    while (children := multiprocessing.active_children()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return children


def test_two_processes_give_the_claims_of_one(small):
    with pytest.warns(UserWarning, match=r"\[W004\]"):
        one = _data(small.pipe(MIXED, batch_size=2))
    with pytest.warns(UserWarning, match=r"\[W004\]"):
        two = _data(small.pipe(MIXED, batch_size=2, n_process=2))
    assert two == one
    assert len(one[2]) == 80 and one[1] == one[3] == []
    assert one == _extracted(small, MIXED)


def test_surrogates_read_back_from_the_input(small):
    text = MIXED[4]
    (claims,) = small.pipe([text], n_process=2)
    assert claims and all(c.text == text[c.start : c.end] for c in claims)


def test_as_tuples_keeps_order_and_contexts_in_this_process(small):
    contexts = [{"id": i, "handle": lambda: None} for i in range(len(MIXED))]  # cannot be pickled
    pairs = list(zip(MIXED, contexts, strict=True))
    with pytest.warns(UserWarning, match=r"\[W004\]"):
        out = list(small.pipe(iter(pairs), as_tuples=True, n_process=2, batch_size=1))
    assert all(got is want for (_, got), want in zip(out, contexts, strict=True))
    assert _data(cs for cs, _ in out) == _extracted(small, MIXED)


def test_warnings_raised_in_workers_reach_the_caller(small):
    with pytest.warns(UserWarning, match=r"\[W003\]"):
        (claims,) = small.pipe(["Der Schaden beträgt " + "9" * 400 + " Euro."], n_process=2)
    assert claims == []


def test_workers_run_the_callers_pipeline_not_the_default(tmp_path):
    extractor = claimex.load(chunk_chars=1_000)
    extractor.nlp.disable_pipe("claimex_claims")
    extractor.nlp.max_length = 1_500  # spaCy refuses longer pieces (E088); the chunks are shorter
    texts = [MIXED[0], MIXED[2]]
    assert _data(extractor.pipe(texts, n_process=2)) == [[], []]
    extractor.nlp.enable_pipe("claimex_claims")
    assert _data(extractor.pipe(texts, n_process=2)) == _data(extractor.extract(t) for t in texts)


def test_an_exception_in_a_worker_surfaces_with_its_message():
    extractor = claimex.load()
    extractor.nlp.add_pipe("test_parallel_fails_on_marker", first=True)
    texts = ["5 Tote.", "KAPUTT und 3 Verletzte.", "Es kostet 3 Euro."]
    with pytest.raises(RuntimeError, match="component failed on 'KAPUTT und 3'"):
        list(extractor.pipe(texts, n_process=2, batch_size=1))
    assert _wait_for_no_children() == []


def test_a_closed_generator_ends_the_workers(small):
    def endless():
        while True:
            yield from MIXED[:2]

    stream = small.pipe(endless(), n_process=2, batch_size=4)
    assert [len(next(stream)) for _ in range(6)] == [2, 0] * 3
    assert len(multiprocessing.active_children()) == 2
    stream.close()
    assert _wait_for_no_children() == []


def test_a_worker_that_dies_is_a_coded_error(small):
    stream = small.pipe([MIXED[0]] * 400, n_process=2, batch_size=8)
    next(stream)
    os.kill(multiprocessing.active_children()[0].pid, signal.SIGKILL)  # what the OOM killer does
    with pytest.raises(ValueError, match=r"\[E094\] A worker process ended abruptly"):
        list(stream)
    assert _wait_for_no_children() == []


def test_an_error_in_the_input_ends_the_workers(small):
    with pytest.raises(TypeError, match=r"\[E001\]"):
        list(small.pipe(["5 Tote."] * 50 + [b"5 Tote"], n_process=2, batch_size=4))
    assert _wait_for_no_children() == []


def test_progress_counts_every_character_piece_by_piece(small):
    texts = [t for t in MIXED if "Twelve" not in t]
    for n_process in (1, 2):
        done: list[int] = []
        list(small.pipe(texts, n_process=n_process, progress=done.append))
        assert sum(done) == sum(map(len, texts))
        assert len(done) > len(texts)  # the long text reports each of its chunks


@pytest.mark.parametrize(
    "option, value", [("n_process", 0), ("n_process", -2), ("n_process", 1.5), ("batch_size", 0), ("batch_size", True)]
)
def test_bad_options_are_refused_at_once(small, option, value):
    with pytest.raises(ValueError, match=rf"\[E090\] {option}"):
        small.pipe(["5 Tote."], **{option: value})


@Language.factory("test_parallel_only_in_the_caller")
def _only_in_the_caller(nlp, name):
    if multiprocessing.parent_process() is not None:
        raise ImportError("no such component here")  # what a worker started with 'spawn' meets
    return lambda doc: doc


def test_a_pipeline_the_workers_cannot_build_is_a_coded_error():
    extractor = claimex.load()
    extractor.nlp.add_pipe("test_parallel_only_in_the_caller")
    with pytest.raises(ValueError, match=r"\[E093\] .*ImportError: no such component here"):
        list(extractor.pipe(["5 Tote."], n_process=2))
    assert _wait_for_no_children() == []


def test_spawned_workers_build_the_pipeline_and_give_the_same_claims():
    script = (
        "import multiprocessing as mp, claimex\n"
        "mp.set_start_method('spawn')\n"
        "ex = claimex.load(chunk_chars=1_000)\n"
        "texts = ['5 Tote.', '', 'Es kostet 3 Euro. ' * 150]\n"
        "assert [[c.to_data() for c in cs] for cs in ex.pipe(texts, n_process=2)] == "
        "[[c.to_data() for c in ex.extract(t)] for t in texts]\n"
        "print(mp.get_start_method())\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "spawn"
