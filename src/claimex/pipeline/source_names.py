"""Which words of the text a claim's source names: the reporter's name where the text gives
one, at its occurrence nearest to the amount (CLAIMS.md: "prefer the name"; AUTHORING.md
"Which occurrence a role names").

The source stages find who reports by the shape of a clause ("teilte die Airline mit",
"nach Angaben des Verbands"), often as a common noun, a paper, a spokesperson or at an
occurrence far from the amount; :func:`written_source` turns that into the words the corpus
writes (the issue's "right name at the wrong mention").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple, Optional

from spacy.tokens import Doc, Span

from ..extensions import doc_cache, entities_of, lowers_of, sentence_of, texts_of
from ..lang.de import german, load_table
from .datelines import in_dateline
from .referents import (
    is_named,
    name_after_preposition,
    named_reporter,
    nearest_occurrence,
    one_run,
    paragraph_bounds,
    resolve_party,
)
from .source_finder import is_source_noun
from .sources import (
    addressee_at,
    attribution_words,
    case_stem,
    document_owner,
    is_place,
    paragraph_break,
    source_mentions,
    source_occurrence,
    with_name,
)


def written_source(doc: Doc, source: Optional[Span], amount: Span) -> Optional[Span]:
    """The span a claim's ``source`` is written as: a paper as its owner ("Eine Studie des
    Instituts X" -> X), a class noun as the full name with a bracketed short form it stands for
    (:func:`_abbreviated_body`) or as the name it stands for (:func:`reporter_name`), that name
    at its occurrence nearest to ``amount``, never a part of the source's own span ("der
    Föderation (ITF)" stays whole) and never the place a body's name holds
    (:func:`sources.source_occurrence`)."""
    if source is not None and source.label_ == "document":
        # "Eine Studie des Instituts X kommt zu dem Ergebnis": the owner speaks through its paper
        sent = sentence_of(doc, source.start)
        owner = document_owner(doc, source, sent, source_mentions(doc, sent.start, sent.end))
        source = with_name(doc, owner) if owner is not None else source
    named = named_reporter(doc, source)
    if named is not source and _nearer_case_form(source, named, amount):
        return source  # "die Steirische Hagelversicherung" after "der Steirischen Hagelversicherung AG"
    abbreviated = _abbreviated_body(doc, named, amount)
    if abbreviated is not None:
        return abbreviated
    named = reporter_name(doc, named, amount)
    nearest = nearest_occurrence(doc, named, amount)
    if named is not None and nearest is not None and _keeps_own_occurrence(doc, named, nearest):
        nearest = named
    found = source_occurrence(doc, named, nearest)
    if found is not None and in_dateline(doc, found.start, found.end):
        # "WIEN (APA) - … teilte die Stadt Wien mit": the place that filed the text reports nothing
        found = named if named is not None and not in_dateline(doc, named.start, named.end) else None
    if found is not None and len(found) > 1 and found[0].lower_ in attribution_words("report_complementisers"):
        found = Span(doc, found.start + 1, found.end, label=found.label_)  # "wie Vorstand X": the name only
    return found


def _nearer_case_form(source: Optional[Span], named: Optional[Span], amount: Span) -> bool:
    """``source`` writes the name ``named`` again, its words in another case and its legal form
    left out ("die Steirische Hagelversicherung" for "der Steirischen Hagelversicherung AG"),
    nearer to ``amount``: an occurrence of that name, the one to write."""
    if source is None or named is None or len(source) < 2 or not all(t.text[:1].isupper() for t in source):
        return False
    stems = {case_stem(t.lower_) for t in named}
    if not all(case_stem(t.lower_) in stems for t in source):
        return False
    return abs(source.start - amount.start) < abs(named.start - amount.start)


def reporter_name(doc: Doc, source: Optional[Span], amount: Span) -> Optional[Span]:
    """The name a body that reports by a common noun stands for ("Das teilte die Airline mit"
    -> "Hanseflug"), as the role stages resolve a party's class noun
    (:func:`referents.resolve_party`): a body's name, a place's only where it opens with the
    noun ("Stadt Zürich" for "die Stadt"; "die Gemeinde" stays rather than "Chur"), not for one
    of a pair ("Unternehmen und Betriebsrat"), and not the same noun again ("des Bundesamts").
    A spokesperson without name or body speaks for the body of the sentence, a definite
    reporting noun the recognizer took for a name is the longer name of its paragraph that
    holds it ("die Polizei" -> "Kantonspolizei Uri")."""
    if source is None:
        return None
    spoken_for = _spokespersons_body(doc, source) or _spokesperson_of(doc, source)
    if spoken_for is not None:
        source = spoken_for  # "wie eine Sprecherin betonte": the body she speaks for
    if source.label_ not in ("organisation", "place", ""):
        return source
    if is_named(doc, source):
        return _holding_name(doc, source) or source
    if source.end + 1 < len(doc) and doc[source.end].lower_ in attribution_words("pair_links"):
        return source
    found = resolve_party(doc, source, amount)
    if found is None or found is source or found.label_ != "organisation" and not _titled(found, source):
        return reporting_body(doc, source) or source
    head = source[-1].lower_.rstrip("s")
    if all(t.lower_.rstrip("s") == head for t in found):
        return source
    return found


#: How many words before its bracketed short form a body's full name may reach.
_LONG_FORM_WORDS = 6


def _abbreviated_body(doc: Doc, source: Optional[Span], amount: Span) -> Optional[Span]:
    """The body a class noun ("des Instituts", "der Verband") stands for when the text named it
    by a full name the recognizer did not take for one, with its short form in brackets
    ("des Robert Koch-Instituts (RKI)", "des Gesamtverbands der Versicherer (GDV)"): the last
    such name before the noun whose words hold the noun. Name and short form are one referent
    (AUTHORING.md): written as the occurrence nearest to ``amount``, the full name with its
    bracket where both stand together. None when ``source`` is a name or no such name is near."""
    if source is None or len(source) != 1 or source.label_ != "organisation" or is_named(doc, source):
        return None
    word = source[0].lower_
    if not source[0].is_title or not (is_source_noun(word, german()) or is_source_noun(_stem(word), german())):
        return None
    noun = _stem(source[0].lower_)
    if len(noun) < 4:
        return None
    lowers = lowers_of(doc)
    closes = _one_word_brackets(doc)
    for close in reversed(closes[: bisect_left(closes, source.start)]):
        short = doc[close - 1]
        if not (short.is_upper and short.is_alpha and len(short) >= 2):
            continue
        start = close - 2
        while start > 0 and close - 2 - start < _LONG_FORM_WORDS and not doc[start - 1].is_punct:
            if doc[start - 1].lower_ in attribution_words("definite_articles") and start < close - 2 and doc[start].is_title:
                break
            start -= 1
        long_form = doc[start : close + 1]
        if not any(_stem(t.lower_).endswith(noun) or noun in t.lower_ for t in long_form[:-3] if t.is_title):
            continue
        occurrences = [long_form] + [doc[t : t + 1] for t in range(close + 1, len(doc)) if lowers[t] == short.lower_]
        return min(occurrences, key=lambda o: abs(o.start - amount.start))
    return None


def _one_word_brackets(doc: Doc) -> list[int]:
    """The closing brackets of the doc around one word ("(RKI)"), from token 3 on, in text
    order; found once per doc (every class noun of a source looks back over the whole text)."""
    cache = doc_cache(doc)
    if "one_word_brackets" not in cache:
        lowers = lowers_of(doc)
        cache["one_word_brackets"] = [c for c in range(3, len(lowers)) if lowers[c] == ")" and lowers[c - 2] == "("]
    return cache["one_word_brackets"]


def spokespersons_body(doc: Doc, source: Span) -> Optional[Span]:
    """The body an unnamed spokesperson (``source``) speaks for, named before it: see
    :func:`_spokespersons_body`. The money rules ask it too: "Eine Sprecherin kündigte an, … zu
    zahlen" — she speaks, her body pays."""
    return _spokespersons_body(doc, source)


