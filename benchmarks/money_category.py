"""How well does each way of deciding a money category do? Accuracy per evidence against gold.

    python benchmarks/money_category.py GOLD.jsonl          # accuracy per evidence, confusions
    python benchmarks/money_category.py --fit TRAIN.jsonl   # measure on train and write the default
                                                            # category and the precision of each
                                                            # evidence into money_category.json

Evidence is what decided (``pipeline/money_category.py``): a cue that governs the amount, a
separable verb that frames it, the nearest cue of its clause or sentence, a unit noun, the
paragraph's topic, the headline, or the default. The default is the most frequent gold category
of the amounts that reach it; fit on the train split only and judge on dev.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "src" / "claimex" / "lang" / "de" / "data" / "money_category.json"


def judged(path: Path) -> Iterator[tuple[str, str, str]]:
    """(evidence, predicted category, gold category) for every matched money claim of ``path``."""
    import claimex
    from claimex.scoring import load_gold, match_claims

    nlp = claimex.load().nlp
    categorizer = nlp.get_pipe("claimex_relations").money_categories
    for doc in load_gold(path):
        categorizer.record = []
        parsed = nlp(doc["text"])
        evidence = {amount.start_char: found.evidence for amount, found in categorizer.record}
        pred = [c.to_dict() for c in parsed._.claims]
        for g, p in match_claims(doc["claims"], pred):
            if g["type"] == "monetary" and p["start"] in evidence:
                yield evidence[p["start"]], p["category"], g["category"]
    categorizer.record = None


def report(path: Path) -> dict[str, dict[str, float]]:
    by_evidence: dict[str, Counter] = defaultdict(Counter)
    confusions: Counter = Counter()
    for evidence, pred, gold in judged(path):
        by_evidence[evidence][pred == gold] += 1
        by_evidence[evidence]["gold:" + gold] += 1
        if pred != gold:
            confusions[gold, pred] += 1
    right = sum(c[True] for c in by_evidence.values())
    total = sum(c[True] + c[False] for c in by_evidence.values())
    print(f"money category accuracy {right / max(total, 1):.3f} ({right}/{total})")
    print(f"{'evidence':20s} {'right':>6s} {'n':>5s}  precision  gold categories")
    out = {}
    for evidence, c in sorted(by_evidence.items(), key=lambda kv: -(kv[1][True] + kv[1][False])):
        n = c[True] + c[False]
        golds = {k[5:]: v for k, v in c.items() if isinstance(k, str) and k.startswith("gold:")}
        # smoothed (Laplace), as a rare evidence must not claim certainty either way
        out[evidence] = {"precision": (c[True] + 1) / (n + 2), "n": n, "gold": golds}
        common = ", ".join(f"{k} {v}" for k, v in Counter(golds).most_common(4))
        print(f"{evidence:20s} {c[True]:6d} {n:5d}  {c[True] / n:9.3f}  {common}")
    print("most frequent confusions (gold -> predicted):")
    for (gold, pred), n in confusions.most_common(10):
        print(f"  {gold:8s} -> {pred:8s} {n}")
    return out


def fit(path: Path) -> None:
    measured = report(path)
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    default = measured.get("default")
    if default and default["n"] >= 10:  # a handful of amounts says nothing about the default
        table["context"]["default"] = Counter(default["gold"]).most_common(1)[0][0]
    table["evidence_precision"] = {k: round(v["precision"], 3) for k, v in sorted(measured.items())}
    TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote the default {table['context']['default']!r} and the precision per evidence to {TABLE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path, nargs="?", help="gold JSONL to judge")
    parser.add_argument("--fit", type=Path, help="train JSONL to measure the default and the precisions on")
    args = parser.parse_args()
    if args.fit:
        fit(args.fit)
    elif args.gold:
        report(args.gold)
    else:
        parser.error("give GOLD or --fit TRAIN")


if __name__ == "__main__":
    main()
