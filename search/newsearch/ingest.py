"""Indexing: walk -> plan -> workers build segments -> one writer publishes them.

Memory stays bounded: workers stream their files and start a new segment
whenever one grows large; big JSON Lines files are read in parts, in
parallel; the parent only holds small task results. Unchanged files
(same content hash as in the manifest) are never parsed. Durability follows
the writer's rule: a file enters the manifest only with the commit that
publishes all of its articles.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from .engine import segments
from .engine.writer import IndexWriter
from .errors import IndexPathError
from .loaders import LoadOptions, LoadProblem, ignored_reason, loader_for
from .model import Article, IndexReport, slug_for
from .pipeline import (
    FileJob,
    TaskResult,
    build_task,
    enrich_all,
    init_worker,
    largest_first,
    plan_tasks,
    preload,
    split_jobs,
)

# Below this much changed text, starting worker processes costs more than it saves.
POOL_MIN_BYTES = 2_000_000


@dataclass
class Progress:
    """Progress of an indexing run, reported to a callback."""

    bytes_done: int
    bytes_total: int
    files_done: int
    files_total: int
    articles: int


ProgressFn = Callable[[Progress], None]


def walk(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield candidate files under ``paths`` in a stable order.

    Hidden files and folders are skipped; symlinked folders are not followed,
    so link loops cannot trap the walk.
    """
    for root in paths:
        if root.is_file():
            yield root
            continue
        if not root.exists():
            raise IndexPathError(f"cannot read {root}: no such file or folder")
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if not name.startswith("."):
                    yield Path(dirpath) / name


