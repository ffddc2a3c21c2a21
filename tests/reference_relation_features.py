"""The relation model's features (``FEATURES_VERSION`` 3) written the straightforward way: the
reference that the fast featurizer of :mod:`claimex.relation_model.features` must match id for
id (tests/test_relation_features.py).

A frozen copy of ``features.py`` as it was before the fast path (every feature built as a string
and hashed, one token at a time); the candidates come from ``candidates.py`` as it is. The
shipped weights were trained on exactly these features; change them only with a new
``FEATURES_VERSION`` and a retrained model.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import numpy as np
from spacy.tokens import Doc, Span

from claimex.extensions import AMOUNTS_KEY, lowers_of
from claimex.lang.de import GermanData, german
from claimex.pipeline.cues import CLAUSE_BREAKS
from claimex.pipeline.relations import ClaimDecision
from claimex.relation_model import candidates as current_candidates
from claimex.relation_model.candidates import CANDIDATE_ROLES, Candidate, DocLayout
from claimex.relation_model.encoders import SpanEncoder

CLAIM_KINDS = ("money", "count")


def hash_feature(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8"))

# The candidate policy (which mentions are candidates of an amount) is not frozen here: it is
# candidates.py's, so this reference checks the featurisation of whatever candidates there are.


def _bucket(n: int) -> str:
    """A distance in coarse, log-like steps."""
    if n <= 2:
        return str(n)
    if n <= 4:
        return "3-4"
    if n <= 8:
        return "5-8"
    if n <= 16:
        return "9-16"
    return "17+"


@dataclass
class AmountBatch:
    """The features of one doc: its candidate amounts and their candidate pairs.

    amounts: the scored amount spans; rule: the rule stage's decision for each (or None).
    amount_features / pair_features: hashed feature ids of each amount / pair (lists of ints).
    pair_amount: index of the amount of each pair; candidates: the candidate of each pair.
    amount_vectors / pair_vectors: dense inputs (float32), zero-width without an encoder.
    """

    amounts: list[Span] = field(default_factory=list)
    rule: list[Optional[ClaimDecision]] = field(default_factory=list)
    amount_features: list[list[int]] = field(default_factory=list)
    pair_features: list[list[int]] = field(default_factory=list)
    pair_amount: list[int] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    #: the roles the rule stage gave each pair's candidate (the rules' vote)
    rule_votes: list[tuple[str, ...]] = field(default_factory=list)
    amount_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    pair_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))


def _clause(lowers: Sequence[str], s0: int, s1: int, i: int) -> tuple[int, int]:
    """As :func:`claimex.pipeline.cues.clause_of`, on the lower-cased words (punctuation is its own lower case)."""
    start = i
    while start > s0 and lowers[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    end = i
    while end < s1 and lowers[end] not in CLAUSE_BREAKS:
        end += 1
    return start, end


class _Tags:
    """Lexicon classes of the tokens of some sentences (those features read), scanned sentence by
    sentence: token index -> tuple of tags."""

    def __init__(self, lowers: Sequence[str], data: GermanData, sentences: Sequence[tuple[int, int]]):
        tags: dict[int, list[str]] = {}

        def add(lexicon, prefix: str, with_value: bool = True) -> None:  # type: ignore[no-untyped-def]
            for s0, s1 in sentences:
                for i, j, value in lexicon.scan(lowers, s0, s1):
                    tag = f"{prefix}:{value}" if with_value else prefix
                    for t in range(i, j):
                        tags.setdefault(t, []).append(tag)

        add(data.casualty_triggers, "harm")
        add(data.money_categories, "money")
        add(data.party_verbs, "party")
        add(data.not_harmed, "unharmed", False)
        add(data.hedges, "hedge", False)
        add(data.source_before, "src_before", False)
        add(data.source_after, "src_after", False)
        add(data.speech_verbs, "speech", False)
        add(data.attack_nouns, "attack", False)
        add(data.perpetrator_nouns, "perpetrator", False)
        add(data.fine_words, "fine", False)
        reported = data.reported_speech
        for s0, s1 in sentences:
            for i in range(s0, s1):
                if lowers[i] in reported:
                    tags.setdefault(i, []).append("reported")
        self.of: dict[int, tuple[str, ...]] = {i: tuple(v) for i, v in tags.items()}

    def get(self, i: int) -> tuple[str, ...]:
        return self.of.get(i, ())


class _Tokens:
    """Per-token flags and offsets of a doc as plain lists, read once (no Token object per look)."""

    def __init__(self, doc: Doc):
        from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LENGTH, LIKE_NUM

        attrs = [IDX, LENGTH, IS_SPACE, IS_PUNCT, LIKE_NUM, IS_LOWER, IS_TITLE, IS_UPPER, IS_ALPHA]
        columns = doc.to_array(attrs).T.tolist() if len(doc) else [[] for _ in attrs]
        self.idx = columns[0]
        self.ends = [i + n for i, n in zip(columns[0], columns[1])]
        self.space, self.punct, self.num, self.lower, self.title, self.upper, self.alpha = (
            [bool(x) for x in col] for col in columns[2:]
        )



class _EntityIndex:
    """The doc's entities by token, built once per doc: each mention asks of them in O(its length)."""

    def __init__(self, doc: Doc) -> None:
        self.covered = [False] * len(doc)
        self.starts: set[int] = set()
        for e in doc.ents:
            self.starts.add(e.start)
            self.covered[e.start : e.end] = [True] * (e.end - e.start)

    def covers_any(self, start: int, end: int) -> bool:
        """Some entity overlaps tokens ``start``..``end``."""
        return any(self.covered[start:end])

    def starts_at(self, *positions: int) -> bool:
        return any(p in self.starts for p in positions)

