"""Fine-tuning on a new domain: hold one topic out of training, fine-tune on half of its documents,
score the other half before and after.

    python benchmarks/fine_tune.py [--topic fines_court] [--work /tmp/claimex-fine-tune] [--vectors]
        [--tune-seeds 0,1,2] [--settings '{"anchor": 0.1}'] [--reuse-base]

1. base model: trained on corpora/claimex-de train (early stopping on dev), both without the topic;
2. the topic's documents of train and dev, sorted by id, alternate into a fine-tuning half and an
   evaluation half; the fine-tuning half is split 3:1 into train and dev (early stopping);
3. ``claimex train relations --init base`` on the fine-tuning half (the trainer's fine-tuning
   defaults, ``train.FINE_TUNE_SETTINGS``, unless ``--settings`` overrides them), once per seed of
   ``--tune-seeds`` (the base model is trained once, with ``--seed``);
4. the rules, the base model and each fine-tuned model are scored on the evaluation half (the
   contract's scoring). Prints a table (with the mean gain over the seeds) and writes
   ``fine_tune.json`` in the work folder.

The issue's target: role mean F1 up by at least 5 points, category not lower.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "claimex-de"


def _write(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--topic", default="fines_court")
    ap.add_argument("--work", type=Path, default=Path("/tmp/claimex-fine-tune"))
    ap.add_argument("--vectors", action="store_true", help="dense piece-vector span features")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--rule-bias",
        help='decoding prior of the fine-tuned model: a number, "tune" (one, fit on its dev) or "tune_per_role" (one per role)',
    )
    ap.add_argument("--learn-rate", type=float, help="Adam learning rate of the fine-tuning run")
    ap.add_argument("--settings", default="{}", help="training settings of the fine-tuning run, as JSON")
    ap.add_argument("--tune-seeds", default=None, help="comma-separated seeds of the fine-tuning runs (default: --seed)")
    ap.add_argument("--reuse-base", action="store_true", help="keep a base model already in the work folder")
    args = ap.parse_args()

    import torch

    torch.set_num_threads(1)
    from claimex.api import Extractor, build_default_nlp, load
    from claimex.evaluation import evaluate
    from claimex.relation_model.encoders import PieceVectorEncoder
    from claimex.relation_model.model_card import ROW_FIELDS, score_row
    from claimex.relation_model.train import train_relations

    t0 = time.perf_counter()
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    read = lambda split: [json.loads(line) for line in (CORPUS / f"{split}.jsonl").open(encoding="utf-8")]  # noqa: E731
    train, dev = read("train"), read("dev")
    group = sorted((d for d in train + dev if d.get("meta", {}).get("topic") == args.topic), key=lambda d: d["id"])
    if len(group) < 8:
        raise SystemExit(f"topic {args.topic!r} has {len(group)} documents; pick one with more")
    tune, held = group[0::2], group[1::2]
    tune_train, tune_dev = [d for i, d in enumerate(tune) if i % 4], tune[0::4]
    base_train = _write(work / "base_train.jsonl", [d for d in train if d.get("meta", {}).get("topic") != args.topic])
    base_dev = _write(work / "base_dev.jsonl", [d for d in dev if d.get("meta", {}).get("topic") != args.topic])
    held_path = _write(work / "held.jsonl", held)
    encoder = PieceVectorEncoder() if args.vectors else None
    if not (args.reuse_base and (work / "base" / "config.json").is_file()):
        train_relations(base_train, base_dev, work / "base", encoder=encoder, seed=args.seed, progress=False)
    tune_settings: dict = json.loads(args.settings)
    if args.learn_rate is not None:
        tune_settings["learn_rate"] = args.learn_rate
    if args.rule_bias is not None:
        fitted = args.rule_bias in ("tune", "tune_per_role")
        tune_settings["rule_bias"] = args.rule_bias if fitted else float(args.rule_bias)
    seeds = [int(s) for s in args.tune_seeds.split(",")] if args.tune_seeds else [args.seed]
    tune_train_path = _write(work / "tune_train.jsonl", tune_train)
    tune_dev_path = _write(work / "tune_dev.jsonl", tune_dev)
    rules_nlp = build_default_nlp()
    rules_nlp.replace_pipe("claimex_relations", "claimex_relations")
    rows = {
        "rules": score_row(evaluate(held_path, Extractor(rules_nlp).extract)),
        "base (topic held out)": score_row(evaluate(held_path, load(work / "base").extract)),
    }
    base_row = rows["base (topic held out)"]
    runs = []
    for seed in seeds:
        tuned = work / f"tuned-{seed}"
        record = train_relations(
            tune_train_path, tune_dev_path, tuned, init=work / "base", seed=seed, progress=False, settings=tune_settings
        )
        row = rows[f"fine-tuned, seed {seed}"] = score_row(evaluate(held_path, load(tuned).extract))
        runs.append(
            {
                "seed": seed,
                "best_epoch": record["best_epoch"],
                "roles_mean_gain": round(row["roles_mean"] - base_row["roles_mean"], 4),
                "category_gain": round(row["category"] - base_row["category"], 4),
            }
        )
    result = {
        "topic": args.topic,
        "settings": tune_settings,
        "docs": {"group": len(group), "fine_tune_train": len(tune_train), "fine_tune_dev": len(tune_dev), "evaluated": len(held)},
        "rows": rows,
        "runs": runs,
        "roles_mean_gain": round(sum(r["roles_mean_gain"] for r in runs) / len(runs), 4),
        "category_gain": round(sum(r["category_gain"] for r in runs) / len(runs), 4),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    (work / "fine_tune.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"topic {args.topic}: {result['docs']}")
    print("| | " + " | ".join(ROW_FIELDS) + " |")
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(f"{row[f]:.3f}" for f in ROW_FIELDS) + " |")
    for run in runs:
        print(f"seed {run['seed']}: best epoch {run['best_epoch']}, roles mean gain {run['roles_mean_gain']:+.3f}, category gain {run['category_gain']:+.3f}")
    print(f"mean over {len(runs)} seed(s): roles mean gain {result['roles_mean_gain']:+.3f}, category gain {result['category_gain']:+.3f} ({result['seconds']} s)")


if __name__ == "__main__":
    main()
