"""``claimex train all``: every trained part of the pipeline, rebuilt in dependency order into one folder.

vectors (the static word vectors, read by the NER) -> parser -> ner -> relations (reads mentions,
parse and vectors). Each step calls its trainer, imported when the step runs; a step whose
trainer is not importable (not merged yet, or its extra not installed) is skipped with a
warning, so the list of steps that run depends on what this install has. ``--dry-run`` prints
the steps, their output folders and the equivalent single commands without training.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from ..errors import Errors, UsageError, Warnings

__all__ = ["Options", "Step", "STEPS", "MODELS_DIR", "plan", "run_all", "add_arguments"]

#: The shipped models, beside the package in the repository checkout (as ``claimex train vectors|ner`` use).
MODELS_DIR = Path(__file__).resolve().parents[3] / "models"


@dataclass(frozen=True)
class Options:
    """What ``claimex train all`` was asked: one output folder, shared data paths, step limit, seed."""

    output: Path
    corpus: Path
    shared_data: Path
    max_steps: Optional[int] = None
    seed: int = 0
    backbone: Optional[str] = None


@dataclass(frozen=True)
class Step:
    """One trainer: where it lives, where it writes and how it is called."""

    name: str
    module: str
    function: str
    folder: str
    command: Callable[[Options], str]
    run: Callable[[Callable[..., Any], Options], str]

    def trainer(self) -> Callable[..., Any]:
        """The training function, imported now (ImportError/AttributeError when unavailable)."""
        return getattr(importlib.import_module(self.module), self.function)


# -- vectors ------------------------------------------------------------------------------------


def _vectors_command(o: Options) -> str:
    return f"claimex train vectors --out {o.output / 'vectors'} --corpus {o.corpus} --shared-data {o.shared_data}"


def _vectors_run(build_vectors: Callable[..., Any], o: Options) -> str:
    vectors = build_vectors(o.output / "vectors", corpus_dir=o.corpus, shared_data=o.shared_data)
    return f"{len(vectors.index):,} words x {vectors.dim} dims"


# -- names --------------------------------------------------------------------------------------


def _names_command(o: Options) -> str:
    return f"claimex train names --out {o.output / 'names'} --corpus {o.corpus} --shared-data {o.shared_data}"


def _names_run(train_names: Callable[..., Any], o: Options) -> str:
    meta = train_names(o.output / "names", shared_data=o.shared_data, corpus_dir=o.corpus, seed=o.seed)
    return f"{meta['training_types']:,} word forms, held-out accuracy {meta['scores']['held_out_documents']['accuracy']:.3f}"


# -- parser -------------------------------------------------------------------------------------


def _parser_overrides(o: Options) -> dict[str, Any]:
    return {"training.max_steps": o.max_steps} if o.max_steps is not None else {}


def _parser_command(o: Options) -> str:
    sets = "".join(f" --set {k}={v}" for k, v in _parser_overrides(o).items())
    return f"claimex train parser --out {o.output / 'parser'} --ud {o.shared_data / 'ud-german'} --seed {o.seed}{sets}"


def _parser_run(train_parser: Callable[..., Any], o: Options) -> str:
    out = o.output / "parser"
    with tempfile.TemporaryDirectory() as work:
        train_parser(out, ud=o.shared_data / "ud-german", seed=o.seed, overrides=_parser_overrides(o), work_dir=Path(work))
    return f"model in {out / 'model'}"


# -- ner ----------------------------------------------------------------------------------------


def _ner_overrides(o: Options) -> dict[str, Any]:
    overrides: dict[str, Any] = {"system.seed": o.seed}
    if o.max_steps is not None:
        overrides["training.max_steps"] = o.max_steps
    vectors = o.output / "vectors"
    if vectors.resolve() != (MODELS_DIR / "vectors").resolve() and (vectors / "vectors.npz").exists():
        overrides["nlp.vectors.path"] = str(vectors)  # the vectors this run built, not the shipped ones
    return overrides


def _ner_command(o: Options) -> str:
    sets = " ".join(f"--set {k}={v}" for k, v in _ner_overrides(o).items())
    return f"claimex train ner --out {o.output / 'ner'} --corpus {o.corpus} --shared-data {o.shared_data} {sets}"


def _ner_run(train_ner: Callable[..., Any], o: Options) -> str:
    from ..ner.data import Sources

    record = train_ner(o.output / "ner", sources=Sources(o.corpus, o.shared_data), overrides=_ner_overrides(o))
    return f"dev entity F1 {record.get('performance', {}).get('ents_f', 0.0):.3f}"


# -- relations ----------------------------------------------------------------------------------


def _relations_command(o: Options) -> str:
    parts = [
        f"claimex train relations --train {o.corpus / 'train.jsonl'} --dev {o.corpus / 'dev.jsonl'}",
        f"--output {o.output / 'relations'} --seed {o.seed}",
    ]
    if o.max_steps is not None:
        parts.append(f"--max-steps {o.max_steps}")
    if o.backbone is not None:
        parts.append(f"--backbone {o.backbone}")
    return " ".join(parts)


def _relations_run(train_relations: Callable[..., Any], o: Options) -> str:
    encoder = None
    if o.backbone is not None:
        from ..relation_model.hf_encoder import load_encoder

        encoder = load_encoder(o.backbone)
    train_relations(
        o.corpus / "train.jsonl",
        o.corpus / "dev.jsonl",
        o.output / "relations",
        encoder=encoder,
        max_steps=o.max_steps,
        seed=o.seed,
        progress=True,
    )
    return f"backbone {o.backbone}" if o.backbone else "default span vectors"


#: In dependency order: the NER reads the vectors; the relation model reads vectors, parse and entities.
STEPS: tuple[Step, ...] = (
    Step("vectors", "claimex.vectors.build", "build_vectors", "vectors", _vectors_command, _vectors_run),
    Step("names", "claimex.names.train", "train_names", "names", _names_command, _names_run),
    Step("parser", "claimex.parser.train", "train_parser", "parser", _parser_command, _parser_run),
    Step("ner", "claimex.ner.train", "train_ner", "ner", _ner_command, _ner_run),
    Step(
        "relations", "claimex.relation_model.train", "train_relations", "relations", _relations_command, _relations_run
    ),
)


@dataclass(frozen=True)
class Planned:
    """A step with this run's options: its trainer, or why it is skipped."""

    step: Step
    trainer: Optional[Callable[..., Any]]
    skip: Optional[str]


