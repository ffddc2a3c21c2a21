"""Score predicted claims against gold exactly as CLAIMS.md defines it.

The figures match ``shared/score.py`` (the contract's reference scorer) on the same input;
``tests/test_evaluation.py`` checks that they agree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from .corpus.schema import SCORED_ROLES
from .errors import Errors

__all__ = ["load_gold", "match_claims", "score", "evaluate", "format_report", "SCORED_ROLES"]

_SPAN_FIELDS = SCORED_ROLES + ("trigger", "time", "location")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Gold documents from a JSONL file; each needs ``id``, ``text`` and ``claims``."""
    docs = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ValueError(Errors.E008.format(path=path, reason=e)) from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(Errors.E006.format(path=path, line=n, reason=e)) from e
        for field in ("id", "text", "claims"):
            if field not in doc:
                raise ValueError(Errors.E007.format(path=path, line=n, doc_id=doc.get("id"), field=field))
        docs.append(doc)
    return docs


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _same_number(x: Any, y: Any) -> bool:
    if x is None or y is None:
        return x is None and y is None
    x, y = float(x), float(y)
    return abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1.0)


def match_claims(
    gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one (gold, predicted) pairs of the same type whose spans overlap, largest overlap first."""
    candidates = sorted(
        (
            (_overlap(g, p), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
            if g["type"] == p.get("type") and _overlap(g, p) > 0
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _span_errors(doc_id: str, text: str, claims: Iterable[dict[str, Any]]) -> list[str]:
    bad = []
    for c in claims:
        for s in [c] + [c[k] for k in _SPAN_FIELDS if c.get(k)]:
            if text[s["start"] : s["end"]] != s["text"]:
                bad.append(
                    f"prediction {doc_id}: span {s['start']}:{s['end']} is {text[s['start'] : s['end']]!r}, says {s['text']!r}"
                )
    return bad


def score(gold_docs: Sequence[dict[str, Any]], pred_by_id: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """All figures of CLAIMS.md § Scoring, plus the lists of misses and spurious claims."""
    n_gold = n_pred = tp = 0
    value_ok = category_ok = hedged_ok = approx_ok = 0
    roles = {r: [0, 0, 0] for r in SCORED_ROLES}  # matched, predicted non-null, gold non-null
    errors: list[str] = []
    missed: list[tuple[str, str, str]] = []
    spurious: list[tuple[str, Optional[str], Optional[str]]] = []
    for doc in gold_docs:
        gold = doc["claims"]
        pred = pred_by_id.get(doc["id"], [])
        errors += _span_errors(doc["id"], doc["text"], pred)
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = match_claims(gold, pred)
        tp += len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        missed += [(doc["id"], g["type"], g["text"]) for g in gold if id(g) not in matched_gold]
        spurious += [(doc["id"], p.get("type"), p.get("text")) for p in pred if id(p) not in matched_pred]
        for g, p in pairs:
            value_ok += (
                _same_number(g.get("low"), p.get("low"))
                and _same_number(g.get("high"), p.get("high"))
                and g.get("unit") == p.get("unit")
            )
            category_ok += g.get("category") == p.get("category")
            hedged_ok += bool(g.get("hedged")) == bool(p.get("hedged"))
            approx_ok += bool(g.get("approximate")) == bool(p.get("approximate"))
        for r in SCORED_ROLES:
            roles[r][1] += sum(1 for p in pred if p.get(r))
            roles[r][2] += sum(1 for g in gold if g.get(r))
            roles[r][0] += sum(1 for g, p in pairs if g.get(r) and p.get(r) and _overlap(g[r], p[r]) > 0)
    detection = _prf(tp, n_pred, n_gold)
    out: dict[str, Any] = {
        "docs": len(gold_docs),
        "gold": n_gold,
        "pred": n_pred,
        "matched": tp,
        "detection": detection,
        "value_acc": value_ok / tp if tp else 0.0,
        "category_acc": category_ok / tp if tp else 0.0,
        "hedged_acc": hedged_ok / tp if tp else 0.0,
        "approximate_acc": approx_ok / tp if tp else 0.0,
        "roles": {r: _prf(*v) for r, v in roles.items()},
        "span_errors": errors,
        "missed": missed,
        "spurious": spurious,
    }
    role_f1 = [out["roles"][r]["f1"] for r in SCORED_ROLES if roles[r][2]]
    out["roles_f1_mean"] = sum(role_f1) / len(role_f1) if role_f1 else 0.0
    out["headline"] = detection["f1"] * out["value_acc"]
    return out


def evaluate(
    gold_path: Path, extract: Optional[Callable[[str], list[Any]]] = None, *, progress: bool = False
) -> dict[str, Any]:
    """Run ``extract`` (default: :func:`claimex.extract`) on every gold text and score it."""
    if extract is None:
        from .api import extract as default_extract

        extract = default_extract
    gold_docs = load_gold(gold_path)
    docs: Iterable[dict[str, Any]] = gold_docs
    if progress:
        from tqdm import tqdm

        docs = tqdm(gold_docs, desc="extracting", unit="doc")
    pred_by_id = {d["id"]: [c.to_dict() for c in extract(d["text"])] for d in docs}
    return score(gold_docs, pred_by_id)


def format_report(out: dict[str, Any], *, show: bool = False) -> str:
    """The scores as the same table ``score.py`` prints."""
    d = out["detection"]
    lines = [
        f"docs {out['docs']}  gold {out['gold']}  predicted {out['pred']}  matched {out['matched']}",
        f"detection  P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}",
        f"value {out['value_acc']:.3f}  category {out['category_acc']:.3f}  hedged {out['hedged_acc']:.3f}  "
        f"approximate {out['approximate_acc']:.3f}",
        "roles F1  "
        + "  ".join(f"{k} {v['f1']:.3f}" for k, v in out["roles"].items())
        + f"  mean {out['roles_f1_mean']:.3f}",
    ]
    if out["span_errors"]:
        lines.append(f"SPAN ERRORS: {len(out['span_errors'])}")
        lines += ["  " + e for e in out["span_errors"][:10]]
    if show:
        lines += [f"  missed    {m}" for m in out["missed"]]
        lines += [f"  spurious  {s}" for s in out["spurious"]]
    lines.append(f"headline (detection F1 x value accuracy): {out['headline']:.3f}")
    return "\n".join(lines)


def score_layers(gold_docs: Sequence[dict[str, Any]], nlp: Any) -> dict[str, Any]:
    """Score the intermediate layers against a corpus that annotates them.

    amounts: number expressions (``doc.spans["claimex_amounts"]``) paired by overlap as claims
    are; kind accuracy over pairs (a gold ``casualty`` is a predicted ``count``), and value
    accuracy over pairs whose gold has values. entities: exact span and label F1 of
    ``doc.ents`` over the labels both sides use (GROUP phrases are found by the relation stage,
    not by the entity recognizer, and are left out). mentions: see :func:`_count_mentions`.
    """
    from .extensions import AMOUNTS_KEY

    n_gold = n_pred = tp = kind_ok = value_n = value_ok = 0
    ent_gold = ent_pred = ent_tp = 0
    mentions: dict[str, int] = {}
    for doc in gold_docs:
        parsed = nlp(doc["text"])
        _count_mentions(doc, parsed, mentions)
        if "amounts" not in doc:
            continue
        pred = []
        for span in parsed.spans[AMOUNTS_KEY]:
            a = span._.amount
            pred.append(
                {
                    "type": "amount",
                    "start": span.start_char,
                    "end": span.end_char,
                    "kind": a.kind,
                    "low": a.low_float,
                    "high": a.high_float,
                    "unit": a.unit,
                }
            )
        gold = [dict(a, type="amount") for a in doc["amounts"]]
        n_gold += len(gold)
        n_pred += len(pred)
        for g, p in match_claims(gold, pred):
            tp += 1
            kind_ok += g["kind"] == p["kind"] or (g["kind"] == "casualty" and p["kind"] == "count")
            if g["kind"] in ("money", "casualty", "count") and (g.get("low") is not None or g.get("high") is not None):
                value_n += 1
                value_ok += (
                    _same_number(g.get("low"), p["low"])
                    and _same_number(g.get("high"), p["high"])
                    and (g["kind"] != "money" or g.get("unit") == p["unit"])
                )
        gold_ents = {(e["start"], e["end"], e["label"]) for e in doc.get("entities", []) if e["label"] != "GROUP"}
        pred_ents = {(e.start_char, e.end_char, e.label_) for e in parsed.ents if e.label_ != "GROUP"}
        ent_gold += len(gold_ents)
        ent_pred += len(pred_ents)
        ent_tp += len(gold_ents & pred_ents)
    return {
        "amounts": {
            **_prf(tp, n_pred, n_gold),
            "gold": n_gold,
            "pred": n_pred,
            "kind_acc": kind_ok / tp if tp else 0.0,
            "value_acc": value_ok / value_n if value_n else 0.0,
        },
        "entities": {**_prf(ent_tp, ent_pred, ent_gold), "gold": ent_gold, "pred": ent_pred},
        "mentions": _mention_recall(mentions),
    }


#: The roles a mention can fill (the candidates of the role stage).
MENTION_ROLES = ("agent", "recipient", "victim", "source")


def _count_mentions(gold: dict[str, Any], parsed: Any, counts: dict[str, int]) -> None:
    """Add one document's counts: gold role spans of each role, how many of them overlap a
    mention of ``doc.spans["claimex_mentions"]`` and how many overlap an entity of
    ``doc.ents``; mentions and sentences."""
    from .pipeline.mentions import MENTIONS_KEY

    mentions = [(s.start_char, s.end_char) for s in parsed.spans.get(MENTIONS_KEY, [])]
    ents = [(e.start_char, e.end_char) for e in parsed.ents]

    def hit(spans: list[tuple[int, int]], g: dict[str, Any]) -> bool:
        return any(start < g["end"] and g["start"] < end for start, end in spans)

    for claim in gold["claims"]:
        for role in MENTION_ROLES:
            g = claim.get(role)
            if not g:
                continue
            counts[f"{role}.gold"] = counts.get(f"{role}.gold", 0) + 1
            counts[f"{role}.mention"] = counts.get(f"{role}.mention", 0) + hit(mentions, g)
            counts[f"{role}.ent"] = counts.get(f"{role}.ent", 0) + hit(ents, g)
    counts["mentions"] = counts.get("mentions", 0) + len(mentions)
    counts["sentences"] = counts.get("sentences", 0) + sum(1 for _ in parsed.sents)


def _mention_recall(counts: dict[str, int]) -> dict[str, Any]:
    """Recall of gold role spans by mentions (overall and per role), the same by ``doc.ents``
    for comparison, and mentions per sentence."""

    def share(what: str, roles: Sequence[str]) -> float:
        gold = sum(counts.get(f"{r}.gold", 0) for r in roles)
        return sum(counts.get(f"{r}.{what}", 0) for r in roles) / gold if gold else 0.0

    out: dict[str, Any] = {"recall": share("mention", MENTION_ROLES)}
    out.update({r: share("mention", (r,)) for r in MENTION_ROLES})
    out["ents_recall"] = share("ent", MENTION_ROLES)
    out.update({f"ents_{r}": share("ent", (r,)) for r in MENTION_ROLES})
    out["gold"] = sum(counts.get(f"{r}.gold", 0) for r in MENTION_ROLES)
    sentences = counts.get("sentences", 0)
    out["per_sentence"] = counts.get("mentions", 0) / sentences if sentences else 0.0
    return out
