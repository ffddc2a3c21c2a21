"""A saved relation model at work on a doc: featurize, numpy forward pass, calibrated
probabilities, joint decoding, :class:`~claimex.pipeline.relations.ClaimDecision` out."""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence, Union

import numpy as np
from spacy.tokens import Doc, Span

from ..lang.de import words
from ..pipeline.relations import ClaimDecision
from .calibrate import apply_bins, apply_platt, fit_temperature
from .candidates import CANDIDATE_ROLES, Candidate
from .dataset import Labels
from .decode import AmountDecision, decode, softmax
from .encoders import SpanEncoder, encoder_from_spec
from .features import FEATURES_VERSION, AmountBatch, Featurizer
from .field_scaling import FIELD_SCALING_KEY, apply_field_scaling, scaling_key
from .network import Logits, NumpyRelationNet, read_model_folder
from .rule_constraints import adopt_rule_spans, apply_settled_roles, place_adjuncts
from .transfer import TRANSFER_KEY, apply_transfer

__all__ = ["RelationModel", "HEADS", "apply_rule_hedges"]


def apply_rule_hedges(decisions: Sequence[AmountDecision], rule_hedged: Sequence[Optional[bool]]) -> None:
    """The rule stage's hedge where it decided one (its hedge scope reads clause structure the
    model does not see); the model's probability of that value stays the confidence."""
    for d, hedged in zip(decisions, rule_hedged):
        if d.type == "none" or hedged is None or hedged == d.hedged:
            continue
        d.hedged = hedged
        d.hedged_probability = 1.0 - d.hedged_probability


def apply_rule_categories(
    decisions: Sequence[AmountDecision], rule_categories: Sequence[Optional[str]], labels: Labels, p_category: np.ndarray
) -> None:
    """The rule stage's category where it gave one of the decided type (``category_from: rules``,
    chosen on dev when the rules' cue scopes measure better); the confidence stays the model's
    probability of that category among the type's categories."""
    for a, (d, category) in enumerate(zip(decisions, rule_categories)):
        if d.type == "none" or category is None or category == d.category:
            continue
        allowed = labels.type_categories.get(d.type, [])
        if category not in allowed:
            continue
        row = np.asarray([p_category[a, labels.categories.index(c)] for c in allowed], dtype=np.float64)
        d.category = category
        d.category_probability = float(row[allowed.index(category)] / row.sum()) if row.sum() > 0 else 0.0


#: mention kinds that can write a document or make a statement
_AUTHOR_KINDS = frozenset({"person", "organisation", "group", "place"})


