"""Bring roles that name a referent by a common noun or an abbreviation to its name (AUTHORING.md).

    python scripts/normalise_role_names.py apply [--raw corpora/claimex-de/raw] [--log FILE.md] [--flags FILE.jsonl]
    python scripts/normalise_role_names.py dry [--raw DIR] [--ids ID ...]     # print the rewrites, touch nothing

The conventions ("Which occurrence a role names"): prefer the referent's NAME over a common noun
when the text names it, at the name's occurrence nearest to the amount; a name and its
abbreviation are one referent, written in the form nearest to the amount, and where the long form
and its bracketed abbreviation stand together ("Welternährungsprogramm (WFP)") as the long form;
a press release's issuer is the source of each figure of the release.

`scripts/normalise_role_occurrence.py` moves NAME roles between the forms of one name. This
script adds three links, each proved from the text and the document's `entities` and nothing
else, and rewrites a role only when exactly one referent is linked:

- **common noun → name** (agent, recipient, source; victims are people groups, never renamed): the
  role's noun N (one word after a determiner: "die Reederei"; a noun with its own modifier, "die
  südsudanesische Armee", is left alone) and a name entity E (PER, ORG, GPE,
  LOC, not a generic ORG such as "Regierung") are linked when the text juxtaposes them ("die
  Reederei Nordmann Shipping", "Miliz RSF", "Nordmann Shipping, die Hamburger Reederei,") or when N is the head of E ("Landgericht" of "Landgericht Augsburg", "Verband" of
  "Niederösterreichische Landesjagdverband"). N matches in its case forms (`inflections`). When
  the links reach two referents, the role is left alone and flagged for reading.
- **abbreviation ↔ long form**: "Long (ABBR)" in the text, or an ABBR entity whose letters are the
  initials of a name entity's words ("KSC" ↔ "Kitzbüheler Ski Clubs").
- **press-release issuer** (meta `register` in `press_release_registers`): the first organisation
  named in the document's first two lines (letterhead and headline; an agency tag in brackets,
  "Münster (ots)", does not count); a joint release naming a second body there has no single
  issuer and is left alone. Every claim of the release with source null gets the issuer.

The role is rewritten to the referent's occurrence nearest to the amount (a bracketed abbreviation
right after its long form counts as the long form), as plain text when that resolves there, else in the bracket form
with the fewest words of context; every rewrite is verified with the corpus resolver. A name
role moves only when the nearest form is nearer than the current one.

`apply` runs `normalise_role_occurrence` over the raw files (the occurrence rule for the forms it
proves), then these links, rewrites the files in place, writes the log and the flagged roles.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from normalise_role_occurrence import (  # noqa: E402  (a script beside this one)
    Change,
    NAME_LABELS,
    RAW,
    _distance,
    _is_generic_org,
    _resolved_claims,
    _resolves_to,
    _spellings,
    _whole_occurrences,
    normalise_documents,
    referent_forms,
    referent_occurrences,
)

from claimex.corpus.build import read_jsonl  # noqa: E402

_DATA = json.loads((HERE / "role_name_links.json").read_text(encoding="utf-8"))
NOUN_ROLES = ("agent", "recipient", "source")
NAME_ROLES = ("agent", "recipient", "victim", "source")

Span = tuple[int, int]


# --- the links --------------------------------------------------------------------------------


def _variants(noun: str) -> set[str]:
    """`noun` in its case forms: with each ending added and, where it ends in one, removed."""
    out = {noun} | {noun + e for e in _DATA["inflections"]}
    out |= {noun[: -len(e)] for e in _DATA["inflections"] if noun.endswith(e) and len(noun) - len(e) >= 3}
    return out


def _same_noun(a: str, b: str) -> bool:
    return a == b or a in _variants(b) or b in _variants(a)


def name_entities(entities: list[dict[str, Any]]) -> list[str]:
    """Texts of the document's name entities (no generic organisation noun, no people group)."""
    out = []
    for e in entities:
        t, label = e.get("text") or "", e.get("label")
        if label in NAME_LABELS and t and not (label == "ORG" and _is_generic_org(t)) and t not in out:
            out.append(t)
    return out


def _initials(name: str) -> str:
    words = [w for part in name.split() for w in part.split("-")]
    return "".join(w[0] for w in words if w and w not in _DATA["initials_skip"]).upper()


