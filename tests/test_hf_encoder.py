"""HFEncoder: span vectors from a local Hugging Face checkpoint, on tiny BERTs built here.

Each model is built in a temporary folder (a WordPiece vocabulary trained on a few German
sentences, random weights from a fixed seed), so nothing is downloaded.
"""

from __future__ import annotations

import os
import socket

import numpy as np
import pytest
import spacy

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from claimex.errors import ClaimexError, UsageError  # noqa: E402
from claimex.relation_model.hf_encoder import HFEncoder, load_encoder  # noqa: E402

SENTENCES = [
    "Die Bundesregierung zahlte den Opfern eine Entschädigung von fünf Millionen Euro.",
    "Bei dem Anschlag in der Stadt kamen nach Angaben der Polizei vierzehn Menschen ums Leben.",
    "Das Ministerium teilte am Montag mit, dass die Fördergelder im Herbst ausgezahlt werden.",
    "Der Konzern muss eine Strafe zahlen, wie das Gericht in Berlin entschied.",
    "Drei Soldaten wurden verletzt, zwei weitere werden vermisst.",
]
TEXT = SENTENCES[0]


def build_model(folder, *, seed=0, hidden=32, positions=64, context_free=False):
    """A tiny random BERT and its WordPiece tokenizer, saved in ``folder``.

    context_free: zero position embeddings and attention values, so that a sub-word's hidden
    state depends on the sub-word alone (windows then must not change any vector).
    """
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
    from transformers import BertConfig, BertModel, BertTokenizerFast

    wordpiece = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    wordpiece.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False)
    wordpiece.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    wordpiece.decoder = decoders.WordPiece()
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    wordpiece.train_from_iterator(SENTENCES, trainers.WordPieceTrainer(vocab_size=200, special_tokens=special))
    tokenizer = BertTokenizerFast(tokenizer_object=wordpiece, do_lower_case=False, strip_accents=False)
    torch.manual_seed(seed)
    config = BertConfig(
        hidden_size=hidden,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        vocab_size=len(tokenizer),
        max_position_embeddings=positions,
    )
    model = BertModel(config)
    if context_free:
        with torch.no_grad():
            model.embeddings.position_embeddings.weight.zero_()
            for layer in model.encoder.layer:
                layer.attention.self.value.weight.zero_()
                layer.attention.self.value.bias.zero_()
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_model(tmp_path_factory.mktemp("tiny-bert"))


@pytest.fixture(scope="module")
def encoder(tiny):
    return HFEncoder(tiny)


@pytest.fixture(scope="module")
def de():
    return spacy.blank("de")


def manual_hidden(folder, text, layer=-1):
    """Sub-word offsets and hidden states of ``text`` in one forward pass, straight through transformers."""
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = transformers.AutoModel.from_pretrained(folder, local_files_only=True).eval()
    encoded = tokenizer(text, return_offsets_mapping=True, return_special_tokens_mask=True, return_tensors="pt")
    with torch.no_grad():
        states = model(
            input_ids=encoded["input_ids"], attention_mask=encoded["attention_mask"], output_hidden_states=True
        ).hidden_states[layer][0]
    content = encoded["special_tokens_mask"][0] == 0
    return encoded["offset_mapping"][0][content].numpy(), states[content].numpy()


def test_one_vector_per_span_with_the_model_width(encoder, de):
    doc = de(TEXT)
    vectors = encoder.encode(doc, [(0, 3), (4, 19), (4, 60)])
    assert encoder.dim == 32
    assert vectors.shape == (3, 32) and vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors)) and np.all(np.abs(vectors).sum(axis=1) > 0)
    assert encoder.encode(doc, []).shape == (0, 32)


def test_vectors_are_deterministic_across_loads_and_calls(tiny, encoder, de):
    spans = [(4, 19), (25, 31), (50, 63)]
    first = encoder.encode(de(TEXT), spans)
    again = encoder.encode(de(TEXT), spans)
    reloaded = HFEncoder(tiny).encode(de(TEXT), spans)
    assert np.array_equal(first, again)
    assert np.array_equal(first, reloaded)


