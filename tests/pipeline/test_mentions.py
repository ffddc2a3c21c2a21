"""The mention layer: which noun phrases become role candidates, of which kind."""

from __future__ import annotations

import pickle
import warnings

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span

from claimex.evaluation import score_layers
from claimex.pipeline.mentions import MENTIONS_KEY, MentionFinder


def _mentions(doc: Doc) -> dict[str, str]:
    return {s.text: s._.mention_kind for s in doc.spans[MENTIONS_KEY]}


@pytest.mark.parametrize(
    "sentence,mention,kind",
    [
        ("Am Montag hat die Landesregierung 20 Millionen Euro freigegeben.", "Landesregierung", "organisation"),
        ("Wie das Verwaltungsgericht entschied, muss die Firma zahlen.", "Verwaltungsgericht", "organisation"),
        ("Eine neue Untersuchung beziffert den Schaden auf 4 Millionen.", "neue Untersuchung", "document"),
        ("Dem Gutachten zufolge fehlen 300 Millionen Franken.", "Gutachten", "document"),
        ("Dabei wurden 40 südkoreanische Soldaten verletzt.", "südkoreanische Soldaten", "group"),
        ("In der Stadt starben drei Demonstranten.", "Demonstranten", "group"),
        ("Ein Passagier wurde schwer verletzt.", "Passagier", "person"),
        ("Die Lehrerin erhielt 5000 Euro.", "Lehrerin", "person"),
        ("Der Veranstalter rechnet mit Ausfällen von 2 Millionen Euro.", "Veranstalter", "group"),
        ("Der Verurteilte muss 30.000 Euro zahlen.", "Verurteilte", "group"),
        ("Bei türkischen Luftangriffen starben zwölf Menschen.", "türkischen", "place"),
        ("Die Gemeinde zahlt jedem Haushalt 100 Franken.", "Gemeinde", "place"),
        ("Laut Wifo kostet das 1,3 Milliarden Euro.", "Wifo", "organisation"),
    ],
)
def test_common_noun_mentions(nlp, sentence, mention, kind):
    assert _mentions(nlp(sentence)).get(mention) == kind


@pytest.mark.parametrize(
    "sentence,not_mentions",
    [
        ("Im Oktober fielen 30 Liter Wasser pro Quadratmeter.", {"Oktober", "Liter", "Wasser", "Quadratmeter"}),
        ("Unter den Trümmern lagen Fenster und Dächer.", {"Unter", "Trümmern", "Fenster", "Dächer"}),
        ("Die Geschichte des Hauses begann im Winter.", {"Geschichte", "Winter", "Die"}),
    ],
)
def test_things_are_no_mentions(nlp, sentence, not_mentions):
    assert not_mentions.isdisjoint(_mentions(nlp(sentence)))


def test_apposition_name_and_its_repetitions(nlp):
    text = "Der Maschinenbaukonzern Kronfeld meldet einen Gewinn. Später zahlte Kronfeld 3 Millionen Euro."
    doc = nlp(text)
    spans = list(doc.spans[MENTIONS_KEY])
    assert [s.text for s in spans if "Kronfeld" in s.text] == ["Maschinenbaukonzern Kronfeld", "Kronfeld"]
    assert spans[-1]._.mention_kind == "organisation"


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("Siemens-Chef Roland Busch kündigte Investitionen an.", "Roland Busch"),
        ("Gestern bekam Tesla-Chef Elon Musk den Bericht.", "Elon Musk"),
    ],
)
def test_a_title_without_article_before_a_persons_name_is_no_mention_of_its_own(nlp, sentence, name):
    mentions = _mentions(nlp(sentence))
    assert mentions.get(name) == "person"
    assert not [text for text in mentions if "-" in text]


@pytest.mark.parametrize(
    "sentence,noun",
    [
        ("Die Werft bekommt vom Bund Garantien über 2 Milliarden Euro.", "Garantien"),
        ("Der Verein erhält vom Land Zuschüsse über 300.000 Euro.", "Zuschüsse"),
    ],
)
def test_a_noun_of_money_after_a_body_is_no_name_of_it(nlp, sentence, noun):
    assert not [text for text in _mentions(nlp(sentence)) if noun in text]


def test_a_name_ending_in_a_money_compound_stays_a_name(nlp):
    assert "Deutsche Krebshilfe" in _mentions(nlp("Die Deutsche Krebshilfe erhält 3 Millionen Euro."))


def test_plural_people_before_a_name_stay_a_mention(nlp):
    assert _mentions(nlp("Die Aktivisten zahlten 500 Euro Strafe."))["Aktivisten"] == "group"


def test_bracketed_short_name_is_found_again(nlp):
    text = "Das Bundesamt für Wasserbau (Bawa) meldet 12 Tote. Später zählte das Bawa 3 weitere."
    doc = nlp(text)  # a SpanGroup lives only as long as its Doc
    spans = [s for s in doc.spans[MENTIONS_KEY] if s.text == "Bawa"]
    assert len(spans) == 2 and {s._.mention_kind for s in spans} == {"organisation"}


