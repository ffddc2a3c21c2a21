"""Throughput of ``extract`` with and without ``claimex_parser`` on one CPU core.

    python benchmarks/parser_throughput.py [--words 200000] [--repeat 3] [--model DIR]

Same text as ``benchmarks/throughput.py``. Times the default pipeline, then the default pipeline
with ``claimex_parser`` after ``claimex_amounts`` (if it is not already in it), and prints words
per second, the share of tokens the parser read, and the parser's own rate on those tokens.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import best_rate, sample_text  # noqa: E402


def parser_pipelines(model: str | None) -> dict[str, Any]:
    """The default pipeline without and with ``claimex_parser`` (``model``: its folder), as extractors."""
    from claimex.api import Extractor, build_default_nlp

    plain, parsed = build_default_nlp(), build_default_nlp()
    if "claimex_parser" in plain.pipe_names:
        plain.remove_pipe("claimex_parser")
    else:
        parsed.add_pipe("claimex_parser", after="claimex_amounts", config={"model": model})
    return {"without": Extractor(plain), "with": Extractor(parsed)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default=None, help="parser folder (default: models/parser/model)")
    args = ap.parse_args()

    import claimex

    text = sample_text(args.words)
    runs = {f"{name} claimex_parser": ex for name, ex in parser_pipelines(args.model).items()}
    parsed = runs["with claimex_parser"].nlp
    for ex in runs.values():
        ex.nlp.max_length = len(text) + 1
        ex.extract(text[:20_000])  # warm-up: tables, model, caches
    rates = {name: best_rate(ex.extract, text, args.repeat) for name, ex in runs.items()}
    print(f"text: {len(text.split()):,} words")
    for name, rate in rates.items():
        print(f"{name:28} {rate:>10,.0f} words/s")

    component = parsed.get_pipe("claimex_parser")
    n_tokens = n_parsed = 0
    seconds = 0.0
    for _, chunk in claimex.api.chunk_text(text, runs["with claimex_parser"].chunk_chars):
        with parsed.select_pipes(enable=["claimex_sentences", "claimex_amounts"]):
            doc = parsed(chunk)
        n_tokens += len(doc)
        n_parsed += sum(e - s for s, e in component.sentences(doc))
        t0 = time.perf_counter()
        component(doc)
        seconds += time.perf_counter() - t0
    print(f"parsed tokens: {n_parsed:,} of {n_tokens:,} ({n_parsed / n_tokens:.0%}); parser {n_parsed / seconds:,.0f} tokens/s on them")


if __name__ == "__main__":
    main()
