"""Which spans may fill a role of an amount: the candidates of the pair head.

For each money or count amount the candidates are the mentions (``doc.spans["claimex_mentions"]``)
of its sentence, of up to ``back`` sentences before it in the same paragraph, of the next
sentence of the paragraph, and of the doc's first :data:`LEAD_SENTENCES` sentences (headline and
lead: news names its protagonist there and refers back to it paragraphs later). A pronoun stands
for its antecedent; an unresolved one is a candidate itself ("Er zahlte ..."; the contract writes
the pronoun when the text names nobody). The spans the rule stage chose for the amount's roles
are candidates too where no mention covers them, so the model can always agree with the rules.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span

from ..corpus.schema import SCORED_ROLES
from ..extensions import doc_cache, lowers_of, sentence_bounds
from ..pipeline.mentions import MENTIONS_KEY
from ..pipeline.paragraphs import paragraph_starts

__all__ = [
    "Candidate",
    "DocLayout",
    "layout_of",
    "find_candidates",
    "phrase_groups",
    "BACK_SENTENCES",
    "LEAD_SENTENCES",
    "CANDIDATE_ROLES",
]

#: Sentences before the amount's own (same paragraph) whose mentions are candidates.
BACK_SENTENCES = 3
#: The doc's first sentences (headline, then dateline and lead) whose mentions are candidates of
#: every amount. 2 against 1 (the headline only): dev reach agent 0.788 -> 0.833, recipient
#: 0.890 -> 0.912, pairs per amount 8.4 -> 10.6; 3 adds little more (agent 0.842, 12.1 pairs).
LEAD_SENTENCES = 2
#: The roles a candidate can fill: the scored roles of the contract.
CANDIDATE_ROLES = SCORED_ROLES


@dataclass(frozen=True)
class Candidate:
    """One span that may fill a role of one amount (token offsets).

    start, end: the span written as the role (a pronoun's antecedent in place of the pronoun).
    at_start, at_end: where the candidate stands in the text (the pronoun itself).
    kind: the mention kind ("person" ... "pronoun"), or "rule" for a span only the rules found.
    sentence: index of the sentence holding ``at_start``.
    """

    start: int
    end: int
    at_start: int
    at_end: int
    kind: str
    sentence: int


class DocLayout:
    """Sentences, paragraphs and mentions of one doc as plain lists, read once per doc."""

    def __init__(self, doc: Doc):
        # the sentence bounds and paragraph breaks the rule stages found (one walk per doc)
        self.sent_starts, self.sent_ends = sentence_bounds(doc)
        # a blank line starts a paragraph, whichever sentence its space token was given to: a
        # sentence's paragraph is the number of blank-line tokens up to its first token
        breaks = paragraph_starts(doc)
        self.paragraph_of = [bisect_right(breaks, s + 1) for s in self.sent_starts]
        self.mentions: list[list[tuple[int, int, str, Optional[tuple[int, int]]]]] = [[] for _ in self.sent_starts]
        for m in doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else ():
            antecedent = m._.antecedent if m.label_ == "pronoun" else None
            self.mentions[self.sentence(m.start)].append((m.start, m.end, m.label_, antecedent))
        #: per sentence, where its mentions start, in order (to count those in a stretch by bisection)
        self.mention_starts = [sorted(m[0] for m in ms) for ms in self.mentions]
        self._candidates: dict[tuple[int, int, int, int, str, int], Candidate] = {}
        #: sentence -> its amounts' candidates from mentions (see :meth:`mention_candidates`)
        self._by_sentence: dict[int, tuple[list[tuple[int, int]], dict[tuple[int, int], Candidate], list[Candidate]]] = {}
        #: sentence -> its own mentions' candidates (see :meth:`_sentence_candidates`)
        self._in_sentence: dict[int, list[tuple[tuple[int, int], tuple[int, int], Candidate]]] = {}

    def candidate(self, start: int, end: int, at_start: int, at_end: int, kind: str, sentence: int) -> Candidate:
        """The :class:`Candidate` with these fields, one object per doc however many amounts it
        serves (fewer objects that live as long as the doc: less work for the garbage collector)."""
        key = (start, end, at_start, at_end, kind, sentence)
        found = self._candidates.get(key)
        if found is None:
            found = self._candidates[key] = Candidate(*key)
        return found

    def mention_candidates(
        self, k: int
    ) -> tuple[list[tuple[int, int]], dict[tuple[int, int], Candidate], list[Candidate]]:
        """The candidates from the mentions of sentence ``k``'s context (:meth:`context_sentences`)
        for an amount that overlaps none of them, built once per sentence (its amounts share
        them): where each mention stands, the candidates by span (first found first), and the
        candidates in text order."""
        found = self._by_sentence.get(k)
        if found is None:
            spans: dict[tuple[int, int], Candidate] = {}
            at: list[tuple[int, int]] = []
            for j in self.context_sentences(k):
                for where, span, candidate in self._sentence_candidates(j):
                    at.append(where)
                    if span not in spans:
                        spans[span] = candidate
            found = self._by_sentence[k] = (at, spans, sorted(spans.values(), key=_text_order))
        return found

    def _sentence_candidates(self, j: int) -> list[tuple[tuple[int, int], tuple[int, int], Candidate]]:
        """Per mention of sentence ``j``: where it stands, the span it writes (a pronoun's
        antecedent) and its candidate; built once per sentence (it is in the context of several)."""
        found = self._in_sentence.get(j)
        if found is None:
            found = self._in_sentence[j] = []
            for start, end, kind, antecedent in self.mentions[j]:
                if kind == "pronoun" and antecedent is not None:
                    span = (int(antecedent[0]), int(antecedent[1]))
                else:
                    span = (start, end)
                found.append(((start, end), span, self.candidate(span[0], span[1], start, end, kind, j)))
        return found

    def sentence(self, i: int) -> int:
        """Index of the sentence holding token ``i``."""
        return max(0, bisect_right(self.sent_starts, i) - 1)

    def context_sentences(self, k: int, back: int = BACK_SENTENCES) -> list[int]:
        """Sentence ``k``, up to ``back`` before it and one after it in its paragraph, and the lead sentences."""
        p = self.paragraph_of[k]
        out = [k]
        out += [j for j in range(k - 1, max(-1, k - back - 1), -1) if self.paragraph_of[j] == p]
        if k + 1 < len(self.sent_starts) and self.paragraph_of[k + 1] == p:
            out.append(k + 1)
        out += [j for j in range(min(LEAD_SENTENCES, len(self.sent_starts))) if j not in out]
        return out


def layout_of(doc: Doc) -> DocLayout:
    """The doc's :class:`DocLayout`, built once per doc."""
    cache = doc_cache(doc)
    found = cache.get("relation_layout")
    if found is None:
        found = cache["relation_layout"] = DocLayout(doc)
    return found


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _text_order(c: Candidate) -> tuple[int, int]:
    return c.at_start, c.start


def find_candidates(
    doc: Doc, amount: Span, layout: DocLayout, rule_spans: Iterable[Optional[Span]] = ()
) -> list[Candidate]:
    """The candidates of one amount (see the module docstring), in text order, without repeats.

    Do not change the list: the amounts of a sentence may share it.
    """
    k = layout.sentence(amount.start)
    a0, a1 = amount.start, amount.end
    at, spans_found, in_order = layout.mention_candidates(k)
    if not any(s < a1 and a0 < e for s, e in at):  # the usual case: the sentence's shared candidates
        added = []
        for rule in rule_spans:
            if rule is None:
                continue
            r0, r1 = rule.start, rule.end  # a Span's bounds are attribute calls: read them once
            if not (r0 < a1 and a0 < r1) and not any(s < r1 and r0 < e for s, e in spans_found):
                added.append(rule)
        if not added:
            return in_order
        extra: dict[tuple[int, int], Candidate] = {}
        for rule in added:
            extra.setdefault(
                (rule.start, rule.end),
                layout.candidate(rule.start, rule.end, rule.start, rule.end, "rule", layout.sentence(rule.start)),
            )
        return sorted([*in_order, *extra.values()], key=_text_order)
    return _find_candidates(amount, layout, k, rule_spans)


def _find_candidates(amount: Span, layout: DocLayout, k: int, rule_spans: Iterable[Optional[Span]]) -> list[Candidate]:
    """:func:`find_candidates` for an amount that overlaps a mention of its context."""
    found: dict[tuple[int, int], Candidate] = {}
    for j in layout.context_sentences(k):
        for start, end, kind, antecedent in layout.mentions[j]:
            if _overlaps(start, end, amount.start, amount.end):
                continue
            if kind == "pronoun":
                span = (start, end) if antecedent is None else (int(antecedent[0]), int(antecedent[1]))
            else:
                span = (start, end)
            if span not in found:
                found[span] = layout.candidate(span[0], span[1], start, end, kind, j)
    spans: Sequence[tuple[int, int]] = list(found)
    for rule in rule_spans:
        if rule is None or _overlaps(rule.start, rule.end, amount.start, amount.end):
            continue
        if not any(_overlaps(rule.start, rule.end, s, e) for s, e in spans):
            found[(rule.start, rule.end)] = layout.candidate(
                rule.start, rule.end, rule.start, rule.end, "rule", layout.sentence(rule.start)
            )
    return sorted(found.values(), key=_text_order)


#: Tokens that may stand between two mentions of one phrase: an abbreviation or name in brackets
#: ("der Geheimdienst (NIS)").
_PHRASE_GLUE = frozenset({"(", "["})


class _PhraseTokens:
    """What :func:`_one_phrase` reads of a doc's tokens, as plain lists read once per doc, and its
    answers (a candidate serves several amounts)."""

    def __init__(self, doc: Doc):
        from spacy.attrs import IS_LOWER

        self.named = [False] * len(doc)
        for e in doc.ents:
            self.named[e.start : e.end] = [True] * (e.end - e.start)
        self.is_lower = [bool(x) for x in doc.to_array([IS_LOWER]).reshape(-1)] if len(doc) else []
        self.glue = [w in _PHRASE_GLUE for w in lowers_of(doc)]  # brackets are their own lower case
        self.joined: dict[tuple[int, int], bool] = {}  # by the ids of the (one per doc) candidate objects
        # id of a candidate list -> (the list, kept so that its id stays its own, its groups):
        # the amounts of a sentence share their candidate list (see find_candidates)
        self.groups: dict[int, tuple[Sequence[Candidate], list[int]]] = {}


def _one_phrase(first: Candidate, second: Candidate, tokens: _PhraseTokens) -> bool:
    """Whether two candidates in text order are parts of one noun phrase: an adjective mention
    right before its noun ("südkoreanische" + "Geheimdienst"), a common noun right before a name
    (apposition: "der Konzern" + "Siemens"), or a name in brackets after it ("Geheimdienst (NIS)").
    Two names side by side stay apart ("dass die EU Polen 20 Milliarden zahlt")."""
    if first.sentence != second.sentence or "pronoun" in (first.kind, second.kind) or "rule" in (first.kind, second.kind):
        return False
    if first.start != first.at_start or second.start != second.at_start or second.at_start < first.at_end:
        return False
    if second.at_start > first.at_end:
        return all(tokens.glue[first.at_end : second.at_start])
    named = tokens.named
    first_named = any(named[first.at_start : first.at_end])
    return tokens.is_lower[first.at_start] or (not first_named and any(named[second.at_start : second.at_end]))


def phrase_groups(doc: Doc, candidates: Sequence[Candidate]) -> list[int]:
    """For candidates in text order (one amount's, as :func:`find_candidates` gives them), the
    index of the first candidate of the noun phrase each belongs to (see :func:`_one_phrase`);
    do not change the list (it is remembered for the candidate list, which amounts share).

    The mention layer may cut one phrase into several mentions ("Der südkoreanische Geheimdienst
    (NIS)": three); the role decoder treats such a phrase as one candidate, so the probability of
    a role is not split between its parts.
    """
    cache = doc_cache(doc)
    tokens = cache.get("relation_phrase_tokens")
    if tokens is None:
        tokens = cache["relation_phrase_tokens"] = _PhraseTokens(doc)
    known = tokens.groups.get(id(candidates))
    if known is not None and known[0] is candidates:
        return known[1]
    joined = tokens.joined
    groups: list[int] = []
    for i, c in enumerate(candidates):
        if i:
            key = (id(candidates[i - 1]), id(c))
            one = joined.get(key)
            if one is None:
                one = joined[key] = _one_phrase(candidates[i - 1], c, tokens)
            groups.append(groups[i - 1] if one else i)
        else:
            groups.append(0)
    tokens.groups[id(candidates)] = (candidates, groups)
    return groups
