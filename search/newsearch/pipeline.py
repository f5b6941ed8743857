"""The worker side of indexing: files in, staged Whoosh segments out.

A task is a group of files, or one part of a big JSON Lines file (see
:func:`split_jobs`). A worker loads each file, extracts metadata, claims
article ids, and adds the documents to a segment of its own, starting a new
segment whenever one holds ``SEGMENT_TOKENS`` words, so a worker's memory is
bounded whatever the file; the parent publishes finished segments through the
single writer (see :mod:`newsearch.engine.segments`). Results are plain
picklable data.
"""

from __future__ import annotations

import gc
import math
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine import documents
from .engine.segments import SEGMENT_TOKENS, IdRegistry, SegmentBuilder, StagedSegment
from .errors import LoadError
from .extract.feednames import FileFeed
from .loaders import LoadOptions, LoadProblem, jsonl, load_file
from .model import Article, slug_for

CHUNK = 256  # articles enriched and claimed together
# A JSON Lines file bigger than two tasks is read in parts of a task's size, in parallel.
SPLIT_BYTES = 16_000_000
PART_BYTES = 8_000_000


@dataclass(frozen=True)
class FileJob:
    """One changed or new source file to (re)index, or one part of it."""

    path: str
    digest: str
    size: int  # bytes of the file, or of the part
    existed: bool
    span: jsonl.Span | None = None  # the part's byte range (see jsonl.line_spans)
    parts: int = 1  # how many parts the file was cut into


@dataclass
class FileDone:
    """A file (or part) whose articles are all in the task's segments."""

    path: str
    digest: str
    count: int
    existed: bool
    size: int
    parts: int = 1


@dataclass
class TaskResult:
    """What a worker built: staged segments and the files they cover."""

    staged: list[StagedSegment] = field(default_factory=list)
    files: list[FileDone] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)


