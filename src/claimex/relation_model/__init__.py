"""The learned relation classifier: per amount (claim type, category, hedge) and per
(amount, mention) pair (agent, recipient, victim, source), trained with torch, run with numpy.

Modules, in data-flow order: :mod:`.align` (gold claims and roles onto amounts and mentions),
:mod:`.candidates` (which mentions may fill a role of an amount), :mod:`.features` (hashed
sparse features and dense span vectors), :mod:`.encoders` (the span-vector interface),
:mod:`.network` (the numpy forward pass and the saved weights), :mod:`.decode` (joint decoding),
:mod:`.calibrate` (temperature scaling), :mod:`.component` (the spaCy stage
``claimex_relation_model``) and :mod:`.train` (torch training, needs ``claimex[train]``).
"""

from .encoders import PieceVectorEncoder, SpanEncoder, encoder_from_spec

__all__ = ["SpanEncoder", "PieceVectorEncoder", "encoder_from_spec", "DEFAULT_MODEL_DIR"]

from .network import DEFAULT_MODEL_DIR  # noqa: E402
