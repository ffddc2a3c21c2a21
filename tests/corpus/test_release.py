"""The released claimex-de corpus: valid, reproducible from its authoring files, of the promised size."""
import io

import pytest

from claimex.corpus.build import build_corpus
from claimex.corpus.commands import released_stats, validate_released
from tests.conftest import ROOT

CORPUS = ROOT / "corpora" / "claimex-de"


@pytest.fixture(scope="module")
def released():
    if not (CORPUS / "train.jsonl").exists():
        pytest.fail("corpora/claimex-de/train.jsonl is missing: run `claimex corpus build`")
    return CORPUS


def test_release_validates(released):
    out = io.StringIO()
    assert validate_released(released, out) == 0, out.getvalue()[-2000:]


def test_release_is_the_build_of_the_authoring_files(released, tmp_path):
    counts, problems = build_corpus(released / "raw", tmp_path)
    assert problems == []
    for split in counts:
        assert (tmp_path / f"{split}.jsonl").read_bytes() == (released / f"{split}.jsonl").read_bytes(), split


def test_release_size_and_balance(released):
    stats = released_stats(released)
    assert stats["documents"] >= 800
    assert stats["claims"] >= 4000
    assert stats["claims_by_type"]["casualty"] >= 1500 and stats["claims_by_type"]["monetary"] >= 1500
    assert stats["non_claim_amounts"] >= 3000
    assert set(stats["by_region"]) == {"de", "at", "ch"}
