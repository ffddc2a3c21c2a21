"""The result objects: :class:`Claim` and the :class:`TextSpan` evidence it points at.

Their ``to_dict()`` is exactly the shape fixed in ``CONTRACT.md`` (the public contract, shipped in this
package; its JSON Schema: :func:`claimex.schema`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any, Optional

from .errors import Errors

__all__ = ["TextSpan", "Claim", "ROLE_NAMES"]

#: The optional evidence spans of a claim, in the order CONTRACT.md lists them.
ROLE_NAMES = ("trigger", "agent", "recipient", "victim", "source", "time", "location")


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the input: ``input[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    def shifted(self, offset: int) -> "TextSpan":
        """The same span in a text that starts ``offset`` characters earlier."""
        return TextSpan(self.text, self.start + offset, self.end + offset)

    @classmethod
    def from_dict(cls, data: Optional[dict[str, Any]]) -> Optional["TextSpan"]:
        return None if data is None else cls(data["text"], int(data["start"]), int(data["end"]))


@dataclass(frozen=True)
class Claim:
    """One monetary or casualty claim found in a text.

    type (str): ``"monetary"`` or ``"casualty"``.
    category (str): see CONTRACT.md (``value``, ``payment`` ... / ``killed``, ``injured`` ...).
    text, start, end: the amount as written, ``input[start:end] == text``.
    low, high (float | None): the amount normalised; a point has ``low == high``.
    approximate (bool): the amount is marked as approximate ("rund", "Hunderte").
    unit (str | None): ISO 4217 code for money, ``"persons"`` for casualties.
    hedged (bool): the text marks the claim as uncertain.
    trigger ... location (TextSpan | None): the evidence roles.
    sentence (TextSpan | None): the sentence holding the amount.
    confidence (float): the extractor's probability that the claim is right.
    field_confidence (dict[str, float]): a probability per field where the extractor gives one
        ("category", "hedged", "agent", "recipient", "victim", "source"): the field is right.
        Not part of :meth:`to_dict` (the contract's shape); kept by :meth:`to_data`.
    """

    type: str
    category: str
    text: str
    start: int
    end: int
    low: Optional[float]
    high: Optional[float]
    approximate: bool = False
    unit: Optional[str] = None
    hedged: bool = False
    trigger: Optional[TextSpan] = None
    agent: Optional[TextSpan] = None
    recipient: Optional[TextSpan] = None
    victim: Optional[TextSpan] = None
    source: Optional[TextSpan] = None
    time: Optional[TextSpan] = None
    location: Optional[TextSpan] = None
    sentence: Optional[TextSpan] = None
    confidence: float = field(default=0.5)
    field_confidence: dict[str, float] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.type not in ("monetary", "casualty"):
            raise ValueError(Errors.E014.format(value=self.type))
        for name in ("low", "high", "confidence"):
            value = getattr(self, name)
            if value is not None and not math.isfinite(value):
                raise ValueError(Errors.E016.format(field=name, value=value, text=self.text))
        for name, value in self.field_confidence.items():
            if not math.isfinite(value):
                raise ValueError(Errors.E016.format(field=f"field_confidence[{name}]", value=value, text=self.text))

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT.md shape, key order included."""

        def span(s: Optional[TextSpan]) -> Optional[dict[str, Any]]:
            return None if s is None else s.to_dict()

        return {
            "type": self.type,
            "category": self.category,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "low": self.low,
            "high": self.high,
            "approximate": self.approximate,
            "unit": self.unit,
            "trigger": span(self.trigger),
            "agent": span(self.agent),
            "recipient": span(self.recipient),
            "victim": span(self.victim),
            "source": span(self.source),
            "hedged": self.hedged,
            "time": span(self.time),
            "location": span(self.location),
            "sentence": None if self.sentence is None else {"start": self.sentence.start, "end": self.sentence.end},
            "confidence": round(self.confidence, 4),
        }

    def shifted(self, offset: int) -> "Claim":
        """The same claim in a text that starts ``offset`` characters earlier (chunked input)."""
        moved = {r: getattr(self, r).shifted(offset) if getattr(self, r) else None for r in (*ROLE_NAMES, "sentence")}
        return replace(self, start=self.start + offset, end=self.end + offset, **moved)

    def to_data(self) -> dict[str, Any]:
        """Every field as plain data, lossless (``to_dict`` rounds and leaves out the sentence text)."""
        data = {name: getattr(self, name) for name in _CLAIM_FIELDS}
        data["field_confidence"] = dict(self.field_confidence)
        for name in (*ROLE_NAMES, "sentence"):
            if data[name] is not None:
                data[name] = data[name].to_dict()
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Claim":
        """The claim :meth:`to_data` wrote."""
        spans = {r: None if data[r] is None else TextSpan(**data[r]) for r in (*ROLE_NAMES, "sentence")}
        return cls(**{**data, **spans})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        """Build a claim from the CONTRACT.md shape (gold or saved predictions)."""
        sentence = data.get("sentence")
        return cls(
            type=data["type"],
            category=data.get("category", ""),
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            low=data.get("low"),
            high=data.get("high"),
            approximate=bool(data.get("approximate")),
            unit=data.get("unit"),
            hedged=bool(data.get("hedged")),
            sentence=None if not sentence else TextSpan("", sentence["start"], sentence["end"]),
            confidence=float(data.get("confidence", 1.0)),
            **{r: TextSpan.from_dict(data.get(r)) for r in ROLE_NAMES},
        )


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