def _spokespersons_body(doc: Doc, source: Span) -> Optional[Span]:
    """The body a spokesperson speaks for when the text names neither the person nor the body
    after the noun ("wie eine Sprecherin betonte", "laut einem Sprecher"): the last body named
    before it in its sentence, else in the sentence before it in the same paragraph."""
    if len(source) != 1 or not source[0].lower_.endswith(_spokesperson_endings()):
        return None
    after = doc[source.end].lower_ if source.end < len(doc) else ""
    if after in attribution_words("definite_articles") or source.end < len(doc) and doc[source.end].text[:1].isupper():
        return None  # "Sprecher des Ministeriums", "Sprecherin Anke Lorenz"
    sent = sentence_of(doc, source.start)
    starts = [sent.start]
    if sent.start > 0 and not paragraph_break(doc, sent.start, sent.start):
        starts.append(sentence_of(doc, sent.start - 1).start)
    named = _named_body(source[0].lower_)
    for start in starts:
        end = source.start if start == sent.start else sent.start
        bodies = [
            m
            for m in source_mentions(doc, start, end)
            if m.label_ == "organisation" and m.end <= end and (named is None or named in m.text.lower())
        ]
        if bodies:
            return bodies[-1]
    return None


def _named_body(noun: str) -> Optional[str]:
    """The body a spokesperson's compound names in its first part ("polizeisprecher" ->
    "polizei", "regierungssprecherin" -> "regierung"), if it is one of "spokesperson_bodies";
    None for a bare "Sprecher" or a part that names no body ("Pressesprecher")."""
    for ending in sorted(_spokesperson_endings(), key=len, reverse=True):
        if noun.endswith(ending):
            first = noun[: -len(ending)]
            for part in (first, first[:-1] if first.endswith("s") else first):
                if part in attribution_words("spokesperson_bodies"):
                    return part
            return None
    return None


