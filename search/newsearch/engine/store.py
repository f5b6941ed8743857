"""The index on disk: creating, opening, versions, the write lock, the manifest.

An index folder holds Whoosh's files plus three of ours:

- ``newsearch.json``  schema version and the Whoosh distribution that wrote it;
- ``newsearch.lock``  the one-writer lock (``fcntl.flock``: the kernel drops it
  when the holder dies, so a killed indexer never leaves it stuck);
- ``manifest.sqlite`` which source files are fully indexed, with their hashes,
  updated only after the Whoosh commit that made them durable.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from ..errors import IndexCorrupt, IndexLocked, IndexMissing, IndexPathError, IndexVersionMismatch
from .schema import SCHEMA_VERSION, build_schema

META_FILE = "newsearch.json"
LOCK_FILE = "newsearch.lock"
MANIFEST_FILE = "manifest.sqlite"
INDEX_NAME = "MAIN"


def whoosh_distribution() -> tuple[str, str]:
    """The installed Whoosh distribution and its version, e.g. ('whoosh3', '3.54.0')."""
    for dist in ("whoosh3", "whoosh-reloaded", "Whoosh"):
        try:
            return dist, metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "whoosh", "unknown"


def newsearch_version() -> str:
    """The installed newsearch version (or 'dev' when run from a source tree)."""
    try:
        return metadata.version("newsearch")
    except metadata.PackageNotFoundError:
        return "dev"


def read_meta(path: Path) -> dict[str, Any]:
    """The index's version record, or {} if it has none."""
    try:
        return json.loads((path / META_FILE).read_text())
    except (OSError, ValueError):
        return {}


def exists(path: Path) -> bool:
    """True if ``path`` holds a newsearch index."""
    return (path / META_FILE).is_file() and whoosh_index.exists_in(str(path), INDEX_NAME)


def _check_writable_location(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise IndexPathError(f"index path {path} is a file, not a folder")
    parent = path.parent if not path.exists() else path
    if not parent.exists():
        raise IndexPathError(f"cannot create index at {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise IndexPathError(f"cannot write to index at {path}: permission denied")


def create(path: Path) -> None:
    """Create an empty index at ``path`` (its parent folder must exist)."""
    _check_writable_location(path)
    path.mkdir(exist_ok=True)
    storage = FileStorage(str(path))
    storage.create_index(build_schema(), indexname=INDEX_NAME)
    dist, version = whoosh_distribution()
    meta = {"schema_version": SCHEMA_VERSION, "whoosh": dist, "whoosh_version": version,
            "newsearch_version": newsearch_version(), "created": datetime.now().isoformat()}
    tmp = path / (META_FILE + ".tmp")
    tmp.write_text(json.dumps(meta, indent=2))
    tmp.replace(path / META_FILE)


def check_version(path: Path) -> dict[str, Any]:
    """Raise IndexVersionMismatch unless the index at ``path`` has our schema."""
    meta = read_meta(path)
    if meta.get("schema_version") != SCHEMA_VERSION:
        found = meta.get("schema_version", "unknown")
        raise IndexVersionMismatch(
            f"index at {path} has schema version {found}, this newsearch needs "
            f"{SCHEMA_VERSION}: rebuild it with `newsearch index --rebuild PATH --index {path}`")
    return meta


def open_whoosh(path: Path) -> Any:
    """Open the Whoosh index at ``path``, mapping every failure to a typed error."""
    if path.exists() and not path.is_dir():
        raise IndexPathError(f"index path {path} is a file, not a folder")
    if not exists(path):
        raise IndexMissing(f"no index at {path}/: run `newsearch index corpus/` first"
                           if str(path) == "index" else
                           f"no index at {path}: run `newsearch index PATH --index {path}` first")
    check_version(path)
    try:
        ix = whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
        # Touch every segment now so damage shows here, not mid-search.
        with ix.reader() as reader:
            reader.doc_count_all()
        return ix
    except PermissionError:
        raise IndexPathError(f"cannot read index at {path}: permission denied") from None
    except Exception as exc:  # Whoosh raises many unrelated types on damaged files
        raise IndexCorrupt(
            f"index at {path} is damaged ({type(exc).__name__}: {exc}): rebuild it with "
            f"`newsearch index --rebuild PATH --index {path}`") from None


class WriteLock:
    """Exclusive, crash-safe writer lock on an index folder.

    Waits up to ``wait`` seconds, then raises :class:`IndexLocked` naming the
    holder's pid and start time.
    """

    def __init__(self, path: Path, wait: float = 5.0) -> None:
        self.path = path
        self.wait = wait
        self._fh: Any = None

    def __enter__(self) -> WriteLock:
        lock_path = self.path / LOCK_FILE
        try:
            fh = open(lock_path, "a+")  # noqa: SIM115 - held for the lock's lifetime
        except PermissionError:
            raise IndexPathError(
                f"cannot write to index at {self.path}: permission denied") from None
        except OSError as exc:
            raise IndexPathError(f"cannot lock index at {self.path}: {exc.strerror}") from None
        deadline = time.monotonic() + max(self.wait, 0.0)
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(lock_path)
                    fh.close()
                    raise IndexLocked(
                        f"index is being updated by another process ({holder})") from None
                time.sleep(0.1)
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "since": time.time()}))
        fh.flush()
        self._fh = fh
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.seek(0)
            self._fh.truncate()
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def _read_holder(lock_path: Path) -> str:
    try:
        info = json.loads(lock_path.read_text())
        since = datetime.fromtimestamp(info["since"]).strftime("%H:%M")
        return f"pid {info['pid']} since {since}"
    except (OSError, ValueError, KeyError):
        return "pid unknown"


class Manifest:
    """Which source files are fully indexed (path -> content hash, article count)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(str(path / MANIFEST_FILE))
        self.db.execute("CREATE TABLE IF NOT EXISTS files "
                        "(path TEXT PRIMARY KEY, hash TEXT NOT NULL, count INTEGER NOT NULL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS ids "
                        "(id TEXT PRIMARY KEY, key TEXT NOT NULL, file TEXT NOT NULL)")
        self.db.commit()

    def files(self) -> dict[str, tuple[str, int]]:
        """All fully indexed files: path -> (hash, article count)."""
        return {p: (h, n) for p, h, n in self.db.execute("SELECT path, hash, count FROM files")}

    def id_owner(self, article_id: str) -> str | None:
        """The record key that owns ``article_id``, if any."""
        row = self.db.execute("SELECT key FROM ids WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def record(self, done: dict[str, tuple[str, int]], ids: dict[str, tuple[str, str]],
               removed: list[str]) -> None:
        """Record one committed batch: finished files, new id owners, removed files.

        ``ids`` maps article id -> (record key, file path).
        """
        with self.db:
            self.db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in removed])
            self.db.executemany("DELETE FROM ids WHERE file = ?", [(p,) for p in removed])
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                                [(p, h, n) for p, (h, n) in done.items()])
            self.db.executemany("INSERT OR REPLACE INTO ids VALUES (?, ?, ?)",
                                [(i, k, f) for i, (k, f) in ids.items()])

    def close(self) -> None:
        """Close the database."""
        self.db.close()
