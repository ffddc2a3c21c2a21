"""Agreement of a second annotation with the first, overall and per writer batch.

    python scripts/agreement_by_batch.py corpora/claimex-de/raw second_pass/d.jsonl [--doc TEXT] [--out FILE]

The same figures as `claimex corpus agree FIRST SECOND`, computed once over all documents of
SECOND and once per writer batch (the batch is the middle part of the id, "cx-w11-0009" → w11),
plus two summaries: `roles_mean` (mean agreement of the contract's scored roles agent,
recipient, victim, source) and `roles_mean_all` (mean over all seven span roles).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from claimex.corpus.agreement import agreement
from claimex.corpus.authoring import resolve_document
from claimex.corpus.build import read_jsonl

SCORED_ROLES = ("agent", "recipient", "victim", "source")
ALL_ROLES = ("trigger", "agent", "recipient", "victim", "source", "time", "location")


def documents(path: Path) -> list[dict[str, Any]]:
    """Released documents as they are; authoring documents resolved (as `claimex corpus agree`)."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    docs = [d for f in files for d in read_jsonl(f)]
    return [d if "claims" in d else resolve_document(d)[0] for d in docs]


def summary(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """`agreement` with the disagreements counted, and the two role means added."""
    out = agreement(first, second)
    out["disagreements"] = len(out["disagreements"])
    fields = out["field_agreement"]
    out["roles_mean"] = sum(fields[r] for r in SCORED_ROLES) / len(SCORED_ROLES)
    out["roles_mean_all"] = sum(fields[r] for r in ALL_ROLES) / len(ALL_ROLES)
    return out


def batch_of(doc_id: str) -> str:
    """The writer batch of a document id: "cx-w11-0009" → "w11"."""
    return doc_id.split("-")[1]


def by_batch(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """`summary` over all documents of SECOND and once per writer batch."""
    batches = sorted({batch_of(d["id"]) for d in second}, key=lambda b: int(b[1:]))
    return {
        "all": summary(first, second),
        "per_batch": {
            b: summary([d for d in first if batch_of(d["id"]) == b], [d for d in second if batch_of(d["id"]) == b])
            for b in batches
        },
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first", type=Path, help="the primary annotation: raw folder or file")
    ap.add_argument("second", type=Path, help="the second annotation")
    ap.add_argument("--doc", default="", help="the _doc line written into the output")
    ap.add_argument("--out", type=Path, help="write the JSON here instead of stdout")
    args = ap.parse_args()
    second = documents(args.second)
    wanted = {d["id"] for d in second}
    first = [d for d in documents(args.first) if d["id"] in wanted]
    result: dict[str, Any] = {"_doc": args.doc} if args.doc else {}
    result.update(by_batch(first, second))
    write_result(result, args.out)
    return 0


def write_result(result: dict[str, Any], out: Path | None) -> None:
    """The figures as indented JSON, to ``out`` or else to stdout."""
    text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    raise SystemExit(main())
