"""claimex_parser: parses only the sentences roles are read from, in standard spaCy attributes."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimex.api import build_default_nlp
from claimex.parser.component import SyntaxParser, parsed_sentences

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "parser" / "model"

TEXT = (
    "Das Wetter war schön. Der Verein feierte sein Jubiläum. Die Stadt zahlte dem Verein 5 Millionen Euro.\n\n"
    "Am Abend regnete es. Niemand war draußen."
)


@pytest.fixture(scope="module")
def parsed_nlp():
    if not MODEL.exists():
        pytest.skip("parser artifact not built (claimex train parser)")
    nlp = build_default_nlp()
    if "claimex_parser" not in nlp.pipe_names:
        nlp.add_pipe("claimex_parser", after="claimex_amounts", config={"model": str(MODEL)})
    return nlp


def test_only_the_amount_sentence_and_the_one_before_are_parsed(parsed_nlp):
    plain = build_default_nlp()
    bounds = [(s.start, s.end) for s in plain(TEXT).sents]
    doc = parsed_nlp(TEXT)
    assert [(s.start, s.end) for s in doc.sents] == bounds  # sentence bounds are kept
    assert doc.has_annotation("DEP")
    assert [s.text.strip() for s in parsed_sentences(doc)] == [
        "Der Verein feierte sein Jubiläum.",
        "Die Stadt zahlte dem Verein 5 Millionen Euro.",
    ]
    for sent in parsed_sentences(doc):
        words = [t for t in sent if not t.is_space]
        assert all(t.dep_ and t.pos_ for t in words)
        assert all(sent.start <= t.head.i < sent.end for t in words)
        assert sum(1 for t in words if t.dep_ == "ROOT") >= 1
    first = next(doc.sents)
    assert all(not t.dep_ and t.head.i == t.i for t in first)
    assert any(t.morph.get("Case") for t in doc)


def test_no_candidate_amount_means_no_parse(parsed_nlp):
    doc = parsed_nlp("Am Abend regnete es. Niemand war draußen.")
    assert not doc.has_annotation("DEP")


def test_a_blank_line_ends_the_context(parsed_nlp):
    doc = parsed_nlp("Der Verein feierte.\n\nDie Stadt zahlte 5 Millionen Euro.")
    assert [s.text.strip() for s in parsed_sentences(doc)] == ["Die Stadt zahlte 5 Millionen Euro."]


def test_missing_model_warns_and_leaves_the_doc_unparsed(tmp_path):
    nlp = build_default_nlp()
    nlp.add_pipe("claimex_parser", after="claimex_amounts", config={"model": str(tmp_path / "none")})
    with pytest.warns(UserWarning, match="W150"):
        doc = nlp("Die Stadt zahlte 5 Millionen Euro.")
    assert not doc.has_annotation("DEP")
    assert isinstance(nlp.get_pipe("claimex_parser"), SyntaxParser)
