"""Typer commands. Each one calls the library and renders its dataclasses."""

from __future__ import annotations

import gc
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from ..api import ALL_FACETS, DEFAULT_INDEX, Filters, Index, day_span, open_index
from ..errors import UsageError
from . import render
from .errors import handle_errors
from .indexing import run_check, run_index

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Full-text search for news archives.")

IndexOpt = Annotated[Path, typer.Option("--index", "-i", help="Index folder.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


# The filters of ``query``, shared by ``export``: the same options narrow both the same way.
Names = list[str] | None
PlaceOpt = Annotated[Names, typer.Option(
    help="Only articles naming this place (or a place in it).")]
AboutOpt = Annotated[Names, typer.Option(
    help="Only articles about this place (as the place facet counts).")]
PersonOpt = Annotated[Names, typer.Option(help="Only articles naming this person.")]
OrgOpt = Annotated[Names, typer.Option(help="Only articles naming this organisation.")]
ActorOpt = Annotated[Names, typer.Option(help="Person or organisation.")]
BylineOpt = Annotated[Names, typer.Option(help="Only articles by this author.")]
SourceOpt = Annotated[Names, typer.Option(help="Only articles from this source.")]
TopicOpt = Annotated[Names, typer.Option(help="Only articles with this topic.")]
SinceOpt = Annotated[str | None, typer.Option(help="From this date (2015, 2015-05, 2015-05-22).")]
UntilOpt = Annotated[str | None, typer.Option(help="Up to this date, inclusive.")]
SortOpt = Annotated[str, typer.Option(help="relevance, date or -date.")]


def make_filters(place: Names, about: Names, person: Names, org: Names, actor: Names,
                 byline: Names, source: Names, topic: Names, since: str | None,
                 until: str | None) -> Filters:
    """The command line's filter options as :class:`Filters` (UsageError for a bad date)."""
    return Filters(places=place or [], about=about or [], people=person or [], orgs=org or [],
                   actors=actor or [], bylines=byline or [], sources=source or [],
                   topics=topic or [], since=_day(since, "--since"), until=_day(until, "--until"))


def _emit(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        first, last = day_span(value)
    except UsageError:
        raise UsageError(
            f"{option} takes a date like 2015, 2015-05 or 2015-05-22, not '{value}'") from None
    return first if option == "--since" else last


def _facets(value: str) -> tuple[str, ...]:
    names = tuple(v.strip() for v in value.split(",") if v.strip())
    for name in names:
        if name not in ALL_FACETS:
            raise UsageError(f"unknown facet '{name}' (use: {', '.join(ALL_FACETS)})")
    return names


@app.command("index")
@handle_errors
def index_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to index.")],
    index: IndexOpt = DEFAULT_INDEX,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    batch_size: Annotated[int, typer.Option(help="Articles per commit.")] = 2000,
    workers: Annotated[int | None, typer.Option(help="Worker processes.")] = None,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another writer.")] = 5.0,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Build a fresh index beside the old one, swap it in when done.")] = False,
    field_map: Annotated[list[str] | None, typer.Option(
        "--map", metavar="FIELD=SOURCE",
        help="Read an article field from another JSON/front-matter key, e.g. body=maintext.",
    )] = None,
    optimize: Annotated[bool, typer.Option(
        "--optimize", help="Merge the index into one segment at the end (slow; faster search).",
    )] = False,
    as_json: JsonOpt = False,
) -> None:
    """Index articles under PATHS (incremental: unchanged files are skipped)."""
    from ..api import parse_field_map

    code = run_index(paths, index, quiet=quiet, batch_size=batch_size, workers=workers,
                     wait=wait, as_json=as_json, rebuild=rebuild,
                     field_map=parse_field_map(field_map or []), optimize=optimize)
    raise typer.Exit(code)


@app.command("check")
@handle_errors
def check_cmd(index: IndexOpt = DEFAULT_INDEX, as_json: JsonOpt = False) -> None:
    """Verify an index: segments, documents and the manifest of indexed files."""
    raise typer.Exit(run_check(index, as_json=as_json))


