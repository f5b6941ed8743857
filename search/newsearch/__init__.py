"""newsearch: full-text search for news archives.

The public API::

    import newsearch
    ix = newsearch.create_index("index")
    ix.update(["corpus/"])                       # incremental indexing
    results = ix.search('"Jisr al-Shughur" hospital', limit=5)
    for hit in results.hits:
        print(hit.rank, hit.title, hit.date, hit.places)

All results are dataclasses (:mod:`newsearch.model`); all errors derive from
:class:`NewsearchError` (:mod:`newsearch.errors`).
"""

from .api import (
    DEFAULT_INDEX,
    CheckReport,
    Filters,
    Index,
    check_index,
    create_index,
    day_span,
    extract_file,
    open_index,
)
from .errors import (
    ArticleNotFound,
    IndexCorrupt,
    IndexLocked,
    IndexMissing,
    IndexPathError,
    IndexVersionMismatch,
    LoadError,
    NewsearchError,
    OutputError,
    QuerySyntaxError,
    UsageError,
)
from .model import (
    Article,
    DateBucket,
    FacetCount,
    Hit,
    IndexReport,
    IndexStats,
    Place,
    RankedArticle,
    SearchResults,
)

__all__ = [
    "DEFAULT_INDEX", "CheckReport", "Filters", "Index", "check_index", "create_index",
    "day_span", "extract_file",
    "open_index",
    "ArticleNotFound", "IndexCorrupt", "IndexLocked", "IndexMissing", "IndexPathError",
    "IndexVersionMismatch", "LoadError", "NewsearchError", "OutputError", "QuerySyntaxError",
    "UsageError",
    "Article", "DateBucket", "FacetCount", "Hit", "IndexReport", "IndexStats", "Place",
    "RankedArticle", "SearchResults",
]
