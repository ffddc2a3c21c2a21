"""Hedges as real news writes them: each kind of cue (hedge_cues.json) and the clause scope that
decides whether a cue governs an amount. Every sentence is written for these tests; each class
has cases that must be hedged and cases that must not.
"""

import json
from importlib import resources
from pathlib import Path

import pytest

import claimex
from claimex.api import build_default_nlp


def _check(text: str, expected: dict[str, bool]) -> None:
    found = {c.text: c.hedged for c in claimex.extract(text)}
    assert {k: found.get(k) for k in expected} == expected, found


# -- the contract's decisions (CLAIMS.md) ------------------------------------------------

CONTRACT = [
    ("Bei dem Brand sollen neun Bewohner ums Leben gekommen sein.", {"neun": True}),
    ("Die Reederei befürchtet Verluste von 70 Millionen Euro.", {"70 Millionen Euro": True}),
    ("Von 14 Toten war die Rede, bestätigt ist das nicht.", {"14": True}),
    ("Nach inoffiziellen Angaben wurden 31 Demonstranten festgenommen und 8 verletzt.", {"8": True}),
    ("Der Landkreis geht von Schäden in Höhe von 6 Millionen Euro aus.", {"6 Millionen Euro": True}),
    ("Die Kämmerin rechnet mit Mehrkosten von 900.000 Euro.", {"900.000 Euro": True}),
    ("Eine Sanierung der Brücke würde 14 Millionen Euro kosten.", {"14 Millionen Euro": True}),
    ("Ein Ausfall der Ernte hätte die Bauern 3 Millionen Franken gekostet.", {"3 Millionen Franken": True}),
    # reported speech alone, and a plan, are no hedges
    ("Der Sprecher sagte, bei dem Unfall seien vier Menschen verletzt worden.", {"vier": False}),
    ("Ab 2027 sollen jährlich 600 Millionen Euro in die Schulen fließen.", {"600 Millionen Euro": False}),
]


@pytest.mark.parametrize("text,expected", CONTRACT)
def test_contract_decisions(text, expected):
    _check(text, expected)


# -- kinds of cue ---------------------------------------------------------------------------

KINDS = [
    # evidential adverbs
    ("Bei der Explosion wurden offenbar 23 Arbeiter verletzt.", {"23": True}),
    ("Anscheinend kassierte der Makler 40.000 Euro Provision.", {"40.000 Euro": True}),
    # estimates, in the plural too
    (
        "Ersten Hochrechnungen zufolge richtete der Hagel Schäden von 90 Millionen Euro an.",
        {"90 Millionen Euro": True},
    ),
    # forecasts: an expectation, and a figure under discussion
    ("Für das kommende Jahr erwartet die Brauerei einen Gewinn von 12 Millionen Euro.", {"12 Millionen Euro": True}),
    ("Als Kaufpreis sind derzeit 300 Millionen Franken im Gespräch.", {"300 Millionen Franken": True}),
    # hearsay reaches the reported speech it introduces
    ("Nach unbestätigten Berichten heißt es, der Club habe 18 Millionen Euro geboten.", {"18 Millionen Euro": True}),
    # an unconfirmed or unofficial source hedges what it reports, under any report noun ...
    ("Laut unbestätigten Agenturmeldungen zahlte der Verein 9 Millionen Euro Ablöse.", {"9 Millionen Euro": True}),
    ("Inoffiziellen Zählungen zufolge starben in der Nacht 27 Demonstranten.", {"27": True}),
    ("Nach unbestätigten Informationen des Senders wurden 6 Geiseln verletzt.", {"6": True}),
    # a rumoured figure ("kolportiert") is hearsay on the amount itself
    ("Der Klub holt den Verteidiger für kolportierte 12 Millionen Euro.", {"12 Millionen Euro": True}),
    # ... but the same adjective on another noun hedges nothing
    ("Bei einem inoffiziellen Besuch sagte die Ministerin den Bauern 40 Millionen Euro zu.", {"40 Millionen Euro": False}),
    ("Die unbestätigten Gerüchte dementierte der Vorstand; die Dividende beträgt 1,20 Euro.", {"1,20 Euro": False}),
    ("Die Ermittler fahnden nach mutmaßlichen Helfern, die dem Täter 30.000 Euro gezahlt haben.", {"30.000 Euro": False}),
    # ... and a conversation is no hearsay
    ("Im Gespräch mit der Zeitung sagte der Wirt, er habe 3000 Euro Umsatz verloren.", {"3000 Euro": False}),
    # allegations reach the clause they introduce
    ("Dem Kassierer wird vorgeworfen, 250.000 Euro aus der Vereinskasse entnommen zu haben.", {"250.000 Euro": True}),
    ("Die Staatsanwaltschaft wirft dem Arzt vor, 5 Patienten fahrlässig verletzt zu haben.", {"5": True}),
    ("Die Miliz behauptete, sie habe 60 Angreifer getötet.", {"60": True}),
    (
        "Der Bürgermeister schließt nicht aus, dass die Stadt 2 Millionen Euro nachzahlen muss.",
        {"2 Millionen Euro": True},
    ),
    # ... also under a modal ("will nicht ausschließen"), but not an object it does not introduce
    ("Die Kämmerin wollte nicht ausschließen, dass die Sanierung 5 Millionen Euro teurer wird.", {"5 Millionen Euro": True}),
    ("Die Feuerwehr kann einen Brandanschlag nicht ausschließen. Sie meldete 12 Verletzte.", {"12": False}),
    # "soll" reports after a sentence of hearsay in its paragraph ...
    (
        "Das meldete die Agentur unter Berufung auf Diplomaten. Im Gegenzug soll Minsk Kredite über 2 Milliarden Dollar bekommen.",
        {"2 Milliarden Dollar": True},
    ),
    # ... but not after a sentence that only reports, nor across a paragraph
    (
        "Das teilte das Ministerium mit. Ab Januar sollen 40 Millionen Euro in die Kitas fließen.",
        {"40 Millionen Euro": False},
    ),
    (
        "Das berichtete die Zeitung unter Berufung auf Insider.\n\nAb Januar sollen 40 Millionen Euro in die Kitas fließen.",
        {"40 Millionen Euro": False},
    ),
    # "soll" reports: a demand, a value, a perfect infinitive behind an apposition
    ("Die Erpresser sollen 800.000 Euro in Bitcoin verlangen.", {"800.000 Euro": True}),
    ("Die Gage des Sängers soll bei 2 Millionen Dollar liegen.", {"2 Millionen Dollar": True}),
    (
        "Für den Auftrag soll der Lieferant, eine Firma aus Tirol, 90.000 Euro Provision gezahlt haben.",
        {"90.000 Euro": True},
    ),
    # conditional estimates with other verbs than "kosten"
    ("Mit dem neuen Tarif würde die Gemeinde jährlich 400.000 Euro einnehmen.", {"400.000 Euro": True}),
    ("Für die Sanierung wären nach Angaben des Bauamts 5 Millionen Euro nötig.", {"5 Millionen Euro": True}),
    # an estimate adjective on the amount's own noun
    ("Das Feuer verursachte einen geschätzten Schaden von 1,5 Millionen Euro.", {"1,5 Millionen Euro": True}),
]

