"""The reading side: run compiled queries, count facets, build snippets.

A :class:`Reader` keeps one Whoosh searcher open and refreshes it before each
call, so a long-lived reader (the TUI) sees every new commit and never a
half-written batch.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .. import analysis
from ..errors import ArticleNotFound
from ..model import Article, Hit, IndexStats, SearchResults
from ..query import tree as t
from ..snippets import MatchSpec, snippet
from . import (
    aliases,
    highlight,
    morelike,
    namegroups,
    overview,
    ranking,
    scoring,
    segfacets,
    store,
    values,
)
from . import collapse as fold
from . import facets as fc
from .compile import compile_query, pull_metadata
from .documents import from_stored
from .rerank import DEPTH as RERANK_DEPTH
from .rerank import rerank
from .suggest import respell

# Up to this many hits, facets of a one-off query come from the hits' own column.
COLUMN_LIMIT = 5_000
CLAUSE_CACHE = 256  # metadata clauses whose document sets are kept per reader generation
ALL_FACETS = ("place", "person", "org", "byline", "topic", "source", "date")


R = TypeVar("R")


def _one_generation(method: Callable[..., R]) -> Callable[..., R]:
    """Run a public ``Reader`` method on one reader generation (refreshed once, then pinned)."""
    @functools.wraps(method)
    def pinned(self: Reader, *args: Any, **kwargs: Any) -> R:
        if self._pinned:
            return method(self, *args, **kwargs)
        self.searcher()
        self._pinned = True
        try:
            return method(self, *args, **kwargs)
        finally:
            self._pinned = False
    return pinned


class Reader:
    """Search access to one index folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ix = store.open_whoosh(path)
        self.weighting = ranking.weighting()
        self._searcher = self.ix.searcher(weighting=self.weighting)
        self._tables: fc.FacetTables | None = None
        self._aliases: aliases.Aliases | None = None
        self._values: values.ValueIndex | None = None
        # Segment id -> its facet table, kept across generations (segments never change).
        self._segment_facets: dict[str, segfacets.SegmentFacets] = {}
        self._searches = 0  # searches served by this reader generation
        self._clause_cache: dict[t.Node, np.ndarray] = {}
        self._postings: scoring.Postings | None = None
        self._column: Any = None
        self._ids: list[str] | None = None
        self._pinned = False  # inside a public call: no refresh (one generation)

    def close(self) -> None:
        """Release the searcher and the index."""
        self._searcher.close()
        self.ix.close()

    def searcher(self) -> Any:
        """The current Whoosh searcher, refreshed to the last commit.

        Inside a public call the generation stays pinned: document numbers
        from one step must mean the same documents in the next, and each
        refresh costs a directory listing.
        """
        if self._pinned:
            return self._searcher
        fresh = self._searcher.refresh()
        if fresh is not self._searcher:
            self._searcher = fresh
            self._tables = None
            self._aliases = None
            self._values = None
            self._searches = 0
            self._postings = None
            self._column = None
            self._clause_cache = {}
            self._ids = None
        return self._searcher

    def tables(self) -> fc.FacetTables:
        """Facet tables for the current reader generation (built on first use)."""
        searcher = self.searcher()
        if self._tables is None:
            self._tables = namegroups.merge_tables(
                segfacets.build_tables(self.path, searcher.reader(), self._segment_facets),
                self.aliases())
        return self._tables

    def aliases(self) -> aliases.Aliases:
        """The collection's name groups for the current reader generation (:mod:`.aliases`)."""
        searcher = self.searcher()
        if self._aliases is None:
            self._aliases = namegroups.for_reader(self.path, searcher.reader(),
                                                  self._segment_facets)
        return self._aliases

    def value_index(self) -> values.ValueIndex:
        """Facet value look-ups for filters, for the current reader generation."""
        if self._values is None:
            self._values = values.ValueIndex(self.tables(), self.aliases())
        return self._values

    def postings(self) -> scoring.Postings:
        """Posting arrays and scoring for the current reader generation."""
        searcher = self.searcher()
        if self._postings is None:
            self._postings = scoring.Postings(searcher)
        return self._postings

    # -- searching -------------------------------------------------------------

    @_one_generation
    def search(self, node: t.Node, *, text: str = "", filters: list[t.Node] | None = None,
               facets: tuple[str, ...] = ALL_FACETS, facet_limit: int = 10,
               sort: str = "relevance", limit: int = 10, offset: int = 0,
               fragments: int = 2, expand: bool = False, collapse: bool = False
               ) -> SearchResults:
        """Run a parsed query; ``filters`` narrow the hits without changing scores;
        ``collapse`` shows a text filed again under other ids once (:mod:`.collapse`).

        A query with no word to rank by (filters, dates or bylines alone) lists its hits
        newest first whatever ``sort`` says. ``expand`` re-ranks the same hits with
        pseudo-relevance feedback (slower).
        """
        started = time.perf_counter()
        self._searches += 1
        node, docnums = self._select(node, filters or [])
        total = len(docnums)
        postings = self.postings()

        def ranked(depth: int) -> list[tuple[int, float]]:
            return self._order(node, docnums, sort, depth, expand)

        texts = fold.Texts(postings.stored)
        if not limit:
            page: fold.Folded = []
        elif collapse:
            page = fold.fold(ranked, texts, offset + limit, total)
        else:
            page = [(d, score, []) for d, score in ranked(offset + limit)]
        spec = self.match_spec(node)
        hits = [self.hit(postings, offset + i + 1, d, score, spec, fragments)
                for i, (d, score, _) in enumerate(page[offset:])]
        for hit, (_, _, copies) in zip(hits, page[offset:], strict=True):
            hit.duplicates = [texts.ids[c] for c in copies]
        out = SearchResults(query=text, total=total, hits=hits, offset=offset, limit=limit)
        if facets:
            self._count_facets(out, docnums, facets, facet_limit)
        out.elapsed_ms = (time.perf_counter() - started) * 1000
        return out

    def _select(self, node: t.Node, filters: list[t.Node]) -> tuple[t.Node, np.ndarray]:
        """The query with names expanded to their groups, and its hits' document numbers."""
        # A name stands for every name the collection groups with it (:mod:`.namegroups`).
        groups = self.aliases()
        node = namegroups.expand(node, groups)
        # A filter on a facet value narrows to exactly the documents the facet counts.
        fixed, filters = values.split(self.value_index(), filters) if filters else ([], [])
        filters = [namegroups.expand(f, groups) for f in filters]
        # Clauses every hit must satisfy and that select by metadata (date
        # ranges, names) are applied as cached document sets: far cheaper than
        # re-reading long posting lists for every query of a drill-down.
        query_node, must = pull_metadata(node)
        for f in filters:
            rest, pulled = pull_metadata(f)
            must.extend(pulled)
            if not isinstance(rest, t.MatchAll):
                must.append(rest)
        allowed = self._allowed(must, fixed) if must or fixed else None
        if allowed is not None and isinstance(query_node, t.MatchAll):
            return node, allowed
        docnums = self.postings().docs(compile_query(query_node))
        if allowed is not None:
            docnums = np.intersect1d(docnums, allowed, assume_unique=True)
        return node, docnums

    def _order(self, node: t.Node, docnums: np.ndarray, sort: str, depth: int,
               expand: bool) -> list[tuple[int, float]]:
        """The first ``depth`` of ``docnums`` in ``sort`` order, with their scores."""
        if sort == "relevance" and not ranking.node_words(node):
            sort = "-date"  # nothing to rank by (filters, dates, bylines): newest first
        if sort == "relevance":
            return self._ranked(self.searcher(), node, docnums, depth, expand)
        days = np.asarray(self._days(docnums), dtype=np.int64)
        order = np.lexsort((docnums, -days if sort == "-date" else days, days == 0))
        return [(d, 0.0) for d in docnums[order][:depth].tolist()]

    @_one_generation
    def order(self, node: t.Node, *, filters: list[t.Node] | None = None,
              sort: str = "relevance", limit: int | None = None
              ) -> tuple[list[tuple[int, float]], Callable[[int], Article]]:
        """Every hit of ``node`` (or the first ``limit``) in ``sort`` order, as (document
        number, score), and how to read a document number's article.

        Hits rank exactly as :meth:`search` pages them. The numbers and the reader belong to
        this generation of the index, which stays readable after later commits.
        """
        node, docnums = self._select(node, filters or [])
        depth = len(docnums) if limit is None else min(limit, len(docnums))
        searcher = self.searcher()

        def article(docnum: int) -> Article:
            stored = searcher.stored_fields(docnum)
            return from_stored(stored["id"], stored.get("stored_data", {}))

        return (self._order(node, docnums, sort, depth, False) if depth else []), article

    @_one_generation
    def rank(self, text: str, limit: int = 1000, expand: bool = False) -> list[tuple[str, float]]:
        """Rank articles for natural-language ``text`` as a bag of words (any term).

        ``expand`` adds pseudo-relevance feedback: slower, usually better recall.
        """
        searcher = self.searcher()
        q = ranking.any_terms_from_text(text)
        words = [] if expand else ranking.request_words(analysis.words(text))
        if expand:
            q = ranking.expanded_query(searcher, q)
        postings = self.postings()
        docs, scores = postings.ranked(ranking.query_weights(q), ranking.exact_weights(words),
                                       None, self.weighting)
        hits = rerank(postings, scoring.top(docs, scores, limit), words)
        ids = self.article_ids()
        return [(ids[d], score) for d, score in hits]

    def _ranked(self, searcher: Any, node: t.Node, docnums: np.ndarray, limit: int,
                expand: bool) -> list[tuple[int, float]]:
        """The best ``limit`` of ``docnums`` (the query's hits) by the newsearch ranking.

        Hits score by BM25 of the query's words (:mod:`.ranking`, computed in
        :mod:`.scoring`), then the first are re-scored by proximity
        (:mod:`.rerank`); ``expand`` adds feedback terms instead (feedback
        scores are normalised, on another scale). The hit set stays the query's own.
        """
        bag = ranking.any_terms_query(node)
        postings = self.postings()
        words = [] if expand else ranking.node_words(node)
        docs, scores = postings.ranked(ranking.query_weights(bag), ranking.exact_weights(words),
                                       docnums, self.weighting)
        if expand:
            feedback = ranking.query_weights(ranking.expanded_query(searcher, bag))
            scores = scores + postings.scores(feedback, docnums, self.weighting)[1]
        # rerank() leaves a one-word query alone; its few extra candidates cost nothing.
        depth = max(limit, RERANK_DEPTH) if words else limit
        return rerank(postings, scoring.top(docs, scores, depth), words, wanted=limit)[:limit]

    @_one_generation
    def article_ids(self) -> list[str]:
        """Article id by document number, for the current reader generation."""
        searcher = self.searcher()
        if self._ids is None:
            reader = searcher.reader()
            ids = [""] * reader.doc_count_all()
            for article_id in reader.field_terms("id"):
                for docnum in reader.postings("id", article_id).all_ids():
                    ids[docnum] = article_id
            self._ids = ids
        return self._ids

    def _count_facets(self, out: SearchResults, docnums: np.ndarray,
                      facets: tuple[str, ...], facet_limit: int) -> None:
        """Facet counts and date histogram over all ``docnums``."""
        if not len(docnums):  # also spares an empty index's reader, which has no columns
            out.facets = {name: [] for name in facets if name != "date"}
            return
        if self._one_off(docnums):
            col = self._facet_column()
            metas = [fc.decode_facet_data(col[d]) for d in docnums.tolist()]
            for name in facets:
                if name == "date":
                    out.date_bucket, out.dates = fc.histogram([day for _, day in metas])
                else:
                    groups = self.aliases()
                    out.facets[name] = fc.count_lists((groups.values(name, m) for m, _ in metas),
                                                      facet_limit)
            return
        tables = self.tables()
        for name in facets:
            if name == "date":
                out.date_bucket, out.dates = fc.histogram(tables.days[docnums].tolist())
            else:
                out.facets[name] = fc.count(tables, name, docnums, facet_limit)

    def _one_off(self, docnums: np.ndarray) -> bool:
        """Whether to read the hits' own facet column rather than whole-index tables.

        A first search (a CLI run is one) reads its hits' column values instead
        of building tables it may never use again; from the second search of a
        reader generation on (API, TUI), the tables pay for themselves.
        """
        return self._tables is None and self._searches <= 1 and len(docnums) <= COLUMN_LIMIT

    def _facet_column(self) -> Any:
        searcher = self.searcher()
        if self._column is None:
            self._column = searcher.reader().column_reader("facet_data")
        return self._column

    def _days(self, docnums: np.ndarray) -> list[int]:
        """Day numbers (0 = undated) of ``docnums``."""
        if not len(docnums):
            return []
        if self._one_off(docnums):
            col = self._facet_column()
            return [fc.decode_facet_data(col[d])[1] for d in docnums.tolist()]
        return self.tables().days[docnums].tolist()

    def _allowed(self, clauses: list[t.Node], fixed: list[np.ndarray]) -> np.ndarray:
        """Documents satisfying every clause and in every ``fixed`` set (ascending), from
        per-generation caches."""
        sets = sorted([*(self._clause_docs(c) for c in clauses), *fixed], key=len)
        allowed = sets[0]
        for other in sets[1:]:
            allowed = np.intersect1d(allowed, other, assume_unique=True)
        return allowed

    def _clause_docs(self, clause: t.Node) -> np.ndarray:
        cached = self._clause_cache.get(clause)
        if cached is None:
            if isinstance(clause, t.DateRange) and self._tables is not None:
                lo = clause.start.toordinal() if clause.start else 1
                hi = clause.end.toordinal() if clause.end else date.max.toordinal()
                days = self.tables().days
                cached = np.flatnonzero((days >= lo) & (days <= hi)).astype(np.int64)
            else:
                cached = self.postings().docs(compile_query(clause))
            if len(self._clause_cache) >= CLAUSE_CACHE:
                self._clause_cache.pop(next(iter(self._clause_cache)))
            self._clause_cache[clause] = cached
        return cached

    @_one_generation
    def count(self, node: t.Node) -> int:
        """How many articles match ``node`` (no ranking, no snippets)."""
        node = namegroups.expand(node, self.aliases())
        return len(self.postings().docs(compile_query(node)))

    @_one_generation
    def match_spec(self, node: t.Node) -> MatchSpec:
        """What to highlight for the positive parts of a query (:mod:`.highlight`)."""
        return highlight.match_spec(self.searcher().reader(), node)

    def hit(self, postings: scoring.Postings, rank: int, docnum: int, score: float,
             spec: MatchSpec, fragments: int) -> Hit:
        """Document ``docnum`` as a ranked hit, with its snippet for ``spec``."""
        # Through the caller's generation: docnums belong to it (and refreshing
        # costs a listdir); re-scoring has often just read this hit.
        stored = postings.stored(docnum)
        data = stored.get("stored_data", {})
        article = from_stored(stored["id"], data)
        text = article.body or article.caption or article.title
        return Hit(rank=rank, id=article.id, title=article.title, score=round(score, 4),
                   snippet=snippet(text, spec, fragments), date=article.date,
                   byline=article.byline, places=_place_list(article), people=article.people,
                   orgs=article.orgs, source=article.source, path=article.path)

    # -- single articles -------------------------------------------------------

    def docnum(self, article_id: str) -> int:
        """The document number of ``article_id``; ArticleNotFound if absent."""
        docnum = self.searcher().document_number(id=article_id)
        if docnum is None:
            raise ArticleNotFound(f"no article with id '{article_id}'")
        return docnum

    @_one_generation
    def get(self, article_id: str) -> Article:
        """The stored article with id ``article_id``."""
        stored = self.searcher().stored_fields(self.docnum(article_id))
        return from_stored(stored["id"], stored.get("stored_data", {}))

    @_one_generation
    def similar(self, article_id: str, limit: int = 10, collapse: bool = False
                ) -> SearchResults:
        """Articles most like ``article_id`` (more-like-this over the ranked field);
        ``collapse`` leaves out the article's own versions and folds the others'."""
        return morelike.similar(self, article_id, limit, collapse)

    # -- suggestions and statistics -------------------------------------------

    @_one_generation
    def suggest(self, node: t.Node, text: str) -> str | None:
        """A respelled query with more hits, for "did you mean", or None."""
        return respell(self.searcher().reader(), node, text)

    @_one_generation
    def stats(self, facet_limit: int = 10) -> IndexStats:
        """Article count, date span, size on disk, top facet values, versions."""
        return overview.stats(self.path, self.tables(), self.postings().alive(), facet_limit)


def _place_list(article: Article) -> list[str]:
    focus = [p.name for p in article.places if p.focus]
    rest = [p.name for p in article.places if not p.focus]
    return list(dict.fromkeys(focus + rest))
