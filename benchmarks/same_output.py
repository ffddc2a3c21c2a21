"""Byte-for-byte check that a code change leaves claimex's output unchanged.

    python benchmarks/same_output.py --write DIR [--model DIR] [FILES...]
    python benchmarks/same_output.py --check DIR [--model DIR] [FILES...]

For every document of the gold JSONL FILES (default: the dev, test and test_unseen splits of the
claimex corpus and the seed gold), writes one line per document: its id and its claims as
``Claim.to_dict()`` plus each claim's ``field_confidence`` (floats in full ``repr``). ``--write``
stores these lines as the reference (one file per input and pipeline); ``--check`` compares
the current output with the reference and prints the documents that differ, the largest
difference of any float, and exits 1 if anything differs. Run it before and after a
refactoring meant to be invisible (a speed-up), with and without ``--model``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILES = [
    ROOT / "corpora" / "claimex-de" / f"{split}.jsonl" for split in ("dev", "test", "test_unseen")
] + [ROOT.parent / "shared" / "seeds" / "gold.jsonl"]


def claim_lines(extractor, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """One JSON line per document of ``path``: its id and its claims."""
    lines = []
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        claims = [
            {**c.to_dict(), "field_confidence": dict(sorted((c.field_confidence or {}).items()))}
            for c in extractor.extract(doc["text"])
        ]
        lines.append(json.dumps({"id": doc.get("id"), "claims": claims}, ensure_ascii=False, sort_keys=True))
    return lines


def _floats(a, b, out: list[float]) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``a`` and ``b`` are equal up to floats; float differences are appended to ``out``."""
    if isinstance(a, float) and isinstance(b, float):
        out.append(abs(a - b))
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_floats(a[k], b[k], out) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_floats(x, y, out) for x, y in zip(a, b))
    return a == b


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", metavar="DIR", type=Path, help="store the current output as the reference")
    mode.add_argument("--check", metavar="DIR", type=Path, help="compare the current output with the reference")
    ap.add_argument("--model", metavar="DIR", help="claimex.load(DIR) in place of the default pipeline")
    ap.add_argument("files", nargs="*", type=Path, default=[p for p in DEFAULT_FILES if p.exists()])
    args = ap.parse_args()

    import claimex

    extractor = claimex.load(args.model)
    tag = Path(args.model).name if args.model else "default"
    differing, structural, deltas = 0, 0, []
    n_docs = 0
    for path in args.files:
        lines = claim_lines(extractor, path)
        n_docs += len(lines)
        ref = (args.write or args.check) / f"{tag}.{path.stem}.jsonl"
        if args.write:
            ref.parent.mkdir(parents=True, exist_ok=True)
            ref.write_text("\n".join(lines) + "\n", encoding="utf-8")
            continue
        expected = ref.read_text(encoding="utf-8").splitlines()
        if len(expected) != len(lines):
            print(f"{path}: {len(lines)} documents, reference has {len(expected)}")
            structural += 1
            continue
        for got, want in zip(lines, expected):
            if got == want:
                continue
            differing += 1
            doc_deltas: list[float] = []
            if not _floats(json.loads(got), json.loads(want), doc_deltas):
                structural += 1
                print(f"{path.name} {json.loads(want)['id']}: claims differ")
            deltas += doc_deltas
    if args.write:
        print(f"wrote the claims of {n_docs} documents ({tag}) to {args.write}")
        return 0
    max_delta = max(deltas, default=0.0)
    print(
        f"{tag}: {n_docs} documents, {differing} differ byte for byte, {structural} beyond floats; "
        f"largest float difference {max_delta:.3g}"
    )
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
