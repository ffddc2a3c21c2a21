"""A place's indeclinable adjective in "-er" before a head noun belongs to that noun's mention
("die Brüsseler Behörde", "der Zürcher Konzern"), and a function word before a head is no
adjective of its phrase (", wie Vorstand ... sagte")."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimex.pipeline.mentions import MENTIONS_KEY

from .probes import role_of


def _spans(doc: Doc) -> list[tuple[str, str]]:
    return [(s.text, s._.mention_kind) for s in doc.spans[MENTIONS_KEY]]


@pytest.mark.parametrize(
    "text,mention,kind",
    [
        ("Das Verfahren sei abgeschlossen, teilte die Brüsseler Behörde am Dienstag mit.", "Brüsseler Behörde", "organisation"),
        ("Das Pariser Unternehmen muss 40 Millionen Euro Schadenersatz leisten.", "Pariser Unternehmen", "organisation"),
        ("Die Kiewer Regierung erhält weitere 2 Milliarden Euro.", "Kiewer Regierung", "organisation"),
        ("Der Zürcher Konzern streicht 300 Stellen.", "Zürcher Konzern", "organisation"),
        ("Der Münchner Versicherer verdiente 2,3 Milliarden Euro.", "Münchner Versicherer", "organisation"),
        ("Mehrere Berliner Polizisten wurden verletzt.", "Berliner Polizisten", "group"),
    ],
)
def test_place_adjective_joins_the_head(nlp, text, mention, kind):
    spans = _spans(nlp(text))
    assert (mention, kind) in spans
    assert (mention.split()[0], "group") not in spans


@pytest.mark.parametrize(
    "text,alone",
    [
        # listed nouns of people side by side are two phrases, not an adjective and a noun
        ("Am Ende überließen die Kläger Behörden die Akten.", "Kläger"),
        ("Die Schweizer kauften im Vorjahr mehr Uhren.", "Schweizer"),
    ],
)
def test_a_noun_in_er_without_a_head_after_it_stays_a_noun(nlp, text, alone):
    assert alone in dict(_spans(nlp(text)))


def test_place_adjective_phrase_is_the_source(nlp):
    text = "Die Strafe von 120 Millionen Euro sei angemessen, teilte die Brüsseler Behörde am Dienstag mit."
    assert role_of(text, "120 Millionen Euro", "source") == "Brüsseler Behörde"


def test_place_adjective_phrase_is_the_payer(nlp):
    assert role_of("Der Zürcher Konzern überweist den Aktionären 300 Millionen Franken.", "300 Millionen Franken", "agent") == "Zürcher Konzern"


@pytest.mark.parametrize(
    "text,mention",
    [
        ("Die Firma zahlt 5 Millionen Euro, wie Vorstand Hansen am Montag sagte.", "Vorstand Hansen"),
        ("Die Kosten steigen, wie Finanzchef Albers am Abend erklärte.", "Finanzchef Albers"),
    ],
)
def test_wie_is_no_adjective_of_the_phrase_after_it(nlp, text, mention):
    texts = [t for t, _ in _spans(nlp(text))]
    assert not any(t.startswith("wie ") for t in texts)