NOT_KINDS = [
    # an adjective hedges the people it describes, not their count or the loot
    ("Die Polizei nahm 12 mutmaßliche Schlepper fest, dabei wurden 3 Beamte verletzt.", {"3": False}),
    ("Die mutmaßlichen Räuber erbeuteten bei dem Überfall 70.000 Euro.", {"70.000 Euro": False}),
    # a comparison with an expectation is no hedge
    ("Der Konzern verdiente 4 Milliarden Euro und damit mehr als erwartet.", {"4 Milliarden Euro": False}),
    ("Wie befürchtet stiegen die Kosten auf 80 Millionen Euro.", {"80 Millionen Euro": False}),
    # "Kosten" the noun is no value verb for "soll"
    ("Bis 2030 sollen die Kosten der Verwaltung um 200 Millionen Euro sinken.", {"200 Millionen Euro": False}),
    # a plan for the harmed is no report of harm
    ("Sechs Schwerverletzte sollen in eine Spezialklinik verlegt werden.", {"Sechs": False}),
    # "würden" with a casualty count is reported speech, not a condition
    ("Der Sprecher sagte, noch immer würden 15 Menschen vermisst.", {"15": False}),
    # a source from anonymous circles is a source, no hedge
    ("Nach Angaben aus Verhandlungskreisen zahlt der Club 18 Millionen Euro Ablöse.", {"18 Millionen Euro": False}),
    # a plan stays a plan
    ("Jeder Rentner soll im Dezember eine Einmalzahlung von 200 Euro erhalten.", {"200 Euro": False}),
]