@app.command("query")
@handle_errors
def query_cmd(
    text: Annotated[str, typer.Argument(help="Query (see README for the syntax).")] = "",
    index: IndexOpt = DEFAULT_INDEX,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="Hits per page.")] = 10,
    page: Annotated[int, typer.Option(min=1, help="Page number (1-based).")] = 1,
    offset: Annotated[int | None, typer.Option(min=0, help="Skip this many hits.")] = None,
    sort: SortOpt = "relevance",
    place: PlaceOpt = None,
    about: AboutOpt = None,
    person: PersonOpt = None,
    org: OrgOpt = None,
    actor: ActorOpt = None,
    byline: BylineOpt = None,
    source: SourceOpt = None,
    topic: TopicOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    facets: Annotated[str, typer.Option(
        help="Facets to count, comma-separated.")] = ",".join(ALL_FACETS),
    facet_limit: Annotated[int, typer.Option(min=1, help="Values per facet.")] = 10,
    fragments: Annotated[int, typer.Option(min=1, max=10, help="Snippet fragments.")] = 2,
    expand: Annotated[bool, typer.Option(
        "--expand", help="Re-rank with pseudo-relevance feedback (slower).")] = False,
    collapse: Annotated[bool, typer.Option(
        "--collapse", help="Show a text filed again under other ids once.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Search the index and print ranked hits with highlighted snippets."""
    filters = make_filters(place, about, person, org, actor, byline, source, topic, since, until)
    if not text.strip() and not filters:
        raise UsageError("empty query: give words to search for")
    start = offset if offset is not None else (page - 1) * limit
    with open_index(index) as ix:
        results = ix.search(text, filters=filters, facets=_facets(facets),
                            facet_limit=facet_limit, sort=sort, limit=limit, offset=start,
                            fragments=fragments, expand=expand, collapse=collapse)
    if as_json:
        _emit(render.results_json(results))
    else:
        render.print_results(render.stdout_console(), results, show_facets=bool(facets))


@app.command("timeline")
@handle_errors
def timeline_cmd(
    text: Annotated[str, typer.Argument(help="Query.")],
    index: IndexOpt = DEFAULT_INDEX,
    as_json: JsonOpt = False,
) -> None:
    """Draw when a story was covered: the date histogram of a query's hits."""
    with open_index(index) as ix:
        results = ix.search(text, facets=("date",), limit=0)
    if as_json:
        _emit({"query": text, "total": results.total, "bucket": results.date_bucket or None,
               "buckets": render.buckets_json(results.dates)})
    else:
        render.print_timeline(render.stdout_console(), results)


@app.command("show")
@handle_errors
def show_cmd(article_id: Annotated[str, typer.Argument(help="Article id.")],
             index: IndexOpt = DEFAULT_INDEX, as_json: JsonOpt = False) -> None:
    """Print one article with all its metadata."""
    with open_index(index) as ix:
        article = ix.get(article_id)
    data = render.article_json(article)
    if as_json:
        _emit(data)
        return
    console = render.stdout_console()
    console.print(article.title, style="bold")
    for label in ("id", "date", "byline", "source", "dateline", "url", "path"):
        value = data[label]
        if value:
            console.print(f"{label}: {', '.join(value) if isinstance(value, list) else value}")
    for label, values in (("places", [p.name for p in article.places if p.focus]),
                          ("mentioned", [p.name for p in article.places if not p.focus]),
                          ("people", article.people), ("orgs", article.orgs),
                          ("orgs mentioned", [o for o in article.orgs_mentioned
                                              if o not in article.orgs]),
                          ("topics", article.topics)):
        if values:
            render.print_list(console, f"{label}: ", values)
    if article.caption:
        console.print(f"\n[{article.caption}]", markup=False)
    console.print()
    console.print(article.body, markup=False)


@app.command("similar")
@handle_errors
def similar_cmd(article_id: Annotated[str, typer.Argument(help="Article id.")],
                index: IndexOpt = DEFAULT_INDEX,
                limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 10,
                collapse: Annotated[bool, typer.Option(
                    "--collapse", help="Leave out the article's own versions and fold "
                    "the others'.")] = False,
                as_json: JsonOpt = False) -> None:
    """List articles related to one article (more like this)."""
    with open_index(index) as ix:
        results = ix.similar(article_id, limit=limit, collapse=collapse)
    if as_json:
        _emit(render.results_json(results))
    else:
        render.print_results(render.stdout_console(), results, show_facets=False)


@app.command("stats")
@handle_errors
def stats_cmd(index: IndexOpt = DEFAULT_INDEX, as_json: JsonOpt = False,
              facet_limit: Annotated[int, typer.Option(min=1)] = 10) -> None:
    """Article count, date span, size on disk, top facet values, versions."""
    with open_index(index) as ix:
        stats = ix.stats(facet_limit=facet_limit)
    data = render.stats_json(stats)
    if as_json:
        _emit(data)
        return
    console = render.stdout_console()
    console.print(f"index: {stats.path}\narticles: {stats.articles}\n"
                  f"dates: {data['first_date'] or '-'} .. {data['last_date'] or '-'}\n"
                  f"size: {stats.size_bytes / 1e6:.1f} MB\n"
                  f"schema: {stats.schema_version}, {stats.whoosh_version}")
    for name, counts in stats.facets.items():
        if counts:
            render.print_list(console, f"{name}: ", [f"{c.value} ({c.count})" for c in counts])


@app.command("tui")
@handle_errors
def tui_cmd(text: Annotated[str, typer.Argument(metavar="QUERY", help="Initial query.")] = "",
            index: IndexOpt = DEFAULT_INDEX) -> None:
    """Open the interactive terminal UI: search as you type, facets, reader."""
    from ..tui import run_tui  # Textual loads only for this command

    run_tui(index, text)


def main() -> None:
    """Console-script entry point: never lets a traceback reach the user."""
    try:
        app()
    except SystemExit:
        raise
    except Exception as exc:  # last resort: a bug, reported in one line
        print(f"error: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
    finally:
        # The process ends here. The collection at interpreter exit would free what
        # is still alive (the extractors' tables an index run loads) object by
        # object, about 0.15 s of CPU on this VM; frozen, the OS takes it back whole.
        # Exit handlers and the flushing of output still run.
        gc.freeze()


_ = Index  # re-exported for type checkers of embedding code
