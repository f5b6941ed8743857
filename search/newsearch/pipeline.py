"""The worker side of indexing: files in, a staged Whoosh segment out.

A task is a group of files. A worker loads each file, extracts metadata,
claims article ids, and adds the documents to a segment of its own; the parent
publishes finished segments through the single writer (see
:mod:`newsearch.engine.segments`). Results are plain picklable data.
"""

from __future__ import annotations

import gc
import math
import signal
from dataclasses import dataclass, field
from pathlib import Path

from .engine import documents
from .engine.segments import IdRegistry, SegmentBuilder, StagedSegment
from .errors import LoadError
from .loaders import LoadOptions, LoadProblem, load_file
from .model import Article, slug_for

CHUNK = 256  # articles enriched and claimed together


@dataclass(frozen=True)
class FileJob:
    """One changed or new source file to (re)index."""

    path: str
    digest: str
    size: int
    existed: bool


@dataclass
class FileDone:
    """A file whose articles are all in the task's segment."""

    path: str
    digest: str
    count: int
    existed: bool
    size: int


@dataclass
class TaskResult:
    """What a worker built: one staged segment and the files it covers."""

    staged: StagedSegment | None
    files: list[FileDone] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)


def init_worker() -> None:
    """Worker start-up: Ctrl-C is the parent's business (it commits, then stops)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def enrich_all(articles: list[Article]) -> list[Article]:
    """Fill extracted metadata into articles (only what their source left empty)."""
    from .extract import enrich

    return [enrich(a) for a in articles]


def build_task(index_path: str, jobs: list[FileJob], options: LoadOptions) -> TaskResult:
    """Index ``jobs`` into a new staged segment of the index at ``index_path``."""
    # A task makes millions of small objects and almost no reference cycles;
    # the cyclic collector would walk the growing token lists (and the
    # gazetteer) again and again, about 3 % of a worker's time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_task(index_path, jobs, options)
    finally:
        if collecting:
            gc.enable()


def _build_task(index_path: str, jobs: list[FileJob], options: LoadOptions) -> TaskResult:
    builder = SegmentBuilder(Path(index_path))
    registry = IdRegistry(Path(index_path))
    result = TaskResult(staged=None)
    try:
        for job in jobs:
            count = 0
            try:
                chunk: list[Article] = []
                for article in load_file(Path(job.path), options, result.problems.append):
                    chunk.append(article)
                    if len(chunk) >= CHUNK:
                        count += _add(chunk, builder, registry, job.path)
                        chunk = []
                if chunk:
                    count += _add(chunk, builder, registry, job.path)
            except LoadError as exc:
                result.failed.append((job.path, exc.reason))
                if count == 0:
                    continue  # nothing of it was read: the old version stays
            result.files.append(FileDone(job.path, job.digest, count, job.existed, job.size))
        result.staged = builder.finish()
    except BaseException:
        builder.abandon()
        raise
    finally:
        registry.close()
    return result


def _add(chunk: list[Article], builder: SegmentBuilder, registry: IdRegistry, file: str) -> int:
    enriched = enrich_all(chunk)
    wanted = [(a.id or slug_for(a.title, a.date), a.key or file, file) for a in enriched]
    ids = registry.claim(wanted)
    for article, article_id in zip(enriched, ids, strict=True):
        article.id = article_id
        fields = documents.to_fields(article)
        fields["file"] = file
        builder.add(fields)
    return len(enriched)


def estimated_bytes(job: FileJob) -> int:
    """Text size of a file: compressed files hold about four times their size."""
    return job.size * 4 if job.path.lower().endswith(".gz") else job.size


def plan_tasks(jobs: list[FileJob], max_bytes: int = 8_000_000, max_files: int = 500,
               batch_size: int | None = None, workers: int = 1) -> list[list[FileJob]]:
    """Group files into tasks of about ``max_bytes`` of text (a file never splits).

    Each task becomes one segment, and a search visits every segment, so
    tasks are large: a few thousand news articles. Their number is a multiple
    of ``workers`` when that costs at most a quarter more bytes per task, and
    they are of even size, so the last round does not leave cores idle (five
    tasks on two workers ran the fifth alone). A task never holds more files
    than a commit batch, so small batches still commit often.
    """
    if batch_size is not None:
        max_files = max(1, min(max_files, batch_size))
    sizes = [estimated_bytes(job) for job in jobs]
    total = sum(sizes)
    ntasks = max(1, math.ceil(total / max_bytes))
    if workers > 1 and ntasks % workers:
        fewer = ntasks - ntasks % workers
        ntasks = fewer if fewer and total / fewer <= max_bytes * 1.25 else ntasks + (
            workers - ntasks % workers)
    target = total / ntasks if total else 1.0
    tasks: list[list[FileJob]] = []
    current: list[FileJob] = []
    done = 0  # bytes of the files already placed
    for job, size in zip(jobs, sizes, strict=True):
        # A file goes to the task its middle byte falls in.
        slot = int((done + size / 2) // target)
        if current and (slot >= len(tasks) + 1 or len(current) >= max_files):
            tasks.append(current)
            current = []
        current.append(job)
        done += size
    if current:
        tasks.append(current)
    return tasks
