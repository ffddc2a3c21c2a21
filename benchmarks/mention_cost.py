"""CPU cost of the mention layer inside ``extract``, measured in one process.

    python benchmarks/mention_cost.py [--words 100000] [--repeat 4]

Times ``extract`` on the throughput sample with and without ``claimex_mentions`` (alternating,
best of ``repeat``, process CPU time, so other load on the machine disturbs it less than wall
time). Without the layer the role stage falls back to entities, as before it existed.
"""

from __future__ import annotations

import argparse
import time

from throughput import sample_text

import claimex


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=4)
    args = ap.parse_args()
    extractor = claimex.load()
    text = sample_text(args.words)
    n_words = len(text.split())
    extractor.extract(text[:200_000])  # warm up the lexicon caches

    def run() -> float:
        t0 = time.process_time()
        extractor.extract(text)
        return time.process_time() - t0

    with_layer, without = [], []
    for _ in range(args.repeat):
        with_layer.append(run())
        with extractor.nlp.select_pipes(disable=["claimex_mentions"]):
            without.append(run())
    w, wo = min(with_layer), min(without)
    print(f"{n_words:,} words: with mentions {n_words / w:,.0f} words/s, without {n_words / wo:,.0f} words/s")
    print(f"cost of the mention layer: {100 * (w - wo) / wo:.1f} % CPU time")


if __name__ == "__main__":
    main()
