"""``claimex train ner``: build the training union and train ``configs/ner.cfg`` with spaCy.

Reproducible from ``[system] seed``; spaCy's console logger shows progress (a bar per
evaluation interval and a table of dev scores). The best model by dev entity F1 is copied to
the output folder without the optimizer state; a ``training.json`` beside it records data,
settings and scores for the model card.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any, Optional

from thinc.api import Config

from .data import Sources, build_docbins

__all__ = ["train_ner", "default_ner_config", "DEFAULT_NER_DIR"]

#: The shipped model, beside the package in the repository checkout.
DEFAULT_NER_DIR = Path(__file__).resolve().parents[3] / "models" / "ner"


def default_ner_config() -> Config:
    """``configs/ner.cfg`` as a ``Config``."""
    text = resources.files("claimex.configs").joinpath("ner.cfg").read_text(encoding="utf-8")
    return Config().from_str(text, interpolate=False)


def train_ner(
    out: Path = DEFAULT_NER_DIR,
    *,
    config: Optional[Path] = None,
    sources: Optional[Sources] = None,
    overrides: Optional[dict[str, Any]] = None,
    limit: Optional[int] = None,
    work_dir: Optional[Path] = None,
) -> dict[str, Any]:
    """Train the entity recognizer into ``out``; returns the record written to ``training.json``.

    config: a spaCy config (default ``configs/ner.cfg``); overrides: dotted config settings,
    e.g. ``{"training.max_steps": 20}``; limit: use only that many documents (tests).
    """
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train

    from .. import vectors as _vectors  # noqa: F401  (registers claimex.PieceVectors.v1)
    from ..api import build_default_nlp

    sources = sources or Sources()
    cfg = Config().from_disk(config, interpolate=False) if config else default_ner_config()
    # [claimex_data] settings shape the training union; spaCy never sees them
    data_settings = dict(cfg.pop("claimex_data", {}))
    for key, value in (overrides or {}).items():
        if key.startswith("claimex_data."):
            data_settings[key.split(".", 1)[1]] = value
    overrides = {k: v for k, v in (overrides or {}).items() if not k.startswith("claimex_data.")}
    t0, cpu0 = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        tmp_path = Path(tmp)
        counts = build_docbins(
            build_default_nlp(),
            sources,
            tmp_path / "data",
            seed=int(cfg["system"]["seed"]),
            own_repeat=int(data_settings.get("own_repeat", 1)),
            limit=limit,
        )
        settings = {"paths.train": str(tmp_path / "data" / "train.spacy"), "paths.dev": str(tmp_path / "data" / "dev.spacy")}
        settings.update(overrides or {})
        cfg = spacy.util.load_config_from_str(cfg.to_str(), overrides=settings, interpolate=False)
        nlp = init_nlp(cfg)
        (tmp_path / "output").mkdir()
        spacy_train(nlp, tmp_path / "output", stdout=sys.stdout, stderr=sys.stderr)
        best = tmp_path / "output" / "model-best"
        trained = spacy.load(best)
        meta = trained.meta
        if out.exists():
            shutil.rmtree(out)
        # the config keeps the paths of the temporary corpora out of the saved model
        trained.config["paths"]["train"] = None
        trained.config["paths"]["dev"] = None
        trained.to_disk(out)
    record = {
        "documents": counts,
        "seconds": round(time.perf_counter() - t0, 1),
        "cpu_seconds": round(time.process_time() - cpu0, 1),
        "overrides": overrides,
        "data": data_settings,
        "performance": meta.get("performance", {}),
        "spacy": spacy.__version__,
    }
    (out / "training.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return record
