"""The tests of this folder pin the rule stages' behaviour, the rule relation stage included: they
run the default pipeline with ``claimex_relations`` (the rules) in place of the learned relation
stage, whatever ``configs/default.cfg`` names. The learned stage has its own tests
(``tests/test_relation_model*.py``)."""

from __future__ import annotations

import pytest

import claimex
from claimex import api


def rules_extractor() -> claimex.Extractor:
    nlp = api.build_default_nlp()
    nlp.replace_pipe("claimex_relations", "claimex_relations")  # the rule factory of that name
    return claimex.Extractor(nlp)


@pytest.fixture(scope="session")
def extractor() -> claimex.Extractor:
    return rules_extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(autouse=True)
def rule_relations(monkeypatch, extractor):
    """``claimex.extract`` and ``claimex.pipe`` run the rule pipeline in these tests."""
    monkeypatch.setattr(api, "_default", extractor)
