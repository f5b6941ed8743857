"""The Textual app: search box, ranked hits, facet panel, date histogram, reader.

Searches run in an exclusive thread worker after a short pause in typing, so
the interface never waits on a large index; a lock keeps the one index reader
to one thread at a time, and a superseded search's results are dropped.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.worker import get_current_worker

from .. import exports
from ..api import Filters, Index, open_index
from ..errors import NewsearchError, QuerySyntaxError
from ..model import Article, SearchResults
from . import render
from .widgets import FACET_SEP, FacetList, ReaderScreen, ResultsList

DEBOUNCE_S = 0.25
BUSY_AFTER_S = 0.3
HIT_LIMIT = 50  # hits fetched per search; the status line says when there are more
FACET_LIMIT = 8
FILTER_FIELDS = {"place": "about", "person": "people", "org": "orgs", "byline": "bylines"}


class SearchBox(Input):
    """The query input; Down and Escape hand over to the results list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "app.focus_results", "Results", show=False),
        Binding("escape", "app.focus_results", "Results", show=False),
    ]


class NewsearchApp(App[None]):
    """Interactive search over one newsearch index."""

    TITLE = "newsearch"
    CSS = """
    #search { margin: 0 0; }
    #main { height: 1fr; }
    #results { width: 1fr; height: 1fr; border: none; scrollbar-size-vertical: 1; }
    #side { width: 25%; min-width: 30; max-width: 44; height: 1fr; border-left: solid $primary; }
    #facets { height: 1fr; border: none; scrollbar-size-vertical: 1; }
    #dates { height: 3; padding: 0 1; }
    #status { height: 1; padding: 0 1; background: $panel; color: $text; }
    #status.error { color: $text-error; text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search"),
        Binding("s", "toggle_sort", "Sort"),
        Binding("c", "toggle_collapse", "Fold versions"),
        Binding("f", "focus_facets", "Facets"),
        Binding("e", "export", "Export CSV"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, index: Index, query: str = "", *, debounce: float = DEBOUNCE_S,
                 limit: int = HIT_LIMIT, export_dir: str | Path = ".") -> None:
        super().__init__()
        self.export_dir = Path(export_dir)
        self.index = index
        self.initial_query = query
        self.debounce = debounce
        self.limit = limit
        self.sort = "relevance"
        self.collapse = True  # a story filed again shows once, with "+N versions"
        self.filters: dict[str, list[str]] = {name: [] for name in FILTER_FIELDS}
        self.results: SearchResults | None = None
        self.error: str | None = None
        self._timer: Timer | None = None
        self._busy: Timer | None = None
        self._lock = threading.Lock()  # one thread at a time on the index reader

    def compose(self) -> ComposeResult:
        """Search box on top, hits beside facets and dates, status and keys below."""
        yield SearchBox(value=self.initial_query, id="search",
                        placeholder='words, "a phrase", place:Syria, date:2015-05 …')
        with Horizontal(id="main"):
            yield ResultsList(id="results")
            with Vertical(id="side"):
                yield FacetList(id="facets")
                yield Static(id="dates")
        yield Static("", id="status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        """Show the initial query (or everything); focus its hits, or the empty box."""
        if self.initial_query.strip():
            self.action_focus_results()
        else:
            self.action_focus_search()
        self.search_now()

    # -- searching -------------------------------------------------------------

    @property
    def query_text(self) -> str:
        """The query as typed."""
        return self.query_one(SearchBox).value

    @on(Input.Changed, "#search")
    def _typed(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.debounce, self.search_now)

    @on(Input.Submitted, "#search")
    def _submitted(self) -> None:
        self.search_now()
        self.action_focus_results()

    def search_now(self) -> None:
        """Run the current query, filters and sort in the background (cancelling the last)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        query, filters = self._request()
        if self._busy is None:
            # Only a slow search (the one that builds facet tables) says it is working.
            self._busy = self.set_timer(BUSY_AFTER_S, self._show_busy)
        self._search(query, filters, self.sort)

    def _request(self) -> tuple[str, Filters]:
        """The query in the box and the facet filters chosen, as a search takes them."""
        filters = Filters(**{FILTER_FIELDS[k]: list(v) for k, v in self.filters.items()})
        query = self.query_text
        if not query.strip() and not filters:
            query = "*"  # an empty box browses the whole archive
        return query, filters

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, filters: Filters, sort: str) -> None:
        worker = get_current_worker()
        with self._lock:
            if worker.is_cancelled:
                return
            try:
                results = self.index.search(query, filters=filters, sort=sort,
                                            limit=self.limit, facet_limit=FACET_LIMIT,
                                            facets=(*FILTER_FIELDS, "date"), fragments=1,
                                            collapse=self.collapse)
            except QuerySyntaxError as exc:
                message = f"query error: {exc}"
            except NewsearchError as exc:
                message = f"error: {exc}"
            except Exception as exc:  # a bug must not take the session down with it
                message = f"internal error: {type(exc).__name__}: {exc}"
            else:
                if not worker.is_cancelled:
                    self.call_from_thread(self._show_results, results)
                return
        if not worker.is_cancelled:
            self.call_from_thread(self._show_error, message)

    def _show_busy(self) -> None:
        self.query_one("#status", Static).update("searching …")

    def _done(self) -> None:
        if self._busy is not None:
            self._busy.stop()
            self._busy = None

    def _show_results(self, results: SearchResults) -> None:
        self._done()
        self.results = results
        self.error = None
        self.query_one(ResultsList).show_hits(results.hits)
        self.query_one(FacetList).show_facets(results.facets, self.filters, results.total)
        side = self.query_one("#side")
        width = max(8, side.content_region.width - 2)
        self.query_one("#dates", Static).update(render.histogram(results, width))
        status = self.query_one("#status", Static)
        status.remove_class("error")
        status.update(render.status_text(results, self.sort, self.filters))

    def _show_error(self, message: str) -> None:
        # The last good results stay on screen; only the status line changes.
        self._done()
        self.error = message
        status = self.query_one("#status", Static)
        status.add_class("error")
        status.update(message)

    # -- facets and reader -----------------------------------------------------

    @on(OptionList.OptionSelected, "#facets")
    def _toggle_facet(self, event: OptionList.OptionSelected) -> None:
        name, _, value = (event.option.id or "").partition(FACET_SEP)
        if name not in self.filters:
            return
        values = self.filters[name]
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        self.search_now()

    @on(OptionList.OptionSelected, "#results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        # Highlight what the listed hits matched, not what is half-typed in the box.
        query = self.results.query if self.results is not None else ""
        if event.option.id:
            self._load_article(event.option.id, "" if query.strip() == "*" else query)

    @work(thread=True, exclusive=True, group="reader")
    def _load_article(self, article_id: str, query: str) -> None:
        worker = get_current_worker()
        with self._lock:
            try:
                article = self.index.get(article_id)
                spec = self.index.match_spec(query) if query.strip() else None
                spans = render.match_spans(article.body, spec)
            except NewsearchError as exc:  # e.g. the article left the index meanwhile
                self.call_from_thread(self._show_error, f"error: {exc}")
                return
        if not worker.is_cancelled:  # a second Enter opens one reader, not two
            self.call_from_thread(self._push_reader, article, spans)

    def _push_reader(self, article: Article, spans: list[tuple[int, int]]) -> None:
        self.push_screen(ReaderScreen(article, spans))

    # -- actions ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The list's keys do nothing (and leave the footer) while the reader is open."""
        if action in ("focus_search", "toggle_sort", "toggle_collapse", "focus_facets",
                      "export"):
            return not isinstance(self.screen, ReaderScreen)
        return True

    def action_focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.query_one(SearchBox).focus()

    def action_focus_results(self) -> None:
        """Move focus to the results list."""
        self.query_one(ResultsList).focus()

    def action_focus_facets(self) -> None:
        """Move focus to the facet panel."""
        self.query_one(FacetList).focus()

    def action_toggle_sort(self) -> None:
        """Switch between relevance and newest-first, and search again."""
        self.sort = "-date" if self.sort == "relevance" else "relevance"
        self.search_now()

    def action_toggle_collapse(self) -> None:
        """Fold a story's other versions into it, or list every version, and search again."""
        self.collapse = not self.collapse
        self.search_now()

    def action_export(self) -> None:
        """Write every hit of the current search (each version, in the list's order) to a
        CSV file in the export folder; the status line names it."""
        query, filters = self._request()
        name = f"newsearch-export-{datetime.now():%Y%m%d-%H%M%S}.csv"
        self.query_one("#status", Static).update(f"exporting to {name} …")
        self._export(query, filters, self.sort, self.export_dir / name)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, query: str, filters: Filters, sort: str, path: Path) -> None:
        with self._lock:
            try:
                count = exports.write_file(self.index.export(query, filters=filters, sort=sort),
                                           path, "csv")
            except NewsearchError as exc:
                self.call_from_thread(self._show_error, f"error: {exc}")
                return
        self.call_from_thread(self._show_exported, count, path)

    def _show_exported(self, count: int, path: Path) -> None:
        status = self.query_one("#status", Static)
        status.remove_class("error")
        status.update(exports.written(count, path))


def run_tui(index: str | Path, query: str = "") -> None:
    """Open the index (failing before any screen is drawn) and run the app."""
    ix = open_index(index)
    try:
        NewsearchApp(ix, query).run()
    finally:
        ix.close()
