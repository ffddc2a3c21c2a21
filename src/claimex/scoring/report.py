"""The score as a readable table (``claimex evaluate`` without ``--json``).

The first four lines and the last are exactly those ``shared/score.py`` prints; the sections
between them say where the errors are.
"""

from __future__ import annotations

from typing import Any

from .findings import format_finding

__all__ = ["format_report"]


def _contract_lines(out: dict[str, Any]) -> list[str]:
    d = out["detection"]
    return [
        f"docs {out['docs']}  gold {out['gold']}  predicted {out['pred']}  matched {out['matched']}",
        f"detection  P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}",
        f"value {out['value_acc']:.3f}  category {out['category_acc']:.3f}  hedged {out['hedged_acc']:.3f}  "
        f"approximate {out['approximate_acc']:.3f}",
        "roles F1  "
        + "  ".join(f"{k} {v['f1']:.3f}" for k, v in out["roles"].items())
        + f"  mean {out['roles_f1_mean']:.3f}",
    ]


def _prf_row(name: str, v: dict[str, Any], indent: str = "  ") -> str:
    return f"{indent}{name:<12} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['gold']:6d} {v['pred']:6d}"


def _prf_header(title: str) -> str:
    return f"{title:<14} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"


def _roles_lines(out: dict[str, Any]) -> list[str]:
    return [_prf_header("roles")] + [_prf_row(r, v) for r, v in out["roles"].items()]


def _category_lines(out: dict[str, Any]) -> list[str]:
    lines = ["categories: found when a matched pair has it on both sides; P over predicted, R over gold"]
    for claim_type, cats in out.get("categories", {}).items():
        rows = [_prf_row(c, v) for c, v in cats.items() if v["gold"] or v["pred"]]
        if rows:
            lines += [_prf_header(f"{claim_type}")] + rows
    return lines if len(lines) > 1 else []


def _confusion_lines(out: dict[str, Any]) -> list[str]:
    lines = []
    for claim_type, cm in out.get("confusion", {}).items():
        labels, matrix = cm["labels"], cm["matrix"]
        keep = [i for i in range(len(labels)) if sum(matrix[i]) or sum(row[i] for row in matrix)]
        if not keep:
            continue
        width = max(6, *(len(labels[i][:10]) + 1 for i in keep))
        lines.append(f"confusion {claim_type} (rows gold, columns predicted; matched pairs)")
        lines.append(" " * 14 + "".join(f"{labels[i][:10]:>{width}}" for i in keep))
        for i in keep:
            lines.append(f"  {labels[i]:<12}" + "".join(f"{matrix[i][j]:>{width}d}" for j in keep))
    return lines


def _calibration_line(out: dict[str, Any]) -> list[str]:
    cal = out.get("calibration") or {}
    if not cal:
        return []
    return ["calibration ECE (10 bins)  " + "  ".join(f"{k} {v['ece']:.3f} (n {v['n']})" for k, v in cal.items())]


def _finding_counts_line(out: dict[str, Any]) -> list[str]:
    counts = out.get("finding_counts")
    if not counts:
        return []
    return ["errors  " + "  ".join(f"{k} {v}" for k, v in counts.items())]


def _slice_lines(out: dict[str, Any]) -> list[str]:
    lines = []
    for field, groups in out.get("slices", {}).items():
        width = max([len(field) + 2, *(len(v) + 2 for v in groups)])
        lines.append(
            f"{'by ' + field:<{width}} {'docs':>5} {'gold':>5} {'pred':>5} {'det F1':>7} {'value':>6} "
            f"{'categ':>6} {'hedged':>6} {'roles':>6} {'ECE':>6}"
        )
        for value, s in groups.items():
            ece = s.get("calibration", {}).get("claim", {}).get("ece")
            lines.append(
                f"  {value:<{width - 2}} {s['docs']:5d} {s['gold']:5d} {s['pred']:5d} {s['detection']['f1']:7.3f} "
                f"{s['value_acc']:6.3f} {s['category_acc']:6.3f} {s['hedged_acc']:6.3f} {s['roles_f1_mean']:6.3f} "
                + (f"{ece:6.3f}" if ece is not None else f"{'-':>6}")
            )
    return lines


def format_report(out: dict[str, Any], *, show: bool = False) -> str:
    """The scores as a table: score.py's lines, then roles, categories, confusion matrices,
    calibration and slices; with ``show`` every finding with its sentence."""
    lines = _contract_lines(out)
    lines += _roles_lines(out)
    lines += _category_lines(out)
    lines += _confusion_lines(out)
    lines += _calibration_line(out)
    lines += _finding_counts_line(out)
    lines += _slice_lines(out)
    if out["span_errors"]:
        lines.append(f"SPAN ERRORS: {len(out['span_errors'])}")
        lines += ["  " + e for e in out["span_errors"][:10]]
    if show:
        findings = out.get("findings")
        if findings is None:  # a score without findings (score.py's shape): its two lists
            lines += [f"  missed    {m}" for m in out["missed"]]
            lines += [f"  spurious  {s}" for s in out["spurious"]]
        else:
            lines.append(f"findings: {len(findings)}")
            lines += [format_finding(f) for f in findings]
    lines.append(f"headline (detection F1 x value accuracy): {out['headline']:.3f}")
    return "\n".join(lines)
