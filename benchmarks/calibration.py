"""How honest is claimex's confidence? Reliability of ``Claim.confidence`` against gold.

    python benchmarks/calibration.py GOLD.jsonl            # reliability table and ECE
    python benchmarks/calibration.py --fit TRAIN.jsonl     # measure each rule's precision and write
                                                           # src/claimex/lang/de/data/confidence.json

A claim counts as right when it matches a gold claim of its type (overlapping spans, as the
scorer pairs them) and has the gold value (low, high, unit). Fitting uses the train split only;
judge the result on dev or test.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "src" / "claimex" / "lang" / "de" / "data" / "confidence.json"


def judged(path: Path):
    """(evidence, confidence, right) for every predicted claim of every gold document."""
    import claimex
    from claimex.scoring import load_gold, match_claims
    from claimex.scoring.fields import value_right

    nlp = claimex.load().nlp
    for doc in load_gold(path):
        parsed = nlp(doc["text"])
        decisions = {(d.amount.start_char, d.amount.end_char): d for d in parsed._.claimex_relations}
        pred = [c.to_dict() for c in parsed._.claims]
        right = set()
        for g, p in match_claims(doc["claims"], pred):
            if value_right(g, p):
                right.add((p["start"], p["end"]))
        for p in pred:
            d = decisions[(p["start"], p["end"])]
            yield d.evidence, p["confidence"], (p["start"], p["end"]) in right


def fit(path: Path) -> dict:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for evidence, _, ok in judged(path):
        counts[evidence][0] += ok
        counts[evidence][1] += 1
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    doc = table["_doc"]
    total_ok = sum(v[0] for v in counts.values())
    total = sum(v[1] for v in counts.values())
    out = {"_doc": doc, "default": round((total_ok + 1) / (total + 2), 3)}
    for evidence, (ok, n) in sorted(counts.items()):
        out[evidence] = round((ok + 1) / (n + 2), 3)  # Laplace: a rule seen rarely stays near 0.5
        print(f"{evidence:28} {ok:5d}/{n:<5d} -> {out[evidence]:.3f}")
    TABLE.write_text(json.dumps(out, ensure_ascii=False, indent=1, allow_nan=False) + "\n", encoding="utf-8")
    print(f"wrote {TABLE}")
    return out


def reliability(path: Path) -> None:
    from claimex.scoring.calibration import reliability as bins_of

    rows = list(judged(path))
    table = bins_of([conf for _, conf, _ in rows], [ok for _, _, ok in rows])
    print(f"{'confidence':>12} {'claims':>7} {'mean conf':>10} {'precision':>10}")
    for b in table["bins"]:
        if b["n"]:
            print(f"{b['low']:5.1f}-{b['high']:<5.1f} {b['n']:7d} {b['confidence']:10.3f} {b['accuracy']:10.3f}")
    print(f"claims {table['n']}  precision {table['accuracy']:.3f}  expected calibration error {table['ece']:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--fit", action="store_true", help="measure rule precision on GOLD and write the table")
    args = ap.parse_args()
    fit(args.gold) if args.fit else reliability(args.gold)


if __name__ == "__main__":
    main()
