"""Hedge scope: does the text mark an amount as uncertain (``hedged`` in CLAIMS.md)?

A hedge speaks of an amount when it stands in the amount's clause and nothing in between
keeps it apart:

- **clause**: the stretch between commas, semicolons, colons and dashes that holds the
  amount (cut where a scale abbreviation ends a sentence the splitter kept open: "… 2 Mio.
  Der Schaden …"); a comma piece without a verb of its own (a list item, "davon etwa 26 durch
  Gewalt", "bei einem Aufwand von 20 Mio.") belongs to the clause before it, so a hedge at
  the head of a sentence covers every count of a list after it, but a figure of comparison
  ("…, nach 412 Mio. im Vorjahr") does not; an apposition between commas ("soll die Firma,
  ein Betreiber aus Peru, 2 Mio. gezahlt haben") does not end its clause, and a relative
  clause on the amount's noun ("16 Frauen, die mutmaßlich …") belongs to it. A hedge also
  reaches the clause it introduces ("schätzt, dass …"; an allegation, estimate, forecast or
  hearsay also a "zu" infinitive or reported speech: "behauptete, sie habe 40 getötet") and
  a reporting clause right after the amount's ("…, schätzt die Versicherung.").
- **barriers** inside the clause: a comparison ("wohl 48 statt 35 Millionen", "mehr als
  erwartet", "nach 7.10 Fr. im Vorjahr"), a joiner into a conjunct with a verb of its own
  ("… 180.000 Euro und bekommen vielleicht 45.000"; not "und" between two names of one noun
  phrase), and a hedge bound to another amount ("von 5 auf voraussichtlich 7 Mrd.", "von
  geschätzt 23 Mio. … nur 9 Mio.") keep the hedge away. Where the optional parser ran, a
  joiner between cue and amount separates them when the parse puts the amount in a conjunct
  with a subject of its own that the cue's verb does not govern.
- **words and frames**: a hedge word or phrase of a kind ("vermutlich", "offenbar",
  "nicht ausgeschlossen", "erwartet", "vorgeworfen"; a longer "not_a_hedge" phrase such as
  "im Gespräch mit" masks a shorter cue), a hedge adjective only on the amount's own noun
  ("ein geschätzter Schaden von", not "214 mutmaßliche Bandenmitglieder") or on the report the
  claim is attributed to ("laut unbestätigten Medienberichten"), a discontinuous
  frame whose slot the amount fills ("geht … von _ aus", "rechnet … mit _", "spricht … von
  bis zu _") and a governing frame ("wirft … vor", "schließt … nicht aus").
- **sollen** hedges as reported speech, not as a plan: with a perfect infinitive ("soll …
  gezahlt haben"), of a casualty count (nobody plans harm; but "sollen ausgeflogen werden"
  plans for the harmed), with hearsay in the sentence or the one before it in the paragraph
  ("Berichten zufolge soll …"), with a value verb ("soll 5 Mio. kosten", "soll bei 20 Mio.
  liegen"; not of a figure its owner sets itself: "Die Neuverschuldung soll bei 81 Mrd.
  liegen") or a demand ("sollen 3 Mio. fordern").
- **conditional estimates**: a Konjunktiv II auxiliary with a value verb or predicate
  ("würde … kosten", "wären … nötig"); of money also "würde/müsste" with any closing
  infinitive ("würde 40 Mio. ausschütten").
- **carry**: a sentence with no source or report of its own continues the hedged report of
  the sentence before when it breaks that amount down ("Davon entfallen …") or goes on in
  reported speech ("… seien …") after a report hedged as a whole ("sollen", hearsay,
  "schätzt, dass"); and "Das schätzt X." hedges the sentence before it.

Every word comes from ``hedge_cues.json`` and ``function_words.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from ..errors import Errors
from ..extensions import sentence_of
from ..lang.de import GermanData, german, load_table
from ..lang.de import words as _words
from ..lang.lexicon import Lexicon
from ..parser import syntax
from .cues import Cue, SentenceCues, clause_of
from .paragraphs import break_between

__all__ = ["NOT_A_HEDGE", "Frame", "HedgeScope", "PriorClaim"]

_GAP = "…"
_SLOT = "_"
#: The kind of a cue that looks like a hedge and is none ("im Gespräch mit"): it masks the shorter cue.
NOT_A_HEDGE = "not_a_hedge"
#: Dependency links of an auxiliary to the verb it helps (UD German).
_AUXILIARY_LINKS = ("aux", "aux:pass", "cop")
_SUBJECT_LINKS = ("nsubj", "nsubj:pass")


@dataclass(frozen=True)
class Frame:
    """A discontinuous hedge: ``parts`` in order, ``gap_before[k]`` when words may stand
    before part ``k``, the amount's slot after part ``slot_after``."""

    parts: tuple[tuple[str, ...], ...]
    gap_before: tuple[bool, ...]
    slot_after: int

    @property
    def words(self) -> frozenset[str]:
        return frozenset(w for part in self.parts for w in part)

    @classmethod
    def parse(cls, entry: str, slot: bool = True) -> Frame:
        """A frame from its data entry ("geht … von _ aus"); with ``slot`` False a frame of words
        only ("wirft … vor"), whose slot is the rest of its clause."""
        parts: list[tuple[str, ...]] = []
        gaps: list[bool] = []
        slot_after = -1
        current: list[str] = []
        gap = False
        for word in entry.lower().split():
            if word in (_GAP, _SLOT):
                if current:
                    parts.append(tuple(current))
                    gaps.append(gap)
                    current = []
                if word == _SLOT:
                    slot_after = len(parts) - 1
                gap = True
            else:
                current.append(word)
        if current:
            parts.append(tuple(current))
            gaps.append(gap)
        if not slot and parts and slot_after < 0:
            slot_after = len(parts) - 1
        elif slot_after < 0 or not parts or not slot:
            expected = "words and one slot '_', e.g. 'geht … von _ aus'"
            raise ValueError(Errors.E003.format(path="hedge_cues.json", entry=entry, expected=expected))
        return cls(tuple(parts), tuple(gaps), slot_after)

    def slots(self, lowers: Sequence[str], start: int, end: int) -> list[tuple[int, int]]:
        """(slot start, slot end) of every match of the frame within tokens ``start``..``end``."""
        found = []
        first = self.parts[0]
        for i in range(start, end - len(first) + 1):
            if tuple(lowers[i : i + len(first)]) != first:
                continue
            pos = i + len(first)
            slot: Optional[list[int]] = [pos, end] if self.slot_after == 0 else None
            for k in range(1, len(self.parts)):
                part = self.parts[k]
                at = self._find(lowers, part, pos, end, self.gap_before[k])
                if at is None:
                    break
                if slot is not None and k == self.slot_after + 1:
                    slot[1] = at
                pos = at + len(part)
                if k == self.slot_after:
                    slot = [pos, end]
            else:
                if slot is not None and slot[0] < slot[1]:
                    found.append((slot[0], slot[1]))
        return found

    def first_match(self, lowers: Sequence[str], start: int, end: int) -> Optional[int]:
        """Where the first match of the frame within tokens ``start``..``end`` begins, or None."""
        first = self.parts[0]
        for i in range(start, end - len(first) + 1):
            if tuple(lowers[i : i + len(first)]) != first:
                continue
            pos = i + len(first)
            for k in range(1, len(self.parts)):
                at = self._find(lowers, self.parts[k], pos, end, self.gap_before[k])
                if at is None:
                    break
                pos = at + len(self.parts[k])
            else:
                return i
        return None

    @staticmethod
    def _find(lowers: Sequence[str], part: tuple[str, ...], pos: int, end: int, gap: bool) -> Optional[int]:
        last = end - len(part) if gap else pos
        for j in range(pos, min(last, end - len(part)) + 1):
            if tuple(lowers[j : j + len(part)]) == part:
                return j
        return None


