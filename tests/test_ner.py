"""The trained entity recognizer: training data, a tiny training run, the pipeline stage, scores."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
import spacy

from claimex.api import build_default_nlp
from claimex.cli import main
from claimex.ner import LABELS
from claimex.ner.component import TrainedEntities
from claimex.ner.data import Sources, group_words, to_doc
from claimex.ner_eval import _germeval_view, score_entities

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipeline():
    return build_default_nlp()


def test_group_heads_are_missing_not_outside_in_public_corpora(pipeline):
    own = [{"entities": [{"text": "russische Soldaten", "label": "GROUP"}, {"text": "Berlin", "label": "GPE"}]}]
    heads = group_words(own)
    assert heads == {"soldaten"}
    text = "In Berlin marschierten Soldaten auf."
    doc = to_doc(pipeline, {"text": text, "entities": [{"start": 3, "end": 9, "label": "GPE"}]}, heads)
    iob = {t.text: t.ent_iob_ for t in doc}
    assert iob["Berlin"] == "B" and iob["Soldaten"] == "" and iob["marschierten"] == "O"


def test_missing_spans_stay_unlabelled(pipeline):
    text = "Staus in beiden Richtungen bei Köln"
    d = {
        "text": text,
        "entities": [{"start": 31, "end": 35, "label": "GPE"}],
        "missing": [{"start": 9, "end": 26, "label": "LOC"}],
    }
    doc = to_doc(pipeline, d)
    assert [t.ent_iob_ for t in doc] == ["O", "O", "", "", "O", "B"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory, pipeline):
    """A few claimex documents, a few steps: does `train ner` give a loadable model?"""
    from claimex.ner.train import train_ner

    out = tmp_path_factory.mktemp("ner")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the public corpora are left out on purpose (W002)
        record = train_ner(
            out,
            sources=Sources(ROOT / "corpora" / "claimex-de", tmp_path_factory.mktemp("no-public-data")),
            overrides={"training.max_steps": 4, "training.eval_frequency": 2, "components.ner.model.tok2vec.encode.width": 32},
            limit=6,
        )
    assert record["documents"] == {"train": 6, "dev": 6}
    return out


def test_train_command_writes_a_loadable_model(tiny_model):
    from claimex.ner.component import load_ner_model

    assert json.loads((tiny_model / "training.json").read_text())["performance"]
    ner = load_ner_model(str(tiny_model))
    assert set(ner.get_pipe("ner").labels) <= set(LABELS)
    doc = ner("Die Bundesregierung zahlt der Ukraine 5 Millionen Euro.")
    assert all(e.label_ in LABELS for e in doc.ents)
    assert ner.vocab.vectors.shape[1] == 96  # the shipped static vectors, read by reference


def _stub_model(patterns):
    """A stand-in for the trained model: spaCy's entity ruler with fixed patterns."""
    stub = spacy.blank("de")
    stub.add_pipe("entity_ruler").add_patterns(patterns)
    return stub


TEXT = "Der Chef von Acme sprach in Berlin.\n\nAcme zahlte 5 Millionen Euro an Berlin."


def test_windows_are_candidate_sentences_within_their_paragraph(pipeline):
    stage = TrainedEntities(None, "model_then_rules", 1, LABELS)
    with pipeline.select_pipes(enable=["claimex_sentences", "claimex_amounts"]):
        doc = pipeline(TEXT)
    windows = stage.windows(doc)
    assert len(windows) == 1
    s, e = windows[0]
    assert doc[s:e].text.startswith("Acme zahlte")  # the sentence before is in another paragraph


