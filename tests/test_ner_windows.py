"""Where the trained recognizer reads (its windows), the vectors batch it reads through, and the
training mix."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from spacy.strings import StringStore

from claimex.api import build_default_nlp
from claimex.ner import LABELS
from claimex.ner.component import TrainedEntities
from claimex.ner.data import Sources, claimex_docs, training_documents

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipeline():
    return build_default_nlp()


def _windows(pipeline, text: str, context: int = 1) -> list[str]:
    with pipeline.select_pipes(enable=["claimex_sentences", "claimex_amounts"]):
        doc = pipeline(text)
    return [doc[s:e].text for s, e in TrainedEntities(None, "model_then_rules", context, LABELS).windows(doc)]


@pytest.mark.parametrize("gap", ["\n\n", "\n \n", "\n  \n\n"])
def test_a_blank_line_ends_the_context(pipeline, gap):
    text = f"Der Chef von Acme sprach in Berlin.{gap}Acme zahlte 5 Millionen Euro an Berlin."
    assert [w.strip() for w in _windows(pipeline, text)] == ["Acme zahlte 5 Millionen Euro an Berlin."]


def test_the_sentence_before_in_the_paragraph_is_context(pipeline):
    text = "Es regnete. Der Chef von Acme sprach in Berlin. Acme zahlte 5 Millionen Euro an Berlin."
    (window,) = _windows(pipeline, text)
    assert window.startswith("Der Chef") and window.endswith("an Berlin.")
    (window,) = _windows(pipeline, text, context=0)
    assert window.startswith("Acme zahlte")


def test_a_count_is_a_candidate_only_beside_a_casualty_word(pipeline):
    assert _windows(pipeline, "In der Halle standen 40 Tische.") == []
    assert _windows(pipeline, "Bei dem Unfall starben 4 Menschen.") == ["Bei dem Unfall starben 4 Menschen."]


def test_vectors_batch_matches_word_lookup_for_known_and_unseen_words():
    from claimex.vectors.hook import PieceVectors

    strings = StringStore()
    words = ["Regierung", "zahlt", "Xqzrblwerk", "Regierung", "Frankensportler", "."]
    keys = np.array([strings.add(w) for w in words], dtype=np.uint64)
    vectors = PieceVectors(strings=strings)
    batch = vectors.get_batch(keys)
    assert batch.shape == (len(words), vectors.store.dim)
    assert np.allclose(batch, vectors.store.lookup(words))
    assert np.allclose(vectors.get_batch(keys), batch)  # the second time from the resolved rows


def test_claimex_documents_repeat_in_the_training_mix(tmp_path):
    sources = Sources(ROOT / "corpora" / "claimex-de", tmp_path)  # no public corpora here
    own = len(claimex_docs(sources, "train"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the public corpora are missing on purpose (W002)
        once = list(training_documents(sources, seed=0, own_repeat=1))
        thrice = list(training_documents(sources, seed=0, own_repeat=3))
    assert len(once) == own and len(thrice) == 3 * own
    assert not any(public for _, public in thrice)
