"""Sentence boundaries of claimex against UD German (GSD dev/test, PUD), ten sentences a document.

    python benchmarks/sentences.py [../shared/data/ud-german]

Prints precision, recall and F1 of sentence starts (character offsets), compared with the
sentence starts of the treebanks. Sentences of UD are joined by single spaces, so only the
segmenter's own cues count (no line breaks help it).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from claimex.api import build_default_nlp
    from claimex.corpus.readers import read_ud

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "ud-german"
    nlp = build_default_nlp()
    tp = n_gold = n_pred = 0
    for doc in read_ud(path):
        parsed = nlp.get_pipe("claimex_sentences")(nlp.make_doc(doc["text"]))
        gold = {s["start"] for s in doc["sentences"]}
        pred = {s.start_char for s in parsed.sents}
        tp += len(gold & pred)
        n_gold += len(gold)
        n_pred += len(pred)
    p, r = tp / n_pred, tp / n_gold
    print(f"sentence starts: gold {n_gold}  predicted {n_pred}  precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / (p + r):.3f}")


if __name__ == "__main__":
    main()
