"""The last calibration of a model's confidences: one Platt scaling per field and role state,
fitted on the model's own output (claims matched to gold) over held-out-for-the-rules documents.

Why not dev alone: the rule stages, whose decisions the model keeps for most roles (all sources,
nearly every agent), are tuned on dev every stop, so a role is right more often on dev than on
any other text (agent: 0.77 on dev, 0.70 on train, whose writers the rules were not fitted to).
Confidences calibrated on dev are then too sure elsewhere (ECE agent 0.100, source 0.082 on
train). Fitted on the training documents instead (the model read them, but its role decisions
follow the rules), the scaling carries to writers left out of the fit (writer-grouped
cross-validation on train: agent 0.042, source 0.036).

Why per role state: a filled role and an empty one are right for different reasons (a filled
role must hit the gold span; an empty one only needs gold to be empty), and one scaling for both
leaves the filled roles too unsure and the empty ones too sure (dev: agent filled right 0.74 at
confidence 0.66, empty right 0.79 at 0.82). The keys are the field name (``claim``,
``category``, ``hedged``) and ``<role>|filled`` / ``<role>|empty``.

Applied after the dev calibration (temperatures, ``role_scaling``) and before the optional
recalibration for unseen writers (:mod:`.transfer`); written as ``field_scaling`` in
``config.json`` by :func:`fit_field_scaling` (``claimex train relations`` calls it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence, Union

from ..scoring.calibration import CONFIDENCE_FIELDS, reliability
from ..scoring.fields import field_right, value_right
from ..scoring.matching import match_claims
from .calibrate import apply_platt, fit_platt
from .candidates import CANDIDATE_ROLES
from .dataset import read_gold

__all__ = ["FIELD_SCALING_KEY", "scaling_key", "apply_field_scaling", "field_samples", "fit_field_scaling"]

#: The key of the scaling in a model's ``config.json``: scaling key -> [a, b].
FIELD_SCALING_KEY = "field_scaling"

Samples = dict[str, tuple[list[float], list[bool]]]


def scaling_key(name: str, filled: Optional[bool] = None) -> str:
    """The scaling key of confidence field ``name``; a role's key says whether it is filled."""
    if name in CANDIDATE_ROLES and filled is not None:
        return f"{name}|{'filled' if filled else 'empty'}"
    return name


def apply_field_scaling(scaling: Mapping[str, Sequence[float]], key: str, confidence: float) -> float:
    """``confidence`` through the scaling of ``key`` (unchanged when the model has none for it)."""
    found = scaling.get(key)
    return confidence if found is None else apply_platt(found, confidence)


def field_samples(docs: Sequence[dict[str, Any]], extract: Any) -> Samples:
    """(confidence, right) samples per scaling key of ``extract``'s claims on gold ``docs``, as
    :mod:`claimex.scoring.calibration` judges them (a claim: it matches gold with the gold value;
    a field of a matched claim: it equals gold). Only the confidences a claim gives are sampled."""
    samples: Samples = {}

    def add(key: str, confidence: float, right: bool) -> None:
        c, k = samples.setdefault(key, ([], []))
        c.append(float(confidence))
        k.append(bool(right))

    for doc in docs:
        claims = extract(doc["text"])
        pred = [dict(c.to_dict(), field_confidence=c.field_confidence or {}) for c in claims]
        pairs = match_claims(doc["claims"], pred)
        right = {id(p) for g, p in pairs if value_right(g, p)}
        for p in pred:
            if p.get("confidence") is not None:
                add("claim", p["confidence"], id(p) in right)
        for g, p in pairs:
            for name in CONFIDENCE_FIELDS:
                own = p["field_confidence"].get(name)
                if own is not None:
                    add(scaling_key(name, p.get(name) is not None), own, field_right(g, p, name))
    return samples


def fit_field_scaling(model_dir: Union[str, Path], gold: Union[str, Path]) -> dict[str, Any]:
    """Fit the scaling on the model's output over the gold JSONL ``gold`` (its confidences before
    any earlier ``field_scaling`` or ``transfer_scaling``) and write it into ``model_dir``'s
    ``config.json``. RETURNS: the scaling and, per key, the number of samples and the ECE on
    them before and after (in-sample)."""
    from ..api import load

    extractor = load(model_dir)
    stage = extractor.nlp.get_pipe("claimex_relations")
    model = getattr(stage, "model", None)
    if model is None:
        raise ValueError(f"{model_dir} holds no relation model")
    model.field_scaling, model.transfer_scaling = {}, {}
    samples = field_samples(read_gold(gold), extractor.extract)
    scaling = {key: [round(v, 6) for v in fit_platt(c, k)] for key, (c, k) in sorted(samples.items())}
    figures = {}
    for key, (c, k) in sorted(samples.items()):
        after = [apply_field_scaling(scaling, key, x) for x in c]
        figures[key] = {
            "n": len(c),
            "before": round(reliability(c, k)["ece"], 4),
            "after": round(reliability(after, k)["ece"], 4),
        }
    config_path = Path(model_dir) / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config[FIELD_SCALING_KEY] = scaling
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"gold": str(gold), "scaling": scaling, "ece_in_sample": figures}
