"""Training examples: gold JSONL read through ``datasets``, run through the pipeline up to the
rule relation stage, featurized and labelled by :mod:`.align`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

import numpy as np
from spacy.language import Language

from ..errors import Errors
from .align import Reach, align_claims, align_roles
from .encoders import SpanEncoder
from .features import AmountBatch, Featurizer
from .rule_constraints import place_adjuncts

__all__ = ["Labels", "LABELS", "Examples", "read_gold", "build_examples", "analyse"]


@dataclass(frozen=True)
class Labels:
    """The label sets of the model's heads (saved in its config)."""

    types: tuple[str, ...] = ("none", "monetary", "casualty")
    categories: tuple[str, ...] = (
        "value", "payment", "cost", "damage", "revenue", "other",
        "killed", "injured", "missing", "captured", "casualties",
    )
    roles: tuple[str, ...] = ("none", "agent", "recipient", "victim", "source")
    #: the categories each claim type may take
    type_categories: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {
            "monetary": ("value", "payment", "cost", "damage", "revenue", "other"),
            "casualty": ("killed", "injured", "missing", "captured", "casualties"),
        }
    )
    #: the roles each claim type may fill
    type_roles: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {"monetary": ("agent", "recipient", "source"), "casualty": ("agent", "victim", "source")}
    )
    #: what the role head's softmax ranges over: "pair" (the roles of one candidate) or "amount"
    #: (per amount and role, its candidates and "none": the candidates compete for the role)
    role_scope: str = "pair"

    def to_dict(self) -> dict[str, Any]:
        return {
            "types": list(self.types),
            "categories": list(self.categories),
            "roles": list(self.roles),
            "type_categories": {k: list(v) for k, v in self.type_categories.items()},
            "type_roles": {k: list(v) for k, v in self.type_roles.items()},
            "role_scope": self.role_scope,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Labels":
        return cls(
            types=tuple(data["types"]),
            categories=tuple(data["categories"]),
            roles=tuple(data["roles"]),
            type_categories={k: tuple(v) for k, v in data["type_categories"].items()},
            type_roles={k: tuple(v) for k, v in data["type_roles"].items()},
            role_scope=data.get("role_scope", "pair"),
        )


LABELS = Labels()


@dataclass
class Examples:
    """Flat arrays of many docs: features (ids with offsets, as EmbeddingBag takes them), dense
    vectors and labels. Category and hedge labels are -1 where the amount is no gold claim."""

    amount_ids: list[list[int]] = field(default_factory=list)
    pair_ids: list[list[int]] = field(default_factory=list)
    pair_amount: list[int] = field(default_factory=list)
    rule_votes: list[tuple[str, ...]] = field(default_factory=list)
    pair_group: list[int] = field(default_factory=list)  # per pair, the first pair of its noun phrase
    in_source_phrase: list[bool] = field(default_factory=list)  # per pair, in the phrase of the rules' source
    place_adjunct: list[bool] = field(default_factory=list)  # per pair, a place after a preposition of place
    rule_type: list = field(default_factory=list)  # the rule stage's claim type per amount ("none": no rule claim)
    rule_hedged: list = field(default_factory=list)  # the rule stage's hedge per amount (None: no rule claim)
    rule_category: list = field(default_factory=list)  # the rule stage's category per amount (None: no rule claim)
    gold_roles: list = field(default_factory=list)  # the roles the gold claim of each amount fills
    amount_vectors: list[np.ndarray] = field(default_factory=list)
    pair_vectors: list[np.ndarray] = field(default_factory=list)
    type_label: list[int] = field(default_factory=list)
    category_label: list[int] = field(default_factory=list)
    hedged_label: list[int] = field(default_factory=list)
    role_label: list[int] = field(default_factory=list)
    doc_of_amount: list[int] = field(default_factory=list)
    reach: Reach = field(default_factory=Reach)
    n_docs: int = 0

    def aside(self, place_adjuncts: bool) -> list[bool]:
        """Per pair, its candidate stands aside from the parties (:func:`.decode.decode`): in the
        rules' source phrase, or, with ``place_adjuncts``, a place adjunct."""
        if not place_adjuncts:
            return self.in_source_phrase
        return [s or p for s, p in zip(self.in_source_phrase, self.place_adjunct)]

    def add(self, batch: AmountBatch, claims: Sequence[Optional[dict[str, Any]]], doc_index: int, labels: Labels) -> None:
        base = len(self.amount_ids)
        self.pair_group += [len(self.pair_ids) + g for g in batch.pair_group]
        self.amount_ids += batch.amount_features
        self.amount_vectors.append(batch.amount_vectors)
        self.pair_vectors.append(batch.pair_vectors)
        self.pair_ids += batch.pair_bags()
        self.rule_votes += batch.rule_votes
        self.in_source_phrase += batch.in_source_phrase
        self.place_adjunct += place_adjuncts(batch.amounts[0].doc, batch.candidates) if batch.amounts else []
        self.rule_type += [r.type if r is not None else "none" for r in batch.rule]
        self.rule_hedged += [r.hedged if r is not None else None for r in batch.rule]
        self.rule_category += [r.category if r is not None else None for r in batch.rule]
        self.pair_amount += [base + i for i in batch.pair_amount]
        for i, claim in enumerate(claims):
            self.doc_of_amount.append(doc_index)
            self.gold_roles.append(frozenset(r for r in labels.roles if claim is not None and claim.get(r)))
            if claim is None:
                self.type_label.append(0)
                self.category_label.append(-1)
                self.hedged_label.append(-1)
            else:
                self.type_label.append(labels.types.index(claim["type"]))
                self.category_label.append(labels.categories.index(claim["category"]))
                self.hedged_label.append(int(bool(claim.get("hedged"))))
        # pair labels, amount by amount
        by_amount: dict[int, list[int]] = {}
        for p, a in enumerate(batch.pair_amount):
            by_amount.setdefault(a, []).append(p)
        roles = ["none"] * len(batch.candidates)
        doc = batch.amounts[0].doc if batch.amounts else None
        for a, claim in enumerate(claims):
            pairs = by_amount.get(a, [])
            if claim is None:
                continue
            cands = [batch.candidates[p] for p in pairs]
            spans = [(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])) for c in cands]  # type: ignore[index]
            for p, role in zip(pairs, align_roles(claim, cands, spans, self.reach)):
                roles[p] = role
        self.role_label += [labels.roles.index(r) for r in roles]
        self.n_docs += 1


