"""Reading relations from a parse (claimex.parser.syntax) on hand-annotated sentences."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from claimex.parser import syntax

VOCAB = spacy.blank("de").vocab


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """(word, head index, dep, pos, morph) rows."""
    words, heads, deps, pos, morphs = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), morphs=list(morphs))


# "Die Stadt zahlte dem Verein 5 Millionen Euro für den Umbau ."
PAYMENT = [
    ("Die", 1, "det", "DET", "Case=Nom|Number=Sing"),
    ("Stadt", 2, "nsubj", "NOUN", "Case=Nom|Number=Sing"),
    ("zahlte", 2, "ROOT", "VERB", "Number=Sing"),
    ("dem", 4, "det", "DET", "Case=Dat|Number=Sing"),
    ("Verein", 2, "obl:arg", "NOUN", "Case=Dat|Number=Sing"),
    ("5", 6, "nummod", "NUM", ""),
    ("Millionen", 7, "nummod", "NUM", ""),
    ("Euro", 2, "obj", "NOUN", "Case=Acc|Number=Plur"),
    ("für", 10, "case", "ADP", ""),
    ("den", 10, "det", "DET", "Case=Acc|Number=Sing"),
    ("Umbau", 2, "obl", "NOUN", "Case=Acc|Number=Sing"),
    (".", 2, "punct", "PUNCT", ""),
]


def test_subject_and_objects_of_the_amounts_verb():
    doc = _doc(PAYMENT)
    verb = syntax.governing_verb(doc, doc[5:8])
    assert verb == 2
    assert syntax.subject_of(doc, verb) == 1
    assert syntax.dative_object_of(doc, verb) == 4
    assert syntax.prepositional_objects(doc, [verb], {"für"}) == [10]
    assert syntax.prepositional_objects(doc, [verb], {"an"}) == []
    assert not syntax.is_passive(doc, verb)


def test_unparsed_tokens_answer_nothing():
    doc = Doc(VOCAB, words=[w for w, *_ in PAYMENT])
    assert not syntax.is_parsed(doc, 2)
    assert syntax.governing_verb(doc, doc[5:8]) is None
    assert syntax.subject_of(doc, 2) is None
    assert syntax.dative_object_of(doc, 2) is None


def test_coordinated_verb_shares_the_subject_and_passive_has_an_agent():
    # "Die Firma erhielt eine Strafe und muss zahlen ." / "Zwölf Menschen wurden von Rebellen getötet ."
    doc = _doc(
        [
            ("Die", 1, "det", "DET", ""),
            ("Firma", 2, "nsubj", "NOUN", "Case=Nom"),
            ("erhielt", 2, "ROOT", "VERB", ""),
            ("eine", 4, "det", "DET", ""),
            ("Strafe", 2, "obj", "NOUN", "Case=Acc"),
            ("und", 7, "cc", "CCONJ", ""),
            ("muss", 7, "aux", "AUX", ""),
            ("zahlen", 2, "conj", "VERB", ""),
            (".", 2, "punct", "PUNCT", ""),
        ]
    )
    assert syntax.subject_of(doc, 7) == 1
    doc = _doc(
        [
            ("Zwölf", 1, "nummod", "NUM", ""),
            ("Menschen", 5, "nsubj:pass", "NOUN", "Case=Nom"),
            ("wurden", 5, "aux:pass", "AUX", ""),
            ("von", 4, "case", "ADP", ""),
            ("Rebellen", 5, "obl:agent", "NOUN", "Case=Dat"),
            ("getötet", 5, "ROOT", "VERB", ""),
            (".", 5, "punct", "PUNCT", ""),
        ]
    )
    verb = syntax.governing_verb(doc, doc[0:1])
    assert verb == 5 and syntax.is_passive(doc, verb)
    assert syntax.subject_of(doc, verb) is None  # a passive subject suffered the harm
    assert syntax.passive_agent_of(doc, verb, ["von", "durch"]) == 4


def _with_parse(nlp, rows_by_word: dict[str, tuple[str, str, str, str]]):
    """A component writing a hand-made parse: word -> (head word, dep, pos, morph)."""
    from spacy.language import Language

    name = f"hand_parse_{id(rows_by_word)}"

    @Language.component(name)
    def hand_parse(doc):
        index = {t.text: t.i for t in doc}
        heads = [index.get(rows_by_word.get(t.text, (t.text,))[0], t.i) for t in doc]
        deps = [rows_by_word.get(t.text, ("", "dep"))[1] for t in doc]
        pos = [rows_by_word.get(t.text, ("", "", "X"))[2] for t in doc]
        parsed = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], heads=heads, deps=deps, pos=pos,
                     morphs=[rows_by_word.get(t.text, ("", "", "", ""))[3] for t in doc])
        from spacy.attrs import DEP, HEAD, MORPH, POS, SENT_START

        starts = doc.to_array([SENT_START])
        doc.from_array([HEAD, DEP, POS, MORPH], parsed.to_array([HEAD, DEP, POS, MORPH]))
        doc.from_array([SENT_START], starts)
        return doc

    nlp.add_pipe(name, after="claimex_amounts")
    return nlp


def test_the_parsed_subject_pays_and_the_dative_object_receives():
    from claimex.api import build_default_nlp

    # word order the token windows misread: the dative object comes before the subject
    text = "Für die Reparatur bezahlte den Handwerkern die Gemeinde 8000 Euro."
    parse = {
        "Für": ("Reparatur", "case", "ADP", ""),
        "die": ("Reparatur", "det", "DET", "Case=Acc"),
        "Reparatur": ("bezahlte", "obl", "NOUN", "Case=Acc|Number=Sing"),
        "bezahlte": ("bezahlte", "ROOT", "VERB", ""),
        "den": ("Handwerkern", "det", "DET", "Case=Dat"),
        "Handwerkern": ("bezahlte", "obl:arg", "NOUN", "Case=Dat|Number=Plur"),
        "Gemeinde": ("bezahlte", "nsubj", "NOUN", "Case=Nom|Number=Sing"),
        "8000": ("Euro", "nummod", "NUM", ""),
        "Euro": ("bezahlte", "obj", "NOUN", "Case=Acc"),
        ".": ("bezahlte", "punct", "PUNCT", ""),
    }
    (claim,) = _with_parse(build_default_nlp(), parse)(text)._.claims
    assert claim.to_dict()["agent"]["text"].endswith("Gemeinde")
    assert claim.to_dict()["recipient"]["text"].endswith("Handwerkern")
    # (the clause rules read this order without a parse too since "den" before the amount of a
    # paying clause marks the dative: money_parties.py _object_dative)
