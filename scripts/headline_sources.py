"""Give the claims of a headline no source that only the body names (stop 23 convention).

    python scripts/headline_sources.py [--raw corpora/claimex-de/raw] [--check]

CLAIMS.md lets a source lie in another sentence "when the text resolves it there (a pronoun's
antecedent, a source named once for a paragraph)". A headline is a paragraph of its own; the
adjudications of corpus v2 had carried the body's source up to the headline's restated figure
("a headline or teaser whose body names the source"). Three writers who annotated fresh
articles from CLAIMS.md alone (the blind wire set of stop 22 and the article sets art-a and
art-c of stop 23) all left such headline claims without a source, as a reader of the contract
does, so the corpus follows them: a claim whose amount stands in the first line of a
multi-line text keeps its source only when the source stands in that line too.

The script rewrites the authoring files in place (``--check`` only counts) and prints how many
claims changed per file; rebuild the splits afterwards with ``claimex corpus build``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimex.corpus.authoring import resolve_document

RAW = Path(__file__).resolve().parent.parent / "corpora" / "claimex-de" / "raw"


def headline_end(text: str) -> int:
    """The end of the first line of a text of several lines, else 0 (no headline)."""
    end = text.find("\n")
    return end if end > 0 else 0


def unsource_headline(raw: dict) -> int:
    """Null the source of every headline claim of the authoring document ``raw`` whose source
    resolves outside the headline; the number of claims changed."""
    end = headline_end(raw.get("text", ""))
    if not end:
        return 0
    resolved, problems = resolve_document(raw)
    if problems:
        raise SystemExit(f"{raw.get('id')}: {problems}")
    changed = 0
    by_start = {c["start"]: c for c in resolved["claims"]}
    position = 0
    text = raw["text"]
    for amount in raw["amounts"]:
        position = text.find(amount["text"], position)
        claim = amount.get("claim")
        if claim is None or position >= end:
            position += len(amount["text"])
            continue
        gold = by_start.get(position)
        source = gold.get("source") if gold else None
        if source is not None and source["start"] >= end:
            claim["source"] = None
            changed += 1
        position += len(amount["text"])
    return changed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, default=RAW, help="folder of authoring files")
    ap.add_argument("--check", action="store_true", help="count only; write nothing")
    args = ap.parse_args()
    total = 0
    for path in sorted(args.raw.glob("*.jsonl")):
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        changed = sum(unsource_headline(d) for d in docs)
        if changed and not args.check:
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        if changed:
            print(f"{path.name}: {changed}")
        total += changed
    print(f"{total} headline claims lose a source named only in the body")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
