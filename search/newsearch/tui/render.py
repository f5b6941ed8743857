"""Turning result dataclasses into Textual ``Content`` for the terminal UI.

Pure functions (no widgets, no app), so the look of a hit, a facet value, the
date sparkline and the status line can be tested without running the app.
Matches are bold + underlined and facet selection is a ``●`` mark: neither
relies on a colour that could vanish on a light or dark background.
"""

from __future__ import annotations

from datetime import datetime

from textual.content import Content

from ..model import DateBucket, Hit, SearchResults
from ..snippets import MARK_END, MARK_START, find_matches

MATCH_STYLE = "bold underline"
BARS = "▁▂▃▄▅▆▇█"
FACET_LABELS = {"place": "Places", "person": "People", "org": "Organisations",
                "byline": "Bylines"}


def iso(value: datetime | None) -> str:
    """A date as ``YYYY-MM-DD``, or ``undated``."""
    return value.date().isoformat() if value is not None else "undated"


def marked(text: str, limit: int | None = None) -> Content:
    """Text with ``MARK_START``/``MARK_END`` markers as styled content.

    ``limit`` cuts the visible text (markers excluded) at a word boundary, so a
    long snippet stays a few lines tall in a narrow list.
    """
    parts: list[str | tuple[str, str]] = []
    shown = 0
    chunks = text.split(MARK_START)
    pieces: list[tuple[str, bool]] = [(chunks[0], False)]
    for chunk in chunks[1:]:
        match, _, rest = chunk.partition(MARK_END)
        pieces += [(match, True), (rest, False)]
    for piece, is_match in pieces:
        if limit is not None and shown + len(piece) > limit:
            room = piece[: max(0, limit - shown)]
            cut = room.rfind(" ")
            room = room[:cut] if cut > 0 else room
            parts.append((room, MATCH_STYLE) if is_match else room)
            parts.append(" …")
            break
        parts.append((piece, MATCH_STYLE) if is_match and piece else piece)
        shown += len(piece)
    return Content.assemble(*parts)


def highlight_body(text: str, spans: list[tuple[int, int]]) -> Content:
    """A full article body with the character ``spans`` styled as matches."""
    parts: list[str | tuple[str, str]] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            continue
        parts += [text[pos:start], (text[start:end], MATCH_STYLE)]
        pos = end
    parts.append(text[pos:])
    return Content.assemble(*parts)


def match_spans(text: str, spec: object) -> list[tuple[int, int]]:
    """Where the query's terms occur in ``text`` (empty for an empty spec)."""
    if not spec:
        return []
    return [(s, e) for s, e, _ in find_matches(text, spec)]  # type: ignore[arg-type]


def wrap(content: Content, width: int, indent: str = "") -> Content:
    """Greedy word wrap to ``width`` columns, every line after the first indented.

    Textual would wrap a long option itself, but back to column 0; wrapping here
    keeps the hanging indent that makes each hit's title stand out.
    """
    plain = content.plain
    room = max(10, width - len(indent))
    lines: list[Content] = []
    start = 0
    while start < len(plain):
        while start and start < len(plain) and plain[start] == " ":
            start += 1
        if len(plain) - start <= room:
            lines.append(content[start:])
            break
        cut = plain.rfind(" ", start, start + room + 1)
        cut = cut if cut > start else start + room
        lines.append(content[start:cut].rstrip())
        start = cut
    return Content("\n" + indent).join(lines) if lines else content


def hit_prompt(hit: Hit, width: int = 60) -> Content:
    """One result: rank and title, then date · byline · places, then the snippet."""
    indent = " " * 4
    room = max(20, width - 1)
    versions = len(hit.duplicates)
    meta = " · ".join(x for x in (iso(hit.date), ", ".join(hit.byline[:2]),
                                   ", ".join(hit.places[:3]),
                                   f"+{versions} version{'s' if versions > 1 else ''}"
                                   if versions else "") if x)
    # Two lines of snippet in a narrow list, three in a wide one.
    lines = 2 if room < 70 else 3
    snippet = marked(hit.snippet, lines * (room - len(indent)) - 12)
    title = Content.assemble((f"{hit.rank:>2}. ", "bold"), (hit.title or "(untitled)", "bold"))
    return Content("\n").join([
        wrap(title, room, indent),
        wrap(Content.assemble(indent, (meta, "italic")), room, indent),
        wrap(Content.assemble(indent, snippet), room, indent),
    ])


def facet_prompt(value: str, count: int, selected: bool, width: int = 0) -> Content:
    """A facet value with its count on one line; ``●`` marks an active filter. With a
    ``width``, a longer value is cut with "…" so that its count stays beside it."""
    mark = "● " if selected else "  "
    tail = f" {count}"
    room = width - len(mark) - len(tail)
    if width and len(value) > room:
        value = value[:max(room - 1, 1)].rstrip() + "…"
    return Content.assemble((mark, "bold"), (value, "bold" if selected else ""),
                            (tail, "italic"))


def sparkline(buckets: list[DateBucket], width: int) -> str:
    """The counts of ``buckets`` as block characters, merged to fit ``width``."""
    counts = [b.count for b in buckets]
    if not counts or width <= 0:
        return ""
    if len(counts) > width:
        step = -(-len(counts) // width)  # ceiling division
        counts = [sum(counts[i:i + step]) for i in range(0, len(counts), step)]
    peak = max(counts) or 1
    return "".join(" " if c == 0 else BARS[min(7, (c * 8 - 1) // peak)] for c in counts)


def histogram(results: SearchResults | None, width: int) -> Content:
    """A small date histogram: title line, sparkline, first and last bucket."""
    if results is None or not results.dates:
        return Content.assemble(("Dates", "bold"), "\n", "no dated hits")
    fmt = {"year": "%Y", "month": "%Y-%m"}.get(results.date_bucket, "%Y-%m-%d")
    first = results.dates[0].start.strftime(fmt)
    last = results.dates[-1].start.strftime(fmt)
    peak = max(b.count for b in results.dates)
    span = f"{first} … {last}" if first != last else first
    return Content.assemble((f"Dates by {results.date_bucket or 'day'}", "bold"),
                            f" (max {peak})\n", sparkline(results.dates, width), "\n", span)


def status_text(results: SearchResults, sort: str, filters: dict[str, list[str]]) -> str:
    """Total hits, shown range, sort, active filters and the search time."""
    shown = len(results.hits)
    parts = [f"{results.total} hit{'s' if results.total != 1 else ''}"
             + (f" (first {shown})" if shown < results.total else "")]
    # A query with nothing to rank by comes newest first whatever the sort (scores all 0).
    unranked = bool(results.hits) and not any(h.score for h in results.hits)
    parts.append("newest first" if sort == "-date" or unranked else "by relevance")
    folded = sum(len(hit.duplicates) for hit in results.hits)
    if folded:
        parts.append(f"{folded} version{'s' if folded > 1 else ''} folded (c shows all)")
    active = [f"{name}:{value}" for name, values in filters.items() for value in values]
    if active:
        parts.append("filters " + ", ".join(active))
    if results.suggestion:
        parts.append(f"did you mean: {results.suggestion}")
    parts.append(f"{results.elapsed_ms:.0f} ms")
    return " · ".join(parts)