class Featurizer:
    """Turns a doc (after the mention stage and the rule relation stage) into an :class:`AmountBatch`.

    n_buckets (int): rows of the hashed feature table (a power of two).
    """

    def __init__(self, n_buckets: int = 1 << 16, data: Optional[GermanData] = None):
        if n_buckets & (n_buckets - 1):
            raise ValueError(f"n_buckets must be a power of two, got {n_buckets}")
        self.n_buckets = n_buckets
        self.data = data or german()
        self._function_words = frozenset(w for ws in self.data.function_words.values() for w in ws)
        self._genitive_links = self.data.function_words["genitive_links"]

    # -- words as features ---------------------------------------------------------------

    def _word(self, tok: "_Tokens", lowers: Sequence[str], i: int) -> str:
        """A token as a feature value: lower-case and function words as they are, numbers and
        punctuation by class, capitalised words by shape (no names)."""
        if i < 0 or i >= len(lowers):
            return "<edge>"
        w = lowers[i]
        if tok.space[i]:
            return "<nl>"
        if tok.punct[i]:
            return w  # punctuation is its own lower case
        if tok.num[i]:
            return "<num>"
        if tok.lower[i] or w in self._function_words:
            return w
        return "<Cap>" if not tok.upper[i] else "<CAPS>"

    @staticmethod
    def _suffix(lower: str, n: int = 5) -> str:
        return lower[-n:] if len(lower) > n else lower

    # -- a doc -----------------------------------------------------------------------------

    def featurize(
        self, doc: Doc, decisions: Sequence[ClaimDecision], encoder: Optional[SpanEncoder] = None
    ) -> AmountBatch:
        """Features of every money and count amount of ``doc`` and of its candidates."""
        batch = AmountBatch()
        spans = list(doc.spans[AMOUNTS_KEY]) if AMOUNTS_KEY in doc.spans else []
        parsed = [(a, a._.amount) for a in spans]
        amounts = [a for a, info in parsed if info is not None and info.kind in CLAIM_KINDS]
        amount_info = {a.start: info for a, info in parsed}
        if not amounts:
            dim = encoder.dim if encoder else 0
            batch.amount_vectors = np.zeros((0, dim), np.float32)
            batch.pair_vectors = np.zeros((0, 2 * dim), np.float32)
            return batch
        lowers = lowers_of(doc)
        layout = current_candidates.DocLayout(doc)
        needed = sorted({j for a in amounts for j in layout.context_sentences(layout.sentence(a.start))})
        tags = _Tags(lowers, self.data, [(layout.sent_starts[j], layout.sent_ends[j]) for j in needed])
        tok = _Tokens(doc)
        by_start = {d.amount.start: d for d in decisions}
        mask = self.n_buckets - 1
        ents = _EntityIndex(doc)
        per_sentence: dict[int, int] = {}
        for a in spans:
            j = layout.sentence(a.start)
            per_sentence[j] = per_sentence.get(j, 0) + 1
        mention_ids: dict[tuple[Candidate, str], list[int]] = {}  # a candidate's own features, once per doc
        context_spans: list[tuple[int, int]] = []
        candidate_spans: list[tuple[int, int]] = []
        for a_index, amount in enumerate(amounts):
            rule = by_start.get(amount.start)
            rule = rule if rule is not None and rule.amount.end == amount.end else None
            batch.amounts.append(amount)
            batch.rule.append(rule)
            k = layout.sentence(amount.start)
            info = amount_info[amount.start]
            feats = self._amount_features(doc, tok, lowers, amount, info, rule, layout, k, tags, per_sentence.get(k, 0))
            batch.amount_features.append([hash_feature(f) & mask for f in feats])
            s0, s1 = layout.sent_starts[k], layout.sent_ends[k]
            c0, c1 = max(s0, amount.start - 4), min(s1, amount.end + 4)
            context_spans.append((tok.idx[c0], tok.ends[c1 - 1]))
            rule_roles = rule.roles if rule is not None else {}
            candidates = current_candidates.find_candidates(doc, amount, layout, [rule_roles.get(r) for r in CANDIDATE_ROLES])
            kind = info.kind
            for cand in candidates:
                key = (cand, kind)
                ids = mention_ids.get(key)
                if ids is None:
                    mf = self._mention_features(tok, lowers, cand, layout, tags, ents)
                    ids = mention_ids[key] = self._hashed(mf, kind, mask)
                pf = self._pair_features(tok, lowers, amount, cand, rule_roles, layout, k, tags)
                batch.pair_features.append(ids + self._hashed(pf, kind, mask))
                batch.pair_amount.append(a_index)
                batch.candidates.append(cand)
                batch.rule_votes.append(
                    tuple(
                        r
                        for r in CANDIDATE_ROLES
                        if rule_roles.get(r) is not None and rule_roles[r].start < cand.end and cand.start < rule_roles[r].end
                    )
                )
                candidate_spans.append((tok.idx[cand.start], tok.ends[cand.end - 1]))
        if encoder is not None:
            batch.amount_vectors = encoder.encode(doc, context_spans).astype(np.float32, copy=False)
            mention_vectors = encoder.encode(doc, candidate_spans).astype(np.float32, copy=False)
            if len(candidate_spans):
                batch.pair_vectors = np.concatenate([mention_vectors, batch.amount_vectors[batch.pair_amount]], axis=1)
            else:
                batch.pair_vectors = np.zeros((0, 2 * encoder.dim), np.float32)
        else:
            batch.amount_vectors = np.zeros((len(amounts), 0), np.float32)
            batch.pair_vectors = np.zeros((len(batch.candidates), 0), np.float32)
        return batch

    @staticmethod
    def _hashed(features: list[str], kind: str, mask: int) -> list[int]:
        """Feature ids of a pair's features, each also conjoined with the amount's kind (money and
        counts have different roles)."""
        return [hash_feature(f) & mask for f in features] + [hash_feature(f"{kind}|{f}") & mask for f in features]

    # -- per amount ------------------------------------------------------------------------

    def _amount_features(
        self,
        doc: Doc,
        tok: _Tokens,
        lowers: Sequence[str],
        amount: Span,
        a: Any,
        rule: Optional[ClaimDecision],
        layout: DocLayout,
        k: int,
        tags: _Tags,
        n_amounts: int,
    ) -> list[str]:
        f = [f"kind={a.kind}", f"cur={a.currency_from}", f"article={bool(a.article)}", f"restates={bool(a.restates)}"]
        if rule is None:
            f.append("rule=none")
        else:
            f += [f"rule={rule.type}", f"rule_cat={rule.category}", f"rule_ev={rule.evidence}", f"rule_hedged={rule.hedged}"]
            f.append(f"rule_cat_ev={rule.category}|{rule.evidence}")
        s0, s1 = layout.sent_starts[k], layout.sent_ends[k]
        f.append(f"headline={k == 0}")
        for o in (1, 2, 3):
            f.append(f"w-{o}={self._word(tok, lowers, amount.start - o) if amount.start - o >= s0 else '<s>'}")
            f.append(f"w+{o}={self._word(tok, lowers, amount.end + o - 1) if amount.end + o - 1 < s1 else '</s>'}")
        f.append(f"w-2-1={self._word(tok, lowers, amount.start - 2)}|{self._word(tok, lowers, amount.start - 1)}")
        f.append(f"w+1+2={self._word(tok, lowers, amount.end)}|{self._word(tok, lowers, amount.end + 1)}")
        # capitalised words near the amount by their last letters (compound heads, inflection)
        for t in range(max(s0, amount.start - 6), min(s1, amount.end + 6)):
            if amount.start <= t < amount.end or not tok.title[t]:
                continue
            side = "b" if t < amount.start else "a"
            f.append(f"suf{side}={self._suffix(lowers[t])}")
            f.append(f"suf4{side}={self._suffix(lowers[t], 4)}")
        clause = _clause(lowers, s0, s1, amount.start)
        for t in range(amount.start, amount.end):
            f += [f"in={tag}" for tag in tags.get(t)]  # "möglicherweise sogar bis zu 9,8 Milliarden"
        for t in range(s0, s1):
            if amount.start <= t < amount.end:
                continue
            here = tags.get(t)
            if not here:
                continue
            side = "b" if t < amount.start else "a"
            dist = _bucket(amount.start - t if t < amount.start else t - amount.end + 1)
            in_clause = clause[0] <= t < clause[1]
            for tag in here:
                f.append(f"st={tag}")
                f.append(f"st={tag}|{side}|{dist}")
                if in_clause:
                    f.append(f"ct={tag}")
        for t in range(clause[0], clause[1]):
            if tok.lower[t] and tok.alpha[t] and not amount.start <= t < amount.end:
                f.append(f"cw={lowers[t]}")
        # the paragraph's topic: cue classes of the sentences before and of the headline
        for j in (k - 1, k - 2):
            if j >= 0 and layout.paragraph_of[j] == layout.paragraph_of[k]:
                for t in range(layout.sent_starts[j], layout.sent_ends[j]):
                    f += [f"pt={tag}" for tag in tags.get(t) if tag.startswith(("money", "harm", "party", "fine"))]
        if k:
            for t in range(layout.sent_starts[0], layout.sent_ends[0]):
                f += [f"ht={tag}" for tag in tags.get(t) if tag.startswith(("money", "harm", "fine"))]
        f.append(f"n_amounts={_bucket(n_amounts)}")
        return f

    # -- per pair ---------------------------------------------------------------------------

    def _mention_features(
        self, tok: _Tokens, lowers: Sequence[str], cand: Candidate, layout: DocLayout, tags: _Tags, ents: "_EntityIndex"
    ) -> list[str]:
        """What a candidate is, whatever the amount: kind, case and role marking around it, position."""
        w = self._word
        m0, m1 = cand.at_start, cand.at_end
        f = [f"mk={cand.kind}"]
        if cand.start != m0:
            f.append("antecedent")
        p1, p2, n1, n2 = w(tok, lowers, m0 - 1), w(tok, lowers, m0 - 2), w(tok, lowers, m1), w(tok, lowers, m1 + 1)
        f += [f"p1={p1}", f"p2={p2}|{p1}", f"n1={n1}", f"n2={n1}|{n2}", f"p1n1={p1}|{n1}"]
        for t, name in ((m0 - 1, "pt1"), (m0 - 2, "pt2"), (m1, "nt1"), (m1 + 1, "nt2")):
            f += [f"{name}={tag}" for tag in tags.get(t)]
        s0 = layout.sent_starts[cand.sentence]
        f.append(f"sent_start={_bucket(m0 - s0)}")
        f.append(f"first_mention={bool(layout.mentions[cand.sentence]) and layout.mentions[cand.sentence][0][0] == m0}")
        named = ents.covers_any(m0, m1)
        f.append(f"named={named}")
        if not named or cand.kind in ("group", "document"):
            head = lowers[m1 - 1]
            f += [f"head={head}", f"hsuf={self._suffix(head)}"]
        f.append(f"len={_bucket(m1 - m0)}")
        # a common noun named right after by a name ("die Analyse von Anna Berger"): the name is preferred
        if m1 + 1 < len(lowers) and lowers[m1] in self._genitive_links and ents.starts_at(m1 + 1, m1 + 2):
            f.append("name_follows")
        return f

    def _pair_features(
        self,
        tok: _Tokens,
        lowers: Sequence[str],
        amount: Span,
        cand: Candidate,
        rule_roles: dict,
        layout: DocLayout,
        k: int,
        tags: _Tags,
    ) -> list[str]:
        """How a candidate stands to one amount: where, how far, what lies between, the rules' vote."""
        m0, m1 = cand.at_start, cand.at_end
        before = m1 <= amount.start
        side = "b" if before else "a"
        sent_gap = k - cand.sentence
        where = "head" if cand.sentence == 0 and k > 2 else str(sent_gap)
        f = [f"where={where}", f"where_side={where}|{side}", f"mk_where={cand.kind}|{where}|{side}"]
        voted = False
        for role in CANDIDATE_ROLES:
            r = rule_roles.get(role)
            if r is not None and r.start < cand.end and cand.start < r.end:
                f.append(f"rule={role}")
                f.append(f"rule={role}|{cand.kind}")
                voted = True
            elif r is not None:
                f.append(f"rule_other={role}")  # the rules gave this role to another span
        if not voted:
            f.append("rule=-")
        if sent_gap == 0:
            lo, hi = (m1, amount.start) if before else (amount.end, m0)
            gap = max(0, hi - lo)
            f.append(f"dist={side}|{_bucket(gap)}")
            commas = 0
            for t in range(lo, hi):
                if lowers[t] in CLAUSE_BREAKS:
                    commas += 1
                for tag in tags.get(t):
                    f.append(f"bt={tag}")
                    f.append(f"bt={tag}|{side}")
            f.append(f"breaks={side}|{_bucket(commas)}")
            if gap <= 3:
                f += [f"bw={self._word(tok, lowers, t)}|{side}" for t in range(lo, hi)]
            between_mentions = sum(1 for m in layout.mentions[k] if lo <= m[0] < hi)
            f.append(f"mentions_between={_bucket(between_mentions)}")
            f.append(f"rank={side}|{_bucket(between_mentions)}|{cand.kind}")
        else:
            # a mention in another sentence: what that sentence says (speech, verbs, cues)
            s0, s1 = layout.sent_starts[cand.sentence], layout.sent_ends[cand.sentence]
            for t in range(s0, s1):
                for tag in tags.get(t):
                    f.append(f"ot={tag}")
        return f
