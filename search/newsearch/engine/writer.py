"""The single index writer: one lock, batch commits, the manifest.

Durability rule: a source file counts as indexed (in the manifest) only after
the Whoosh commit holding all of its articles, and a file whose documents are
about to change leaves the manifest *before* that commit. A crash therefore
leaves at worst some files half-written in Whoosh but absent from the
manifest; the next run deletes their documents by file and adds them again,
so nothing is lost and nothing is duplicated.

Ctrl-C never lands inside a Whoosh commit or a half-added document: while the
writer is in such a critical section SIGINT is deferred, then raised as
KeyboardInterrupt when the caller next calls the writer (not when the section
ends: the caller must first learn that its commit succeeded, or it would
publish the same batch twice).

Test hooks (environment variables, read at each commit; harmless when unset):

- ``NEWSEARCH_TEST_KILL_AFTER_COMMITS=N`` kills the process with SIGKILL at
  the N-th commit, at the point named by ``NEWSEARCH_TEST_KILL_POINT``:
  ``before`` (documents added, nothing committed), ``whoosh`` (default: Whoosh
  committed, manifest not yet) or ``manifest`` (both done);
- ``NEWSEARCH_TEST_COMMIT_DELAY=SECONDS`` sleeps after each commit, so tests
  can catch a run in the middle.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh.writing import IndexWriter as WhooshWriter

from ..errors import IndexCorrupt
from . import segfacets, sidecar, store
from .leafread import side_arrays

KILL_AFTER_ENV = "NEWSEARCH_TEST_KILL_AFTER_COMMITS"
KILL_POINT_ENV = "NEWSEARCH_TEST_KILL_POINT"
DELAY_ENV = "NEWSEARCH_TEST_COMMIT_DELAY"


class _DeferredInterrupt:
    """Holds SIGINT back during critical sections (main thread only)."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False
        self._previous: Any = None
        self._installed = False

    def install(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True

    def uninstall(self) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False

    def _handle(self, signum: int, frame: object) -> None:
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def critical(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1

    def checkpoint(self) -> None:
        """Raise the Ctrl-C that arrived during an earlier critical section."""
        if self.pending and self.depth == 0:
            self.pending = False
            raise KeyboardInterrupt


class IndexWriter:
    """Write access to one index; use as a context manager.

    ``batch_size`` articles are committed at a time. Call :meth:`begin_file`
    before a changed file's articles, :meth:`add` for each, :meth:`end_file`
    after the last; segments built by workers go through :meth:`publish`.
    """

    def __init__(self, path: Path, batch_size: int = 2000, wait: float = 5.0) -> None:
        self.path = path
        self.batch_size = max(1, batch_size)
        self._lock = store.WriteLock(path, wait)
        self._ix: Any = None
        self._writer: WhooshWriter | None = None
        self.manifest: store.Manifest | None = None
        self._pending = 0
        self._done: dict[str, tuple[str, int]] = {}
        self._ids: dict[str, tuple[str, str]] = {}
        self._removed: list[str] = []
        self._changing: set[str] = set()
        self._torn = False  # an add was cut short: this batch must not be committed
        self._interrupt = _DeferredInterrupt()
        self.commits = 0
        self.committed_articles = 0

    def __enter__(self) -> IndexWriter:
        store.ensure_folder(self.path)
        if not store.exists(self.path):
            store.refuse_foreign(self.path)  # before the lock file lands in someone's folder
        self._lock.__enter__()
        self._interrupt.install()
        try:
            # Created under the lock: two first runs must not both create.
            if not store.exists(self.path):
                self._create_or_refuse()
            store.check_version(self.path)
            self._ix = store.open_whoosh(self.path)
            self.manifest = store.Manifest(self.path)
        except BaseException:
            self._close()
            raise
        return self

    def _create_or_refuse(self) -> None:
        if store.has_toc(self.path) and (self.path / store.MANIFEST_FILE).exists():
            # Whoosh data without a version record: not ours to overwrite.
            store.check_version(self.path)
        if (self.path / store.META_FILE).exists():
            raise store.corrupt(self.path, "its table of contents is missing")
        store.create(self.path)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None or exc_type is KeyboardInterrupt:
                # The job is over either way: a Ctrl-C now is moot.
                self._interrupt.pending = False
                self._interrupt.depth += 1
                self.commit()
            elif self._writer is not None:
                self._writer.cancel()
                self._writer = None
        finally:
            self._close()

    def _close(self) -> None:
        try:
            if self.manifest is not None:
                self.manifest.close()
                self.manifest = None
            if self._ix is not None:
                self._ix.close()
                self._ix = None
        finally:
            self._interrupt.uninstall()
            self._lock.__exit__(None, None, None)

    def _w(self) -> WhooshWriter:
        if self._writer is None:
            self._writer = self._ix.writer(limitmb=256)
        return self._writer

    def known_files(self) -> dict[str, tuple[str, int]]:
        """Fully indexed files: path -> (hash, article count)."""
        assert self.manifest is not None
        return self.manifest.files()

    def files_in_index(self) -> set[str]:
        """Every file with at least one document in Whoosh (complete or not)."""
        with self._ix.reader() as reader:
            return {t.decode("utf-8") for t in reader.lexicon("file")}

    def unique_id(self, wanted: str, key: str, file: str) -> str:
        """``wanted`` if free or already owned by ``key``, else a stable variant."""
        assert self.manifest is not None
        owner = self._ids[wanted][0] if wanted in self._ids else self.manifest.id_owner(wanted)
        if owner is not None and owner != key:
            wanted = f"{wanted}-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
        self._ids[wanted] = (key, file)
        return wanted

    def begin_file(self, file: str, replace: bool) -> None:
        """Prepare to (re)write ``file``; old documents are deleted if ``replace``."""
        self._interrupt.checkpoint()
        with self._interrupt.critical():
            self._changing.add(file)
            if replace:
                self._w().delete_by_term("file", file)

    def add(self, fields: dict[str, Any]) -> None:
        """Add one prepared document; commits when the batch is full."""
        self._interrupt.checkpoint()
        with self._interrupt.critical():
            self._torn = True
            self._w().add_document(**fields)
            self._torn = False
            self._pending += 1

    def end_file(self, file: str, file_hash: str, count: int) -> None:
        """Mark ``file`` complete; it enters the manifest with the next commit."""
        self._done[file] = (file_hash, count)
        if self._pending >= self.batch_size:
            self.commit()

    def commit(self) -> None:
        """Make everything added so far durable, then record it in the manifest."""
        assert self.manifest is not None
        if self._writer is None and not (self._done or self._ids or self._removed):
            return  # nothing to make durable: not a commit
        self._interrupt.checkpoint()
        with self._interrupt.critical():
            if self._torn:
                self._discard()
                return
            _test_hook("before", self.commits + 1)
            if self._changing:
                self.manifest.forget(sorted(self._changing))
            if self._writer is not None:
                try:
                    self._writer.commit()
                except OSError as exc:
                    self._writer = None
                    raise IndexCorrupt(f"cannot write index at {self.path}: "
                                       f"{exc.strerror or exc}") from None
                self._writer = None
            self.commits += 1
            _test_hook("whoosh", self.commits)
            self.committed_articles += self._pending
            self._pending = 0
            if self._done or self._ids or self._removed:
                self.manifest.record(self._done, self._ids, self._removed)
            self._done, self._ids, self._removed = {}, {}, []
            self._changing = set()
            _test_hook("manifest", self.commits)
        delay = os.environ.get(DELAY_ENV)
        if delay:
            time.sleep(float(delay))

    def publish(self, staged: list[Any], replace: list[str], done: dict[str, tuple[str, int]],
                removed: list[str]) -> None:
        """Commit segments built by workers, replacing the documents of ``replace``.

        Same durability rule as :meth:`commit`: files leave the manifest before
        the Whoosh commit and (re-)enter it only after.
        """
        from .segments import publish

        assert self.manifest is not None
        self._interrupt.checkpoint()
        if self._writer is not None or self._done or self._removed:
            self.commit()  # anything added through this writer goes first
        with self._interrupt.critical():
            _test_hook("before", self.commits + 1)
            if replace or done:
                self.manifest.forget(sorted(set(replace) | set(done)))
            try:
                publish(self._ix, staged, replace)
            except OSError as exc:
                raise IndexCorrupt(f"cannot write index at {self.path}: "
                                   f"{exc.strerror or exc}") from None
            self.commits += 1
            _test_hook("whoosh", self.commits)
            self.committed_articles += sum(n for _, n in done.values())
            self.manifest.record(done, {}, removed)
            _test_hook("manifest", self.commits)
        delay = os.environ.get(DELAY_ENV)
        if delay:
            time.sleep(float(delay))

    def complete_side_files(self) -> int:
        """Give every segment without a side file one (:mod:`.sidecar`), built from
        Whoosh's postings (pure Python per posting: slow on a big segment; after
        ``optimize``, for the merged one), and a facet file (:mod:`.segfacets`).
        Returns how many side files were written."""
        written = 0
        with self._ix.reader() as reader:
            for leaf, _ in reader.leaf_readers():
                path = sidecar.path_of(self.path, leaf)
                if path is None:
                    continue
                if not path.exists():
                    sidecar.write(path, side_arrays(leaf, sidecar.FIELDS))
                    written += 1
                facets = segfacets.path_for(self.path, leaf.segment().segment_id())
                if not facets.exists():
                    segfacets.write(facets, segfacets.from_column(leaf))
        return written

    def optimize(self) -> int:
        """Merge all segments into one (slow: rewrites the index); returns the count before."""
        self.commit()
        with self._interrupt.critical():
            before = len(self._ix._segments())
            if before > 1:
                writer = self._ix.writer(limitmb=256)
                writer.commit(optimize=True)
        # The merged segment's side file, so searches keep reading arrays. Only a
        # speed-up: without it they read Whoosh's postings.
        with contextlib.suppress(OSError):
            self.complete_side_files()
        return before

    def merge_small(self) -> int:
        """Merge small segments once enough have gathered (:mod:`.merge`); returns
        how many were merged away. Ctrl-C during a rebuild leaves the index as it was."""
        from .merge import merge_small

        self.commit()
        return merge_small(self._ix, self.path, critical=self._interrupt.critical)

    def add_article(self, article: Any, file: str) -> None:
        """Add one enriched article (API use), with a unique id and its file."""
        from ..model import slug_for
        from .documents import to_fields

        wanted = article.id or slug_for(article.title, article.date)
        article.id = self.unique_id(wanted, article.key or file, file)
        fields = to_fields(article)
        fields["file"] = file
        self.add(fields)

    def _discard(self) -> None:
        """Drop the current batch (a document was half-added); the next run redoes it."""
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
        self._pending = 0
        self._done, self._ids, self._removed = {}, {}, []
        self._changing = set()
        self._torn = False


def _test_hook(point: str, commit_number: int) -> None:
    """SIGKILL this process at a chosen commit (crash-safety tests only)."""
    target = os.environ.get(KILL_AFTER_ENV)
    if not target or os.environ.get(KILL_POINT_ENV, "whoosh") != point:
        return
    if int(target) == commit_number:
        os.kill(os.getpid(), signal.SIGKILL)
