"""Trim casualty amount spans that include their noun ("612 Menschen" -> "612") in authoring files.

    python scripts/trim_casualty_spans.py corpora/claimex-de/raw/w17-*.jsonl

The corpus writes a casualty amount as the number with its qualifiers ("mindestens 94"), its
noun being the victim. A batch that wrote the noun into the span is brought in line: the
written span becomes the span claimex's amount recognizer reads at the same place, when that
is a prefix of it and the document still resolves every amount to the same position (else the
written span is kept). Files are rewritten in place; run `claimex corpus check` after it.
"""
import json, sys, warnings
warnings.simplefilter("ignore")
from pathlib import Path
import claimex
from claimex.corpus.authoring import resolve_document
from claimex.extensions import AMOUNTS_KEY

nlp = claimex.load().nlp
trimmed = kept = 0
for path in map(Path, sys.argv[1:]):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            out.append(line); continue
        raw = json.loads(line)
        resolved, problems = resolve_document(raw)
        assert not problems, problems
        doc = nlp(raw["text"])
        spans = {s.start_char: s for s in doc.spans[AMOUNTS_KEY]}
        changed = False
        for a, r in zip(raw["amounts"], resolved["amounts"]):
            if a["kind"] != "casualty":
                continue
            s = spans.get(r["start"])
            if s is None or s.text == a["text"]:
                kept += 1; continue
            if a["text"].startswith(s.text) and a["text"][len(s.text):len(s.text)+1] == " ":
                written = a["text"]
                a["text"] = s.text
                again, problems = resolve_document(raw)
                if problems or [x["start"] for x in again["amounts"]] != [x["start"] for x in resolved["amounts"]]:
                    a["text"] = written; kept += 1  # the prefix would be found elsewhere: keep it
                else:
                    trimmed += 1
            else:
                kept += 1
        out.append(json.dumps(raw, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"trimmed {trimmed}, kept {kept}")
