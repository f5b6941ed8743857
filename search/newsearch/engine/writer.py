"""The single index writer: one lock, batch commits, the manifest.

Durability rule: a source file counts as indexed (in the manifest) only after
the Whoosh commit holding all of its articles. A crash therefore leaves at
worst some files half-written in Whoosh but absent from the manifest; the next
run deletes their documents by file and adds them again, so nothing is lost
and nothing is duplicated.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from whoosh.writing import IndexWriter as WhooshWriter

from ..errors import IndexPathError
from . import store


class IndexWriter:
    """Write access to one index; use as a context manager.

    ``batch_size`` articles are committed at a time. Call :meth:`begin_file`
    before a changed file's articles, :meth:`add` for each, :meth:`end_file`
    after the last, and :meth:`remove_file` for files that disappeared.
    """

    def __init__(self, path: Path, batch_size: int = 2000, wait: float = 5.0) -> None:
        self.path = path
        self.batch_size = batch_size
        self._lock = store.WriteLock(path, wait)
        self._ix: Any = None
        self._writer: WhooshWriter | None = None
        self.manifest: store.Manifest | None = None
        self._pending = 0
        self._done: dict[str, tuple[str, int]] = {}
        self._ids: dict[str, tuple[str, str]] = {}
        self._removed: list[str] = []
        self.committed_articles = 0

    def __enter__(self) -> IndexWriter:
        if self.path.exists() and not self.path.is_dir():
            raise IndexPathError(f"index path {self.path} is a file, not a folder")
        if not store.exists(self.path):
            store.create(self.path)
        self._lock.__enter__()
        try:
            store.check_version(self.path)
            self._ix = store.open_whoosh(self.path)
            self.manifest = store.Manifest(self.path)
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None or exc_type is KeyboardInterrupt:
                self.commit()
            elif self._writer is not None:
                self._writer.cancel()
                self._writer = None
        finally:
            if self.manifest is not None:
                self.manifest.close()
            self._ix.close()
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

    def remove_file(self, file: str) -> None:
        """Delete every document that came from ``file``."""
        self._w().delete_by_term("file", file)
        self._removed.append(file)

    def begin_file(self, file: str, replace: bool) -> None:
        """Prepare to (re)write ``file``; old documents are deleted if ``replace``."""
        if replace:
            self._w().delete_by_term("file", file)

    def add(self, fields: dict[str, Any]) -> None:
        """Add one prepared document; commits when the batch is full."""
        self._w().add_document(**fields)
        self._pending += 1

    def end_file(self, file: str, file_hash: str, count: int) -> None:
        """Mark ``file`` complete; it enters the manifest with the next commit."""
        self._done[file] = (file_hash, count)
        if self._pending >= self.batch_size:
            self.commit()

    def maybe_commit(self) -> None:
        """Commit if the current batch is full (for files with many records)."""
        if self._pending >= self.batch_size:
            self.commit()

    def commit(self) -> None:
        """Make everything added so far durable, then record it in the manifest."""
        assert self.manifest is not None
        if self._writer is not None:
            self._writer.commit()
            self._writer = None
        self.committed_articles += self._pending
        self._pending = 0
        if self._done or self._ids or self._removed:
            self.manifest.record(self._done, self._ids, self._removed)
        self._done, self._ids, self._removed = {}, {}, []
