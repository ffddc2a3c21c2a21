"""Apply the primary fixes decided in an adjudication to the authoring files, in place.

    python scripts/apply_adjudication.py corpora/claimex-de/second_pass/fixes_c.jsonl [--writers w10 w15]

Each line of the fixes file is {"doc_id", "amount_text", "field", "old", "new"} (with
"amount_index" where the amount text occurs more than once: its index in the document's
amounts), or {"field": "add_claim", "new": <amount>, "insert_after": <amount text>}. A fix
whose "old" no longer matches the file is reported and skipped, never forced: someone changed
that label since the adjudication. Run `claimex corpus check` and `claimex corpus build` after.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

RAW = Path(__file__).resolve().parent.parent / "corpora" / "claimex-de" / "raw"


#: Fields of the amount itself; every other field is one of its claim's.
_AMOUNT_FIELDS = ("low", "high", "approximate", "unit", "kind")


def _amount(doc: dict, fix: dict) -> dict:
    """The amount a fix names: by its index among the amounts, else the claim with that text."""
    if "amount_index" in fix:
        return doc["amounts"][fix["amount_index"]]
    return next(a for a in doc["amounts"] if a["text"] == fix["amount_text"] and "claim" in a)


def apply(fix: dict, doc: dict) -> str:
    """'applied', or why the fix was skipped."""
    if fix["field"] == "add_claim":
        at = next(i for i, a in enumerate(doc["amounts"]) if a["text"] == fix["insert_after"])
        if at + 1 < len(doc["amounts"]) and doc["amounts"][at + 1]["text"] == fix["new"]["text"]:
            return "skipped: the claim exists already"
        doc["amounts"].insert(at + 1, fix["new"])
        return "applied"
    amount = _amount(doc, fix)
    if amount["text"] != fix["amount_text"]:
        return f"skipped: amount {fix['amount_index']} reads {amount['text']!r} now"
    holder = amount if fix["field"] in _AMOUNT_FIELDS else amount["claim"]
    if holder.get(fix["field"]) != fix["old"]:
        return f"skipped: {fix['field']} is {holder.get(fix['field'])!r}, the fix expected {fix['old']!r}"
    holder[fix["field"]] = fix["new"]
    return "applied"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("fixes", type=Path)
    ap.add_argument("--writers", nargs="*", help="apply only to these writer batches")
    args = ap.parse_args()
    fixes = [json.loads(line) for line in args.fixes.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_doc: dict[str, list[dict]] = {}
    for fix in fixes:
        if not args.writers or fix["doc_id"].split("-")[1] in args.writers:
            by_doc.setdefault(fix["doc_id"], []).append(fix)
    counts: dict[str, int] = {}
    for path in sorted(RAW.glob("*.jsonl")):
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        touched = False
        for doc in docs:
            for fix in by_doc.pop(doc["id"], []):
                result = apply(fix, doc)
                counts[result.split(":")[0]] = counts.get(result.split(":")[0], 0) + 1
                touched |= result == "applied"
                if result != "applied":
                    print(f"{doc['id']} {fix.get('amount_text')!r} {fix['field']}: {result}")
        if touched:
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    for doc_id in by_doc:
        print(f"{doc_id}: no such document")
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
