"""``newsearch export``: every hit of a query, whole, as CSV or JSON Lines."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import exports
from ..api import DEFAULT_INDEX, open_index
from .app import (
    AboutOpt,
    ActorOpt,
    BylineOpt,
    IndexOpt,
    OrgOpt,
    PersonOpt,
    PlaceOpt,
    SinceOpt,
    SortOpt,
    SourceOpt,
    TopicOpt,
    UntilOpt,
    app,
    make_filters,
)
from .errors import handle_errors


@app.command("export")
@handle_errors
def export_cmd(
    text: Annotated[str, typer.Argument(
        help="Query (see README); may be empty when filters are given.")] = "",
    index: IndexOpt = DEFAULT_INDEX,
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv or jsonl.")] = "csv",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (replaced only when complete).")] = None,
    body: Annotated[bool, typer.Option("--body", help="Include each article's text.")] = False,
    limit: Annotated[int | None, typer.Option(
        "--limit", "-n", min=0, help="At most this many articles (default: all).")] = None,
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
) -> None:
    """Write every article matching a query, with its metadata, as CSV or JSON Lines."""
    exports.check_format(fmt)
    filters = make_filters(place, about, person, org, actor, byline, source, topic, since, until)
    with open_index(index) as ix:
        rows = ix.export(text, filters=filters, sort=sort, limit=limit)
        if output is None:
            exports.write(rows, sys.stdout, fmt, body)
            return
        count = exports.write_file(rows, output, fmt, body)
    print(exports.written(count, output), file=sys.stderr)
