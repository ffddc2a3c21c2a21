"""Hedge scope (CLAIMS.md ``hedged``): which words hedge a claim, and how far they reach.

Each case gives a text and, for every claim expected in it, the claim's text and whether it
is hedged. The sentences are written for these tests.
"""

import pytest

import claimex
from claimex.pipeline.hedges import Frame


def _hedges(text: str) -> dict[str, bool]:
    return {c.text: c.hedged for c in claimex.extract(text)}


def _check(text: str, expected: dict[str, bool]) -> None:
    found = _hedges(text)
    assert {k: found.get(k) for k in expected} == expected, found


# -- hedge words and phrases ----------------------------------------------------------

WORDS = [
    ("Denkbar sind Schäden von bis zu 40 Millionen Euro.", {"bis zu 40 Millionen Euro": True}),
    ("Nicht ausgeschlossen ist, dass die Sanierung 12 Millionen Franken kostet.", {"12 Millionen Franken": True}),
    ("Der Umbau könnte 7 Millionen Euro kosten.", {"7 Millionen Euro": True}),
    ("Die Rechnung dürfte sich auf 3 Millionen Euro belaufen.", {"3 Millionen Euro": True}),
    ("Die Ernte bringt wohl 9 Millionen Euro ein.", {"9 Millionen Euro": True}),
    ("Es heißt, der Verein habe 15 Millionen Euro bezahlt.", {"15 Millionen Euro": True}),
    ("Nach unbestätigten Berichten kamen vier Menschen ums Leben.", {"vier": True}),
    # "sollen" reports: hearsay in the sentence, a perfect infinitive, harm, a value verb
    ("Berichten zufolge soll die Stadt 2 Millionen Euro erhalten.", {"2 Millionen Euro": True}),
    ("Die Bande soll Autos gestohlen und dabei 300.000 Euro erbeutet haben.", {"300.000 Euro": True}),
    ("Angeklagt ist ein Mann, der zwei Menschen getötet haben soll.", {"zwei": True}),
    ("Bei dem Überfall sollen drei Wachleute verletzt worden sein.", {"drei": True}),
    ("Der neue Tunnel soll rund 90 Millionen Franken kosten.", {"rund 90 Millionen Franken": True}),
    # an estimate noun as the head of a compound ("Behördenschätzungen") hedges like the bare noun
    ("Nach Behördenschätzungen kamen 60 Menschen ums Leben.", {"60": True}),
    ("Laut einer Kostenschätzung des Bauamts fallen 4 Millionen Euro an.", {"4 Millionen Euro": True}),
    # conditional estimates
    ("Ein Neubau würde 20 Millionen Euro kosten.", {"20 Millionen Euro": True}),
    ("Die Reparatur hätte 8.000 Euro gekostet.", {"8.000 Euro": True}),
]

NOT_HEDGED = [
    ("Aus Wertschätzung zahlte die Firma jedem Mitarbeiter 500 Euro.", {"500 Euro": False}),
    # words that only contain a hedge
    ("Der Wohlstand der Region wuchs um 4 Millionen Euro.", {"4 Millionen Euro": False}),
    ("Für das Wohl der Tiere spendete sie 5000 Euro.", {"5000 Euro": False}),
    ("Sowohl die Stadt als auch das Land zahlen je 2 Millionen Euro.", {"2 Millionen Euro": False}),
    ("Insidern zufolge verlangt der Verkäufer 40 Millionen Euro.", {"40 Millionen Euro": True}),
    ("Nach Einschätzung der Armee wurden rund 60 Soldaten getötet.", {"rund 60": True}),
    # a hedge in another clause or conjunct
    ("Die Stadt zahlte 5 Millionen Euro, die Summe könnte später steigen.", {"5 Millionen Euro": False}),
    ("Die Firma zahlte 5 Millionen Euro und könnte bald mehr zahlen.", {"5 Millionen Euro": False}),
    ("Die Regierung würde die Hilfe gern erhöhen, sie beträgt 10 Millionen Euro.", {"10 Millionen Euro": False}),
    # reported speech alone, and "sollen" as a plan
    ("Die Regierung sagte, 20 Menschen seien getötet worden.", {"20": False}),
    ("Der Bund soll 3 Millionen Euro für die Schulen bereitstellen.", {"3 Millionen Euro": False}),
    ("Künftig sollen 50 Millionen Euro in die Bahn fließen.", {"50 Millionen Euro": False}),
    ("Die Familien der 20 Toten sollen eine Entschädigung erhalten.", {"20": False}),
]