def abbreviation_pairs(text: str, names: list[str]) -> tuple[list[tuple[str, str]], set[Span]]:
    """(long form, abbreviation) pairs of the text, and the spans of abbreviations bracketed after their long form."""
    pairs, bracketed = [], set()
    for long in names:
        for m in re.finditer(re.escape(long) + r" \(([A-ZÄÖÜ][\wÄÖÜäöüß.&-]{1,11})\)", text):
            abbr = m.group(1)
            # "Verkehrsclub Österreich (VCÖ)" is no pair of "Österreich": the abbreviation starts as the name does
            if (sum(c.isupper() for c in abbr) >= 2 and abbr[0] == long[0].upper()
                    and not text[m.start() - 1 : m.start()].isalnum()):
                pairs.append((long, abbr))
                bracketed.add((m.start(1), m.end(1)))
    for abbr in names:
        if " " in abbr or not (2 <= len(abbr) <= 6) or not abbr.isupper():
            continue
        for long in names:
            if len(long.split()) >= 2 and _initials(long) == abbr:
                pairs.append((long, abbr))
    return pairs, bracketed


def referent(name: str, entities: list[dict[str, Any]], text: str, pairs: list[tuple[str, str]]) -> frozenset[str]:
    """All written forms of the referent `name` names: its forms (normalise_role_occurrence) and abbreviation partners."""
    forms, todo = set(), [name]
    while todo:
        n = todo.pop()
        if n in forms:
            continue
        found = referent_forms(n, entities, text)
        new = (found[0] if found else set()) | {n}
        for long, abbr in pairs:
            if long in new:
                new.add(abbr)
            if abbr in new:
                new.add(long)
        forms.add(n)
        todo += [f for f in new if f not in forms]
    return frozenset(forms)


def _juxtaposed(noun: str, name: str, text: str) -> bool:
    """The text writes the noun and the name as one phrase: "N E", "E, die … N,".

    A name glued to the noun ("LASK-Stürmer", "RSF-Miliz") is no link: the compound names a member
    as often as the body itself."""
    nouns = "|".join(re.escape(v) for v in sorted(_variants(noun), key=len, reverse=True))
    e = re.escape(name)
    dets = "|".join(_DATA["determiners"])
    gap = _DATA["apposition_max_words"]
    closers = re.escape("".join(_DATA["apposition_closers"]))
    patterns = (
        rf"(?<![\w-])(?:{nouns}) {e}(?![\w-]| und | sowie |, )",  # not one of a coordination
        rf"(?<![\w-]){e}, (?:{dets}) (?:(?:[a-zäöü][\w-]*|[\w-]+(?:e|er|en|es|em)) ){{0,{gap}}}(?:{nouns})[{closers}]",
    )
    return any(re.search(p, text) for p in patterns)


def _adjectival(word: str) -> bool:
    return word[:1].isupper() and word.endswith(tuple(_DATA["adjective_endings"]))