def test_span_vector_is_the_mean_of_the_subwords_its_characters_overlap(tiny, encoder, de):
    offsets, states = manual_hidden(tiny, TEXT)
    word_start = TEXT.index("Entschädigung")
    word_end = word_start + len("Entschädigung")
    pieces = [i for i, (s, e) in enumerate(offsets) if s < word_end and e > word_start]
    assert len(pieces) > 1, "the test needs a word split into several sub-words"
    first_piece_end = int(offsets[pieces[0]][1])
    spans = [(word_start, first_piece_end), (word_start, word_end), (word_start + 1, word_end - 1)]
    vectors = encoder.encode(de(TEXT), spans)
    for vector, (start, end) in zip(vectors, spans, strict=True):
        rows = [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
        np.testing.assert_allclose(vector, states[rows].mean(axis=0), atol=1e-5)
    # covering more characters of the word takes in more of its sub-words
    assert not np.allclose(vectors[0], vectors[1], atol=1e-4)


def test_a_span_without_subwords_takes_the_nearest_one(tiny, encoder, de):
    offsets, states = manual_hidden(tiny, TEXT)
    gap = TEXT.index(" ")  # the space after "Die"
    vector = encoder.encode(de(TEXT), [(gap, gap + 1)])[0]
    nearest = [i for i, (s, e) in enumerate(offsets) if e == gap][0]
    np.testing.assert_allclose(vector, states[nearest], atol=1e-5)


def test_pooling_and_layers_change_the_vector_as_asked(tiny, encoder, de):
    offsets, states = manual_hidden(tiny, TEXT, layer=0)
    span = (4, 19)  # "Bundesregierung", several sub-words
    rows = [i for i, (s, e) in enumerate(offsets) if s < span[1] and e > span[0]]
    embedding_layer = HFEncoder(tiny, layers=(0,), pooling="max").encode(de(TEXT), [span])[0]
    np.testing.assert_allclose(embedding_layer, states[rows].max(axis=0), atol=1e-5)
    first = HFEncoder(tiny, pooling="first").encode(de(TEXT), [span])[0]
    _, last_states = manual_hidden(tiny, TEXT)
    np.testing.assert_allclose(first, last_states[rows[0]], atol=1e-5)


def test_windows_cover_the_document_and_overlap_by_the_stride(tiny):
    small = HFEncoder(tiny, max_length=16, stride=4)  # 14 sub-words per window besides [CLS] and [SEP]
    assert small.windows(0) == []
    assert small.windows(9) == [(0, 9)]
    assert small.windows(30) == [(0, 14), (10, 24), (20, 30)]


def test_a_subword_in_two_windows_gets_the_mean_of_both_passes(tiny, de):
    small = HFEncoder(tiny, max_length=16, stride=4)
    text = " ".join(SENTENCES[:2])
    offsets, vectors = small.token_vectors(text)
    tokenizer = small.tokenizer
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    assert len(ids) > 24, "the text must need three windows"
    model = transformers.AutoModel.from_pretrained(tiny, local_files_only=True).eval()
    total, seen = np.zeros((len(ids), 32)), np.zeros(len(ids))
    for a in range(0, len(ids) - 4, 10):  # windows of 14 sub-words every 10
        b = min(a + 14, len(ids))
        framed = [tokenizer.cls_token_id] + ids[a:b] + [tokenizer.sep_token_id]
        with torch.no_grad():
            state = model(input_ids=torch.tensor([framed]), output_hidden_states=True).hidden_states[-1][0]
        total[a:b] += state[1:-1].numpy()
        seen[a:b] += 1
    assert seen.min() == 1 and seen.max() == 2
    np.testing.assert_allclose(vectors, total / seen[:, None], atol=1e-5)
    assert len(offsets) == len(ids)


def test_windowed_long_document_equals_one_pass_when_context_cannot_matter(tmp_path, de):
    """With a context-free model every sub-word vector is the same in any window, so the windowed
    pass over a long document must give exactly the one-pass vectors: offsets are stitched right."""
    folder = build_model(tmp_path / "context-free", positions=512, context_free=True)
    text = " ".join(SENTENCES * 4)
    windowed = HFEncoder(folder, max_length=24, stride=6)
    whole = HFEncoder(folder, max_length=512)
    ids = whole.tokenizer(text, add_special_tokens=False)["input_ids"]
    assert len(windowed.windows(len(ids))) > 5 and len(whole.windows(len(ids))) == 1
    doc = de(text)
    spans = [(t.idx, t.idx + len(t.text)) for t in doc] + [(0, len(text)), (10, 200)]
    np.testing.assert_allclose(windowed.encode(doc, spans), whole.encode(doc, spans), atol=1e-5)


def test_loading_and_encoding_touch_no_network(tiny, de, monkeypatch):
    seen_env = {}
    real = transformers.AutoModel.from_pretrained

    def recording(*args, **kwargs):
        seen_env["HF_HUB_OFFLINE"] = os.environ.get("HF_HUB_OFFLINE")
        seen_env["local_files_only"] = kwargs.get("local_files_only")
        return real(*args, **kwargs)

    def no_network(*args, **kwargs):
        raise AssertionError("network access")

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(transformers.AutoModel, "from_pretrained", recording)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    vectors = HFEncoder(tiny).encode(de(TEXT), [(0, 3)])
    assert vectors.shape == (1, 32)
    assert seen_env == {"HF_HUB_OFFLINE": "1", "local_files_only": True}
    assert "HF_HUB_OFFLINE" not in os.environ  # set for the load only


def test_spec_round_trip_rebuilds_the_same_encoder(tiny, de):
    original = HFEncoder(tiny, layers=(-2, -1), pooling="max", max_length=16, stride=4)
    spec = original.spec()
    assert spec["kind"] == "hf" and spec["dim"] == 32 and spec["model_type"] == "bert"
    assert spec["layers"] == [-2, -1] and spec["pooling"] == "max" and len(spec["fingerprint"]) == 16
    rebuilt = load_encoder(spec)
    assert rebuilt.spec() == spec
    spans = [(4, 19), (0, len(TEXT))]
    np.testing.assert_array_equal(rebuilt.encode(de(TEXT), spans), original.encode(de(TEXT), spans))
    assert isinstance(load_encoder(str(tiny)), HFEncoder)


def test_another_backbone_than_the_spec_names_is_a_coded_error(tiny, tmp_path):
    spec = load_encoder(tiny).spec()
    other = build_model(tmp_path / "other", seed=1, hidden=48)
    with pytest.raises(ClaimexError, match=r"\[E127\]"):
        load_encoder(spec, path=other)


def test_a_backbone_that_is_gone_is_a_coded_error(tiny, tmp_path):
    spec = dict(load_encoder(tiny).spec(), path=str(tmp_path / "moved-away"))
    with pytest.raises(ClaimexError, match=r"\[E128\]"):
        load_encoder(spec)


@pytest.mark.parametrize(
    "name,code",
    [("missing-folder/", "E121"), ("deepset/gbert-base", "E122"), ("gbert-base", "E122"), ("./gbert-base", "E121")],
)
def test_paths_that_are_no_local_folder_are_coded_errors(name, code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match=rf"\[{code}\]"):
        HFEncoder(name)


def test_a_folder_without_config_json_is_a_coded_error(tmp_path):
    (tmp_path / "vocab.txt").write_text("[PAD]\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"\[E123\]"):
        HFEncoder(tmp_path)


@pytest.mark.parametrize(
    "settings",
    [{"pooling": "sum"}, {"layers": (5,)}, {"layers": ()}, {"max_length": 16, "stride": 14}, {"batch_size": 0}],
)
def test_bad_settings_are_coded_errors(tiny, settings):
    with pytest.raises(UsageError, match=r"\[E126\]"):
        HFEncoder(tiny, **settings)


def test_missing_transformers_names_the_extra(tiny, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(ImportError, match=r"\[E120\].*torch==2\.13\.0.*claimex\[hf\]"):
        HFEncoder(tiny)


def test_any_span_pools_exactly_the_subwords_it_overlaps_or_the_nearest(encoder, de):
    text = "  " + " ".join(SENTENCES[:3]) + "   "  # whitespace before the first and after the last sub-word
    offsets, vectors = encoder.token_vectors(text)
    rng = np.random.default_rng(0)
    starts = rng.integers(0, len(text), 300)
    spans = [(int(s), int(min(len(text), s + rng.integers(0, 25)))) for s in starts] + [
        (0, 1),
        (len(text) - 1, len(text)),
    ]
    got = encoder.encode(de(text), spans)
    for vector, (start, end) in zip(got, spans, strict=True):
        rows = np.flatnonzero((offsets[:, 0] < end) & (offsets[:, 1] > start))
        if not len(rows):
            gap = np.maximum(offsets[:, 0] - end, start - offsets[:, 1])
            rows = np.flatnonzero(gap == gap.min())[:1]
        np.testing.assert_allclose(vector, vectors[rows].mean(axis=0), atol=1e-5)


def test_a_doc_is_run_through_the_model_once_and_the_cache_stays_bounded(tiny, de, monkeypatch):
    from claimex.relation_model import hf_encoder

    fresh = HFEncoder(tiny)
    passes = []
    real = fresh._forward
    monkeypatch.setattr(fresh, "_forward", lambda chunks: passes.append(len(chunks)) or real(chunks))
    doc = de(TEXT)
    first = fresh.encode(doc, [(0, 3)])
    np.testing.assert_array_equal(fresh.encode(doc, [(0, 3)]), first)
    assert len(passes) == 1
    docs = [de(f"{TEXT} {i}") for i in range(hf_encoder.CACHE_DOCS + 3)]
    for other in docs:
        fresh.encode(other, [(0, 3)])
    assert len(passes) == 1 + len(docs) and len(fresh._cache) == hf_encoder.CACHE_DOCS
    fresh.encode(doc, [(0, 3)])  # evicted long ago: computed again
    assert len(passes) == 2 + len(docs)
