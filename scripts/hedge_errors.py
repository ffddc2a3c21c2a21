"""Wrong hedges of an evaluation, by class: what to fix in pipeline/hedges.py.

Reads the JSON of ``claimex evaluate GOLD --show --json`` (a file or stdin) and sorts every
wrong ``hedged`` finding into false hedges (predicted, not in gold) and missed hedges, then by
the hedge cue its sentence holds (the kind from ``hedge_cues.json``, or a frame, or none) and
by where that cue stands: in the amount's clause, in another clause of the sentence (scope
decided the case), or nowhere in the sentence (a carried or contextual hedge).

    claimex evaluate corpora/claimex-de/dev.jsonl --show --json > dev.json
    python scripts/hedge_errors.py dev.json [--list]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter

from claimex.lang.de import german, load_table
from claimex.pipeline.cues import CLAUSE_BREAKS
from claimex.pipeline.hedges import Frame

_TOKEN = re.compile(r"\w+(?:[.’'-]\w+)*|[^\w\s]")


def _tokens(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().lower()) for m in _TOKEN.finditer(text)]


def _clause_ids(words: list[str]) -> list[int]:
    """For each token, the number of its clause (clause punctuation counts up)."""
    ids, n = [], 0
    for w in words:
        if w in CLAUSE_BREAKS:
            n += 1
        ids.append(n)
    return ids


def classify(finding: dict) -> tuple[str, str, str]:
    """(direction, cue kind, where the cue stands) of one wrong hedge."""
    direction = "false hedge" if finding["predicted"] else "missed hedge"
    sent = finding["sentence"]
    toks = _tokens(sent["text"])
    words = [w for _, w in toks]
    clauses = _clause_ids(words)
    at = finding["start"] - sent["start"]
    amount_tok = next((i for i, (s, _) in enumerate(toks) if s >= at), 0)
    hedges = german().hedges
    found = [(str(kind), i) for i, _, kind in hedges.scan(words, 0, len(words))]
    for entry in load_table("hedge_cues.json")["hedge_frames"]:
        frame = Frame.parse(entry)
        for slot_start, _ in frame.slots(words, 0, len(words)):
            found.append(("frame", slot_start))
    if not found:
        return direction, "no cue", "none in sentence"
    same = [k for k, i in found if clauses[i] == clauses[amount_tok]]
    if same:
        return direction, same[0], "amount's clause"
    return direction, found[0][0], "other clause (scope)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", help="evaluate --show --json output (default: stdin)")
    parser.add_argument("--list", action="store_true", help="also print each finding with its class")
    args = parser.parse_args(argv)
    report = json.load(open(args.report, encoding="utf-8") if args.report else sys.stdin)
    wrong = [f for f in report["findings"] if f["kind"] == "hedged"]
    classes = Counter()
    for f in wrong:
        cls = classify(f)
        classes[cls] += 1
        if args.list:
            print(" | ".join(cls), "|", f["text"], "|", f["sentence"]["text"])
    print(f"hedged accuracy {report['hedged_acc']:.4f} over {report['matched']} matched claims; {len(wrong)} wrong")
    for (direction, kind, where), n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:4d}  {direction:13s} {kind:20s} {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