def _is_head(noun: str, name: str, places: set[str], bodies: set[str]) -> bool:
    """N heads the name: its first word before a place or a small word ("Landgericht Augsburg",
    "Berufsgenossenschaft der Bauwirtschaft"), or its last word after adjectives ("Zürcher
    Bankverein"), also as a compound's last part ("Niederösterreichische Landesjagdverband")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():  # "griechischen Küstenwache" describes, it names nothing
        return False
    rest = " ".join(words[1:])
    if _same_noun(words[0], noun):  # "Kanton Aargau" yes, "Vortex Antriebe AG" no: there "Vortex" names it
        return words[1][:1].islower() or any(rest.startswith(p) for p in places)
    lower = [i for i, w in enumerate(words) if i and w[:1].islower()]
    head_at = lower[0] - 1 if lower else len(words) - 1  # "Strafsenat der Bundesliga" is a Strafsenat
    last = words[head_at]
    if not all(_adjectival(w) for w in words[:head_at]) or "-" in last:  # "Leoben-Stadt" is a place
        return False
    if _same_noun(last, noun):
        return True
    low = noun.lower()  # a compound's head only in an organisation ("Tiroler Oberland" is no "Land")
    return name in bodies and len(low) >= _DATA["min_compound_head"] and any(last.lower().endswith(v.lower()) for v in _variants(noun))


def common_noun(span: dict[str, Any], entities: list[dict[str, Any]], text: str) -> str | None:
    """The role's text when it is one common noun ("die Reederei", "des Verbands"), else None.

    A common noun stands after a determiner or possessive (`noun_openers`) and holds no name entity;
    a word of a listed name ("Rheinstadt" of "FC Rheinstadt") is no common noun.
    """
    role_text = span["text"]
    labels = {e.get("label") for e in entities if e.get("text") == role_text}
    # writers list a bare "Miliz", "Verband" as ORG too: one capitalised word with small letters
    # after a determiner is read as a noun (it is renamed only if a link to a name proves it)
    listed_noun = labels == {"ORG"} and " " not in role_text and not role_text.isupper()
    if labels & set(NAME_LABELS) and not listed_noun and not (labels == {"ORG"} and _is_generic_org(role_text)):
        return None
    before = text[: span["start"]].rstrip(" ").rsplit(None, 1)
    if not before or before[-1] not in _DATA["noun_openers"] or text[span["start"] - 1 : span["start"]] != " ":
        return None
    names = name_entities(entities)
    if any(n in role_text for n in names if n != role_text):
        return None
    if len(role_text.split()) != 1:  # "südsudanesischen Armee" is not the "Weissen Armee"
        return None
    head = role_text
    if not head[:1].isupper() or head in _DATA["not_nouns"] or not head.isalpha() or head.isupper():
        return None
    return head


def linked_referents(noun: str, entities: list[dict[str, Any]], text: str,
                     pairs: list[tuple[str, str]]) -> dict[frozenset[str], str]:
    """Referents linked to `noun`, each with the test that linked it."""
    out: dict[frozenset[str], str] = {}
    if noun in _DATA["never_link"]:
        return out
    places = {e["text"] for e in entities if e.get("label") in ("GPE", "LOC") and e.get("text")}
    persons_or_bodies = {e["text"] for e in entities if e.get("label") in ("PER", "ORG")}
    # a people-group noun ("Ärzte", "Studentin") names a person only by apposition ("Studentin Miriam H.")
    people = any(e.get("text") == noun and e.get("label") == "GROUP" for e in entities)
    persons = {e["text"] for e in entities if e.get("label") == "PER"}
    for name in name_entities(entities):
        if _same_noun(name, noun) or (people and name not in persons):
            continue
        # "Feuerwehr Brunn am Gebirge" is the brigade, not the place: places link by the head test only
        if name in persons_or_bodies and _juxtaposed(noun, name, text):
            out.setdefault(referent(name, entities, text, pairs), "juxtaposition")
        elif not people and _is_head(noun, name, places, {e["text"] for e in entities if e.get("label") == "ORG"}):
            out.setdefault(referent(name, entities, text, pairs), "head")
    return _merge_inflected(out)


def _inflection_key(name: str) -> tuple[str, ...]:
    """A name with the case endings of its words dropped ("Österreichischen Lotterien" → as "Österreichische Lotterien")."""
    return tuple(re.sub(r"(?:en|es|e|n|s)$", "", w) if len(w) > 4 else w for w in name.split())


def _merge_inflected(linked: dict[frozenset[str], str]) -> dict[frozenset[str], str]:
    """One referent for names that differ only in case endings: their forms united."""
    groups: dict[frozenset[tuple[str, ...]], tuple[frozenset[str], str]] = {}
    for forms, test in linked.items():
        keys = {_inflection_key(f) for f in forms}
        hit = next((k for k in groups if k & keys), None)
        if hit is None:
            groups[frozenset(keys)] = (forms, test)
        else:
            old_forms, old_test = groups.pop(hit)
            groups[hit | keys] = (old_forms | forms, old_test)
    return dict(groups.values())


# --- occurrences and rewriting ----------------------------------------------------------------


def occurrences(forms: frozenset[str], entities: list[dict[str, Any]], text: str, bracketed: set[Span],
                glued_noun: str | None = None) -> list[Span]:
    """The referent's occurrences (normalise_role_occurrence), without abbreviations bracketed after
    the long form, plus the name glued to the role's noun ("RSF" of "RSF-Miliz")."""
    spans = [sp for sp in referent_occurrences(set(forms), entities, text) if sp not in bracketed]
    if glued_noun:
        for f in forms:
            for p in _whole_occurrences(text, f):
                end = p + len(f)
                m = re.match(r"-([\w]+)", text[end:])
                if m and _same_noun(m.group(1), glued_noun) and text[p - 1 : p] != "-":
                    spans.append((p, end))
    return sorted(set(spans))


def _rewrite(doc: dict[str, Any], index: int, role: str, target: Span) -> str | None:
    """Write `role` of amount `index` so that it resolves to `target`; the value written, or None."""
    for value in _spellings(doc["text"], target):
        if _resolves_to(doc, index, role, value, target):
            doc["amounts"][index]["claim"][role] = value
            return value
    return None


