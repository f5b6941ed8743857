"""``newsearch extract``: what extraction finds in files, without indexing."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..api import extract_file
from ..errors import LoadError
from ..model import Article
from .app import app
from .errors import fail, handle_errors
from .render import iso, print_list, stdout_console


def extraction_json(article: Article) -> dict[str, Any]:
    """The documented JSON form of one article's extracted metadata.

    Like ``places`` (every place named, ``focus`` marking those the story is about), ``orgs``
    lists every organisation named and ``orgs_focus`` those the story is about, which the
    ``org`` facet counts."""
    return {"path": article.path, "title": article.title, "date": iso(article.date),
            "places": [{"name": p.name, "country": p.country, "focus": p.focus}
                       for p in article.places],
            "people": article.people, "orgs": article.orgs_named, "orgs_focus": article.orgs,
            "byline": article.byline}


@app.command("extract")
@handle_errors
def extract_cmd(
    files: Annotated[list[Path], typer.Argument(help="Article files to examine.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print the metadata extraction finds in FILES (nothing is indexed)."""
    out: list[dict[str, Any]] = []
    for path in files:
        if not path.is_file():
            raise fail(f"cannot read {path}: no such file", 1)
        try:
            out.extend(extraction_json(a) for a in extract_file(path))
        except LoadError as exc:
            raise fail(str(exc), 1) from None
    if as_json:
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    console = stdout_console()
    for item in out:
        console.print(item["title"], style="bold", markup=False)
        console.print(f"  path: {item['path']}\n  date: {item['date'] or 'undated'}", markup=False)
        about = [f"{p['name']} ({p['country']})" if p["country"] != p["name"] else p["name"]
                 for p in item["places"] if p["focus"]]
        mentioned = [p["name"] for p in item["places"] if not p["focus"]]
        passing = [o for o in item["orgs"] if o not in item["orgs_focus"]]
        for label, values in (("places", about), ("also mentioned", mentioned),
                              ("people", item["people"]), ("orgs", item["orgs_focus"]),
                              ("orgs also mentioned", passing), ("byline", item["byline"])):
            print_list(console, f"  {label}: ", values or ["-"])
