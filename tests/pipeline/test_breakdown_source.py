"""A paragraph that breaks the lead's figures down goes on with the lead's source; event
narration, other speakers and earlier events do not (pipeline/report_carry.py).

Fresh wire-style paragraphs, written for these tests.
"""

from __future__ import annotations

from typing import Optional

import pytest

import claimex


def _sources(text: str) -> dict[str, Optional[str]]:
    return {c.text: (c.source.text if c.source else None) for c in claimex.extract(text)}


@pytest.mark.parametrize(
    "text, lead, parts",
    [
        # counts broken down by region and group; "Opfer" (unspecific) among the drowned
        (
            "Wiesbaden (dpa) - In Deutschland sind im vergangenen Jahr 412 Menschen bei Badeunfällen "
            "ertrunken. Das teilte die Deutsche Lebens-Rettungs-Gesellschaft am Dienstag mit.\n\n"
            "Die meisten Opfer gab es in Bayern mit 71, gefolgt von Niedersachsen mit 48. Unter den "
            "Ertrunkenen waren 19 Kinder.",
            "412",
            ["71", "48", "19"],
        ),
        # money a body makes available, then what each receiver gets
        (
            "Brüssel (Reuters) - Die EU-Kommission stellt für den Ausbau der Stromnetze weitere 2,4 "
            "Milliarden Euro bereit, wie die Behörde am Donnerstag mitteilte.\n\n"
            "Den größten Teil erhält Polen mit 610 Millionen Euro. Spanien bekommt 420 Millionen Euro, "
            "Italien 380 Millionen Euro.",
            "2,4 Milliarden Euro",
            ["610 Millionen Euro", "420 Millionen Euro", "380 Millionen Euro"],
        ),
        # a "laut" lead and a breakdown with "davon"
        (
            "Wien (APA) - Laut Statistik Austria wurden im ersten Halbjahr 19.800 Menschen bei "
            "Verkehrsunfällen verletzt.\n\n"
            "Besonders betroffen waren Radfahrer: 3.100 von ihnen erlitten Verletzungen, 640 davon schwere.",
            "19.800",
            ["3.100", "640"],
        ),
    ],
)
def test_breakdown_takes_the_lead_source(text: str, lead: str, parts: list[str]) -> None:
    found = _sources(text)
    assert found[lead] is not None
    for part in parts:
        assert found[part] == found[lead], part


@pytest.mark.parametrize(
    "text, amount",
    [
        # an event of one day, told by the writer
        (
            "Innsbruck - In Tirol sind heuer 29 Menschen bei Bergunfällen ums Leben gekommen. Das teilte "
            "die Alpinpolizei am Montag mit.\n\n"
            "Am Samstag stürzte ein 58-jähriger Wanderer im Karwendel ab. Zwei Begleiter wurden leicht verletzt.",
            "Zwei",
        ),
        # an earlier event in the pluperfect
        (
            "Frankfurt (Reuters) - Der Autozulieferer Kronwerk hat im vergangenen Jahr 4,2 Milliarden Euro "
            "umgesetzt, wie das Unternehmen am Donnerstag mitteilte.\n\n"
            "Der Konkurrent Feldtec hatte das Unternehmen 2019 für 900 Millionen Euro übernehmen wollen.",
            "900 Millionen Euro",
        ),
        # a body's own act is a new report
        (
            "Kiew (AFP) - Die Schäden am ukrainischen Stromnetz belaufen sich nach Angaben der Regierung "
            "auf 9 Milliarden Dollar.\n\n"
            "Deutschland stellte zusätzlich 170 Millionen Dollar für Generatoren bereit.",
            "170 Millionen Dollar",
        ),
        # a larger figure is no part of the lead's total
        (
            "Madrid (dpa) - Bei den Waldbränden in Spanien sind nach Angaben der Behörden bislang sechs "
            "Menschen ums Leben gekommen.\n\n"
            "Bei ähnlichen Bränden starben 14 Menschen.",
            "14",
        ),
        # an event the paragraph tells with who did it
        (
            "Goma (AFP) - Bei Kämpfen im Osten Kongos sind nach UN-Angaben in diesem Monat mindestens 140 "
            "Zivilisten getötet worden.\n\n"
            "Milizionäre überfielen ein Dorf bei Beni. Sie töteten 23 Bewohner.",
            "23",
        ),
        # not the paragraph right after the lead
        (
            "Bern (sda) - Die Schweiz hat im vergangenen Jahr 3,1 Milliarden Franken für Entwicklungshilfe "
            "ausgegeben, wie das Aussendepartement mitteilte.\n\n"
            "Die Hilfsorganisationen kritisieren die Kürzungen.\n\n"
            "Für Afrika waren 900 Millionen Franken vorgesehen.",
            "900 Millionen Franken",
        ),
    ],
)
def test_no_breakdown_no_carry(text: str, amount: str) -> None:
    assert _sources(text)[amount] is None


