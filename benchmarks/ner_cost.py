"""CPU cost of the trained entity recognizer (``claimex_ner``) inside ``extract``, in one process.

    python benchmarks/ner_cost.py [--words 60000] [--repeat 3] [--model DIR] [--context N] [--profile OUT.prof]

Times ``extract`` on the throughput sample with and without ``claimex_ner`` (alternating, best
of ``repeat``, process CPU time, so other load on the machine disturbs it less than wall time).
With ``--profile`` a cProfile of one run with the stage is written to OUT.prof.
"""

from __future__ import annotations

import argparse
import time

from throughput import sample_text

import claimex


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=60_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default=None, help="a trained NER folder (default: models/ner)")
    ap.add_argument("--context", type=int, default=None, help="context_sentences (default: the stage's)")
    ap.add_argument("--profile", default=None)
    args = ap.parse_args()
    extractor = claimex.load()
    nlp = extractor.nlp
    settings = {"model": args.model} if args.model else {}
    if args.context is not None:
        settings["context_sentences"] = args.context
    if "claimex_ner" in nlp.pipe_names and settings:
        nlp.remove_pipe("claimex_ner")
    if "claimex_ner" not in nlp.pipe_names:
        nlp.add_pipe("claimex_ner", after="claimex_entities", config=settings)
    text = sample_text(args.words)
    n_words = len(text.split())
    t0 = time.process_time()
    extractor.extract(text[:100_000])  # warm up: model, vectors, lexicon caches
    print(f"warm-up (model load included): {time.process_time() - t0:.1f} s CPU")

    walls: dict[bool, float] = {True: float("inf"), False: float("inf")}

    def run() -> float:
        t0, w0 = time.process_time(), time.perf_counter()
        extractor.extract(text)
        on = "claimex_ner" not in nlp.disabled
        walls[on] = min(walls[on], time.perf_counter() - w0)
        return time.process_time() - t0

    with_ner, without = [], []
    for _ in range(args.repeat):
        with_ner.append(run())
        with nlp.select_pipes(disable=["claimex_ner"]):
            without.append(run())
    w, wo = min(with_ner), min(without)
    print(f"{n_words:,} words: with claimex_ner {n_words / w:,.0f} words/s, without {n_words / wo:,.0f} words/s")
    print(f"cost of claimex_ner: {100 * (w - wo) / wo:.1f} % CPU time")
    print(f"wall time: with {n_words / walls[True]:,.0f} words/s, without {n_words / walls[False]:,.0f} words/s")
    if args.profile:
        import cProfile

        cProfile.runctx("extractor.extract(text)", globals(), {"extractor": extractor, "text": text}, args.profile)


if __name__ == "__main__":
    main()
