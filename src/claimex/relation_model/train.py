"""``claimex train relations``: train, calibrate and save the relation model (needs ``claimex[train]``).

Gold JSONL is read through ``datasets``; docs go through the default pipeline up to the rule
relation stage; :mod:`.features` and :mod:`.align` give inputs and labels; a small torch network
(:mod:`.model`) is trained with Adam, fixed seeds and early stopping on dev; temperatures are
fitted on dev (:mod:`.calibrate`); the folder gets ``model.safetensors``, ``config.json``,
``scores.json`` and a model card ``README.md``.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import platform
import random
import time
from pathlib import Path
from typing import Any, Optional, Sequence, Union

import numpy as np

from ..about import __version__
from ..corpus.schema import SCORED_ROLES
from ..errors import Errors
from ..scoring.matching import prf
from .dataset import LABELS, Examples, Labels, build_examples, read_gold
from .decode import decode
from .encoders import SpanEncoder, encoder_from_spec
from .features import FEATURES_VERSION, Featurizer
from .inference import RelationModel, apply_rule_categories, apply_rule_hedges
from .network import Logits, flatten_bags, read_model_folder, write_weights

__all__ = ["train_relations", "DEFAULT_SETTINGS", "FINE_TUNE_SETTINGS", "example_scores"]

DEFAULT_SETTINGS: dict[str, Any] = {
    "n_buckets": 1 << 16,
    "embed_dim": 32,
    "hidden": 64,
    "batch_amounts": 32,
    "learn_rate": 0.003,
    "weight_decay": 0.0,
    "max_epochs": 30,
    "patience": 4,
    # which amounts are claims: "model" (the type head), "rules" (the rule stage's detection), or
    # "tune": the one of the better dev detection F1, decided after calibration. "rules": the type
    # head is .002 better on dev but misses or invents real-news counts whose harm word's scope
    # it cannot see ("von den 64 Menschen überlebte niemand", "Drei Kisten sind gefallen")
    "detection": "rules",
    # the rules' vote added to a role's probability (see decode); "tune" picks one on dev,
    # "tune_per_role" one per role (with the role's threshold). Never chosen by the seed gold:
    # that is a test of the contract, not data to tune on.
    "rule_bias": "tune_per_role",
    "hedged_from": "rules",
    # what the decoding keeps of the rule stage's roles (see decode and rule_constraints): roles
    # the rules decide, filled or empty (sources: reporting clauses, a report carried through its
    # paragraph and stopped by a break or an own act; the model adds .003 on dev but attributes
    # real-news sentences the rules leave unattributed on purpose); per role a floor under which
    # the model may empty a role the rules filled (their fillers from other sentences: the
    # report's subject, a carried recipient, a pronoun's antecedent); the rules' spans where the
    # model chose the same party; place adjuncts are no parties
    "rule_fixed": ["source"],
    "rule_kept": {"agent": 0.0, "recipient": 0.0},
    "rule_spans": True,
    "place_adjuncts": True,
    # "model", "rules" (the rule stage's category where it gave one), or "tune": the one of the
    # better dev category accuracy, decided after calibration
    "category_from": "tune",
    # "pair": one softmax over the roles of each (amount, candidate) pair; "amount": per amount
    # and role one softmax over its candidates and "none" (see decode.amount_softmax)
    "role_scope": "amount",
    # weight of the per-pair role loss beside the per-amount one (role_scope "amount" only)
    "pair_loss": 0.0,
    # the per-amount role loss counts every part of the gold filler's noun phrase as right (the
    # decoder adds the parts up; see candidates.phrase_groups): which part overlaps the gold span
    # most is arbitrary ("südkoreanische" or "Geheimdienst")
    "phrase_loss": True,
    # weight of the "none" class in the per-pair role loss (most pairs are "none")
    "none_weight": 1.0,
    "label_smoothing": 0.0,
    "dropout": 0.1,
    # "train": the last calibration, per field and filled/empty role, is fitted to the saved model's
    # output on the training documents (see .field_scaling: the rule stages are tuned on dev, so
    # dev overstates how often their roles are right); "none": without it
    "field_scaling": "train",
    # "refit": temperatures, thresholds, the rules' prior and role scaling are fitted on dev;
    # "keep": (fine-tuning) the ``--init`` model's are kept
    "decoding": "refit",
    # (fine-tuning) the ``--init`` weights themselves are a candidate of early stopping (epoch 0)
    "init_candidate": False,
}

#: What ``--init`` (fine-tuning) changes of :data:`DEFAULT_SETTINGS` (given settings win over both).
#: A user's dev of a few documents overfits thresholds and temperatures refitted on it (held-out
#: topics lost up to 15 points of recipient F1), and the first epochs on a few documents can be
#: worse than the model they start from (models/relations/EXPERIMENTS.md, "Fine-tuning, stop 16").
FINE_TUNE_SETTINGS: dict[str, Any] = {"decoding": "keep", "init_candidate": True}


def _import_train_deps() -> Any:
    try:
        import safetensors  # noqa: F401
        import torch
    except ImportError as e:
        raise ImportError(Errors.E103.format(packages="torch and safetensors", reason=e)) from e
    return torch


def _arrays(ex: Examples) -> dict[str, Any]:
    dim_a = ex.amount_vectors[0].shape[1] if ex.amount_vectors else 0
    dim_p = ex.pair_vectors[0].shape[1] if ex.pair_vectors else 0
    return {
        "amount_vectors": np.concatenate(ex.amount_vectors) if ex.amount_vectors else np.zeros((0, dim_a), np.float32),
        "pair_vectors": np.concatenate(ex.pair_vectors) if ex.pair_vectors else np.zeros((0, dim_p), np.float32),
        "type": np.asarray(ex.type_label, dtype=np.int64),
        "category": np.asarray(ex.category_label, dtype=np.int64),
        "hedged": np.asarray(ex.hedged_label, dtype=np.int64),
        "role": np.asarray(ex.role_label, dtype=np.int64),
        "pair_amount": np.asarray(ex.pair_amount, dtype=np.int64),
    }


def example_scores(
    labels: Labels,
    ex: Examples,
    arrays: dict[str, Any],
    probs: tuple,
    thresholds: Optional[dict] = None,
    detection: str = "model",
    rule_types: Optional[list] = None,
    rule_bias: Optional[float] = None,
    rule_hedged: Optional[list] = None,
    rule_category: Optional[list] = None,
    rule_kept: Optional[dict] = None,
    rule_fixed: Sequence[str] = (),
    place_adjuncts: bool = False,
) -> dict[str, float]:
    """Scores on labelled examples, as the scorer counts them over the amounts the pipeline found:
    detection F1 over amounts, category and hedge accuracy over amounts that are claims on both
    sides, role F1 (gold roles no candidate reaches count as misses)."""
    forced = rule_types if detection == "rules" else None
    decisions = decode(
        labels,
        *probs,
        arrays["pair_amount"],
        thresholds,
        forced,
        ex.rule_votes if rule_bias is not None else None,
        rule_bias or 0.0,
        ex.pair_group or None,
        ex.aside(place_adjuncts) or None,
        rule_kept if rule_bias is not None else None,
        rule_fixed if rule_bias is not None else (),
    )
    if rule_hedged is not None:
        apply_rule_hedges(decisions, rule_hedged)
    if rule_category is not None:
        apply_rule_categories(decisions, rule_category, labels, probs[1])
    gold_t = arrays["type"]
    tp = n_pred = cat_ok = hed_ok = 0
    n_gold = int((gold_t > 0).sum())
    role_tp: dict[str, int] = {}
    role_pred: dict[str, int] = {}
    for a, d in enumerate(decisions):
        if d.type == "none":
            continue
        n_pred += 1
        for role in d.roles:
            role_pred[role] = role_pred.get(role, 0) + 1
        if labels.types[gold_t[a]] != d.type:
            continue
        tp += 1
        cat_ok += labels.categories[arrays["category"][a]] == d.category
        hed_ok += arrays["hedged"][a] == int(d.hedged)
        for role, p in d.roles.items():
            role_tp[role] = role_tp.get(role, 0) + _phrase_has(labels, arrays["role"], d.role_pairs.get(role, (p,)), role)
    out = {"detection_f1": prf(tp, n_pred, n_gold)["f1"], "category": cat_ok / tp if tp else 0.0, "hedged": hed_ok / tp if tp else 0.0}
    f1s = []
    for role in SCORED_ROLES:
        out[role] = prf(role_tp.get(role, 0), role_pred.get(role, 0), ex.reach.gold.get(role, 0))["f1"]
        f1s.append(out[role])
    out["roles_mean"] = sum(f1s) / len(f1s)
    out["objective"] = out["detection_f1"] + out["category"] + out["hedged"] + 2 * out["roles_mean"]
    return out


def _phrase_has(labels: Labels, role_y: np.ndarray, pairs: Any, role: str) -> bool:
    """Whether a part of a chosen phrase is the gold filler of ``role`` (the scorer counts overlap)."""
    return any(labels.roles[role_y[p]] == role for p in pairs)


def _batches(n: int, size: int, rng: np.random.Generator):  # type: ignore[no-untyped-def]
    order = rng.permutation(n)
    for i in range(0, n, size):
        yield order[i : i + size]


def train_relations(
    train: Union[str, Path],
    dev: Union[str, Path],
    output: Union[str, Path],
    *,
    init: Union[str, Path, None] = None,
    encoder: Optional[SpanEncoder] = None,
    max_steps: Optional[int] = None,
    seed: int = 0,
    progress: bool = True,
    settings: Optional[dict[str, Any]] = None,
) -> dict[str, Any]:
    """Train a relation model on gold JSONL ``train``, stop early and calibrate on ``dev``, save to ``output``.

    init: a saved model folder to continue from (fine-tuning); its feature table size, layer
        sizes, labels and encoder are kept, and :data:`FINE_TUNE_SETTINGS` apply: its decoding
        (temperatures, thresholds, the rules' prior, role scaling) is kept rather than refitted on a
        dev of a few documents, and its weights are early stopping's epoch 0.
        encoder: dense span vectors (None: sparse features only).
    max_steps: stop after this many updates. RETURNS: the record also written to ``scores.json``.
    """
    torch = _import_train_deps()
    from ..api import build_default_nlp
    from .model import make_torch_net

    t0 = time.perf_counter()
    given = dict(settings or {})
    settings = {**DEFAULT_SETTINGS, **(FINE_TUNE_SETTINGS if init is not None else {}), **given}
    labels = LABELS
    init_weights = None
    if init is not None:
        init_config, init_weights = read_model_folder(init)
        for key in ("n_buckets", "embed_dim", "hidden"):  # the shape of the saved weights
            settings[key] = init_config[key]
        for key in ("detection", "rule_bias", "hedged_from"):  # decoding: kept unless given
            if key not in given:
                settings[key] = init_config.get(key, settings[key])
        labels = Labels.from_dict(init_config["labels"])
        settings["role_scope"] = labels.role_scope
        init_encoder = init_config.get("encoder")
        if encoder is None and init_encoder:
            encoder = encoder_from_spec(init_encoder)
        elif encoder is not None and (not init_encoder or init_encoder.get("dim") != encoder.dim):
            raise ValueError(Errors.E108.format(path=init, found=init_encoder, expected=_spec(encoder)))
    elif settings["role_scope"] != labels.role_scope:
        labels = dataclasses.replace(labels, role_scope=str(settings["role_scope"]))
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)

    nlp = build_default_nlp()
    featurizer = Featurizer(int(settings["n_buckets"]))
    train_docs, dev_docs = read_gold(train), read_gold(dev)
    train_ex = build_examples(nlp, train_docs, featurizer, encoder, labels, progress)
    dev_ex = build_examples(nlp, dev_docs, featurizer, encoder, labels, progress)
    if not train_ex.amount_ids:
        raise ValueError(Errors.E104.format(path=train, reason="no money or count amounts found"))
    ta, da = _arrays(train_ex), _arrays(dev_ex)
    dense_dim = encoder.dim if encoder is not None else 0
    net = make_torch_net(
        int(settings["n_buckets"]), int(settings["embed_dim"]), dense_dim, int(settings["hidden"]),
        len(labels.types), len(labels.categories), len(labels.roles), float(settings["dropout"]),
    )  # fmt: skip
    if init_weights is not None:
        net.load_numpy_weights(init_weights)
    optimizer = torch.optim.Adam(net.parameters(), lr=float(settings["learn_rate"]), weight_decay=float(settings["weight_decay"]))
    smoothing = float(settings["label_smoothing"])
    ce = torch.nn.CrossEntropyLoss(reduction="sum", label_smoothing=smoothing)
    role_weight = torch.ones(len(labels.roles))
    role_weight[labels.roles.index("none")] = float(settings["none_weight"])
    ce_pair = torch.nn.CrossEntropyLoss(reduction="sum", weight=role_weight, label_smoothing=smoothing)
    per_amount = labels.role_scope == "amount"
    pair_loss = float(settings["pair_loss"]) if per_amount else 1.0
    role_columns = _role_columns(labels)
    pairs_of: list[list[int]] = [[] for _ in train_ex.amount_ids]
    for p, a in enumerate(train_ex.pair_amount):
        if ta["type"][a] > 0:  # roles are learnt from the pairs of gold claims only
            pairs_of[a].append(p)

    def tensors(ex: Examples, arr: dict[str, Any], amounts: np.ndarray, pairs: list[int]) -> tuple:
        remap = {int(a): i for i, a in enumerate(amounts)}
        a_flat, a_off = map(torch.from_numpy, flatten_bags([ex.amount_ids[a] for a in amounts]))
        p_flat, p_off = map(torch.from_numpy, flatten_bags([ex.pair_ids[p] for p in pairs]))
        return (
            a_flat, a_off, torch.from_numpy(arr["amount_vectors"][amounts]),
            p_flat, p_off, torch.from_numpy(arr["pair_vectors"][pairs] if pairs else arr["pair_vectors"][:0]),
            torch.tensor([remap[int(arr["pair_amount"][p])] for p in pairs], dtype=torch.long),
        )  # fmt: skip

    def dev_logits(model: RelationModel) -> Logits:
        return model.net.forward(dev_ex.amount_ids, da["amount_vectors"], dev_ex.pair_ids, da["pair_vectors"], dev_ex.pair_amount)

    def dev_scores(model: RelationModel, logits: Logits) -> dict[str, float]:
        return example_scores(
            labels,
            dev_ex,
            da,
            model.probabilities(logits),
            model.thresholds,
            model.detection,
            dev_ex.rule_type,
            model.rule_bias,
            dev_ex.rule_hedged if model.hedged_from == "rules" else None,
            dev_ex.rule_category if model.category_from == "rules" else None,
            model.rule_kept,
            model.rule_fixed,
            model.place_adjuncts,
        )

    config = {
        "kind": "claimex.relation_model",
        "features_version": FEATURES_VERSION,
        "claimex_version": __version__,
        "n_buckets": int(settings["n_buckets"]),
        "embed_dim": int(settings["embed_dim"]),
        "hidden": int(settings["hidden"]),
        "dense_dim": dense_dim,
        "detection": "model" if settings["detection"] == "tune" else settings["detection"],
        "rule_bias": 0.0 if isinstance(settings["rule_bias"], str) else settings["rule_bias"],
        "hedged_from": settings["hedged_from"],
        "category_from": "model" if settings["category_from"] == "tune" else settings["category_from"],
        "labels": labels.to_dict(),
        "encoder": _spec(encoder),
        "temperatures": {},
        "thresholds": {},
        "rule_fixed": list(settings["rule_fixed"]),
        "rule_kept": dict(settings["rule_kept"]),
        "rule_spans": bool(settings["rule_spans"]),
        "place_adjuncts": bool(settings["place_adjuncts"]),
    }
    keep_decoding = init is not None and settings["decoding"] == "keep"
    if keep_decoding:
        config.update({k: init_config[k] for k in _DECODING_KEYS if k in init_config})
    best: Optional[dict[str, Any]] = None
    steps, bad_epochs, history = 0, 0, []
    if init_weights is not None and settings["init_candidate"]:
        model = RelationModel(dict(config), net.numpy_weights(), encoder)
        scores = dev_scores(model, dev_logits(model))
        history.append({"epoch": 0, "steps": 0, **{k: round(v, 4) for k, v in scores.items()}})
        best = {"weights": net.numpy_weights(), "scores": scores, "epoch": 0}
    epochs = int(settings["max_epochs"])
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=max_steps or epochs * -(-len(train_ex.amount_ids) // int(settings["batch_amounts"])), desc="training", unit="step")
    for epoch in range(epochs):
        net.train()
        total = 0.0
        for amounts in _batches(len(train_ex.amount_ids), int(settings["batch_amounts"]), rng):
            pairs = [p for a in amounts for p in pairs_of[a]]
            inputs = tensors(train_ex, ta, amounts, pairs)
            t_type, t_cat, t_hed, t_role = net(*inputs)
            y_type = torch.from_numpy(ta["type"][amounts])
            y_cat = torch.from_numpy(ta["category"][amounts])
            y_hed = torch.from_numpy(ta["hedged"][amounts])
            claims = y_cat >= 0
            loss = ce(t_type, y_type)
            if claims.any():
                loss = loss + ce(t_cat[claims], y_cat[claims]) + ce(t_hed[claims], y_hed[claims])
            if pairs:
                y_role = torch.from_numpy(ta["role"][pairs])
                if pair_loss:
                    loss = loss + pair_loss * ce_pair(t_role, y_role)
                if per_amount:
                    allowed = torch.from_numpy(role_columns[ta["type"][amounts]])
                    heads = None
                    if settings["phrase_loss"]:  # each pair's phrase head, as an index into ``pairs``
                        local = {p: i for i, p in enumerate(pairs)}
                        heads = torch.tensor([local[train_ex.pair_group[p]] for p in pairs], dtype=torch.long)
                    loss = loss + amount_role_loss(torch, t_role, y_role, inputs[6], allowed, heads)
            optimizer.zero_grad()
            (loss / len(amounts)).backward()
            optimizer.step()
            total += float(loss.detach())
            steps += 1
            if bar is not None:
                bar.update(1)
            if max_steps is not None and steps >= max_steps:
                break
        net.eval()
        model = RelationModel(dict(config), net.numpy_weights(), encoder)
        scores = dev_scores(model, dev_logits(model))
        history.append({"epoch": epoch + 1, "steps": steps, "loss": round(total / max(1, len(ta["type"])), 4), **{k: round(v, 4) for k, v in scores.items()}})
        if bar is not None:
            bar.set_postfix(dev=round(scores["objective"], 3))
        if best is None or scores["objective"] > best["scores"]["objective"]:
            best = {"weights": net.numpy_weights(), "scores": scores, "epoch": epoch + 1}
            bad_epochs = 0
        else:
            bad_epochs += 1
        if bad_epochs >= int(settings["patience"]) or (max_steps is not None and steps >= max_steps):
            break
    if bar is not None:
        bar.close()
    assert best is not None
    # calibration on dev, then the dev scores of the calibrated model
    model = RelationModel(dict(config), best["weights"], encoder)
    logits = dev_logits(model)
    role_y = da["role"].copy()
    role_y[da["type"][da["pair_amount"]] == 0] = -1 if len(role_y) else role_y  # pairs of non-claims are no role data
    uncalibrated_nll = _nlls(logits, da, role_y, {h: 1.0 for h in ("type", "category", "hedged", "role")}, labels)
    if keep_decoding:  # the init model's temperatures, thresholds, priors and role scaling
        calibrated_nll = _nlls(logits, da, role_y, model.temperatures, labels)
    else:
        temperatures = model.calibrate(logits, da["type"], da["category"], da["hedged"], role_y)
        if labels.role_scope == "amount":
            from .calibrate import fit_temperature_by

            temperatures["role"] = model.temperatures["role"] = fit_temperature_by(
                lambda t: amount_role_nll(logits.role, da, labels, t)
            )
        calibrated_nll = _nlls(logits, da, role_y, temperatures, labels)
        config["temperatures"] = temperatures
        if settings["detection"] == "tune":
            config["detection"] = model.detection = _rules_or_model(model, "detection", "detection_f1", logits, dev_scores)
        # the rules' prior and the thresholds are fitted on the model's own decisions, without the
        # rule constraints: fitted under them (the rules' fillers then need no prior), the prior
        # drops and the bar for filling a role the rules leave empty on purpose falls with it (a
        # source across a paragraph break, a perpetrator named only before one)
        constraints = model.rule_kept, model.rule_fixed
        model.rule_kept, model.rule_fixed = {}, ()
        if settings["rule_bias"] == "tune":
            best_bias = max(_RULE_BIASES, key=lambda b: _with_bias(model, b, logits, dev_scores))
            config["rule_bias"] = model.rule_bias = best_bias
            config["thresholds"] = model.thresholds = _fit_thresholds(model, logits, dev_scores)
        elif settings["rule_bias"] == "tune_per_role":
            config["rule_bias"], config["thresholds"] = _fit_bias_and_thresholds(model, logits, dev_scores)
        else:
            config["thresholds"] = model.thresholds = _fit_thresholds(model, logits, dev_scores)
        model.rule_kept, model.rule_fixed = constraints
        config["role_scaling"] = model.role_scaling = _fit_role_scaling(model, labels, dev_ex, da, logits)
        if settings["category_from"] == "tune":
            config["category_from"] = model.category_from = _rules_or_model(model, "category_from", "category", logits, dev_scores)
    final = dev_scores(model, logits)

    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    write_weights(output, best["weights"])
    record = {
        "claimex_version": __version__,
        "created": datetime.datetime.now().isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - t0, 1),
        "train": {"path": str(train), "docs": train_ex.n_docs, "amounts": len(ta["type"]), "pairs": len(ta["role"]), "reachable_roles": {r: round(train_ex.reach.share(r), 4) for r in train_ex.reach.gold}},
        "dev": {"path": str(dev), "docs": dev_ex.n_docs, "amounts": len(da["type"]), "reachable_roles": {r: round(dev_ex.reach.share(r), 4) for r in dev_ex.reach.gold}},
        "init": str(init) if init else None,
        "seed": seed,
        "settings": settings,
        "best_epoch": best["epoch"],
        "steps": steps,
        "dev_example_scores": {k: round(v, 4) for k, v in final.items()},
        "dev_nll": {"uncalibrated": uncalibrated_nll, "calibrated": calibrated_nll},
        "history": history,
        "versions": _versions(),
    }
    config["training"] = {k: record[k] for k in ("created", "seed", "init", "best_epoch", "steps")}
    (output / "config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not keep_decoding and settings["field_scaling"] == "train":
        from .field_scaling import fit_field_scaling

        record["field_scaling"] = fit_field_scaling(output, train)
    (output / "scores.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def _rules_or_model(model: RelationModel, attribute: str, score: str, logits: Logits, dev_scores: Any) -> str:
    """"rules" when the rule stage's decision scores at least as well on dev as the model's
    (``attribute`` of the model says whose decision counts, ``score`` names the dev figure), else
    "model". The rules read cue scope, clause structure and the paragraph's topic, which hashed
    features blur; a tie goes to them, the baseline the model must beat."""
    scores = {}
    for source in ("model", "rules"):
        setattr(model, attribute, source)
        scores[source] = dev_scores(model, logits)[score]
    return "rules" if scores["rules"] >= scores["model"] else "model"


#: The config entries that say how a model's probabilities become decisions (fitted on dev).
_DECODING_KEYS = (
    "detection", "rule_bias", "hedged_from", "category_from", "temperatures", "thresholds", "role_scaling", "role_bins",
    "rule_fixed", "rule_kept", "rule_spans", "place_adjuncts", "field_scaling",
)  # fmt: skip

#: Role thresholds tried on dev: a role is filled when its calibrated probability passes it.
_THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


#: How much the rules' choice of a role filler counts, tried on dev (0: the rules' vote is only a feature).
_RULE_BIASES = (0.0, 0.1, 0.2, 0.3, 0.4)


def _with_bias(model: RelationModel, bias: float, logits: Logits, dev_scores: Any) -> float:
    model.rule_bias = bias
    model.thresholds = _fit_thresholds(model, logits, dev_scores)
    return dev_scores(model, logits)["roles_mean"]


def _fit_bias_and_thresholds(model: RelationModel, logits: Logits, dev_scores: Any) -> tuple[dict[str, float], dict[str, float]]:
    """Per role, the rules' prior and the threshold of best dev F1 (the other roles held; two
    rounds): how far the model must be surer than the rules to override them differs by role."""
    roles = SCORED_ROLES
    biases = {r: 0.0 for r in roles}
    thresholds = {r: 0.5 for r in roles}
    for _ in range(2):
        for role in roles:
            best, best_f1 = (biases[role], thresholds[role]), -1.0
            for b in _RULE_BIASES:
                for t in _THRESHOLDS:
                    model.rule_bias, model.thresholds = {**biases, role: b}, {**thresholds, role: t}
                    f1 = dev_scores(model, logits)[role]
                    if f1 > best_f1 + 1e-9:
                        best, best_f1 = (b, t), f1
            biases[role], thresholds[role] = best
    model.rule_bias, model.thresholds = dict(biases), dict(thresholds)
    return dict(biases), dict(thresholds)


def _fit_thresholds(model: RelationModel, logits: Logits, dev_scores: Any) -> dict[str, float]:
    """Per role, the threshold of best dev F1 (the others held), two rounds; F1 counts a filled
    role wrongly filled as a miss and a false alarm, so 0.5 is rarely best."""
    thresholds = {r: 0.5 for r in SCORED_ROLES}
    for _ in range(2):
        for role in thresholds:
            best_t, best_f1 = thresholds[role], -1.0
            for t in _THRESHOLDS:
                model.thresholds = {**thresholds, role: t}
                f1 = dev_scores(model, logits)[role]
                if f1 > best_f1 + 1e-9:
                    best_t, best_f1 = t, f1
            thresholds[role] = best_t
    return thresholds


def _fit_role_scaling(model: RelationModel, labels: Labels, ex: Examples, da: dict[str, Any], logits: Logits) -> dict[str, list[float]]:
    """Per role, Platt scaling (:func:`.calibrate.fit_platt`) of the decoded role confidence to
    how often the role is right (filled with the gold filler, or empty where gold is empty) on
    dev claims found with their type: the thresholds and the rules' prior move the decided roles
    away from the temperature-scaled probabilities."""
    from .calibrate import fit_platt

    model.role_scaling, model.role_bins = {}, {}
    decisions = decode(
        labels,
        *model.probabilities(logits),
        da["pair_amount"],
        model.thresholds,
        None,
        ex.rule_votes if model.rule_bias is not None else None,
        model.rule_bias or 0.0,
        ex.pair_group or None,
        ex.aside(model.place_adjuncts) or None,
        model.rule_kept if model.rule_bias is not None else None,
        model.rule_fixed if model.rule_bias is not None else (),
    )
    seen: dict[str, tuple[list[float], list[bool]]] = {}
    for a, d in enumerate(decisions):
        if d.type == "none" or labels.types[da["type"][a]] != d.type:
            continue
        for role, conf in d.role_probability.items():
            p = d.roles.get(role)
            right = _phrase_has(labels, da["role"], d.role_pairs.get(role, (p,)), role) if p is not None else role not in ex.gold_roles[a]
            c, k = seen.setdefault(role, ([], []))
            c.append(conf)
            k.append(bool(right))
    return {role: list(fit_platt(c, k)) for role, (c, k) in sorted(seen.items())}


def _nlls(logits: Logits, da: dict[str, Any], role_y: np.ndarray, temperatures: dict[str, float], labels: Labels) -> dict[str, float]:
    from .calibrate import nll

    out = {}
    for head, z, y in (("type", logits.type, da["type"]), ("category", logits.category, da["category"]), ("hedged", logits.hedged, da["hedged"]), ("role", logits.role, role_y)):
        keep = y >= 0
        out[head] = round(nll(z[keep], y[keep], temperatures[head]), 4)
    if labels.role_scope == "amount":
        out["role"] = round(amount_role_nll(logits.role, da, labels, temperatures["role"]), 4)
    return out


def _role_columns(labels: Labels) -> np.ndarray:
    """Per claim type index, which role columns (roles without "none") its claims may fill."""
    out = np.zeros((len(labels.types), len(labels.roles) - 1), dtype=bool)
    for t, name in enumerate(labels.types):
        for role in labels.type_roles.get(name, ()):
            out[t, labels.roles.index(role) - 1] = True
    return out


def amount_role_loss(torch: Any, role_logits: Any, y_role: Any, pair_local: Any, allowed: Any, pair_head: Any = None) -> Any:
    """Summed negative log likelihood of the per-amount role softmax (see :func:`.decode.amount_softmax`).

    role_logits (P, R): per-pair logits, pairs grouped amount by amount in order; y_role (P,): the
    gold role index of each pair (0: none); pair_local (P,): each pair's amount in the batch;
    allowed (A, R-1): the role columns each amount's gold claim may fill (others are no data).
    A role's target is its gold candidate, or the "none" slot (score 0) where no candidate has it.
    pair_head (P,) or None: the pair heading each pair's noun phrase (:func:`.candidates.phrase_groups`);
    with it the target is the gold candidate's whole phrase (the summed probability of its parts).
    """
    n_amounts, n_cols = allowed.shape
    scores_by_pair = role_logits[:, 1:] - role_logits[:, :1]
    counts = torch.bincount(pair_local, minlength=n_amounts)
    starts = torch.cumsum(counts, 0) - counts
    slot = torch.arange(len(pair_local)) - starts[pair_local] + 1
    width = int(counts.max()) + 1 if len(pair_local) else 1
    scores = torch.full((n_amounts, width, n_cols), float("-inf"), dtype=role_logits.dtype)
    scores[:, 0, :] = 0.0
    scores = scores.index_put((pair_local, slot), scores_by_pair)
    log_p = torch.log_softmax(scores, dim=1)
    filled = y_role > 0
    if pair_head is None:
        target = torch.zeros((n_amounts, n_cols), dtype=torch.long)
        target[pair_local[filled], y_role[filled] - 1] = slot[filled]
        picked = log_p.gather(1, target.unsqueeze(1)).squeeze(1)
        return -picked[allowed].sum()
    head_role = torch.zeros((len(pair_local), n_cols), dtype=torch.bool)
    head_role[pair_head[filled], y_role[filled] - 1] = True
    positive = torch.zeros((n_amounts, width, n_cols), dtype=torch.bool)
    positive[:, 0, :] = True
    positive[pair_local[filled], 0, y_role[filled] - 1] = False  # a candidate has the role
    positive = positive.index_put((pair_local, slot), head_role[pair_head])
    picked = torch.logsumexp(log_p.masked_fill(~positive, float("-inf")), dim=1)
    return -picked[allowed].sum()


def amount_role_nll(role_logits: np.ndarray, da: dict[str, Any], labels: Labels, temperature: float) -> float:
    """Mean negative log likelihood of the per-amount role softmax on labelled examples (dev)."""
    from .decode import amount_softmax, softmax

    if not len(role_logits):
        return 0.0
    q = amount_softmax(softmax(role_logits, temperature), da["pair_amount"], len(da["type"]))
    columns = _role_columns(labels)
    gold_claim = da["type"] > 0
    sums = np.zeros((len(da["type"]), q.shape[1] - 1))
    np.add.at(sums, da["pair_amount"], q[:, 1:])
    target = 1.0 - sums  # the "none" slot, where no pair has the role
    y = da["role"]
    has = y > 0
    target[da["pair_amount"][has], y[has] - 1] = q[has, y[has]]
    keep = columns[da["type"]] & gold_claim[:, None]
    return float(-np.log(np.clip(target[keep], 1e-12, 1.0)).mean()) if keep.any() else 0.0


def _spec(encoder: Optional[SpanEncoder]) -> Optional[dict[str, Any]]:
    if encoder is None:
        return None
    spec = getattr(encoder, "spec", None)
    return spec() if callable(spec) else {"kind": type(encoder).__name__, "dim": encoder.dim}


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for name in ("spacy", "numpy", "torch", "safetensors", "datasets"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            pass
    return out