def file_hash(path: Path) -> str:
    """SHA-1 of a file's bytes, read in blocks."""
    digest = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _Inline:
    """A stand-in for the pool when the job is too small to be worth one."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        fut: Future = Future()
        fut.set_result(fn(*args))
        return fut

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        """Nothing to stop."""


def index_paths(paths: list[Path], index_path: Path, *, batch_size: int = 2000,
                workers: int | None = None, wait: float = 5.0,
                progress: ProgressFn | None = None,
                on_skip: Callable[[str, str], None] | None = None,
                on_warning: Callable[[str, str], None] | None = None,
                options: LoadOptions | None = None, optimize: bool = False) -> IndexReport:
    """Bring the index at ``index_path`` up to date with the files under ``paths``.

    Returns what changed. Files that cannot be loaded are skipped and listed in
    the report (and passed to ``on_skip`` as they happen); the run goes on.
    Records kept despite a problem (bad date, invalid UTF-8) go to ``warnings``.
    Documentation and side files (README, LICENSE, qrels...) are passed over.
    A KeyboardInterrupt commits what was finished and returns a report with
    ``interrupted`` set. ``optimize`` merges all segments into one at the end
    (slower indexing, faster searching).
    """
    started = time.monotonic()
    report = IndexReport()
    roots = [p.resolve() for p in paths]
    files = [f.resolve() for f in walk(paths)]
    report.files_seen = len(files)

    def skip(path: str, reason: str) -> None:
        report.skipped.append((path, reason))
        if on_skip:
            on_skip(path, reason)

    def problem(p: LoadProblem) -> None:
        where = f"{p.path}#{p.record}" if p.record else p.path
        if p.skipped:
            report.records_skipped += bool(p.record)
            skip(where, p.reason)
        else:
            report.warnings.append((where, p.reason))
            if on_warning:
                on_warning(where, p.reason)

    index_path = Path(index_path)
    with IndexWriter(index_path, batch_size=batch_size, wait=wait) as writer:
        segments.clear_staging(index_path)
        known = writer.known_files()
        present = writer.files_in_index()
        jobs: list[FileJob] = []
        seen: set[str] = set()
        for f in files:
            key = str(f)
            if key in seen or ignored_reason(f) is not None:
                continue
            seen.add(key)
            try:
                info = f.stat()
            except OSError as exc:
                skip(key, f"cannot read: {exc.strerror or exc}")
                continue
            if not stat.S_ISREG(info.st_mode):
                # A FIFO or device would block (or never end) when read.
                skip(key, "not a regular file")
                continue
            if loader_for(f) is None:
                skip(key, "unsupported file format")
                continue
            try:
                digest, size = file_hash(f), info.st_size
            except OSError as exc:
                skip(key, f"cannot read: {exc.strerror or exc}")
                continue
            if key in known and known[key][0] == digest:
                report.unchanged += known[key][1]
                continue
            jobs.append(FileJob(key, digest, size, key in known or key in present))
        removed = [old for old in sorted((set(known) | present) - seen)
                   if any(Path(old).is_relative_to(r) for r in roots) and not Path(old).exists()]
        report.removed = sum(known.get(old, ("", 0))[1] for old in removed)

        jobs = split_jobs(jobs)
        registry = segments.IdRegistry(index_path)
        try:
            registry.start_run()
        finally:
            registry.close()
        total_bytes = sum(j.size for j in jobs)
        n_workers = workers or os.cpu_count() or 1
        use_pool = total_bytes >= POOL_MIN_BYTES and n_workers > 1
        if use_pool:
            preload()
        pool: Any = (ProcessPoolExecutor(max_workers=n_workers, mp_context=get_context("fork"),
                                         initializer=init_worker)
                     if use_pool else _Inline())
        files_total = len({j.path for j in jobs})
        run = _Run(writer, report, Progress(0, total_bytes, 0, files_total, 0), progress,
                   skip, problem, removed, batch_size)
        if progress:
            progress(run.state)  # the file count shows before the first task comes back
        try:
            tasks = plan_tasks(jobs, batch_size=batch_size, workers=n_workers if use_pool else 1)
            run.execute(pool, tasks, str(index_path), options or LoadOptions(),
                        window=n_workers + 1)
        except KeyboardInterrupt:
            report.interrupted = True
            run.commit()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            segments.clear_staging(index_path)
        if optimize and not report.interrupted:
            writer.optimize()
        elif not report.interrupted:
            try:
                report.segments_merged = writer.merge_small()
            except KeyboardInterrupt:
                report.interrupted = True
    report.elapsed_s = time.monotonic() - started
    return report


class _Run:
    """The parent's side of one run: collect task results, publish them in batches."""

    def __init__(self, writer: IndexWriter, report: IndexReport, state: Progress,
                 progress: ProgressFn | None, skip: Callable[[str, str], None],
                 problem: Callable[[LoadProblem], None], removed: list[str],
                 batch_size: int) -> None:
        self.writer, self.report, self.state, self.progress = writer, report, state, progress
        self.skip, self.problem, self.removed, self.batch_size = skip, problem, removed, batch_size
        self.pending: list[TaskResult] = []
        self.replaced: set[str] = set()  # files whose old documents are already deleted
        self.partial: dict[str, list[int]] = {}  # split file -> [parts done, articles]

    def execute(self, pool: Any, tasks: list[list[FileJob]], index_path: str,
                options: LoadOptions, window: int) -> None:
        """Submit tasks a few at a time, biggest first; publish results as they arrive."""
        queue = list(reversed(largest_first(tasks)))
        inflight: set[Future] = set()
        while queue or inflight:
            while queue and len(inflight) < window:
                inflight.add(pool.submit(build_task, index_path, queue.pop(), options))
            done, inflight = wait(inflight, return_when=FIRST_COMPLETED)
            for fut in done:
                self.collect(fut.result())
            if sum(s.count for r in self.pending for s in r.staged) >= self.batch_size:
                self.commit()
        self.commit()

    def collect(self, result: TaskResult) -> None:
        """Report a finished task's problems and queue it for the next commit."""
        for p in result.problems:
            self.problem(p)
        for path, reason in result.failed:
            self.skip(path, reason)
        self.pending.append(result)

    def commit(self) -> None:
        """Publish pending segments (and removals) in one commit, then record them."""
        if not self.pending and not self.removed:
            return
        pending, self.pending = self.pending, []
        removed, self.removed = self.removed, []
        staged = [s for r in pending for s in r.staged]
        done = [f for r in pending for f in r.files]
        # A split file's old documents go with its first published part, and the
        # file enters the manifest with its last.
        replace = list(dict.fromkeys(f.path for f in done
                                     if f.existed and f.path not in self.replaced))
        self.replaced.update(replace)
        complete: dict[str, tuple[str, int]] = {}
        for f in done:
            if f.parts == 1:
                complete[f.path] = (f.digest, f.count)
                continue
            seen = self.partial.setdefault(f.path, [0, 0])
            seen[0] += 1
            seen[1] += f.count
            if seen[0] == f.parts:
                complete[f.path] = (f.digest, seen[1])
                del self.partial[f.path]
        interrupted = False
        try:
            self.writer.publish(staged, replace + removed, complete, removed=removed)
        except KeyboardInterrupt:
            # The writer defers Ctrl-C until its commit is complete: count it, then stop.
            interrupted = True
        for f in done:
            if f.existed:
                self.report.updated += f.count
            else:
                self.report.added += f.count
            self.report.articles_written += f.count
            self.state.bytes_done += f.size
            self.state.articles += f.count
        self.state.files_done += len(complete)
        if self.progress:
            self.progress(self.state)
        if interrupted:
            raise KeyboardInterrupt


def add_articles(articles: Iterable[Article], index_path: Path, *, wait: float = 5.0,
                 batch_size: int = 2000) -> IndexReport:
    """Add articles built in memory (embedding use), replacing earlier versions.

    Each article is its own "file" in the manifest (``api:<key>``), so adding
    it again replaces it instead of duplicating it.
    """
    started = time.monotonic()
    report = IndexReport()
    with IndexWriter(index_path, batch_size=batch_size, wait=wait) as writer:
        known = writer.known_files()
        for article in articles:
            key = article.key or article.id or slug_for(article.title, article.date)
            article.key = key
            file = article.path or f"api:{key}"
            existed = file in known
            writer.begin_file(file, replace=existed)
            [enriched] = enrich_all([article])
            writer.add_article(enriched, file)
            writer.end_file(file, article.content_hash or key, 1)
            if existed:
                report.updated += 1
            else:
                report.added += 1
            report.articles_written += 1
    report.elapsed_s = time.monotonic() - started
    return report
