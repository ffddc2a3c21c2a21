"""An HTML view of claims for a fact-checker, in the style of displaCy's entity view.

:func:`render` returns one self-contained page (inline CSS, a few lines of optional inline
script, no external resources) for one text; :func:`render_many` one page for a batch.

Each claim gets a number ``n`` (1-based, its row in the claims table; ``claims[n - 1]``).
In the text, every claim's amount is highlighted (colour by type) and its trigger and roles
are marked. A marked element carries

- ``data-claim``: the numbers of the claims it belongs to, space-separated (``"3"``, ``"2 5"``;
  one span shared by several claims is one element);
- ``data-role``: ``amount``, ``trigger``, ``agent``, ``recipient``, ``victim``, ``source``,
  ``time`` or ``location`` (space-separated when one span plays several roles);
- ``data-uses``: which claim plays which role, ``"7:agent 8:recipient"``;
- ``data-start``/``data-end``: the character offsets (Python code points) of the element's own
  text in the input, so that its text is ``text[start:end]``;
- ``data-span-start``/``data-span-end``: the offsets of the whole span. Spans that cross each
  other cannot nest in HTML, so a span crossing another one is split into fragments, each an
  element of its own; a span that is not split has the same four offsets.

The table links every claim to its amount and roles in the text (``#d0-c3``, ``#d0-c3-agent``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Optional, Union

from spacy.tokens import Doc

from .claims import Claim, TextSpan
from .errors import ClaimexError, Errors

__all__ = ["render", "render_many", "MARKED_ROLES"]

#: The spans marked in the text besides the amount, in the order labels list them.
MARKED_ROLES = ("trigger", "agent", "recipient", "victim", "source", "time", "location")

#: Roles shown in the table's roles column (time and location are marked in the text too).
_ROLE_ORDER = ("amount", *MARKED_ROLES)

ClaimLike = Union[Claim, dict]

# Characters an HTML page cannot carry as themselves: controls (a parser rewrites CR and
# CRLF to LF, NUL to U+FFFD) and lone surrogates (not encodable as UTF-8). Numeric references
# keep CR and the controls in the DOM; NUL and surrogates arrive as U+FFFD, one character
# for one, so every offset still holds.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def _escape(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"&#{ord(m.group()):d};", html.escape(text, quote=True))


@dataclass
class _Mark:
    """One distinct span of the text and every (claim number, role) it stands for."""

    start: int
    end: int
    uses: list[tuple[int, str]] = field(default_factory=list)
    claim_type: Optional[str] = None  # the type of the claim whose amount this is, if any
    categories: dict[int, str] = field(default_factory=dict)  # claim number -> category, for amounts
    hedged: bool = False  # the amount of a hedged claim

    @property
    def sort_key(self) -> tuple[int, int]:
        # Outer spans first (spans of equal extent are one mark).
        return (self.start, -self.end)


def render(
    text_or_doc: Union[str, Doc],
    claims: Optional[Sequence[ClaimLike]] = None,
    *,
    title: Optional[str] = None,
) -> str:
    """One self-contained HTML page showing the claims of one text.

    text_or_doc (str | Doc): the text, or a Doc processed by a claimex pipeline (its
        ``doc.text`` and ``doc._.claims`` are used).
    claims (list[Claim | dict] | None): the claims to show (``Claim`` objects or their
        ``to_dict()`` form). ``None``: the Doc's claims, or ``claimex.extract(text)`` for a str.
    title (str | None): the page title; by default one naming the number of claims.
    RETURNS (str): the page. Raises ``ClaimexError`` (E051, E052) when a claim's offsets do not
        fit the text.
    """
    if isinstance(text_or_doc, Doc):
        text = text_or_doc.text
        if claims is None:
            claims = text_or_doc._.claims if text_or_doc.has_extension("claims") else None
            if claims is None:
                raise ClaimexError(Errors.E053)
    elif isinstance(text_or_doc, str):
        text = text_or_doc
        if claims is None:
            from .api import extract  # deferred: rendering saved claims needs no pipeline

            claims = extract(text)
    else:
        raise TypeError(Errors.E050.format(type=type(text_or_doc).__name__))
    resolved = _as_claims(claims)
    if title is None:
        title = f"claimex: {_count_phrase(resolved)}"
    return _page(title, [_section(0, None, text, resolved)])


def render_many(records: Iterable[tuple[str, str, Sequence[ClaimLike]]], *, title: Optional[str] = None) -> str:
    """One HTML page for a batch: one section per ``(doc_id, text, claims)`` record.

    claims are ``Claim`` objects or their ``to_dict()`` form (e.g. a line of ``claimex extract``
    JSONL output). The page opens with an index of the documents.
    """
    sections, index, total = [], [], 0
    for number, record in enumerate(records):
        if not (isinstance(record, (tuple, list)) and len(record) == 3 and isinstance(record[1], str)):
            raise TypeError(Errors.E054.format(value=_preview(record)))
        doc_id, text, claims = record
        resolved = _as_claims(claims)
        total += len(resolved)
        sections.append(_section(number, str(doc_id), text, resolved))
        index.append(
            f'<li><a href="#d{number}">{_escape(str(doc_id))}</a> '
            f'<span class="cx-muted">{_escape(_count_phrase(resolved))}</span></li>'
        )
    if title is None:
        title = f"claimex: {len(sections)} documents, {total} claims"
    nav = f'<nav class="cx-index"><ol>{"".join(index)}</ol></nav>' if len(sections) > 1 else ""
    return _page(title, [nav, *sections])


# -- input --------------------------------------------------------------------------------


def _as_claims(claims: Sequence[ClaimLike]) -> list[Claim]:
    return [c if isinstance(c, Claim) else Claim.from_dict(c) for c in claims]


def _preview(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _count_phrase(claims: Sequence[Claim]) -> str:
    if not claims:
        return "no claims"
    by_type = {t: sum(c.type == t for c in claims) for t in ("monetary", "casualty")}
    parts = ", ".join(f"{n} {t}" for t, n in by_type.items() if n)
    return f"{len(claims)} claim{'s' if len(claims) != 1 else ''} ({parts})"


def _collect_marks(text: str, claims: Sequence[Claim]) -> list[_Mark]:
    """The distinct spans to mark, outer before inner; checks every offset against the text."""
    marks: dict[tuple[int, int], _Mark] = {}
    for number, claim in enumerate(claims, start=1):
        spans = [("amount", TextSpan(claim.text, claim.start, claim.end))]
        spans += [(role, getattr(claim, role)) for role in MARKED_ROLES if getattr(claim, role) is not None]
        for role, span in spans:
            if not 0 <= span.start <= span.end <= len(text):
                raise _error(Errors.E051, number, role, span, length=len(text))
            if span.text and text[span.start : span.end] != span.text:
                raise _error(Errors.E052, number, role, span, found=text[span.start : span.end])
            if span.start == span.end:
                continue
            mark = marks.setdefault((span.start, span.end), _Mark(span.start, span.end))
            mark.uses.append((number, role))
            if role == "amount":
                mark.claim_type = mark.claim_type or claim.type
                mark.categories[number] = claim.category or claim.type
                mark.hedged = mark.hedged or claim.hedged
    return sorted(marks.values(), key=lambda m: m.sort_key)


def _error(template: str, number: int, role: str, span: TextSpan, **extra: Any) -> Exception:
    return ClaimexError(
        template.format(number=number, role=role, start=span.start, end=span.end, expected=span.text, **extra)
    )


# -- the marked text ----------------------------------------------------------------------


def _marked_text(prefix: str, text: str, marks: list[_Mark]) -> str:
    """The text with every mark wrapped in an element; crossing marks are split into fragments.

    The text is cut at every mark boundary. For each piece, the marks covering it form a stack,
    outer first; moving to the next piece closes the elements above the common part of the
    two stacks and opens the new ones. A mark closed while it still covers text (because a
    mark it crosses ended) is reopened as a new fragment.
    """
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    rank = {id(m): i for i, m in enumerate(marks)}
    by_start: dict[int, list[_Mark]] = {}
    for mark in marks:
        by_start.setdefault(mark.start, []).append(mark)
    out: list[str] = []
    # (mark, fragment start, element id, index in out of its opening tag, to fill on closing)
    open_stack: list[tuple[_Mark, int, str, int]] = []
    anchored: set[int] = set()
    active: list[_Mark] = []

    def close(end: int) -> None:
        mark, start, element_id, slot = open_stack.pop()
        out[slot] = _open_tag(mark, start, end, element_id)
        out.append("</span>")

    for piece_start, piece_end in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > piece_start] + by_start.get(piece_start, [])
        wanted = sorted(active, key=lambda m: rank[id(m)])
        keep = 0
        while keep < min(len(open_stack), len(wanted)) and open_stack[keep][0] is wanted[keep]:
            keep += 1
        while len(open_stack) > keep:
            close(piece_start)
        for mark in wanted[keep:]:
            element_id = ""
            if id(mark) not in anchored:
                anchored.add(id(mark))
                extra_anchors, element_id = _anchors(prefix, mark)
                out.append(extra_anchors)
            out.append("")
            open_stack.append((mark, piece_start, element_id, len(out) - 1))
        out.append(_escape(text[piece_start:piece_end]))
    while open_stack:
        close(len(text))
    return "".join(out)


def _anchors(prefix: str, mark: _Mark) -> tuple[str, str]:
    """The element id of a mark's first fragment, and empty anchors for its other uses."""
    ids = [f"{prefix}-c{n}" if role == "amount" else f"{prefix}-c{n}-{role}" for n, role in mark.uses]
    extra = "".join(f'<span class="cx-anchor" id="{i}"></span>' for i in ids[1:])
    return extra, ids[0]