def test_model_entities_win_in_windows_and_rules_fill_gaps(pipeline):
    stage = TrainedEntities(None, "model_then_rules", 1, LABELS)
    stage._ner = _stub_model([{"label": "ORG", "pattern": "Acme"}])
    with pipeline.select_pipes(enable=["claimex_sentences", "claimex_amounts", "claimex_entities"]):
        doc = pipeline(TEXT)
    rule_ents = {(e.start_char, e.label_) for e in doc.ents}
    doc = stage(doc)
    ents = {(e.start_char, e.text, e.label_) for e in doc.ents}
    second = TEXT.index("\n\nAcme") + 2
    assert (second, "Acme", "ORG") in ents  # found by the model in the candidate sentence
    assert (TEXT.rindex("Berlin"), "GPE") in rule_ents
    assert (TEXT.rindex("Berlin"), "Berlin", "GPE") in ents  # a rule entity in a gap of the model
    first_acme = TEXT.index("Acme")
    assert ((first_acme, "Acme", "ORG") in ents) == ((first_acme, "ORG") in rule_ents)  # outside: rules only

    only = TrainedEntities(None, "model_only", 1, LABELS)
    only._ner = stage._ner
    with pipeline.select_pipes(enable=["claimex_sentences", "claimex_amounts", "claimex_entities"]):
        doc = only(pipeline(TEXT))
    assert {e.text for e in doc.ents if e.start_char >= second} == {"Acme"}


def test_a_missing_model_falls_back_to_rules_with_a_warning(pipeline, tmp_path):
    stage = TrainedEntities(str(tmp_path), "model_then_rules", 1, LABELS)
    with pipeline.select_pipes(enable=["claimex_sentences", "claimex_amounts", "claimex_entities"]):
        doc = pipeline(TEXT)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    with pytest.warns(UserWarning, match="W020"):
        stage(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


def test_unknown_mode_is_a_catalogued_error():
    with pytest.raises(ValueError, match="E067"):
        TrainedEntities(None, "guess", 1, LABELS)


def test_scores_are_exact_span_and_label_matches():
    gold = {(0, 4, "PER"), (10, 16, "GPE")}
    pred = {(0, 4, "PER"), (10, 16, "LOC"), (20, 25, "ORG")}
    out = score_entities([(gold, pred)])
    assert out["precision"] == pytest.approx(1 / 3) and out["recall"] == pytest.approx(1 / 2)
    assert out["per_label"]["PER"]["f1"] == 1.0 and out["per_label"]["GPE"]["recall"] == 0.0
    # on GermEval, GPE and LOC are one label and GROUP is not scored
    assert _germeval_view({(10, 16, "GPE"), (0, 3, "GROUP")}) == {(10, 16, "LOC")}


def test_evaluate_ner_cli_prints_json_and_says_oth_is_left_out(tmp_path, capsys):
    tsv = tmp_path / "dev.tsv"
    tsv.write_text(
        "#\tx\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesucht\tO\tO\n4\tFrankreich\tB-LOC\tO\n5\tund\tO\tO\n"
        "6\tden\tO\tO\n7\tTatort\tB-OTH\tO\n8\t.\tO\tO\n\n",
        encoding="utf-8",
    )
    assert main(["evaluate-ner", str(tsv), "--format", "germeval", "--system", "rules", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"precision", "recall", "f1", "per_label"} <= set(out)
    assert out["gold"] == 2 and "OTH left out" in out["note"]
    assert set(out["per_label"]) <= {"PER", "ORG", "LOC"}


def test_shipped_model_plugs_into_the_pipeline_and_keeps_the_seed_gold(shared_dir):
    """The shipped model as an opt-in stage: claims, roles and exact offsets on the seed gold."""
    from claimex.api import Extractor
    from claimex.evaluation import evaluate

    if not (ROOT / "models" / "ner" / "config.cfg").is_file():
        pytest.skip("models/ner not built")
    nlp = build_default_nlp()
    nlp.add_pipe("claimex_ner", after="claimex_entities")
    out = evaluate(shared_dir / "seeds" / "gold.jsonl", Extractor(nlp).extract)
    assert out["detection"]["f1"] == 1.0 and out["roles_f1_mean"] == 1.0
    assert not out["span_errors"]
