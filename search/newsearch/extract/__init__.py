"""Metadata extraction: dates, places, people, organisations and bylines from article text.

:func:`enrich` fills only what the source left empty; source-given metadata always wins and
nothing is invented. Each text segment is cut into runs of capitalised words once
(:mod:`.scan`) and both the place and the actor extractors work on those runs. The gazetteer and
name lists load lazily, once per process, so the function is safe to call from indexer workers.

Speed: several modules call methods of imported tables under a module-level name of their own
(``_TITLE_WORDS = TITLE_WORDS``, then ``_TITLE_WORDS.isdisjoint(keys)``). Python 3.11 compiles a
method call on a name that ``from ... import`` bound as an attribute load and a call, which
builds a bound method every time (about 500 machine instructions more a call); on any other
name it uses its method-call form. Python 3.12 specialises both.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actors import extract_actors
    from .byline import extract_byline
    from .dates import extract_date, split_dateline
    from .fill import enrich
    from .known import org_code
    from .places import extract_places

__all__ = ["FILLED", "enrich", "extract_actors", "extract_byline", "extract_date",
           "extract_places", "org_code", "split_dateline"]

# The article's fields :func:`enrich` may fill; all it reads besides the text is whether
# each is empty (a date the source gives is not read).
FILLED = ("date", "places", "people", "orgs", "orgs_mentioned", "byline")

# Where each public function lives. They are imported on first use, so that what only
# needs a table of this package (the query side's name groups need the common words) does
# not load every extractor: 0.2 s of each `newsearch query`.
_HOMES = {"enrich": ".fill", "extract_actors": ".actors", "extract_byline": ".byline",
          "extract_date": ".dates", "extract_places": ".places", "org_code": ".known",
          "split_dateline": ".dates"}


def __getattr__(name: str) -> Any:
    """Import a public function of the package on first use (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value
