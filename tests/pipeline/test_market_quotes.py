"""Market quotes take no source carried from their paragraph (pipeline/market_quotes.py).

Fresh wire-style sentences: a share price, an exchange rate, an oil or gold price after a
paragraph that names who speaks; and the negatives: a price per share someone offers, a figure
of the speaker's own statement, a quote its own sentence attributes, an interview answer.
"""

from __future__ import annotations

import pytest

from .probes import source_of


@pytest.mark.parametrize(
    "text, amount",
    [
        (
            "Der Maschinenbauer Hallwerk kappte seine Jahresprognose, teilte das Unternehmen am Dienstag mit. "
            "Die Aktie brach im frühen Handel um sieben Prozent auf 41,35 Euro ein.",
            "41,35 Euro",
        ),
        (
            "Die Notenbank hob den Leitzins um einen Viertelpunkt an, sagte ihr Präsident am Donnerstag. "
            "Der Dollar notierte am Abend bei 0,8815 Franken.",
            "0,8815 Franken",
        ),
        (
            "Die Förderländer wollen ihre Produktion im Sommer drosseln, hieß es aus Delegationskreisen. "
            "Ein Barrel der US-Sorte WTI kostete zuletzt 77,60 Dollar.",
            "77,60 Dollar",
        ),
        (
            "Die Zentralbanken kauften im ersten Quartal so viel Gold wie nie, berichtete der Branchenverband. "
            "Eine Feinunze verteuerte sich am Mittwoch auf 2450 Dollar.",
            "2450 Dollar",
        ),
        (
            "Die Reederei meldete für das Quartal einen Umsatz von 3,4 Milliarden Euro, wie sie am Morgen mitteilte. "
            "Die Papiere des Konzerns legten bis zum Mittag auf 112,80 Euro zu.",
            "112,80 Euro",
        ),
    ],
)
def test_a_market_price_takes_no_source_of_its_paragraph(text: str, amount: str) -> None:
    assert source_of(text, amount) is None


def test_the_speakers_own_figure_beside_a_quote_keeps_its_source() -> None:
    text = (
        "Die Reederei meldete für das Quartal einen Umsatz von 3,4 Milliarden Euro, wie sie am Morgen mitteilte. "
        "Die Papiere des Konzerns legten bis zum Mittag auf 112,80 Euro zu."
    )
    assert source_of(text, "3,4 Milliarden Euro") is not None


def test_a_price_per_share_offered_is_no_market_quote() -> None:
    text = (
        "Der Versorger Nordwatt will den Netzbetreiber Elbstrom übernehmen, teilte Nordwatt am Montag mit. "
        "Das Angebot beläuft sich auf 27,40 Euro je Aktie."
    )
    assert source_of(text, "27,40 Euro") == "Nordwatt"


def test_a_quote_its_own_sentence_attributes_keeps_that_source() -> None:
    text = (
        "Die Regierung in Ankara stellte ein neues Sparpaket vor. "
        "Die Lira fiel nach Angaben von Devisenhändlern auf 38,20 je Dollar, der Dollar kostete laut Händlern 38,20 Lira."
    )
    assert source_of(text, "38,20 Lira") == "Händlern"


def test_an_interview_answer_on_a_price_keeps_its_speaker() -> None:
    text = (
        "Interview mit der Ökonomin Anna Brunner\n\n"
        "Wie steht der Franken?\n\n"
        "Brunner: Sehr stark. Der Euro kostet derzeit nur noch 0,92 Franken."
    )
    assert source_of(text, "0,92 Franken") == "Brunner"


def test_a_loss_in_euro_is_no_quote_and_keeps_the_report() -> None:
    # "Euro" is the unit and no traded noun stands in the clause: the paragraph's report covers it
    text = "Der Rechnungshof legte seinen Bericht vor. Die Stadt verlor im Vorjahr 4 Millionen Euro bei Zinswetten."
    assert source_of(text, "4 Millionen Euro") == "Rechnungshof"