def _issuer(doc: dict[str, Any]) -> str | None:
    """The first organisation named in the first two lines of a press release (its letterhead)."""
    if (doc.get("meta") or {}).get("register") not in _DATA["press_release_registers"]:
        return None
    head = "\n".join([line for line in doc["text"].split("\n") if line.strip()][:2])
    head = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), head)  # "Münster (ots)": an agency tag
    entities = doc.get("entities") or []
    orgs = {e["text"] for e in entities if e.get("label") == "ORG" and e.get("text")}
    found = sorted((p, -len(n), n) for n in orgs if not _is_generic_org(n) for p in _whole_occurrences(head, n)[:1])
    if not found:
        return None
    issuer = found[0][2]
    pairs, _ = abbreviation_pairs(doc["text"], name_entities(entities))
    forms = referent(issuer, entities, doc["text"], pairs)
    others = [n for _, _, n in found if n not in forms and not any(n in f or f in n for f in forms)]
    line = next(l for l in head.split("\n") if issuer in l)
    joint = others or re.search(r"\s/\s", line)  # "Bundeskriminalamt / Bundesministerium ...", two issuers
    return None if joint else issuer


def normalise_document(raw: dict[str, Any]) -> tuple[dict[str, Any], list[Change]]:
    """A copy of `raw` with its roles at the names the links prove, and the changes and flags."""
    doc = copy.deepcopy(raw)
    claims = _resolved_claims(doc)
    if claims is None:
        return doc, []
    text, entities = doc["text"], doc.get("entities") or []
    pairs, bracketed = abbreviation_pairs(text, name_entities(entities))
    issuer = _issuer(doc)
    changes: list[Change] = []

    def record(index: int, role: str, old: Any, old_text: str | None, new: str, target: Span, test: str) -> None:
        changes.append(Change(doc["id"], index, doc["amounts"][index]["text"], role, old, new, old_text,
                              text[target[0] : target[1]], test))

    def flag(index: int, role: str, old: Any, old_text: str | None, why: str) -> None:
        changes.append(Change(doc["id"], index, doc["amounts"][index]["text"], role, old, None, old_text, None,
                              f"flag: {why}"))

    for index, claim in claims:
        anchor = (claim["start"], claim["end"])
        for role in NAME_ROLES:
            span = claim.get(role)
            old = doc["amounts"][index]["claim"].get(role)
            if role == "source" and span is None and issuer:
                forms = referent(issuer, entities, text, pairs)
                occ = occurrences(forms, entities, text, bracketed)
                if occ:
                    target = min(occ, key=lambda sp: (_distance(sp, anchor), sp[0]))
                    new = _rewrite(doc, index, role, target)
                    if new is not None:
                        record(index, role, old, None, new, target, "issuer")
                continue
            if not span:
                continue
            current = (span["start"], span["end"])
            noun = common_noun(span, entities, text) if role in NOUN_ROLES else None
            if noun:
                linked = linked_referents(noun, entities, text, pairs)
                if len(linked) != 1:
                    if linked:
                        flag(index, role, old, span["text"], "links to " + " | ".join(sorted(min(f) for f in linked)))
                    continue
                (forms, test), = linked.items()
                occ = occurrences(forms, entities, text, bracketed, glued_noun=noun)
                if not occ:
                    continue
                target = min(occ, key=lambda sp: (_distance(sp, anchor), sp[0]))
                if _same_noun(text[target[0] : target[1]], noun):
                    continue
                new = _rewrite(doc, index, role, target)
                if new is None:
                    flag(index, role, old, span["text"], "no spelling resolves to " + text[target[0] : target[1]])
                else:
                    record(index, role, old, span["text"], new, target, f"noun→name ({test})")
                continue
            if span["text"] not in name_entities(entities) and referent_forms(span["text"], entities, text) is None:
                continue
            forms = referent(span["text"], entities, text, pairs)
            if not any(f in forms for p in pairs for f in p):
                continue  # no abbreviation: normalise_role_occurrence's business
            occ = occurrences(forms, entities, text, bracketed)
            here = current if current not in bracketed else next(
                (sp for sp in occ if sp[1] + 2 == current[0]), current)
            if here not in occ or not occ:
                continue
            target = min(occ, key=lambda sp: (_distance(sp, anchor), sp[0]))
            if target == current or (current not in bracketed and _distance(target, anchor) >= _distance(current, anchor)):
                continue
            new = _rewrite(doc, index, role, target)
            if new is not None:
                record(index, role, old, span["text"], new, target, "abbreviation")
    return doc, changes


