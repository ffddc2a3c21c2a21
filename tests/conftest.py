"""Shared fixtures: the German tokenizer, the default pipeline, and the shared/ folder."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import claimex
from claimex.lang.de.tokenizer import GermanTokenizer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def de_tokenizer() -> GermanTokenizer:
    return GermanTokenizer(spacy.blank("de").vocab)


@pytest.fixture(scope="session")
def extractor() -> claimex.Extractor:
    return claimex.load()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "CLAIMS.md").exists():
        pytest.skip(f"shared/ not found beside the repository ({SHARED})")
    return SHARED


def amounts_of(nlp, text: str):
    """(span text, Amount) for every amount the pipeline finds in ``text``."""
    doc = nlp(text)
    return [(s.text, s._.amount) for s in doc.spans["claimex_amounts"]]
