"""A lexical classifier that tells a capitalised German word naming someone ("Moderna", "Nvidia",
"Musk") from a common noun ("Modernisierung", "Vergleich"); see :mod:`.model`."""

from .model import DEFAULT_NAMES_DIR, NameClassifier, shared_name_classifier

__all__ = ["NameClassifier", "shared_name_classifier", "DEFAULT_NAMES_DIR"]