#: How far after "Sprecher des" the body's mention may start ("eines Sprechers der Stadt Hamburg").
_BODY_REACH = 2


def _spokesperson_of(doc: Doc, source: Span) -> Optional[Span]:
    """The body an unnamed spokesperson speaks for when the text names it right after the noun
    ("ein Sprecher des Landratsamts", "eine Sprecherin der Stadt Hamburg"): AUTHORING.md writes
    the body, not the spokesperson; None for a named one ("Sprecherin Anke Lorenz")."""
    if len(source) != 1 or not source[0].lower_.endswith(_spokesperson_endings()) or source.end >= len(doc):
        return None
    if doc[source.end].lower_ not in attribution_words("definite_articles") or addressee_at(doc, source):
        return None  # "sagte ein Sprecher der Nachrichtenagentur AFP": the outlet is spoken to
    stop = source.end + 1 + _BODY_REACH
    body = next(
        (m for m in source_mentions(doc, source.end + 1, stop) if m.label_ in ("organisation", "place", "group")),
        None,
    )
    return with_name(doc, body) if body is not None else None


@lru_cache(maxsize=1)
def _spokesperson_endings() -> tuple[str, ...]:
    """How a spokesperson's noun ends (``attribution_cues.json`` "spokesperson_endings")."""
    return tuple(load_table("attribution_cues.json")["spokesperson_endings"])


def _titled(name: Span, noun: Span) -> bool:
    """A place's name that opens with the noun that stands for it ("Stadt Zürich" for "die
    Stadt"): the government the noun names, not the bare place ("Chur" for "die Gemeinde")."""
    return len(name) > 1 and _stem(name[0].lower_) == _stem(noun[-1].lower_)


def _stem(word: str) -> str:
    """``word`` without a genitive "s" ("bundesamts" -> "bundesamt")."""
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _holding_name(doc: Doc, source: Span) -> Optional[Span]:
    """The longer name of a body before ``source`` that holds it as the head of its first word,
    where the recognizer took a lone definite reporting noun for a name ("die Polizei" after
    "Kantonspolizei Uri"; "des Bundesamts" after "Bundesamt für Verkehr" is no such case: the
    same word): the last organisation entity before it in its paragraph whose first word ends
    in the noun."""
    if len(source) != 1 or not is_source_noun(source[0].lower_, german()):
        return None
    if source.start == 0 or doc[source.start - 1].lower_ not in attribution_words("definite_articles"):
        return None  # "laut Polizei": a bare noun points back to no one named
    noun = _stem(source[0].lower_)
    first_token = paragraph_bounds(doc, source.start)[0]
    lowers = lowers_of(doc)
    for start, end, label in reversed(entities_of(doc)):
        if label != "ORG" or not (first_token <= start and end <= source.start):
            continue
        first = _stem(lowers[start])
        if end - start > 1 and first.endswith(noun) and first != noun:
            return Span(doc, start, end, label=label)
    return None


