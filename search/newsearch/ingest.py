"""Indexing: walk -> load -> extract (worker processes) -> write (one writer).

Memory stays bounded: files are read one at a time, articles travel to the
workers in small chunks, and only a few chunks are in flight at once.
Unchanged files (same content hash as in the manifest) are never parsed.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from .engine import documents
from .engine.writer import IndexWriter
from .errors import IndexPathError, LoadError
from .loaders import load_file, loader_for
from .model import Article, IndexReport, slug_for

CHUNK = 128  # articles per worker task
# Below this much new text, a process pool costs more than it saves.
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
_SKIP_NAMES = {"manifest.sqlite"}


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
                if name.startswith(".") or name in _SKIP_NAMES:
                    continue
                yield Path(dirpath) / name


def file_hash(path: Path) -> str:
    """SHA-1 of a file's bytes, read in blocks."""
    digest = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare(articles: list[Article]) -> list[tuple[Article, dict[str, Any]]]:
    """Enrich articles with extracted metadata and build their index fields.

    Runs in worker processes; the writer only adds the results.
    """
    from .extract import enrich

    out = []
    for article in articles:
        enriched = enrich(article)
        out.append((enriched, documents.to_fields(enriched)))
    return out


def _init_worker() -> None:
    # Ctrl-C is the parent's business: it commits and stops the pool itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
                on_skip: Callable[[str, str], None] | None = None) -> IndexReport:
    """Bring the index at ``index_path`` up to date with the files under ``paths``.

    Returns what changed. Files that cannot be loaded are skipped and listed in
    the report (and passed to ``on_skip`` as they happen); the run goes on.
    A KeyboardInterrupt commits what was finished and returns a report with
    ``interrupted`` set.
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

    with IndexWriter(index_path, batch_size=batch_size, wait=wait) as writer:
        known = writer.known_files()
        present = writer.files_in_index()
        todo: list[tuple[Path, str, int]] = []
        seen: set[str] = set()
        for f in files:
            key = str(f)
            if key in seen:
                continue
            seen.add(key)
            if loader_for(f) is None:
                skip(key, "unsupported file format")
                continue
            try:
                digest, size = file_hash(f), f.stat().st_size
            except OSError as exc:
                skip(key, f"cannot read: {exc.strerror or exc}")
                continue
            if key in known and known[key][0] == digest:
                report.unchanged += known[key][1]
                continue
            todo.append((f, digest, size))
        for old in sorted((set(known) | present) - seen):
            if any(Path(old).is_relative_to(r) for r in roots) and not Path(old).exists():
                writer.remove_file(old)
                report.removed += known.get(old, ("", 0))[1]

        total_bytes = sum(size for _, _, size in todo)
        use_pool = total_bytes >= POOL_MIN_BYTES and (workers or os.cpu_count() or 1) > 1
        pool: Any = (ProcessPoolExecutor(max_workers=workers or os.cpu_count(),
                                         mp_context=get_context("fork"),
                                         initializer=_init_worker)
                     if use_pool else _Inline())
        state = Progress(0, total_bytes, 0, len(todo), 0)
        try:
            _run(todo, writer, pool, known, present, report, state, progress, skip,
                 window=2 * (workers or os.cpu_count() or 1))
        except KeyboardInterrupt:
            report.interrupted = True
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    report.elapsed_s = time.monotonic() - started
    return report


def _run(todo: list[tuple[Path, str, int]], writer: IndexWriter, pool: Any,
         known: dict[str, tuple[str, int]], present: set[str], report: IndexReport,
         state: Progress, progress: ProgressFn | None, skip: Callable[[str, str], None],
         window: int) -> None:
    """Stream each file's articles through the pool, writing in file order."""
    for path, digest, size in todo:
        key = str(path)
        existed = key in known or key in present
        inflight: deque[Future] = deque()
        count = 0
        began = False
        try:
            chunk: list[Article] = []
            for article in load_file(path):
                chunk.append(article)
                if len(chunk) >= CHUNK:
                    inflight.append(pool.submit(prepare, chunk))
                    chunk = []
                while len(inflight) >= window:
                    if not began:
                        writer.begin_file(key, replace=existed)
                        began = True
                    count += _write(inflight.popleft().result(), writer, key)
            if chunk:
                inflight.append(pool.submit(prepare, chunk))
            if not began:
                writer.begin_file(key, replace=existed)
            while inflight:
                count += _write(inflight.popleft().result(), writer, key)
        except LoadError as exc:
            for fut in inflight:
                fut.cancel()
            skip(key, exc.reason)
            if count == 0:
                continue
        if count == 0 and not began:
            continue
        if existed:
            report.updated += count
        else:
            report.added += count
        writer.end_file(key, digest, count)
        report.articles_written += count
        state.bytes_done += size
        state.files_done += 1
        state.articles += count
        if progress:
            progress(state)


def _write(prepared: list[tuple[Article, dict[str, Any]]], writer: IndexWriter, file: str) -> int:
    for article, fields in prepared:
        wanted = article.id or slug_for(article.title, article.date)
        fields["id"] = writer.unique_id(wanted, article.key or file, file)
        fields["file"] = file
        writer.add(fields)
        writer.maybe_commit()
    return len(prepared)


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
            _write(prepare([article]), writer, file)
            writer.end_file(file, article.content_hash or key, 1)
            if existed:
                report.updated += 1
            else:
                report.added += 1
            report.articles_written += 1
    report.elapsed_s = time.monotonic() - started
    return report
