"""Role F1 on a gold file with and without ``claimex_parser``, and the claims whose roles changed.

    python benchmarks/parser_roles.py corpora/claimex-de/dev.jsonl [--model DIR] [--show N]

Scores as ``/work/shared/score.py`` does (a role counts when the matched claim's span overlaps
the gold one) and lists, per role, the claims where the parse turned a wrong role right (+)
or a right one wrong (-), with the gold and both predicted spans.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimex.corpus.schema import SCORED_ROLES as ROLES
from claimex.scoring.matching import match_claims, overlap, prf


def _right(g: dict, p: dict, role: str) -> bool:
    return bool(g.get(role) and p.get(role) and overlap(g[role], p[role]) > 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--model", default=None, help="parser folder (default: models/parser/model)")
    ap.add_argument("--show", type=int, default=15, help="changed claims listed per role and direction")
    args = ap.parse_args()

    from parser_throughput import parser_pipelines

    runs = parser_pipelines(args.model)
    docs = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    counts = {name: {r: [0, 0, 0] for r in ROLES} for name in runs}
    changes: dict[str, list[tuple[str, str]]] = {r: [] for r in ROLES}
    for doc in docs:
        gold = doc["claims"]
        preds = {name: [c.to_dict() for c in ex.extract(doc["text"])] for name, ex in runs.items()}
        by_gold = {}
        for name, pred in preds.items():
            for r in ROLES:
                counts[name][r][1] += sum(1 for p in pred if p.get(r))
                counts[name][r][2] += sum(1 for g in gold if g.get(r))
            for g, p in match_claims(gold, pred):
                by_gold.setdefault(id(g), {})[name] = p
                for r in ROLES:
                    counts[name][r][0] += _right(g, p, r)
        for g in gold:
            both = by_gold.get(id(g), {})
            for r in ROLES:
                a, b = both.get("without", {}), both.get("with", {})
                if (a.get(r) or {}).get("start") == (b.get(r) or {}).get("start") and (a.get(r) or {}).get("end") == (b.get(r) or {}).get("end"):
                    continue
                ra, rb = _right(g, a, r) if a else False, _right(g, b, r) if b else False
                sign = "+" if rb and not ra else "-" if ra and not rb else "~"
                line = f"{doc['id']} {g['text']!r}: gold {(g.get(r) or {}).get('text')!r} without {(a.get(r) or {}).get('text')!r} with {(b.get(r) or {}).get('text')!r}"
                changes[r].append((sign, line))
    for name in runs:
        cells = [f"{r} {prf(*counts[name][r])['f1']:.3f}" for r in ROLES]
        print(f"{name:8} " + "  ".join(cells))
    for r in ROLES:
        ups = [l for s, l in changes[r] if s == "+"]
        downs = [l for s, l in changes[r] if s == "-"]
        other = [l for s, l in changes[r] if s == "~"]
        print(f"\n{r}: {len(ups)} right now, {len(downs)} wrong now, {len(other)} changed otherwise")
        for s, l in [("+", l) for l in ups[: args.show]] + [("-", l) for l in downs[: args.show]] + [("~", l) for l in other[: args.show // 2]]:
            print(f"  {s} {l}")


if __name__ == "__main__":
    main()
