"""Who asserts a claim when its own sentence does not say: the source of its paragraph.

News names a source once and lets it cover a whole stretch of text: "Die Behörde legte ihre
Bilanz vor. … Demnach kamen 14 Menschen ums Leben", or a lead sentence whose count is
attributed by the next one ("… sind 23 Menschen getötet worden. Mehr als 50 wurden verletzt,
teilte die Polizei mit."). :class:`ParagraphSources` finds, for a sentence without a source of
its own, the source of the nearest sentence of the same paragraph that has one: the sentences
before it first (the report it continues), else the next one when it reports (by a cue, a verb
of speech or in reported speech: a report that closes the lead; "Der Verurteilte kann das Urteil
anfechten" reports nothing).
A paragraph ends at a blank line, so a ticker entry or a new section starts afresh; an
interview's labelled speaker answers on across breaks, a quote keeps its speaker. A sentence
that reports a body's own act (:func:`own_act`: "Die EU kündigte 5 Mio. Euro an") is a new
report, no figure of the source carried (the relation stage decides). A sentence in reported
speech or linked back by "demnach" (:mod:`.speech_mood`) speaks for whoever opened the reported
speech: the subject of the indicative clause or sentence before it ("Die Feuerwehr äußerte sich
am Abend. Das Feuer sei im Keller ausgebrochen. Dabei seien drei Menschen verletzt worden"),
across a paragraph break when the paragraph opens in reported speech; the reporter's indicative
narration takes no such subject. A sentence after it
attributes it by a fronted anaphor ("Das sagte ein Sprecher der Polizei",
:func:`anaphoric_report`; the nearest such sentence first) or by a reporting clause after a
break (", teilte die Polizei mit"); one that reports an earlier statement ("Der Konzern hatte
zuvor … gemeldet", :func:`earlier_report`) or only comments with a quotation ("X sprach von
einem „historischen Schritt“") attributes nothing before it, nor does one that only says what
someone believes ("Die Kripo geht von Brandstiftung aus": ``ParagraphSources._only_believes``).
The one carry across a blank line besides an interview's: a paragraph that breaks the lead's
sourced figures down takes the lead's source (:mod:`.report_carry`).

The source a sentence names itself is found by cue ("laut", "nach Angaben", "zufolge", a
possessive: "nach seinen Berechnungen"), by the subject of a reporting verb (after a fronted
object, in a list of bodies, a pronoun for the last person named) and by a speaker before a
colon; what an amount counts ("vier Menschen", "die Kosten") is never one.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Container, Iterator, NamedTuple, Optional, Sequence

from spacy.tokens import Doc, Span

from ..extensions import (
    AMOUNTS_KEY,
    amount_of,
    doc_cache,
    entities_of,
    entries_within,
    label_id,
    lowers_of,
    sentence_of,
    texts_of,
)
from ..lang.de import german, load_table
from ..lang.de import words as _fw
from ..lang.lexicon import Lexicon
from .age_referents import age_of, is_age_word, person_of_age_noun
from .cues import is_question
from .datelines import body_start, in_dateline
from .mentions import MENTIONS_KEY, mention_antecedent, mention_is_name, mention_table
from .paragraphs import break_between
from .speech_mood import in_statement_mood, links_to_report, opening_clause_end

__all__ = [
    "attribution_words",
    "case_stem",
    "is_place",
    "Carried",
    "ParagraphSources",
    "source_mentions",
    "with_name",
    "addressee_at",
    "quoted_title",
    "names_quantity",
    "counted",
    "speech_subject",
    "cued_source",
    "own_statement_subject",
    "own_act",
    "source_occurrence",
    "ties_back",
    "paragraph_break",
    "reports_apart",
    "speaker",
    "release_issuer",
    "issuer_occurrence",
    "document_owner",
    "emerging_source",
    "circle_source",
    "statement_owner",
    "statement_possessor",
    "clause_source",
    "subject_phrase",
    "threatened_penalty",
    "statement_of",
    "cue_attributed",
    "anaphoric_report",
    "earlier_report",
]

_BREAKS = {",", ";", ":", "–", "—"}
_OPENING_QUOTES = {"„", "«", "»", '"', "“", "‚", "‹"}
#: Mention kinds that can assert a claim (a lower-case demonym adjective names no one).
_SOURCE_KINDS = ("person", "organisation", "group", "document", "place")
#: How many tokens after a cue or a verb its source may start; how far a name in apposition may stand.
_SUBJECT_REACH = 3
#: Mention kinds that can present a document: people and bodies, not a place or a paper.
_PRESENTER_KINDS = ("person", "organisation", "group", "pronoun")
_APPOSITION_REACH = 6
#: Mention kinds whose subject speaks the reported speech after it ("Die Prüfer sparen nicht mit Kritik. …").
_SPEAKER_KINDS = ("person", "organisation", "group", "document")

#: (sentence) -> the source the sentence names itself, or None
SentenceSource = Callable[[Span], Optional[Span]]


class Carried(NamedTuple):
    """A source a sentence takes from its paragraph: ``how`` it got there ("speaker" of an
    interview answer, "quote" whose speaker is named, "before": the nearest sourced sentence
    before it, "after": a sentence after it that attributes what came before, "lead": the
    paragraph's first sentence, which the report of the sentences after it covers; "breakdown":
    the lead paragraph before, whose figures this one breaks down, :mod:`.report_carry`), and
    the index of the sentence that names it."""

    source: Span
    how: str
    sentence: int


@lru_cache(maxsize=1)
def _carry() -> dict[str, int]:
    return {k: int(v) for k, v in load_table("attribution_cues.json")["source_carry"].items() if not k.startswith("_")}


@lru_cache(maxsize=None)
def attribution_words(name: str) -> frozenset[str]:
    """A word list of ``attribution_cues.json`` ("report_links", "report_anaphors")."""
    return frozenset(load_table("attribution_cues.json")[name])


#: How many words the noun after a demonstrative may have before its verb ("Diese Zahl nannte …").
_DEMONSTRATIVE_WORDS = 2
#: How many tokens a verbless "So die Polizei." may run on after its source ("am Freitag").
_SO_TAIL = 3


def anaphoric_report(doc: Doc, start: int, end: int) -> Optional[Span]:
    """The source of a sentence (tokens ``start``..``end``) that attributes the sentence before
    it by a fronted anaphor: "Das sagte ein Sprecher der Polizei", "Dies teilte das Ministerium
    mit", "Das kündigte Ministerpräsident X am Freitag an", "Diese Zahl nannte die Behörde",
    "So die Polizei." The anaphor is the verb's object, so the verb follows it at once and its
    subject after the verb; "Das Gericht bestätigte die Busse" opens with an article (a noun,
    not a verb, follows it) and attributes nothing."""
    t = start
    while t < end and (doc[t].is_punct or doc[t].is_space):
        t += 1
    if t + 1 >= end:
        return None
    first = doc[t].lower_
    verb = t + 1
    fronted_noun = first in attribution_words("anaphor_pronouns") and _capitalised(doc[t + 1].text)
    if first in attribution_words("anaphor_demonstratives") or fronted_noun:
        # "Diese Zahl nannte …", "Das Geld stellt … bereit, teilte X mit": the noun of the
        # fronted object; a body's name there is the subject ("Das Gericht bestätigte …")
        if article_subject(doc, t, end):
            return None
        while verb < min(end, t + 1 + _DEMONSTRATIVE_WORDS) and _capitalised(doc[verb].text):
            verb += 1
        if verb == t + 1:
            return None  # "Diese" without a noun of its own
    elif first not in attribution_words("anaphor_pronouns"):
        return None
    word = doc[verb]
    if first in attribution_words("anaphor_pronouns") and word.lower_ in _document_verbs():
        # "Das geht aus dem Bericht der Polizei hervor", "So steht es im Haushaltsplan der Stadt"
        return _document_after(doc, verb + 1, end, _document_verbs()[word.lower_])
    reporting = word.lower_ in attribution_words("speech_verbs") or word.lower_ in attribution_words("anaphor_verbs")
    particles = _particle_verbs().get(word.lower_)
    if particles is not None:
        # "Das gaben die Behörden am Dienstag bekannt": a reporting verb only with its particle
        reporting = any(w in particles for w in lowers_of(doc)[verb + 1 : end])
    if word.lower_ in attribution_words("anaphor_auxiliaries"):
        # "Das hatte das Ministerium mitgeteilt": the reporting participle closes the clause
        participles = (
            attribution_words("speech_verbs")
            | attribution_words("earlier_report_participles")
            | attribution_words("anaphor_verbs")  # "Das hat das Gericht entschieden"
        )
        reporting = any(doc[p].lower_ in participles for p in range(verb + 1, end))
    if not (word.is_lower and reporting):
        if first != "so":
            return None
        # "So die Polizei.": no verb, a source and at most a time after it
        found = _subject_after(doc, t + 1, end)
        return found if found is not None and end - found.end <= _SO_TAIL else None
    after = verb + 1
    if after < end and doc[after].lower_ == "es":
        after += 1  # "So teilte es die Polizei mit"
    return _subject_after(doc, after, end)


@lru_cache(maxsize=1)
def _belief_particle_verbs() -> dict[str, str]:
    """Verbs of belief that report only with their particle closing the clause ("geht … aus")."""
    return dict(load_table("attribution_cues.json")["belief_particle_verbs"])


@lru_cache(maxsize=1)
def _document_verbs() -> dict[str, str]:
    """Verbs after a fronted anaphor that say a document holds the sentence before ("geht …
    hervor", "steht … in"), with the particle that must close the clause ("" for none)."""
    return dict(load_table("attribution_cues.json")["anaphor_document_verbs"])


@lru_cache(maxsize=1)
def _particle_verbs() -> dict[str, frozenset[str]]:
    """Verbs after a fronted anaphor that report only with a particle ("gaben … bekannt")."""
    return {k: frozenset(v) for k, v in load_table("attribution_cues.json")["anaphor_particle_verbs"].items()}


def _document_after(doc: Doc, t: int, end: int, particle: str) -> Optional[Span]:
    """The document (or its owner) that "Das geht aus … hervor" / "So steht es in …" names
    from token ``t``: "aus dem Jahresbericht der Behörde" -> "Behörde", "im Haushaltsplan" ->
    "Haushaltsplan"; None without the preposition or the particle that closes the clause."""
    lowers = lowers_of(doc)
    if t < end and lowers[t] == "es":
        t += 1
    if t >= end or lowers[t] not in attribution_words("anaphor_document_prepositions"):
        return None
    if particle and particle not in lowers[t:end]:
        return None
    t += 1
    if t < end and lowers[t] in _fw("determiners"):
        t += 1
    endings = tuple(attribution_words("participle_endings"))
    closing = next(
        (
            p + 1
            for p in range(t, min(end - 1, t + _ATTRIBUTE_PHRASE))
            if doc[p].is_lower and doc[p].lower_.endswith(endings) and _capitalised(doc[p + 1].text)
        ),
        None,
    )
    if t < end and doc[t].is_lower and closing is not None:
        t = closing  # "einem am Mittwoch publizierten Urteil": an extended attribute
    k = 0
    while t < end and k < _ATTRIBUTES and doc[t].is_lower and doc[t].is_alpha:
        t, k = t + 1, k + 1  # "dem monatlichen Budgetvollzug"
    first = t
    while t < end and t - first < _PHRASE_WORDS and _capitalised(doc[t].text):
        t += 1
    if t == first:
        return None
    mentions = source_mentions(doc, first, end)
    named = next((m for m in mentions if m.start == first), None)
    if named is not None and named.label_ != "document":
        return with_name(doc, named)  # "So steht es beim Verband" names a body, not a paper
    noun = named if named is not None else Span(doc, first, t, label="document")
    owner = document_owner(doc, noun, Span(doc, first, end), mentions)
    return owner if owner is not None else noun


def earlier_report(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence at tokens ``start``..``end`` reports an earlier statement: a
    pluperfect of a reporting verb ("Der Konzern hatte zuvor einen Verlust gemeldet", "Die
    Polizei hatte von zwölf Toten gesprochen"). Its source said something before the news of
    the sentence before it, so it attributes that sentence nothing."""
    lowers = lowers_of(doc)[start:end]
    return any(w in attribution_words("earlier_report_auxiliaries") for w in lowers) and any(
        w in attribution_words("earlier_report_participles") for w in lowers
    )


def _figure_starts(doc: Doc) -> list[int]:
    """Where the amounts of the doc that are sums of money or counts (a claim's figure) start,
    read once (token indices: the doc's cache keeps no spans)."""
    cache = doc_cache(doc)
    if "source_figure_starts" not in cache:
        spans = doc.spans[AMOUNTS_KEY] if AMOUNTS_KEY in doc.spans else ()
        values = [(a.start, amount_of(a)) for a in spans]  # each read goes through the extension's getter
        cache["source_figure_starts"] = [t for t, v in values if v is not None and v.kind in ("money", "count")]
    return cache["source_figure_starts"]


def _opens_report(word: str) -> bool:
    """Whether ``word`` before a source after a break makes a reporting clause of it: a verb
    of speech (", teilte die Polizei mit"), "wie", "so" or a cue ("laut")."""
    return (
        word in attribution_words("speech_verbs")
        or word in attribution_words("report_complementisers")
        or word in attribution_words("anaphor_pronouns")
        or word in attribution_words("source_before")
    )


def article_subject(doc: Doc, t: int, end: int) -> bool:
    """Whether the word at ``t`` ("Das", "Diese") is the article of a person or body that opens
    the sentence, its subject ("Das Walliser Kantonsgericht bestätigte …"), not an anaphor."""
    return any(m.start <= t + 1 < m.end and m.label_ != "place" for m in source_mentions(doc, t, min(end, t + 2)))


def _subject_after(doc: Doc, start: int, end: int) -> Optional[Span]:
    """The source that stands at ``start`` (after its verb): a mention there, with its article
    and attributes, or a noun phrase the mention layer does not know ("Ministerpräsident X")."""
    reach = min(end, start + _SUBJECT_REACH + 1)
    for m in source_mentions(doc, start, reach):
        if m.start >= start and not _after_preposition(doc, m, start) and doc[m.start - 1].lower_ not in attribution_words(
            "object_determiners"
        ):
            return with_name(doc, m)
    names = [n for n in _names_near(doc, start, reach) if n.end <= end]
    found = subject_phrase(doc, start, end)
    if names and (found is None or names[0].start < found.end):
        return names[0] if found is None or names[0].end >= found.end else found
    return found


def paragraph_break(doc: Doc, end: int, start: int) -> bool:
    """Whether a blank line (a paragraph break) lies between token ``end - 1`` and ``start``."""
    return break_between(doc, max(0, end - 1), start)


def _closes_with(doc: Doc, verb: int, end: int, particle: Optional[str]) -> bool:
    """Whether ``particle`` is the last word of the clause of the verb at ``verb`` (before the
    next break or ``end``): "geht von Brandstiftung aus", not "geht aus dem Bericht hervor"."""
    if particle is None:
        return False
    t = verb + 1
    while t < end and doc[t].text not in _BREAKS and doc[t].text not in (".", "!", "?"):
        t += 1
    last = t - 1
    while last > verb and not doc[last].is_alpha:
        last -= 1
    return last > verb and doc[last].lower_ == particle


class ParagraphSources:
    """The source a sentence inherits from its paragraph; see the module docstring.

    sentence_source: finds the source a sentence names itself (cached per sentence here).
    back, ahead: how many sentences before and after to look at.
    """

    def __init__(
        self, doc: Doc, sentence_source: SentenceSource, back: Optional[int] = None, ahead: Optional[int] = None
    ):
        carry = _carry()
        self.doc = doc
        self._own = sentence_source
        self.back = carry["back"] if back is None else back
        self.ahead = carry["ahead"] if ahead is None else ahead
        self._cache: dict[int, Optional[Span]] = {}
        self._speakers: dict[int, Optional[Span]] = {}  # sentence index -> its speaker
        self._anaphors: dict[int, Optional[Span]] = {}  # sentence index -> its anaphoric report's source
        self._statements: dict[int, bool] = {}  # sentence index -> whether it is someone's statement
        self._labels: Optional[list[int]] = None  # paragraphs that open with a speaker's label
        self._headline_end: Optional[int] = None  # headline_end, found once
        if len(doc):
            sentence_of(doc, 0)  # fills the sentence bounds cache read below
        self.starts, self.ends = doc_cache(doc).get("sentences", ([], []))
        self._index = {s: k for k, s in enumerate(self.starts)}

    def own(self, k: int) -> Optional[Span]:
        """The source sentence ``k`` names itself."""
        start = self.starts[k]
        if start not in self._cache:
            sent = Span(self.doc, start, self.ends[k])
            # a question asserts nothing, so it names no source for the sentences around it
            asked = self._asks(k)
            found = None if asked else self._own(sent) or presenter(self.doc, sent)
            if found is not None and self._only_believes(k):
                found = None  # "Die Kripo geht von Brandstiftung aus": a view, no report of a figure
            self._cache[start] = found
        return self._cache[start]

    def _only_believes(self, k: int) -> bool:
        """Whether sentence ``k`` only says what someone assumes or expects, with no figure of its
        own: a verb of belief ("geht … aus", "vermutet", "rechnet mit", "befürchtet") and no other
        verb of speech nor cue ("Die Polizei geht von Brandstiftung aus"). Such a view is no report,
        so it attributes no figure of the sentences around it; "Die Polizei geht von 20 Toten aus"
        holds a figure and reports it."""
        start, end = self.starts[k], self.ends[k]
        lowers = lowers_of(self.doc)
        beliefs = attribution_words("belief_verbs")
        particles = _belief_particle_verbs()
        if not any(
            (lowers[t] in beliefs or _closes_with(self.doc, t, end, particles.get(lowers[t]))) and self.doc[t].is_lower
            for t in range(start, end)
        ):
            return False
        beliefs = beliefs | frozenset(particles)
        if any(start <= t < end for t in _figure_starts(self.doc)):
            return False
        speech = attribution_words("speech_verbs") - beliefs
        if any(self.doc[t].is_lower and lowers[t] in speech for t in range(start, end)):
            return False
        return not any(tuple(lowers[t : t + len(cue)]) == cue for cue in _cues_before() for t in range(start, end)) and not any(
            lowers[t] in attribution_words("source_after") for t in range(start, end)
        )

    def _speaker(self, k: int) -> Optional[Span]:
        """The speaker named before a colon at the start of sentence ``k``, if any."""
        if k not in self._speakers:
            self._speakers[k] = speaker(self.doc, Span(self.doc, self.starts[k], self.ends[k]))
        return self._speakers[k]

    def _opens_with(self, k: int, words: frozenset[str]) -> bool:
        t = self._first_word(k)
        return t < self.ends[k] and self.doc[t].lower_ in words

    def _first_word(self, k: int) -> int:
        """The first token of sentence ``k`` that is no punctuation or space."""
        doc = self.doc
        t = self.starts[k]
        while t < self.ends[k] and (doc[t].is_punct or doc[t].is_space):
            t += 1
        return t

    def _quote_marks(self, k: int) -> tuple[int, frozenset[str], frozenset[str]]:
        """The first sentence of sentence ``k``'s paragraph and its opening and closing quote
        marks: Swiss texts open with « and German ones close with it, so the first mark of the
        paragraph tells which is which."""
        doc = self.doc
        openers, closers = attribution_words("quote_openers"), attribution_words("quote_closers")
        j = self.paragraph_start(k)
        end = len(doc) if k + 1 >= len(self.starts) else self.ends[k]
        marks = openers | closers
        texts = texts_of(doc)
        first = next((texts[t] for t in range(self.starts[j], end) if texts[t] in marks), None)
        if first is not None and first in closers:
            openers, closers = closers, openers
        return j, openers, closers

    def _open_quote(self, first: int, position: int, openers: frozenset[str], closers: frozenset[str]) -> Optional[int]:
        """The token of the quote still open at token ``position`` (scanning from sentence ``first``)."""
        opened = None
        texts = texts_of(self.doc)
        for t in range(self.starts[first], position):
            text = texts[t]
            if text in openers:
                opened = t
            elif text in closers:
                opened = None
        return opened

    def _quoted_speaker(self, k: int) -> Optional[Span]:
        """The source of a quote sentence ``k`` stands in: the sentence that opened it ("X sagte:
        „Das ist bitter. Wir zahlen 10.000 Euro.“"), else the one that closes it with its speaker
        after it ("„Wir zahlen 10.000 Euro. Das ist bitter“, sagte X")."""
        first, openers, closers = self._quote_marks(k)
        opened = self._open_quote(first, self.starts[k], openers, closers)
        if opened is not None:
            found = self.own(bisect_left(self.starts, opened + 1) - 1)
            if found is not None:
                return found
        still_open = self._open_quote(first, self.ends[k], openers, closers)
        if still_open is None:
            return None
        doc = self.doc
        for j in range(k + 1, len(self.starts)):
            if paragraph_break(doc, self.ends[j - 1], self.starts[j]):
                return None
            closer = next((t for t in range(self.starts[j], self.ends[j]) if texts_of(doc)[t] in closers), None)
            if closer is not None:
                # the speaker after the closing mark, or named before the quote ("…», sagt er")
                found = self.own(j)
                outside = found is not None and (found.start > closer or found.end <= still_open)
                return found if outside else None
        return None

    def _interview_speaker(self, k: int) -> Optional[Carried]:
        """The speaker of the interview answer sentence ``k`` stands in, across paragraph breaks:
        the nearest paragraph before it that opens with a speaker's label ("Anna Berger:
        Vor Steuern haben wir …") speaks on in the unlabelled answers after it, up to the next
        label: a paragraph right after a question (a paragraph that ends with "?"), itself no
        question, which is the interviewer's."""
        first = self.paragraph_start(k)
        if first == 0 or not self._asks(first - 1):
            return None  # an unlabelled answer follows a question
        if self._labels is None:
            self._labels = [
                j
                for j in range(len(self.starts))
                if (j == 0 or paragraph_break(self.doc, self.ends[j - 1], self.starts[j])) and self._speaker(j)
            ]
        i = bisect_left(self._labels, k) - 1
        if i < 0:
            return None
        end = k
        while end + 1 < len(self.starts) and not paragraph_break(self.doc, self.ends[end], self.starts[end + 1]):
            end += 1
        if self._asks(end):
            return None
        j = self._labels[i]
        found = self._speaker(j)
        return Carried(found, "speaker", j) if found is not None else None

    def _asks(self, k: int) -> bool:
        """Whether sentence ``k`` is a question."""
        return is_question(self.doc, Span(self.doc, self.starts[k], self.ends[k]))

    def _looks_back(self, k: int, source: Span) -> bool:
        """Whether sentence ``k`` attributes what came before it: "Das teilte die Polizei mit",
        "…, wie die Polizei mitteilte" (its source stands in a clause after its first break)."""
        opener = self._first_word(k)
        if self._opens_with(k, attribution_words("report_anaphors")) and not article_subject(self.doc, opener, self.ends[k]):
            # "Das teilte die Polizei mit", not "Das bringt nach Obermayrs Rechnung 15.000 Euro"
            # nor "Das Gericht bestätigte die Busse" (an article, its noun the subject)
            doc, verbs = self.doc, attribution_words("speech_verbs")
            return any(doc[t].is_lower and doc[t].lower_ in verbs for t in range(self.starts[k], self.ends[k]))
        doc = self.doc
        if _cue_attributed(lowers_of(doc), source):
            return False  # "…, obwohl die Ziele laut internen Unterlagen verfehlt wurden": the cue attributes its own clause
        breaks = [t for t in range(self.starts[k] + 1, source.start) if doc[t].text in _BREAKS]
        if not breaks:
            return False
        # ", teilte die Polizei mit", ", wie die Polizei mitteilte", ", so die Polizei": a
        # reporting clause; ", die Staatsanwaltschaft gab keine Erklärung ab" is a clause of its own
        lowers = lowers_of(doc)
        return any(_opens_report(lowers[t]) for t in range(breaks[-1] + 1, source.start))

    def carried(self, sent: Span) -> Optional[Carried]:
        """The source sentence ``sent`` takes from its paragraph and how, or None.

        A source named once for a paragraph carries through it (CLAIMS.md; AUTHORING.md "Sources
        carry through their paragraph"): a sentence takes the source of the nearest sentence
        before it in its paragraph that names one, else of one after it ("Das bestätigte die
        Polizei"); an interview answer and reported speech keep their speaker."""
        k = self._index.get(sent.start)
        if k is None:
            return None
        for j in self._back_in_paragraph(k, k):
            # an interview answer: the speaker named before the colon speaks to the paragraph's end
            said = self._speaker(j)
            if said is not None:
                return Carried(said, "speaker", j)
        quoted = self._quoted_speaker(k)
        if quoted is not None:
            return Carried(quoted, "quote", k)
        answered = self._interview_speaker(k)
        if answered is not None:
            return answered
        nearest = k + 1
        if nearest < len(self.starts) and not paragraph_break(self.doc, self.ends[k], self.starts[nearest]):
            # "… Das sagte ein Sprecher der Polizei": the sentence right after attributes this one,
            # over the source its paragraph named before
            found = self.anaphoric(nearest)
            if found is not None:
                return Carried(found, "after", nearest)
        # a sentence in reported speech speaks on for whoever opened the reported speech before it
        chain = self._statement(k)
        if chain:
            # "Die Gewerkschaft fordert mehr Geld: Die Lücke betrage …": its own opening clause,
            # unless the figure stands in that clause ("X hat Y mit 2 Mio. gebüsst, weil er … habe")
            opening = opening_clause_end(self.doc, self.starts[k], self.ends[k])
            if any(self.starts[k] <= t < opening for t in _figure_starts(self.doc)):
                chain = False  # the reporter tells the figure; the reported speech only gives a reason
            else:
                found = self._speaker_subject(k, opening)
                if found is not None:
                    return Carried(found, "speech", k)
        first = k
        for j in self._back_in_paragraph(k, self.back):
            first = j
            found = self.own(j)
            if found is None and j == k - 1 and self._opens_with(k, attribution_words("report_links")):
                # "Das teilte das Ministerium mit. Demnach …": a report linked to the anaphoric
                # report right before it goes on with that report's source
                found = self.anaphoric(j)
            if found is not None:
                return Carried(found, "before", j)
            if chain and self._statement(j):
                # "Der Fahrer sei zu schnell gefahren. Dabei seien vier verletzt worden": the
                # chain goes on, unless an indicative clause opens this sentence and names who speaks
                found = self._speaker_subject(j, opening_clause_end(self.doc, self.starts[j], self.ends[j]))
                if found is not None:
                    return Carried(found, "speech", j)
                continue
            if chain:
                # "Das Ministerium verurteilte den Angriff. Es seien 120 Zivilisten getötet
                # worden": reported speech goes on with the subject of the indicative sentence
                # that opens it (one in reported speech itself reports someone else's words)
                chain = False
                found = self._speaker_subject(j, self.ends[j])
                if found is not None:
                    return Carried(found, "speech", j)
        if chain and first == self.paragraph_start(k) and first > 0 and self.starts[first - 1] >= self.headline_end():
            # a paragraph that opens in reported speech goes on with the last speaker before it
            # (a headline names none)
            found = self._last_speaker(first - 1)
            if found is not None:
                return found
        for j in range(k + 1, min(len(self.starts), k + 1 + self.ahead)):
            if paragraph_break(self.doc, self.ends[j - 1], self.starts[j]):
                break
            found = self.anaphoric(j)
            if found is not None:
                return Carried(found, "after", j)  # "Das sagte ein Sprecher der Polizei"
            found = self.own(j)
            if found is not None and earlier_report(self.doc, self.starts[j], self.ends[j]):
                return None  # "Der Konzern hatte zuvor … gemeldet": what it said before, not this
            if found is not None and not self._looks_back(j, found) and self._comments(j, k, found):
                return None  # "Minister X sprach von einem „historischen Schritt“": a comment
            if found is not None:
                if self._looks_back(j, found):
                    return Carried(found, "after", j)
                # a lead whose report the next sentences attribute ("Bei einem Brand sind drei
                # Menschen ums Leben gekommen. Laut Polizei ...") when that sentence reports: by
                # a cue, a verb of speech or in reported speech, not a body's act or view ("Die
                # Kripo geht von Brandstiftung aus", "Das Gericht sprach den Eltern … zu")
                if self.paragraph_start(k) != k or not self._reports(j, found):
                    return None
                return Carried(found, "lead", j)
        return None

    def _comments(self, j: int, k: int, source: Span) -> bool:
        """Whether sentence ``j``, whose ``source`` speaks without pointing back, only comments
        on sentence ``k`` before it: it gives a quotation ("sprach von einem „historischen
        Schritt“") and no figure of its own, and its speaker is no one sentence ``k`` named (who
        acted there and speaks on, "Ihr Anwalt hatte 18.000 Euro gefordert. Er spricht von
        einem „wichtigen Urteil“", still speaks of it)."""
        doc, start, end = self.doc, self.starts[j], self.ends[j]
        if self.starts[k] <= source.start < self.ends[k] or _named_before(doc, source, self.starts[k], self.ends[k]):
            return False
        if any(start <= t < end for t in _figure_starts(doc)):
            return False
        texts = texts_of(doc)[start:end]
        return any(t in attribution_words("quote_openers") for t in texts) and any(t in attribution_words("quote_closers") for t in texts)

    def anaphoric(self, k: int) -> Optional[Span]:
        """The source of sentence ``k`` when it attributes the sentence before it by a fronted
        anaphor (:func:`anaphoric_report`: "Das teilte die Polizei mit")."""
        if k not in self._anaphors:
            asked = self._asks(k)  # a question attributes nothing
            self._anaphors[k] = None if asked else anaphoric_report(self.doc, self.starts[k], self.ends[k])
        return self._anaphors[k]

    def _reports(self, k: int, source: Span) -> bool:
        """Whether sentence ``k`` reports what ``source`` says: by a cue ("laut Polizei"), a
        verb of speech ("teilte … mit") or in reported speech."""
        if _cue_attributed(lowers_of(self.doc), source) or self._statement(k):
            return True
        doc, lowers = self.doc, lowers_of(self.doc)
        verbs, after = attribution_words("speech_verbs"), attribution_words("source_after")
        words = range(self.starts[k], self.ends[k])
        if any(doc[t].is_lower and (lowers[t] in verbs or lowers[t] in after) for t in words):
            return True
        # a cue anywhere in it: "laut der Polizei", "gemäss der Statistik der Kantonspolizei"
        return any(tuple(lowers[t : t + n]) in cues for n, cues in _cues_by_length() for t in words)

    def _statement(self, k: int) -> bool:
        """Whether sentence ``k`` is someone's statement by its mood or a word pointing back
        (:mod:`.speech_mood`), not the reporter's own narration."""
        if k not in self._statements:
            start, end = self.starts[k], self.ends[k]
            self._statements[k] = in_statement_mood(self.doc, start, end) or links_to_report(self.doc, start, end)
        return self._statements[k]

    def _last_speaker(self, k: int) -> Optional[Carried]:
        """The last speaker of the paragraph that ends with sentence ``k``: the nearest source
        its sentences name, else the subject of its last sentence when that one is no reported
        speech ("Innenminister X sprach von einer ernsten Lage.")."""
        for j in [k, *self._back_in_paragraph(k, self.back)]:
            found = self.own(j)
            if found is not None:
                return Carried(found, "before", j)
            if j == k and not self._statement(j):
                found = self._speaker_subject(j, self.ends[j], kinds=("person", "organisation"))
                if found is not None:
                    return Carried(found, "speech", j)
        return None

    def _speaker_subject(self, k: int, end: int, kinds: Sequence[str] = _SPEAKER_KINDS) -> Optional[Span]:
        """The subject of sentence ``k``'s clause that ends at token ``end``: a person or body
        near its start, after no preposition ("Die Richterin schlug …", "Auf 212 Seiten kommen
        die Gutachter …"); an object further on ("… macht der Bericht bewaffnete Gruppen
        verantwortlich") speaks for no one."""
        doc = self.doc
        start = body_start(doc, Span(doc, self.starts[k], self.ends[k]))  # after a dateline
        if any(w in attribution_words("hearsay_modals") for w in lowers_of(doc)[start:end]):
            return None  # "Die Firma soll 245.000 Euro überwiesen haben, der Rest sei …": hearsay about it
        if start < end and doc[start].lower_ in attribution_words("speaker_pronouns"):
            # "Er ist 34 Jahre alt und führt eine Kompanie. Seine Brigade habe …": the person "er" is
            return _person_before(doc, start)
        reach = min(end, start + _carry()["subject_reach"])
        mentions = source_mentions(doc, start, end)
        for m in mentions:
            if m.start >= reach:
                return None
            if m.label_ in kinds and not _after_preposition(doc, m, start):
                if _counted(doc, m):
                    return None  # "Zwölf Menschen wurden getötet. Unter ihnen seien …": the counted tell nothing
                if m.label_ == "document":
                    # "Eine Untersuchung des Rechnungshofs …": the document's owner, else the document
                    return document_owner(doc, m, Span(doc, start, end), mentions) or m
                return with_name(doc, m)
        return None

    def paragraph_start(self, k: int) -> int:
        """The index of the first sentence of sentence ``k``'s paragraph."""
        while k > 0 and not paragraph_break(self.doc, self.ends[k - 1], self.starts[k]):
            k -= 1
        return k

    def headline_end(self) -> int:
        """The token where the doc's headline ends: its first paragraph when that is a single
        line, not closed by a full stop as a lead sentence is, and the doc goes on after it; 0
        when there is none."""
        if self._headline_end is None:
            self._headline_end = self._find_headline_end()
        return self._headline_end

    def _find_headline_end(self) -> int:
        doc = self.doc
        for k in range(len(self.starts) - 1):
            if paragraph_break(doc, self.ends[k], self.starts[k + 1]):
                head = doc[self.starts[0] : self.ends[k]]
                last = next((t for t in reversed(head) if not t.is_space), None)
                single = "\n" not in head.text.strip()
                return self.ends[k] if single and last is not None and last.text != "." else 0
        return 0

    def _back_in_paragraph(self, k: int, most: int) -> Iterator[int]:
        """The sentences before sentence ``k`` in its paragraph, nearest first, at most ``most``."""
        for j in range(k - 1, max(-1, k - 1 - most), -1):
            if paragraph_break(self.doc, self.ends[j], self.starts[j + 1]):
                return
            yield j


# -- the source a sentence names ------------------------------------------------------------


def source_mentions(doc: Doc, start: int, end: int) -> list[Span]:
    """The mentions inside tokens ``start``..``end`` that can assert a claim, sorted;
    pronouns only with an antecedent. The doc's candidates are listed once, as plain tuples."""
    cache = doc_cache(doc)
    if "source_mentions" not in cache:
        # read from the mention table: a Span per mention would cost more than the test
        texts = texts_of(doc)
        found = [
            (_after_complementiser(doc, m_start, m_end), m_end, kind)
            for m_start, m_end, kind in mention_table(doc)[0]
            # the words without their spaces, as span.text.islower() reads them: space has no case
            if (
                kind in _SOURCE_KINDS
                and not "".join(texts[m_start:m_end]).islower()
                or kind == "pronoun"
                and mention_antecedent(Span(doc, m_start, m_end)) is not None
            )
            and not in_dateline(doc, m_start, m_end)  # "KIEW (Reuters) -": the place and agency that filed the text
        ]
        cache["source_mentions"] = (found, [f[0] for f in found], {})
    found, starts, asked = cache["source_mentions"]
    # a sentence is asked for once per amount and per question: its entries are kept (as
    # entries, not spans: a span holds its doc, and each caller gets spans of its own)
    entries = asked.get((start, end))
    if entries is None:
        entries = asked[start, end] = [(s, e, label_id(kind)) for s, e, kind in entries_within(found, starts, start, end)]
    return [Span(doc, s, e, label=kind) for s, e, kind in entries]


def _after_complementiser(doc: Doc, start: int, end: int) -> int:
    """Where the mention at tokens ``start``..``end`` starts without a "wie" the mention layer
    took into it ("wie Finanzvorstand Peter Lang"): the reporting clause's subject is the name
    after it."""
    if end - start > 1 and lowers_of(doc)[start] in attribution_words("report_complementisers"):
        return start + 1
    return start


def with_name(doc: Doc, mention: Span) -> Span:
    """The referent's name where the text gives one: a pronoun's antecedent, or the proper
    name in apposition to a common noun ("der Leiter der Verwaltung, Oleh Kiper")."""
    if mention.label_ == "pronoun":
        start, end = mention_antecedent(mention)
        mention = Span(doc, start, end, label="person")
    if addressee_at(doc, mention):
        return mention  # "sagte ein Polizeisprecher der Nachrichtenagentur AFP": AFP is spoken to
    person = person_of_age_noun(doc, mention)
    if person is not None:
        return person  # ", sagte der 72-Jährige" after "Recep Tayyip Erdoğan": the name
    stop = min(len(doc), mention.end + _APPOSITION_REACH)
    # a common noun the recognizer took for a name ("der Militärgeheimdienst HUR") still gives
    # way to the name in apposition after it
    common = _reporting_noun(mention[-1].lower_)
    named = any(e.start < mention.end and mention.start < e.end for e in _names_near(doc, mention.start, mention.end))
    if named and not common:
        return mention
    for ent in _names_near(doc, mention.end, stop):
        between = doc[mention.end : ent.start]
        if any(t.text in _BREAKS and t.text != "," for t in between) or sum(t.text == "," for t in between) > 1:
            break
        # across function words ("das Bundesamt für Rüstung X"), or an aside set off by a comma
        # ("Eine Untersuchung, beauftragt vom X"), but not a verb ("Regierungskreisen will der Bund")
        aside = len(between) > 0 and between[0].text == ","
        if all(t.text == "," or t.is_title or t.is_lower and (aside or _links_apposition(t.lower_)) for t in between):
            return ent
    return (
        _acronym(doc, mention, stop)
        or (class_noun_name(doc, mention) if common else None)
        or _comma_name(doc, mention, stop)
        or quoted_title(doc, mention.end)
        or mention
    )


#: How many capitalised words a name after its class noun may have ("Sudan Doctors Network").
_CLASS_NAME_WORDS = 4


def class_noun_name(doc: Doc, mention: Span) -> Optional[Span]:
    """The noun and the name right after a body's class noun, without article or comma ("die
    Katastrophenschutzbehörde Afad", "die Ärzteorganisation Sudan Doctors Network"): a named
    body or person the mention layer found there, or a run of two or more capitalised words that
    are no time ("teilte die Behörde Ende Mai mit"). A bare noun after a noun is an apposition
    in German, and CLAIMS.md prefers the name; the span holds both, as the body's full name
    ("Staatsanwaltschaft Essen", not the city)."""
    t = mention.end
    if t >= len(doc) or mention.label_ != "organisation":
        return None  # "nach Schätzung von Experten Hunderte Millionen": only a body's noun takes a name so
    for m in source_mentions(doc, t, t + 1):
        if m.start == t and m.label_ in ("organisation", "person") and mention_is_name(m) and not _common_ending(m):
            if is_place(doc, m):
                return None  # "die Polizei Hamburg": the seat, written with the noun as before
            return Span(doc, mention.start, m.end, label="organisation")
    stops = attribution_words("class_noun_name_stops")
    texts = texts_of(doc)
    end = t
    while end < len(doc) and end - t < _CLASS_NAME_WORDS and _capitalised(texts[end]) and doc[end].lower_ not in stops:
        end += 1
    if end - t < 2 or end < len(doc) and _capitalised(texts[end]) or _common_ending(doc[t:end]):
        return None
    return Span(doc, mention.start, end, label="organisation")


def _common_ending(span: Span) -> bool:
    """Whether the last word of ``span`` ends as a common noun does ("Rauchgasvergiftungen")."""
    return span[-1].lower_.endswith(tuple(attribution_words("class_noun_name_not_endings")))


@lru_cache(maxsize=1)
def _addressee_nouns() -> Lexicon[bool]:
    return Lexicon(attribution_words("addressee_nouns"))


def addressee_at(doc: Doc, speaker: Span) -> bool:
    """Whether the speaker's dative object opens right after ``speaker``: a dative-only article
    ("sagte der Gouverneur dem Sender CNN"), or, where a reporting verb stands right before the
    speaker, an article the feminine dative shares with the genitive before an outlet's noun or
    a quoted title ("sagte ein Polizeisprecher der Nachrichtenagentur AFP", "sagte sie der «New
    York Times»"). The outlet spoken to is no name of the speaker; "eine Recherche der «New York
    Times»" is the genitive of an owner."""
    t = speaker.end
    if t + 1 >= len(doc) or speaker.label_ == "document":
        return False  # a paper speaks to no one
    word = doc[t].lower_
    if word in _fw("dative_determiners"):
        return True
    if word not in attribution_words("addressee_determiners") or not (
        _spoken_after_verb(doc, speaker.start) or _opens_report_clause(doc, speaker.start)
    ):
        return False
    following = doc[t + 1]
    if following.text in attribution_words("quote_openers") | attribution_words("quote_closers") | {'"'}:
        return True
    # an attribute may stand before the noun: "der britischen Zeitung «Guardian»"
    noun = t + 2 if following.is_lower and following.is_alpha and t + 2 < len(doc) else t + 1
    return _addressee_nouns().get(doc[noun].lower_) is not None


def _opens_report_clause(doc: Doc, start: int) -> bool:
    """Whether the noun phrase at ``start`` opens a reporting clause after "wie" ("…, wie ein
    Polizeisprecher der Nachrichtenagentur AFP sagte"): its verb closes the clause, so the outlet
    in the dative stands between speaker and verb."""
    t = start - 1 if start > 0 and doc[start - 1].lower_ in _fw("determiners") else start
    return t > 0 and doc[t - 1].lower_ in attribution_words("report_complementisers")


def _spoken_after_verb(doc: Doc, start: int) -> bool:
    """Whether a reporting verb stands right before the noun phrase opening at ``start`` (over
    its article and attributes): "sagte ein Sprecher", "erklärte die zuständige Ministerin"."""
    t = start - 1
    verbs = german().speech_verbs
    while t >= 0 and (doc[t].lower_ in _fw("determiners") or doc[t].is_lower and doc[t].is_alpha and verbs.get(doc[t].lower_) is None):
        if start - t > 3:
            return False
        t -= 1
    return t >= 0 and verbs.get(doc[t].lower_) is not None


#: How many words a title in quotation marks may have ("„Frankfurter Allgemeine Zeitung“").
_TITLE_WORDS = 5


def quoted_title(doc: Doc, start: int) -> Optional[Span]:
    """The title in quotation marks that opens at token ``start`` ("das Magazin „Der Spiegel“",
    "berichtet die «Süddeutsche Zeitung»"): the capitalised words between the marks, after at
    most a determiner; None where no such title stands there."""
    marks = attribution_words("quote_openers") | attribution_words("quote_closers") | {'"'}
    t = start
    if t < len(doc) and doc[t].lower_ in _fw("determiners"):
        t += 1
    if t >= len(doc) or doc[t].text not in marks:
        return None
    first = end = t + 1
    while end < len(doc) and end - first < _TITLE_WORDS and _capitalised(doc[end].text):
        end += 1
    if end == first or end >= len(doc) or doc[end].text not in marks:
        return None
    return Span(doc, first, end, label="organisation")


def _links_apposition(word: str) -> bool:
    """A lower-case word that may stand inside a body's name before the name in apposition
    ("der Leiter der Verwaltung", "das Bundesamt für Rüstung")."""
    return word in _fw("determiners") or word in attribution_words("not_subject_words")


def _acronym(doc: Doc, mention: Span, stop: int) -> Optional[Span]:
    """A short name the recognizer missed after a body: "der Militärgeheimdienst HUR", or in
    brackets after its full name ("das Departement für auswärtige Angelegenheiten (EDA)"),
    which then reaches over the bracket."""
    if mention.label_ not in ("organisation", "group") or mention.end >= len(doc):
        return None
    word = doc[mention.end]
    if word.is_upper and word.is_alpha and len(word) >= 2 and not source_mentions(doc, mention.end, mention.end + 1):
        return doc[mention.end : mention.end + 1]
    for t in range(mention.end, min(stop, len(doc) - 2)):
        if doc[t].is_punct and doc[t].text != "(":
            return None
        if doc[t].text == "(" and doc[t + 1].is_upper and doc[t + 1].is_alpha and doc[t + 2].text == ")":
            return doc[mention.start : t + 3]
    return None


def _comma_name(doc: Doc, mention: Span, stop: int) -> Optional[Span]:
    """A name the recognizer missed, set off by commas after a noun of a person or a body:
    "der Sprecher der Firma, Jonas Keller, sagte": capitalised words, no mention (one will do
    after a person, a body needs a full name of two or three)."""
    if mention.label_ not in ("person", "group", "organisation"):
        return None
    comma = next((t for t in range(mention.end, stop) if doc[t].text == ","), None)
    if comma is None or any(doc[t].is_punct for t in range(mention.end, comma)):
        return None
    end = comma + 1
    while end < len(doc) and end - comma <= 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    # closed by a comma, or by the end of the sentence: ", sagte die Präsidentin des Verbands, Anna Keller."
    if end == comma + 1 or end >= len(doc) or doc[end].text not in (",", "."):
        return None
    if doc[end].text == "." and mention.label_ != "person":
        return None
    if mention.label_ != "person" and end - comma < 3:
        return None
    # a body or a place in the aside is another referent ("der Sprecher der Firma, Siemens,"); a
    # person the mention layer found in part ("Wenger") is the name
    if any(m.label_ not in ("person", "group") for m in source_mentions(doc, comma + 1, end)):
        return None
    if mention.label_ != "person" and source_mentions(doc, comma + 1, end):
        return None
    return doc[comma + 1 : end]


def _names_near(doc: Doc, start: int, end: int) -> list[Span]:
    """The names of people and organisations (``doc.ents``) starting inside ``start``..``end``."""
    cache = doc_cache(doc)
    if "source_names" not in cache:
        ents = [e for e in entities_of(doc) if e[2] in ("PER", "ORG") and not in_dateline(doc, e[0], e[1])]
        names = sorted((e[0], e[1]) for e in ents)
        cache["source_names"] = (names, [n[0] for n in names])
        cache["source_name_labels"] = {(e[0], e[1]): e[2] for e in ents}
    names, starts = cache["source_names"]
    i = bisect_left(starts, start)
    spans = []
    while i < len(names) and names[i][0] < end:
        spans.append(Span(doc, *names[i]))
        i += 1
    return spans


def _after_preposition(doc: Doc, mention: Span, start: int) -> bool:
    """Whether a preposition governs ``mention`` (over its article or a count: "vor 186 Mitgliedern")."""
    j = mention.start - 1
    while j >= start and (doc[j].lower_ in _fw("determiners") or doc[j].text.isdigit()):
        j -= 1
    return j >= start and (
        doc[j].lower_ in attribution_words("not_subject_words") or doc[j].lower_ in _fw("not_subject_prepositions")
    )


def names_quantity(mention: Span) -> bool:
    """Whether a mention's head is a noun of what an amount counts: money ("Schaden", "Kosten",
    "Verluste") or casualties ("Tote"). Before a reporting verb such a mention is its fronted
    object ("Die Verluste beziffert das Ministerium auf ..."), never the one who reports."""
    head = mention[-1].lower_
    data = german()
    return (
        data.money_categories.get(head) is not None
        or head in data.money_nouns
        or data.casualty_nouns.get(head) is not None
    )


def counted(doc: Doc, span: Span, amount_ends: Container[int]) -> bool:
    """Whether ``span`` is what an amount counts or measures, which reports nothing: the noun of
    a count ("vier Menschen", "46 Personen", "890 Todesfälle", an adjective between allowed:
    "drei verletzte Arbeiter") or a noun of money or casualties ("die Kosten", "die
    ukrainischen Verluste"). ``amount_ends``: where the counts and sums of the doc end."""
    head, data = span[-1].lower_, german()
    if head in data.money_nouns or data.casualty_nouns.get(head) is not None:
        return True  # "die Kosten", "die Verluste"; not a body whose compound holds a money word
    if age_of(span) is not None:
        return False  # "der 72-Jährige": a person by age, the number no count
    if any(t in amount_ends for t in range(span.start + 1, span.end)):
        return True  # a span that holds a count and its noun
    t = span.start
    word = doc[t - 1].lower_ if t > 0 else ""
    if doc[t - 1].is_lower and word.endswith(tuple(attribution_words("attribute_endings"))) and word not in _fw("determiners"):
        t -= 1  # an attribute: "drei verletzte Arbeiter"
    return t in amount_ends


def speech_subject(doc: Doc, verb: int, sent: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """The subject of the reporting verb at token ``verb``: after "wie" in "wie die Polizei
    mitteilte", after the verb when it opens its clause (", teilte die Polizei mit", ", sagte
    Müller"), else the first mention of its clause before it that follows no preposition, else
    the one right after it ("schätzt der Fonds")."""
    start = verb
    while start > sent.start and doc[start - 1].text not in _BREAKS:
        start -= 1
    inside = _outside_attributes(doc, sent, [m for m in mentions if sent.start <= m.start and m.end <= sent.end])
    start = _listed_subjects(doc, start, sent, inside)
    # "wie die Polizei mitteilte", "wie der Sprecher der Firma, Jonas Keller, bestätigte": the
    # clause opened by "wie" reaches over an apposition
    wie = next(
        (
            t
            for t in range(verb - 1, sent.start - 1, -1)
            if doc[t].lower_ in attribution_words("report_complementisers") and (t == sent.start or doc[t - 1].text in _BREAKS)
        ),
        None,
    )
    final = verb + 1 >= sent.end or doc[verb + 1].text in _BREAKS or doc[verb + 1].is_punct
    if wie is not None and (
        wie >= start or final and not any(doc[t].text in _BREAKS - {","} for t in range(wie, verb))
    ):
        start = wie + 1
    else:
        wie = None
    end = verb + 1
    reach = verb + _SUBJECT_REACH
    if verb + 3 < sent.end and doc[verb + 1].lower_ in _fw("determiners") and _after_preposition(doc, doc[verb + 3 : verb + 4], verb + 2):
        reach += _SUBJECT_REACH  # "erklärte die von der Hamas kontrollierte Behörde": over a participle attribute
    # "sagte der 72-Jährige": the tokenizer split one word in three
    if any(is_age_word(doc[k].text) for k in range(verb + 2, min(sent.end, reach + 3))):
        reach += 2
    while end < sent.end and end <= reach and doc[end].text not in _BREAKS:
        end += 1
    before = [m for m in inside if start <= m.start and m.end <= verb and not _after_preposition(doc, m, start)]
    after = [
        m
        for m in inside
        if verb < m.start
        and m.end <= end
        and not _after_preposition(doc, m, verb + 1)
        and doc[m.start - 1].lower_ not in attribution_words("object_determiners")
    ]
    if wie is not None and _wie_pronoun(doc, wie + 1, verb) and not _reporter_pronoun(doc, before):
        # "…, wie er am Donnerstag mitteilte": a pronoun the mention layer left without
        # antecedent stands for the subject of the clause it attributes, else of the sentence before
        found = _phrase_list(_pronoun_subject(doc, wie, sent))
    elif wie is not None:
        # "wie das Rathaus am Freitag mitteilte": a body the mention layer does not know is the
        # noun phrase right after "wie"
        found = before[:1] or _phrase_list(subject_phrase(doc, wie + 1, verb))
    elif (
        start == verb
        and verb + 1 < sent.end
        and doc[verb + 1].lower_ in attribution_words("speaker_pronouns")
        and not _plural_they(doc, verb + 1, verb)
    ):
        # ", warnte sie": who speaks is a person, the last one named before (the mention layer
        # may have linked the pronoun to a nearer body: "der Stadt"); else its antecedent, if any
        return _person_before(doc, verb + 1) or (after[0] if after else None)
    elif start == verb:
        # ", teilte die Polizei mit", ", sagte ein Sprecher": a reporting clause after the claim
        # has its subject right after the verb, known to the mention layer or not; else the verb
        # goes on from a subject before an aside: "Eine Studie, beauftragt von X, zeigt, dass ..."
        # ", teilte die von der Hamas kontrollierte Behörde mit": the noun after the attribute
        qualified = _past_participial_attribute(doc, verb + 1, sent.end, subject=True)
        if qualified > verb + 1:
            after = [m for m in inside if m.start == qualified] or _phrase_list(subject_phrase(doc, qualified, sent.end))
        found = (
            _phrase_list(quoted_title(doc, verb + 1))  # ", berichtet die «Süddeutsche Zeitung»": the whole title
            or after[:1]
            or _phrase_list(subject_phrase(doc, verb + 1, sent.end))
            or [m for m in inside if m.end <= verb and not _after_preposition(doc, m, sent.start)][:1]
        )
    else:
        # a fronted object names the counted quantity; the subject then follows the verb
        if before and after and names_quantity(before[0]) and not names_quantity(after[0]):
            before = before[1:]
        if after and doc[start].lower_ in attribution_words("object_determiners"):
            before = []  # "Den Schaden am Auto des Lenkers gibt die Polizei mit ... an": an object leads
        found = before[:1] or after[:1]
        apposed = _apposed_subject(doc, start, verb, sent, inside)
        if found and apposed is not None and found[0].start >= start:
            found = [apposed]  # "Zeina Jamaluddine, eine der Autorinnen, sagt": the name, not the apposition
        if (
            found
            and found[0].label_ == "pronoun"
            and found[0].text.lower() in attribution_words("speaker_pronouns")
            and not _plural_they(doc, found[0].start, verb)
        ):
            # "Vor 90 Mitgliedern musste sie … verkünden": who speaks is a person, the last one
            # named, whatever noun the mention layer linked the pronoun to
            found = _phrase_list(_person_before(doc, found[0].start)) or found
        if not found and final:
            found = _phrase_list(_final_clause_subject(doc, start, verb))
        if not found:
            # "Vor 186 Mitgliedern musste er ein Defizit verkünden": a pronoun the mention layer
            # left without antecedent stands for the last person named
            pronoun = next(
                (p for p in range(start, end) if p != verb and doc[p].is_lower and doc[p].lower_ in attribution_words("speaker_pronouns")),
                None,
            )
            found = _phrase_list(_person_before(doc, pronoun)) if pronoun is not None else []
    return found[0] if found else None


def _attribute_ranges(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """The extended attributes of ``sent`` as (first word inside, the qualified noun): "die [von
    der Hamas kontrollierte] Behörde" gives the tokens of "von" and "Behörde"."""
    lowers = lowers_of(doc)
    openers = attribution_words("attribute_openers")
    ranges = []
    for t in range(sent.start, sent.end - 1):
        if lowers[t + 1] in openers and lowers[t] in _fw("determiners"):
            close = _past_participial_attribute(doc, t, sent.end, subject=True)
            if close > t:
                ranges.append((t + 1, close))
    return ranges


def _outside_attributes(doc: Doc, sent: Span, mentions: list[Span]) -> list[Span]:
    """``mentions`` less those inside an extended attribute ("teilte die von der Hamas
    kontrollierte Behörde mit"): the body that controls is no subject of the clause, the noun
    the attribute qualifies is."""
    inner = _attribute_ranges(doc, sent)
    if not inner:
        return mentions
    return [m for m in mentions if not any(a < m.start and m.end <= b for a, b in inner)]


def qualified_noun(doc: Doc, sent: Span, span: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """The noun an extended attribute qualifies when ``span`` lies inside that attribute (the
    parse may take "Hamas" in "die von der Hamas kontrollierte Behörde" for the subject): the
    mention that opens at that noun, else the noun itself; None when ``span`` is in none."""
    for a, b in _attribute_ranges(doc, sent):
        if a < span.start and span.end <= b:
            return next((m for m in mentions if m.start == b), None) or doc[b : b + 1]
    return None


def _plural_they(doc: Doc, pronoun: int, verb: int) -> bool:
    """Whether "sie" at ``pronoun`` is plural: the reporting verb right next to it has a plural
    ending ("sie rechnen mit", "warnten sie"), so it stands for the group its antecedent names."""
    return (
        abs(pronoun - verb) == 1
        and doc[pronoun].lower_ == "sie"
        and doc[verb].lower_.endswith(tuple(attribution_words("plural_verb_endings")))
    )


def _wie_pronoun(doc: Doc, t: int, verb: int) -> bool:
    """Whether the word after "wie" is a pronoun that speaks: "wie er mitteilte", "wie es am
    Mittwoch mitteilte" (the body named before), not "wie es hieß" (no one)."""
    word = doc[t].lower_
    if word in attribution_words("speaker_pronouns"):
        return True
    return word in attribution_words("neuter_speaker_pronouns") and doc[verb].lower_ not in attribution_words("impersonal_report_verbs")


def _pronoun_subject(doc: Doc, pronoun_clause: int, sent: Span) -> Optional[Span]:
    """The person or body a reporting clause's pronoun at ``pronoun_clause`` + 1 stands for: the
    first one of its sentence before the clause that follows no preposition and counts nothing
    ("Der Konzern setzte …, wie er mitteilte"), else the same in the sentence before it, in its
    paragraph ("Die Polizei nahm drei Männer fest. Zwei wurden verletzt, wie sie mitteilte")."""
    start, end = sent.start, pronoun_clause
    for _ in range(2):
        for m in source_mentions(doc, start, end):
            if m.label_ in ("person", "organisation") and not _after_preposition(doc, m, start) and not _counted(doc, m):
                return with_name(doc, m)
        if start == 0 or paragraph_break(doc, start, start):
            break
        end = start
        start = sentence_of(doc, start - 1).start
    return None


def _reporter_pronoun(doc: Doc, mentions: Sequence[Span]) -> bool:
    """Whether the first of ``mentions`` is a pronoun the mention layer linked to a person or
    body that counts nothing (not "sie" for "Zwei Beamte" or for "18 Staaten")."""
    if not mentions or mentions[0].label_ != "pronoun":
        return False
    start, end = mention_antecedent(mentions[0])
    return any(
        m.start == start and m.label_ in ("person", "organisation") and not _counted(doc, m)
        for m in source_mentions(doc, start, end)
    )


def _counted(doc: Doc, mention: Span) -> bool:
    """Whether ``mention`` is what an amount counts ("Zwei Beamte", "die Kosten"): no subject
    that speaks."""
    if names_quantity(mention):
        return True
    if AMOUNTS_KEY not in doc.spans:
        return False
    return any(a.end == mention.start for a in doc.spans[AMOUNTS_KEY])


def _apposed_subject(doc: Doc, start: int, verb: int, sent: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """The name a comma-bounded apposition right before the verb describes: "Die Epidemiologin
    Zeina Jamaluddine, eine der Autorinnen, sagt" -> "Zeina Jamaluddine". The clause from ``start``
    must be closed by a comma right before ``verb`` and opened by a comma right after a person
    or organisation mention; None otherwise."""
    if not (start > sent.start + 1 and doc[start - 1].text == "," and doc[verb - 1].text == "," and start < verb - 1):
        return None
    if doc[start].lower_ not in _fw("determiners") and not doc[start].is_lower:
        return None  # an apposition opens with an article or a lower-case word ("eine der", "selbst")
    return next(
        (m for m in mentions if m.end == start - 1 and m.label_ in ("person", "organisation") and doc[m.start].is_title),
        None,
    )


def _listed_subjects(doc: Doc, start: int, sent: Span, mentions: Sequence[Span]) -> int:
    """Where a clause starting at ``start`` begins when a list of bodies before it shares its
    verb ("Die Weltbank, die EU-Kommission, die Vereinten Nationen und die Regierung
    bezifferten ..."): each comma-separated part before it is one mention, with its article."""
    while start > sent.start + 1 and doc[start - 1].text == ",":
        part = start - 1
        while part > sent.start and doc[part - 1].text not in _BREAKS:
            part -= 1
        first = part + 1 if doc[part].lower_ in _fw("determiners") else part
        if not any(m.start == first and m.end == start - 1 for m in mentions):
            break
        start = part
    return start


def _final_clause_subject(doc: Doc, start: int, verb: int) -> Optional[Span]:
    """The subject of a clause whose reporting verb stands last and whose subject the mention
    layer does not know: ", deren Wert die kantonale Denkmalpflege auf 3 Mio. schätzt" -> the
    first noun phrase of the clause opened by a subject article, not after a preposition. A
    passive clause ("sind 35 Millionen veranschlagt", "wurde auf 3 Mio. geschätzt") has none."""
    passive = attribution_words("passive_auxiliaries") | attribution_words("state_passive_auxiliaries")
    if any(doc[t].lower_ in passive for t in range(start, verb)):
        return None
    for t in range(start + 1, verb):
        word = doc[t].lower_
        if word in attribution_words("subject_articles") and doc[t - 1].lower_ not in attribution_words("not_subject_words"):
            return subject_phrase(doc, t, verb)
    return None


#: How many sentences back the person a reporting pronoun stands for may be named.
_PRONOUN_SENTENCES = 2


def _person_before(doc: Doc, t: int) -> Optional[Span]:
    """The last person's name (a ``PER`` entity or a person mention that is a name) before token
    ``t``, in its paragraph and at most two sentences back."""
    sent = sentence_of(doc, t)
    for _ in range(_PRONOUN_SENTENCES):
        if sent.start == 0 or paragraph_break(doc, sent.start, sent.start):
            break
        sent = sentence_of(doc, sent.start - 1)
    names = [Span(doc, s, e, label=label) for s, e, label in entities_of(doc) if label == "PER" and sent.start <= s and e <= t]
    names += [m for m in source_mentions(doc, sent.start, t) if mention_is_name(m) and _personal_name(m)]
    return max(names, key=lambda n: n.start) if names else None


def _personal_name(mention: Span) -> bool:
    """Whether a named mention is a person's: the mention layer says so, or a person's title
    opens it before a first and a last name ("Schatzmeister Jens Obermayr", "Finanzvorstand Mia
    Santer"), which the recognizer may have taken for a group or a body."""
    if mention.label_ == "person":
        return True
    if mention.label_ == "place":
        return False
    # the title inside the mention, or right before it ("Stadtrat Jonas Feld" as two mentions)
    doc = mention.doc
    title, name = (mention[0], mention[1:]) if len(mention) >= 3 else (doc[mention.start - 1], mention[:])
    if len(name) < 2 or mention.start == 0 and len(mention) < 3:
        return False
    return title.lower_.endswith(tuple(attribution_words("person_title_endings"))) and all(t.is_alpha and t.is_title for t in name)


def _phrase_list(span: Optional[Span]) -> list[Span]:
    return [span] if span is not None else []


#: How many lower-case attributes may stand between a determiner and the noun of a reporter.
_ATTRIBUTES = 2
#: How many capitalised words a reporter's noun phrase may have ("Kantonspolizei Graubünden").
_PHRASE_WORDS = 4


def subject_phrase(doc: Doc, start: int, end: int) -> Optional[Span]:
    """The noun phrase a reporting clause opens with at ``start`` (before ``end``), where the
    mention layer has none: "die Staatskanzlei", "ein Sprecher der Stadt", "das Rathaus am
    Freitag" -> "Rathaus": an optional determiner, up to two attributes, then capitalised words
    (a noun and the name in apposition). A preposition at ``start`` opens no subject; a
    capitalised word at the start of the clause without a determiner only counts as a known
    reporting noun, so that an adverb or a verb is none."""
    t = start
    if t < end and doc[t].lower_ in attribution_words("object_determiners"):
        return None  # "beziffert den Schaden auf": an object
    determiner = t < end and (doc[t].lower_ in _fw("determiners") or doc[t].lower_ in attribution_words("subject_determiners"))
    if determiner:
        t += 1
    k = 0
    while t < end and k < _ATTRIBUTES and doc[t].is_lower and doc[t].is_alpha and doc[t].lower_ not in _BREAKS:
        if doc[t].lower_ in attribution_words("not_subject_words") or doc[t].lower_ in _fw("not_subject_prepositions"):
            return None
        t, k = t + 1, k + 1
    first = t
    while t < end and t - first < _PHRASE_WORDS and _capitalised(doc[t].text):
        t += 1
    if t == first or (not determiner and k == 0 and not _reporting_noun(doc[first].lower_)):
        return None
    if k > 0 and not determiner:
        return None
    return Span(doc, first, t, label="organisation")


def _capitalised(word: str) -> bool:
    """A noun or a name: capitalised letters, hyphens inside ("UN-Sprecher")."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _reporting_noun(word: str) -> bool:
    """A noun of a body or a person that can assert a claim ("polizei", "innenministerium")."""
    return word in attribution_words("source_nouns") or word.endswith(_source_noun_heads())


@lru_cache(maxsize=None)
def _source_noun_heads() -> tuple[str, ...]:
    """The source nouns that end a compound noun ("Innenministerium"): four letters or more."""
    return tuple(n for n in attribution_words("source_nouns") if len(n) >= 4)


def cued_source(
    doc: Doc, cue_start: int, cue_end: int, after: bool, sent: Span, mentions: Sequence[Span]
) -> Optional[Span]:
    """The mention a source cue names: the first right after "laut", "nach Angaben der" (a
    place after "in" excluded), or the one right before "zufolge"."""
    inside = [m for m in mentions if sent.start <= m.start and m.end <= sent.end]
    if after:
        found = [m for m in inside if m.end <= cue_start and cue_start - m.end <= 1]
        return found[-1] if found else None
    cue_end = _past_participial_attribute(doc, cue_end, sent.end)
    # the cue's noun phrase: up to two attributes, then its noun ("nach Angaben des ukrainischen
    # Heeres"); a mention after that noun belongs to the rest of the clause
    noun = cue_end
    while noun < min(sent.end, cue_end + _ATTRIBUTES + 1) and (
        doc[noun].is_lower and doc[noun].is_alpha or doc[noun].text in _OPENING_QUOTES
    ):
        noun += 1
    found = [
        m
        for m in inside
        if cue_end <= m.start <= min(noun, cue_end + _SUBJECT_REACH) and not _after_preposition(doc, m, cue_end)
    ]
    if not found:
        if noun > cue_end and noun < sent.end and _capitalised(doc[noun].text) and all(
            # "so lautet der Spruch": a verb after the cue opens a clause, no phrase of who says
            doc[k].lower_ in _fw("determiners") or doc[k].lower_.endswith(_ATTRIBUTE_ENDINGS) or doc[k].text in _OPENING_QUOTES
            for k in range(cue_end, noun)
        ):
            return Span(doc, cue_end, noun + 1, label="organisation")  # "des ukrainischen Heeres"
        return None
    return document_owner(doc, found[0], sent, inside) or found[0]


#: Endings of the declined adjectives and articles of a cue's noun phrase ("des ukrainischen Heeres").
_ATTRIBUTE_ENDINGS = ("e", "en", "er", "es", "em")

#: How many words an attribute phrase before a noun may have ("des von der Hamas kontrollierten").
_ATTRIBUTE_PHRASE = 6


def _past_participial_attribute(doc: Doc, start: int, end: int, subject: bool = False) -> int:
    """Where the noun phrase at ``start`` goes on after an extended attribute that opens it: "des
    von der Hamas kontrollierten Gesundheitsministeriums", "dem von Russland eingesetzten
    Gouverneur" -> the token after the participle; ``start`` when there is none. The agent
    inside the attribute ("Hamas") is no source: the noun it qualifies is. A ``subject`` may
    also close with a nominative ending ("die von der Hamas kontrollierte Behörde")."""
    opener = start + 1 if start < end and doc[start].lower_ in _fw("determiners") else start
    if opener >= end or doc[opener].lower_ not in attribution_words("attribute_openers"):
        return start
    endings = tuple(attribution_words("participle_endings"))
    if subject:
        endings += tuple(attribution_words("subject_participle_endings"))
    for t in range(opener + 1, min(end - 1, opener + _ATTRIBUTE_PHRASE)):
        word = doc[t]
        if word.is_punct:
            return start
        participle = word.is_lower and word.lower_.endswith(endings)
        if participle and _capitalised(doc[t + 1].text):
            return t + 1
    return start


def document_owner(doc: Doc, found: Span, sent: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """The owner of a document a cue names ("in der Anklageschrift der Staatsanwaltschaft", "aus
    einer Aufstellung des Ministeriums"): the mention or noun phrase after a genitive determiner
    right after the document; None when ``found`` is no document or has no owner."""
    if found.label_ != "document" and _reporting_noun(found[-1].lower_):
        return None  # "nach Angaben der Polizei": the cue already named the body
    if found.label_ not in ("document", ""):
        return None  # a person's or a body's own word ("nach Angaben des Sprechers der Firma")
    t = found.end
    if t >= sent.end or doc[t].lower_ not in attribution_words("document_owners"):
        return None
    owner = next((m for m in mentions if m.start in (t, t + 1) and m.label_ != "document"), None)
    if owner is not None:
        return owner
    return subject_phrase(doc, t, min(sent.end, t + 1 + _ATTRIBUTES + _PHRASE_WORDS))


def statement_owner(doc: Doc, noun: int, sent: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """Whose statement the statement noun at ``noun`` is, where no article introduces it: "nach
    Angaben ihres Anwalts" -> "Anwalts", "nach Schätzungen westlicher Geheimdienste" ->
    "westlicher Geheimdienste", "nach Angaben Kiews" -> "Kiews"; None otherwise."""
    t = noun + 1
    if t + 1 >= sent.end:
        return None
    word = doc[t].lower_
    if word in attribution_words("statement_possessives"):
        owner = next((m for m in mentions if t + 1 <= m.start <= t + 2 and m.end <= sent.end), None)
        return owner or subject_phrase(doc, t + 1, min(sent.end, t + 1 + _ATTRIBUTES + _PHRASE_WORDS))
    # "nach Angaben Kiews", "nach Einschätzung Südkoreas": a name in the genitive, no article
    named = next((m for m in mentions if m.start == t and m.label_ in ("place", "organisation")), None)
    if named is not None and named.text.endswith("s") and doc[t].text[:1].isupper():
        return named
    # "nach offiziellen Angaben vier Menschen": a number word is no attribute
    if (
        doc[t].is_lower
        and doc[t].is_alpha
        and word not in german().number_units
        and word.endswith(tuple(attribution_words("genitive_attribute_endings")))
    ):
        if _capitalised(doc[t + 1].text):
            return Span(doc, t, t + 2, label="group")
    return None


#: How many sentences before its own a possessive's owner may stand ("Der Städtetag fordert
#: mehr Geld. Der Bedarf liegt nach seinen Berechnungen bei ...").
_POSSESSOR_SENTENCES = 2
#: Mention kinds that can own a statement or a calculation.
_OWNER_KINDS = ("person", "organisation", "group", "place")


def statement_possessor(doc: Doc, possessive: int) -> tuple[bool, Optional[Span]]:
    """Whose statement a possessive before a statement noun at token ``possessive`` names ("nach
    seinen Berechnungen", "nach ihrer Rechnung", "nach dessen Angaben"): (is one, the owner).
    "dessen"/"deren" point to the nearest body or person before; "sein"/"ihr" to the subject of
    the clause, else of the sentences just before in the paragraph. A first-person possessive
    ("nach meiner Schätzung", "unseren Zahlen") is the speaker's: (True, None), so that the
    quote's or the interview's speaker is found instead."""
    word = doc[possessive].lower_
    if word not in attribution_words("statement_possessors"):
        return False, None
    if word in attribution_words("speaker_possessors"):
        return True, None
    sent = sentence_of(doc, possessive)
    if word in attribution_words("relative_possessors"):
        found = [m for m in source_mentions(doc, max(0, sent.start - 1), possessive) if m.label_ in _OWNER_KINDS]
        return True, (with_name(doc, found[-1]) if found else None)
    for _ in range(_POSSESSOR_SENTENCES + 1):
        end = min(possessive, sent.end)
        owners = [
            m
            for m in source_mentions(doc, sent.start, end)
            if m.label_ in _OWNER_KINDS and not _after_preposition(doc, m, sent.start)
        ]
        subject = owners[0] if owners else None
        if subject is not None and subject.label_ == "group":
            # "… seien auch Verteidiger von Azovstal, teilte Dmytro Lubinez mit. Nach seinen
            # Angaben …": a person named in the sentence owns the statement before a group of people
            subject = next((m for m in owners if m.label_ == "person" and mention_is_name(m)), subject)
        if subject is not None:
            return True, with_name(doc, subject)
        if sent.start == 0 or paragraph_break(doc, sent.start, sent.start):
            break
        sent = sentence_of(doc, sent.start - 1)
    return True, None


def circle_source(doc: Doc, sent: Span) -> Optional[Span]:
    """ "Aus Regierungskreisen hieß es", "nach Angaben aus Ermittlerkreisen": an unnamed circle
    after "aus"/"in" is the source, written as the circle's word."""
    lowers = lowers_of(doc)
    circles = tuple(c.lstrip("*") for c in attribution_words("circles"))
    for t in range(sent.start + 1, sent.end):
        if lowers[t].endswith(circles) and doc[t].text[:1].isupper() and lowers[t - 1] in attribution_words("circle_openers"):
            return doc[t : t + 1]
    return None


def clause_source(doc: Doc, sent: Span, amount: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """The source a clause names by a shape the cue lexicons cannot: a gapped clause of speech,
    a figure that emerges from a document, or an unnamed circle."""
    return (
        gapped_speaker(doc, sent, amount, mentions)
        or emerging_source(doc, sent, amount, mentions)
        or circle_source(doc, sent)
        or colon_presenter(doc, sent, amount)
    )


def colon_presenter(doc: Doc, sent: Span, amount: Span) -> Optional[Span]:
    """ "Die Behörde hat ihre Bilanz vorgelegt: Bis Ende Mai starben 87 Menschen": who presents a
    document before a colon is the source of the figures after it (:func:`presenter`)."""
    texts = texts_of(doc)  # no Token per word
    colon = next((t for t in range(amount.start - 1, sent.start, -1) if texts[t] == ":"), None)
    if colon is None:
        return None
    return presenter(doc, Span(doc, sent.start, colon))


def gapped_speaker(doc: Doc, sent: Span, amount: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """ "Die Regierung spricht von 34 Toten, die Opposition von mehr als 200": a clause that leaves
    out the verb of speech before it keeps its own subject, which speaks of its own figure. The
    clause opens after a comma or "und", holds a mention, then the preposition the verb of speech
    took, then the amount."""
    lowers = lowers_of(doc)
    p = amount.start - 1
    if p <= sent.start:
        return None
    speaker = next((m for m in mentions if m.end == p and sent.start < m.start), None)
    if speaker is None:
        return None
    k = speaker.start - 1
    while k > sent.start and doc[k].is_lower and lowers[k] in _fw("determiners"):
        k -= 1  # its article
    if lowers[k] not in attribution_words("gap_openers"):
        return None
    speech = attribution_words("speech_verbs")
    # the clause before says "<subject> <verb of speech> <preposition>": its subject speaks, so the
    # gapped clause's first phrase does too (not after an object-first verb: "beziffert der Bericht auf")
    said = any(
        lowers[t] in speech
        and lowers[t + 1] == lowers[p]
        and any(m.end == t and m.start >= sent.start for m in mentions)
        for t in range(sent.start + 1, k - 1)
    )
    return speaker if said else None


def emerging_source(doc: Doc, sent: Span, amount: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """ "…, wie aus einer Aufstellung des Ministeriums hervorgeht", "Das geht aus dem Bericht der
    Polizei hervor": the owner of the document the figure emerges from, else the document."""
    lowers = lowers_of(doc)
    verbs = attribution_words("emerging_verbs")
    verb = next((t for t in range(sent.end - 1, sent.start, -1) if lowers[t] in verbs), None)
    if verb is None:
        return None
    opener = next((t for t in range(verb - 1, sent.start - 1, -1) if lowers[t] in attribution_words("emerging_openers")), None)
    if opener is None or opener < amount.end <= verb and opener < amount.start:
        return None  # the amount inside the document's phrase is no figure it reports
    inside = [m for m in mentions if sent.start <= m.start and m.end <= verb]
    found = next((m for m in inside if opener < m.start <= opener + _SUBJECT_REACH), None)
    if found is None:
        found = subject_phrase(doc, opener + 1, verb)
        if found is not None:
            found = Span(doc, found.start, found.end, label="")
    if found is None:
        # "wie aus dem am Mittwoch veröffentlichten Quartalsbericht hervorgeht": the paper after
        # an attribute with its own adverbial
        found = next((m for m in inside if opener < m.start and m.label_ == "document"), None)
        if found is None:
            return None
    return document_owner(doc, found, sent, inside) or found


def own_statement_subject(doc: Doc, sent: Span, amount: Span, mentions: Sequence[Span]) -> Optional[Span]:
    """ "Die Armee hat nach eigenen Angaben 1.130 Soldaten getroffen": "nach eigenen Angaben"
    makes the subject of its clause the source: the first mention of the clause before it."""
    # the doc's cached lower-case words (punctuation is its own lower case): no Token per word
    lowers = lowers_of(doc)
    statement_words, openers = attribution_words("own_statement_words"), attribution_words("own_statement_openers")
    for t in range(sent.start, sent.end - 2):
        # "nach eigenen Angaben", "eigenen Angaben zufolge"
        after = lowers[t + 2] in attribution_words("source_after")
        if lowers[t] not in statement_words or not (t > sent.start and lowers[t - 1] in openers or after):
            continue
        start = t - 1 if not after else t
        while start > sent.start and lowers[start - 1] not in _BREAKS:
            start -= 1
        before = [
            m
            for m in mentions
            if start <= m.start
            and m.end <= t - 1
            and not _after_preposition(doc, m, start)
            and not _object_or_attribute(doc, m, start)
            and not (m.start <= amount.start < m.end)
        ]
        if before:
            return before[0]
        if after and t in (start, body_start(doc, sent)):
            # "Eigenen Angaben zufolge hat die Armee …": fronted, its subject follows the verb
            found = next((m for m in mentions if t + 4 <= m.start <= t + 6 and not _after_preposition(doc, m, t + 3)), None)
            return found or subject_phrase(doc, t + 4, min(sent.end, t + 4 + _ATTRIBUTES + _PHRASE_WORDS))
    return None


def _object_or_attribute(doc: Doc, mention: Span, start: int) -> bool:
    """Whether a mention is an object ("Den Familien hat die Firma ...") or a genitive attribute
    of the noun before it ("den Familien der Verstorbenen"), so no subject of its clause."""
    j = mention.start - 1
    if j < start:
        return False
    if doc[j].lower_ in attribution_words("object_determiners"):
        return True
    return doc[j].lower_ in attribution_words("document_owners") and j > start and _capitalised(doc[j - 1].text)


def reports_apart(doc: Doc, source: Optional[Span], amount: Span, own_figures: bool = False) -> bool:
    """Whether ``source`` only reports the claim, so it cannot also pay or receive the money.
    Only a subject that expects figures of its own in the amount's clause ("Der Bund rechnet
    mit Ausgaben von 3 Milliarden") may be a party too; a reporter in another clause (",
    teilte die Polizei mit"), after a cue ("laut X") or estimating ("schätzt den Schaden auf")
    is none. ``own_figures``: the amount is a figure of the reporter's own business (revenue),
    which a subject in the amount's clause reports of itself."""
    if source is None:
        return False
    sent = sentence_of(doc, amount.start)
    if not (sent.start <= source.start < sent.end):
        return True
    lo, hi = (source.end, amount.start) if source.end <= amount.start else (amount.end, source.start)
    lowers = lowers_of(doc)
    between = lowers[min(source.start, amount.start) : max(source.end, amount.end)]
    if source.end <= amount.start and _announces_own_act(lowers, source.end, amount.start):
        return False  # "Die Migranten gaben an, 3000 Euro bezahlt zu haben": they paid what they state
    if any(lowers[t] in _BREAKS for t in range(lo, hi)) or _cue_attributed(lowers, source):
        return True
    if own_figures:
        return False  # "Der Konzern meldete einen Umsatz von …": a company reports what it earned
    return not any(w in attribution_words("own_figure_verbs") for w in between)


def _announces_own_act(lowers: Sequence[str], start: int, end: int) -> bool:
    """Whether the clause right after a subject (``start`` up to the first clause break before
    ``end``) has a verb that states the subject's own act ("gaben an";
    attribution_cues.json "own_act_announcers")."""
    announcers = attribution_words("own_act_announcers")
    for t in range(start, end):
        if lowers[t] in _BREAKS:
            return False
        if lowers[t] in announcers:
            return True
    return False


@lru_cache(maxsize=1)
def _cues_before() -> tuple[tuple[str, ...], ...]:
    """The attribution cues that stand before their source ("laut", "nach angaben der"), as word tuples."""
    return tuple(tuple(c.split()) for c in load_table("attribution_cues.json")["source_before"])


@lru_cache(maxsize=1)
def _cues_by_length() -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """:func:`_cues_before` by their number of words: one set lookup per length, not one
    comparison per cue, where every word of a sentence is tried."""
    lengths = sorted({len(c) for c in _cues_before()})
    return tuple((n, frozenset(c for c in _cues_before() if len(c) == n)) for n in lengths)


def statement_of(doc: Doc, sent: Span, amount: Span) -> Span:
    """The statement of ``sent`` that holds ``amount``: the stretch between the semicolons
    around it ("… nach indischen Angaben 12 Soldaten gefallen; die Rebellen meldeten 40"),
    which may name a source of its own; ``sent`` itself when it has no semicolon."""
    lowers = lowers_of(doc)
    if ";" not in lowers[sent.start : sent.end]:
        return sent
    start, end = sent.start, sent.end
    for t in range(sent.start, sent.end):
        if lowers[t] == ";":
            if t < amount.start:
                start = t + 1
            elif t >= amount.end:
                end = t
                break
    return sent if (start, end) == (sent.start, sent.end) else Span(doc, start, end)


def cue_attributed(doc: Doc, source: Span) -> bool:
    """Whether ``source`` is the object of an attribution cue ("laut Reuters", "nach Angaben
    der Polizei", "dem Bericht zufolge")."""
    return _cue_attributed(lowers_of(doc), source)


def threatened_penalty(doc: Doc, sent: Span, amount: Span, fines: Callable[[str], object]) -> Optional[int]:
    """Where the clause ends when ``amount`` is a fine it only threatens ("Dem Lenker droht
    eine Geldstrafe von bis zu 2000 Euro", "Wer …, riskiert eine Busse von …", "muss mit einem
    Bußgeld von 200 Euro rechnen"): a legal possibility, which nobody in the clause reports
    as a figure; None for any other amount. ``fines``: whether a lower-case word names a fine."""
    lowers = lowers_of(doc)
    threats, expectations = attribution_words("penalty_threats"), attribution_words("penalty_expectations")
    if not any(w in threats or w in expectations for w in lowers[sent.start : sent.end]):
        return None  # the common case, read without a token object
    start, end = _clause_around(doc, sent, amount)
    if not any(fines(lowers[t]) for t in range(start, amount.start)):
        return None
    for t in range(start, end):
        if lowers[t] in threats or lowers[t] in expectations and "mit" in lowers[start : amount.start]:
            return end
    return None


def _cue_attributed(lowers: Sequence[str], source: Span) -> bool:
    """Whether ``source`` is the object of an attribution cue ("laut Reuters", "nach Angaben der
    Polizei", "dem Bericht zufolge"): such a phrase only attributes, it names no party."""
    if source.end < len(lowers) and lowers[source.end] in attribution_words("source_after"):
        return True
    return any(
        source.start >= n and tuple(lowers[source.start - n : source.start]) in cues for n, cues in _cues_by_length()
    )


#: How many words the name before a speaker's colon may have ("Anna Berger: …").
_SPEAKER_WORDS = 3


def speaker(doc: Doc, sent: Span) -> Optional[Span]:
    """The speaker an interview or a quote gives before a colon at the start of ``sent``
    ("Huber: Bis Ende August sind 38 Menschen ertrunken"): one to three capitalised words, each
    also written before in the doc (the speaker was introduced), so that a label ("Foto:",
    "Brisant:"), a headline's topic ("Zürichsee: Boot kollidiert") or a ticker time is none."""
    t = sent.start
    while t < sent.end and doc[t].is_space:
        t += 1
    end = t
    texts = texts_of(doc)  # the text before the Token: most words are no capitalised name
    while end < sent.end and end - t < _SPEAKER_WORDS and texts[end][:1].isupper() and doc[end].is_alpha:
        end += 1
    if end == t or end >= sent.end or texts[end] != ":":
        return None
    span = doc[t:end]
    named = source_mentions(doc, t, end)
    if any(m.label_ == "place" for m in named):
        return None  # "Kolumbien: 173 Tote in einem Jahr": a headline's topic, no speaker
    # introduced before: a headline's topic ("Zürichsee: Boot kollidiert") is named only after it
    cache = doc_cache(doc)
    first = cache.get("first_token_of_text")
    if first is None:
        texts = texts_of(doc)  # read backwards, the first occurrence of a text is stored last
        first = cache["first_token_of_text"] = dict(zip(reversed(texts), range(len(texts) - 1, -1, -1)))
    return span if all(first[tok.text] < span.start for tok in span) else None


def presenter(doc: Doc, sent: Span) -> Optional[Span]:
    """Who presents a document in ``sent`` ("Die Behörde legte ihre Bilanz vor", "Das Amt
    veröffentlichte neue Zahlen"): the subject-like first mention before a document mention,
    the source of what the next sentences report from it."""
    inside = source_mentions(doc, sent.start, sent.end)
    document = next((m for m in inside if m.label_ == "document"), None)
    if document is None:
        return None
    first = next((m for m in inside if not _after_preposition(doc, m, sent.start)), None)
    if first is None or first.start >= document.start or first.label_ not in _PRESENTER_KINDS:
        return None
    return with_name(doc, first)


# -- a press release speaks for its issuer -----------------------------------------------------

#: How many lines at the top of a release may name its issuer (letterhead and headline).
_RELEASE_HEAD_LINES = 2


def release_issuer(doc: Doc) -> Optional[Span]:
    """The issuer of a press release (its first line says "Pressemitteilung", "Medienmitteilung
    des Bundesamts …"): the first organisation named in its first two lines, outside brackets;
    None for any other document and for a joint release."""
    cache = doc_cache(doc)
    if "release_issuer" not in cache:
        cache["release_issuer"] = _find_issuer(doc)
    found = cache["release_issuer"]
    return Span(doc, found[0], found[1], label="organisation") if found else None


def _find_issuer(doc: Doc) -> Optional[tuple[int, int]]:
    lines, t = [], 0
    while t < len(doc) and len(lines) < _RELEASE_HEAD_LINES:
        while t < len(doc) and doc[t].is_space:
            t += 1
        start = t
        while t < len(doc) and not (doc[t].is_space and "\n" in doc[t].text) and "\n" not in doc[t].whitespace_:
            t += 1
        t = min(len(doc), t + 1)
        if t > start:
            lines.append((start, t))
    if not lines:
        return None
    first = [tok.lower_ for tok in doc[lines[0][0] : lines[0][1]]]
    releases = tuple(attribution_words("release_words"))
    if not any(w.endswith(releases) for w in first) or any(w in attribution_words("joint_release_words") for w in first):
        return None
    for start, end in lines:
        near = _names_near(doc, start, end)  # fills the labels of the doc's names
        labels = doc_cache(doc)["source_name_labels"]
        names = [(n.start, n.end) for n in near if labels.get((n.start, n.end)) == "ORG"]
        bodies = [(m.start, m.end) for m in source_mentions(doc, start, end) if m.label_ == "organisation"]
        for found in names or bodies:
            if not _in_brackets(doc, start, found[0]):
                return _free_name(doc, found)
    return None


def _free_name(doc: Doc, found: tuple[int, int]) -> tuple[int, int]:
    """The free name a compound of the issuer's name stands for ("Opferhilfe-Stiftung" in the
    headline, "Die Stiftung Opferhilfe Brandenburg" in the text): a name inside a compound is
    no occurrence of it where a free one exists (AUTHORING.md); the first organisation named
    with all the compound's parts as words, else ``found``."""
    start, end = found
    if end - start != 1 or "-" not in doc[start].text:
        return found
    parts = {case_stem(p) for p in doc[start].lower_.split("-") if p}
    group = doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else []
    spans = [(m.start, m.end) for m in group if m.label_ == "organisation"]
    spans += [(e.start, e.end) for e in doc.ents if e.label_ == "ORG"]
    for a, b in sorted(spans):
        if (a, b) != found and parts <= {case_stem(t.lower_) for t in doc[a:b]}:
            return a, b
    return found


def issuer_occurrence(doc: Doc, issuer: Span, amount: Span) -> Span:
    """The occurrence of a release's issuer nearest to ``amount``: a body's mention or name
    whose first word is the issuer's, also in another case ("der Rheinischen Versicherung
    AG" in the letterhead, "die Rheinische" in the text)."""
    stem = case_stem(issuer[0].lower_)
    cache = doc_cache(doc)
    if "issuer_occurrences" not in cache:
        group = doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else []
        spans = [(m.start, m.end) for m in group if m.label_ == "organisation"]
        spans += [(e.start, e.end) for e in doc.ents if e.label_ == "ORG"]
        # a lone class noun ("der Verein" for "Verein Katastrophenhilfe") is no occurrence of the name
        lone_noun = len(issuer) > 1 and bool(german().actor_heads.get(issuer[0].lower_))
        cache["issuer_occurrences"] = [
            (a, b) for a, b in spans if case_stem(doc[a].lower_) == stem and not (lone_noun and b - a == 1)
        ]
    found = cache["issuer_occurrences"]
    if not found:
        return issuer
    start, end = min(found, key=lambda s: (abs(s[0] - amount.start), s[0] - s[1]))
    return Span(doc, start, end, label="organisation")


@lru_cache(maxsize=1)
def _case_endings() -> tuple[str, ...]:
    """The case endings of ``attribution_cues.json``, longest first ("en" before "n")."""
    return tuple(sorted(load_table("attribution_cues.json")["case_endings"], key=len, reverse=True))


def case_stem(word: str) -> str:
    """A word less the endings of its case ("rheinischen" -> "rheinisch")."""
    for ending in _case_endings():
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _in_brackets(doc: Doc, start: int, t: int) -> bool:
    """Whether token ``t`` stands inside brackets opened after ``start`` ("Münster (ots)")."""
    return sum(1 if doc[i].text == "(" else -1 if doc[i].text == ")" else 0 for i in range(start, t)) > 0


# -- which occurrence names the source ------------------------------------------------------------


def source_occurrence(doc: Doc, source: Optional[Span], nearest: Optional[Span]) -> Optional[Span]:
    """``nearest``, the occurrence of ``source``'s name nearest to the amount, unless it is only
    the place a body's name holds ("Kantonspolizei Tessin" -> "Im Tessin"): a place is another
    referent than the police or the office named after it, so ``source`` stays."""
    if source is None or nearest is None or nearest is source or len(nearest) >= len(source):
        return nearest
    if is_place(doc, source) or not is_place(doc, nearest):
        return nearest
    return source


def is_place(doc: Doc, span: Span) -> bool:
    """Whether ``span`` is a place: a place mention or a place entity covering it."""
    if span.label_ == "place":
        return True
    covering = [m for m in source_mentions(doc, span.start, span.end) if m.start <= span.start and span.end <= m.end]
    if any(m.label_ == "place" for m in covering):
        return True
    cache = doc_cache(doc)
    if "source_places" not in cache:
        cache["source_places"] = sorted((e[0], e[1]) for e in entities_of(doc) if e[2] in ("GPE", "LOC"))
    places = cache["source_places"]
    i = bisect_left(places, (span.start + 1, 0)) - 1
    return i >= 0 and places[i][0] <= span.start and span.end <= places[i][1]


# -- a sentence that reports a new act ---------------------------------------------------------


@lru_cache(maxsize=1)
def _own_act_verbs() -> Lexicon[bool]:
    """The verbs of a body's own act with money: paying (money_terms.json) and announcing,
    deciding or allocating (attribution_cues.json "own_act_verbs")."""
    table = load_table("money_terms.json")["party_verbs"]["pay"] + load_table("attribution_cues.json")["own_act_verbs"]
    return Lexicon([w for w in table if " " not in w])  # one word each: a verb's parts may stand apart


def own_act(
    doc: Doc, sent: Span, amount: Span, actor: Optional[Span], carried: Carried, paragraph: ParagraphSources
) -> bool:
    """Whether ``sent`` reports an act of its own by ``actor``, a party of its claim, so that it
    is a new report and no figure of the source its paragraph carries (AUTHORING.md: sources
    carry for the figures of one report): "Österreich stellt 1 Million Euro bereit, teilte das
    Außenministerium mit. Die EU kündigte 5 Mio. Euro an." The actor is the subject of an
    active verb of paying, announcing or deciding in its clause ("Die EU kündigte … an",
    "Dem Verein gewährt die Gemeinde …"), the paragraph has not named it before (a body the
    report is about goes on in it: "Norwegen und Deutschland wollen … finanzieren. Norwegen
    steuert nach Angaben der Regierung … bei. Deutschland übernimmt …"), and nothing ties the
    sentence to the report: no reported speech or hearsay ("Das Unternehmen werde 5000 Euro
    zahlen"), no word before the amount that points back ("Damit", "davon")."""
    if actor is None or not (sent.start <= actor.start < sent.end):
        return False
    source = carried.source
    if source.start < actor.end and actor.start < source.end:
        return False
    if ties_back(doc, sent, amount):
        return False
    lowers = lowers_of(doc)
    clause = _clause_around(doc, sent, actor)
    if not _acting_subject(doc, actor, clause, lowers):
        return False
    return not _named_before(doc, actor, paragraph.starts[paragraph.paragraph_start(carried.sentence)], sent.start)


@lru_cache(maxsize=1)
def _tying_words() -> frozenset[str]:
    """The words of reported speech and hearsay that tie a sentence to the report before it."""
    return frozenset(german().reported_speech | attribution_words("hearsay_modals"))


def ties_back(doc: Doc, sent: Span, amount: Span) -> bool:
    """Whether ``sent`` says that it goes on with the report before it: reported speech or
    hearsay ("Der Versicherer werde 1,5 Millionen zahlen", "soll … gezahlt haben"), or a word
    before the amount that points back ("Davon übernimmt der Landkreis 2 Millionen")."""
    lowers = lowers_of(doc)
    tied = _tying_words()
    if any(lowers[t] in tied for t in range(sent.start, sent.end)):
        return True
    return any(lowers[t] in attribution_words("pointing_back") for t in range(sent.start, amount.start))


def _clause_around(doc: Doc, sent: Span, span: Span) -> tuple[int, int]:
    """The clause of ``span``: from the break before it to the break after it in ``sent``. A
    gapped conjunct without a word of its own in lower case ("Die Niederlande kündigten 500
    Millionen Euro an, Norwegen 7 Milliarden Kronen") shares the clause before it."""
    start = span.start
    while start > sent.start and doc[start - 1].text not in _BREAKS:
        start -= 1
    end = span.end
    while end < sent.end and doc[end].text not in _BREAKS:
        end += 1
    if start > sent.start and doc[start - 1].text == "," and not any(doc[t].is_lower for t in range(start, end)):
        start -= 1
        while start > sent.start and doc[start - 1].text not in _BREAKS:
            start -= 1
    return start, end


def _acting_subject(doc: Doc, actor: Span, clause: tuple[int, int], lowers: Sequence[str]) -> bool:
    """Whether ``actor`` is the subject of an active verb of a body's own act in ``clause``:
    the clause's first phrase ("Die EU kündigte …") or right after its finite verb ("…
    gewährt die Gemeinde …"), with its article and attributes, in a clause without a passive
    auxiliary ("Drei Firmen wurden … verurteilt" names no actor)."""
    start, end = clause
    words = range(start, end)
    if any(lowers[t] in attribution_words("passive_auxiliaries") for t in words):
        return False
    verbs = _own_act_verbs()
    if not any(doc[t].is_lower and lowers[t] in verbs for t in words):
        return False
    while start < actor.start and any(doc[t].text in _BREAKS for t in range(start, actor.start)):
        start += 1  # the subject stands in its own part of a gapped clause
    j = actor.start - 1
    if j >= start and lowers[j] in attribution_words("subject_articles"):
        j -= 1
    while j >= start and doc[j].is_lower and lowers[j].endswith(tuple(attribution_words("attribute_endings"))):
        if lowers[j] in _fw("determiners"):
            break
        j -= 1  # an attribute: "die französische Regierung"
    if j >= start and lowers[j] in attribution_words("subject_articles") | _fw("determiners") - attribution_words("object_determiners"):
        j -= 1
    if j < start:
        return True  # the clause's first phrase
    word = doc[j]
    return (
        word.is_lower
        and word.is_alpha
        and lowers[j] not in _fw("determiners")
        and lowers[j] not in _fw("not_subject_prepositions")
        and lowers[j] not in attribution_words("not_subject_words")
    )


def _named_before(doc: Doc, actor: Span, start: int, end: int) -> bool:
    """Whether a capitalised word of ``actor`` (or a part of it: "EU-Staaten") is written in
    tokens ``start``..``end`` (alone or as a part of a hyphenated word: "Wendler-Chefin"); an actor without such a word ("sie")
    counts as named, as it points back."""
    words = {part for t in actor if t.text[:1].isupper() for part in t.lower_.split("-") if part.isalpha()}
    if not words:
        return True
    lowers = lowers_of(doc)
    return any(
        any(part in words for part in lowers[t].split("-"))
        for t in range(start, end)
        if not (actor.start <= t < actor.end)
    )
