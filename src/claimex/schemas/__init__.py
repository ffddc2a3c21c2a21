"""The JSON Schema of claimex output, shipped with the package (``claimex.schema()``).

``claimex.schema.json`` beside this file defines a claim (``Claim.to_dict()``) and the batch
record ``{"id", "claims", "claimex_version"}``; ``CONTRACT.md`` in the package says what the
fields mean.

>>> import claimex
>>> claimex.schema("claim")["$ref"], claimex.schema("record")["$ref"]
('#/$defs/claim', '#/$defs/record')
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import Errors

__all__ = ["schema", "SCHEMA_NAMES"]

#: What :func:`schema` can return.
SCHEMA_NAMES = ("claim", "record")


@lru_cache(maxsize=1)
def _document() -> dict[str, Any]:
    text = resources.files(__name__).joinpath("claimex.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def schema(name: str = "claim") -> dict[str, Any]:
    """A self-contained JSON Schema (draft 2020-12) of one claim or of one batch record.

    name (str): ``"claim"`` (one ``Claim.to_dict()``) or ``"record"`` (one JSONL line of a batch).
    RETURNS (dict): a fresh copy; change it freely. Validate with any JSON Schema library,
        e.g. ``jsonschema.validate(claim.to_dict(), claimex.schema("claim"))``.
    """
    if name not in SCHEMA_NAMES:
        raise ValueError(Errors.E017.format(value=name, allowed=", ".join(SCHEMA_NAMES)))
    document = copy.deepcopy(_document())
    definition = document["$defs"][name]
    return {
        "$schema": document["$schema"],
        "$id": document["$id"].replace("claimex.schema.json", f"{name}.schema.json"),
        "title": definition["title"],
        "description": definition["description"],
        "$ref": f"#/$defs/{name}",
        "$defs": document["$defs"],
    }
