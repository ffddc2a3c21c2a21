"""PNG pictures of a score: the category confusion matrix of each claim type and the reliability
diagram of each confidence field (``claimex evaluate --plots DIR``).

Files are named ``confusion_<type>.png`` and ``reliability_<field>.png``. Figures are drawn on
matplotlib's Agg canvas directly (no pyplot, no display, no global backend switch), so plotting
works on servers and inside other programs. Needs the ``plots`` extra (matplotlib).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import Errors, InputError, UsageError

__all__ = ["write_plots", "plot_confusion", "plot_reliability"]


def _figure(width: float, height: float) -> Any:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as e:
        raise UsageError(Errors.E037.format(feature="--plots", packages=f"matplotlib ({e})", extra="plots")) from e
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def plot_confusion(confusion: dict[str, Any], title: str) -> Any:
    """A heat map of ``{"labels", "matrix"}`` (rows gold, columns predicted) with the counts written in."""
    labels, matrix = confusion["labels"], confusion["matrix"]
    n = len(labels)
    fig = _figure(1.6 + 0.7 * n, 1.2 + 0.6 * n)
    ax = fig.add_subplot()
    top = max((v for row in matrix for v in row), default=0) or 1
    ax.imshow(matrix, cmap="Blues", vmin=0, vmax=top)
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > top / 2 else "black", fontsize=9)
    ax.set_xticks(range(n), labels, rotation=45, ha="right")
    ax.set_yticks(range(n), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_reliability(figures: dict[str, Any], title: str) -> Any:
    """Accuracy against mean confidence per bin (bars, with the diagonal of perfect calibration) and
    the number of claims per bin below."""
    fig = _figure(5, 5.5)
    ax, counts = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    bins = figures["bins"]
    width = bins[0]["high"] - bins[0]["low"] if bins else 0.1
    centres = [(b["low"] + b["high"]) / 2 for b in bins]
    ax.bar(centres, [b["accuracy"] or 0.0 for b in bins], width=width * 0.9, color="tab:blue", label="accuracy")
    filled = [b for b in bins if b["n"]]
    ax.plot(
        [b["confidence"] for b in filled],
        [b["accuracy"] for b in filled],
        "o",
        color="tab:orange",
        label="bin: mean confidence, share right",
    )
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_ylabel("share right")
    ax.set_title(f"{title}  (ECE {figures['ece']:.3f}, n {figures['n']})")
    ax.legend(loc="upper left", fontsize=8)
    counts.bar(centres, [b["n"] for b in bins], width=width * 0.9, color="grey")
    counts.set_xlabel("confidence")
    counts.set_ylabel("claims")
    fig.tight_layout()
    return fig


def write_plots(out: dict[str, Any], directory: Path) -> list[Path]:
    """Write every picture of a score (``claimex.evaluation.evaluate``'s result) to ``directory``
    (created if needed); returns the paths written, confusion matrices first."""
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError(Errors.E045.format(path=directory, reason=e)) from e
    jobs = [
        (f"confusion_{claim_type}.png", plot_confusion, cm, f"{claim_type} categories (matched pairs)")
        for claim_type, cm in out.get("confusion", {}).items()
    ]
    jobs += [
        (f"reliability_{name}.png", plot_reliability, figures, f"{name} confidence")
        for name, figures in out.get("calibration", {}).items()
    ]
    written = []
    for filename, draw, data, title in jobs:
        path = directory / filename
        fig = draw(data, title)
        try:
            fig.savefig(path, format="png")
        except OSError as e:
            raise InputError(Errors.E045.format(path=path, reason=e)) from e
        written.append(path)
    return written
