"""Bring the referent roles of authoring files to the occurrence rule of AUTHORING.md.

    python scripts/normalise_role_occurrence.py apply [--raw corpora/claimex-de/raw] [--log FILE.md]
    python scripts/normalise_role_occurrence.py agree RAW SECOND [--out FILE.json]

The rule ("Conventions decided in adjudication"): a role's span is the occurrence of its
referent nearest to the amount, written in the form that stands there ("Hollmann", not
"Katrin Hollmann" from the first paragraph). Writers and second annotators often named the
right referent at another occurrence; span-overlap scoring counts that as a disagreement.

For each of `agent`, `recipient`, `victim` and `source` whose resolved span is a NAME, the
script collects the other occurrences of the same referent by a conservative test, and only
by it:

- the same name string (a PER, GPE or LOC entity of the document, or an ORG entity that is not
  a common noun such as "Regierung", "Innenministerium": `generic_heads` of
  `org_name_suffixes.json`);
- a full PER name (a PER entity of two or more words) and its last word, the surname, written
  alone elsewhere, when no other full name of the document ends with it ("Katrin Hollmann" <->
  "Hollmann");
- an organisation's short name X and "X AG", "X-Konzern", ... (`suffixes`), when one of these
  forms is an ORG entity.

An occurrence glued to a hyphen ("Hollmann-Stiftung") or inside another entity ("Peter
Hollmann") is not one of the referent; where two forms overlap, the longer one stands. The
role is rewritten to the occurrence nearest to its amount (ties: the earlier one, as the
resolver decides), as its plain text when that resolves there, else in the bracket form with
the fewest words of context; every rewrite is verified with the corpus resolver. Which
referent a role names never changes; roles that are no name (common nouns, pronouns, group
phrases) are left alone.

`apply` rewrites the raw files in place and writes a log (counts per batch, a sample).
`agree` normalises a second annotation in memory (the stored file is the record and is not
touched) and prints its agreement with RAW per writer batch, as `scripts/agreement_by_batch.py`.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from claimex.corpus.authoring import resolve_document
from claimex.corpus.build import read_jsonl

HERE = Path(__file__).resolve().parent
RAW = HERE.parent / "corpora" / "claimex-de" / "raw"
REFERENT_ROLES = ("agent", "recipient", "victim", "source")
NAME_LABELS = ("PER", "ORG", "GPE", "LOC")
_FORMS = json.loads((HERE / "org_name_suffixes.json").read_text(encoding="utf-8"))
_MAX_CONTEXT_WORDS = 6

Span = tuple[int, int]


@dataclass
class Change:
    """One role rewritten (or, with ``new`` None, left for reading) and the test that proved it."""

    doc_id: str
    amount_index: int
    amount_text: str
    role: str
    old: Any
    new: Any
    old_text: str | None  # the resolved text before and after
    new_text: str | None
    test: str  # "same name", "surname", "organisation form"; normalise_role_names adds its own


def _whole_occurrences(text: str, needle: str) -> list[int]:
    """Starts of `needle` in `text` with no letter or digit glued to either side (as the resolver)."""
    out, pos = [], text.find(needle) if needle else -1
    while pos != -1:
        before = text[pos - 1] if pos else " "
        end = pos + len(needle)
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            out.append(pos)
        pos = text.find(needle, pos + 1)
    return out


def _labels(entities: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in entities:
        out.setdefault(e.get("text") or "", set()).add(e.get("label"))
    return out


def _is_generic_org(name: str) -> bool:
    return " " not in name and any(name.lower().endswith(h) for h in _FORMS["generic_heads"])


def _org_long_forms(short: str, text: str) -> set[str]:
    """'X AG', 'X-Konzern', ... as they occur in the text."""
    forms = {f"{short}{sep}{suffix}" for suffix in _FORMS["suffixes"] for sep in (" ", "-")}
    return {f for f in forms if _whole_occurrences(text, f)}


def referent_forms(name: str, entities: list[dict[str, Any]], text: str) -> tuple[set[str], str] | None:
    """The written forms of the referent `name` names, and the test that found them; None if no name.

    The tests read the entity labels only for the form the annotator is sure to have listed (a full
    person's name, one organisation form), so that two annotations of the same text, whose entity
    lists differ in the short forms, are normalised alike.
    """
    labels = _labels(entities)
    is_org = lambda t: "ORG" in labels.get(t, set())  # noqa: E731
    for suffix in _FORMS["suffixes"]:  # "X AG" / "X-Konzern" and X
        for sep in (" ", "-"):
            short = name[: -len(sep + suffix)] if name.endswith(sep + suffix) else ""
            if short and (is_org(name) or is_org(short)) and _whole_occurrences(text, short):
                return {name, short} | _org_long_forms(short, text), "organisation form"
    longer = _org_long_forms(name, text)
    if longer and (is_org(name) or any(is_org(f) for f in longer)):
        return {name} | longer, "organisation form"
    persons = [t for t, ls in labels.items() if "PER" in ls and len(t.split()) > 1]
    if name in persons:
        surname = name.split()[-1]
        if [p for p in persons if p.split()[-1] == surname] == [name] and _whole_occurrences(text, surname):
            return {name, surname}, "surname"
    elif len(name.split()) == 1:
        full = [p for p in persons if p.split()[-1] == name]
        if len(full) == 1:
            return {name, full[0]}, "surname"
    own = labels.get(name, set()) & set(NAME_LABELS)
    if not own or (own == {"ORG"} and _is_generic_org(name)):
        return None
    return {name}, "same name"


def referent_occurrences(forms: set[str], entities: list[dict[str, Any]], text: str) -> list[Span]:
    """Spans of the referent's occurrences: not glued to a hyphen, not inside another entity or longer form."""
    spans = {(p, p + len(f)) for f in forms for p in _whole_occurrences(text, f)}
    spans = {(s, e) for s, e in spans if text[s - 1 : s] != "-" and text[e : e + 1] != "-"}
    others = {
        (p, p + len(t))
        for t in {e.get("text") or "" for e in entities} - forms
        for p in _whole_occurrences(text, t)
    }
    def inside(span: Span, among: Iterable[Span]) -> bool:
        return any(s <= span[0] and span[1] <= e and (s, e) != span for s, e in among)

    return sorted(sp for sp in spans if not inside(sp, spans) and not inside(sp, others))


def _distance(span: Span, anchor: Span) -> int:
    return max(anchor[0] - span[1], span[0] - anchor[1], 0)


def _word_edges(text: str, span: Span) -> tuple[list[int], list[int]]:
    """Starts of the words left of `span` (nearest first) and ends of those right of it, within its line."""
    left, right = [], []
    i = span[0]
    while len(left) < _MAX_CONTEXT_WORDS and i > 0 and text[i - 1] != "\n":
        i -= 1
        while i > 0 and text[i - 1] == " ":
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        if text[i : span[0]].strip():
            left.append(i)
    j = span[1]
    while len(right) < _MAX_CONTEXT_WORDS and j < len(text) and text[j] != "\n":
        while j < len(text) and text[j] == " ":
            j += 1
        while j < len(text) and not text[j].isspace():
            j += 1
        if text[span[1] : j].strip():
            right.append(j)
    return left, right


def _spellings(text: str, span: Span) -> Iterable[str]:
    """The plain form, then bracket forms with growing context (fewest words first)."""
    form = text[span[0] : span[1]]
    yield form
    left, right = _word_edges(text, span)
    options = [(a, b) for a in [span[0], *left] for b in [span[1], *right] if (a, b) != span]
    options.sort(key=lambda ab: (len(text[ab[0] : ab[1]].split()), ab[1] - ab[0]))
    for a, b in options:
        context = text[a:b]
        if "[" in context or "]" in context:
            continue
        yield f"{text[a : span[0]]}[{form}]{text[span[1] : b]}"


def _resolved_claims(raw: dict[str, Any]) -> list[tuple[int, dict[str, Any]]] | None:
    resolved, problems = resolve_document(raw)
    if problems:
        return None
    at = [i for i, a in enumerate(raw.get("amounts") or []) if "claim" in a]
    return list(zip(at, resolved["claims"]))


def _resolves_to(raw: dict[str, Any], index: int, role: str, value: str, span: Span) -> bool:
    trial = copy.deepcopy(raw)
    trial["amounts"][index]["claim"][role] = value
    claims = _resolved_claims(trial)
    if claims is None:
        return False
    got = dict(claims)[index][role]
    return got is not None and (got["start"], got["end"]) == span


def normalise_document(raw: dict[str, Any]) -> tuple[dict[str, Any], list[Change]]:
    """A copy of `raw` with its name roles at the referent's nearest occurrence, and the changes."""
    doc = copy.deepcopy(raw)
    claims = _resolved_claims(doc)
    if claims is None:  # a document that does not resolve is left for `claimex corpus check`
        return doc, []
    text, entities = doc["text"], doc.get("entities") or []
    changes: list[Change] = []
    for index, claim in claims:
        anchor = (claim["start"], claim["end"])
        for role in REFERENT_ROLES:
            span = claim.get(role)
            if not span:
                continue
            found = referent_forms(span["text"], entities, text)
            if found is None:
                continue
            forms, test = found
            current = (span["start"], span["end"])
            occurrences = referent_occurrences(forms, entities, text)
            if current not in occurrences:
                continue
            nearest = min(occurrences, key=lambda sp: (_distance(sp, anchor), sp[0]))
            if _distance(nearest, anchor) >= _distance(current, anchor):
                continue
            old = doc["amounts"][index]["claim"][role]
            for value in _spellings(text, nearest):
                if _resolves_to(doc, index, role, value, nearest):
                    doc["amounts"][index]["claim"][role] = value
                    new_text = text[nearest[0] : nearest[1]]
                    if new_text == span["text"] and test != "same name":
                        test = "same name"
                    changes.append(Change(doc["id"], index, doc["amounts"][index]["text"], role, old, value,
                                          span["text"], new_text, test))
                    break
    return doc, changes


def normalise_documents(docs: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Change]]:
    out, changes = [], []
    for raw in docs:
        doc, ch = normalise_document(raw)
        out.append(doc)
        changes += ch
    return out, changes


