"""claimex: monetary and casualty claims from German news text.

>>> import claimex
>>> [c.text for c in claimex.extract("Bei dem Unglück kamen 12 Menschen ums Leben.")]
['12']
"""

from .about import __version__
from .api import Extractor, extract, load
from .claims import Claim, TextSpan
from .render import render, render_many

__all__ = ["extract", "load", "Extractor", "Claim", "TextSpan", "__version__"]
__all__ += ["render", "render_many"]
