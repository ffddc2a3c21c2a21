"""Corpora: the claimex-de authoring tools, validation, statistics, readers of public corpora,
and loading as ``datasets.DatasetDict`` (:func:`load`)."""

from .dataset import load, to_bio, to_docbin

__all__ = ["load", "to_bio", "to_docbin"]
