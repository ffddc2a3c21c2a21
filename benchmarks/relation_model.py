"""Load time of the learned relation stage and its calibration on a gold split.

    python benchmarks/relation_model.py [--model models/relations] [--gold corpora/claimex-de/dev.jsonl ...]

Prints the seconds of ``import claimex`` and of the first extraction (pipeline build and model
load included) in a fresh interpreter, then for each gold file the rules and the model side by
side (the contract's scoring) and the expected calibration error of the claim confidence and
of each field confidence (10 bins).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_TIMING = """
import time
t0 = time.perf_counter()
import claimex
t1 = time.perf_counter()
ex = claimex.load({model!r})
ex.extract("Der Konzern zahlte 5 Millionen Euro.")
t2 = time.perf_counter()
print(f"{{t1 - t0:.2f}} {{t2 - t1:.2f}}")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(ROOT / "models" / "relations"))
    ap.add_argument("--gold", nargs="*", default=[str(ROOT / "corpora" / "claimex-de" / "dev.jsonl")])
    args = ap.parse_args()
    out = subprocess.run([sys.executable, "-c", _TIMING.format(model=args.model)], capture_output=True, text=True, check=True)
    imported, loaded = (float(x) for x in out.stdout.split()[-2:])
    print(f"import claimex {imported:.2f} s; load + first extract {loaded:.2f} s; total {imported + loaded:.2f} s")

    from claimex.relation_model.model_card import ROW_FIELDS, compare_with_rules

    for gold in args.gold:
        comp = compare_with_rules(args.model, gold)
        print(f"\n{gold}")
        print("| | " + " | ".join(ROW_FIELDS) + " |")
        for name in ("rules", "model"):
            print(f"| {name} | " + " | ".join(f"{comp[name][f]:.3f}" for f in ROW_FIELDS) + " |")
        print("ECE " + ", ".join(f"{k} {v['ece']:.3f} (n {v['n']})" for k, v in comp["ece"].items()))


if __name__ == "__main__":
    main()
