"""Batch throughput of ``claimex extract``: documents per second on one machine and on Dask.

    python benchmarks/batch.py [--docs 3000] [--runs 1 n2 dask2]

Writes ``--docs`` documents (the corpus texts, repeated) as id/text JSONL, then times the
command line end to end, as a user runs it, for each configuration:

    1      claimex extract --input-format jsonl IN -o OUT
    n2     ... --n-process 2           (worker processes of Extractor.pipe)
    dask2  ... --scheduler local:2     (a Dask LocalCluster of 2 worker processes)

Prints documents per second overall (wall clock, start-up and pipeline loading included) and
after the first record arrived (the steady rate), the CPU seconds all its processes used (user +
system, worker processes included) with documents per CPU second -- on a shared, loaded machine
the wall clock is noisy, the CPU figures much less so -- and whether the records are identical to
those of the first configuration.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLAIMEX = [sys.executable, "-m", "claimex"]
RUNS = {"1": [], "n2": ["--n-process", "2"], "dask2": ["--scheduler", "local:2"]}


def corpus_texts() -> list[str]:
    texts = []
    for split in ("train", "dev"):
        path = ROOT / "corpora" / "claimex-de" / f"{split}.jsonl"
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    return texts or [(ROOT / "examples" / "bericht_unwetter.txt").read_text(encoding="utf-8")]


def write_input(path: Path, n_docs: int) -> int:
    texts = corpus_texts()
    chars = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n_docs):
            text = texts[i % len(texts)]
            chars += len(text)
            f.write(json.dumps({"id": f"doc-{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return chars


def _children_cpu() -> float:
    """CPU seconds used by the finished child processes (and their reaped children) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=3000, help="documents to extract (default: 3000)")
    ap.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS), help="configurations to time")
    ap.add_argument("--batch-size", type=int, default=64, help="passed to claimex extract (default: 64)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        chars = write_input(src, args.docs)
        print(f"{args.docs} documents, {chars / args.docs:.0f} characters each on average, {os.cpu_count()} CPUs")
        reference = None
        for name in args.runs:
            argv = [*CLAIMEX, "extract", "--no-progress", "--input-format", "jsonl", str(src)]
            argv += ["--batch-size", str(args.batch_size), *RUNS[name]]
            cpu0 = _children_cpu()
            t0 = time.perf_counter()
            proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
            lines, first = [], None
            for line in proc.stdout:  # records stream: the first one marks the end of start-up
                first = first or time.perf_counter()
                lines.append(line)
            seconds = time.perf_counter() - t0
            if proc.wait() != 0 or not lines:
                print(f"{name:6} failed (exit {proc.returncode}): {proc.stderr.read().strip()[:200]}")
                continue
            steady = (len(lines) - 1) / max(time.perf_counter() - first, 1e-9)
            cpu = _children_cpu() - cpu0
            records = "".join(lines)
            reference = records if reference is None else reference
            same = "identical records" if records == reference else "RECORDS DIFFER from the first run"
            print(
                f"{name:6} {args.docs / seconds:7.1f} docs/s overall ({seconds:.1f} s), "
                f"{steady:7.1f} docs/s after the first record ({first - t0:.1f} s start-up), "
                f"{cpu:.1f} CPU s = {args.docs / cpu:.1f} docs per CPU s  {same}"
            )


if __name__ == "__main__":
    main()
