"""Turning result dataclasses into terminal text, plain text and JSON.

The JSON shapes here are the documented, stable machine-readable form.
"""

from __future__ import annotations

import html
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from ..exports import article_dict, iso
from ..model import Article, DateBucket, Hit, IndexReport, IndexStats, SearchResults
from ..snippets import MARK_END, MARK_START, render


def stdout_console() -> Console:
    """The console commands print to: piped output is for other programs, one line per item
    and no wrapping (see :func:`print_list`)."""
    console = Console(highlight=False)
    console.soft_wrap = not console.is_terminal
    return console


def snippet_html(marked: str) -> str:
    """The snippet for JSON: HTML-escaped text with matches in ``<b>…</b>``."""
    escaped = html.escape(marked, quote=False)
    return render(escaped, "<b>", "</b>")


def hit_json(hit: Hit) -> dict[str, Any]:
    """One hit in the documented JSON form."""
    return {"rank": hit.rank, "id": hit.id, "title": hit.title, "date": iso(hit.date),
            "byline": hit.byline, "places": hit.places, "actors": hit.actors,
            "people": hit.people, "orgs": hit.orgs, "source": hit.source,
            "score": hit.score, "snippet": snippet_html(hit.snippet), "path": hit.path,
            "duplicates": hit.duplicates}


def buckets_json(buckets: list[DateBucket]) -> list[dict[str, Any]]:
    """Date histogram buckets in JSON form."""
    return [{"start": iso(b.start), "end": iso(b.end), "count": b.count} for b in buckets]


def results_json(results: SearchResults) -> dict[str, Any]:
    """A whole result set in the documented JSON form."""
    facets: dict[str, Any] = {name: [{"value": f.value, "count": f.count} for f in counts]
                              for name, counts in results.facets.items()}
    if results.dates or results.date_bucket:
        facets["date"] = buckets_json(results.dates)
    return {"query": results.query, "total": results.total, "offset": results.offset,
            "limit": results.limit, "hits": [hit_json(h) for h in results.hits],
            "facets": facets, "date_bucket": results.date_bucket or None,
            "suggestion": results.suggestion}


def article_json(article: Article) -> dict[str, Any]:
    """One full article with its metadata (:func:`newsearch.exports.article_dict`)."""
    return article_dict(article)


def stats_json(stats: IndexStats) -> dict[str, Any]:
    """Index statistics in JSON form."""
    return {"path": stats.path, "articles": stats.articles,
            "first_date": iso(stats.first_date), "last_date": iso(stats.last_date),
            "size_bytes": stats.size_bytes,
            "facets": {k: [{"value": f.value, "count": f.count} for f in v]
                       for k, v in stats.facets.items()},
            "schema_version": stats.schema_version, "whoosh": stats.whoosh_version,
            "newsearch": stats.newsearch_version}


def report_json(report: IndexReport) -> dict[str, Any]:
    """An indexing summary in JSON form."""
    return {"added": report.added, "updated": report.updated, "unchanged": report.unchanged,
            "removed": report.removed,
            "skipped": [{"path": p, "reason": r} for p, r in report.skipped],
            "records_skipped": report.records_skipped,
            "warnings": [{"path": p, "reason": r} for p, r in report.warnings],
            "files_seen": report.files_seen, "interrupted": report.interrupted,
            "segments_merged": report.segments_merged, "seconds": round(report.elapsed_s, 3)}


def styled_snippet(marked: str, terminal: bool) -> Text:
    """A snippet for the console: bold-underlined matches, or ``[...]`` when piped."""
    if not terminal:
        return Text(render(marked, "[", "]"))
    text = Text()
    parts = marked.split(MARK_START)
    text.append(parts[0])
    for part in parts[1:]:
        match, _, rest = part.partition(MARK_END)
        text.append(match, style="bold underline")
        text.append(rest)
    return text


def _indented(console: Console, text: Text, by: int = 3) -> None:
    """``text`` indented by ``by`` columns: piped, on one line; on a terminal, every wrapped
    line indented too (a hanging snippet reads as part of its hit)."""
    if console.soft_wrap:
        text.pad_left(by)
        console.print(text, highlight=False)
    else:
        for line in text.wrap(console, max(console.width - by, 20)):
            line.rstrip()
            line.pad_left(by)
            console.print(line, highlight=False, soft_wrap=True)


