"""Words per second of HFEncoder (span vectors from a Hugging Face encoder) on one CPU core.

    python benchmarks/hf_encoder.py [--size tiny|base] [--model PATH] [--words 5000] [--threads 1]

Without --model, a BERT with random weights is built in a temporary folder, with a WordPiece
vocabulary trained on the corpus texts: ``tiny`` (2 layers, 32 wide, as in the tests) measures
the encoder's own overhead (tokenizing, windows, pooling); ``base`` (12 layers, 768 wide, the
shape of a German BERT base such as gbert-base) measures what a user's backbone costs, since
speed does not depend on the weights. --model PATH times a checkpoint on disk instead.

Texts: documents of corpora/claimex-de (dev, then train), each a fresh spaCy doc, every word
encoded as a span, so each document costs one tokenization and one forward pass per window.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = {
    "tiny": {"hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 64},
    "base": {"hidden_size": 768, "num_hidden_layers": 12, "num_attention_heads": 12, "intermediate_size": 3072},
}


def corpus_texts(words: int) -> list[str]:
    """Corpus documents until about ``words`` words."""
    texts, total = [], 0
    for split in ("dev", "train"):
        path = ROOT / "corpora" / "claimex-de" / f"{split}.jsonl"
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            text = json.loads(line)["text"]
            texts.append(text)
            total += len(text.split())
            if total >= words:
                return texts
    if not texts:
        raise SystemExit("no corpus documents: build corpora/claimex-de first (claimex corpus build)")
    return texts


def build_random_bert(folder: Path, size: str, texts: list[str]) -> Path:
    """A BERT of the given size with random weights and a WordPiece vocabulary trained on ``texts``."""
    import torch
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
    from transformers import BertConfig, BertModel, BertTokenizerFast

    wordpiece = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    wordpiece.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False)
    wordpiece.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    wordpiece.decoder = decoders.WordPiece()
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    wordpiece.train_from_iterator(texts, trainers.WordPieceTrainer(vocab_size=30_000, special_tokens=special))
    tokenizer = BertTokenizerFast(tokenizer_object=wordpiece, do_lower_case=False, strip_accents=False)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(tokenizer), max_position_embeddings=512, **SIZES[size])
    BertModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=sorted(SIZES), default="tiny", help="shape of the random BERT")
    ap.add_argument("--model", type=Path, help="a checkpoint folder on disk instead of a random BERT")
    ap.add_argument("--words", type=int, default=5000)
    ap.add_argument("--threads", type=int, default=1, help="torch.set_num_threads")
    ap.add_argument("--max-length", type=int, default=512)
    ap.add_argument("--stride", type=int, default=128)
    ap.add_argument("--batch-size", type=int, default=8)
    args = ap.parse_args()

    import spacy
    import torch

    from claimex.relation_model.hf_encoder import HFEncoder

    torch.set_num_threads(args.threads)
    texts = corpus_texts(args.words)
    nlp = spacy.blank("de")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.model or build_random_bert(Path(tmp), args.size, texts)
        t0 = time.perf_counter()
        encoder = HFEncoder(folder, max_length=args.max_length, stride=args.stride, batch_size=args.batch_size)
        load_s = time.perf_counter() - t0
        docs = [nlp(text) for text in texts]
        encoder.encode(docs[0], [(0, 1)])  # warm-up
        encoder._cache.clear()
        n_words = sum(1 for doc in docs for t in doc if not t.is_space)
        n_pieces = sum(len(encoder.tokenizer(doc.text, add_special_tokens=False)["input_ids"]) for doc in docs)
        spans = [[(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space] for doc in docs]
        t0 = time.perf_counter()
        for doc, doc_spans in zip(docs, spans, strict=True):
            encoder.encode(doc, doc_spans)
        seconds = time.perf_counter() - t0
    name = str(args.model) if args.model else f"random BERT {args.size} ({encoder.dim} wide)"
    print(
        f"model: {name}, {args.threads} thread(s), windows of {encoder.max_length} sub-words, stride {encoder.stride}"
    )
    print(f"load: {load_s:.1f} s")
    print(f"{len(docs)} docs, {n_words:,} words, {n_pieces / n_words:.2f} sub-words per word")
    print(f"encode: {n_words / seconds:,.0f} words/s, {n_pieces / seconds:,.0f} sub-words/s ({seconds:.1f} s)")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
