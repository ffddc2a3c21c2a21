"""The public API: extract() and load(), the Claim shape, and the input contract."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimex
from claimex.api import chunk_text

CLAIM_KEYS = [
    "type",
    "category",
    "text",
    "start",
    "end",
    "low",
    "high",
    "approximate",
    "unit",
    "trigger",
    "agent",
    "recipient",
    "victim",
    "source",
    "hedged",
    "time",
    "location",
    "sentence",
    "confidence",
]
REPORT = (
    "Zürich (sda) - Bei einem Brand in einem Wohnhaus sind am Sonntag zwei Menschen ums Leben gekommen. "
    "Fünf weitere wurden laut Kantonspolizei verletzt. Den Sachschaden schätzt die Polizei auf rund 2 Mio. Franken."
)


def test_extract_returns_claims_in_contract_shape():
    claims = claimex.extract(REPORT)
    assert [c.to_dict()["text"] for c in claims] == ["zwei", "Fünf", "rund 2 Mio. Franken"]
    for c in claims:
        d = c.to_dict()
        assert list(d) == CLAIM_KEYS
        assert REPORT[d["start"] : d["end"]] == d["text"]
        json.dumps(d)  # serialisable as is
    killed, injured, damage = (c.to_dict() for c in claims)
    assert (killed["type"], killed["category"], killed["low"], killed["unit"]) == ("casualty", "killed", 2.0, "persons")
    assert (injured["category"], injured["source"]["text"]) == ("injured", "Kantonspolizei")
    assert (damage["type"], damage["category"], damage["low"], damage["unit"], damage["approximate"]) == (
        "monetary",
        "damage",
        2_000_000.0,
        "CHF",
        True,
    )
    assert damage["hedged"] is True  # "schätzt"


@pytest.mark.parametrize("bad", [None, 42, b"Bytes", ["Liste"], 3.5])
def test_extract_rejects_non_str(bad):
    with pytest.raises(TypeError, match=r"\[E001\].*str"):
        claimex.extract(bad)


@pytest.mark.parametrize("blank", ["", " ", "\n\n\t", "\u00a0"])
def test_extract_blank_is_empty(blank):
    assert claimex.extract(blank) == []


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01 5 Tote \ud800",
        "🔥 20 Tote 💥 und 5 Mio. € Schaden",
        "مرحبا 12 Verletzte",
        "\u202e30 Tote\u202c",
        "5\u200b000 Euro",
        "\ud83d 3 Tote",
    ],
)
def test_extract_odd_unicode_keeps_offsets(text):
    for c in claimex.extract(text):
        d = c.to_dict()
        assert text[d["start"] : d["end"]] == d["text"]
        for role in ("trigger", "agent", "recipient", "victim", "source", "time", "location"):
            if d[role]:
                assert text[d[role]["start"] : d[role]["end"]] == d[role]["text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "Bei dem Unglück starben",
                "rund",
                "12",
                "Menschen",
                "5,6 Mrd. Euro",
                "Schaden",
                ".",
                ",",
                "laut Polizei",
                "\n\n",
                "mindestens",
                "bis zu",
                "Tote",
                "zahlte",
                "(72)",
                "2023",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_extract_offsets_property(text):
    claims = claimex.extract(text)
    assert claims == sorted(claims, key=lambda c: (c.start, c.end))
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert 0.0 <= c.confidence <= 1.0


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_extract_never_raises_on_any_str(text):
    for c in claimex.extract(text):
        assert text[c.start : c.end] == c.text


def test_long_input_is_chunked_without_losing_claims():
    paragraph = "Bei einem Unfall wurden 3 Menschen verletzt. Der Schaden beträgt 50.000 Euro.\n\n"
    text = paragraph * 400  # ~32,000 characters
    extractor = claimex.load(chunk_chars=5_000)
    claims = extractor.extract(text)
    assert len(claims) == 800
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_chunks_cover_text_and_end_at_breaks():
    text = ("Ein Satz. " * 50 + "\n\n") * 20
    pieces = list(chunk_text(text, 1_000))
    assert "".join(p for _, p in pieces) == text
    assert all(o == sum(len(p) for _, p in pieces[:i]) for i, (o, _) in enumerate(pieces))
    assert all(p.endswith(("\n", ". ")) for _, p in pieces[:-1])


def test_load_rejects_bad_chunk_size():
    with pytest.raises(ValueError, match="E010"):
        claimex.load(chunk_chars=10)


def test_load_saved_pipeline_round_trip(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipe")
    loaded = claimex.load(tmp_path / "pipe")
    assert [c.to_dict() for c in loaded.extract(REPORT)] == [c.to_dict() for c in claimex.extract(REPORT)]


def test_load_names_what_it_found(tmp_path):
    (tmp_path / "weights.bin").write_bytes(b"")
    with pytest.raises(ValueError, match=r"E004.*weights.bin"):
        claimex.load(tmp_path)


def test_claim_round_trips_through_dict():
    for c in claimex.extract(REPORT):
        again = claimex.Claim.from_dict(c.to_dict())
        assert again.to_dict()["text"] == c.text and again.trigger == c.trigger and again.low == c.low


def test_claim_rejects_unknown_type():
    with pytest.raises(ValueError, match="E014"):
        claimex.Claim(type="weather", category="x", text="5", start=0, end=1, low=5.0, high=5.0)


def _dicts(claims):
    return [c.to_dict() for c in claims]


PIPE_TEXTS = [
    REPORT,
    "",
    "Es entstand ein Schaden von 3 Mio. Euro, 4 Menschen starben.",
    "   ",
    "\ud800 Bei dem Anschlag kamen 7 Menschen ums Leben.",
]


def test_pipe_gives_extract_results_in_input_order(extractor):
    assert [_dicts(cs) for cs in extractor.pipe(PIPE_TEXTS, batch_size=2)] == [
        _dicts(extractor.extract(t)) for t in PIPE_TEXTS
    ]


def test_pipe_as_tuples_keeps_contexts(extractor):
    pairs = [(t, {"id": i}) for i, t in enumerate(PIPE_TEXTS)]
    out = list(extractor.pipe(iter(pairs), as_tuples=True, batch_size=1))
    assert [ctx for _, ctx in out] == [{"id": i} for i in range(len(PIPE_TEXTS))]
    assert [_dicts(cs) for cs, _ in out] == [_dicts(extractor.extract(t)) for t in PIPE_TEXTS]


def test_module_pipe_uses_default_extractor():
    assert [_dicts(cs) for cs in claimex.pipe([REPORT])] == [_dicts(claimex.extract(REPORT))]


def test_pipe_chunks_long_texts_like_extract():
    paragraph = "Bei einem Unfall wurden 3 Menschen verletzt. Der Schaden beträgt 50.000 Euro.\n\n"
    long_text = paragraph * 200
    extractor = claimex.load(chunk_chars=5_000)
    texts = ["5 Tote.", long_text, "Es kostet 3 Euro."]
    results = list(extractor.pipe(texts, batch_size=3))
    assert [len(r) for r in results] == [1, 400, 1]
    assert _dicts(results[1]) == _dicts(extractor.extract(long_text))


def test_pipe_is_lazy():
    def endless():
        while True:
            yield "Zwei Menschen wurden verletzt."

    stream = claimex.pipe(endless(), batch_size=4)
    assert [len(next(stream)) for _ in range(10)] == [1] * 10


def test_pipe_rejects_non_str():
    with pytest.raises(TypeError, match=r"\[E001\]"):
        list(claimex.pipe(["5 Tote", b"5 Tote"]))


@pytest.mark.parametrize(
    "text",
    [
        "Der Schaden beträgt " + "9" * 400 + " Euro.",
        "Es geht um " + "7" * 300 + " Billionen Dollar.",
        "1" + "0" * 400 + " Menschen wurden getötet.",
    ],
)
def test_amounts_beyond_float_are_no_claims(text):
    with pytest.warns(UserWarning, match=r"\[W003\]"):
        claims = claimex.extract(text)
    assert claims == []


def test_huge_but_finite_amount_is_a_claim():
    text = "Es geht um 1" + "0" * 300 + " Euro."
    (claim,) = claimex.extract(text)
    assert claim.low == 1e300
    json.dumps(claim.to_dict(), allow_nan=False)


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_claim_rejects_non_finite_numbers(value):
    with pytest.raises(ValueError, match="E016"):
        claimex.Claim(type="monetary", category="value", text="5", start=0, end=1, low=value, high=None)


def test_texts_beyond_spacys_max_length_work_in_extract_and_pipe():
    paragraph = "Bei einem Unfall wurden 3 Menschen verletzt. Der Schaden beträgt 50.000 Euro.\n\n"
    text = paragraph * 150  # ~12,000 characters
    extractor = claimex.load(chunk_chars=3_000)
    extractor.nlp.max_length = 4_000  # spaCy refuses any longer text at once (E088)
    with pytest.raises(ValueError, match="E088"):
        extractor.nlp(text)
    claims = extractor.extract(text)
    assert len(claims) == 300
    expected = [_dicts(claims), _dicts(extractor.extract("5 Tote.")), _dicts(claims)]
    assert [_dicts(cs) for cs in extractor.pipe([text, "5 Tote.", text], batch_size=2)] == expected


#: whether the garbage collector ran while the pipeline worked, one entry per doc
_COLLECTOR_STATES: list = []


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_and_pipe_pause_the_collector_and_leave_it_as_it_was(enabled):
    import gc

    from spacy.language import Language

    name = "claimex_test_gc_probe"
    if not Language.has_factory(name):

        @Language.component(name)
        def probe(doc):  # type: ignore[no-untyped-def]
            _COLLECTOR_STATES.append(gc.isenabled())
            return doc

    _COLLECTOR_STATES.clear()
    extractor = claimex.load()
    extractor.nlp.add_pipe(name, first=True)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert extractor.extract(REPORT)
        assert gc.isenabled() is enabled
        between = []
        for claims in extractor.pipe([REPORT, REPORT]):
            between.append(gc.isenabled())  # the caller's code between texts: as it was
            assert claims
        assert between == [enabled, enabled]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert _COLLECTOR_STATES == [False, False, False]


@pytest.mark.parametrize(
    "text,amount,low,unit",
    [
        ("Die Stadt zahlt dem Verein 5\u00a0Millionen\u00a0Euro.", "5\u00a0Millionen\u00a0Euro", 5e6, "EUR"),
        ("Die Firma zahlt 3,5\u2009Mio.\u202fFranken Busse.", "3,5\u2009Mio.\u202fFranken", 3.5e6, "CHF"),
        ("Bei dem Beben starben 1\u202f200\u00a0Menschen.", "1\u202f200", 1200, "persons"),
    ],
)
def test_no_break_and_thin_spaces_read_as_spaces_with_input_texts(text, amount, low, unit):
    (claim,) = claimex.extract(text)
    assert (claim.text, claim.low, claim.unit) == (amount, low, unit)
    for span in [claim, claim.sentence, claim.trigger, claim.agent, claim.recipient, claim.victim]:
        if span is not None:
            assert span.text == text[span.start : span.end]
