"""Group the missed and spurious claims of ``claimex evaluate --show --json`` by pattern.

    claimex evaluate corpora/claimex-de/dev.jsonl --show --json > dev.json
    python scripts/miss_classes.py dev.json [--list CLASS]

The classes are the real-news forms of the recall work: number format (thousands written
with spaces, apostrophes or no separator), currency-less money, a single person ("ein
54-Jähriger"), number words and vague plurals, breakdowns ("darunter", "davon", "unter
ihnen"), captured/released, anaphoric follow-ups ("Im Vorjahr waren es ..."), page noise
(captions, call signs, road numbers) and other. A claim goes to the first class that fits;
the heuristics are for triage, not scoring.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict

_FORMAT = re.compile(r"\d{1,3}(?:['\u2019\u00a0\u202f\u2009 ]\d{3})+|\b\d{5,}\b")
_CURRENCY = re.compile(r"euro|€|\$|dollar|franken|\bfr\.|chf|rappen|cent|pfund|rubel|yen|won|rupien|kronen", re.I)
_SINGLE = {"ein", "eine", "einen", "einer", "eines", "einem"}
_NUMBER_WORDS = {"dutzende", "hunderte", "tausende", "zehntausende", "dutzend", "hundert", "beide", "beiden"}
_BREAKDOWN = re.compile(r"\b(darunter|davon|unter ihnen|von ihnen|einer von)\b", re.I)
_CAPTURED = re.compile(r"geisel|entführ|verschlepp|frei(ge)?l|gefangen|festgehalten|hält .* fest|hielten .* fest", re.I)
_ANAPHOR = re.compile(r"waren es|sind es|zahl .*(auf|stieg|steigt)|beziffert", re.I)
_NOISE = re.compile(r"hubschrauber|christoph|foto:|bild:|lesen sie|\b[ABL] \d|\(\w+\)\s*[-–]", re.I)


def classify(finding: dict) -> str:
    text, sentence = finding["text"], finding["sentence"]["text"]
    words = text.lower().split()
    if _NOISE.search(sentence) and finding["kind"] == "spurious":
        return "page noise"
    if _FORMAT.search(text):
        return "number format"
    if finding["type"] == "monetary" and not _CURRENCY.search(text):
        return "currency-less money"
    before = sentence[: max(0, finding["start"] - finding["sentence"]["start"])]
    if _BREAKDOWN.search(before[-25:] + " " + sentence[finding["end"] - finding["sentence"]["start"] :][:15]):
        return "breakdown"
    if words and words[0] in _SINGLE:
        return "single person"
    if any(w in _NUMBER_WORDS for w in words):
        return "number word"
    if finding["type"] == "casualty" and _CAPTURED.search(sentence):
        return "captured/released"
    if _ANAPHOR.search(sentence):
        return "anaphoric follow-up"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("report", help="output of claimex evaluate --show --json")
    parser.add_argument("--list", metavar="CLASS", help="print the sentences of one class")
    args = parser.parse_args()
    findings = json.load(open(args.report, encoding="utf-8"))["findings"]
    for kind in ("missed", "spurious"):
        groups: dict[str, list[dict]] = defaultdict(list)
        for f in findings:
            if f["kind"] == kind:
                groups[classify(f)].append(f)
        counts = Counter({c: len(v) for c, v in groups.items()})
        print(f"{kind} {sum(counts.values())}: " + ", ".join(f"{c} {n}" for c, n in counts.most_common()))
        if args.list:
            for f in groups.get(args.list, []):
                print(f"  {f['text']!r:24} {f['sentence']['text'][:160]}")
    values = [f for f in findings if f["kind"] == "value"]
    print(f"value errors {len(values)}")


if __name__ == "__main__":
    main()
