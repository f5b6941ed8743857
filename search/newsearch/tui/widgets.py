"""The widgets of the terminal UI: results list, facet panel, reader screen."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ..model import Article, FacetCount, Hit
from . import render

FACET_SEP = "\x1f"  # joins facet name and value in an option id; never in a value


class ResultsList(OptionList):
    """The ranked hits; Enter opens the highlighted one in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Read", show=True),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Hit] = []  # kept to re-wrap on resize

    def show_hits(self, hits: list[Hit], keep: int | None = None) -> None:
        """Replace the list with ``hits`` (ids are article ids); highlight ``keep`` or the first."""
        self.hits = hits
        width = max(20, self.scrollable_content_region.width or self.size.width or 60)
        options: list[Option | None] = []
        for i, hit in enumerate(hits):
            if i:
                options.append(None)  # a divider keeps multi-line hits apart
            options.append(Option(render.hit_prompt(hit, width), id=hit.id))
        self.set_options(options)
        if hits:
            self.highlighted = keep if keep is not None and keep < self.option_count else 0

    def action_cursor_up(self) -> None:
        """Move up a hit; from the first one, back to the search box."""
        if not self.highlighted:
            self.app.action_focus_search()  # type: ignore[attr-defined]
        else:
            super().action_cursor_up()

    def on_resize(self) -> None:
        """Re-wrap the hits to the new width, keeping the selection."""
        if self.hits:
            self.show_hits(self.hits, keep=self.highlighted)
            if self.highlighted is not None:
                self.scroll_to_highlight()

    @property
    def selected_id(self) -> str | None:
        """The id of the highlighted article, if any."""
        option = self.highlighted_option
        return option.id if option is not None else None


class FacetList(OptionList):
    """Facet values with counts; Enter (or a click) toggles a value as a filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Toggle filter", show=True),
        Binding("space", "select", "Toggle filter", show=False),
    ]

    def show_facets(self, facets: dict[str, list[FacetCount]],
                    active: dict[str, list[str]], total: int = 0) -> None:
        """Rebuild the panel: active filters first in each group, then the top values.

        An active value missing from the top counts is carried by every hit: ``total``.
        """
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        options: list[Option] = []
        # Room for the scrollbar too: it appears once the new options overflow the panel.
        width = max(0, self.size.width - self.styles.scrollbar_size_vertical)
        for name, label in render.FACET_LABELS.items():
            counts = {c.value: c.count for c in facets.get(name, [])}
            chosen = active.get(name, [])
            values = [*chosen, *(v for v in counts if v not in chosen)]
            if not values:
                continue
            options.append(Option(Content.assemble((label, "bold reverse")), disabled=True))
            for value in values:
                options.append(Option(render.facet_prompt(value, counts.get(value, total),
                                                          value in chosen, width),
                                      id=f"{name}{FACET_SEP}{value}"))
        self.set_options(options)
        ids = [o.id for o in options]
        if keep is not None and keep in ids:
            self.highlighted = ids.index(keep)
        elif any(ids):
            self.highlighted = next(i for i, o in enumerate(options) if not o.disabled)


class ReaderScreen(Screen[None]):
    """One full article with its metadata and the query's terms highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("j,down", "scroll('down')", "Scroll", show=False),
        Binding("k,up", "scroll('up')", "Scroll", show=False),
        Binding("space,pagedown", "page('down')", "Page", show=False),
        Binding("b,pageup", "page('up')", "Page", show=False),
    ]

    DEFAULT_CSS = """
    ReaderScreen #reader-title { text-style: bold; padding: 0 1; background: $panel; }
    ReaderScreen #reader-meta { padding: 0 1; border-bottom: solid $primary; }
    ReaderScreen #reader-body { padding: 0 1; }
    """

    def __init__(self, article: Article, spans: list[tuple[int, int]]) -> None:
        super().__init__()
        self.article = article
        self.spans = spans

    def compose(self) -> ComposeResult:
        """Title bar, then metadata and the highlighted body, scrolling together."""
        a = self.article
        yield Static(a.title or "(untitled)", id="reader-title", markup=False)
        with VerticalScroll(id="reader-scroll"):
            # Metadata scrolls away with the text: at 24 rows it would leave little room.
            yield Static(_metadata(a), id="reader-meta")
            yield Static(render.highlight_body(a.body, self.spans), id="reader-body")
        yield Footer()

    def on_mount(self) -> None:
        """Focus the body so arrows and page keys scroll it."""
        self.query_one("#reader-scroll").focus()

    def action_scroll(self, direction: str) -> None:
        """Scroll the body one line."""
        scroller = self.query_one("#reader-scroll", VerticalScroll)
        scroller.scroll_relative(y=1 if direction == "down" else -1, animate=False)

    def action_page(self, direction: str) -> None:
        """Scroll the body one page."""
        scroller = self.query_one("#reader-scroll", VerticalScroll)
        if direction == "down":
            scroller.scroll_page_down(animate=False)
        else:
            scroller.scroll_page_up(animate=False)


def _metadata(a: Article) -> Content:
    """Label: value lines for the reader's metadata block (empty fields left out)."""
    focus = [p.name for p in a.places if p.focus]
    mentioned = [p.name for p in a.places if not p.focus]
    rows = [("date", render.iso(a.date)), ("byline", ", ".join(a.byline)),
            ("places", ", ".join(focus)), ("mentioned", ", ".join(mentioned)),
            ("people", ", ".join(a.people)), ("orgs", ", ".join(a.orgs)),
            ("source", a.source), ("id", a.id)]
    parts: list[str | tuple[str, str]] = []
    for label, value in rows:
        if value:
            parts += ["\n" if parts else "", (f"{label}: ", "bold"), value]
    return Content.assemble(*parts)
