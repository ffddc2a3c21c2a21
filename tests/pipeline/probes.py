"""What the default pipeline says of one amount of a fresh probe text: the shared readers of the
role tests."""

from __future__ import annotations

from typing import Optional

import claimex


def claim_of(text: str, amount: str) -> claimex.Claim:
    """The claim of ``text`` whose amount is written exactly ``amount`` (StopIteration if none)."""
    return next(c for c in claimex.extract(text) if c.text == amount)


def role_of(text: str, amount: str, role: str) -> Optional[str]:
    """The text of ``role`` of that claim, or None."""
    span = getattr(claim_of(text, amount), role)
    return span.text if span is not None else None


def parties_of(text: str, amount: str) -> tuple[Optional[str], Optional[str]]:
    """The (agent, recipient) texts of that claim."""
    claim = claim_of(text, amount)
    return (
        claim.agent.text if claim.agent is not None else None,
        claim.recipient.text if claim.recipient is not None else None,
    )


def category_of(text: str, amount: str, kind: str = "monetary") -> str:
    """The category of the claim of type ``kind`` whose amount is written exactly ``amount``."""
    found = {c.text: c.category for c in claimex.extract(text) if c.type == kind}
    assert amount in found, f"{amount!r} is no {kind} claim of {text!r}: {found}"
    return found[amount]


def source_of(text: str, amount: str) -> Optional[str]:
    """The source text of the first claim whose amount holds ``amount``, or None; its span must
    be the input's own characters."""
    claim = next(c.to_dict() for c in claimex.extract(text) if amount in c.text)
    source = claim["source"]
    if source is None:
        return None
    assert text[source["start"] : source["end"]] == source["text"]
    return source["text"]


def casualty_agents(text: str) -> dict[str, Optional[str]]:
    """The agent text of each casualty claim of ``text``, by the claim's amount as written."""
    return {c.text: c.agent.text if c.agent is not None else None for c in claimex.extract(text) if c.type == "casualty"}
