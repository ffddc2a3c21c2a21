"""Disagreements of a second annotation with the primary one, and the fixes an adjudication decides.

    python scripts/second_pass.py list RAW SECOND > disagreements.jsonl
    python scripts/second_pass.py fixes RAW SECOND DECISIONS --fixes FIXES --table TABLE.md

`list` pairs the claims of both annotations as `claimex corpus agree` does (same type, overlapping
spans, largest overlap first) and writes one line per disagreement with what
`scripts/apply_adjudication.py` needs: the primary amount's index and text, the field, and the
RAW values of both annotations (role strings as written in the authoring files, bracket forms
included), so a fix copies the second annotation's string exactly.

`fixes` reads a decisions file (one line per disagreement: "key" as written by `list`, "verdict"
first/second/both/neither, "reason", and for "neither" the "new" value) and writes the fixes of
every "second"/"neither" verdict, plus a markdown table of verdicts per field and per batch.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from claimex.corpus.authoring import resolve_document
from claimex.corpus.build import read_jsonl
from claimex.corpus.agreement import field_checks
from claimex.scoring import match_claims

ROLES = ("trigger", "agent", "recipient", "victim", "source", "time", "location")
FIELDS = ("claim", "value", "category", "hedged", "approximate", *ROLES)
_AMOUNT_FIELDS = {"value": ("low", "high", "unit"), "approximate": ("approximate",)}


def _raw_docs(path: Path) -> dict[str, dict[str, Any]]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return {d["id"]: d for f in files for d in read_jsonl(f)}


def _claims(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """Resolved claims, each with the index of its amount in the raw document."""
    resolved, problems = resolve_document(raw)
    if problems:
        raise SystemExit(f"{raw['id']}: {problems}")
    at = [i for i, a in enumerate(raw["amounts"]) if "claim" in a]
    claims = resolved["claims"]
    assert len(at) == len(claims), raw["id"]
    return [dict(c, amount_index=i) for c, i in zip(claims, at)]


def _raw_value(amount: dict[str, Any], field: str) -> Any:
    if field in _AMOUNT_FIELDS:
        vals = [amount.get(k) for k in _AMOUNT_FIELDS[field]]
        return vals if len(vals) > 1 else vals[0]
    return amount["claim"].get(field)


def _previous_text(doc: dict[str, Any], index: int) -> str | None:
    """The text of the amount before `index` (where an added claim goes), None at the start."""
    return doc["amounts"][index - 1]["text"] if index else None


def disagreements(raw_first: dict[str, dict[str, Any]], raw_second: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for doc_id, second in raw_second.items():
        first = raw_first[doc_id]
        ca, cb = _claims(first), _claims(second)
        pairs = match_claims(ca, cb)
        for a, b in pairs:
            ra, rb = first["amounts"][a["amount_index"]], second["amounts"][b["amount_index"]]
            for field, ok in field_checks(a, b).items():
                if not ok:
                    out.append({
                        "key": f"{doc_id}#{a['amount_index']}#{field}", "doc_id": doc_id,
                        "amount_index": a["amount_index"], "amount_text": ra["text"], "field": field,
                        "first": _raw_value(ra, field), "second": _raw_value(rb, field),
                    })
        paired_a = {id(a) for a, _ in pairs}
        paired_b = {id(b) for _, b in pairs}
        for c in ca:
            if id(c) not in paired_a:
                out.append({"key": f"{doc_id}#{c['amount_index']}#claim", "doc_id": doc_id,
                            "amount_index": c["amount_index"], "amount_text": c["text"], "field": "claim",
                            "first": c["type"], "second": None})
        for c in cb:
            if id(c) not in paired_b:
                out.append({"key": f"{doc_id}#second{c['amount_index']}#claim", "doc_id": doc_id,
                            "amount_text": c["text"], "field": "claim", "first": None, "second": c["type"],
                            "second_amount": second["amounts"][c["amount_index"]],
                            "insert_after": _previous_text(second, c["amount_index"])})
    return out


def _fix(d: dict[str, Any], decision: dict[str, Any]) -> list[dict[str, Any]]:
    """The fix lines one decided disagreement needs (none for first/both)."""
    verdict = decision["verdict"]
    if verdict not in ("second", "neither"):
        return []
    base = {"doc_id": d["doc_id"], "reason": decision["reason"], "verdict": verdict}
    if d["field"] == "claim":
        if d["second"] is not None and verdict == "second":
            return [dict(base, amount_text=d["amount_text"], field="add_claim", old=None,
                         new=d["second_amount"], insert_after=decision.get("insert_after", d["insert_after"]))]
        return [dict(base, amount_text=d["amount_text"], amount_index=d["amount_index"], field=f, old=o, new=n)
                for f, o, n in decision["edits"]]
    new = decision["new"] if "new" in decision else d["second"]  # "new" overrides (e.g. a bracket form)
    common = dict(base, amount_text=d["amount_text"], amount_index=d["amount_index"])
    if d["field"] == "value":
        edits = zip(("low", "high", "unit"), d["first"], new)
        return [dict(common, field=k, old=o, new=n) for k, o, n in edits if o != n]
    return [dict(common, field=d["field"], old=d["first"], new=new)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list")
    ls.add_argument("raw", type=Path)
    ls.add_argument("second", type=Path)
    fx = sub.add_parser("fixes")
    fx.add_argument("raw", type=Path)
    fx.add_argument("second", type=Path)
    fx.add_argument("decisions", type=Path)
    fx.add_argument("--fixes", type=Path, required=True)
    fx.add_argument("--table", type=Path, required=True)
    args = ap.parse_args()
    second = _raw_docs(args.second)
    first = {k: v for k, v in _raw_docs(args.raw).items() if k in second}
    found = disagreements(first, second)
    if args.cmd == "list":
        for d in found:
            print(json.dumps(d, ensure_ascii=False))
        return 0
    decisions = {d["key"]: d for d in read_jsonl(args.decisions)}
    missing = [d["key"] for d in found if d["key"] not in decisions]
    if missing:
        raise SystemExit(f"undecided: {missing}")
    fixes, by_field, by_batch = [], Counter(), Counter()
    for d in found:
        dec = decisions[d["key"]]
        fixes += _fix(d, dec)
        by_field[d["field"], dec["verdict"]] += 1
        by_batch[d["doc_id"].split("-")[1], dec["verdict"]] += 1
    for extra in decisions.values():  # errors both annotations share: not in `found`
        if extra.get("shared"):
            where = {k: extra[k] for k in ("doc_id", "amount_text", "amount_index")}
            fixes += [dict(where, field=f, old=o, new=n, reason=extra["reason"], verdict="neither")
                      for f, o, n in extra["edits"]]
    args.fixes.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in fixes), encoding="utf-8")
    verdicts = ("first", "second", "both", "neither")
    lines = [
        "| field | first | second (primary to fix) | both acceptable | neither | total |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for f in FIELDS:
        row = [by_field[f, v] for v in verdicts]
        lines.append(f"| {f} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(by_field[f, v] for f in FIELDS) for v in verdicts]
    lines.append("| **total** | " + " | ".join(f"**{t}**" for t in tot) + f" | **{sum(tot)}** |")
    lines += ["", "| batch | first | second | both | neither | total |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for b in sorted({b for b, _ in by_batch}, key=lambda b: int(b[1:])):
        row = [by_batch[b, v] for v in verdicts]
        lines.append(f"| {b} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    args.table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} disagreements, {len(fixes)} fixes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
