"""Names the entity recognizer misses, found by the mention layer from their setting: a legal
form after them, a capitalised adjective opening them, a verb of paying or saying beside them,
an instance link before them; and the institution and people heads of the mention lexicon."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimex.pipeline.mentions import MENTIONS_KEY


def _spans(doc: Doc) -> list[tuple[str, str]]:
    return [(s.text, s._.mention_kind) for s in doc.spans[MENTIONS_KEY]]


def _mentions(doc: Doc) -> dict[str, str]:
    return dict(_spans(doc))


@pytest.mark.parametrize(
    "text,name",
    [
        ("Die Sonnenhang Wohnen gGmbH überwies den Bewohnern 800 Euro.", "Sonnenhang Wohnen gGmbH"),
        ("Der Förderkreis Waldbad e. V. sammelte 12 000 Euro.", "Förderkreis Waldbad e. V."),
    ],
)
def test_name_before_a_legal_form(nlp, text, name):
    assert _mentions(nlp(text)).get(name) == "organisation"


def test_name_without_its_legal_form_is_found_again(nlp):
    doc = nlp("Die Brunnthal Logistik gGmbH meldet Verluste. Später zahlte Brunnthal Logistik 2 Millionen Euro.")
    spans = _spans(doc)
    assert ("Brunnthal Logistik gGmbH", "organisation") in spans
    assert spans.count(("Brunnthal Logistik", "organisation")) == 1


@pytest.mark.parametrize(
    "text,name",
    [
        # alone, only with the ending of an adjective of origin
        ("Den Schaden übernimmt die Oberrheinische, wie ein Sprecher sagte.", "Oberrheinische"),
        # with an unknown capitalised word after it, any adjective ending
        ("Die Katholische Landjugend erhielt 2000 Euro.", "Katholische Landjugend"),
    ],
)
def test_capitalised_adjective_opens_a_name(nlp, text, name):
    assert _mentions(nlp(text)).get(name) == "organisation"


@pytest.mark.parametrize(
    "text,name",
    [
        # before an institution's noun, also one the lexicons or the recognizer know
        ("Nach Angaben des Statistischen Landesamts zahlte das Land 9 Millionen Euro.", "Statistischen Landesamts"),
        ("Das Auswärtige Amt stellte weitere 2 Millionen Euro bereit.", "Auswärtige Amt"),
    ],
)
def test_capitalised_adjective_of_an_institution_is_part_of_its_name(nlp, text, name):
    assert _mentions(nlp(text)).get(name) == "organisation"


@pytest.mark.parametrize(
    "text,mention,not_mention",
    [
        # after a dative, money is the thing given, not the head's name ...
        ("Die EU sagte dem Land Soforthilfe in Höhe von 5 Millionen Euro zu.", "Land", "Land Soforthilfe"),
        ("Die Stiftung überweist einem Verein Fördergelder von 40.000 Euro.", "Verein", "Verein Fördergelder"),
    ],
)
def test_money_after_a_dative_is_no_name(nlp, text, mention, not_mention):
    found = _mentions(nlp(text))
    assert mention in found and not_mention not in found


def test_money_compound_after_an_accusative_stays_a_name(nlp):
    # "den" is also the masculine accusative: the name after the head stays
    assert "Verein Sporthilfe" in _mentions(nlp("Die Stadt unterstützt den Verein Sporthilfe mit 5000 Euro."))


def test_money_compound_naming_a_body_stays_its_name(nlp):
    # ... but a foundation may be called by one
    assert "Stiftung Bergwaldhilfe" in _mentions(nlp("Die Stiftung Bergwaldhilfe verteilte 50.000 Euro."))


@pytest.mark.parametrize(
    "text,not_names",
    [
        ("Die Bank zahlt eine Pauschale von 200 Euro.", {"Pauschale"}),
        ("Der Tatverdächtige wurde festgenommen.", {"Tatverdächtige"}),
        ("Nach der Militäroffensive Aserbaidschans flohen 100 000 Menschen.", {"Militäroffensive"}),
    ],
)
def test_nouns_with_adjective_endings_open_no_name(nlp, text, not_names):
    found = _mentions(nlp(text))
    assert not any(found.get(word) == "organisation" for word in not_names)


def test_demonym_opening_a_sentence_names_the_attacker(nlp):
    found = _mentions(nlp("Ukrainische Drohnen trafen eine Raffinerie, zwei Arbeiter starben."))
    assert found.get("Ukrainische") == "place"


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("Havelstrom zahlt den Aktionären 3 Euro je Aktie.", "Havelstrom", "organisation"),
        ("Den Schaden beziffert die Kornwald mit 2 Millionen Euro.", "Kornwald", "organisation"),
        ("Den Opfern zahlte Stadtlink 40 000 Euro.", "Stadtlink", "organisation"),
        ("„Wir hatten Glück“, sagte Kolbeck.", "Kolbeck", "person"),
        ("„Wir hatten Glück“, sagte Ostermann.", "Ostermann", "person"),  # the verb is no adjective of the name
    ],
)
def test_name_next_to_a_verb_of_paying_or_saying(nlp, text, name, kind):
    assert _mentions(nlp(text)).get(name) == kind


@pytest.mark.parametrize(
    "text,not_names",
    [
        ("Der Deal kostet 5 Millionen Euro.", {"Deal"}),  # masculine: no company's article
        ("Die Reparatur kostet 500 Euro.", {"Reparatur"}),  # the ending of a common noun
        ("Oft kostet das mehr als 100 Euro.", {"Oft"}),  # an adverb opening the sentence
        ("Wohin fließt das Geld? Das weiss niemand.", {"Wohin"}),
        ("Der Bund stellte CHF 2 Mio. bereit.", {"CHF"}),  # a currency code
    ],
)
def test_common_words_beside_verbs_are_no_names(nlp, text, not_names):
    assert not_names.isdisjoint(_mentions(nlp(text)))


def test_name_after_wie_is_an_instance(nlp):
    found = _mentions(nlp("Für Klubs wie Sturmvogel bringt das 80 000 Euro."))
    assert found.get("Sturmvogel") == "organisation"


def test_name_set_off_by_commas_is_left_to_the_role_stages(nlp):
    # the source stage reads "Torvin Keller" as the apposition of "Sprecher"; a mention would hide it
    # (a given name the recognizer knows makes the name an entity, and so a mention, of its own)
    doc = nlp("Bei dem Unglück starben drei Arbeiter, wie der Sprecher der Betreiberfirma, Torvin Keller, bestätigte.")
    assert "Torvin Keller" not in _mentions(doc)


@pytest.mark.parametrize(
    "text,mention,kind",
    [
        ("Die Finanzmarktaufsicht verhängte eine Strafe von 1 Million Euro.", "Finanzmarktaufsicht", "organisation"),
        ("Das UN-Flüchtlingsbüro schätzt die Zahl der Toten auf 40.", "UN-Flüchtlingsbüro", "organisation"),
        ("Die SPD-Fraktion fordert 3 Millionen Euro.", "SPD-Fraktion", "organisation"),
        ("Seine Personalabteilung zahlte 5000 Euro nach.", "Personalabteilung", "organisation"),
        ("Die Beratungsstelle erhielt 20 000 Euro.", "Beratungsstelle", "organisation"),
        ("Nach Schätzungen westlicher Geheimdienste fielen 2000 Soldaten.", "Geheimdienste", "organisation"),
        ("Das Hotel verlangt 4000 Euro Schadenersatz.", "Hotel", "organisation"),
        ("Die Anspruchsberechtigten erhalten je 900 Euro.", "Anspruchsberechtigten", "group"),
        ("Laut dem Unfallsachverständigen fuhr der Wagen zu schnell.", "Unfallsachverständigen", "person"),
        ("Ein Aussteller verlor 20 000 Euro.", "Aussteller", "person"),
        ("Die Bauernfamilie erhielt 3000 Franken.", "Bauernfamilie", "group"),
        ("Ein Kunde wurde leicht verletzt.", "Kunde", "person"),
        ("Laut Hochrechnung fehlen 2 Millionen Euro.", "Hochrechnung", "document"),
    ],
)
def test_institution_people_and_document_heads(nlp, text, mention, kind):
    assert _mentions(nlp(text)).get(mention) == kind


def test_a_word_of_a_company_name_stands_for_it_later(nlp):
    doc = nlp("Der Softwaredienstleister Quellwerk Systems zahlt 2 Millionen Euro. Quellwerk hat dagegen berufen.")
    spans = _spans(doc)
    assert ("Quellwerk", "organisation") in spans


def test_name_in_the_genitive_is_found_again(nlp):
    doc = nlp("„Das hat uns getroffen“, sagte Kolbeck. Nach Kolbecks Rechnung fehlen 9000 Euro.")
    assert _mentions(doc).get("Kolbecks") == "person"


def test_full_name_closing_the_sentence_after_a_person(nlp):
    doc = nlp("„Das ist ein Erfolg“, sagte die Präsidentin des Verbands, Ursina Caflisch.")
    assert _mentions(doc).get("Ursina Caflisch") == "person"
    # one capitalised word there is no name of a person
    doc = nlp("Es sprach die Präsidentin des Verbands, Rückblick.")
    assert "Rückblick" not in _mentions(doc)


def test_cue_after_a_quotation_names_a_person(nlp):
    assert _mentions(nlp("„Wir rechnen mit weiteren Kosten“, so Halvorsen.")).get("Halvorsen") == "person"
    assert _mentions(nlp("Laut Halvorsen kostet das 3 Millionen Euro.")).get("Halvorsen") == "organisation"


def test_institution_before_a_place_name_is_a_mention(nlp):
    found = _mentions(nlp("Insgesamt zahlte die Versicherungskammer Bayern 12 Millionen Euro."))
    assert (found.get("Versicherungskammer"), found.get("Bayern")) == ("organisation", "place")
    # before a person's name the name is the mention
    found = _mentions(nlp("Bürgermeister Ihor Terechow meldet drei Tote."))
    assert "Bürgermeister" not in found and found.get("Ihor Terechow") == "person"
