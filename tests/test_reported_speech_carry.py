"""Reported speech speaks on for its speaker; the reporter's own narration inherits no one.

Fresh wire-style sentences (pipeline/speech_mood.py, sources.ParagraphSources.carried).
"""

from __future__ import annotations

from typing import Optional

import pytest

import claimex


def _source(text: str, amount: str) -> Optional[str]:
    claims = [c for c in claimex.extract(text) if amount in c.text]
    assert claims, f"no claim for {amount!r}"
    return claims[0].source.text if claims[0].source else None


@pytest.mark.parametrize(
    "text, amount, speaker",
    [
        # a chain of subjunctive sentences after the indicative sentence that names the speaker
        (
            "Die Feuerwehr in Kassel äußerte sich am Nachmittag zu dem Brand. Das Feuer sei im Keller "
            "ausgebrochen. Dabei seien drei Bewohner verletzt worden.",
            "drei",
            "Feuerwehr",
        ),
        (
            "Die Vorsitzende Richterin Sabine Wolf begründete das Urteil am Donnerstag ausführlich. Der "
            "Angeklagte habe aus Habgier gehandelt. Er habe seine Arbeitgeberin um 760.000 Euro betrogen.",
            "760.000 Euro",
            "Sabine Wolf",
        ),
        # the subjunctive I of a full verb ("zahle", "lägen") marks reported speech too
        (
            "Der Insolvenzverwalter Jan Berger hat am Dienstag seinen Bericht vorgelegt. Die Schulden des "
            "Modehändlers lägen bei rund 48 Millionen Euro.",
            "48 Millionen Euro",
            "Jan Berger",
        ),
        # the indicative sentence opens with "sie": the person named before speaks
        (
            "In der Notaufnahme trifft man Oberärztin Miriam Falk. Sie arbeitet seit 20 Stunden ohne Pause. "
            "In der Nacht seien elf Schwerverletzte eingeliefert worden.",
            "elf",
            "Miriam Falk",
        ),
        # the indicative clause that opens the sentence introduces its reported speech
        (
            "Der Mieterbund warnt vor steigenden Nebenkosten: Ein Haushalt zahle im Schnitt 240 Euro mehr im Jahr.",
            "240 Euro",
            "Mieterbund",
        ),
        # a paragraph that opens in reported speech: the speaker of the paragraph before
        (
            "Gesundheitsministerin Petra Lang sprach am Mittwoch in Mainz von einer angespannten Lage.\n\n"
            "In den Kliniken des Landes seien in diesem Winter bereits 85 Menschen an Grippe gestorben.",
            "85",
            "Petra Lang",
        ),
        # "demnach" inside the sentence points back to the study introduced before it
        (
            "Eine Untersuchung des Bundesrechnungshofs nimmt die Beschaffung unter die Lupe. Die Mehrkosten "
            "belaufen sich demnach auf 1,3 Milliarden Euro.",
            "1,3 Milliarden Euro",
            "Bundesrechnungshofs",
        ),
    ],
)
def test_reported_speech_takes_its_speaker(text: str, amount: str, speaker: str) -> None:
    found = _source(text, amount)
    assert found is not None and speaker in found


@pytest.mark.parametrize(
    "text, amount",
    [
        # the reporter's indicative narration in a new paragraph
        (
            "Bürgermeister Tobias Kern eröffnete am Samstag das neue Hallenbad.\n\n"
            "Der Bau hatte 14 Millionen Euro gekostet.",
            "14 Millionen Euro",
        ),
        # indicative after an indicative sentence with a subject: no statement mood, no speaker
        (
            "Die Stadtwerke Ulm haben am Montag ihre neuen Tarife vorgestellt. "
            "Ein Haushalt zahlt künftig 90 Euro mehr.",
            "90 Euro",
        ),
        # "soll" about a suspect is hearsay of no one named, not the last subject's statement
        (
            "Die Polizei nahm am Montag einen 31-Jährigen fest.\n\nDer Mann soll bei einem Einbruch Schmuck im "
            "Wert von 20.000 Euro gestohlen haben.",
            "20.000 Euro",
        ),
        # the figure stands in the reporter's indicative clause; the subjunctive only gives a reason
        (
            "Neue Tarife im Nahverkehr\n\nDer Verkehrsverbund erhöht die Preise für Monatskarten um 4 Euro, weil die "
            "Energiekosten gestiegen seien.",
            "4 Euro",
        ),
    ],
)
def test_narration_inherits_no_speaker(text: str, amount: str) -> None:
    assert _source(text, amount) is None


def test_counterfactual_is_no_statement() -> None:
    # "hätte … gekostet" is the reporter's counterfactual, not the last subject's statement
    text = (
        "Der Sportverein stellte am Montag seine Pläne vor. Der Umbau des alten Stadions hätte "
        "nach einer Schätzung von 2019 rund 30 Millionen Euro gekostet."
    )
    assert _source(text, "30 Millionen Euro") is None


@pytest.mark.parametrize(
    "text, amount, source",
    [
        # a fronted anaphor attributes the sentence before to a document, its owner the source
        (
            "Die Krankenkassen haben im ersten Halbjahr ein Defizit von 1,8 Milliarden Euro angehäuft. Das geht "
            "aus einem am Freitag veröffentlichten Bericht des Gesundheitsministeriums hervor.",
            "1,8 Milliarden Euro",
            "Gesundheitsministeriums",
        ),
        (
            "Für den Neubau der Grundschule sind 23 Millionen Euro eingeplant. So steht es im Haushaltsentwurf, "
            "den der Kämmerer am Dienstag vorlegte.",
            "23 Millionen Euro",
            "Haushaltsentwurf",
        ),
        # "bekannt geben" reports only with its particle
        (
            "Bei dem Brand in der Lagerhalle entstand ein Schaden von rund 600.000 Euro. Das gab die Polizei "
            "am Sonntag bekannt.",
            "600.000 Euro",
            "Polizei",
        ),
    ],
)
def test_document_or_announcement_after_the_claim(text: str, amount: str, source: str) -> None:
    found = _source(text, amount)
    assert found is not None and source in found


def test_anaphor_with_a_verb_that_reports_nothing() -> None:
    text = "Der Landkreis zahlte jeder Familie 300 Euro Heizkostenzuschuss. Das gab im Kreistag Ärger mit der SPD."
    assert _source(text, "300 Euro") is None


def test_lead_takes_the_source_of_the_report_after_it() -> None:
    text = (
        "Bei einem Brand in einem Wohnheim in Passau ist eine 81 Jahre alte Bewohnerin ums Leben gekommen. "
        "Sieben weitere Menschen wurden laut der Polizei leicht verletzt."
    )
    found = _source(text, "eine")
    assert found is not None and "Polizei" in found


@pytest.mark.parametrize(
    "text, amount",
    [
        # the sentence after the lead tells what someone may do, it reports nothing
        (
            "Die Witwe des getöteten Radfahrers erhält ein Schmerzensgeld von 35.000 Euro. Der Verurteilte kann "
            "das Urteil noch beim Oberlandesgericht anfechten.",
            "35.000 Euro",
        ),
        # "nach eigenen Angaben" speaks for the body's own figure, not for the lead's
        (
            "Die Familien der Opfer erhalten je 45.000 Euro. Die Reederei hat nach eigenen Angaben seither "
            "1,2 Millionen Euro in die Sicherheit investiert.",
            "45.000 Euro",
        ),
    ],
)
def test_lead_takes_no_source_from_a_sentence_that_reports_nothing(text: str, amount: str) -> None:
    assert _source(text, amount) is None