def _batch(doc_id: str) -> str:
    return doc_id.split("-")[1]


def _log(changes: list[Change], n_roles: Counter, path: Path) -> None:
    batches = sorted(n_roles, key=lambda b: int(b[1:]))
    by_batch = Counter(_batch(c.doc_id) for c in changes)
    by_test = Counter((_batch(c.doc_id), c.test) for c in changes)
    by_role = Counter(c.role for c in changes)
    lines = [
        "# Roles brought to the occurrence rule (`scripts/normalise_role_occurrence.py`)",
        "",
        "The rule (AUTHORING.md, \"Conventions decided in adjudication\"): a role's span is the occurrence of its",
        "referent nearest to the amount, in the form written there. The script moved every agent, recipient,",
        "victim and source that is a name to the nearest occurrence of the same referent, found by three",
        "conservative tests only (same name string; full PER name and its listed surname; organisation short",
        "name and its \"X AG\"/\"X-Konzern\" forms). It never changes which referent a role names.",
        "",
        f"`python scripts/normalise_role_occurrence.py apply`: **{len(changes)} roles rewritten** "
        f"(agent {by_role['agent']}, recipient {by_role['recipient']}, victim {by_role['victim']}, "
        f"source {by_role['source']}).",
        "",
        "| batch | name roles | rewritten | same name | surname / full name | organisation form |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for b in batches:
        lines.append(f"| {b} | {n_roles[b]} | {by_batch[b]} | {by_test[b, 'same name']} | "
                     f"{by_test[b, 'surname']} | {by_test[b, 'organisation form']} |")
    lines.append(f"| **all** | {sum(n_roles.values())} | {len(changes)} | "
                 f"{sum(v for (b, t), v in by_test.items() if t == 'same name')} | "
                 f"{sum(v for (b, t), v in by_test.items() if t == 'surname')} | "
                 f"{sum(v for (b, t), v in by_test.items() if t == 'organisation form')} |")
    sample = random.Random(20261207).sample(changes, min(40, len(changes)))
    lines += ["", "\"name roles\": roles whose resolved span is a name the tests apply to. Sample of 40 rewrites",
              "(`random.Random(20261207)`), as written in the raw file before → after:", ""]
    for c in sorted(sample, key=lambda c: (c.doc_id, c.amount_index, c.role)):
        lines.append(f"- `{c.doc_id}` «{c.amount_text}» {c.role}: {json.dumps(c.old, ensure_ascii=False)} → "
                     f"{json.dumps(c.new, ensure_ascii=False)} ({c.test})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _name_roles(docs: Iterable[dict[str, Any]]) -> Counter:
    """Roles per batch whose resolved span is a name (the denominator of the log)."""
    n: Counter = Counter()
    for raw in docs:
        claims = _resolved_claims(raw) or []
        for _, claim in claims:
            for role in REFERENT_ROLES:
                span = claim.get(role)
                if span and referent_forms(span["text"], raw.get("entities") or [], raw["text"]) is not None:
                    n[_batch(raw["id"])] += 1
    return n


def apply(raw_dir: Path, log: Path | None) -> list[Change]:
    """Normalise every raw file in place; return the changes."""
    all_changes: list[Change] = []
    n_roles: Counter = Counter()
    for path in sorted(raw_dir.glob("*.jsonl")):
        docs = list(read_jsonl(path))
        n_roles += _name_roles(docs)
        normalised, changes = normalise_documents(docs)
        if changes:
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in normalised), encoding="utf-8")
            print(f"{path.name}: {len(changes)} roles rewritten")
        all_changes += changes
    if log:
        _log(all_changes, n_roles, log)
    return all_changes


