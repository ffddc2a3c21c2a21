"""Joint decoding: from probabilities to claims, categories, hedges and role fillers.

Per amount: the most probable claim type ("none" is no claim); the most probable category among
those of that type; hedged when its probability passes one half. Roles: every (phrase, role)
whose probability passes the role's threshold is a proposal; proposals are taken most probable
first, so each role gets at most one filler per claim and each phrase at most one role;
"none" wins where no proposal passes. A phrase is one candidate or several that the mention
layer cut out of one noun phrase ("südkoreanische" + "Geheimdienst" + "NIS"): their
probabilities of a role add up, so the role is not lost by splitting it between the parts.

A model whose labels say ``role_scope == "amount"`` was trained with one softmax per amount and
role over its candidates and a "none" slot (the candidates compete); its per-pair probabilities
are turned into that distribution first (:func:`amount_softmax`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence, Union

import numpy as np

from .dataset import Labels

__all__ = ["AmountDecision", "PARTY_ROLES", "amount_softmax", "decode", "softmax"]

#: The roles a candidate in the phrase of the rules' source cannot take unless the rules gave it them.
PARTY_ROLES = ("agent", "recipient")


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def amount_softmax(p_role: np.ndarray, pair_amount: Sequence[int], n_amounts: int) -> np.ndarray:
    """Per amount and role, the probability of each candidate against the others and "none".

    The per-pair softmax keeps each role's odds against the pair's "none" column,
    ``p[r] / p[none] = exp((z_r - z_none) / T)``; the amount's softmax over its candidates, with a
    "none" slot of score 0, is ``odds / (1 + sum of the amount's odds)``. Column 0 is left as it
    is (the amount's "none" is one minus the column sum over its pairs).
    """
    if not len(p_role):
        return p_role
    p = np.asarray(p_role, dtype=np.float64)
    odds = p[:, 1:] / np.maximum(p[:, :1], 1e-300)
    index = np.asarray(pair_amount, dtype=np.int64)
    sums = np.zeros((n_amounts, odds.shape[1]))
    np.add.at(sums, index, odds)
    out = p.copy()
    out[:, 1:] = odds / (1.0 + sums[index])
    return out


def _bias_of(rule_bias: Union[float, Mapping[str, float]], role: str) -> float:
    return float(rule_bias.get(role, 0.0)) if isinstance(rule_bias, Mapping) else float(rule_bias)


@dataclass
class AmountDecision:
    """What the model decided for one amount (indices into the batch's pairs)."""

    type: str
    type_probability: float
    category: Optional[str] = None
    category_probability: float = 0.0
    hedged: bool = False
    hedged_probability: float = 0.0
    roles: dict[str, int] = field(default_factory=dict)  # role -> pair index (the likeliest part of the phrase)
    role_pairs: dict[str, tuple[int, ...]] = field(default_factory=dict)  # role -> the pairs of its whole phrase
    role_probability: dict[str, float] = field(default_factory=dict)  # that the role is right, filled or empty


def decode(
    labels: Labels,
    p_type: np.ndarray,
    p_category: np.ndarray,
    p_hedged: np.ndarray,
    p_role: np.ndarray,
    pair_amount: Sequence[int],
    thresholds: Optional[dict[str, float]] = None,
    forced_types: Optional[Sequence[Optional[str]]] = None,
    rule_votes: Optional[Sequence[Sequence[str]]] = None,
    rule_bias: Union[float, Mapping[str, float]] = 0.0,
    pair_group: Optional[Sequence[int]] = None,
    in_source_phrase: Optional[Sequence[bool]] = None,
) -> list[AmountDecision]:
    """One :class:`AmountDecision` per amount row of the probabilities.

    forced_types: a claim type per amount that overrides the type head (None keeps it), e.g.
        the rule stage's detection.
    rule_votes: per pair, the roles the rule stage gave its candidate. With them the rules are
        a prior: a candidate the rules chose for a role gets ``rule_bias`` added to its
        probability, and a role the rules left empty needs ``rule_bias`` more than its threshold
        to be filled. The model overrides the rules where it is sure, and follows them where not.
        One number for every role, or a number per role (fitted on dev: the rules are surer of
        some roles than of others).
    pair_group: per pair, the first pair of its noun phrase (:func:`.candidates.phrase_groups`);
        the parts of one phrase are decided as one candidate. None: every pair on its own.
    in_source_phrase: per pair, its candidate lies in the phrase of the rules' source ("laut der
        Analyse von A von der X-Universität", "eine Untersuchung, beauftragt von der Y-Stiftung,
        zeigt"): such a phrase takes none of :data:`PARTY_ROLES` that the rules did not give it
        (it reports the claim; the clause names the parties).
    """
    thresholds = thresholds or {}
    per_amount = getattr(labels, "role_scope", "pair") == "amount"
    if per_amount:
        p_role = amount_softmax(p_role, pair_amount, p_type.shape[0])
    n_amounts = p_type.shape[0]
    phrases = _Phrases(p_role, pair_amount, pair_group, rule_votes, n_amounts, labels.roles, per_amount)
    bias = np.asarray([_bias_of(rule_bias, r) for r in labels.roles])
    score = phrases.prob + bias * phrases.voted if rule_votes is not None else phrases.prob
    # a role the rules left empty needs the rules' prior more than its threshold
    needed = np.asarray([thresholds.get(r, 0.5) for r in labels.roles])[None, :] + (
        bias * ~phrases.amount_voted[phrases.amount] if rule_votes is not None else 0.0
    )
    if in_source_phrase is not None and len(in_source_phrase):
        speaking = np.zeros(len(phrases.amount), dtype=bool)
        np.logical_or.at(speaking, phrases.of_pair, np.asarray(in_source_phrase, dtype=bool))
        score = np.array(score, dtype=np.float64)
        for r, role in enumerate(labels.roles):
            if role in PARTY_ROLES:
                score[speaking & ~phrases.voted[:, r], r] = -np.inf
    # per amount, its passing (score, probability, role column, phrase), read out in one go
    passing: dict[int, list[tuple[float, float, int, int]]] = {}
    gs, rs = np.nonzero(score >= needed)
    for a, s, p, r, g in zip(
        phrases.amount[gs].tolist(), score[gs, rs].tolist(), phrases.prob[gs, rs].tolist(), rs.tolist(), gs.tolist()
    ):
        passing.setdefault(a, []).append((s, p, r, g))
    out = []
    for a in range(n_amounts):
        t = int(p_type[a].argmax())
        type_name = labels.types[t]
        if forced_types is not None and forced_types[a] is not None:
            type_name = forced_types[a]
            t = labels.types.index(type_name)
        d = AmountDecision(type_name, float(p_type[a, t]))
        out.append(d)
        if type_name == "none":
            continue
        allowed = [labels.categories.index(c) for c in labels.type_categories[type_name]]
        probs = p_category[a, allowed]
        probs = probs / probs.sum()
        best = int(probs.argmax())
        d.category, d.category_probability = labels.categories[allowed[best]], float(probs[best])
        d.hedged = bool(p_hedged[a, 1] > 0.5)
        d.hedged_probability = float(p_hedged[a, 1] if d.hedged else p_hedged[a, 0])
        roles = labels.type_roles[type_name]
        role_index = {labels.roles.index(role): role for role in roles}
        proposals = sorted(
            ((s, prob, role_index[r], g) for s, prob, r, g in passing.get(a, ()) if r in role_index), reverse=True
        )
        used: set[int] = set()
        for _, prob, role, g in proposals:
            if role in d.roles or g in used:
                continue
            members = phrases.members(g)
            r = labels.roles.index(role)
            d.roles[role] = max(members, key=lambda m: p_role[m, r])
            d.role_pairs[role] = tuple(members)
            d.role_probability[role] = prob
            used.add(g)
        for role in roles:
            if role not in d.roles:
                # the role is rightly empty when no candidate fills it
                d.role_probability[role] = float(phrases.empty[a, labels.roles.index(role)])
    return out


class _Phrases:
    """The phrases of a batch's pairs (one per pair without ``pair_group``), as arrays.

    prob (G, R): a phrase's probability of each role (the sum over its parts in the amount's
    softmax, the likeliest part's per pair); voted (G, R): the rules gave a part that role;
    amount (G,): the phrase's amount; amount_voted (A, R): the rules filled the role of the
    amount; empty (A, R): the probability that the amount's role is empty; of_pair (P,): each
    pair's phrase.
    """

    def __init__(
        self,
        p_role: np.ndarray,
        pair_amount: Sequence[int],
        pair_group: Optional[Sequence[int]],
        rule_votes: Optional[Sequence[Sequence[str]]],
        n_amounts: int,
        roles: Sequence[str],
        per_amount: bool,
    ):
        n_roles = len(roles)
        n_pairs = len(pair_amount)
        pa = np.asarray(pair_amount, dtype=np.int64).reshape(n_pairs)
        heads = np.asarray(pair_group if pair_group is not None else range(n_pairs), dtype=np.int64).reshape(n_pairs)
        head_ids, self.of_pair = np.unique(heads, return_inverse=True)
        self.of_pair = self.of_pair.reshape(n_pairs)
        n_groups = len(head_ids)
        p = np.asarray(p_role, dtype=np.float64).reshape(n_pairs, n_roles)
        self.prob = np.zeros((n_groups, n_roles))
        self.empty = np.zeros((n_amounts, n_roles))
        if per_amount:
            np.add.at(self.prob, self.of_pair, p)
            np.add.at(self.empty, pa, p)
            self.empty = np.maximum(0.0, 1.0 - self.empty)
        else:
            np.maximum.at(self.prob, self.of_pair, p)
            np.maximum.at(self.empty, pa, p)
            self.empty = 1.0 - self.empty
        self.amount = pa[head_ids]  # a phrase's parts are pairs of one amount
        votes = np.zeros((n_pairs, n_roles), dtype=bool)
        if rule_votes is not None:
            index = {r: i for i, r in enumerate(roles)}
            for i, v in enumerate(rule_votes):
                for role in v:
                    if role in index:
                        votes[i, index[role]] = True
        self.voted = np.zeros((n_groups, n_roles), dtype=bool)
        np.logical_or.at(self.voted, self.of_pair, votes)
        self.amount_voted = np.zeros((n_amounts, n_roles), dtype=bool)
        np.logical_or.at(self.amount_voted, pa, votes)
        self._order = np.argsort(self.of_pair, kind="stable")
        self._bounds = np.searchsorted(self.of_pair[self._order], np.arange(n_groups + 1))

    def members(self, g: int) -> list[int]:
        """The pairs of phrase ``g``, in order."""
        return [int(m) for m in self._order[self._bounds[g] : self._bounds[g + 1]]]
