"""What an index holds, for ``newsearch stats``: counts, date span, size, top values."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np

from ..model import IndexStats
from . import facets as fc
from . import store
from .schema import FACETS, SCHEMA_VERSION


def stats(path: Path, tables: fc.FacetTables, alive: np.ndarray,
          facet_limit: int = 10) -> IndexStats:
    """The :class:`IndexStats` of the index at ``path``, from its facet ``tables`` and the
    document numbers of its live documents (``alive``)."""
    days = [day for day in tables.days[alive].tolist() if day]
    meta = store.read_meta(path)
    size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
    return IndexStats(
        path=str(path), articles=len(alive),
        first_date=datetime.fromordinal(min(days)) if days else None,
        last_date=datetime.fromordinal(max(days)) if days else None,
        size_bytes=size,
        facets={name: fc.count(tables, name, alive, facet_limit) for name in FACETS},
        schema_version=int(meta.get("schema_version", SCHEMA_VERSION)),
        whoosh_version=f"{meta.get('whoosh', '?')} {meta.get('whoosh_version', '?')}",
        newsearch_version=str(meta.get("newsearch_version", "?")))
