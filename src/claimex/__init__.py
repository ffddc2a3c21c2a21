"""claimex: monetary and casualty claims from German news text.

What a claim is and the exact shape of the output: ``CONTRACT.md`` in this package, and its
JSON Schema, ``claimex.schema("claim")`` / ``claimex.schema("record")``.

>>> import claimex
>>> [c.text for c in claimex.extract("Bei dem Unglück kamen 12 Menschen ums Leben.")]
['12']
"""

from .about import __version__
from .api import Extractor, extract, load, pipe
from .claims import Claim, TextSpan
from .extensions import install_extensions as _install_extensions
from .schemas import schema

_install_extensions()  # so that Docs read back from bytes, DocBin or pickle show their claims

__all__ = ["extract", "pipe", "load", "Extractor", "Claim", "TextSpan", "schema", "__version__"]