def _keeps_own_occurrence(doc: Doc, named: Span, nearest: Span) -> bool:
    """Whether the source stays at its own occurrence ``named`` rather than ``nearest``: that is a
    run of it or its short form in brackets right after it ("Föderation (ITF)"). A name in the
    amount's sentence has no such privilege: nearness is counted in characters on either side
    (:func:`.referents.nearest_occurrence`), so a long name before the amount is measured from
    its end."""
    return named.start <= nearest.start and nearest.end <= _bracket_end(doc, named)


def _bracket_end(doc: Doc, name: Span) -> int:
    """Where ``name`` ends with the bracket right after it ("Föderation (ITF)"), if any."""
    end = name.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        return end + 3
    return end


@lru_cache(maxsize=1)
def _body_families() -> tuple[dict[str, tuple[str, str]], tuple[tuple[str, str, str], ...]]:
    """The class nouns of bodies (``attribution_cues.json`` "reporting_bodies"): word ->
    (family, gender), and (ending, family, gender) for compounds, longest ending first."""
    words: dict[str, tuple[str, str]] = {}
    endings: list[tuple[str, str, str]] = []
    for family, nouns in load_table("attribution_cues.json")["reporting_bodies"].items():
        for noun, gender in nouns.items():
            if noun.startswith("*"):
                endings.append((noun[1:], family, gender))
            else:
                words[noun] = (family, gender)
    return words, tuple(sorted(endings, key=lambda e: -len(e[0])))


@lru_cache(maxsize=8192)
def _body_family(word: str) -> Optional[tuple[str, str]]:
    """(family, gender) of a body's class noun ``word`` (lower case, a genitive "s" allowed)."""
    words, endings = _body_families()
    for form in (word, _stem(word)):
        if form in words:
            return words[form]
        for ending, family, gender in endings:
            if form.endswith(ending) and len(form) > len(ending):
                return family, gender
    return None


@lru_cache(maxsize=1)
def _resolved_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """The class nouns written as the body's name ("reporting_body_nouns"): words, endings."""
    nouns = load_table("attribution_cues.json")["reporting_body_nouns"]
    return frozenset(n for n in nouns if not n.startswith("*")), tuple(n[1:] for n in nouns if n.startswith("*"))


@lru_cache(maxsize=1)
def _singular_determiners() -> dict[str, frozenset[str]]:
    return {g: frozenset(ws) for g, ws in load_table("referent_classes.json")["singular_determiners"].items()}


#: How many adjectives may stand between a class noun and its article ("der börsennotierte Konzern").
_ADJECTIVES = 2


def _in_attribute_phrase(doc: Doc, j: int, head: int) -> bool:
    """ "das im SDax notierte Institut": token ``j`` is the noun of a prepositional phrase
    inside a participle attribute (a preposition right before it, a lower-case word after it)."""
    return (
        0 < j < head - 1
        and doc[j].text[:1].isupper()
        and doc[j - 1].lower_ in attribution_words("not_subject_words")
        and doc[j + 1].is_lower
    )


def reporting_body(doc: Doc, source: Span) -> Optional[Span]:
    """The named body a reporter's class noun stands for ("wie das Unternehmen mitteilte",
    "schätzt die Behörde", "laut Konzern"): a definite singular noun of a body
    (``reporting_body_nouns``) is written as the body of its family the text named most often
    before it, the later on a tie; None when the noun is none of these, is plural ("die
    Unternehmen") or no such name stands before it. A name that holds a class noun of another
    family is no candidate ("die Behörde" is not the "Kelmer AG")."""
    if len(source) != 1 or not source[0].text[:1].isupper():
        return None
    word = source[0].lower_
    words, endings = _resolved_nouns()
    if not (word in words or _stem(word) in words or word.endswith(endings) or _stem(word).endswith(endings)):
        return None
    kind = _body_family(word)
    if kind is None:
        return None
    family, gender = kind
    lowers = lowers_of(doc)
    after = doc[source.end] if source.end < len(doc) else None
    if after is not None and (lowers[after.i] in attribution_words("described_body_links") or after.is_alpha and after.is_title):
        return None  # "der Bank Bergmann & Partner", "des Busunternehmens aus Passau": described, not pointed back to
    j = source.start - 1
    if j < 0 or lowers[j] not in attribution_words("bare_body_cues"):
        while j >= 0 and (
            source.start - j <= _ADJECTIVES
            and doc[j].is_lower
            and doc[j].is_alpha
            or source.start - j <= _ADJECTIVES + 2  # over a phrase in the attribute: "das im SDax notierte"
            and (doc[j].is_lower and doc[j].is_alpha or _in_attribute_phrase(doc, j, source.start))
            and any(_in_attribute_phrase(doc, k, source.start) for k in range(j, source.start))
        ):
            if lowers[j] in _singular_determiners()[gender]:
                break
            j -= 1
        if j < 0 or lowers[j] not in _singular_determiners()[gender]:
            return None
    # a reporting noun is asked again for every claim it reports: decided once per doc
    found = doc_cache(doc).setdefault("reporting_body", {})
    key = (family, source.start)
    if key not in found:
        found[key] = _most_named_body(doc, family, source.start)
    best = found[key]
    return None if best is None else Span(doc, best.start, best.end, label="organisation")


