"""Features of amounts and (amount, candidate) pairs: hashed sparse features and dense vectors.

Features are chosen to carry to unseen writers and topics: word classes from the language data
(casualty and money cues, pay/receive verbs, speech verbs, attribution and hedge cues), closed-
class words around a mention (prepositions and articles that mark case), distances, positions,
mention kinds, and the rule stage's decisions (votes). Names are never features: a capitalised
word is seen only by its shape and its last letters (German compounds end in their head:
"Schmerzensgeld", "Innenministerium").

Every feature is a string hashed into ``n_buckets`` rows of the model's embedding table
(:func:`hash_feature`). Bump :data:`FEATURES_VERSION` whenever features change: a saved model
records the version it was trained with.

Speed: a doc's features are mostly the same few thousand strings, so each string's row is
remembered (:class:`_IdTable`, a dict hit without a Python call); the pieces that many pairs
share (the tags of a token, the cue tags of another sentence, a sentence's topic cues) are built
once per doc; tagged tokens are visited through per-sentence lists rather than by testing every
token. ``tests/reference_relation_features.py`` keeps the straightforward version that these
must match id for id (the shipped weights were trained on it).
"""

from __future__ import annotations

import zlib
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Callable, Optional, Sequence

import numpy as np
from spacy.tokens import Doc, Span

from ..extensions import AMOUNTS_KEY, doc_cache, lowers_of
from ..lang.de import GermanData, german, load_table
from ..lang.lexicon import LexiconGroup
from ..pipeline.cues import CLAUSE_BREAKS
from ..pipeline.relations import ClaimDecision
from .candidates import CANDIDATE_ROLES, Candidate, DocLayout, find_candidates, layout_of, phrase_groups
from .encoders import SpanEncoder

__all__ = ["FEATURES_VERSION", "AmountBatch", "Featurizer", "hash_feature", "CLAIM_KINDS"]

FEATURES_VERSION = 3
#: Amount kinds that can be claims: the amounts the model scores.
CLAIM_KINDS = ("money", "count")
#: Feature rows remembered per table (a bound on memory).
_HASH_CACHE_SIZE = 500_000


def hash_feature(feature: str) -> int:
    """A stable 32-bit hash of a feature string (CRC-32; Python's own hash is salted per process).
    The featurizer remembers each feature's row (:class:`_IdTable`)."""
    return zlib.crc32(feature.encode("utf-8"))