def print_results(console: Console, results: SearchResults, show_facets: bool) -> None:
    """Ranked hits, then facet counts, for humans."""
    terminal = console.is_terminal
    first = results.offset + 1 if results.hits else 0
    last = results.offset + len(results.hits)
    folded = sum(len(hit.duplicates) for hit in results.hits)
    console.print(f"{results.total} hit{'s' if results.total != 1 else ''}"
                  + (f", showing {first}-{last}" if results.hits else "")
                  + (f" and {folded} folded version{'s' if folded > 1 else ''}" if folded
                     else "")
                  + f" ({results.elapsed_ms:.0f} ms)", highlight=False)
    if results.suggestion:
        console.print(f"Did you mean: {escape(results.suggestion)}", highlight=False)
    for hit in results.hits:
        copies = len(hit.duplicates)
        meta = " · ".join(x for x in (iso(hit.date) or "undated", ", ".join(hit.byline),
                                       f"score {hit.score:.2f}" if hit.score else "",
                                       f"+{copies} version{'s' if copies > 1 else ''}"
                                       if copies else "") if x)
        console.print()
        head = Text(f"{hit.rank}. ", style="bold")
        head.append(hit.title, style="bold")
        console.print(head)
        _indented(console, Text(f"{meta}  [{hit.id}]", style="dim" if terminal else ""))
        _indented(console, styled_snippet(hit.snippet, terminal))
    if show_facets and results.total:
        print_facets(console, results)


def fill(items: list[str], width: int, sep: str) -> list[str]:
    """``items`` joined by ``sep`` into lines of at most ``width`` characters, never broken
    inside an item (an item longer than the width gets a line of its own)."""
    lines: list[list[str]] = [[]]
    used = 0
    for item in items:
        extra = len(item) + (len(sep) if lines[-1] else 0)
        if lines[-1] and used + extra > width:
            lines.append([])
            used, extra = 0, len(item)
        lines[-1].append(item)
        used += extra
    return [sep.join(line) for line in lines if line]


def print_list(console: Console, head: str, items: list[str], sep: str = ", ",
               style: str = "", mark: str = ",") -> None:
    """``head`` then ``items`` joined by ``sep``. Piped (a soft-wrapping console), one line;
    on a terminal, filled into its width with the continuation lines aligned under the first
    item and never broken inside one ("Reyhanli (Turkey)"); a line that the list goes on
    from ends with ``mark``."""
    if console.soft_wrap:
        lines = [sep.join(items)]
    else:
        lines = fill(items, max(console.width - len(head) - len(mark), 20), sep)
    for k, line in enumerate(lines or [""]):
        text = Text(head if k == 0 else " " * len(head), style=style if k == 0 else "")
        text.append(line + (mark if k < len(lines) - 1 else ""))
        console.print(text, highlight=False, soft_wrap=True)


def print_facets(console: Console, results: SearchResults) -> None:
    """Facet counts, one facet to a line (or a block on a terminal): its name, then its values
    in count order."""
    rows = [(name, counts) for name, counts in results.facets.items() if counts]
    if not rows:
        return
    console.print()
    indent = max(len(name) for name, _ in rows) + 2
    for name, counts in rows:
        print_list(console, name.ljust(indent), [f"{c.value} ({c.count})" for c in counts],
                   " · ", style="bold", mark="")


def print_timeline(console: Console, results: SearchResults, width: int = 40) -> None:
    """The date histogram as horizontal bars."""
    if not results.dates:
        noun = "hit" if results.total == 1 else "hits"
        console.print(f"{results.total} {noun}, none dated")
        return
    peak = max(b.count for b in results.dates) or 1
    fmt = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}.get(results.date_bucket, "%Y-%m-%d")
    noun = "hit" if results.total == 1 else "hits"
    console.print(f"{results.total} {noun} by {results.date_bucket}", highlight=False)
    for b in results.dates:
        bar = "█" * max(1 if b.count else 0, round(width * b.count / peak))
        console.print(f"{b.start.strftime(fmt):>10} {bar} {b.count}", highlight=False)
