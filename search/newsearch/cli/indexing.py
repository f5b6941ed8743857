"""The ``index`` command's progress display and summary."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from .. import ingest
from ..api import Index
from . import render


def run_index(paths: list[Path], index: Path, *, quiet: bool, batch_size: int,
              workers: int | None, wait: float, as_json: bool) -> int:
    """Index ``paths``, show progress on a terminal, print the summary; return exit code."""
    err = Console(stderr=True, highlight=False)
    show = err.is_terminal and not quiet and not as_json
    bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("files · {task.fields[articles]} articles · {task.fields[rate]}/s"),
                   TimeElapsedColumn(), TimeRemainingColumn(), console=err, disable=not show)
    task = bar.add_task("index", total=None, articles=0, rate="0")

    def on_progress(p: ingest.Progress) -> None:
        elapsed = bar.tasks[0].elapsed or 1e-9
        bar.update(task, total=p.files_total, completed=p.files_done, articles=p.articles,
                   rate=f"{p.articles / elapsed:.0f}")

    def on_skip(path: str, reason: str) -> None:
        if not as_json:
            err.print(f"skipped {path}: {reason}", markup=False)

    with bar:
        report = Index(index).update(paths, batch_size=batch_size, workers=workers, wait=wait,
                                     progress=on_progress, on_skip=on_skip)
    if as_json:
        sys.stdout.write(json.dumps(render.report_json(report), indent=2) + "\n")
    else:
        out = Console(highlight=False)
        out.print(f"added {report.added}, updated {report.updated}, "
                  f"unchanged {report.unchanged}, removed {report.removed}, "
                  f"skipped {len(report.skipped)} file{'s' if len(report.skipped) != 1 else ''} "
                  f"in {report.elapsed_s:.1f} s")
        if report.interrupted:
            err.print("interrupted: stopped after committing the last batch; "
                      "run the same command again to finish")
    if report.interrupted:
        return 130
    written = report.added + report.updated + report.unchanged + report.removed
    if report.skipped and written == 0 and report.files_seen:
        return 1
    return 0
