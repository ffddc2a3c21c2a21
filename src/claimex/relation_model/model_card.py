"""Scores of a saved relation model against the rule stage, and its model card (``README.md``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional, Union

__all__ = ["compare_with_rules", "score_row", "write_model_card", "ROW_FIELDS"]

ROW_FIELDS = ("detection", "value", "category", "hedged", "agent", "recipient", "victim", "source", "roles_mean")


def score_row(out: dict[str, Any]) -> dict[str, float]:
    """The figures of one :func:`claimex.evaluation.score` result that the card's tables show."""
    row = {
        "detection": out["detection"]["f1"],
        "value": out["value_acc"],
        "category": out["category_acc"],
        "hedged": out["hedged_acc"],
        **{r: out["roles"][r]["f1"] for r in ("agent", "recipient", "victim", "source")},
        "roles_mean": out["roles_f1_mean"],
    }
    return {k: round(float(v), 4) for k, v in row.items()}


def compare_with_rules(model_dir: Union[str, Path], gold: Union[str, Path], *, calibration: bool = True) -> dict[str, Any]:
    """Rules and the model on one gold file (the contract's scoring), and the model's ECE per field."""
    from ..api import Extractor, build_default_nlp, load
    from ..evaluation import evaluate, load_gold
    from .calibrate import field_calibration

    nlp = build_default_nlp()
    nlp.replace_pipe("claimex_relations", "claimex_relations")  # the rule factory, whatever default.cfg says
    rules = Extractor(nlp)
    model = load(model_dir)
    out: dict[str, Any] = {
        "gold": str(gold),
        "rules": score_row(evaluate(Path(gold), rules.extract)),
        "model": score_row(evaluate(Path(gold), model.extract)),
    }
    if calibration:
        out["ece"] = field_calibration(load_gold(Path(gold)), model.extract)
    return out


def _table(rows: dict[str, dict[str, float]]) -> list[str]:
    lines = ["| | " + " | ".join(ROW_FIELDS) + " |", "|---" * (len(ROW_FIELDS) + 1) + "|"]
    for name, row in rows.items():
        lines.append(f"| {name} | " + " | ".join(f"{row[f]:.3f}" for f in ROW_FIELDS) + " |")
    return lines


def write_model_card(output: Union[str, Path], record: dict[str, Any], comparisons: Optional[list[dict[str, Any]]] = None) -> None:
    """Write ``README.md`` beside the weights: data, settings, scores (with the rules row), versions."""
    output = Path(output)
    config = json.loads((output / "config.json").read_text(encoding="utf-8"))
    lines = [
        "# claimex relation model",
        "",
        "A learned replacement of the rule stage `claimex_relations` (factory `claimex_relation_model`): per",
        "money/count amount the claim type, category and hedge; per (amount, candidate mention) pair the role",
        "(agent, recipient, victim, source); joint decoding; temperature-calibrated confidences.",
        "Inference is numpy only (`model.safetensors`, `config.json`); training needs `claimex[train]`.",
        "",
        "Rebuild (CPU, one thread; minutes, not hours):",
        "",
        f"    OMP_NUM_THREADS=1 claimex train relations --train {record['train']['path']} --dev {record['dev']['path']} "
        f"--output {output}"
        + (f" --init {record['init']}" if record.get("init") else "")
        + (f" --transfer-folds {record['transfer']['folds']}" if record.get("transfer") else ""),
        "",
        "## Data",
        "",
        f"- train: `{record['train']['path']}`: {record['train']['docs']} docs, {record['train']['amounts']} amounts, "
        f"{record['train']['pairs']} pairs; gold roles reachable as candidates: "
        + ", ".join(f"{k} {v:.3f}" for k, v in record["train"]["reachable_roles"].items()),
        f"- dev (early stopping, calibration): `{record['dev']['path']}`: {record['dev']['docs']} docs; reachable: "
        + ", ".join(f"{k} {v:.3f}" for k, v in record["dev"]["reachable_roles"].items()),
        f"- continued from: `{record['init']}`" if record.get("init") else "- trained from scratch",
        "",
        "## Model",
        "",
        f"- hashed features: {config['n_buckets']} rows x {config['embed_dim']} dims (features version "
        f"{config['features_version']}); hidden {config['hidden']}; dense span vectors: {config.get('encoder') or 'none'}",
        f"- claim detection: {config['detection']}; category from: {config.get('category_from', 'model')}; "
        f"hedge from: {config.get('hedged_from', 'model')}; temperatures: "
        + ", ".join(f"{k} {v:.3f}" for k, v in config["temperatures"].items()),
        f"- roles: one softmax per {config['labels'].get('role_scope', 'pair')} (\"amount\": the candidates of an amount "
        f"compete for each role with a none slot); the rules' prior (rule_bias) {config.get('rule_bias')}; "
        f"thresholds {config.get('thresholds')}",
        "- phrases: the parts of one noun phrase (adjective + noun, common noun + name, a name in brackets) are one "
        "candidate in decoding" + (" and in the role loss" if record.get("settings", {}).get("phrase_loss") else "")
        + "; role confidences by " + ("Platt scaling fitted on dev (role_scaling)" if config.get("role_scaling") else "bins fitted on dev"),
        "- last calibration (field_scaling): "
        + (
            "Platt scaling per field and filled/empty role, fitted on the model's output over the training documents"
            if config.get("field_scaling")
            else "none"
        ),
        f"- kept of the rule stage (rule_constraints): roles it decides, filled or empty {config.get('rule_fixed', [])}; "
        f"floors under which the model may empty a role it filled {config.get('rule_kept', {})}; its spans of the party "
        f"the model chose and the roles its evidence settles: {'yes' if config.get('rule_spans') else 'no'}; place "
        f"adjuncts no parties: {'yes' if config.get('place_adjuncts') else 'no'}",
        f"- seed {record['seed']}, best epoch {record['best_epoch']} after {record['steps']} steps, {record['seconds']} s",
        f"- dev NLL uncalibrated {record['dev_nll']['uncalibrated']}, calibrated {record['dev_nll']['calibrated']}",
        "",
        "## Scores",
        "",
    ]
    for comp in comparisons or []:
        lines += [f"`claimex evaluate {comp['gold']} --model <this folder>` (the contract's scoring), rules row first:", ""]
        lines += _table({"rules": comp["rules"], "model": comp["model"]})
        if comp.get("ece"):
            lines += ["", "Expected calibration error (10 bins) of each confidence:", ""]
            lines += ["| field | ECE | n | accuracy | mean confidence |", "|---|---|---|---|---|"]
            for name, e in comp["ece"].items():
                lines.append(f"| {name} | {e['ece']:.3f} | {e['n']} | {e['accuracy']:.3f} | {e['mean_confidence']:.3f} |")
        lines.append("")
    lines += [
        "Dev scores on the aligned examples at the best epoch: "
        + ", ".join(f"{k} {v:.3f}" for k, v in record["dev_example_scores"].items() if k != "objective"),
        "",
        "## Versions",
        "",
        f"- created {record['created']} with claimex {record['claimex_version']}; "
        + ", ".join(f"{k} {v}" for k, v in record["versions"].items()),
        "",
    ]
    if (output / "EXPERIMENTS.md").is_file():
        lines += ["What was tried, and the fine-tuning experiment: [EXPERIMENTS.md](EXPERIMENTS.md).", ""]
    (output / "README.md").write_text("\n".join(lines), encoding="utf-8")