@pytest.mark.parametrize("text,expected", WORDS + NOT_HEDGED)
def test_hedge_words(text, expected):
    _check(text, expected)


# -- discontinuous hedges -------------------------------------------------------------

FRAMES = [
    ("Die Versicherung geht inzwischen von 80 Millionen Euro Schaden aus.", {"80 Millionen Euro": True}),
    ("Der Verband rechnet für dieses Jahr mit Verlusten von 15 Millionen Franken.", {"15 Millionen Franken": True}),
    ("Im Ministerium wird mit Mehrkosten von 20 Millionen Euro gerechnet.", {"20 Millionen Euro": True}),
    ("Die Feuerwehr bestätigte, dass die Polizei von 12 Toten ausgeht.", {"12": True}),
    ("Die Behörden sprechen von bis zu 300 Vermissten.", {"bis zu 300": True}),
    ("Die Feuerwehr bestätigte, dass man von bis zu 20 Vermissten spricht.", {"bis zu 20": True}),
    # the frame covers only what fills its slot
    ("Die Polizei spricht von 12 Toten.", {"12": False}),
    ("Ein Arzt, der 30 Verletzte betreut, geht davon aus, dass die Lage ernst bleibt.", {"30": False}),
    (
        "Die Firma rechnet mit Kosten von 5 Millionen Euro und zahlt bereits 2 Millionen Euro.",
        {"5 Millionen Euro": True, "2 Millionen Euro": False},
    ),
    ("Die Gefahr geht von den Tätern aus, die 5 Menschen töteten.", {"5": False}),
    # an expectation in the pluperfect is still an estimate (as the corpus annotates it) ...
    ("Beobachter hatten mit einem Gewinn von 90 Millionen Euro gerechnet.", {"90 Millionen Euro": True}),
    # ... but a consequence one must face is none
    ("Wer zu schnell fährt, muss mit einer Busse von 400 Franken rechnen.", {"400 Franken": False}),
]


@pytest.mark.parametrize("text,expected", FRAMES)
def test_hedge_frames(text, expected):
    _check(text, expected)


def test_frame_slots():
    frame = Frame.parse("geht … von _ aus")
    words = "die stadt geht seit montag von 40 toten aus".split()
    assert frame.slots(words, 0, len(words)) == [(6, 8)]
    assert frame.slots("die stadt geht von 40 toten".split(), 0, 6) == []  # no closing "aus"


def test_frame_needs_a_slot():
    with pytest.raises(ValueError):
        Frame.parse("geht … von … aus")


# -- scope ----------------------------------------------------------------------------