class _IdTable(dict):  # type: ignore[type-arg]
    """Feature string -> its row, ``hash_feature(prefix + feature) & mask``, remembered.

    Looked up with ``table[f]`` or ``map(table.__getitem__, features)``: a remembered feature
    costs one dict hit and no Python call; :meth:`__missing__` hashes the others.
    """

    def __init__(self, mask: int, prefix: str = ""):
        super().__init__()
        self.mask = mask
        self.prefix = prefix

    def __missing__(self, feature: str) -> int:
        row = hash_feature(self.prefix + feature) & self.mask
        if len(self) >= _HASH_CACHE_SIZE:
            self.clear()  # a bound on memory; the features in use come back at once
        self[feature] = row
        return row


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
    amount_features / pair_features: hashed feature ids of each amount / pair (tuples of ints:
        a tuple of ints leaves the garbage collector's watch at its first collection, a list never);
        a pair's own ids are those of how its candidate stands to the amount, and the ids of what
        the candidate is, whatever the amount, are those of its mention bag
        (``mention_features[pair_mention[p]]``): a candidate serves several amounts, and its bag
        is summed once (:meth:`pair_bags` gives each pair's whole bag, as training reads it).
    pair_amount: index of the amount of each pair; candidates: the candidate of each pair.
    amount_vectors / pair_vectors: dense inputs (float32), zero-width without an encoder.
    """

    amounts: list[Span] = field(default_factory=list)
    rule: list[Optional[ClaimDecision]] = field(default_factory=list)
    amount_features: list[tuple[int, ...]] = field(default_factory=list)
    pair_features: list[tuple[int, ...]] = field(default_factory=list)
    mention_features: list[tuple[int, ...]] = field(default_factory=list)
    pair_mention: list[int] = field(default_factory=list)
    pair_amount: list[int] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    #: the roles the rule stage gave each pair's candidate (the rules' vote)
    rule_votes: list[tuple[str, ...]] = field(default_factory=list)
    #: per pair, the first pair of its noun phrase among its amount's pairs (see candidates.phrase_groups)
    pair_group: list[int] = field(default_factory=list)
    #: per pair, its candidate lies in the phrase of the rules' source (:meth:`Featurizer.source_phrase`)
    in_source_phrase: list[bool] = field(default_factory=list)
    amount_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    pair_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))

    def pair_bags(self) -> list[tuple[int, ...]]:
        """Each pair's whole feature bag: its candidate's mention ids, then its own."""
        mentions = self.mention_features
        return [mentions[m] + f for m, f in zip(self.pair_mention, self.pair_features)]


def _clause(lowers: Sequence[str], s0: int, s1: int, i: int) -> tuple[int, int]:
    """As :func:`claimex.pipeline.cues.clause_of`, on the lower-cased words (punctuation is its own lower case)."""
    start = i
    while start > s0 and lowers[start - 1] not in CLAUSE_BREAKS:
        start -= 1
    end = i
    while end < s1 and lowers[end] not in CLAUSE_BREAKS:
        end += 1
    return start, end


def _tag_lexicons(data: GermanData) -> tuple[LexiconGroup, tuple[tuple[str, bool], ...]]:
    """The lexicons whose classes are token tags, as one group, and each one's (tag prefix,
    whether the entry's value is part of the tag), in tag order."""
    named = (
        (data.casualty_triggers, "harm", True),
        (data.money_categories, "money", True),
        (data.party_verbs, "party", True),
        (data.not_harmed, "unharmed", False),
        (data.hedges, "hedge", False),
        (data.source_before, "src_before", False),
        (data.source_after, "src_after", False),
        (data.speech_verbs, "speech", False),
        (data.attack_nouns, "attack", False),
        (data.perpetrator_nouns, "perpetrator", False),
        (data.fine_words, "fine", False),
    )
    return LexiconGroup([lex for lex, _, _ in named]), tuple((prefix, with_value) for _, prefix, with_value in named)


class _Tags:
    """Lexicon classes of the tokens of some sentences (those features read), scanned sentence by
    sentence: token index -> tuple of tags (in lexicon order, then "reported"), and the tagged
    tokens in text order."""

    def __init__(
        self,
        lowers: Sequence[str],
        lexicons: tuple[LexiconGroup, tuple[tuple[str, bool], ...]],
        reported: frozenset[str],
        sentences: Sequence[tuple[int, int]],
    ):
        group, tag_names = lexicons
        tags: dict[int, list[str]] = {}
        for s0, s1 in sentences:
            for (prefix, with_value), found in zip(tag_names, group.scan(lowers, s0, s1)):
                for i, end, value in found:
                    tag = f"{prefix}:{value}" if with_value else prefix
                    for t in range(i, end):
                        tags.setdefault(t, []).append(tag)
            for i in range(s0, s1):
                if lowers[i] in reported:
                    tags.setdefault(i, []).append("reported")
        self.of: dict[int, tuple[str, ...]] = {i: tuple(v) for i, v in tags.items()}
        self.tagged = sorted(tags)

    def get(self, i: int) -> tuple[str, ...]:
        return self.of.get(i, ())

    def in_range(self, start: int, end: int) -> list[int]:
        """The tagged tokens from ``start`` to before ``end``, in text order."""
        tagged = self.tagged
        return tagged[bisect_left(tagged, start) : bisect_left(tagged, end)]


class _Tokens:
    """Per-token flags and offsets of a doc as plain lists, read once (no Token object per look)."""

    def __init__(self, doc: Doc):
        from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LENGTH, LIKE_NUM

        attrs = [IDX, LENGTH, IS_SPACE, IS_PUNCT, LIKE_NUM, IS_LOWER, IS_TITLE, IS_UPPER, IS_ALPHA]
        columns = doc.to_array(attrs).reshape(len(doc), len(attrs)).T  # one row per attribute
        self.idx = columns[0].tolist()
        self.ends = (columns[0] + columns[1]).tolist()
        self.space, self.punct, self.num, self.lower, self.title, self.upper, self.alpha = columns[2:].astype(bool).tolist()


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


class _DocPieces:
    """Feature strings that many amounts or pairs of one doc share, each built at its first use."""

    def __init__(self) -> None:
        self.between_tags: dict[tuple[int, str], list[str]] = {}  # (token, side) -> "bt=" features
        self.topic: dict[int, list[str]] = {}  # sentence -> "pt=" features
        self.headline: Optional[list[str]] = None  # "ht=" features


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
        self._determiners = self.data.function_words["determiners"]
        # words before a source that credit it rather than make it a clause's subject
        self._credit_words = frozenset(load_table("attribution_cues.json")["not_subject_words"])
        self._tag_lexicons = _tag_lexicons(self.data)
        mask = n_buckets - 1
        self._ids = _IdTable(mask)
        # each pair feature also conjoined with the amount's kind (money and counts have different roles)
        self._kind_ids = {kind: _IdTable(mask, f"{kind}|") for kind in CLAIM_KINDS}

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
        self,
        doc: Doc,
        decisions: Sequence[ClaimDecision],
        encoder: Optional[SpanEncoder] = None,
        pairs_for: Optional[Callable[[AmountBatch], Sequence[bool]]] = None,
        rule_claims_only: bool = False,
    ) -> AmountBatch:
        """Features of every money and count amount of ``doc`` and of its candidates.

        pairs_for: given the batch with its amounts (features, vectors, rule decisions) and no
            pairs yet, whether each amount gets its candidate pairs; None gives all their pairs.
            Inference leaves out the amounts it will not make claims (:mod:`.inference`).
        rule_claims_only: only the amounts the rule stage made claims (a model whose claims are
            the rules' needs no features of the others).
        """
        batch = AmountBatch()
        spans = list(doc.spans[AMOUNTS_KEY]) if AMOUNTS_KEY in doc.spans else []
        parsed = [(a, a._.amount) for a in spans]
        amounts = [a for a, info in parsed if info is not None and info.kind in CLAIM_KINDS]
        # the sentences whose tags features read: those around every amount that may be a claim,
        # also when only the rules' claims get features, so that a candidate standing outside
        # their context (a role the rules found far away) reads the tags it has in training
        context_amounts = amounts
        amount_info = {a.start: info for a, info in parsed}
        if rule_claims_only:
            claimed = {(d.amount.start, d.amount.end) for d in decisions}
            amounts = [a for a in amounts if (a.start, a.end) in claimed]
        dim = encoder.dim if encoder else 0
        if not amounts:
            batch.amount_vectors = np.zeros((0, dim), np.float32)
            batch.pair_vectors = np.zeros((0, 2 * dim), np.float32)
            return batch
        lowers = lowers_of(doc)
        layout = layout_of(doc)
        cache = doc_cache(doc)
        needed = sorted({j for a in context_amounts for j in layout.context_sentences(layout.sentence(a.start))})
        tags = _Tags(
            lowers,
            self._tag_lexicons,
            self.data.reported_speech,
            [(layout.sent_starts[j], layout.sent_ends[j]) for j in needed],
        )
        tok = cache.get("relation_tokens")
        if tok is None:
            tok = cache["relation_tokens"] = _Tokens(doc)
        pieces = _DocPieces()
        by_start = {d.amount.start: d for d in decisions}
        ids = self._ids.__getitem__
        per_sentence: dict[int, int] = {}
        for a in spans:
            j = layout.sentence(a.start)
            per_sentence[j] = per_sentence.get(j, 0) + 1
        context_spans: list[tuple[int, int]] = []
        for amount in amounts:
            rule = by_start.get(amount.start)
            rule = rule if rule is not None and rule.amount.end == amount.end else None
            batch.amounts.append(amount)
            batch.rule.append(rule)
            k = layout.sentence(amount.start)
            feats = self._amount_features(
                tok, lowers, amount, amount_info[amount.start], rule, layout, k, tags, per_sentence.get(k, 0), pieces
            )
            batch.amount_features.append(tuple(map(ids, feats)))
            s0, s1 = layout.sent_starts[k], layout.sent_ends[k]
            c0, c1 = max(s0, amount.start - 4), min(s1, amount.end + 4)
            context_spans.append((tok.idx[c0], tok.ends[c1 - 1]))
        if encoder is not None:
            batch.amount_vectors = encoder.encode(doc, context_spans).astype(np.float32, copy=False)
        else:
            batch.amount_vectors = np.zeros((len(amounts), 0), np.float32)
        wanted = pairs_for(batch) if pairs_for is not None else None
        self._add_pairs(doc, batch, amount_info, wanted, lowers, layout, tok, tags, pieces)
        if encoder is not None and batch.candidates:
            candidate_spans = [(tok.idx[c.start], tok.ends[c.end - 1]) for c in batch.candidates]
            mention_vectors = encoder.encode(doc, candidate_spans).astype(np.float32, copy=False)
            batch.pair_vectors = np.concatenate([mention_vectors, batch.amount_vectors[batch.pair_amount]], axis=1)
        else:
            batch.pair_vectors = np.zeros((len(batch.candidates), 2 * dim), np.float32)
        return batch

    def _add_pairs(
        self,
        doc: Doc,
        batch: AmountBatch,
        amount_info: dict[int, Any],
        wanted: Optional[Sequence[bool]],
        lowers: Sequence[str],
        layout: DocLayout,
        tok: _Tokens,
        tags: _Tags,
        pieces: _DocPieces,
    ) -> None:
        """The candidate pairs of the (wanted) amounts of ``batch``, added to it."""
        cache = doc_cache(doc)
        breaks = cache.get("relation_breaks")
        if breaks is None:  # clause breaks before each token, for counting them between two tokens
            breaks = cache["relation_breaks"] = [0, *accumulate(w in CLAUSE_BREAKS for w in lowers)]
        ids, kind_ids = self._ids.__getitem__, self._kind_ids
        ents = _EntityIndex(doc)
        # a candidate's own features, once per doc (the layout gives one object per candidate)
        mention_index: dict[tuple[int, str], int] = {}
        other_ids: dict[tuple[int, str], tuple[int, ...]] = {}  # (sentence, amount kind) -> its "ot=" ids
        # (amount kind, a pair's feature strings) -> their ids: more than half of a doc's pairs
        # stand to their amounts as another pair does (same place, tags, words between)
        pair_ids: dict[tuple[str, tuple[str, ...]], tuple[int, ...]] = {}
        # a candidate of another sentence stands to every amount of one sentence alike (its
        # features read where the two sentences are and the rules' vote, not the amount): four
        # pairs in five, whose ids are built once per (candidate, sentence, kind, rules' roles, vote)
        far_ids: dict[tuple[int, int, str, tuple[str, ...], tuple[str, ...]], tuple[int, ...]] = {}
        for a_index, (amount, rule) in enumerate(zip(batch.amounts, batch.rule)):
            if wanted is not None and not wanted[a_index]:
                continue
            k = layout.sentence(amount.start)
            rule_roles = rule.roles if rule is not None else {}
            rule_spans = [rule_roles.get(r) for r in CANDIDATE_ROLES]
            rule_bounds = [(r, s.start, s.end) for r, s in zip(CANDIDATE_ROLES, rule_spans) if s is not None]
            filled = tuple(r for r, _, _ in rule_bounds)
            kind = amount_info[amount.start].kind
            kind_id = kind_ids[kind].__getitem__
            candidates = find_candidates(doc, amount, layout, rule_spans)
            source = rule_roles.get("source")
            s_phrase = self.source_phrase(lowers, tags, layout, source.start, source.end) if source is not None else None
            base = len(batch.pair_amount)
            batch.pair_group += [base + g for g in phrase_groups(doc, candidates)]
            for cand in candidates:
                key = (id(cand), kind)
                own = mention_index.get(key)
                if own is None:
                    mf = self._mention_features(tok, lowers, cand, layout, tags, ents)
                    own = mention_index[key] = len(batch.mention_features)
                    batch.mention_features.append((*map(ids, mf), *map(kind_id, mf)))
                votes = tuple(r for r, r0, r1 in rule_bounds if r0 < cand.end and cand.start < r1) if rule_bounds else ()
                far_key = (id(cand), k, kind, filled, votes) if cand.sentence != k else None
                row = far_ids.get(far_key) if far_key is not None else None
                if row is None:
                    pf = self._pair_features(tok, lowers, amount, cand, rule_bounds, votes, layout, k, tags, breaks, pieces)
                    pair_key = (kind, tuple(pf))
                    row = pair_ids.get(pair_key)
                    if row is None:
                        row = pair_ids[pair_key] = (*map(ids, pf), *map(kind_id, pf))
                    if far_key is not None:
                        other = other_ids.get((cand.sentence, kind))
                        if other is None:
                            of = self._other_sentence(cand.sentence, layout, tags)
                            other = other_ids[(cand.sentence, kind)] = (*map(ids, of), *map(kind_id, of))
                        row = far_ids[far_key] = (*row, *other)
                batch.pair_features.append(row)
                batch.pair_mention.append(own)
                batch.pair_amount.append(a_index)
                batch.candidates.append(cand)
                batch.rule_votes.append(votes)
                batch.in_source_phrase.append(
                    s_phrase is not None and s_phrase[0] < cand.at_end and cand.at_start < s_phrase[1]
                )

    def source_phrase(
        self, lowers: Sequence[str], tags: _Tags, layout: DocLayout, start: int, end: int
    ) -> Optional[tuple[int, int]]:
        """The tokens of the rules' source ``start``..``end`` with what hangs on it by a genitive
        link ("laut der Analyse von Anna Berger von der X-Universität"), when the source is
        credited by a preposition or a source cue ("laut", "nach Angaben", "beauftragt vom"):
        who is named there is credited with the claim, and is no party of it. None for a source
        that is a clause's subject ("Der Konzern teilte mit, er zahle ..."), which may be a party.
        """
        i = start - 1
        while i > start - 3 and i >= 0 and lowers[i] in self._determiners:
            i -= 1
        if i < 0 or not (lowers[i] in self._credit_words or "src_before" in tags.get(i)):
            return None
        mentions = {m[0]: m[1] for m in layout.mentions[layout.sentence(start)]}
        links = self._genitive_links
        while True:
            j = end
            while j < len(lowers) and j - end < 2 and lowers[j] in links:
                j += 1
            if j == end or j not in mentions:
                return start, end
            end = mentions[j]

    # -- per amount ------------------------------------------------------------------------

    def _amount_features(
        self,
        tok: _Tokens,
        lowers: Sequence[str],
        amount: Span,
        a: Any,
        rule: Optional[ClaimDecision],
        layout: DocLayout,
        k: int,
        tags: _Tags,
        n_amounts: int,
        pieces: _DocPieces,
    ) -> list[str]:
        f = [f"kind={a.kind}", f"cur={a.currency_from}", f"article={bool(a.article)}", f"restates={bool(a.restates)}"]
        if rule is None:
            f.append("rule=none")
        else:
            f += [f"rule={rule.type}", f"rule_cat={rule.category}", f"rule_ev={rule.evidence}", f"rule_hedged={rule.hedged}"]
            f.append(f"rule_cat_ev={rule.category}|{rule.evidence}")
        a0, a1 = amount.start, amount.end
        s0, s1 = layout.sent_starts[k], layout.sent_ends[k]
        f.append(f"headline={k == 0}")
        word = self._word
        for o in (1, 2, 3):
            f.append(f"w-{o}={word(tok, lowers, a0 - o) if a0 - o >= s0 else '<s>'}")
            f.append(f"w+{o}={word(tok, lowers, a1 + o - 1) if a1 + o - 1 < s1 else '</s>'}")
        f.append(f"w-2-1={word(tok, lowers, a0 - 2)}|{word(tok, lowers, a0 - 1)}")
        f.append(f"w+1+2={word(tok, lowers, a1)}|{word(tok, lowers, a1 + 1)}")
        # capitalised words near the amount by their last letters (compound heads, inflection)
        title = tok.title
        for t in range(max(s0, a0 - 6), min(s1, a1 + 6)):
            if a0 <= t < a1 or not title[t]:
                continue
            side = "b" if t < a0 else "a"
            f.append(f"suf{side}={self._suffix(lowers[t])}")
            f.append(f"suf4{side}={self._suffix(lowers[t], 4)}")
        c0, c1 = _clause(lowers, s0, s1, a0)
        of = tags.of
        for t in tags.in_range(a0, a1):
            f += [f"in={tag}" for tag in of[t]]  # "möglicherweise sogar bis zu 9,8 Milliarden"
        for t in tags.in_range(s0, s1):
            if a0 <= t < a1:
                continue
            if t < a0:
                side, dist = "b", _bucket(a0 - t)
            else:
                side, dist = "a", _bucket(t - a1 + 1)
            in_clause = c0 <= t < c1
            for tag in of[t]:
                f.append(f"st={tag}")
                f.append(f"st={tag}|{side}|{dist}")
                if in_clause:
                    f.append(f"ct={tag}")
        lower, alpha = tok.lower, tok.alpha
        for t in range(c0, c1):
            if lower[t] and alpha[t] and not a0 <= t < a1:
                f.append(f"cw={lowers[t]}")
        # the paragraph's topic: cue classes of the sentences before and of the headline
        for j in (k - 1, k - 2):
            if j >= 0 and layout.paragraph_of[j] == layout.paragraph_of[k]:
                f += self._topic(tags, layout, j, pieces)
        if k:
            if pieces.headline is None:
                pieces.headline = [
                    f"ht={tag}"
                    for t in tags.in_range(layout.sent_starts[0], layout.sent_ends[0])
                    for tag in of[t]
                    if tag.startswith(("money", "harm", "fine"))
                ]
            f += pieces.headline
        f.append(f"n_amounts={_bucket(n_amounts)}")
        return f

    @staticmethod
    def _topic(tags: _Tags, layout: DocLayout, j: int, pieces: _DocPieces) -> list[str]:
        """The topic features of sentence ``j`` (its money, harm, party and fine tags)."""
        found = pieces.topic.get(j)
        if found is None:
            of = tags.of
            found = pieces.topic[j] = [
                f"pt={tag}"
                for t in tags.in_range(layout.sent_starts[j], layout.sent_ends[j])
                for tag in of[t]
                if tag.startswith(("money", "harm", "party", "fine"))
            ]
        return found

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
        rule_bounds: Sequence[tuple[str, int, int]],
        votes: tuple[str, ...],
        layout: DocLayout,
        k: int,
        tags: _Tags,
        breaks: Sequence[int],
        pieces: _DocPieces,
    ) -> list[str]:
        """How a candidate stands to one amount: where, how far, what lies between, the rules' vote.

        rule_bounds: (role, start, end) of each role the rules filled; votes: those of them that
        overlap the candidate (the rules' vote for it).
        """
        m0, m1 = cand.at_start, cand.at_end
        before = m1 <= amount.start
        side = "b" if before else "a"
        sent_gap = k - cand.sentence
        where = "head" if cand.sentence == 0 and k > 2 else str(sent_gap)
        f = [f"where={where}", f"where_side={where}|{side}", f"mk_where={cand.kind}|{where}|{side}"]
        for role, _, _ in rule_bounds:  # in the order of CANDIDATE_ROLES
            if role in votes:
                f.append(f"rule={role}")
                f.append(f"rule={role}|{cand.kind}")
            else:
                f.append(f"rule_other={role}")  # the rules gave this role to another span
        if not votes:
            f.append("rule=-")
        if sent_gap == 0:
            lo, hi = (m1, amount.start) if before else (amount.end, m0)
            gap = max(0, hi - lo)
            f.append(f"dist={side}|{_bucket(gap)}")
            if gap:
                between = pieces.between_tags
                for t in tags.in_range(lo, hi):
                    found = between.get((t, side))
                    if found is None:
                        found = between[(t, side)] = [x for tag in tags.of[t] for x in (f"bt={tag}", f"bt={tag}|{side}")]
                    f += found
            f.append(f"breaks={side}|{_bucket(breaks[hi] - breaks[lo] if gap else 0)}")
            if gap <= 3:
                f += [f"bw={self._word(tok, lowers, t)}|{side}" for t in range(lo, hi)]
            starts = layout.mention_starts[k]
            between_mentions = max(0, bisect_left(starts, hi) - bisect_left(starts, lo))
            f.append(f"mentions_between={_bucket(between_mentions)}")
            f.append(f"rank={side}|{_bucket(between_mentions)}|{cand.kind}")
        # a mention in another sentence: what that sentence says (speech, verbs, cues) is added
        # by the caller, as ids shared by every pair of that sentence (:meth:`_other_sentence`)
        return f

    @staticmethod
    def _other_sentence(j: int, layout: DocLayout, tags: _Tags) -> list[str]:
        """The features of what sentence ``j`` says (its cue tags), for its mentions paired with
        an amount of another sentence."""
        return [f"ot={tag}" for t in tags.in_range(layout.sent_starts[j], layout.sent_ends[j]) for tag in tags.of[t]]