@pytest.mark.parametrize("text,expected", KINDS)
def test_hedge_kinds(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text,expected", NOT_KINDS)
def test_not_hedges(text, expected):
    _check(text, expected)


# -- clause scope ----------------------------------------------------------------------------

SCOPE = [
    # a cue in one conjunct does not reach the amount of another
    (
        "Das Ministerium bestätigte drei Tote, nach unbestätigten Berichten sollen es bis zu 15 sein.",
        {"drei": False, "bis zu 15": True},
    ),
    (
        "Nach unbestätigten Angaben starben 11 Rebellen, die Regierung meldete 2 verletzte Soldaten.",
        {"11": True, "2": False},
    ),
    (
        "Der Stadtrat bewilligte 3 Millionen Euro, weitere 2 Millionen Euro dürften folgen.",
        {"3 Millionen Euro": False},
    ),
    # a figure of comparison after a forecast is a fact
    (
        "Für 2026 erwartet die Bank einen Gewinn von 700 Millionen Euro, nach 640 Millionen Euro im Vorjahr.",
        {"700 Millionen Euro": True, "640 Millionen Euro": False},
    ),
    # a hedge right before one amount is that amount's, before or after
    (
        "Von geschätzt 40 Millionen Euro Schaden zahlte die Versicherung nur 25 Millionen Euro.",
        {"40 Millionen Euro": True, "25 Millionen Euro": False},
    ),
    # "und" between two names joins no clauses
    (
        "In den Orten Lenk und Adelboden sollen Lawinen 7 Menschen verschüttet haben, darunter 2 Kinder.",
        {"7": True, "2": True},
    ),
    # a relative clause on the amount's noun says what happened to it
    ("Gezählt wurden 30 Zivilisten, die vermutlich bei Luftangriffen getötet wurden.", {"30": True}),
    # a headline's hedge covers its list
    ("Vermutlich 40 Tote, darunter 9 Kinder", {"40": True, "9": True}),
    # a scale abbreviation may end a sentence the splitter kept open
    (
        "Die Gemälde hatten einen Wert von Fr. 3 Mio. Der Schaden am Gebäude wird auf 1 Mio. Franken geschätzt.",
        {"Fr. 3 Mio.": False},
    ),
]


@pytest.mark.parametrize("text,expected", SCOPE)
def test_clause_scope(text, expected):
    _check(text, expected)


def test_every_hedge_cue_has_a_documented_kind():
    with resources.files("claimex.lang.de.data").joinpath("hedge_cues.json").open(encoding="utf-8") as f:
        table = json.load(f)
    kinds = set(table["hedges"].values())
    documented = table["_hedges_doc"]
    assert all(f"'{kind}'" in documented for kind in kinds), kinds
    assert set(table["introducing_kinds"]) <= kinds


def test_a_figure_of_comparison_in_the_same_clause_is_a_fact():
    _check(
        "Im Mittel erwarten Analysten eine Dividende von 4.20 Franken nach 3.90 Franken im Vorjahr.",
        {"4.20 Franken": True, "3.90 Franken": False},
    )


def test_two_nouns_with_a_verb_after_them_open_a_clause():
    _check(
        "Mutmaßlich töteten Rebellen 8 Dorfbewohner und Soldaten erschossen 3 Angreifer.",
        {"8": True, "3": False},
    )


PARSER_MODEL = Path(__file__).resolve().parents[2] / "models" / "parser" / "model"


@pytest.fixture(scope="module")
def parsed_nlp():
    if not PARSER_MODEL.exists():
        pytest.skip("parser artifact not built (claimex train parser)")
    nlp = build_default_nlp()
    if "claimex_parser" not in nlp.pipe_names:
        nlp.add_pipe("claimex_parser", after="claimex_amounts", config={"model": str(PARSER_MODEL)})
    return nlp


@pytest.mark.parametrize(
    "text,expected",
    [
        # the parse finds the conjunct with a subject of its own after "und" ...
        ("Vermutlich starben in Kiew 3 Menschen und Odessa meldete 5 Verletzte.", {"5": False}),
        # ... and leaves a hedge that governs its amount alone
        (
            "Die Polizei bestätigte zwei Tote, nach unbestätigten Berichten sollen es bis zu zehn sein.",
            {"zwei": False, "bis zu zehn": True},
        ),
        ("Die Behörde schätzt, dass 50 Menschen starben.", {"50": True}),
        ("Offenbar kassierte der Makler 40.000 Euro und die Bank verlor 2 Millionen Euro.", {"40.000 Euro": True}),
    ],
)
def test_the_parse_decides_coordinated_clauses(parsed_nlp, text, expected):
    doc = parsed_nlp(text)
    found = {d.amount.text: d.hedged for d in doc._.claimex_relations}
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Die Miliz soll das Dorf in der Nacht überfallen haben; dabei wurden demnach 12 Bewohner getötet.",
            {"12": True},
        ),
        # without the link, or after a report that is not hedged, the clause stands on its own
        ("Die Miliz soll das Dorf überfallen haben; dabei wurden 12 Bewohner getötet.", {"12": False}),
        ("Die Polizei meldete einen Überfall; dabei wurden demnach 12 Bewohner verletzt.", {"12": False}),
    ],
)
def test_a_clause_that_passes_on_a_hedged_report(text, expected):
    _check(text, expected)