SCOPE = [
    # a hedge at the head covers every count of the list after it
    (
        "Vermutlich gab es 12 Tote, 40 Verletzte und 3 Vermisste.",
        {"12": True, "40": True, "3": True},
    ),
    # a hedge reaches a comma piece with no verb of its own or only a closing "zu" infinitive
    (
        "Experten schätzen die Schäden durch Regen, Hagel und starke böige Winde auf 8 Millionen Euro.",
        {"8 Millionen Euro": True},
    ),
    (
        "Dem Vernehmen nach ist der Käufer bereit, bis zu 3 Milliarden Euro zu zahlen.",
        {"bis zu 3 Milliarden Euro": True},
    ),
    ("Der Käufer ist bereit, bis zu 3 Milliarden Euro zu zahlen.", {"bis zu 3 Milliarden Euro": False}),
    # a reporting clause after the amount
    ("Bei Lawinen sterben jedes Jahr rund 40 Menschen, wie die Bergwacht schätzt.", {"rund 40": True}),
    ("Bei Lawinen starben drei Menschen, wie die Bergwacht mitteilte.", {"drei": False}),
    # a hedge inside one conjunct stays there
    ("Es gab 12 Tote und vermutlich 40 Verletzte.", {"12": False, "40": True}),
    (
        "Wir haben 90.000 Euro verloren und erhalten vielleicht 30.000 Euro zurück.",
        {"90.000 Euro": False, "30.000 Euro": True},
    ),
    # conjuncts share a hedged verb when they list counts or the first has no verb of its own
    ("Damals war von 40 Toten und sechs Vermissten die Rede.", {"40": True, "sechs": True}),
    ("Schäden von 5 Millionen Euro an Häusern und Straßen dürften entstanden sein.", {"5 Millionen Euro": True}),
    (
        "Die Bande soll Waren in Österreich und Deutschland verkauft und dabei 200.000 Euro eingenommen haben.",
        {"200.000 Euro": True},
    ),
    # a modal in the next clause is that clause's verb
    ("Die Stadt, die 5 Millionen Euro zahlte, könnte mehr zahlen.", {"5 Millionen Euro": False}),
    # the other side of a comparison is not hedged
    (
        "Die Sanierung kostet wohl 48 Millionen Euro statt 35 Millionen Euro.",
        {"48 Millionen Euro": True, "35 Millionen Euro": False},
    ),
    (
        "Statt der geplanten 35 Millionen Euro kostet der Bau wohl 48 Millionen Euro.",
        {"35 Millionen Euro": False, "48 Millionen Euro": True},
    ),
    # a comparison with something that is no amount is no barrier
    ("Der Umsatz dürfte gegenüber dem Vorjahr um 5 Millionen Euro steigen.", {"5 Millionen Euro": True}),
    (
        "Die Ausgaben steigen von 5 Millionen Euro auf voraussichtlich 7 Millionen Euro.",
        {"5 Millionen Euro": False, "7 Millionen Euro": True},
    ),
    # a sentence continuing a hedged report in reported speech keeps the hedge ...
    (
        "Berichten zufolge sollen 5 Menschen getötet worden sein. Zudem seien 12 verletzt worden.",
        {"5": True, "12": True},
    ),
    (
        "Die Behörde schätzt, dass 50 Menschen starben. 20 weitere seien verletzt worden.",
        {"50": True, "20": True},
    ),
    # ... but not after an unhedged report, nor across a paragraph, nor into a report of its own
    ("Die Polizei meldete 5 Tote. Zudem seien 12 verletzt worden.", {"5": False, "12": False}),
    (
        "Die Behörde schätzt, dass 50 Menschen starben. 20 weitere seien verletzt worden, heißt es im Bericht.",
        {"50": True, "20": False},
    ),
    (
        "Berichten zufolge sollen 5 Menschen getötet worden sein.\n\nZudem seien 12 verletzt worden.",
        {"5": True, "12": False},
    ),
    # a breakdown of a hedged amount, and a sentence that hedges the one before
    (
        "Die Versicherer schätzen den Schaden auf 2 Milliarden Euro. Davon entfallen 1,2 Milliarden Euro auf Gebäude.",
        {"2 Milliarden Euro": True, "1,2 Milliarden Euro": True},
    ),
    (
        "Die Versicherer schätzen den Schaden auf 900 Millionen Euro. Davon entfallen 600 Millionen Euro auf Häuser "
        "und 300 Millionen Euro auf Autos.",
        {"600 Millionen Euro": True, "300 Millionen Euro": True},
    ),
    (
        "Die Versicherer meldeten einen Schaden von 900 Millionen Euro. Davon entfallen 600 Millionen Euro auf Häuser.",
        {"900 Millionen Euro": False, "600 Millionen Euro": False},
    ),
    ("Der Sturm verursachte Schäden von 30 Millionen Euro. Das schätzt die Versicherung.", {"30 Millionen Euro": True}),
    (
        "Der Sturm verursachte Schäden von 30 Millionen Euro. Das teilte die Versicherung mit.",
        {"30 Millionen Euro": False},
    ),
    ("Der Schaden beträgt 5 Millionen Euro. Das sollen die Behörden prüfen.", {"5 Millionen Euro": False}),
    (
        "Bei Gefechten im Norden starben mindestens 17 Soldaten. Das berichtete die Nachrichtenagentur Reuters.",
        {"mindestens 17": False},
    ),
    ("Bei Gefechten im Norden starben mindestens 17 Soldaten. Das meldete ein Sender.", {"mindestens 17": False}),
    ("Die Flut richtete Schäden von 8 Millionen Euro an. Das vermutet der Landkreis.", {"8 Millionen Euro": True}),
]


@pytest.mark.parametrize("text,expected", SCOPE)
def test_hedge_scope(text, expected):
    _check(text, expected)
