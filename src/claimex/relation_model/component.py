"""``claimex_relation_model``: the learned relation stage, a drop-in for ``claimex_relations``.

It writes ``doc._.claimex_relations`` (the same :class:`ClaimDecision` list as the rule stage, so
``claimex_claims`` is unchanged), with ``confidence`` (the claim is right) and
``field_confidence`` (category, hedged and each role) from the calibrated model. The rule scorer
still runs: its decisions are features of the model and give the spans the model does not
decide (trigger, time, location). Without a readable model folder the stage warns once (W100)
and gives the rule decisions.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Warnings
from ..extensions import install_extensions
from ..pipeline.relations import RuleRelationScorer
from .network import DEFAULT_MODEL_DIR

__all__ = ["LearnedRelations", "make_relation_model"]


class LearnedRelations:
    """See the module docstring. model (str | None): the model folder; None is the shipped ``models/relations``."""

    def __init__(self, model: Optional[str] = None):
        install_extensions()
        self.rules = RuleRelationScorer()
        self.model_path = Path(model) if model else DEFAULT_MODEL_DIR
        self._model = None
        self._failed = False

    @property
    def model(self):  # type: ignore[no-untyped-def]
        """The loaded :class:`~.inference.RelationModel`, or None (after warning W100 once)."""
        if self._model is None and not self._failed:
            from .inference import RelationModel

            try:
                self._model = RelationModel.load(self.model_path)
            except (ValueError, ImportError) as e:
                self._failed = True
                warnings.warn(Warnings.W100.format(path=self.model_path, reason=e), stacklevel=2)
        return self._model

    @property
    def money_categories(self):  # type: ignore[no-untyped-def]
        """The rule stage's money categorizer, which gives the categories (``category_from: rules``)."""
        return self.rules.money_categories

    def __call__(self, doc: Doc) -> Doc:
        decisions = self.rules.decide(doc)
        model = self.model
        doc._.claimex_relations = decisions if model is None else model.decide(doc, decisions)
        return doc


@Language.factory(
    "claimex_relation_model",
    assigns=["doc._.claimex_relations"],
    requires=["doc.spans", "doc.ents"],
    default_config={"model": None},
)
def make_relation_model(nlp: Language, name: str, model: Optional[str]) -> LearnedRelations:
    """Registered factory of :class:`LearnedRelations`."""
    return LearnedRelations(model)
