"""Result sets written out whole: every hit of a query as CSV or JSON Lines.

:meth:`newsearch.Index.export` yields the hits; :func:`write` and :func:`write_file` turn
them into text for spreadsheets and scripts. The CLI's ``export`` command and the TUI's
export key both write through here, so the two forms are the same wherever they come from.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from .errors import OutputError, UsageError
from .model import Article, RankedArticle

FORMATS = ("csv", "jsonl")
# CSV columns; a list's values are joined by "; " (names may hold commas: "Cairo, Ga.").
COLUMNS = ("rank", "score", "id", "date", "title", "byline", "places", "places_mentioned",
           "people", "orgs", "orgs_mentioned", "topics", "source", "url", "dateline", "path")
LIST_SEP = "; "
# Line breaks to Python's str.splitlines() (and to JavaScript) that JSON leaves raw: escaped,
# so every reader sees one record per line.
_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def iso(value: datetime | None) -> str | None:
    """A date as ``YYYY-MM-DD`` (with time only when it is not midnight)."""
    if value is None:
        return None
    if value.hour or value.minute or value.second:
        return value.isoformat(timespec="seconds")
    return value.date().isoformat()


def article_dict(article: Article) -> dict[str, Any]:
    """One full article with its metadata, in the documented JSON form (``show --json``)."""
    return {"id": article.id, "title": article.title, "date": iso(article.date),
            "byline": article.byline,
            "places": [{"name": p.name, "country": p.country, "focus": p.focus}
                       for p in article.places],
            "people": article.people, "orgs": article.orgs,
            "orgs_mentioned": [o for o in article.orgs_mentioned if o not in article.orgs],
            "actors": article.actors, "topics": article.topics, "source": article.source,
            "url": article.url,
            "dateline": article.dateline, "caption": article.caption, "body": article.body,
            "path": article.path}


def json_record(row: RankedArticle, body: bool = False) -> dict[str, Any]:
    """One exported article as a JSON Lines object: rank, score and :func:`article_dict`,
    the text (body and caption) only when ``body`` is asked for."""
    data = {"rank": row.rank, "score": row.score, **article_dict(row.article)}
    if not body:
        del data["body"], data["caption"]
    return data


def csv_record(row: RankedArticle, body: bool = False) -> list[str]:
    """One exported article as a CSV record in :data:`COLUMNS` order (then its text)."""
    a = row.article
    data = json_record(row)
    lists = {"places": [p.name for p in a.places if p.focus],
             "places_mentioned": [p.name for p in a.places if not p.focus]}
    cells = []
    for column in COLUMNS:
        value = lists.get(column, data.get(column))
        if isinstance(value, list):
            value = LIST_SEP.join(value)
        cells.append("" if value is None else str(value))
    return [*cells, a.body] if body else cells


def check_format(fmt: str) -> None:
    """UsageError unless ``fmt`` is one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (use: {', '.join(FORMATS)})")


def write(rows: Iterable[RankedArticle], out: TextIO, fmt: str = "csv",
          body: bool = False) -> int:
    """Write ``rows`` to ``out`` as CSV (with a header) or JSON Lines; the count written."""
    check_format(fmt)
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow([*COLUMNS, "body"] if body else COLUMNS)
        for row in rows:
            writer.writerow(csv_record(row, body))
            count += 1
    else:
        for row in rows:
            line = json.dumps(json_record(row, body), ensure_ascii=False)
            out.write(line.translate(_BREAKS) + "\n")
            count += 1
    return count


def write_file(rows: Iterable[RankedArticle], path: str | Path, fmt: str = "csv",
               body: bool = False) -> int:
    """Write ``rows`` to ``path`` whole or not at all; the count written.

    The text goes to a temporary file beside ``path`` that replaces it only once every row
    is written: a failed export (OutputError, or the rows' own error) leaves the old file
    as it was and nothing else behind.
    """
    check_format(fmt)
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                   dir=path.resolve().parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            count = write(rows, fh, fmt, body)
        os.chmod(tmp, _mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return count


def written(count: int, path: str | Path) -> str:
    """What an export says when done: "exported 12 articles to hits.csv"."""
    return f"exported {count} article{'s' if count != 1 else ''} to {path}"


def _mode(path: Path) -> int:
    """The permissions ``path`` keeps, or a new file's under the user's umask (a temporary
    file is created private)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