@dataclass(frozen=True)
class _Tables:
    frames: tuple[tuple[Frame, frozenset[str]], ...]  # each with the words it needs
    hearsay: Lexicon[bool]
    value_verbs: frozenset[str]
    conditional: frozenset[str]
    frame_blockers: frozenset[str]
    lowercase_only: frozenset[str]
    verbless_suffixes: tuple[str, ...]
    adjective_stems: tuple[str, ...]
    governing: tuple[tuple[Frame, frozenset[str]], ...]
    introducing_kinds: frozenset[str]
    comparands: frozenset[str]
    prior_figure_words: frozenset[str]
    soll_report_verbs: frozenset[str]
    conditional_infinitives: frozenset[str]
    plan_passives: frozenset[str]
    planned_figure_heads: tuple[str, ...]
    break_abbreviations: frozenset[str]
    report_back_links: Lexicon[bool]
    attribution_prepositions: frozenset[str]
    attribution_nouns: tuple[str, ...]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    cues = load_table("hedge_cues.json")
    frames = tuple(Frame.parse(e) for e in cues["hedge_frames"])
    return _Tables(
        frames=tuple((f, f.words) for f in frames),
        hearsay=Lexicon(cues["hearsay_cues"]),
        value_verbs=frozenset(cues["value_verbs"]),
        conditional=frozenset(cues["conditional_auxiliaries"]),
        frame_blockers=frozenset(cues["frame_blockers"]),
        lowercase_only=frozenset(cues["lowercase_hedges"]),
        verbless_suffixes=tuple(_words("verbless_suffixes")),
        adjective_stems=tuple(cues["hedge_adjectives"]),
        governing=tuple((f, f.words) for f in (Frame.parse(e, slot=False) for e in cues["governing_frames"])),
        introducing_kinds=frozenset(cues["introducing_kinds"]),
        comparands=frozenset(cues["comparands"]),
        prior_figure_words=frozenset(cues["prior_figure_words"]),
        soll_report_verbs=frozenset(cues["soll_report_verbs"]),
        conditional_infinitives=frozenset(cues["conditional_infinitives"]),
        plan_passives=frozenset(cues["plan_passives"]),
        planned_figure_heads=tuple(cues["planned_figure_heads"]),
        break_abbreviations=frozenset(cues["sentence_break_abbreviations"]),
        report_back_links=Lexicon(cues["report_back_links"]),
        attribution_prepositions=frozenset(cues["attribution_prepositions"]),
        attribution_nouns=tuple(load_table("casualty_terms.json")["attribution_nouns"]),
    )