def _open_tag(mark: _Mark, start: int, end: int, element_id: str) -> str:
    """The opening tag of one fragment ``text[start:end]`` of a mark; the last one carries the label."""
    roles = sorted({role for _, role in mark.uses}, key=_ROLE_ORDER.index)
    numbers = sorted({n for n, _ in mark.uses})
    classes = ["cx-mark", *(f"cx-{r}" for r in roles)]
    if mark.claim_type:
        classes.append(f"cx-{mark.claim_type}")
    if mark.hedged:
        classes.append("cx-hedged")
    if (mark.start, mark.end) != (start, end):
        classes.append("cx-fragment")
    attrs = [
        f'class="{" ".join(classes)}"',
        f'id="{element_id}"' if element_id else "",
        f'data-claim="{" ".join(map(str, numbers))}"',
        f'data-role="{" ".join(roles)}"',
        f'data-uses="{" ".join(f"{n}:{r}" for n, r in sorted(set(mark.uses)))}"',
        f'data-start="{start}" data-end="{end}"',
        f'data-span-start="{mark.start}" data-span-end="{mark.end}"',
        f'data-label="{_escape(_label(mark))}"' if end == mark.end else "",
        f'title="{_escape(_label(mark, long=True))}"',
    ]
    return "<span " + " ".join(a for a in attrs if a) + ">"


