"""The public, embeddable API: open an index, add to it, search it.

Everything returns dataclasses from :mod:`newsearch.model` and raises
subclasses of :class:`newsearch.errors.NewsearchError`.

    >>> import newsearch
    >>> ix = newsearch.open_index("index")
    >>> results = ix.search("Jisr al Shughur hospital", filters=newsearch.Filters(places=["Syria"]))
    >>> results.hits[0].title
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .engine import store
from .engine.check import CheckReport
from .engine.search import ALL_FACETS, Reader
from .errors import NewsearchError, UsageError
from .model import Article, IndexReport, IndexStats, RankedArticle, SearchResults
from .query import parse
from .query import tree as t
from .snippets import MatchSpec

if TYPE_CHECKING:
    from . import ingest

DEFAULT_INDEX = Path("index")
SUGGEST_BELOW = 3  # offer "did you mean" when a query has fewer hits than this
SORTS = ("relevance", "date", "-date")


@dataclass
class Filters:
    """Exact narrowing of a search: what a click on a facet value does.

    Every value given must hold. A value that names a facet value (in any case,
    or any name of its group) finds exactly the articles that value counts
    (:mod:`newsearch.engine.values`): ``about=["Sudan"]`` is not South Sudan. One
    that names none narrows like its query clause (``person:Lyndon``).
    ``places`` match any place an article mentions (they have no facet of their
    own); ``about`` only the places it is about, which is what the ``place``
    facet counts. ``since``/``until`` are inclusive days.
    """

    places: list[str] = field(default_factory=list)
    about: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None

    def nodes(self) -> list[t.Node]:
        """The query-tree clauses these filters stand for."""
        out: list[t.Node] = []
        for fieldname, values in (("place", self.places), ("about", self.about),
                                  ("person", self.people),
                                  ("org", self.orgs), ("actor", self.actors),
                                  ("byline", self.bylines), ("source", self.sources),
                                  ("topic", self.topics)):
            out.extend(t.Phrase(fieldname, v) for v in values if v.strip())
        if self.since or self.until:
            if self.since and self.until and self.since > self.until:
                raise UsageError(f"--since {self.since} is after --until {self.until}")
            out.append(t.DateRange(self.since, self.until))
        return out

    def __bool__(self) -> bool:
        return bool(self.nodes())


class Index:
    """A newsearch index folder. Reading opens lazily; writing takes the lock."""

    def __init__(self, path: str | Path = DEFAULT_INDEX) -> None:
        self.path = Path(path)
        self._reader: Reader | None = None

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release open files."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    @property
    def reader(self) -> Reader:
        """The searcher side (opened on first use; IndexMissing if there is no index)."""
        if self._reader is None:
            self._reader = Reader(self.path)
        return self._reader

    # -- writing ---------------------------------------------------------------

    def update(self, paths: Iterable[str | Path], *, batch_size: int = 2000,
               workers: int | None = None, wait: float = 5.0,
               progress: ingest.ProgressFn | None = None,
               on_skip: Callable[[str, str], None] | None = None,
               on_warning: Callable[[str, str], None] | None = None,
               field_map: dict[str, str] | None = None,
               optimize: bool = False) -> IndexReport:
        """Index the files under ``paths`` incrementally (see :func:`ingest.index_paths`).

        ``optimize`` merges the index into one segment afterwards: slow for
        the writer, faster for every later search.

        ``field_map`` renames source fields of JSON/Markdown records, e.g.
        ``{"body": "maintext", "date": "date_publish"}``.
        """
        from .loaders import LoadOptions
        from .loaders.records import validate_field_map

        options = LoadOptions(validate_field_map(field_map or {}))
        from . import ingest

        return ingest.index_paths([Path(p) for p in paths], self.path, batch_size=batch_size,
                                  workers=workers, wait=wait, progress=progress,
                                  on_skip=on_skip, on_warning=on_warning, options=options,
                                  optimize=optimize)

    def rebuild(self, paths: Iterable[str | Path], *, wait: float = 5.0,
                **update_options: Any) -> tuple[IndexReport, bool]:
        """Build a fresh index of ``paths`` beside this one; swap it in when complete.

        Returns the report and whether the swap happened: an interrupted run,
        or one that found no articles, leaves the current index untouched (an
        interrupted rebuild resumes when called again). ``update_options`` are
        those of :meth:`update`.
        """
        from .engine.rebuild import Rebuild

        self.close()
        paths = [Path(p) for p in paths]
        sources = sorted(str(p.resolve()) for p in paths)
        with Rebuild(self.path, sources, wait=wait) as job:
            report = Index(job.target).update(paths, wait=wait, **update_options)
            # An empty result (every file skipped, wrong folder) must not replace real data.
            articles = report.added + report.updated + report.unchanged
            if report.interrupted or (articles == 0 and self.path.exists()):
                return report, False
            job.swap()
        return report, True

    def add(self, articles: Iterable[Article], *, wait: float = 5.0) -> IndexReport:
        """Add (or replace, by id) articles built in memory, with extraction."""
        from . import ingest

        return ingest.add_articles(articles, self.path, wait=wait)

    # -- reading ---------------------------------------------------------------

    def search(self, query: str, *, filters: Filters | None = None,
               facets: Iterable[str] = ALL_FACETS, facet_limit: int = 10,
               sort: str = "relevance", limit: int = 10, offset: int = 0,
               fragments: int = 2, expand: bool = False,
               collapse: bool = False) -> SearchResults:
        """Search with newsearch's query syntax; see :mod:`newsearch.query.parse`.

        Hits rank by their text's words; a query of names alone by its names' words, and one
        with nothing to rank by (filters, dates, bylines) lists the newest first.
        ``expand`` re-ranks with pseudo-relevance feedback: slower, often better.
        ``collapse`` shows each text once: copies filed under other ids (a wire resend) are
        folded into the best-ranked one and listed in its ``Hit.duplicates``; ``total`` and
        facets still count every matching article.
        """
        _check_sort(sort)
        if limit < 0 or offset < 0:
            raise UsageError("limit and offset must not be negative")
        facets = tuple(facets)
        unknown = [f for f in facets if f not in ALL_FACETS]
        if unknown:
            raise UsageError(f"unknown facet '{unknown[0]}' (use: {', '.join(ALL_FACETS)})")
        node, filter_nodes = _request(query, filters)
        reader = self.reader
        results = reader.search(node, text=query, filters=filter_nodes, facets=facets,
                                facet_limit=facet_limit, sort=sort, limit=limit,
                                offset=offset, fragments=fragments, expand=expand,
                                collapse=collapse)
        if results.total < SUGGEST_BELOW and query.strip():
            suggestion = reader.suggest(node, query)
            if suggestion:
                try:
                    better = reader.count(parse(suggestion))
                except Exception:  # a respelling that no longer parses is no suggestion
                    better = 0
                if better > results.total:
                    results.suggestion = suggestion
        return results

    def export(self, query: str = "", *, filters: Filters | None = None,
               sort: str = "relevance", limit: int | None = None) -> Iterator[RankedArticle]:
        """Every article matching ``query`` and ``filters`` (or the first ``limit``), whole,
        in ``sort`` order: what :meth:`search` pages through, for spreadsheets and scripts.

        The order is fixed when the call is made, and articles are read one at a time as
        the iterator is consumed, so an export of millions holds only their numbers.
        """
        _check_sort(sort)
        if limit is not None and limit < 0:
            raise UsageError("limit must not be negative")
        node, filter_nodes = _request(query, filters)
        order, article = self.reader.order(node, filters=filter_nodes, sort=sort, limit=limit)
        return _articles(order, article)

    def rank(self, text: str, *, limit: int = 1000,
             expand: bool = False) -> list[tuple[str, float]]:
        """Article ids and scores for natural-language ``text``, best first.

        The text is a ranked bag of words (any word may match), not query syntax.
        ``expand`` adds pseudo-relevance feedback (slower). Used by evaluation.
        """
        if limit < 0:
            raise UsageError("limit must not be negative")
        return self.reader.rank(text, limit=limit, expand=expand) if limit else []

    def match_spec(self, query: str) -> MatchSpec:
        """What to highlight for ``query`` in an article's text (see :mod:`snippets`)."""
        return self.reader.match_spec(parse(query)) if query.strip() else MatchSpec()

    def get(self, article_id: str) -> Article:
        """The article with this id (ArticleNotFound otherwise)."""
        return self.reader.get(article_id)

    def similar(self, article_id: str, limit: int = 10,
                collapse: bool = False) -> SearchResults:
        """Articles related to ``article_id`` (more like this). ``collapse`` leaves out the
        article's own versions (a resend, an update) and folds the others' into them."""
        return self.reader.similar(article_id, limit=limit, collapse=collapse)

    def stats(self, facet_limit: int = 10) -> IndexStats:
        """Counts, date span, size and top facet values of the index."""
        return self.reader.stats(facet_limit=facet_limit)


