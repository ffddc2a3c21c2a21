"""Scoring claims against gold: the primitives behind ``claimex evaluate``.

- :mod:`.matching`: overlap, number equality, one-to-one matching, P/R/F1, span checks;
- :mod:`.fields`: per-field judgements and the counts behind every figure (roles, categories,
  confusion matrix);
- :mod:`.calibration`: expected calibration error and reliability bins of each confidence;
- :mod:`.findings`: every error with its sentence;
- :mod:`.slices`: scores by a ``meta`` field;
- :mod:`.scorer`: one pass that produces all of the above;
- :mod:`.files`: reading gold and saved predictions; :mod:`.report`: the table;
- :mod:`.layers`: scores of the intermediate layers (amounts, entities, mentions).
"""

from .calibration import CONFIDENCE_FIELDS, reliability
from .files import load_gold, load_predictions
from .matching import match_claims, overlap, prf, same_number
from .report import format_report
from .scorer import LIST_KEYS, score
from .slices import slice_scores

__all__ = [
    "CONFIDENCE_FIELDS",
    "LIST_KEYS",
    "format_report",
    "load_gold",
    "load_predictions",
    "match_claims",
    "overlap",
    "prf",
    "reliability",
    "same_number",
    "score",
    "slice_scores",
]