def _label(mark: _Mark, long: bool = False) -> str:
    """'KILLED 1', 'SOURCE 2,3', 'KILLED 1 · VICTIM 2'; long: 'claim 1: killed (amount)' ..."""
    parts = [
        (f"claim {n}: {category} amount" if long else f"{category.upper()} {n}")
        for n, category in sorted(mark.categories.items())
    ]
    by_role: dict[str, list[int]] = {}
    for number, role in mark.uses:
        if role != "amount":
            by_role.setdefault(role, []).append(number)
    for role in sorted(by_role, key=_ROLE_ORDER.index):
        numbers = ",".join(map(str, sorted(set(by_role[role]))))
        parts.append(f"claim {numbers}: {role}" if long else f"{role.upper()} {numbers}")
    if mark.hedged and not long:
        parts[0] += " ?"
    return " · ".join(parts)


# -- the table ----------------------------------------------------------------------------


def _value(claim: Claim) -> str:
    low, high = claim.low, claim.high
    if low is None and high is None:
        return "—"
    if high is None:
        shown = f"≥ {_number(low)}"
    elif low is None:
        shown = f"≤ {_number(high)}"
    elif low == high:
        shown = _number(low)
    else:
        shown = f"{_number(low)} – {_number(high)}"
    return f"≈ {shown}" if claim.approximate else shown


