"""The value object the amount recognizer attaches to each span (``span._.amount``)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Optional

__all__ = ["Amount", "AMOUNT_KINDS"]

#: What a number expression is. ``money`` and ``count`` can become claims (a count of
#: harmed people is a casualty claim); the rest never do.
AMOUNT_KINDS = ("money", "count", "year", "date", "time", "age", "percent", "other")


@dataclass(frozen=True)
class Amount:
    """A normalised number expression.

    low, high (Decimal | None): the bounds; a point has ``low == high``, "mindestens X" has
        ``high is None``, "bis zu X" has ``low is None``.
    approximate (bool): marked approximate ("rund", "knapp") or a vague plural ("Hunderte").
    kind (str): one of :data:`AMOUNT_KINDS`.
    unit (str | None): the ISO 4217 code of money, when the text names a currency.
    vague (bool): a vague plural or quantifier ("Dutzende", "mehrere Tausend").
    article (bool): the number is an indefinite article standing for one ("ein Toter").
    scaled (bool): a scale word multiplies the number ("5 Millionen"), as money often is.
    currency_from (str): for money, where its unit comes from: "text" (written in the span),
        "context" (borrowed from the money beside it), "none" (money by context, no unit).
    restates (bool): money that converts the money just before it into another currency.
    """

    low: Optional[Decimal]
    high: Optional[Decimal]
    approximate: bool
    kind: str
    unit: Optional[str] = None
    vague: bool = False
    article: bool = False
    scaled: bool = False
    currency_from: str = "none"
    restates: bool = False

    @property
    def low_float(self) -> Optional[float]:
        return None if self.low is None else float(self.low)

    @property
    def high_float(self) -> Optional[float]:
        return None if self.high is None else float(self.high)

    def to_data(self) -> dict[str, Any]:
        """Plain, msgpack-able data (bounds as decimal strings, exact); see :meth:`from_data`."""
        data = {name: getattr(self, name) for name in _FIELDS}
        for bound in ("low", "high"):
            if data[bound] is not None:
                data[bound] = str(data[bound])
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Amount":
        """The amount :meth:`to_data` wrote.

        >>> a = Amount(Decimal("5.6E9"), None, True, "money", unit="EUR")
        >>> Amount.from_data(a.to_data()) == a
        True
        """
        bounds = {b: None if data[b] is None else Decimal(data[b]) for b in ("low", "high")}
        return cls(**{**data, **bounds})


_FIELDS = tuple(f.name for f in fields(Amount))
