"""Not German? The function-word check warns on other languages, never on German news; English
scale words never read as German ones."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import claimex
from claimex.errors import NotGermanWarning
from claimex.lang.de import words
from claimex.language import guess_language

ROOT = Path(__file__).resolve().parents[1]

ENGLISH = [
    "Twelve people were killed and dozens injured on Sunday when a bus collided with a lorry on the motorway "
    "near the border, police said. The driver of the lorry was arrested at the scene.",
    "The company said on Monday that it would pay 3 billion dollars to settle the claims, after a dispute with "
    "regulators that has lasted more than four years. Its shares rose by 5 percent.",
    "According to the ministry, at least 40 soldiers have been captured since the offensive began, while the "
    "number of civilians who are missing is not known.",
]
FRENCH = (
    "Selon la police, douze personnes ont été tuées dimanche dans un accident de bus sur l'autoroute près de la "
    "frontière. Le chauffeur du camion a été arrêté sur les lieux."
)


def _corpus_texts(split: str) -> list[str]:
    return [json.loads(line)["text"] for line in (ROOT / f"corpora/claimex-de/{split}.jsonl").open(encoding="utf-8")]


@pytest.mark.parametrize("split", ["train", "dev"])
def test_german_corpus_texts_all_look_german(split):
    texts = _corpus_texts(split)
    doubted = [t[:60] for t in texts if not guess_language(t).looks_german]
    assert doubted == []
    assert all(guess_language(t).words >= 15 for t in texts[:20])  # they were judged, not skipped


@pytest.mark.parametrize("text", [*ENGLISH, FRENCH])
def test_other_languages_do_not_look_german(text):
    assert not guess_language(text).looks_german


def test_short_texts_are_not_judged():
    assert guess_language("3 billion dollars paid").looks_german


def test_extract_warns_on_english_only():
    with pytest.warns(NotGermanWarning, match=r"\[W004\]"):
        claimex.extract(ENGLISH[0])
    with warnings.catch_warnings():
        warnings.simplefilter("error", NotGermanWarning)
        claimex.extract(_corpus_texts("dev")[0])


def test_pipe_warns_per_text():
    with pytest.warns(NotGermanWarning) as caught:
        list(claimex.pipe([ENGLISH[0], _corpus_texts("dev")[0], ENGLISH[1]]))
    assert len([w for w in caught if issubclass(w.category, NotGermanWarning)]) == 2


@pytest.mark.parametrize("scale", sorted(words("english_scales")))
def test_english_scale_words_are_not_german_scales(scale):
    text = f"Die Firma zahlte 3 {scale} Dollar an die Regierung."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGermanWarning)
        claims = claimex.extract(text) + claimex.extract(f"The company paid 3 {scale} dollars.")
    assert all(c.low is None or c.low < 1e12 for c in claims)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Schulden betragen 3 Billionen Euro.", 3e12),
        ("Der Staat hat Schulden von einer Billion Euro.", 1e12),
        ("Die Schulden stiegen auf 2,5 Billion Dollar.", 2.5e12),
    ],
)
def test_german_billion_stays_german(text, value):
    (claim,) = claimex.extract(text)
    assert claim.low == value