def _check_sort(sort: str) -> None:
    if sort not in SORTS:
        raise UsageError(f"unknown sort '{sort}' (use one of: {', '.join(SORTS)})")


def _request(query: str, filters: Filters | None) -> tuple[t.Node, list[t.Node]]:
    """The parsed query (all articles when it is empty but filtered) and the filters' nodes."""
    filter_nodes = (filters or Filters()).nodes()
    if query.strip():
        return parse(query), filter_nodes
    if not filter_nodes:
        raise UsageError("empty query: give words to search for")
    return t.MatchAll(), filter_nodes


def _articles(order: list[tuple[int, float]],
              article: Callable[[int], Article]) -> Iterator[RankedArticle]:
    for rank, (docnum, score) in enumerate(order, 1):
        yield RankedArticle(rank, round(score, 4), article(docnum))


def day_span(text: str) -> tuple[date, date]:
    """First and last day of ``2015``, ``2015-05`` or ``2015-05-22`` (UsageError otherwise)."""
    try:
        node = parse(f"date:{text.strip()}")
    except NewsearchError:
        node = None
    if not isinstance(node, t.DateRange) or node.start is None or node.end is None:
        raise UsageError(f"expected a date like 2015, 2015-05 or 2015-05-22, not '{text}'")
    return node.start, node.end


