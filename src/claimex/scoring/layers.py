"""Scores of the intermediate layers (amounts, entities, mentions) against a corpus that annotates them."""

from __future__ import annotations

from typing import Any, Sequence

from ..corpus.schema import SCORED_ROLES
from .matching import match_claims, prf, same_number

__all__ = ["score_layers", "MENTION_ROLES"]


def score_layers(gold_docs: Sequence[dict[str, Any]], nlp: Any) -> dict[str, Any]:
    """Score the intermediate layers against a corpus that annotates them.

    amounts: number expressions (``doc.spans["claimex_amounts"]``) paired by overlap as claims
    are; kind accuracy over pairs (a gold ``casualty`` is a predicted ``count``), and value
    accuracy over pairs whose gold has values. entities: exact span and label F1 of
    ``doc.ents`` over the labels both sides use (GROUP phrases are found by the relation stage,
    not by the entity recognizer, and are left out). mentions: see :func:`_count_mentions`.
    """
    from ..extensions import AMOUNTS_KEY

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
                    same_number(g.get("low"), p["low"])
                    and same_number(g.get("high"), p["high"])
                    and (g["kind"] != "money" or g.get("unit") == p["unit"])
                )
        gold_ents = {(e["start"], e["end"], e["label"]) for e in doc.get("entities", []) if e["label"] != "GROUP"}
        pred_ents = {(e.start_char, e.end_char, e.label_) for e in parsed.ents if e.label_ != "GROUP"}
        ent_gold += len(gold_ents)
        ent_pred += len(pred_ents)
        ent_tp += len(gold_ents & pred_ents)
    return {
        "amounts": {
            **prf(tp, n_pred, n_gold),
            "gold": n_gold,
            "pred": n_pred,
            "kind_acc": kind_ok / tp if tp else 0.0,
            "value_acc": value_ok / value_n if value_n else 0.0,
        },
        "entities": {**prf(ent_tp, ent_pred, ent_gold), "gold": ent_gold, "pred": ent_pred},
        "mentions": _mention_recall(mentions),
    }


#: The roles a mention can fill (the candidates of the role stage).
MENTION_ROLES = SCORED_ROLES


def _count_mentions(gold: dict[str, Any], parsed: Any, counts: dict[str, int]) -> None:
    """Add one document's counts: gold role spans of each role, how many of them overlap a
    mention of ``doc.spans["claimex_mentions"]`` and how many overlap an entity of
    ``doc.ents``; mentions and sentences."""
    from ..pipeline.mentions import MENTIONS_KEY

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
