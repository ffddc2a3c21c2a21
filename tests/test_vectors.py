"""Static vectors from the USE v3 piece table: piece averaging, PCA projection, determinism."""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from claimex.vectors import PieceVectors, WordVectors
from claimex.vectors.pieces import PIECE_DIM, piece_table
from claimex.vectors.store import fit_pca

VOCAB = ["Bundesregierung", "zahlt", "Millionen", "Euro", "an", "die", "Ukraine", "Menschen", "starben", "Polizei"]


@pytest.fixture(scope="module")
def pieces():
    return piece_table()


@pytest.fixture(scope="module")
def small(pieces) -> WordVectors:
    return WordVectors.build(VOCAB, dim=4)


def test_piece_table_reads_the_pinned_package(pieces):
    assert pieces.n_pieces == 128_010
    ids = pieces.piece_ids("Zivilisten")
    assert ids and all(0 <= i < pieces.n_pieces for i in ids)
    rows = pieces.rows(ids)
    assert rows.shape == (len(ids), PIECE_DIM) and rows.dtype == np.float32
    np.testing.assert_allclose(pieces.word_vector("Zivilisten"), rows.mean(axis=0), rtol=1e-6)


def test_words_sharing_a_piece_are_closer_than_unrelated_words(pieces):
    def cos(a, b):
        return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))

    berlin, munich, dog = pieces.word_vectors(["Berlin", "München", "Hund"])
    assert cos(berlin, munich) > cos(berlin, dog)


def test_pca_projection_shape_and_orthonormal_axes():
    rng = np.random.default_rng(0)
    data = rng.normal(size=(50, 12)).astype(np.float32)
    mean, comps = fit_pca(data, 5)
    assert mean.shape == (12,) and comps.shape == (5, 12)
    np.testing.assert_allclose(comps @ comps.T, np.eye(5), atol=1e-5)
    with pytest.raises(ValueError, match="E063"):
        fit_pca(data, 13)


def test_table_has_reduced_vectors_of_the_vocabulary(small):
    assert small.dim == 4
    assert small.table.shape == (len(VOCAB), 4)
    assert small.lookup(["Euro", "Polizei"]).shape == (2, 4)


def test_unseen_word_is_averaged_from_its_pieces_through_the_same_projection(small, pieces):
    word = "Drohnenangriffen"
    assert word not in small
    full = pieces.rows(pieces.piece_ids(word)).mean(axis=0)
    expected = (full - small.mean) @ small.components.T
    np.testing.assert_allclose(small[word], expected, rtol=1e-5, atol=1e-6)
    # a word of the table gets the same vector from the table as from its pieces
    np.testing.assert_allclose(small["Ukraine"], small.computed("Ukraine"), rtol=1e-4, atol=1e-5)


def test_build_is_deterministic_and_survives_a_round_trip(small, tmp_path):
    again = WordVectors.build(reversed(VOCAB), dim=4)
    np.testing.assert_array_equal(small.table, again.table)
    small.to_disk(tmp_path)
    loaded = WordVectors.from_disk(tmp_path)
    assert loaded.index == small.index
    np.testing.assert_allclose(loaded.table, small.table, atol=1e-2)  # float16 on disk
    np.testing.assert_array_equal(loaded.components, small.components)


def test_missing_folder_is_a_catalogued_error(tmp_path):
    with pytest.raises(ValueError, match="E062"):
        WordVectors.from_disk(tmp_path)


def test_spacy_vectors_hook_gives_every_token_a_vector(small, tmp_path):
    small.to_disk(tmp_path)
    nlp = spacy.blank("de", config={"nlp": {"vectors": {"@vectors": "claimex.PieceVectors.v1", "path": str(tmp_path)}}})
    assert isinstance(nlp.vocab.vectors, PieceVectors)
    assert nlp.vocab.vectors.shape == (len(VOCAB), 4)
    doc = nlp("Die Polizei meldet Xylophonbauer")
    batch = nlp.vocab.vectors.get_batch(doc.to_array("ORTH"))
    assert batch.shape == (4, 4)
    assert np.abs(batch[3]).sum() > 0  # unseen word: not a zero row
