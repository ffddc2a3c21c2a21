"""Which calibration of the role confidences carries to unseen writers: writer-grouped
cross-validation on dev (never test).

    python benchmarks/role_calibration_cv.py [--model models/relations] [--dev corpora/claimex-de/dev.jsonl]

Decodes dev with the model (its thresholds and rules' prior), then for each role fits a
calibration on two thirds of dev's writers and measures the expected calibration error (10 bins)
on the remaining third, over 3 folds and 5 shuffles of the writers: the raw decoded confidence,
a 10-bin table (:func:`~claimex.relation_model.calibrate.fit_bins`), 10-bin tables apart for
decisions that agree with the rules and those that do not, and Platt scaling
(:func:`~claimex.relation_model.calibrate.fit_platt`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def dev_rows(model_dir: str, dev: str) -> list[tuple[str, float, bool, bool, str]]:
    """(role, decoded confidence, right, agrees with the rules, writer) of each role of each dev
    claim found with its type."""
    from claimex.api import build_default_nlp
    from claimex.relation_model.dataset import build_examples, read_gold
    from claimex.relation_model.decode import decode
    from claimex.relation_model.inference import RelationModel
    from claimex.relation_model.train import _arrays, _phrase_has

    m = RelationModel.load(model_dir)
    docs = read_gold(dev)
    ex = build_examples(build_default_nlp(), docs, m.featurizer, None, m.labels, False)
    da = _arrays(ex)
    logits = m.net.forward(ex.amount_ids, da["amount_vectors"], ex.pair_ids, da["pair_vectors"], ex.pair_amount)
    decisions = decode(m.labels, *m.probabilities(logits), da["pair_amount"], m.thresholds, None, ex.rule_votes, m.rule_bias, ex.pair_group)
    rows = []
    for a, d in enumerate(decisions):
        if d.type == "none" or m.labels.types[da["type"][a]] != d.type:
            continue
        writer = str(docs[ex.doc_of_amount[a]].get("meta", {}).get("writer", ex.doc_of_amount[a]))
        pairs_of_amount = [p for p, pa in enumerate(ex.pair_amount) if pa == a]
        for role, conf in d.role_probability.items():
            p = d.roles.get(role)
            chosen = d.role_pairs.get(role, (p,)) if p is not None else ()
            right = _phrase_has(m.labels, da["role"], chosen, role) if p is not None else role not in ex.gold_roles[a]
            voted = [q for q in pairs_of_amount if role in ex.rule_votes[q]]
            agrees = bool(set(voted) & set(chosen)) if chosen else not voted
            rows.append((role, float(conf), bool(right), agrees, writer))
    return rows


def main() -> None:
    from claimex.relation_model.calibrate import apply_bins, apply_platt, expected_calibration_error, fit_bins, fit_platt

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(ROOT / "models" / "relations"))
    ap.add_argument("--dev", default=str(ROOT / "corpora" / "claimex-de" / "dev.jsonl"))
    args = ap.parse_args()
    rows = dev_rows(args.model, args.dev)
    writers = sorted({r[4] for r in rows})
    roles = sorted({r[0] for r in rows})
    variants = ("raw", "bins", "bins by agreement", "platt")
    ece: dict[tuple[str, str], list[float]] = {}
    rng = np.random.default_rng(0)
    for _ in range(5):
        order = rng.permutation(writers)
        folds = [set(order[i::3]) for i in range(3)]
        for variant in variants:
            pooled: dict[str, tuple[list[float], list[bool]]] = {}
            for fold in folds:
                fit_rows = [r for r in rows if r[4] not in fold]
                for role in roles:
                    for agrees in (True, False):
                        test = [r for r in rows if r[4] in fold and r[0] == role and r[3] == agrees]
                        fit = [r for r in fit_rows if r[0] == role and (variant != "bins by agreement" or r[3] == agrees)]
                        conf, right = [r[1] for r in fit], [r[2] for r in fit]
                        if variant == "raw":
                            mapped = [r[1] for r in test]
                        elif variant == "platt":
                            scaling = fit_platt(conf, right)
                            mapped = [apply_platt(scaling, r[1]) for r in test]
                        else:
                            table = fit_bins(conf, right)
                            mapped = [apply_bins(table, r[1]) for r in test]
                        c, k = pooled.setdefault(role, ([], []))
                        c += mapped
                        k += [r[2] for r in test]
            for role, (c, k) in pooled.items():
                ece.setdefault((variant, role), []).append(expected_calibration_error(c, k))
    print(f"{len(rows)} dev role decisions, {len(writers)} writers; ECE out of fold (mean of 5 shuffles x 3 folds):")
    print("| role | " + " | ".join(variants) + " |")
    print("|---" * (len(variants) + 1) + "|")
    for role in roles:
        print(f"| {role} | " + " | ".join(f"{np.mean(ece[(v, role)]):.3f}" for v in variants) + " |")


if __name__ == "__main__":
    main()
