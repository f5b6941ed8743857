"""The ``index`` command's progress display and summary, and ``check``."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ..api import Index, check_index
from ..model import IndexReport
from . import render

if TYPE_CHECKING:
    from .. import ingest


def run_index(paths: list[Path], index: Path, *, quiet: bool, batch_size: int,
              workers: int | None, wait: float, as_json: bool, rebuild: bool = False,
              field_map: dict[str, str] | None = None, optimize: bool = False) -> int:
    """Index ``paths``, show progress on a terminal, print the summary; return exit code.

    With ``rebuild`` the index is built afresh beside the old one and swapped
    in only when complete. Exit codes: 0 done, 1 nothing could be indexed,
    130 interrupted (what was committed stays; re-running finishes the job).
    """
    err = Console(stderr=True, highlight=False)
    show = err.is_terminal and not quiet and not as_json
    bar = Progress(TextColumn("rebuilding" if rebuild else "indexing"), BarColumn(),
                   MofNCompleteColumn(),
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

    def on_warning(path: str, reason: str) -> None:
        if not as_json:
            err.print(f"warning: {path}: {reason}", markup=False)

    options = {"batch_size": batch_size, "workers": workers, "progress": on_progress,
               "on_skip": on_skip, "on_warning": on_warning, "field_map": field_map,
               "optimize": optimize}
    swapped = False
    with bar:
        if rebuild:
            report, swapped = Index(index).rebuild(paths, wait=wait, **options)
        else:
            report = Index(index).update(paths, wait=wait, **options)
    if as_json:
        data = render.report_json(report)
        if rebuild:
            data["rebuilt"] = swapped
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        out = Console(highlight=False)
        out.print(f"added {report.added}, updated {report.updated}, "
                  f"unchanged {report.unchanged}, removed {report.removed}, "
                  f"skipped {_skipped(report)} in {report.elapsed_s:.1f} s")
        if report.interrupted and rebuild:
            err.print(f"interrupted: the index at {index} is unchanged; run the same command "
                      "again to resume the rebuild")
        elif report.interrupted:
            err.print("interrupted: stopped after committing the last batch; "
                      "run the same command again to finish")
        elif rebuild and swapped:
            err.print(f"rebuilt: the new index replaced the one at {index}")
        elif rebuild:
            err.print(f"rebuild found no articles: the index at {index} is unchanged")
    if report.interrupted:
        return 130
    written = report.added + report.updated + report.unchanged + report.removed
    if report.skipped and written == 0 and report.files_seen:
        return 1
    return 0


def _skipped(report: IndexReport) -> str:
    """"2 files" or "2 files and 1 record" (a bad record in a file that was read)."""
    records = report.records_skipped
    files = len(report.skipped) - records
    text = f"{files} file{'s' if files != 1 else ''}"
    return text + (f" and {records} record{'s' if records != 1 else ''}" if records else "")


def run_check(index: Path, *, as_json: bool) -> int:
    """Verify the index; print findings (one line per problem); 0 healthy, 1 otherwise."""
    report = check_index(index)
    if as_json:
        data = asdict(report)
        data["healthy"] = report.healthy
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return 0 if report.healthy else 1
    out = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    for note in report.notes:
        err.print(f"note: {note}", markup=False)
    if report.healthy:
        out.print(f"ok: {index}: {report.documents} documents in {report.segments} "
                  f"segment{'s' if report.segments != 1 else ''}, "
                  f"{report.files_in_manifest} files in the manifest", markup=False)
        return 0
    for problem in report.problems:
        out.print(f"problem: {problem}", markup=False)
    err.print(f"error: index at {index} has {len(report.problems)} "
              f"problem{'s' if len(report.problems) != 1 else ''}", markup=False)
    return 1