def _number(value: float) -> str:
    """12 000 000 with thin spaces; fractions kept (2.5); no float noise."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if abs(value) >= 1e15:  # beyond any real amount: no thirty-digit integers in the table
        return f"{value:.6g}"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u2009")
    return f"{value:,.6g}".replace(",", "\u2009")


def _table(prefix: str, claims: Sequence[Claim]) -> str:
    if not claims:
        return '<p class="cx-muted">No claims found in this text.</p>'
    head = (
        "<tr><th>#</th><th>type</th><th>category</th><th>amount</th><th>value</th><th>unit</th>"
        "<th>roles</th><th>hedged</th><th>approx.</th><th>confidence</th></tr>"
    )
    rows = []
    for number, c in enumerate(claims, start=1):
        roles = []
        for role in MARKED_ROLES:
            span = getattr(c, role)
            if span is not None and span.end > span.start:
                roles.append(
                    f'<span class="cx-role"><a class="cx-chip cx-{role}" href="#{prefix}-c{number}-{role}">{role}</a>'
                    f"{_escape(span.text)}</span>"
                )
        confidence = max(0.0, min(1.0, float(c.confidence)))
        rows.append(
            f'<tr id="{prefix}-row{number}" class="cx-{c.type}" data-claim="{number}">'
            f'<td><a class="cx-num" href="#{prefix}-c{number}">{number}</a></td>'
            f'<td><span class="cx-type cx-{c.type}">{c.type}</span></td>'
            f"<td>{_escape(c.category)}</td>"
            f'<td class="cx-amounttext"><a href="#{prefix}-c{number}">{_escape(c.text)}</a></td>'
            f'<td class="cx-value">{_value(c)}</td>'
            f"<td>{_escape(c.unit or '—')}</td>"
            f'<td class="cx-roles">{"".join(roles) or "—"}</td>'
            f"<td>{_flag(c.hedged, 'hedged')}</td>"
            f"<td>{_flag(c.approximate, 'approximate')}</td>"
            f'<td class="cx-confidence"><span class="cx-bar"><span style="width:{confidence * 100:.0f}%">'
            f"</span></span>{c.confidence:.2f}</td></tr>"
        )
    return f'<table class="cx-table"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _flag(value: bool, name: str) -> str:
    return f'<span class="cx-flag" title="{name}">yes</span>' if value else '<span class="cx-muted">no</span>'


# -- page ---------------------------------------------------------------------------------


def _section(number: int, doc_id: Optional[str], text: str, claims: Sequence[Claim]) -> str:
    prefix = f"d{number}"
    marked = _marked_text(prefix, text, _collect_marks(text, claims))
    heading = f"<h2>{_escape(doc_id)}</h2>" if doc_id is not None else ""
    doc_attr = f' data-doc-id="{_escape(doc_id)}"' if doc_id is not None else ""
    return (
        f'<section class="cx-doc" id="{prefix}"{doc_attr} data-claims="{len(claims)}">'
        f'{heading}<p class="cx-summary">{_escape(_count_phrase(claims))}</p>'
        f'<div class="cx-text">{marked}</div>'
        f"{_table(prefix, claims)}</section>"
    )


_LEGEND = (
    '<div class="cx-legend">'
    '<span class="cx-mark cx-amount cx-monetary">monetary amount</span>'
    '<span class="cx-mark cx-amount cx-casualty">casualty count</span>'
    '<span class="cx-mark cx-amount cx-hedged">hedged</span>'
    + "".join(f'<span class="cx-mark cx-{r}">{r}</span>' for r in MARKED_ROLES)
    + "</div>"
)


def _page(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_escape(title)}</title><style>{_asset('render.css')}</style></head>"
        f"<body><header><h1>{_escape(title)}</h1>{_LEGEND}</header><main>{''.join(body)}</main>"
        f"<script>{_asset('render.js')}</script></body></html>\n"
    )


_ASSETS: dict[str, str] = {}


def _asset(name: str) -> str:
    if name not in _ASSETS:
        _ASSETS[name] = resources.files("claimex").joinpath("data", name).read_text(encoding="utf-8")
    return _ASSETS[name]