def _clause_verb(doc: Doc, i: int) -> Optional[int]:
    """The verb whose clause token ``i`` stands in: up the heads to the first verb that is not
    an auxiliary of another ("sollen" -> "sein"), or None."""
    t = doc[i]
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in _AUXILIARY_LINKS:
            return t.i
        if t.head.i == t.i:
            return t.i if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _last_word(doc: Doc, start: int, end: int) -> int:
    """The last token of tokens ``start``..``end`` that is no punctuation or space (``start`` at least)."""
    last = end - 1
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return last


@dataclass(frozen=True)
class PriorClaim:
    """The last claim before a sentence, as a sentence that carries on its report needs it."""

    amount: Span
    hedged: bool
    source: Optional[Span]


class HedgeScope:
    """Decides ``hedged`` for one amount; see the module docstring.

    Hedge words come from ``data``; frames, hearsay, value verbs and the closed word classes
    of the scope rules from the German data files.
    """

    def __init__(self, data: GermanData):
        self.data = data
        self.tables = _tables()

    # -- clauses ----------------------------------------------------------------------

    def _verbless(self, doc: Doc, lowers: Sequence[str], start: int, end: int, amounts: Sequence[Span]) -> bool:
        """No token of ``start``..``end`` outside the amounts can be a verb."""
        inside = {t for a in amounts for t in range(a.start, a.end)}
        for t in range(start, end):
            tok = doc[t]
            if t in inside or not tok.is_alpha or not tok.is_lower:
                continue  # nouns, names, numbers, punctuation
            word = lowers[t]
            if word in _words("verbless_words") or word.endswith(self.tables.verbless_suffixes):
                continue
            if self._attributive(doc, t):
                continue  # an adjective before its noun
            return False
        return True

    @staticmethod
    def _attributive(doc: Doc, t: int) -> bool:
        """Token ``t`` has an adjective ending and a run of such words leads to a noun ("fehlende
        medizinische Versorgung")."""
        while t < len(doc) and doc[t].is_lower and doc[t].lower_.endswith(german().adjective_endings):
            t += 1
        return t < len(doc) and doc[t].is_title

    def _infinitival(self, doc: Doc, lowers: Sequence[str], start: int, end: int, amounts: Sequence[Span]) -> bool:
        """ "…, bis zu 2 Mio. zu bezahlen": a piece whose only verb is a closing "zu" infinitive."""
        last = end - 1
        while last > start and doc[last].is_punct:
            last -= 1
        return (
            last - 1 > start
            and lowers[last - 1] == "zu"
            and doc[last].is_lower
            and self._verbless(doc, lowers, start, last - 1, amounts)
        )

    def _piece(self, doc: Doc, sent: Span, lowers: Sequence[str], i: int) -> tuple[int, int]:
        """The stretch between clause punctuation that holds token ``i``, cut where a scale
        abbreviation ends a sentence the splitter kept open ("… 2 Mio. Der Schaden …")."""
        start, end = clause_of(doc, sent, i)
        for t in range(start, end - 1):
            if (
                lowers[t] in self.tables.break_abbreviations
                and doc[t + 1].is_title
                and (lowers[t + 1] in _words("determiners") or lowers[t + 1] in _words("relative_prepositions"))
            ):
                if t < i:
                    start = t + 1
                else:
                    return start, t + 1
        return start, end

    def _clause(
        self, doc: Doc, sent: Span, lowers: Sequence[str], amount: Span, amounts: Sequence[Span]
    ) -> tuple[int, int]:
        """The amount's piece, joined to the pieces before it while it has no verb of its own,
        and to a relative clause on its noun right after it ("16 Frauen, die mutmaßlich …")."""
        start, end = self._piece(doc, sent, lowers, amount.start)
        while (
            start > sent.start + 1
            and doc[start - 1].text == ","
            and not self._prior_figure(lowers, amount, start)
            and (
                self._verbless(doc, lowers, start, end, amounts) or self._infinitival(doc, lowers, start, end, amounts)
            )
        ):
            start = self._piece(doc, sent, lowers, start - 2)[0]
        # "soll ihr Arbeitgeber, ein Goldminenbetreiber aus Shenzhen, 3,5 Mio. gezahlt haben": an
        # apposition between commas does not end the clause it stands in
        if start > sent.start + 1 and doc[start - 1].text == "," and self._closes_verb_cluster(doc, lowers, start, end):
            before = self._piece(doc, sent, lowers, start - 2)
            if (
                before[0] > sent.start + 1
                and doc[before[0] - 1].text == ","
                and lowers[before[0]] in _words("determiners")
                and not any(before[0] <= a.start < before[1] for a in amounts)
                and self._nominal(doc, lowers, before[0], before[1])
            ):
                start = self._piece(doc, sent, lowers, before[0] - 2)[0]
        if self._relative_follows(doc, sent, lowers, amount, amounts, end):
            end = self._piece(doc, sent, lowers, end + 1)[1]
        return start, end

    @staticmethod
    def _closes_verb_cluster(doc: Doc, lowers: Sequence[str], start: int, end: int) -> bool:
        """The piece ends in "… gezahlt haben": the rest of a verb begun before it."""
        last = _last_word(doc, start, end)
        return lowers[last] in _words("perfect_auxiliaries") and doc[last - 1].is_lower

    def _nominal(self, doc: Doc, lowers: Sequence[str], start: int, end: int) -> bool:
        """A noun phrase only ("ein Goldminenbetreiber aus Shenzhen"): no word that could be a verb."""
        for t in range(start, end):
            tok = doc[t]
            if not tok.is_alpha or not tok.is_lower:
                continue
            word = lowers[t]
            if word in _words("determiners") or word in _words("relative_prepositions"):
                continue
            if word in _words("verbless_words"):
                continue
            if word.endswith(self.tables.verbless_suffixes) or self._attributive(doc, t):
                continue
            return False
        return True

    def _prior_figure(self, lowers: Sequence[str], amount: Span, start: int) -> bool:
        """ "…, nach 412 Millionen im Vorjahr": a piece opening with a figure of comparison."""
        return lowers[start] in self.tables.prior_figure_words and 0 < amount.start - start <= 2

    @staticmethod
    def _relative_follows(
        doc: Doc, sent: Span, lowers: Sequence[str], amount: Span, amounts: Sequence[Span], end: int
    ) -> bool:
        """A relative clause on the amount's noun follows: the amount ends its piece (its noun
        at most after it), and ", die/der …" goes on with no article reading ("die Summe")."""
        if end + 2 >= sent.end or doc[end].text != "," or lowers[end + 1] not in _words("relative_pronouns"):
            return False
        if any(amount.end <= a.start < end for a in amounts):
            return False
        if any(not doc[t].is_title for t in range(amount.end, end)) or end - amount.end > 2:
            return False
        nxt = doc[end + 2]
        return not nxt.is_title and not nxt.is_punct

    # -- barriers ---------------------------------------------------------------------

    def _blocked(
        self,
        doc: Doc,
        lowers: Sequence[str],
        hedge: tuple[int, int],
        amount: Span,
        amounts: Sequence[Span],
        clause_start: int,
    ) -> bool:
        """Something between hedge and amount in the clause keeps the hedge away from the amount."""
        h_start, h_end = hedge
        if h_start < amount.start:
            between = range(h_end, amount.start)
            # "von geschätzt 23 Mio. … nur etwa 9 Mio.": a hedge right before an earlier amount is that amount's
            # ... unless the amount breaks that one down ("Vermutlich 40 Tote, darunter 9 Kinder")
            bound = [a for a in amounts if a.start == h_end and a.start < amount.start]
            if (
                self.data.hedges_before_amount.get(lowers[h_start])
                and bound
                and not any(lowers[t] in _words("breakdown") for t in range(bound[0].end, amount.start))
            ):
                return True
        elif h_start >= amount.end:
            between = range(amount.end, h_start)
            # "von 5 auf voraussichtlich 7 Mrd.": a hedge right before a later amount is that amount's
            if any(h_end <= a.start <= h_end + 1 for a in amounts if a.start > amount.start):
                return True
        else:
            return False
        if h_start >= amount.end and any(lowers[t] in self.tables.comparands for t in between):
            return True  # "5 Mio. mehr als erwartet": the hedge is of what the amount is compared with
        compared = self._compared_from(doc, lowers, amount)
        if (
            compared is None
            and amount.start > 0
            and lowers[amount.start - 1] in self.tables.prior_figure_words
            and any(a.end < amount.start for a in amounts)
        ):
            compared = amount.start - 1  # "erwarten 7.60 Fr. nach 7.10 Fr. im Vorjahr": a figure of comparison
        if compared is not None and not compared <= h_start < amount.start:
            return True  # "wohl 48 statt 35 Mio.": the other side of a comparison
        inside = {t for a in amounts for t in range(a.start, a.end)}
        outside = [t for t in between if t not in inside]
        joiners = [t for t in outside if lowers[t] in _words("conjunct_joiners")]
        if not joiners:
            return False
        if h_start < amount.start:
            # the conjunct that holds the amount: from the last joiner before it that joins
            # clauses, not two names or nouns ("in den Dörfern Nondin und Soro")
            clausal = [t for t in joiners if self._joins_clauses(doc, lowers, t, amount, amounts)]
            if not clausal:
                return False
            return not self._verbless(doc, lowers, clausal[-1] + 1, amount.start, amounts)
        # a hedge after the joiner: the conjuncts share the hedged verb when they list counts
        # ("von 12 Toten und 30 Verletzten war die Rede") or the amount's conjunct has no verb of
        # its own ("Schäden von 5 Mio. an Häusern und Straßen dürften …"); otherwise the hedge
        # belongs to the next conjunct ("Die Firma zahlte 5 Mio. und könnte mehr zahlen")
        first = joiners[0]
        listed = any(
            first < a.start < h_start and self._verbless(doc, lowers, first + 1, a.start, amounts) for a in amounts
        )
        return not (listed or self._verbless(doc, lowers, clause_start, first, amounts))

    def _joins_clauses(self, doc: Doc, lowers: Sequence[str], t: int, amount: Span, amounts: Sequence[Span]) -> bool:
        """The joiner at ``t`` may open a clause: not between two capitalised words, or there
        with a verb before the next amount ("Rebellen und Soldaten erschossen 3"), unlike two
        names in one noun phrase ("in Nondin und Soro 223 Bewohner erschossen haben, darunter 56")."""
        if not (doc[t - 1].is_title and t + 1 < len(doc) and doc[t + 1].is_title):
            return True
        nxt = min((a.start for a in amounts if a.start > t), default=amount.start)
        return not self._verbless(doc, lowers, t + 1, min(nxt, amount.start), amounts)

    @staticmethod
    def _compared_from(doc: Doc, lowers: Sequence[str], amount: Span) -> Optional[int]:
        """Where the comparison that sets this amount against another begins ("statt der
        geplanten 35 Mio."), if it does: the comparison word with only lower-case words after it."""
        t = amount.start - 1
        while t >= 0 and doc[t].is_lower and lowers[t] not in _words("comparison_barriers"):
            t -= 1
        return t if t >= 0 and lowers[t] in _words("comparison_barriers") else None

    # -- kinds of hedge ---------------------------------------------------------------

    def _soll_reports(
        self,
        doc: Doc,
        sent: Span,
        lowers: Sequence[str],
        cue: Cue,
        piece: tuple[int, int],
        amount: Span,
        casualty: bool,
    ) -> bool:
        """ "soll/sollen" as reported speech rather than a plan."""
        known = amount.start > sent.start and lowers[amount.start - 1] in _words("definite_articles")
        start, end = piece
        last = _last_word(doc, start, end)
        # "vier Verletzte sollen ausgeflogen werden": a plan for the harmed, no report of harm
        planned = lowers[last] in self.tables.plan_passives and doc[last - 1].is_lower
        if casualty and not known and not planned:
            return True  # nobody plans harm: "sollen 20 Menschen ums Leben gekommen sein"
        for t in range(start + 1, end):
            closes = t + 1 == end or lowers[t + 1] in _words("modal_soll") or doc[t + 1].is_punct or doc[t + 1].is_space
            if (
                lowers[t] in _words("perfect_auxiliaries")
                and closes
                and doc[t - 1].is_lower
                and not cue.start <= t - 1 < cue.end
            ):
                return True  # "soll … gezahlt haben", "… getötet haben soll"
            if doc[t].is_lower and lowers[t] in self.tables.soll_report_verbs:
                return True  # "sollen 3 Mio. Lösegeld fordern"
            if doc[t].is_lower and lowers[t] in self.tables.value_verbs and not self._planned_figure(doc, lowers, start, end):
                return True  # "das 480 Mio. kosten soll", but not "die Neuverschuldung soll bei 81 Mrd. liegen"
        if any(self.tables.hearsay.match(lowers, t) for t in range(sent.start, sent.end)):
            return True
        # "Das berichtete die Zeitung unter Berufung auf Insider. X soll dafür 5 Mio. erhalten":
        # hearsay in the sentence right before, of the same paragraph, reaches a "soll" after it
        before = sentence_of(doc, sent.start - 1) if sent.start > 0 else None
        return (
            before is not None
            and not break_between(doc, before.end - 1, sent.start)
            and any(self.tables.hearsay.match(lowers, t) for t in range(before.start, before.end))
        )

    def _planned_figure(self, doc: Doc, lowers: Sequence[str], start: int, end: int) -> bool:
        """Whether the clause ``start``..``end`` is about a figure its owner sets itself, a budget,
        its spending or its borrowing ("Die Neuverschuldung soll bei 81 Mrd. liegen"): a plan."""
        heads = self.tables.planned_figure_heads
        return any(doc[t].is_title and lowers[t].endswith(heads) for t in range(start, end))

    def _word_hedge(
        self,
        doc: Doc,
        cues: SentenceCues,
        lowers: Sequence[str],
        amount: Span,
        amounts: Sequence[Span],
        clause: tuple[int, int],
        casualty: bool,
    ) -> bool:
        sent = cues.sent
        for cue in cues.hedges:
            if cue.value == NOT_A_HEDGE or not cues.in_scope(cue, amount) or self._noun_homograph(doc, cue):
                continue
            if cue.start > sent.start and lowers[cue.start - 1] in self.tables.comparands:
                continue  # "mehr als erwartet", "wie befürchtet": a comparison, no hedge
            qualified = self._qualified_noun(doc, lowers, cue)
            if (
                qualified is not None
                and not self._value_noun(lowers[qualified])
                and not self._attribution_noun(doc, lowers, cue, qualified)
            ):
                continue  # "214 mutmaßliche Bandenmitglieder": the adjective hedges its noun, not the count
            where = self._piece(doc, sent, lowers, cue.start)
            inside_clause = clause[0] <= cue.start < clause[1]
            # "Der NIS schätzt, dass …": the clause a hedged clause introduces; a verb of
            # alleging or estimating also a "zu" infinitive or reported speech ("behauptete, sie habe …")
            introduces = (
                where[1] == clause[0] - 1
                and doc[where[1]].text == ","
                and (
                    self._subordinate(doc, lowers, clause[0])
                    or cue.value in self.tables.introducing_kinds
                    and self._complement(doc, lowers, clause)
                )
            )
            # "..., schätzt die Versicherung.": a reporting clause right after the amount's clause,
            # opened by its verb, holding no amount of its own and introducing nothing
            follows = (
                where[0] == clause[1] + 1
                and (cue.start == where[0] or lowers[where[0]] in _words("reporting_openers"))
                and self.data.speech_verbs.get(lowers[cue.start]) is not None
                and not any(where[0] <= a.start < where[1] for a in amounts)
                and not (where[1] + 1 < sent.end and lowers[where[1] + 1] in _words("complementisers"))
            )
            if not (inside_clause or introduces or follows):
                continue
            if inside_clause and self._blocked(doc, lowers, (cue.start, cue.end), amount, amounts, clause[0]):
                continue
            if inside_clause and self._parse_separates(doc, cue, amount):
                continue
            # the verb "soll" governs may close the joined clause ("soll X, ein …, 5 Mio. gezahlt haben")
            governed = (min(where[0], clause[0]), max(where[1], clause[1])) if inside_clause else where
            if lowers[cue.start] in _words("modal_soll") and not self._soll_reports(
                doc, sent, lowers, cue, governed, amount, casualty
            ):
                continue
            return True
        return False

    @staticmethod
    def _parse_separates(doc: Doc, cue: Cue, amount: Span) -> bool:
        """Where the optional parser ran and a joiner stands between cue and amount: the cue
        belongs to a verb that neither is the amount's verb nor governs it across a conjunct
        with a subject of its own ("Mutmaßlich töteten Rebellen 8 Bauern und Soldaten erschossen
        3 Angreifer"). False when unparsed, or cue or amount has no verb."""
        if not (syntax.is_parsed(doc, cue.start) and syntax.is_parsed(doc, amount.start)):
            return False
        lo, hi = (cue.end, amount.start) if cue.start < amount.start else (amount.end, cue.start)
        if not any(doc[t].lower_ in _words("conjunct_joiners") for t in range(lo, hi)):
            return False  # the parse decides only where a joiner may start a new clause
        amount_verb = syntax.governing_verb(doc, amount)
        cue_verb = _clause_verb(doc, cue.start)
        if amount_verb is None or cue_verb is None:
            return False
        t = _clause_verb(doc, amount_verb)
        for _ in range(12):
            if t is None or t == cue_verb:
                return False
            tok = doc[t]
            if tok.dep_ == "conj" and any(c.dep_ in _SUBJECT_LINKS for c in tok.children):
                return True  # a conjunct clause with a subject of its own
            if tok.head.i == t:
                return True
            t = tok.head.i
        return False

    def _qualified_noun(self, doc: Doc, lowers: Sequence[str], cue: Cue) -> Optional[int]:
        """The noun an inflected hedge adjective stands before ("mutmaßliche Täter"), or None."""
        word = lowers[cue.start]
        if cue.end != cue.start + 1 or cue.end >= len(doc) or not doc[cue.end].is_title:
            return None
        for stem in self.tables.adjective_stems:
            if word.startswith(stem) and word[len(stem) :] in self.data.adjective_endings:
                return cue.end
        return None

    def _attribution_noun(self, doc: Doc, lowers: Sequence[str], cue: Cue, noun: int) -> bool:
        """The hedge adjective qualifies what the claim is attributed to ("laut unbestätigten
        Medienberichten", "inoffiziellen Zahlen zufolge"): an unconfirmed source hedges the claim."""
        if not lowers[noun].endswith(self.tables.attribution_nouns):
            return False  # "sucht nach mutmaßlichen Komplizen": no report the claim rests on
        if cue.start > 0 and lowers[cue.start - 1] in self.tables.attribution_prepositions:
            return True
        return noun + 1 < len(doc) and self.data.source_after.get(lowers[noun + 1]) is not None

    def _value_noun(self, word: str) -> bool:
        """A noun that names an amount of money or of harm ("Schaden", "Kosten", "Tote")."""
        d = self.data
        return any(lex.get(word) is not None for lex in (d.money_categories, d.money_nouns, d.casualty_nouns))

    @staticmethod
    def _subordinate(doc: Doc, lowers: Sequence[str], start: int) -> bool:
        """The clause at ``start`` opens with a complementiser or relative pronoun, not with an
        article of a new main clause ("…, die Armee meldete 3 Verletzte")."""
        if lowers[start] not in _words("complementisers"):
            return False
        return not (lowers[start] in _words("determiners") and start + 1 < len(doc) and doc[start + 1].is_title)

    def _complement(self, doc: Doc, lowers: Sequence[str], clause: tuple[int, int]) -> bool:
        """A complement clause: a "zu" infinitive at its end or reported speech in the subjunctive."""
        start, end = clause
        last = _last_word(doc, start, end)
        if any(lowers[t] == "zu" and doc[t + 1].is_lower for t in range(max(start, last - 2), last)):
            return True  # "…, 19 Zivilisten getötet zu haben"
        return any(lowers[t] in self.data.reported_speech for t in range(start, end))

    def _governing_hedge(
        self,
        doc: Doc,
        sent: Span,
        lowers: Sequence[str],
        amount: Span,
        amounts: Sequence[Span],
        clause: tuple[int, int],
    ) -> bool:
        """ "wirft … vor", "schließt … nicht aus" in the amount's clause before it, or in the clause
        right before one that is its complement ("…, 2 Mio. veruntreut zu haben")."""
        present = set(lowers[sent.start : sent.end])
        for frame, needs in self.tables.governing:
            if not needs <= present:
                continue
            at = frame.first_match(lowers, clause[0], clause[1])
            if at is not None and at < amount.start:
                if not self._blocked(doc, lowers, (at, at + 1), amount, amounts, clause[0]):
                    return True
                continue
            if clause[0] - 1 > sent.start and doc[clause[0] - 1].text == ",":
                before = self._piece(doc, sent, lowers, clause[0] - 2)
                if frame.first_match(lowers, before[0], before[1]) is not None and (
                    self._subordinate(doc, lowers, clause[0]) or self._complement(doc, lowers, clause)
                ):
                    return True
        return False

    def _noun_homograph(self, doc: Doc, cue: Cue) -> bool:
        """ "das Wohl der Tiere": a capitalised hedge word inside a sentence that is a noun."""
        tok = doc[cue.start]
        if not tok.is_title or tok.lower_ not in self.tables.lowercase_only:
            return False
        before = next((doc[t] for t in range(cue.start - 1, -1, -1) if not doc[t].is_space), None)
        return before is not None and not before.is_sent_end and not before.is_punct

    def _frame_hedge(
        self, doc: Doc, lowers: Sequence[str], amount: Span, amounts: Sequence[Span], clause: tuple[int, int]
    ) -> bool:
        start, end = clause
        present = set(lowers[start:end])
        if present & self.tables.frame_blockers:
            return False  # "Wer rast, muss mit … rechnen", "Analysten hatten mit … gerechnet"
        for frame, needs in self.tables.frames:
            if not needs <= present:
                continue
            for slot_start, slot_end in frame.slots(lowers, start, end):
                fills = slot_start <= amount.start < slot_end or amount.start <= slot_start < amount.end
                if fills and not self._blocked(doc, lowers, (slot_start - 1, slot_start), amount, amounts, start):
                    return True
        return False

    def _conditional(self, doc: Doc, lowers: Sequence[str], clause: tuple[int, int], casualty: bool = False) -> bool:
        """ "würde … kosten", "hätte … gekostet", "wären … nötig": a conditional estimate; of money
        also "würde … ausschütten", "müsste … aufwenden" (the auxiliary with any closing infinitive)."""
        start, end = clause
        tables = self.tables
        auxiliaries = [t for t in range(start, end) if lowers[t] in tables.conditional]
        if not auxiliaries:
            return False
        if any(lowers[t] in tables.value_verbs and doc[t].is_lower for t in range(start, end)):
            return True
        if casualty:
            return False  # "würden vermisst": reported speech of a count, no condition
        last = _last_word(doc, start, end)
        if lowers[last] in tables.conditional_infinitives and last - 1 > start:
            last -= 1  # "… bezahlen würde"
        return (
            any(lowers[t] in tables.conditional_infinitives for t in auxiliaries)
            and last > auxiliaries[0]
            and doc[last].is_lower
            and doc[last].is_alpha
            and lowers[last].endswith("n")
        )

    def _carried(
        self,
        doc: Doc,
        sent: Span,
        lowers: Sequence[str],
        amount: Span,
        source: Optional[Span],
        prior: Optional[PriorClaim],
    ) -> bool:
        """The sentence continues the hedged report of the sentence right before it."""
        if prior is None or not prior.hedged or prior.amount.start >= sent.start:
            return False
        before = sentence_of(doc, prior.amount.start)
        if any(not doc[t].is_space for t in range(before.end, sent.start)):
            return False  # not the sentence right before
        if break_between(doc, prior.amount.end, sent.start):
            return False  # a new paragraph
        if source is not None and (prior.source is None or source.start != prior.source.start):
            return False  # a source of its own
        own_report = any(self.data.speech_verbs.get(lowers[t]) is not None for t in range(sent.start, sent.end))
        if own_report and not any(self.tables.hearsay.match(lowers, t) for t in range(sent.start, sent.end)):
            return False  # a report of its own: "…, heißt es in einer Analyse"
        first = next((t for t in range(sent.start, sent.end) if not doc[t].is_space), sent.start)
        if lowers[first] in _words("breakdown"):
            return True  # "Davon entfallen etwa 1,6 Mrd. auf …"
        # reported speech carries a hedge of the report itself ("sollen", hearsay, "schätzt"),
        # not a hedge of one amount ("angeblich 40", "spricht von bis zu 40")
        if not any(self._hedges_report(lowers, t) for t in range(before.start, before.end)):
            return False
        clause = self._piece(doc, sent, lowers, amount.start)
        reported = self.data.reported_speech
        return any(lowers[t] in reported for t in range(clause[0], clause[1])) and not self._conditional(
            doc, lowers, clause
        )

    def _links_back(self, sent: Span, lowers: Sequence[str], clause: tuple[int, int]) -> bool:
        """ "…; dabei wurden demnach 12 Menschen getötet": the clause passes on a report hedged as a
        whole earlier in the sentence."""
        links = self.tables.report_back_links
        if not any(links.match(lowers, t) for t in range(clause[0], clause[1])):
            return False
        return any(self._hedges_report(lowers, t) for t in range(sent.start, clause[0]))

    def _hedges_report(self, lowers: Sequence[str], t: int) -> bool:
        """Token ``t`` hedges a whole report: "sollen", hearsay, or a hedging verb of saying."""
        word = lowers[t]
        if word in _words("modal_soll") or self.tables.hearsay.match(lowers, t):
            return True
        return self._hedging_speech_verb(word)

    def _hedging_speech_verb(self, word: str) -> bool:
        """A verb of saying that hedges what it reports ("schätzt", "vermutet")."""
        return self.data.hedges.get(word) not in (None, NOT_A_HEDGE) and self.data.speech_verbs.get(word) is not None

    def _confirmed_after(self, doc: Doc, sent: Span, lowers: Sequence[str]) -> bool:
        """ "Das schätzt die Versicherung.": the next sentence hedges this one by pointing back to it."""
        if sent.end >= len(doc):
            return False
        nxt = sentence_of(doc, sent.end)
        words = [t for t in range(nxt.start, min(nxt.end, nxt.start + 4)) if not doc[t].is_space]
        if len(words) < 2 or lowers[words[0]] not in _words("anaphoric_statements"):
            return False
        # only a verb that hedges ("schätzt"): a hearsay verb here just names who reports ("Das berichtete AFP")
        return self._hedging_speech_verb(lowers[words[1]])

    # -- all --------------------------------------------------------------------------

    def hedged(
        self,
        doc: Doc,
        amount: Span,
        cues: SentenceCues,
        lowers: Sequence[str],
        amounts: Sequence[Span],
        *,
        casualty: bool = False,
        source: Optional[Span] = None,
        prior: Optional[PriorClaim] = None,
    ) -> bool:
        """Whether the text marks ``amount`` as uncertain.

        amounts: the amount spans of the sentence (for lists, breakdowns and barriers).
        casualty: the amount counts people harmed ("sollen" then cannot be a plan).
        source: the claim's source, and prior: the last claim before the amount's sentence,
            for a sentence that carries on the report of the sentence before.
        """
        sent = cues.sent
        d = self.data
        if any(d.hedges.get(lowers[t]) not in (None, NOT_A_HEDGE) for t in range(amount.start, amount.end)):
            return True  # "schätzungsweise 500" inside the amount's span
        if any(d.hedges_before_amount.get(lowers[t]) for t in range(max(sent.start, amount.start - 2), amount.start)):
            return True  # "geschätzte 500 Tote"
        clause = self._clause(doc, sent, lowers, amount, amounts)
        return (
            self._word_hedge(doc, cues, lowers, amount, amounts, clause, casualty)
            or self._frame_hedge(doc, lowers, amount, amounts, clause)
            or self._conditional(doc, lowers, clause, casualty)
            or self._governing_hedge(doc, sent, lowers, amount, amounts, clause)
            or self._links_back(sent, lowers, clause)
            or self._carried(doc, sent, lowers, amount, source, prior)
            or self._confirmed_after(doc, sent, lowers)
        )
