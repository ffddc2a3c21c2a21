"""Full-length article probes: whole multi-paragraph news articles written blind, scored as
``shared/score.py`` scores (overlap of the one gold occurrence of every role).

    PYTHONPATH=src python benchmarks/article_probes.py benchmarks/articles/blind_a.raw.jsonl [--show] [--json]
        [--model DIR] [--gold-out FILE]

The wire probes (``wire_probes.py``) are one to three sentences each and accept a role at any
occurrence of its text; real news is long, names its parties, sources and attackers in other
sentences and paragraphs, and its gold names one occurrence. These sets test that shape. Each
file is in the corpus authoring form (``corpora/claimex-de/AUTHORING.md``) and lists only the
amounts that are claims; this script resolves it to the gold form (``--gold-out`` keeps that
file) and scores the default pipeline (or ``--model``) on it with ``claimex evaluate``'s scorer.

Sets (in ``benchmarks/articles/``), each written from shared/CLAIMS.md alone by a writer who did
not read ``src/claimex``: see ``benchmarks/articles/README.md`` for who wrote each, when, and how
often it has been run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from claimex.corpus.authoring import resolve_file
from claimex.evaluation import evaluate, format_report


def resolve_to_gold(raw: Path, gold_out: Path) -> int:
    """Resolve the authoring file ``raw`` to gold JSONL at ``gold_out``; the number of documents."""
    docs, problems = resolve_file(raw)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        raise SystemExit(f"{raw}: {len(problems)} problems; fix them with `claimex corpus check {raw}`")
    with gold_out.open("w", encoding="utf-8") as out:
        for doc in docs:
            gold = {"id": doc["id"], "text": doc["text"], "claims": doc["claims"], "meta": doc.get("meta", {})}
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
    return len(docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("raw", type=Path, help="an authoring-form JSONL file of articles")
    ap.add_argument("--model", help="a saved relation model directory (default: the rule pipeline)")
    ap.add_argument("--gold-out", type=Path, help="also keep the resolved gold JSONL here")
    ap.add_argument("--show", action="store_true", help="print every miss and wrong field with its sentence")
    ap.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    args = ap.parse_args()

    extractor = None
    if args.model:
        from claimex import load

        extractor = load(args.model).extract
    with tempfile.TemporaryDirectory() as tmp:
        gold = args.gold_out or Path(tmp) / "gold.jsonl"
        n = resolve_to_gold(args.raw, gold)
        out = evaluate(gold, extractor)
    if args.json:
        if not args.show:
            out.pop("findings", None)
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{args.raw}: {n} articles")
        print(format_report(out, show=args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
