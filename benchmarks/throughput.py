"""Throughput and peak memory of claimex on one CPU core.

    python benchmarks/throughput.py [--words 200000] [--repeat 3] [--stages] [--model DIR]

Builds a long German news-like text from the bundled example and the corpus documents (when
built), warms up, then times on the same text: ``spacy.blank("de")`` tokenization (the floor),
the claimex tokenizer, the amount recognizer stage alone (tokenizer + sentences + amounts), and
the whole ``extract``. Prints words per second for each and the peak RSS of the process.
The whole ``extract`` is also given in words per CPU second of the process (best of the
repeats), which holds up better than wall-clock time on a loaded machine. With ``--stages``,
also the process CPU time of each component (the tokenizer and every pipe, best of the repeats).

With ``--model DIR``, the pipeline is ``claimex.load(DIR)``: the learned relation stage of that
model folder (e.g. ``models/relations``) in place of the rule stage. The seconds of ``import
claimex`` and of loading the pipeline (with its first, short extraction) are printed too.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample_text(words: int) -> str:
    parts = [(ROOT / "examples" / "bericht_unwetter.txt").read_text(encoding="utf-8")]
    for split in ("train", "dev"):
        path = ROOT / "corpora" / "claimex-de" / f"{split}.jsonl"
        if path.exists():
            parts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    base = "\n\n".join(parts)
    n = len(base.split())
    return "\n\n".join([base] * max(1, -(-words // n)))


def best_rate(fn, text: str, repeat: int, clock=time.perf_counter) -> float:  # type: ignore[no-untyped-def]
    """Words per second of ``fn(text)``, best of ``repeat``, timed by ``clock``."""
    n_words = len(text.split())
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        fn(text)
        best = min(best, clock() - t0)
    return n_words / best


def stage_times(extractor, text: str, repeat: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Process CPU seconds per component over ``text`` (cut as ``extract`` cuts it), best of ``repeat``."""
    import claimex

    nlp = extractor.nlp
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
        for _, chunk in claimex.api.chunk_text(text, extractor.chunk_chars):
            t0 = time.process_time()
            doc = nlp.make_doc(chunk)
            spent["tokenizer"] += time.process_time() - t0
            for name, proc in nlp.pipeline:
                t0 = time.process_time()
                doc = proc(doc)
                spent[name] += time.process_time() - t0
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stages", action="store_true", help="also CPU time per pipeline component")
    ap.add_argument("--model", metavar="DIR", help="a relation model folder: claimex.load(DIR) in place of the default pipeline")
    args = ap.parse_args()

    t0, c0 = time.perf_counter(), time.process_time()
    import claimex

    t1, c1 = time.perf_counter(), time.process_time()
    extractor = claimex.load(args.model)
    extractor.extract("Der Konzern zahlte 5 Millionen Euro.")  # the model is read at the first text
    t2, c2 = time.perf_counter(), time.process_time()
    import spacy

    text = sample_text(args.words)
    nlp = extractor.nlp
    blank = spacy.blank("de")
    blank.max_length = nlp.max_length = len(text) + 1
    extractor.extract(text[:20_000])  # warm-up: tables, matcher, caches

    def amounts_only(t: str) -> None:
        for _, chunk in claimex.api.chunk_text(t, extractor.chunk_chars):
            with nlp.select_pipes(enable=["claimex_sentences", "claimex_amounts"]):
                nlp(chunk)

    rates = {
        "spacy.blank('de') tokenizer": best_rate(lambda t: blank.tokenizer(t), text, args.repeat),
        "claimex tokenizer": best_rate(lambda t: nlp.tokenizer(t), text, args.repeat),
        "tokenizer + sentences + amounts": best_rate(amounts_only, text, args.repeat),
        "claimex.extract (whole pipeline)": best_rate(extractor.extract, text, args.repeat),
        "claimex.extract per CPU second": best_rate(extractor.extract, text, args.repeat, time.process_time),
    }
    n_claims = len(extractor.extract(text))
    print(f"pipeline: {'claimex.load(' + repr(args.model) + ')' if args.model else 'default'}; relation stage {type(nlp.get_pipe('claimex_relations')).__name__}")
    print(
        f"import claimex {t1 - t0:.2f} s; load + first extract {t2 - t1:.2f} s (wall clock); "
        f"{c1 - c0:.2f} s and {c2 - c1:.2f} s of CPU"
    )
    print(f"text: {len(text.split()):,} words, {len(text):,} characters, {n_claims:,} claims")
    floor = rates["spacy.blank('de') tokenizer"]
    for name, rate in rates.items():
        print(f"{name:36} {rate:>12,.0f} words/s   {floor / rate:5.1f}x the blank tokenizer's time")
    if args.stages:
        times = stage_times(extractor, text, args.repeat)
        total = sum(times.values())
        print(f"CPU time per component (best of {args.repeat}), {len(text.split()) / total:,.0f} words per CPU second:")
        for name, spent in times.items():
            print(f"  {name:22} {spent:7.3f} s  {100 * spent / total:5.1f} %")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
