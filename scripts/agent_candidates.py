"""List casualty claims without an agent whose sentence or paragraph holds a perpetrator cue.

    python scripts/agent_candidates.py [corpora/claimex-de/raw] [--out candidates.jsonl]

For every casualty claim with `agent` null in the authoring files, the claim's sentence and
paragraph are searched for the cues of `scripts/agent_cues.json`: an attack or crime noun, a
perpetrator noun, a demonym adjective before an attack head ("russischen Luftangriff"), a
finite harm verb (an active clause with a subject), or "von"/"durch" after or before a harm
participle ("von einem Auto erfasst", "durch Schüsse verletzt"). Each candidate line carries
the claim, the cues found and the text of the sentence and paragraph, for a person to read:
the agent is set only where the text names the responsible person or body (CLAIMS.md and the
corpus conventions: natural causes are never agents; a pronoun's agent is the name; attacker
adjectives are spans). The script decides nothing.

Sentences are split as the realism measure splits them (at . ! ? or a closing quote followed
by whitespace and a capital, and at line breaks); paragraphs at blank lines.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from claimex.corpus.authoring import resolve_document

HERE = Path(__file__).resolve().parent
RAW = HERE.parent / "corpora" / "claimex-de" / "raw"
_SENT_END = re.compile(r"(?<=[.!?“\"»«])\s+(?=[A-ZÄÖÜ„«»\"])|\n+")


def _cue_patterns(cues: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    words = lambda key: "|".join(sorted((re.escape(w) for w in cues[key]), key=len, reverse=True))  # noqa: E731
    part = words("harm_participles")
    return {
        "attack": re.compile(rf"\b\w*(?:{words('attack_nouns')})\w*", re.I),
        "perpetrator": re.compile(rf"\b(?:{words('perpetrator_nouns')})(?:s|n|en)?\b", re.I),
        "demonym_attack": re.compile(
            rf"\b(?:{words('demonyms')})\w*\s+(?:\w+\s+)?\w*(?:{words('attack_heads')})\w*", re.I
        ),
        # finite verbs are lower case; case-sensitive so that the nouns "Verletzten", "Toten" do not match
        "active_harm": re.compile(rf"\b(?:{words('harm_finite')})\b"),
        "passive_by": re.compile(
            rf"\b(?:von|vom|durch)\s+(?:\S+\s+){{0,5}}?(?:{part})\b"
            rf"|\b(?:{part})\b\s+(?:\S+\s+){{0,2}}?(?:von|vom|durch)\s+\S+",
            re.I,
        ),
    }


def _span(text: str, start: int, end: int, splitter: re.Pattern[str]) -> tuple[int, int]:
    """The stretch of text between the separators around [start, end)."""
    lo = 0
    for m in splitter.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            return lo, m.start()
    return lo, len(text)


def candidates(paths: list[Path], cues: dict[str, list[str]]) -> list[dict[str, Any]]:
    patterns = _cue_patterns(cues)
    paragraph = re.compile(r"\n\s*\n")
    out = []
    for path in paths:
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            resolved, _ = resolve_document(raw)
            text = raw["text"]
            for index, (amount, placed) in enumerate(zip(raw["amounts"], resolved["amounts"])):
                claim = amount.get("claim")
                if amount["kind"] != "casualty" or claim is None or claim.get("agent") is not None:
                    continue
                s0, s1 = _span(text, placed["start"], placed["end"], _SENT_END)
                p0, p1 = _span(text, placed["start"], placed["end"], paragraph)
                sentence, para = text[s0:s1], text[p0:p1]
                found = {
                    name: sorted({m.group(0) for m in pat.finditer(sentence)})
                    for name, pat in patterns.items()
                }
                in_para = {
                    name: sorted({m.group(0) for m in pat.finditer(para)} - set(found[name]))
                    for name, pat in patterns.items() if name in ("attack", "demonym_attack", "perpetrator")
                }
                if not any(found.values()) and not any(in_para.values()):
                    continue
                out.append({
                    "file": path.name, "doc_id": raw["id"], "amount_index": index, "amount_text": amount["text"],
                    "category": claim["category"], "trigger": claim.get("trigger"), "victim": claim.get("victim"),
                    "cues_sentence": {k: v for k, v in found.items() if v},
                    "cues_paragraph": {k: v for k, v in in_para.items() if v},
                    "sentence": sentence, "paragraph": para,
                })
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("raw", nargs="?", type=Path, default=RAW)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    cues = json.loads((HERE / "agent_cues.json").read_text(encoding="utf-8"))
    paths = sorted(args.raw.glob("*.jsonl")) if args.raw.is_dir() else [args.raw]
    found = candidates(paths, cues)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in found)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    print(f"{len(found)} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