def test_compound_with_lower_case_first_part(nlp):
    assert _mentions(nlp("Der iPhone-Konzern muss 1,8 Milliarden Euro zahlen.")).get("iPhone-Konzern") == "organisation"


def test_interview_speaker(nlp):
    text = "Herr Brändli, was kostet das?\nBrändli: Rund zwei Millionen Franken pro Jahr."
    doc = nlp(text)
    second = [s for s in doc.spans[MENTIONS_KEY] if s.text == "Brändli" and s.start_char > 20]
    assert second and second[0]._.mention_kind == "person"


def test_pronoun_antecedent_is_plain_data(nlp):
    doc = nlp("Der Sprecher Hans Gerster bestätigte den Vorfall. Er sagte, 20 Menschen seien verletzt.")
    pronoun = next(s for s in doc.spans[MENTIONS_KEY] if s.text == "Er")
    assert pronoun._.mention_kind == "pronoun"
    assert isinstance(pronoun._.antecedent, tuple)
    start, end = pronoun._.antecedent
    assert doc[start:end].text == "Hans Gerster"


def test_pronoun_without_antecedent(nlp):
    doc = nlp("Wir haben 3 Millionen Euro verloren.")
    pronoun = next(s for s in doc.spans[MENTIONS_KEY] if s.text == "Wir")
    assert pronoun._.antecedent is None


@pytest.mark.parametrize(
    "label_kinds,expected",
    [
        ({"LOC": "place", "MISC": None, "PER": "person"}, {"Kanada": "place", "Anna Beck": "person"}),
        ({"LOC": "organisation", "MISC": "group", "PER": None}, {"Kanada": "organisation", "Eurovision": "group"}),
    ],
)
def test_label_map_plugs_in_another_ner(label_kinds, expected):
    nlp = spacy.blank("de")
    doc = nlp.make_doc("Kanada und Anna Beck zahlen für die Eurovision .")
    doc.ents = [Span(doc, 0, 1, "LOC"), Span(doc, 2, 4, "PER"), Span(doc, 7, 8, "MISC")]
    found = _mentions(MentionFinder(nlp, label_kinds)(doc))
    assert {k: v for k, v in found.items() if k in {"Kanada", "Anna Beck", "Eurovision"}} == expected


def test_unknown_label_warns_once():
    nlp = spacy.blank("de")
    finder = MentionFinder(nlp, {"PER": "person"})
    doc = nlp.make_doc("Kanada zahlt .")
    doc.ents = [Span(doc, 0, 1, "COUNTRY")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        finder(doc)
        finder(doc)
    assert [str(w.message)[:6] for w in caught] == ["[W030]"]


def test_bad_kind_in_config_is_refused():
    nlp = spacy.blank("de")
    with pytest.raises(ValueError, match="E080"):
        nlp.add_pipe("claimex_mentions", config={"label_kinds": {"PER": "human"}})


def test_mentions_survive_docbin_and_pickle(nlp):
    with nlp.select_pipes(enable=["claimex_sentences", "claimex_entities", "claimex_mentions"]):
        doc = nlp("Die Regierung zahlte. Sie sagte, es seien 5 Millionen Euro.")
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    back = list(DocBin(store_user_data=True).from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))[0]
    for copy in (back, pickle.loads(pickle.dumps(doc))):
        spans = copy.spans[MENTIONS_KEY]
        assert [(s.text, s._.mention_kind) for s in spans] == [(s.text, s._.mention_kind) for s in doc.spans[MENTIONS_KEY]]
        sie = next(s for s in spans if s.text == "Sie")
        assert tuple(sie._.antecedent) == (1, 2)


def test_layers_report_mention_recall(nlp):
    text = "Die Regierung zahlt 5 Millionen Euro an Aerotec."
    gold = {
        "id": "t1",
        "text": text,
        "claims": [
            {
                "type": "monetary",
                "agent": {"text": "Regierung", "start": 4, "end": 13},
                "recipient": {"text": "Aerotec", "start": 40, "end": 47},
            }
        ],
    }
    out = score_layers([gold], nlp)["mentions"]
    assert out["agent"] == 1.0
    assert out["gold"] == 2
    assert out["ents_agent"] <= out["agent"]
    assert 0 < out["per_sentence"]


@pytest.mark.parametrize(
    "text,agent,recipient",
    [
        ("Die Gemeinde erhält vom Land 2 Millionen Euro.", "Land", "Gemeinde"),
        ("Der Konzern zahlt den betroffenen Landwirten 3 Millionen Euro.", "Konzern", "betroffenen Landwirten"),
        ("Die europäischen Partner sagten der Ukraine 5 Milliarden Euro zu.", "europäischen Partner", "Ukraine"),
    ],
)
def test_money_parties_are_mentions(text, agent, recipient):
    import claimex

    (claim,) = claimex.extract(text)
    assert (claim.agent.text, claim.recipient.text) == (agent, recipient)


def test_demonym_before_attack_noun_is_the_casualty_agent():
    import claimex

    (claim,) = claimex.extract("Bei einem russischen Angriff wurden in Charkiw drei Zivilisten getötet.")
    assert claim.agent.text == "russischen Angriff"
