"""The name classifier (models/names): unseen names against unseen common nouns, both ways, and
its rebuild command on a tiny corpus."""

from __future__ import annotations

import gzip
import json

import pytest

from claimex.cli import main
from claimex.names import NameClassifier, shared_name_classifier
from claimex.names.train import collect_examples


@pytest.mark.parametrize("word", ["Qantrix", "Lumexa", "Pentavia", "Zyntek", "Kowalczyk", "Ostrowski"])
def test_unseen_names_are_names(word):
    assert shared_name_classifier().is_name(word)


@pytest.mark.parametrize("word", ["Beitragserhöhung", "Zinswende", "Lieferkettenkontrolle", "Milliarden", "Dollar"])
def test_unseen_common_nouns_and_units_are_not(word):
    assert not shared_name_classifier().is_name(word)


def test_probabilities_are_cached_per_form():
    model = shared_name_classifier()
    p = model.probability("Vantorix")
    assert model._cache["Vantorix"] == p and 0.0 <= p <= 1.0


def test_a_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="E151"):
        NameClassifier.load(tmp_path)


def _tiny_corpora(root):
    shared = root / "shared"
    (shared / "ud-german").mkdir(parents=True)
    (shared / "germeval2014").mkdir()
    (shared / "smartdata-v1").mkdir()
    corpus = root / "corpus"
    corpus.mkdir()
    ud = [
        "# sent_id = 1",
        "1\tGestern\tgestern\tADV\t_\t_\t0\t_\t_\t_",
        "2\tzahlte\tzahlen\tVERB\t_\t_\t0\t_\t_\t_",
        "3\tBrixmoor\tBrixmoor\tPROPN\t_\t_\t0\t_\t_\t_",
        "4\tdie\tder\tDET\t_\t_\t0\t_\t_\t_",
        "5\tRechnung\tRechnung\tNOUN\t_\t_\t0\t_\t_\tSpaceAfter=No",
        "6\t.\t.\tPUNCT\t_\t_\t0\t_\t_\t_",
        "",
    ]
    (shared / "ud-german" / "de_gsd-ud-dev.conllu").write_text("\n".join(ud) + "\n", encoding="utf-8")
    germeval = ["1\tDann\tO\tO", "2\tklagte\tO\tO", "3\tFeltrax\tB-ORG\tO", "4\tgegen\tO\tO", "5\tVerordnung\tO\tO", ""]
    (shared / "germeval2014" / "test.tsv").write_text("\n".join(germeval) + "\n", encoding="utf-8")
    smart = {"text": {"string": "Heute kaufte Quoriva eine Anlage."}, "conceptMentions": {"array": [
        {"type": "organization", "span": {"start": 13, "end": 20}}]}}
    with gzip.open(shared / "smartdata-v1" / "train.json.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps(smart))
    doc = {"id": "t1", "text": "Im Mai zahlte Dorvane eine Entschädigung.", "claims": [],
           "entities": [{"start": 14, "end": 21, "label": "ORG", "text": "Dorvane"}]}
    (corpus / "train.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return shared, corpus


def test_examples_come_from_every_source_with_their_labels(tmp_path):
    shared, corpus = _tiny_corpora(tmp_path)
    labels = {form: label for _, form, label in collect_examples(shared, corpus)}
    assert labels == {
        "Brixmoor": 1, "Rechnung": 0, "Feltrax": 1, "Verordnung": 0, "Quoriva": 1, "Anlage": 0, "Dorvane": 1,
        "Mai": 0, "Entschädigung": 0,
    }  # sentence openers ("Gestern", "Dann", "Heute", "Im") are left out


def test_the_rebuild_command_trains_and_saves_a_loadable_model(tmp_path, capsys):
    shared, corpus = _tiny_corpora(tmp_path)
    out = tmp_path / "names"
    argv = ["train", "names", "--out", str(out), "--shared-data", str(shared), "--corpus", str(corpus)]
    assert main(argv) == 0
    assert "held-out accuracy" in capsys.readouterr().out
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["training_types"] == 9 and meta["seed"] == 0
    model = NameClassifier.load(out)
    assert model.probability("Brixmoor") > model.probability("Verordnung")
    first = (out / "weights.npz").read_bytes()
    assert main(argv) == 0
    assert (out / "weights.npz").read_bytes() == first  # fixed seed: the same model again


def test_the_rebuild_command_without_any_corpus_fails_clearly(tmp_path, capsys):
    argv = ["train", "names", "--out", str(tmp_path / "n"), "--shared-data", str(tmp_path), "--corpus", str(tmp_path)]
    assert main(argv) != 0
    assert "E152" in capsys.readouterr().err