def plan(options: Options, names: Optional[list[str]] = None) -> list[Planned]:
    """The chosen steps (all by default) in dependency order, each with its trainer or a reason to skip."""
    known = [s.name for s in STEPS]
    for name in names or ():
        if name not in known:
            raise UsageError(Errors.E129.format(value=name, allowed=", ".join(known)))
    planned = []
    for step in STEPS:
        if names and step.name not in names:
            continue
        try:
            trainer = step.trainer()
        except (ImportError, AttributeError) as e:
            planned.append(Planned(step, None, f"its trainer {step.module}.{step.function} is not available ({e})"))
            continue
        planned.append(Planned(step, trainer, None))
    return planned


def run_all(options: Options, names: Optional[list[str]] = None, *, dry_run: bool = False, out: Any = None) -> int:
    """Run (or with ``dry_run`` only list) the steps; a progress line per step on ``out``. Returns the number run."""
    out = out or sys.stdout
    steps = plan(options, names)
    if options.backbone is not None and any(p.step.name == "relations" and not p.skip for p in steps):
        from ..relation_model.hf_encoder import model_folder

        model_folder(options.backbone)  # a wrong --backbone fails now, not after the other steps
    ran = 0
    for number, planned in enumerate(steps, 1):
        step = planned.step
        head = f"[{number}/{len(steps)}] {step.name} -> {options.output / step.folder}"
        if planned.skip:
            print(f"{head}: skipped", file=out, flush=True)
            warnings.warn(Warnings.W120.format(step=step.name, reason=planned.skip), stacklevel=2)
            continue
        if dry_run:
            print(f"{head}\n    {step.command(options)}", file=out, flush=True)
            continue
        print(f"{head} ...", file=out, flush=True)
        started = time.perf_counter()
        summary = step.run(planned.trainer, options)  # type: ignore[arg-type]
        print(
            f"[{number}/{len(steps)}] {step.name} done in {time.perf_counter() - started:.0f} s: {summary}",
            file=out,
            flush=True,
        )
        ran += 1
    return ran


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected an integer of at least 1, got {text!r}")
    return value


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``claimex train all``."""
    p.add_argument(
        "--output", type=Path, default=MODELS_DIR, metavar="DIR", help="folder of all models, one subfolder per step"
    )
    p.add_argument("--corpus", type=Path, default=Path("corpora/claimex-de"), help="the claimex corpus")
    p.add_argument("--shared-data", type=Path, default=Path("../shared/data"), help="the public corpora")
    p.add_argument(
        "--max-steps", type=_positive, metavar="N", help="a training-step limit passed to every trainer (short runs)"
    )
    p.add_argument(
        "--seed", type=int, default=0, metavar="S", help="random seed of every trainer that takes one (default: 0)"
    )
    # a str, not a Path: "./gbert" and "deepset/gbert" must reach the checks as the user wrote them
    p.add_argument("--backbone", metavar="PATH", help="a local Hugging Face encoder folder for the relation model")
    p.add_argument("--steps", metavar="NAMES", help="comma-separated subset of: " + ", ".join(s.name for s in STEPS))
    p.add_argument("--dry-run", action="store_true", help="list the steps and their commands, train nothing")
