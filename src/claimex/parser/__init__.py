"""A dependency parser and morphologizer (case, number) for German, trained on UD German.

Not part of the default pipeline: it runs at about a tenth of claimex's throughput. Train with
``python -m claimex.parser.train`` (see :mod:`claimex.parser.train`); the artifact and its model
card are in ``models/parser/``.
"""
