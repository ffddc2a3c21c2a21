"""Write ``src/claimex/data/performance.json``: the scores of the shipped pipeline.

    python scripts/build_performance.py [--shared ../shared]

Scores the default pipeline on the seed gold (``../shared/seeds/gold.jsonl``) and on the dev split
of the claimex-de corpus (never test), as ``claimex evaluate`` does. The figures become the
``performance`` of a saved pipeline's ``meta.json``; rerun this after changing the rules.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimex import __version__
from claimex.evaluation import evaluate

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/claimex/data/performance.json"
DEV = ROOT / "corpora/claimex-de/dev.jsonl"


def flat_scores(out: dict) -> dict[str, float]:
    """The report as flat ``name: number`` pairs, as spaCy's meta ``performance`` holds them."""
    scores = {f"detection_{k}": v for k, v in out["detection"].items()}
    scores.update({k: out[k] for k in ("value_acc", "category_acc", "hedged_acc", "approximate_acc")})
    scores.update({f"{role}_f1": s["f1"] for role, s in out["roles"].items()})
    return {k: round(float(v), 4) for k, v in scores.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared/ folder (seed gold)")
    args = parser.parse_args()
    data = {
        "_doc": "Scores of the default pipeline (scripts/build_performance.py), copied into meta.json.",
        "claimex_version": __version__,
    }
    for name, path in {"seed": args.shared / "seeds/gold.jsonl", "dev": DEV}.items():
        out = evaluate(path)
        data[name] = {"docs": out["docs"], "gold_claims": out["gold"], **flat_scores(out)}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
