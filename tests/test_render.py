"""The HTML view (claimex.render): every claim shown, every mark's text is exactly its offsets'.

The page is checked twice: as written (parsed here) and as a real browser builds it (headless
Chromium's DOM, which would expose bad nesting or escaping), plus a screenshot.
"""

from __future__ import annotations

import html
import os
import shutil
import struct
import subprocess
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimex
from claimex import Claim, TextSpan
from claimex.errors import ClaimexError
from claimex.render import MARKED_ROLES, render, render_many

from .conftest import ROOT, SHARED

EXAMPLE = ROOT / "examples" / "bericht_unwetter.txt"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


# -- reading a page -----------------------------------------------------------------------


class _Node:
    def __init__(self, tag: str, attrs: dict[str, Optional[str]]):
        self.tag, self.attrs, self.parts = tag, attrs, []

    @property
    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text for p in self.parts)

    def walk(self):
        yield self
        for p in self.parts:
            if isinstance(p, _Node):
                yield from p.walk()


class _TreeBuilder(HTMLParser):
    """A DOM-like tree of a page (enough for well-formed output and Chromium's serialisation)."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.root = _Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, dict(attrs))
        self.stack[-1].parts.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].parts.append(data)

    def handle_entityref(self, name):
        self.stack[-1].parts.append(html.unescape(f"&{name};"))

    def handle_charref(self, name):
        # As a browser reads it (Python's unescape drops control characters a browser keeps).
        number = int(name[1:], 16) if name[:1] in "xX" else int(name)
        self.stack[-1].parts.append("\ufffd" if number == 0 or 0xD800 <= number <= 0xDFFF else chr(number))


def parse(page: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


def in_html(text: str) -> str:
    """The text as an HTML DOM holds it: NUL and lone surrogates become U+FFFD."""
    return "".join("\ufffd" if c == "\0" or "\ud800" <= c <= "\udfff" else c for c in text)


def check_page(page: str, docs: list[tuple[str, list[Claim]]]) -> None:
    """Every document's text is intact, every mark's text is text[start:end], every claim is shown."""
    root = parse(page)
    nodes = list(root.walk())
    ids = [n.attrs["id"] for n in nodes if "id" in n.attrs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    sections = [n for n in nodes if n.tag == "section"]
    assert len(sections) == len(docs)
    for section, (text, claims) in zip(sections, docs, strict=True):
        body = [n for n in section.walk() if "cx-text" in n.attrs.get("class", "").split()]
        assert len(body) == 1 and body[0].text == in_html(text)
        marks = [n for n in section.walk() if "data-start" in n.attrs]
        whole: dict[tuple[str, int, int], str] = {}
        pieces: dict[tuple[int, int], int] = {}
        for mark in marks:
            start, end = int(mark.attrs["data-start"]), int(mark.attrs["data-end"])
            assert mark.text == in_html(text[start:end]), (mark.attrs, mark.text)
            uses = [u.split(":") for u in mark.attrs["data-uses"].split()]
            assert set(mark.attrs["data-claim"].split()) == {n for n, _ in uses}
            assert set(mark.attrs["data-role"].split()) == {r for _, r in uses}
            key = (mark.attrs["data-uses"], int(mark.attrs["data-span-start"]), int(mark.attrs["data-span-end"]))
            whole[key] = whole.get(key, "") + mark.text
            pieces[key[1:]] = pieces.get(key[1:], 0) + 1
        for (_, start, end), joined in whole.items():  # the fragments of a span make up the span
            assert joined == in_html(text[start:end])
        for a, count in pieces.items():  # only a span crossing another one is split
            assert count == 1 or any(b[0] < a[0] < b[1] < a[1] or a[0] < b[0] < a[1] < b[1] for b in pieces), a
        shown = {
            (int(u.split(":")[0]), u.split(":")[1], start, end) for (uses, start, end) in whole for u in uses.split()
        }
        expected = set()
        for number, claim in enumerate(claims, start=1):
            expected.add((number, "amount", claim.start, claim.end))
            expected |= {
                (number, r, getattr(claim, r).start, getattr(claim, r).end) for r in MARKED_ROLES if getattr(claim, r)
            }
        assert {e for e in expected if e[2] < e[3]} == shown
        rows = [n for n in section.walk() if n.tag == "tr" and "data-claim" in n.attrs]
        assert [int(r.attrs["data-claim"]) for r in rows] == list(range(1, len(claims) + 1))
        for row, claim in zip(rows, claims, strict=True):
            assert claim.type in row.text and claim.category in row.text


# -- synthetic claims ---------------------------------------------------------------------


def span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(text[start:end], start, end)


def claim(text: str, start: int, end: int, kind: str = "casualty", **roles: tuple[int, int]) -> Claim:
    return Claim(
        type=kind,
        category="killed" if kind == "casualty" else "payment",
        text=text[start:end],
        start=start,
        end=end,
        low=1.0,
        high=1.0,
        unit="persons" if kind == "casualty" else "EUR",
        **{r: span(text, *offsets) for r, offsets in roles.items()},
    )


TRICKY = 'Bei <b>"A & B"</b>\r\nstarben zwölf Menschen\tund 5 Euro flossen, sagte die Polizei. <script>x()</script>'


def tricky_claims(text: str = TRICKY) -> list[Claim]:
    at = text.index
    return [
        claim(
            text,
            at("zwölf"),
            at("zwölf") + 5,
            trigger=(at("starben"), at("starben") + 7),
            victim=(at("zwölf"), at("und") + 3),
            source=(at("Polizei"), at("Polizei") + 7),
        ),
        # its agent crosses claim 1's victim and its own amount; the source is shared with claim 1
        claim(
            text,
            at("5 Euro"),
            at("5 Euro") + 6,
            "monetary",
            agent=(at("und"), at("und") + 5),
            source=(at("Polizei"), at("Polizei") + 7),
            recipient=(at("<b>"), at('B"') + 1),
        ),
    ]


# -- behaviour ----------------------------------------------------------------------------


def test_real_article_every_claim_marked_and_tabled(extractor):
    text = EXAMPLE.read_text(encoding="utf-8")
    claims = extractor.extract(text)
    assert claims
    page = render(text, claims)
    check_page(page, [(text, claims)])
    assert page.startswith("<!DOCTYPE html>") and "<link" not in page and "src=" not in page


def test_overlapping_crossing_and_shared_spans():
    claims = tricky_claims()
    page = render(TRICKY, claims)
    check_page(page, [(TRICKY, claims)])
    shared = [n for n in parse(page).walk() if n.attrs.get("data-role") == "source"]
    assert len(shared) == 1 and shared[0].attrs["data-claim"] == "1 2" and shared[0].text == "Polizei"
    fragments = [n for n in parse(page).walk() if n.attrs.get("data-role") == "agent"]
    assert len(fragments) == 2 and "".join(f.text for f in fragments) == "und 5"


def test_text_is_escaped():
    page = render(TRICKY, tricky_claims())
    assert "<script>x()" not in page and "&lt;script&gt;x()" in page
    assert '<b>"A' not in page


def test_cr_and_controls_survive_and_lone_surrogates_stay_encodable():
    text = "Vorher\r\n\x00\x07 zwölf Tote \ud800 und 3 Verletzte"
    claims = [
        claim(text, text.index("zwölf"), text.index("zwölf") + 5),
        claim(text, text.index("3"), text.index("3") + 1),
    ]
    page = render(text, claims)
    page.encode("utf-8")
    assert "\r" not in page
    check_page(page, [(text, claims)])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_spans_render_exactly(data):
    text = data.draw(st.text(alphabet="ab <&>\"'\n\r\xe4", min_size=1, max_size=40))
    offsets = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
    claims = []
    for _ in range(data.draw(st.integers(0, 4))):
        start, end = data.draw(offsets)
        roles = {r: tuple(data.draw(offsets)) for r in data.draw(st.sets(st.sampled_from(MARKED_ROLES), max_size=4))}
        claims.append(claim(text, start, end, data.draw(st.sampled_from(["monetary", "casualty"])), **roles))
    check_page(render(text, claims), [(text, claims)])


@pytest.mark.parametrize(
    "low, high, approximate, shown",
    [
        (1.8e9, 2.5e9, False, "1\u2009800\u2009000\u2009000 – 2\u2009500\u2009000\u2009000"),
        (40.0, 40.0, True, "≈ 40"),
        (7.0, None, False, "≥ 7"),
        (None, 5000.0, False, "≤ 5\u2009000"),
        (2.5, 2.5, False, "2.5"),
        (None, None, False, "—"),
    ],
)
def test_table_shows_the_normalised_value(low, high, approximate, shown):
    text = "Es ging um viel Geld."
    base = claim(text, 11, 15, "monetary")
    page = render(text, [replace(base, low=low, high=high, approximate=approximate)])
    cells = [n for n in parse(page).walk() if "cx-value" in n.attrs.get("class", "").split()]
    assert [c.text for c in cells] == [shown]


def test_doc_dicts_and_text_give_the_same_page(extractor):
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = extractor.nlp(text)
    claims = list(doc._.claims)
    assert render(doc) == render(text, claims) == render(text, [c.to_dict() for c in claims])
    assert render(text) == render(text, claimex.extract(text))
    assert "<title>Unwetter</title>" in render(doc, title="Unwetter")


def test_render_is_exported():
    assert claimex.render is render


def test_batch_page_has_one_section_per_document():
    other = "Sie zahlten 7 Euro."
    records = [
        ("a<1>", TRICKY, tricky_claims()),
        ("b", other, [claim(other, 12, 18, "monetary")]),
        ("c", "Nichts.", []),
    ]
    page = render_many(iter(records))
    check_page(page, [(t, c) for _, t, c in records])
    sections = [n for n in parse(page).walk() if n.tag == "section"]
    assert [s.attrs["data-doc-id"] for s in sections] == ["a<1>", "b", "c"]
    assert "a&lt;1&gt;" in page and "No claims found" in page


@pytest.mark.parametrize(
    "call, code",
    [
        (lambda: render(42), "E050"),
        (lambda: render("kurz", [claim("kurz und lang", 5, 8)]), "E051"),
        (lambda: render("zwölf Tote", [claim("elf Tote xy", 0, 3)]), "E052"),
        (lambda: render_many([("id", 7, [])]), "E054"),
    ],
)
def test_errors_name_their_code(call, code):
    with pytest.raises((TypeError, ClaimexError), match=code):
        call()


def test_doc_without_claims_is_an_error():
    import spacy

    with pytest.raises(ClaimexError, match="E053"):
        render(spacy.blank("de")("Kein Claimex."))


# -- in a real browser --------------------------------------------------------------------


def find_chromium() -> Optional[str]:
    candidates = [os.environ.get("CLAIMEX_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"]
    return next((shutil.which(c) for c in candidates if c and shutil.which(c)), None)


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        message = "headless Chromium not found: run scripts/install_system_deps.sh (or set CLAIMEX_CHROMIUM)"
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(message + "; in CI the browser test must run")
        pytest.skip(message)
    return path


def run_chromium(binary: str, profile: Path, *args: str) -> bytes:
    command = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout


def browser_documents(extractor) -> list[tuple[str, str, list[Claim]]]:
    """The bundled article and the seed texts (where ../shared is present) as extract() sees them."""
    paths = [EXAMPLE, *sorted((SHARED / "seeds").glob("*.txt"))]
    records = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        records.append((path.name, text, extractor.extract(text)))
    return records + [("tricky", TRICKY, tricky_claims())]


def test_browser_renders_every_claim_at_its_offsets(chromium, extractor, tmp_path):
    records = browser_documents(extractor)
    assert sum(len(c) for _, _, c in records) > 5
    page = tmp_path / "claims.html"
    page.write_text(render_many(records), encoding="utf-8", newline="")
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri()).decode("utf-8")
    assert "<section" in dom
    check_page(dom, [(t, c) for _, t, c in records])


def test_browser_screenshot_is_a_png(chromium, extractor, tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    page = tmp_path / "claims.html"
    page.write_text(render(text, extractor.extract(text)), encoding="utf-8", newline="")
    shot = tmp_path / "claims.png"
    run_chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (1280, 1600)
    assert len(data) > 20_000  # a blank page compresses to a few kB