def agree(raw_dir: Path, second: Path) -> dict[str, Any]:
    """Agreement of the normalised second annotation with RAW (normalised first too), per batch."""
    sys.path.insert(0, str(HERE))
    from agreement_by_batch import by_batch  # the same figures as that script

    second_docs = [resolve_document(d)[0] for d in normalise_documents(read_jsonl(second))[0]]
    wanted = {d["id"] for d in second_docs}
    raws = [d for f in sorted(raw_dir.glob("*.jsonl")) for d in read_jsonl(f) if d["id"] in wanted]
    first = [resolve_document(d)[0] for d in normalise_documents(raws)[0]]
    return by_batch(first, second_docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ap_apply = sub.add_parser("apply", help="rewrite the raw files in place")
    ap_apply.add_argument("--raw", type=Path, default=RAW)
    ap_apply.add_argument("--log", type=Path, help="write the markdown log here")
    ap_agree = sub.add_parser("agree", help="agreement with a second annotation normalised in memory")
    ap_agree.add_argument("raw", type=Path)
    ap_agree.add_argument("second", type=Path)
    ap_agree.add_argument("--out", type=Path)
    args = ap.parse_args()
    if args.cmd == "apply":
        changes = apply(args.raw, args.log)
        print(f"{len(changes)} roles rewritten")
        return 0
    sys.path.insert(0, str(HERE))
    from agreement_by_batch import write_result

    write_result(agree(args.raw, args.second), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
