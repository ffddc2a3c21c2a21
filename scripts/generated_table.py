"""Shared command line of the table generators: write the table, or check it against its source."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Callable


def render(table: dict) -> str:
    """The one JSON layout every generated table uses."""
    return json.dumps(table, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def run(build: Callable[[], dict], table: Path, description: str) -> int:
    """``--check``: exit 1 when ``table`` differs from ``build()``; otherwise rewrite it."""
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    text = render(build())
    if args.check:
        same = table.exists() and table.read_text(encoding="utf-8") == text
        print(f"{table.name} {'matches' if same else 'differs from'} its source")
        return 0 if same else 1
    table.write_text(text, encoding="utf-8")
    print(f"wrote {table}")
    return 0
