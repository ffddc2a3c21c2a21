"""``claimex train all``: which steps run, in which order, with which options.

The trainers are replaced by recorders with the real trainers' signatures (training for real
takes minutes); what is tested is the orchestration: order, folders, options, skips.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from types import SimpleNamespace

import pytest

import claimex.names.train
import claimex.ner.train
import claimex.parser.train
import claimex.vectors.build
from claimex.cli import main

ORDER = ["vectors", "names", "parser", "ner", "relations"]


@pytest.fixture
def calls(monkeypatch):
    """Every trainer replaced by a recorder; ``calls`` lists (step, args, kwargs) in call order."""
    made: list[tuple[str, tuple, dict]] = []

    def build_vectors(out=None, *, corpus_dir=Path("c"), shared_data=Path("s"), dim=96, min_count=1):
        made.append(("vectors", (out,), {"corpus_dir": corpus_dir, "shared_data": shared_data}))
        Path(out).mkdir(parents=True, exist_ok=True)
        (Path(out) / "vectors.npz").write_bytes(b"")
        return SimpleNamespace(index={"a": 0}, dim=96)

    def train_names(out, *, shared_data=Path("s"), corpus_dir=Path("c"), epochs=300, l2=1e-6, threshold=0.5, seed=0, final=True):
        made.append(("names", (out,), {"corpus_dir": corpus_dir, "seed": seed}))
        return {"training_types": 3, "scores": {"held_out_documents": {"accuracy": 0.5}}}

    def train_parser(out=None, *, ud=Path("u"), config=None, seed=None, overrides=None, work_dir=None):
        made.append(("parser", (out,), {"ud": ud, "seed": seed, "overrides": overrides}))
        return {}

    def train_ner(out, *, config=None, sources=None, overrides=None, limit=None, work_dir=None):
        made.append(("ner", (out,), {"corpus": sources.corpus_dir, "overrides": overrides}))
        return {"performance": {"ents_f": 0.5}}

    def train_relations(train, dev, output, *, init=None, encoder=None, max_steps=None, seed=0, progress=True):
        made.append(("relations", (train, dev, output), {"encoder": encoder, "max_steps": max_steps, "seed": seed}))
        return {}

    monkeypatch.setattr(claimex.vectors.build, "build_vectors", build_vectors)
    monkeypatch.setattr(claimex.names.train, "train_names", train_names)
    monkeypatch.setattr(claimex.parser.train, "train_parser", train_parser)
    monkeypatch.setattr(claimex.ner.train, "train_ner", train_ner)
    relations = types.ModuleType("claimex.relation_model.train")
    relations.train_relations = train_relations
    monkeypatch.setitem(sys.modules, "claimex.relation_model.train", relations)
    return made


def test_dry_run_lists_the_steps_in_dependency_order_with_their_commands(calls, tmp_path, capsys):
    assert main(["train", "all", "--dry-run", "--output", str(tmp_path), "--max-steps", "5", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    heads = [line for line in out.splitlines() if line.startswith("[")]
    assert [h.split()[1] for h in heads] == ORDER
    assert f"claimex train vectors --out {tmp_path / 'vectors'}" in out
    assert "--set training.max_steps=5" in out and "--set system.seed=3" in out
    assert f"--output {tmp_path / 'relations'} --seed 3 --max-steps 5" in out
    assert f"claimex train parser --out {tmp_path / 'parser'}" in out and "--seed 3 --set training.max_steps=5" in out
    assert "skipped" not in out
    assert calls == []  # nothing trained


def test_a_step_whose_trainer_does_not_import_is_skipped_with_a_warning(calls, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "claimex.relation_model.train", None)  # as before the relation model exists
    assert main(["train", "all", "--output", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert [c[0] for c in calls] == ["vectors", "names", "parser", "ner"]
    assert "relations" in captured.out and "skipped" in captured.out
    assert "[W120]" in captured.err and "claimex.relation_model.train.train_relations" in captured.err


def test_every_trainer_runs_in_order_into_one_folder_with_seed_and_step_limit(calls, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    argv = ["train", "all", "--output", str(tmp_path / "m"), "--corpus", str(corpus), "--seed", "7"]
    assert main(argv) == 0
    assert [c[0] for c in calls] == ORDER
    by_step = {name: (args, kwargs) for name, args, kwargs in calls}
    assert by_step["vectors"][0] == (tmp_path / "m" / "vectors",)
    assert by_step["names"] == ((tmp_path / "m" / "names",), {"corpus_dir": corpus, "seed": 7})
    assert by_step["parser"][0] == (tmp_path / "m" / "parser",)
    assert by_step["parser"][1]["seed"] == 7 and by_step["parser"][1]["overrides"] == {}
    ner_overrides = by_step["ner"][1]["overrides"]
    # the NER trains on the vectors this run built, not on the shipped ones
    assert ner_overrides == {"system.seed": 7, "nlp.vectors.path": str(tmp_path / "m" / "vectors")}
    assert by_step["relations"][0] == (corpus / "train.jsonl", corpus / "dev.jsonl", tmp_path / "m" / "relations")
    assert by_step["relations"][1] == {"encoder": None, "max_steps": None, "seed": 7}
    out = capsys.readouterr().out
    assert all(f"{name} done in" in out for name in ORDER)

    calls.clear()
    assert main(argv + ["--max-steps", "4"]) == 0
    assert [c[0] for c in calls] == ORDER
    assert all(c[2]["overrides"]["training.max_steps"] == 4 for c in calls[2:4]) and calls[4][2]["max_steps"] == 4


def test_steps_selects_a_subset_and_an_unknown_step_is_a_usage_error(calls, tmp_path, capsys):
    assert main(["train", "all", "--output", str(tmp_path), "--steps", "relations,ner"]) == 0
    assert [c[0] for c in calls] == ["ner", "relations"]  # still in dependency order
    assert main(["train", "all", "--output", str(tmp_path), "--steps", "ner,tagger"]) == 2
    assert "[E129]" in capsys.readouterr().err


def test_backbone_reaches_the_relation_trainer_as_an_encoder(calls, tmp_path, monkeypatch):
    import claimex.relation_model.hf_encoder as hf

    folder = tmp_path / "gbert"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    loaded = []
    monkeypatch.setattr(hf, "load_encoder", lambda path: loaded.append(path) or "ENCODER")
    assert main(["train", "all", "--output", str(tmp_path), "--steps", "relations", "--backbone", str(folder)]) == 0
    assert loaded == [str(folder)] and calls[0][2]["encoder"] == "ENCODER"


@pytest.mark.parametrize("backbone,code", [("./missing-folder", "E121"), ("deepset/gbert-base", "E122")])
def test_a_wrong_backbone_fails_before_any_step_trains(calls, tmp_path, capsys, monkeypatch, backbone, code):
    monkeypatch.chdir(tmp_path)
    assert main(["train", "all", "--output", str(tmp_path), "--backbone", backbone]) == 2
    assert f"[{code}]" in capsys.readouterr().err
    assert calls == []
