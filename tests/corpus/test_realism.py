"""Realism measures of corpus v2 (claimex corpus stats -> realism)."""

import pytest

from claimex.corpus.realism import ngram_overlap, realism_stats, sentence_bounds


def _claim(text, doc, kind="monetary", **roles):
    start = doc.index(text)
    claim = {"type": kind, "text": text, "start": start, "end": start + len(text)}
    for role, role_text in roles.items():
        if role in ("hedged", "approximate"):
            claim[role] = role_text
            continue
        s = doc.index(role_text)
        claim[role] = {"text": role_text, "start": s, "end": s + len(role_text)}
    return claim


def test_sentences_end_at_punctuation_before_a_capital_and_at_line_breaks():
    text = 'Er sagte: "Es ist vorbei." Danach ging er. bis 3. am Ende\nNeu'
    assert [text[s:e] for s, e in sentence_bounds(text)] == ['Er sagte: "Es ist vorbei."', "Danach ging er. bis 3. am Ende", "Neu"]


def test_ngram_overlap_counts_shared_four_grams_with_numbers_masked():
    same = ["Der Schaden beträgt 12 Millionen Euro heute", "Der Schaden beträgt 99 Millionen Euro heute"]
    assert ngram_overlap(same, rounds=3) == pytest.approx(1.0)
    different = ["eins zwei drei vier fünf", "sechs sieben acht neun zehn"]
    assert ngram_overlap(different, rounds=3) == 0.0


def test_role_and_claim_shares():
    text = "Die Behörde legte Zahlen vor. Demnach zahlte Berlin rund 5 Millionen Euro. Laut Polizei starben 3 Menschen."
    claims = [
        _claim("rund 5 Millionen Euro", text, source="Behörde", agent="Berlin", approximate=True),
        _claim("3", text, kind="casualty", source="Polizei", hedged=False),
    ]
    stats = realism_stats([{"text": text, "claims": claims}])
    assert stats["monetary_sourced_elsewhere"] == 1.0
    assert stats["monetary_approximate"] == 1.0
    assert stats["casualty_with_agent"] == 0.0
    assert stats["role_other_sentence"]["source"] == 0.5
    assert stats["role_other_sentence"]["agent"] == 0.0


def test_thousands_formats_leave_years_out():
    stats = realism_stats([{"text": "Seit 2023 kamen 15000 und 12’500 und 1.200 und 3 400 Menschen.", "claims": []}])
    assert stats["thousands_formats"] == {
        "plain": 1, "dot": 1, "space": 1, "apostrophe": 0, "typographic_apostrophe": 1,
    }