def init_worker() -> None:
    """Worker start-up: Ctrl-C is the parent's business (it commits, then stops)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # What the parent loaded (see preload) is shared with it page by page until written;
    # a garbage collection here would write to every object it visits.
    gc.freeze()


def preload() -> None:
    """Import the extractors and load their tables in this process, so that the worker
    processes forked from it share them instead of each loading its own."""
    from .extract import enrich  # noqa: F401  (imports every extractor)
    from .extract.gazetteer import gazetteer
    from .extract.names import first_names

    gaz = gazetteer()
    _ = gaz.head_keys, gaz.compass_tails, gaz.and_heads
    first_names()


def enrich_all(articles: list[Article]) -> list[Article]:
    """Fill extracted metadata into articles (only what their source left empty).

    A story sent again word for word (wire services resend: Reuters-21578 repeats a few
    hundred stories a few stories apart, with new times) takes what was read from its copy
    among the last ``_RECENT_MAX`` stories instead of being read again, when its source left
    the same fields empty."""
    from .extract import FILLED, enrich

    for article in articles:
        # What enrich reads: the text, and which fields are empty (not a given date's value).
        key = (article.title, article.dateline, article.body, article.caption,
               *[not getattr(article, name) for name in FILLED])
        found = _recent.get(key)
        if found is None:
            before = [getattr(article, name) for name in FILLED]
            enrich(article)
            found = _recent[key] = [
                (name, value.copy() if isinstance(value, list) else value)
                for name, old in zip(FILLED, before, strict=True)
                if (value := getattr(article, name)) is not old]
            if len(_recent) > _RECENT_MAX:
                del _recent[next(iter(_recent))]  # the oldest: copies come close together
        else:
            for name, value in found:
                setattr(article, name, value.copy() if isinstance(value, list) else value)
    return articles


# What enrich filled in recent stories (see enrich_all), most recent last.
_recent: dict[tuple[object, ...], list[tuple[str, object]]] = {}
_RECENT_MAX = 256


def build_task(index_path: str, jobs: list[FileJob], options: LoadOptions) -> TaskResult:
    """Index ``jobs`` into new staged segments of the index at ``index_path`` (one, unless
    it would pass ``SEGMENT_TOKENS`` words)."""
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
    index = Path(index_path)
    builder = SegmentBuilder(index)
    registry = IdRegistry(index)
    result = TaskResult()
    try:
        for job in jobs:
            count = 0
            chunk: list[Article] = []
            # A file's headline-only stories wait for its other stories' names.
            feed = FileFeed()
            try:
                for article in _articles(job, options, result.problems.append):
                    chunk.append(article)
                    if len(chunk) >= CHUNK:
                        count += _add(chunk, builder, registry, job, result, feed)
                        chunk = []
                        if builder.tokens >= SEGMENT_TOKENS:
                            _finish(builder, result)
                            builder = SegmentBuilder(index)
                if chunk:
                    count += _add(chunk, builder, registry, job, result, feed)
                _release(feed, builder, job.path)
            except LoadError as exc:
                # A stream that breaks part-way (a truncated dump) keeps what it gave.
                if chunk:
                    count += _add(chunk, builder, registry, job, result, feed)
                _release(feed, builder, job.path)
                result.failed.append((job.path, exc.reason))
                if count == 0:
                    continue  # nothing of it was read: the old version stays
            result.files.append(FileDone(job.path, job.digest, count, job.existed, job.size,
                                         job.parts))
        _finish(builder, result)
    except BaseException:
        builder.abandon()
        for staged in result.staged:
            SegmentBuilder.discard(staged)
        raise
    finally:
        registry.close()
    return result


def _articles(job: FileJob, options: LoadOptions, report: Any) -> Any:
    if job.span is None:
        return load_file(Path(job.path), options, report)
    return jsonl.load_lines(Path(job.path), options, report, job.span)


def _finish(builder: SegmentBuilder, result: TaskResult) -> None:
    staged = builder.finish()
    if staged is not None:
        result.staged.append(staged)


HELD_MAX = 20_000  # headline-only articles a worker holds back at most (see _add)


def _release(feed: FileFeed, builder: SegmentBuilder, file: str) -> None:
    for article in feed.release():
        _add_one(builder, article, file)


def _add(chunk: list[Article], builder: SegmentBuilder, registry: IdRegistry, job: FileJob,
         result: TaskResult, feed: FileFeed) -> int:
    mine = [not a.people for a in chunk]  # people the source gave are not filled
    enriched = enrich_all(chunk)
    file = job.path
    wanted = [(a.id or slug_for(a.title, a.date), a.key or file, file) for a in enriched]
    # Parts of one file are read by different workers: a record id repeated in
    # two parts has one key, and only the shared registry can see it twice.
    ids = registry.claim(wanted, once_per_run=job.parts > 1)
    added = 0
    for article, article_id, people_filled in zip(enriched, ids, mine, strict=True):
        if article_id is None:
            result.problems.append(LoadProblem(file, f"duplicate id {article.id!r}",
                                               skipped=True))
            continue
        article.id = article_id
        if not feed.offer(article, people_filled):
            _add_one(builder, article, file)
        added += 1
    if len(feed.held) >= HELD_MAX:
        _release(feed, builder, file)  # a file of headlines alone: what it has taught so far
    return added


def _add_one(builder: SegmentBuilder, article: Article, file: str) -> None:
    fields = documents.to_fields(article, grouped=True)
    fields["file"] = file
    builder.add(fields)


def estimated_bytes(job: FileJob) -> int:
    """Text size of a file: compressed files hold about four times their size."""
    return job.size * 4 if job.path.lower().endswith(".gz") else job.size


def split_jobs(jobs: list[FileJob]) -> list[FileJob]:
    """Cut each uncompressed JSON Lines file of ``SPLIT_BYTES`` or more into parts of
    about ``PART_BYTES``.

    One task per file would put a whole dump on one core and publish nothing
    until it is read; parts are read in parallel and committed as they come
    (the file enters the manifest with its last part).
    """
    out: list[FileJob] = []
    for job in jobs:
        if job.size < SPLIT_BYTES or not jsonl.splittable(Path(job.path)):
            out.append(job)
            continue
        try:
            spans = jsonl.line_spans(Path(job.path), math.ceil(job.size / PART_BYTES))
        except OSError:
            out.append(job)  # the worker reports why it cannot be read
            continue
        out.extend(FileJob(job.path, job.digest, end - start, job.existed, (start, end, line),
                           len(spans)) for start, end, line in spans)
    return out


def plan_tasks(jobs: list[FileJob], max_bytes: int = 8_000_000, max_files: int = 500,
               batch_size: int | None = None, workers: int = 1) -> list[list[FileJob]]:
    """Group files into tasks of about ``max_bytes`` of text (a file never splits).

    Each task becomes one segment, and a search visits every segment, so
    tasks are large: a few thousand news articles. Their number is a multiple
    of ``workers`` when that costs at most a quarter more bytes per task, and
    they are of even size, so the last round does not leave cores idle (five
    tasks on two workers ran the fifth alone). No task holds more than a
    quarter over ``max_bytes`` unless one file alone does (worker memory grows
    with a task), nor more files than a commit batch, so small batches still
    commit often.
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
    cap = max_bytes * 1.25
    while ntasks < len(jobs):
        tasks = _slot(jobs, sizes, total / ntasks if total else 1.0, max_files)
        if all(len(t) == 1 or _bytes(t) <= cap for t in tasks):
            return tasks
        # Files near the target size do not pack evenly: more, smaller tasks.
        ntasks += max(workers, 1)
    # As many tasks as files and still uneven (sizes far apart): fill up to the cap.
    tasks, current = [], []
    for job, size in zip(jobs, sizes, strict=True):
        if current and (_bytes(current) + size > cap or len(current) >= max_files):
            tasks.append(current)
            current = []
        current.append(job)
    return [*tasks, current] if current else tasks


def largest_first(tasks: list[list[FileJob]]) -> list[list[FileJob]]:
    """``tasks`` in the order to hand them out: the biggest first, ties in plan order.

    Workers take the next task as they finish one, so the last round is what leaves a
    core idle; with the small ones last, the workers end close together (Reuters' four
    tasks of 1.87 to 2.17 MB went out 1.87 and 1.96 first, and a worker could end up with
    both big ones).
    """
    return sorted(tasks, key=_bytes, reverse=True)


def _bytes(task: list[FileJob]) -> int:
    return sum(estimated_bytes(job) for job in task)


def _slot(jobs: list[FileJob], sizes: list[int], target: float,
          max_files: int) -> list[list[FileJob]]:
    """Each file in the task its middle byte falls in, ``target`` bytes per task."""
    tasks: list[list[FileJob]] = []
    current: list[FileJob] = []
    done = 0  # bytes of the files already placed
    for job, size in zip(jobs, sizes, strict=True):
        slot = int((done + size / 2) // target)
        if current and (slot >= len(tasks) + 1 or len(current) >= max_files):
            tasks.append(current)
            current = []
        current.append(job)
        done += size
    if current:
        tasks.append(current)
    return tasks