def _most_named_body(doc: Doc, family: str, before: int) -> Optional[_Body]:
    """The named body of ``family`` the text names most often before token ``before`` (see
    :func:`reporting_body`), None when there is none."""
    groups: list[list[_Body]] = []
    other: list[_Body] = []  # names described as bodies of another family
    for body in _named_bodies(doc):
        if body.reach >= before:
            break  # as source_mentions(doc, 0, before) reads the mentions
        if body.end > before:
            continue
        if body.families - {family} or body.described_as and family not in body.described_as:
            other.append(body)
            continue
        group = next((g for g in groups if one_run(g[0].texts, body.texts)), None)
        if group is None:
            groups.append([body])
        else:
            group.append(body)
    # "gegen den Facebook-Konzern Meta … Meta habe …, teilte die Behörde mit": a name that a
    # class noun of another family describes anywhere is none
    groups = [g for g in groups if not any(one_run(g[0].texts, o.texts) or _ends_with(o.lowers, g[0].lowers) for o in other)]
    if not groups:
        return None
    # on a tie, a name the text makes a subject or object before one it only names inside a
    # prepositional phrase ("Probleme bei der Tochterfirma Medilab"), then the later
    best = max(groups, key=lambda g: (len(g), not all(name_after_preposition(doc, b.start) for b in g), g[-1].start))
    return best[-1]


class _Body(NamedTuple):
    """A named body of the doc a reporter's class noun may stand for, with what
    :func:`reporting_body` asks of it."""

    start: int
    end: int
    reach: int  # the furthest start of any source mention up to this one
    texts: tuple[str, ...]
    lowers: tuple[str, ...]
    families: frozenset[str]  # the body families of its words ("Kelmer AG": company)
    described_as: frozenset[str]  # the families of the class noun right before it


def _named_bodies(doc: Doc) -> list[_Body]:
    """The organisation mentions of the doc that are names and no place, in the order of
    :func:`sources.source_mentions`; read once per doc (every reporting noun asks for those
    before it)."""
    cache = doc_cache(doc)
    if "reporting_bodies" not in cache:
        texts, lowers = texts_of(doc), lowers_of(doc)
        found = []
        reach = -1
        for mention in source_mentions(doc, 0, len(doc)):
            reach = max(reach, mention.start)
            if mention.label_ != "organisation" or not is_named(doc, mention) or is_place(doc, mention):
                continue
            start, end = mention.start, mention.end
            families = frozenset(f[0] for f in (_body_family(t.lower_) for t in mention if t.is_alpha) if f is not None)
            before = frozenset(_word_families(texts[start - 1])) if start > 0 else frozenset()
            found.append(_Body(start, end, reach, tuple(texts[start:end]), tuple(lowers[start:end]), families, before))
        cache["reporting_bodies"] = found
    return cache["reporting_bodies"]


def _word_families(word: str) -> set[str]:
    """The body families of a word and of its hyphenated parts ("EU-Kommission": authority)."""
    found = set()
    for part in [word, *word.split("-")]:
        kind = _body_family(part.lower()) if part.isalpha() else None
        if kind is not None:
            found.add(kind[0])
    return found


def _ends_with(longer: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether the words ``longer`` end with the words of ``name`` ("softwarekonzern lumora", "lumora")."""
    return len(longer) > len(name) and longer[-len(name) :] == name