def test_a_paragraph_with_a_speaker_keeps_its_own() -> None:
    text = (
        "Berlin (dpa) - Bei Unwettern sind in Deutschland im Juli Schäden von 1,8 Milliarden Euro "
        "entstanden, wie der Versicherungsverband GDV mitteilte.\n\n"
        "«Allein der Hagel in Sachsen hat 300 Millionen Euro gekostet», sagte Verbandschefin Petra Lang."
    )
    assert "Petra Lang" in (_sources(text)["300 Millionen Euro"] or "")


def test_a_figure_beyond_the_lead_stops_the_breakdown() -> None:
    # 260 dead is no part of the lead's 200: the paragraph tells another count, and so the
    # injured after it take nothing either
    text = (
        "Kabul (AFP) - Bei dem Erdbeben sind nach Angaben der Behörden mindestens 200 Menschen ums Leben "
        "gekommen, mehr als 900 wurden verletzt.\n\n"
        "In der Provinz Herat starben 260 Menschen, rund 500 wurden verletzt."
    )
    found = _sources(text)
    assert found["260"] is None
    assert found["rund 500"] is None


@pytest.mark.parametrize(
    "text, amount",
    [
        # a harm of earlier days the writer recalls, after a sourced sentence of the paragraph
        (
            "Bei dem Brand in der Lagerhalle entstand nach Angaben der Feuerwehr ein Schaden von rund 3 "
            "Millionen Euro. Bei einem Feuer im selben Gewerbegebiet waren im Mai 2021 zwei Arbeiter ums "
            "Leben gekommen.",
            "zwei",
        ),
        (
            "Die Zahl der Toten ist nach Angaben des Zivilschutzes auf 14 gestiegen. Bei einem Angriff auf "
            "dieselbe Stadt hatten Soldaten im März 2022 elf Zivilisten getötet.",
            "elf",
        ),
    ],
)
def test_a_recalled_harm_takes_no_source_from_before(text: str, amount: str) -> None:
    assert _sources(text)[amount] is None


def test_a_figure_of_comparison_keeps_the_report_source() -> None:
    # "waren es … gewesen" restates the report's prior figure, no event of its own
    text = (
        "Auf den Straßen Kärntens sind im vergangenen Jahr 29 Menschen gestorben, wie die "
        "Landespolizeidirektion mitteilte. Im Jahr davor waren es 36 gewesen."
    )
    found = _sources(text)
    assert found["36"] == found["29"] is not None


def test_pluperfect_needs_a_participle_and_a_day_needs_its_word() -> None:
    # "hatten keinen Führerschein" is no earlier event, "Montage" and "Nachtrag" no day's event
    from claimex.pipeline.report_carry import _dated_event, earlier_event

    nlp = claimex.load().nlp
    doc = nlp("Insgesamt 20 Motorradfahrer hatten keinen Führerschein.")
    amount = list(doc.spans["claimex_amounts"])[0]
    assert not earlier_event(doc, doc[:], amount)
    doc = nlp("Die Firma hatte 2018 rund 850 Millionen Euro bezahlt.")
    amount = list(doc.spans["claimex_amounts"])[-1]
    assert earlier_event(doc, doc[:], amount)
    montage = nlp("Die Montage der Anlage kostete 5 Millionen Euro.")
    assert not _dated_event(montage, montage[:])
    sunday = nlp("Am Sonntagnachmittag starben drei Menschen.")
    assert _dated_event(sunday, sunday[:])
