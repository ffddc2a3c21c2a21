"""The trained German entity recognizer: training data, training, and the pipeline stage.

- :mod:`.data`: the training union (claimex train, GermEval 2014 test, SmartData train) as
  spaCy ``DocBin``s on the claimex tokenizer, with one label mapping;
- :mod:`.train`: ``claimex train ner`` from ``configs/ner.cfg``;
- :mod:`.component`: ``claimex_ner``, which runs the trained model on the sentences that
  matter and fills gaps with the rule entities.
"""

LABELS = ("PER", "ORG", "GPE", "LOC", "GROUP")

__all__ = ["LABELS"]
