"""claimex: monetary and casualty claims from German news text.

>>> import claimex
>>> [c.text for c in claimex.extract("Bei dem Unglück kamen 12 Menschen ums Leben.")]
['12']
"""

from .about import __version__
from .api import Extractor, extract, load, pipe
from .claims import Claim, TextSpan

__all__ = ["extract", "pipe", "load", "Extractor", "Claim", "TextSpan", "__version__"]
