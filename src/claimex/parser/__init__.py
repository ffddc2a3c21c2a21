"""A dependency parser and morphologizer (POS, Case, Number) for German, trained on UD German.

- :mod:`.train`: ``claimex train parser`` from ``configs/parser.cfg``, and the GSD test scores;
- :mod:`.component`: ``claimex_parser``, which parses only the sentences roles are read from
  (opt-in: ``nlp.add_pipe("claimex_parser", after="claimex_amounts")``; it costs more
  throughput than the default pipeline's floor allows);
- :mod:`.syntax`: the questions the role rules ask of a parse (subject, dative object, ...).

The artifact and its model card are in ``models/parser/``.
"""
