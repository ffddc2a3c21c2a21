"""The amount recognizer against the case tables in tests/cases/amounts_de.py.

The tables were written from CLAIMS.md alone, by a writer who did not read the recognizer.
Rows the recognizer gets wrong are listed in KNOWN_MISSES with the reason; they run as strict
xfails, so fixing one is noticed.
"""

from decimal import Decimal

import pytest

from tests.cases import amounts_de as cases

TABLES = (
    "DIGITS",
    "SCALES_AND_WORDS",
    "CURRENCIES",
    "BOUNDS_AND_RANGES",
    "CASUALTY_COUNTS",
    "NON_CLAIMS",
    "SHARED_UNITS",
    "SPLIT_SCALES",
    "MONEY_NOUNS",
    "CURRENCY_CHAINS",
    "RANGES_AND_BOUNDS_AFTER",
    "MISSPELT_SCALES",
    "GROUPS_AND_ONE_UNIT",
    "FRACTIONS",
    "ASIDES_AFTER_MONEY",
)
#: sentence -> why the recognizer gets it wrong
KNOWN_MISSES: dict[str, str] = {}
_VALUED = {"money", "count", "year", "age", "percent"}


def _rows():
    for table in TABLES:
        for row in getattr(cases, table):
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[row[0]])] if row[0] in KNOWN_MISSES else []
            yield pytest.param(*row, id=f"{table}:{row[1]}", marks=marks)


def _as_float(value):
    return None if value is None else float(Decimal(value))


@pytest.fixture(scope="module")
def amount_nlp(nlp):
    def run(text):
        with nlp.select_pipes(enable=["claimex_sentences", "claimex_amounts"]):
            return nlp(text)

    return run


@pytest.mark.parametrize("sentence,span_text,kind,low,high,approximate,unit", list(_rows()))
def test_amount(amount_nlp, sentence, span_text, kind, low, high, approximate, unit):
    doc = amount_nlp(sentence)
    start = sentence.index(span_text)
    end = start + len(span_text)
    found = [s for s in doc.spans["claimex_amounts"] if s.start_char < end and start < s.end_char]
    assert [s.text for s in found] == [span_text]
    amount = found[0]._.amount
    assert amount.kind == kind
    if kind in _VALUED:
        assert (amount.low_float, amount.high_float) == (_as_float(low), _as_float(high))
        assert amount.approximate == approximate
    if kind == "money":
        assert amount.unit == unit


@pytest.mark.parametrize("sentence", [row[0] for row in cases.NOT_AMOUNTS])
def test_not_an_amount(amount_nlp, sentence):
    doc = amount_nlp(sentence)
    assert [s.text for s in doc.spans["claimex_amounts"]] == []


def test_may_open_skips_only_tokens_where_nothing_parses(nlp):
    """The scan's cheap word test must never skip a token where ``parse_at`` finds an amount."""
    recognizer = nlp.get_pipe("claimex_amounts")
    sentences = [row[0] for table in TABLES + ("NOT_AMOUNTS",) for row in getattr(cases, table)]
    skipped = 0
    with nlp.select_pipes(enable=["claimex_sentences"]):
        for doc in nlp.pipe(sentences):
            lowers = [t.lower_ for t in doc]
            for i in range(len(doc)):
                if not recognizer.may_open(lowers[i]):
                    skipped += 1
                    assert recognizer.parse_at(doc, lowers, i) is None, (doc.text, doc[i].text)
    assert skipped > 0