def read_gold(path: Union[str, Path]) -> list[dict[str, Any]]:
    """Gold documents (``id``, ``text``, ``claims``, ``meta``) of a JSONL file, read with ``datasets``."""
    try:
        from datasets import load_dataset
    except ImportError as e:  # pragma: no cover - an extra
        raise ImportError(Errors.E103.format(packages="datasets", reason=e)) from e
    path = Path(path)
    if not path.is_file():
        raise ValueError(Errors.E104.format(path=path, reason="no such file"))
    try:
        data = load_dataset("json", data_files=str(path), split="train")
    except Exception as e:  # datasets raises many kinds for a malformed file
        raise ValueError(Errors.E104.format(path=path, reason=e)) from e
    for column in ("id", "text", "claims"):
        if column not in data.column_names:
            raise ValueError(Errors.E104.format(path=path, reason=f"no field {column!r}"))
    docs = data.to_list()
    if not docs:
        raise ValueError(Errors.E104.format(path=path, reason="the file holds no documents"))
    return docs


def analyse(nlp: Language, texts: Iterable[str]) -> Iterable[Any]:
    """Docs through every stage before the relation stage, with the rule decisions in
    ``doc._.claimex_relations`` (the rule scorer runs here, whatever the pipeline's relation stage)."""
    from ..pipeline.relations import RuleRelationScorer

    rules = RuleRelationScorer()
    before = [name for name in nlp.pipe_names[: nlp.pipe_names.index("claimex_relations")]]
    with nlp.select_pipes(enable=before):
        for doc in nlp.pipe(texts, batch_size=32):
            doc._.claimex_relations = rules.decide(doc)
            yield doc


def build_examples(
    nlp: Language,
    docs: Sequence[dict[str, Any]],
    featurizer: Featurizer,
    encoder: Optional[SpanEncoder] = None,
    labels: Labels = LABELS,
    progress: bool = False,
) -> Examples:
    """Featurize and label gold documents."""
    out = Examples()
    items: Iterable[Any] = analyse(nlp, (d["text"] for d in docs))
    if progress:
        from tqdm import tqdm

        items = tqdm(items, total=len(docs), desc="featurizing", unit="doc")
    for i, (gold, doc) in enumerate(zip(docs, items)):
        batch = featurizer.featurize(doc, doc._.claimex_relations or [], encoder)
        claims = [c for c in gold["claims"] if c["type"] in ("monetary", "casualty")]
        out.add(batch, align_claims(batch.amounts, claims), i, labels)
    return out
