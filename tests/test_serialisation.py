"""Docs that claimex processed survive every spaCy route: bytes, DocBin, pickle, n_process=2, to_disk."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import srsly
from spacy.tokens import Doc, DocBin

import claimex
from claimex.extensions import to_plain

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [json.loads(line)["text"] for line in (ROOT / "corpora/claimex-de/dev.jsonl").open(encoding="utf-8")][:12] + [
    "Zürich (sda) - Bei einem Brand sind zwei Menschen ums Leben gekommen. Den Schaden schätzt die Polizei auf "
    "rund 2 Mio. Franken (etwa 2,1 Mio. Euro).",
    "",
]


def _claims(doc: Doc) -> list[dict]:
    return [c.to_data() for c in doc._.claims]


def _everything(doc: Doc) -> tuple:
    """All claimex wrote on the doc, as comparable data."""
    amounts = [(s.start, s.end, s.label_, s._.amount) for s in doc.spans["claimex_amounts"]]
    relations = [to_plain(vars(d), "test") for d in doc._.claimex_relations]
    return _claims(doc), amounts, relations, [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS]


def test_user_data_is_plain_msgpack_data(docs):
    for doc in docs:
        assert srsly.msgpack_loads(srsly.msgpack_dumps(list(doc.user_data.values()))) is not None
        assert all(key[0] == "._." for key in doc.user_data)  # no caches, only the attributes
    assert sum(len(d._.claims) for d in docs) > 20  # the texts do hold claims


def test_doc_bytes_round_trip(nlp, docs):
    for doc in docs:
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _everything(again) == _everything(doc)


def test_docbin_round_trip(nlp, docs):
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    again = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    assert [_everything(d) for d in again] == [_everything(d) for d in docs]


def test_pickle_round_trip(docs):
    for doc in docs:
        assert _everything(pickle.loads(pickle.dumps(doc))) == _everything(doc)


def test_nlp_pipe_two_processes_as_tuples(nlp, docs):
    pairs = [(t, i) for i, t in enumerate(TEXTS)]
    out = list(nlp.pipe(pairs, as_tuples=True, n_process=2, batch_size=3))
    assert [i for _, i in out] == list(range(len(TEXTS)))
    assert [_claims(d) for d, _ in out] == [_claims(d) for d in docs]


def test_extractor_pipe_two_processes(extractor):
    long_text = "\n\n".join(TEXTS[:6]) * 4  # several chunks of 5,000 characters
    small = claimex.load(chunk_chars=5_000)
    texts = [*TEXTS, long_text]
    got = list(small.pipe(texts, n_process=2, batch_size=2))
    assert [[c.to_data() for c in cs] for cs in got] == [[c.to_data() for c in small.extract(t)] for t in texts]


def test_attributes_refuse_what_cannot_serialise(nlp):
    doc = nlp("5 Tote.")
    decisions = doc._.claimex_relations
    decisions[0].evidence = object()
    with pytest.raises(TypeError, match="E015"):
        doc._.claimex_relations = decisions


def test_reassigned_attributes_are_stored(nlp):
    doc = nlp("Es gab 5 Tote.")
    decisions = doc._.claimex_relations
    decisions[0].category = "injured"
    doc._.claimex_relations = decisions
    assert [d.category for d in doc._.claimex_relations] == ["injured"]


_FRESH = """
import json, sys
import spacy  # and nothing of claimex: spaCy finds it through its entry points
nlp = spacy.load(sys.argv[1])
doc = nlp(sys.argv[2])
print(json.dumps({"claims": [c.to_dict() for c in doc._.claims], "meta": nlp.meta}))
"""


def test_saved_pipeline_loads_in_fresh_interpreter_without_import(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipe")
    text = TEXTS[-2]
    run = subprocess.run(
        [sys.executable, "-c", _FRESH, str(tmp_path / "pipe"), text], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["claims"] == [c.to_dict() for c in claimex.extract(text)]
    meta = out["meta"]
    assert (meta["name"], meta["version"]) == ("claimex", claimex.__version__)
    assert f"claimex=={claimex.__version__}" in meta["requirements"]
    assert 0 < meta["performance"]["dev_detection_f1"] <= 1


_READ_DOCBIN = """
import json, sys
import spacy
import claimex  # installs the attributes; no pipeline is built
from spacy.tokens import DocBin
docs = DocBin().from_disk(sys.argv[1]).get_docs(spacy.blank("de").vocab)
print(json.dumps([[c.to_data() for c in doc._.claims] for doc in docs]))
"""


def test_docbin_file_read_in_another_process(tmp_path, docs):
    DocBin(store_user_data=True, docs=docs).to_disk(tmp_path / "docs.spacy")
    run = subprocess.run(
        [sys.executable, "-c", _READ_DOCBIN, str(tmp_path / "docs.spacy")], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [_claims(d) for d in docs]


def test_stage_caches_die_with_their_doc_and_stay_with_it(nlp):
    import gc
    import weakref

    from claimex.extensions import sentence_of

    doc = nlp(TEXTS[0])
    copy = doc.copy()
    assert sentence_of(copy, 3).doc is copy  # a copy does not read the original's cache
    again = pickle.loads(pickle.dumps(doc))
    assert sentence_of(again, 3).doc is again
    alive = weakref.ref(doc)
    del doc, copy, again
    gc.collect()
    assert alive() is None