def _author_of(doc: Doc, chosen: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """The author of a chosen document mention when the text names it right after ("die Analyse
    von X", "der Bericht des Y"; the rule stage's statement owners): who says so is the author,
    not the paper; else ``chosen``."""
    if chosen.kind != "document" or chosen.at_end >= len(doc) or doc[chosen.at_end].lower_ not in words("statement_owners"):
        return chosen
    for c in candidates:
        if c.at_start == chosen.at_end + 1 and c.kind in _AUTHOR_KINDS:
            return c
    return chosen


#: brackets that a phrase's last part may leave open ("Geheimdienst (NIS" + ")")
_OPENING, _CLOSING = frozenset({"(", "["}), frozenset({")", "]"})

HEADS = ("type", "category", "hedged", "role")


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    """The BLAS thread pools of this process (found once: the search reads every loaded library)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def single_threaded_blas() -> AbstractContextManager:
    """BLAS on one thread for the ``with`` block.

    One doc's matrices are a few dozen rows: a BLAS thread pool splits such a product over the
    cores, and its threads then spin idle waiting for more work, which on a loaded or one-core
    machine costs several times the product's own CPU time. Each row's result is the same.
    """
    return _blas_controller().limit(limits=1, user_api="blas")


class RelationModel:
    """Weights, config, featurizer and encoder of one saved model (see :meth:`load`)."""

    def __init__(self, config: dict[str, Any], weights: dict[str, np.ndarray], encoder: Optional[SpanEncoder] = None):
        self.config = config
        self.labels = Labels.from_dict(config["labels"])
        self.net = NumpyRelationNet(weights)
        self.featurizer = Featurizer(int(config["n_buckets"]))
        self.encoder = encoder
        self.temperatures: dict[str, float] = {h: float(config.get("temperatures", {}).get(h, 1.0)) for h in HEADS}
        self.thresholds: dict[str, float] = dict(config.get("thresholds", {}))
        self.detection: str = config.get("detection", "model")
        self.rule_bias: Optional[float] = config.get("rule_bias")
        self.hedged_from: str = config.get("hedged_from", "model")
        self.category_from: str = config.get("category_from", "model")
        self.role_bins: dict[str, list[float]] = dict(config.get("role_bins", {}))
        self.role_scaling: dict[str, list[float]] = dict(config.get("role_scaling", {}))
        #: field and role state -> Platt scaling of the output (:mod:`.field_scaling`); none: identity
        self.field_scaling: dict[str, list[float]] = dict(config.get(FIELD_SCALING_KEY, {}))
        #: field -> Platt scaling for writers the model never read (:mod:`.transfer`); none: identity
        self.transfer_scaling: dict[str, list[float]] = dict(config.get(TRANSFER_KEY, {}))
        #: role -> floor: a role the rules filled keeps their phrase unless the model is surer
        #: (:func:`.decode.decode`'s ``rule_kept``); the roles the rules decide, filled or empty
        self.rule_kept: dict[str, float] = dict(config.get("rule_kept", {}))
        self.rule_fixed: tuple[str, ...] = tuple(config.get("rule_fixed", ()))
        #: write the rules' span of a role where the model chose the same party, and the roles the
        #: rules' evidence settles (:mod:`.rule_constraints`)
        self.rule_spans: bool = bool(config.get("rule_spans", False))
        #: a place adjunct ("in den Niederlanden") takes no party role the rules did not give it
        self.place_adjuncts: bool = bool(config.get("place_adjuncts", False))

    @classmethod
    def load(cls, path: Union[str, Path]) -> "RelationModel":
        """The model saved in ``path`` (``config.json``, ``model.safetensors``); raises E100-E102, E105."""
        from ..errors import Errors

        config, weights = read_model_folder(path)
        found = config.get("features_version")
        if found != FEATURES_VERSION:
            raise ValueError(Errors.E102.format(path=path, found=found, expected=FEATURES_VERSION))
        try:
            model = cls(config, weights, encoder_from_spec(config.get("encoder")))
        except (KeyError, TypeError) as e:
            raise ValueError(Errors.E101.format(path=path, reason=f"config.json lacks or garbles {e}")) from e
        except ValueError as e:
            if "[E10" in str(e):
                raise
            raise ValueError(Errors.E101.format(path=path, reason=e)) from e
        return model

    def logits(self, batch: AmountBatch) -> Logits:
        with single_threaded_blas():
            return self.net.forward(
                batch.amount_features,
                batch.amount_vectors,
                batch.pair_features,
                batch.pair_vectors,
                batch.pair_amount,
                batch.mention_features,
                batch.pair_mention,
            )

    def probabilities(self, logits: Logits) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        t = self.temperatures
        return (
            softmax(logits.type, t["type"]),
            softmax(logits.category, t["category"]),
            softmax(logits.hedged, t["hedged"]),
            softmax(logits.role, t["role"]) if len(logits.role) else logits.role,
        )

    def calibrate(self, logits: Logits, type_y: np.ndarray, cat_y: np.ndarray, hedged_y: np.ndarray, role_y: np.ndarray) -> dict[str, float]:
        """Fit one temperature per head on labelled logits (dev); -1 labels are left out."""
        for head, z, y in (
            ("type", logits.type, type_y),
            ("category", logits.category, cat_y),
            ("hedged", logits.hedged, hedged_y),
            ("role", logits.role, role_y),
        ):
            keep = y >= 0
            self.temperatures[head] = fit_temperature(z[keep], y[keep])
        self.config["temperatures"] = dict(self.temperatures)
        return dict(self.temperatures)

    def forced_types(self, batch: AmountBatch) -> Optional[list[str]]:
        """The claim type of each amount when the rules detect claims (``detection: rules``), else None."""
        if self.detection == "rules":
            return [r.type if r is not None else "none" for r in batch.rule]
        return None

    def claim_amounts(self, batch: AmountBatch) -> list[bool]:
        """Which amounts of ``batch`` (its amounts only, no pairs yet) :func:`.decode.decode` will
        make claims: the others' pairs are never read, so they are neither built nor scored.

        The type head reads the amount features only, so its probabilities here are those that
        the decoding of the whole batch sees.
        """
        forced = self.forced_types(batch)
        if forced is not None:
            return [t != "none" for t in forced]
        with single_threaded_blas():
            logits = self.net.forward(batch.amount_features, batch.amount_vectors, [], batch.pair_vectors, [])
        none = self.labels.types.index("none")
        return [int(row.argmax()) != none for row in softmax(logits.type, self.temperatures["type"])]

    def decide_batch(self, batch: AmountBatch) -> list[AmountDecision]:
        probs = self.probabilities(self.logits(batch))
        forced = self.forced_types(batch)
        votes = batch.rule_votes if self.rule_bias is not None else None
        decisions = decode(
            self.labels, *probs, batch.pair_amount, self.thresholds, forced, votes, self.rule_bias or 0.0, batch.pair_group,
            self.aside(batch),
            self.rule_kept if votes is not None else None,
            self.rule_fixed if votes is not None else (),
        )
        if self.hedged_from == "rules":
            apply_rule_hedges(decisions, [r.hedged if r is not None else None for r in batch.rule])
        if self.category_from == "rules":
            apply_rule_categories(decisions, [r.category if r is not None else None for r in batch.rule], self.labels, probs[1])
        self.calibrate_roles(decisions)
        return decisions

    def aside(self, batch: AmountBatch) -> list[bool]:
        """Per pair, its candidate stands aside from the parties (:func:`.decode.decode`): in the
        rules' source phrase, or (``place_adjuncts``) a place adjunct."""
        if not self.place_adjuncts or not batch.amounts:
            return batch.in_source_phrase
        places = place_adjuncts(batch.amounts[0].doc, batch.candidates)
        return [s or p for s, p in zip(batch.in_source_phrase, places)]

    def calibrate_roles(self, decisions: Sequence[AmountDecision]) -> None:
        """Role confidences through the Platt scaling fitted on dev (``role_scaling``, see
        :func:`.calibrate.fit_platt`), or a binning table (``role_bins``, models before it)."""
        if not self.role_scaling and not self.role_bins:
            return
        for d in decisions:
            for role, p in d.role_probability.items():
                if role in self.role_scaling:
                    d.role_probability[role] = apply_platt(self.role_scaling[role], p)
                elif role in self.role_bins:
                    d.role_probability[role] = apply_bins(self.role_bins[role], p)

    def decide(self, doc: Doc, rule_decisions: Sequence[ClaimDecision]) -> list[ClaimDecision]:
        """The claims of ``doc``: the rule stage's decisions (``rule_decisions``) give features and
        the spans the model does not decide (trigger, time, location)."""
        batch = self.featurizer.featurize(
            doc, rule_decisions, self.encoder, pairs_for=self.claim_amounts, rule_claims_only=self.detection == "rules"
        )
        if not batch.amounts:
            return []
        out = []
        for amount, rule, d in zip(batch.amounts, batch.rule, self.decide_batch(batch)):
            if d.type == "none":
                continue
            out.append(self._recalibrated(self._claim_decision(doc, amount, rule, d, batch)))
        return out

    def _recalibrated(self, decision: ClaimDecision) -> ClaimDecision:
        """The decision's confidences through the output scaling per field and role state
        (``field_scaling``, :mod:`.field_scaling`), then moved to how often they are right on
        unseen writers (``transfer_scaling``, :mod:`.transfer`); unchanged for a model without them."""
        if self.field_scaling:
            fields = self.field_scaling
            decision.confidence = apply_field_scaling(fields, "claim", decision.confidence)
            decision.field_confidence = {
                k: round(apply_field_scaling(fields, scaling_key(k, decision.roles.get(k) is not None), v), 4)
                for k, v in decision.field_confidence.items()
            }
        scaling = self.transfer_scaling
        if scaling:
            decision.confidence = round(apply_transfer(scaling, "claim", decision.confidence), 4)
            decision.field_confidence = {
                k: round(apply_transfer(scaling, k, v), 4) for k, v in decision.field_confidence.items()
            }
        return decision

    def _claim_decision(
        self, doc: Doc, amount: Span, rule: Optional[ClaimDecision], d: AmountDecision, batch: AmountBatch
    ) -> ClaimDecision:
        kept = {k: v for k, v in (rule.roles if rule is not None and rule.type == d.type else {}).items() if k in ("trigger", "time", "location")}
        roles: dict[str, Optional[Span]] = dict(kept)
        for role in CANDIDATE_ROLES:
            p = d.roles.get(role)
            if p is None:
                roles[role] = None
                continue
            phrase = [batch.candidates[m] for m in d.role_pairs.get(role, (p,))]
            if len(phrase) > 1:  # the whole noun phrase its parts make ("Geheimdienst (NIS)")
                start, end = min(c.start for c in phrase), max(c.end for c in phrase)
                if end < len(doc) and doc[end].text in _CLOSING and any(t.text in _OPENING for t in doc[start:end]):
                    end += 1
                roles[role] = doc[start:end]
            else:
                c = _author_of(doc, batch.candidates[p], batch.candidates)
                roles[role] = doc[c.start : c.end]
        field_confidence = {"category": d.category_probability, "hedged": d.hedged_probability}
        field_confidence.update(d.role_probability)
        decision = ClaimDecision(
            amount=amount,
            type=d.type,
            category=str(d.category),
            evidence=f"model.{d.type}",
            hedged=d.hedged,
            roles=roles,
            confidence=d.type_probability,
            field_confidence={k: round(float(v), 4) for k, v in field_confidence.items()},
        )
        if self.rule_spans and rule is not None and rule.type == d.type:
            apply_settled_roles(decision, rule)
            adopt_rule_spans(decision, rule)
        return decision
