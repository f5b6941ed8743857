"""Parallel indexing: worker processes build Whoosh segments, one writer commits them.

Whoosh spends most of its indexing time in pure-Python posting work inside a
single writer. Here each worker builds a complete segment of its own in a
private staging folder (``<index>/.staging/<name>/``, which Whoosh's clean-up
never looks into), and the one writer holding the lock moves finished segment
files into the index and publishes them, together with the deletions of the
documents they replace, in a single atomic TOC commit. Readers see either the
old state or the new one, never a half-built segment.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.writing import NO_MERGE, SegmentWriter

from . import segfacets, sidecar
from .fastwriter import GroupedSegmentWriter
from .schema import build_schema
from .store import INDEX_NAME, MANIFEST_FILE

STAGING = ".staging"
# Words per segment before a worker starts another (and the most a merge
# gathers): about 12 MB of news text, 400-500 MB of builder memory at the
# flush. Planned tasks stay below it.
SEGMENT_TOKENS = 2_000_000


@dataclass
class StagedSegment:
    """A segment built by a worker, waiting in its staging folder to be published."""

    folder: str
    segment: Any  # whoosh.codec.base.Segment (picklable)
    count: int


@dataclass
class SegmentBuilder:
    """Builds one segment in a fresh staging folder of ``index_path``."""

    index_path: Path
    folder: Path = field(init=False)
    _writer: Any = field(init=False, default=None)
    count: int = field(init=False, default=0)
    tokens: int = field(init=False, default=0)  # words of text added (memory grows with them)
    _facets: list[bytes] = field(init=False, default_factory=list)  # each doc's facet_data

    def __post_init__(self) -> None:
        self.folder = self.index_path / STAGING / f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.folder.mkdir(parents=True)
        storage = FileStorage(str(self.folder))
        ix = storage.create_index(build_schema(), indexname=INDEX_NAME)
        self._writer = GroupedSegmentWriter(ix, keep_arrays=sidecar.FIELDS, _lk=False)

    def add(self, fields: dict[str, Any]) -> None:
        """Add one prepared document to the segment."""
        self._writer.add_fields(fields)
        self._facets.append(fields.get("facet_data", b""))
        self.count += 1
        self.tokens += len(fields.get("exact", ()))

    def finish(self) -> StagedSegment | None:
        """Write the segment to disk; None (and no files) if it is empty."""
        if self.count == 0:
            self._writer.cancel()
            shutil.rmtree(self.folder, ignore_errors=True)
            return None
        segment = self._writer._finalize_segment()
        self._writer._finish()
        if self._writer.arrays:
            sidecar.write(sidecar.path_for(self.folder, segment.segment_id()),
                          self._writer.arrays)
        table = segfacets.from_data(self._facets)
        self._facets = []
        segfacets.write(segfacets.path_for(self.folder, segment.segment_id()), table)
        return StagedSegment(str(self.folder), segment, self.count)

    @staticmethod
    def discard(staged: StagedSegment) -> None:
        """Drop a finished segment that will not be published (its task failed)."""
        shutil.rmtree(staged.folder, ignore_errors=True)

    def abandon(self) -> None:
        """Drop the segment (the task failed)."""
        try:
            self._writer.cancel()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def publish(ix: Any, staged: list[StagedSegment], delete_files: Iterable[str],
            replaces: frozenset[str] = frozenset()) -> None:
    """Atomically add ``staged`` segments and delete the documents of ``delete_files``;
    the segments whose ids are in ``replaces`` leave the index in the same commit (a
    merge, :mod:`.merge`, publishes their live documents rebuilt as one).

    The caller holds newsearch's write lock; Whoosh's own lock is taken too.
    """
    writer = SegmentWriter(ix, limitmb=64)
    try:
        for file in delete_files:
            writer.delete_by_term("file", file)
        target = Path(ix.storage.folder)
        for item in staged:
            segid = item.segment.segment_id()
            for entry in Path(item.folder).iterdir():
                if entry.name.startswith(segid):
                    os.replace(entry, target / entry.name)
        # The merge policy may copy small old segments into this writer's own
        # segment; that segment must then be written too, as commit() does.
        finalsegments = [s for s in writer._merge_segments(NO_MERGE, None, None)
                         if s.segment_id() not in replaces]
        if writer._added:
            finalsegments.append(writer._finalize_segment())
        else:
            writer._close_segment()
        finalsegments.extend(item.segment for item in staged)
        writer._commit_toc(finalsegments)
    except BaseException:
        writer._cleanup_on_error()
        raise
    writer._finish()
    for item in staged:
        shutil.rmtree(item.folder, ignore_errors=True)


def _batches(values: list[str], size: int = 500) -> list[list[str]]:
    """``values`` in slices small enough for one SQL ``IN (...)``."""
    return [values[i:i + size] for i in range(0, len(values), size)]


def clear_staging(index_path: Path) -> None:
    """Remove segments left by workers of a run that died before publishing them."""
    shutil.rmtree(index_path / STAGING, ignore_errors=True)


class IdRegistry:
    """Article ids shared by concurrent workers (the manifest's ``ids`` table).

    An id belongs to the record key that first claimed it; a different record
    with the same wanted id gets a stable suffix from its own key. Claims made
    by a run that crashed before committing are harmless: the same record
    claims the same id again.
    """

    def __init__(self, index_path: Path) -> None:
        self.db = sqlite3.connect(str(index_path / MANIFEST_FILE), timeout=60,
                                  isolation_level=None)
        # The manifest is already in write-ahead mode (store.Manifest sets it
        # before workers start); setting it here could fail beside a busy parent.
        # A claim's commit need not reach the disk (sqlite's default syncs the log at
        # every commit: 3-14 ms of a worker waiting, per chunk, on this VM): the
        # parent's commit that publishes the segment syncs the same log, and with it
        # every claim written before. A claim lost to a power cut before that commit
        # is one never made (see above).
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS ids "
                        "(id TEXT PRIMARY KEY, key TEXT NOT NULL, file TEXT NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS run_keys (key TEXT PRIMARY KEY)")

    def claim(self, wanted: list[tuple[str, str, str]],
              once_per_run: bool = False) -> list[str | None]:
        """Final ids for ``(wanted_id, key, file)`` triples, claimed in one transaction.

        With ``once_per_run``, a key already claimed that way in this run (see
        :meth:`start_run`) gets None: the same record read twice, which for
        parts of one file means an id repeated in the file.
        """
        import hashlib

        out: list[str | None] = []
        self.db.execute("BEGIN IMMEDIATE")
        try:
            # One look-up for the whole chunk (a query per article was a tenth of
            # a worker's time outside extraction); later claims in the chunk see
            # earlier ones through ``owner``.
            owner: dict[str, str] = {}
            unique = list(dict.fromkeys(w for w, _, _ in wanted))
            for part in _batches(unique):
                owner.update(self.db.execute(
                    f"SELECT id, key FROM ids WHERE id IN ({','.join('?' * len(part))})", part))
            seen: set[str] = set()
            if once_per_run:
                for part in _batches([key for _, key, _ in wanted]):
                    seen.update(k for (k,) in self.db.execute(
                        f"SELECT key FROM run_keys WHERE key IN ({','.join('?' * len(part))})",
                        part))
            rows = []
            for wanted_id, key, file in wanted:
                if once_per_run:
                    if key in seen:
                        out.append(None)
                        continue
                    seen.add(key)
                article_id = wanted_id
                if owner.get(article_id, key) != key:
                    article_id = f"{wanted_id}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
                owner[article_id] = key
                rows.append((article_id, key, file))
                out.append(article_id)
            self.db.executemany("INSERT OR REPLACE INTO ids VALUES (?, ?, ?)", rows)
            if once_per_run:
                self.db.executemany("INSERT INTO run_keys VALUES (?)",
                                    [(key,) for _, key, _ in rows])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return out

    def start_run(self) -> None:
        """Forget the keys claimed ``once_per_run`` by earlier runs (the parent, at start)."""
        self.db.execute("DELETE FROM run_keys")

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()