def normalise_all(docs: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Change]]:
    """The occurrence rule of normalise_role_occurrence first, then the names (which place a bracketed
    abbreviation at its long form, where normalise_role_occurrence would take the bracket)."""
    out, changes = [], []
    docs = list(docs)
    for raw, occ in zip(docs, normalise_documents(docs)[0]):
        doc, ch = normalise_document(occ)
        out.append(doc)
        # a role the occurrence rule moved to a bracketed abbreviation and this script back is no change
        changes += [c for c in ch if c.test.startswith("flag")
                    or raw["amounts"][c.amount_index]["claim"].get(c.role) != c.new]
    return out, changes


# --- apply and log ----------------------------------------------------------------------------


def _batch(doc_id: str) -> str:
    return doc_id.split("-")[1]


def _kind(c: Change) -> str:
    return "flag" if c.test.startswith("flag") else c.test.split(" ")[0]


def _log(changes: list[Change], path: Path, extra: str = "") -> None:
    done = [c for c in changes if _kind(c) != "flag"]
    batches = sorted({_batch(c.doc_id) for c in changes}, key=lambda b: int(b[1:]))
    count = Counter((_batch(c.doc_id), _kind(c)) for c in changes)
    kinds = ("noun→name", "abbreviation", "issuer", "flag")
    lines = ["| batch | " + " | ".join(kinds) + " |", "| --- |" + " ---: |" * len(kinds)]
    for b in batches:
        lines.append(f"| {b} | " + " | ".join(str(count[b, k]) for k in kinds) + " |")
    lines.append("| **all** | " + " | ".join(str(sum(v for (b, k), v in count.items() if k == kk)) for kk in kinds) + " |")
    sample = random.Random(20261207).sample(done, min(30, len(done)))
    lines += ["", "Sample of 30 rewrites (`random.Random(20261207)`), as written before → after:", ""]
    for c in sorted(sample, key=lambda c: (c.doc_id, c.amount_index, c.role)):
        lines.append(f"- `{c.doc_id}` «{c.amount_text}» {c.role}: {json.dumps(c.old, ensure_ascii=False)} → "
                     f"{json.dumps(c.new, ensure_ascii=False)} ({c.test})")
    path.write_text(extra + "\n".join(lines) + "\n", encoding="utf-8")


def apply(raw_dir: Path, log: Path | None, flags: Path | None) -> list[Change]:
    """Normalise every raw file in place; return the changes and flags."""
    all_changes: list[Change] = []
    for path in sorted(raw_dir.glob("*.jsonl")):
        docs = list(read_jsonl(path))
        normalised, changes = normalise_all(docs)
        if normalised != docs:
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in normalised), encoding="utf-8")
        n = sum(_kind(c) != "flag" for c in changes)
        if n:
            print(f"{path.name}: {n} roles rewritten")
        all_changes += changes
    if log:
        _log(all_changes, log)
    if flags:
        flags.write_text("".join(json.dumps(asdict(c), ensure_ascii=False) + "\n"
                                 for c in all_changes if _kind(c) == "flag"), encoding="utf-8")
    return all_changes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ap_apply = sub.add_parser("apply", help="rewrite the raw files in place")
    ap_apply.add_argument("--raw", type=Path, default=RAW)
    ap_apply.add_argument("--log", type=Path)
    ap_apply.add_argument("--flags", type=Path, help="write the roles left for reading here (JSON lines)")
    ap_dry = sub.add_parser("dry", help="print the rewrites and flags, touch nothing")
    ap_dry.add_argument("--raw", type=Path, default=RAW)
    ap_dry.add_argument("--ids", nargs="*")
    args = ap.parse_args()
    if args.cmd == "apply":
        changes = apply(args.raw, args.log, args.flags)
        print(f"{sum(_kind(c) != 'flag' for c in changes)} roles rewritten, "
              f"{sum(_kind(c) == 'flag' for c in changes)} flagged")
        return 0
    docs = [d for f in sorted(args.raw.glob("*.jsonl")) for d in read_jsonl(f)
            if not args.ids or d["id"] in args.ids]
    for raw in docs:
        for c in normalise_document(raw)[1]:
            print(json.dumps(asdict(c), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