def extract_file(path: str | Path) -> list[Article]:
    """The articles of one file with their extracted metadata, without indexing (as the
    indexer reads them: a headline-only story's people also by the file's other stories,
    see :mod:`newsearch.extract.feednames`)."""
    from .extract import enrich
    from .extract.feednames import fill_from_file
    from .loaders import load_file

    articles = list(load_file(Path(path)))
    filled = [not a.people for a in articles]
    for article in articles:
        enrich(article)
    fill_from_file(articles, filled)
    return articles


def check_index(path: str | Path = DEFAULT_INDEX) -> CheckReport:
    """Verify an index: every segment and stored document, ids, and the manifest."""
    from .engine.check import check_index as check

    return check(Path(path))


def open_index(path: str | Path = DEFAULT_INDEX) -> Index:
    """Open an existing index for searching (IndexMissing if there is none)."""
    ix = Index(path)
    ix.reader  # noqa: B018 - open now so a missing index fails here, not later
    return ix


def create_index(path: str | Path = DEFAULT_INDEX) -> Index:
    """Create an empty index at ``path`` if none exists, and return it."""
    p = Path(path)
    if not store.exists(p):
        store.create(p)
    return Index(p)


def parse_field_map(pairs: list[str]) -> dict[str, str]:
    """``--map article_field=source_field`` pairs as a mapping (UsageError when malformed)."""
    from .loaders.records import parse_field_map as parse

    return parse(pairs)
