"""The index on disk: creating, opening, versions, the write lock, the manifest.

An index folder holds Whoosh's files plus three files of ours,

- ``newsearch.json``  schema version and the Whoosh distribution that wrote it;
- ``newsearch.lock``  the one-writer lock (``fcntl.flock``: the kernel drops it
  when the holder dies, so a killed indexer never leaves it stuck);
- ``manifest.sqlite`` which source files are fully indexed, with their hashes,
  updated only after the Whoosh commit that made them durable;

and caches any reader may rewrite, such as ``newsearch.aliases.json`` (the facets' name
groups for one set of segments, :mod:`.namegroups`).

Every failure to open an index becomes one typed error whose one-line message
names the index and the fix; nothing Whoosh raises reaches the caller.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from ..errors import IndexCorrupt, IndexLocked, IndexMissing, IndexPathError, IndexVersionMismatch
from . import bufferfile
from .schema import SCHEMA_VERSION, build_schema

META_FILE = "newsearch.json"
LOCK_FILE = "newsearch.lock"
MANIFEST_FILE = "manifest.sqlite"
INDEX_NAME = "MAIN"
# Files that may sit in an index folder; anything else means the folder is
# someone's data, and we refuse to create an index on top of it.
_OWN_FILE = re.compile(rf"^(_?{INDEX_NAME}_.*|{INDEX_NAME}_WRITELOCK|newsearch\..*|"
                       rf"manifest\.sqlite.*|.*\.tmp|\..*)$")
_OPEN_RETRIES = 5


def whoosh_distribution() -> tuple[str, str]:
    """The installed Whoosh distribution and its version, e.g. ('whoosh3', '3.54.0')."""
    # Imported here, when an index is created: importing it costs every command about 40 ms.
    from importlib import metadata

    for dist in ("whoosh3", "whoosh-reloaded", "Whoosh"):
        try:
            return dist, metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "whoosh", "unknown"


def newsearch_version() -> str:
    """The installed newsearch version (or 'dev' when run from a source tree)."""
    from importlib import metadata

    try:
        return metadata.version("newsearch")
    except metadata.PackageNotFoundError:
        return "dev"


def read_meta(path: Path) -> dict[str, Any]:
    """The index's version record, or {} if it has none (or it is unreadable)."""
    try:
        meta = json.loads((path / META_FILE).read_text())
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def has_toc(path: Path) -> bool:
    """True if ``path`` holds at least one Whoosh table of contents."""
    return toc_generation(path) >= 0


def toc_generation(path: Path) -> int:
    """The newest Whoosh generation in ``path`` (-1 if none); bumps on every commit."""
    pattern = re.compile(rf"^_{INDEX_NAME}_([0-9]+)\.toc$")
    try:
        names = os.listdir(path)
    except OSError:
        return -1
    gens = [int(m.group(1)) for m in map(pattern.match, names) if m]
    return max(gens, default=-1)


def exists(path: Path) -> bool:
    """True if ``path`` holds a newsearch index (version record and Whoosh TOC)."""
    return path.is_dir() and (path / META_FILE).is_file() and has_toc(path)


def rebuild_hint(path: Path) -> str:
    """The command that rebuilds the index at ``path``."""
    return f"newsearch index --rebuild PATH --index {path}"


def one_line(exc: BaseException, limit: int = 160) -> str:
    """A short, single-line description of ``exc`` for error messages."""
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"missing file {Path(str(exc.filename)).name}"
    text = " ".join(str(exc).split()) or type(exc).__name__
    text = f"{type(exc).__name__}: {text}"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def check_location(path: Path) -> None:
    """Raise IndexPathError unless an index can be created or written at ``path``."""
    if path.exists() and not path.is_dir():
        raise IndexPathError(f"index path {path} is a file, not a folder")
    target = path if path.exists() else path.parent
    if not target.exists():
        raise IndexPathError(f"cannot create index at {path}: folder {target} does not exist")
    if not target.is_dir():
        raise IndexPathError(f"cannot create index at {path}: {target} is not a folder")
    # os.access says yes to root even on a read-only mount: probe for real.
    probe = target / f".newsearch-probe-{os.getpid()}.tmp"
    try:
        probe.touch()
        probe.unlink()
    except OSError as exc:
        why = "permission denied" if isinstance(exc, PermissionError) else (
            exc.strerror or str(exc)).lower()
        raise IndexPathError(f"cannot write to index at {path}: {why}") from None


def ensure_folder(path: Path) -> None:
    """Create the index folder (not its parents), with clear errors."""
    check_location(path)
    try:
        path.mkdir(exist_ok=True)
    except OSError as exc:
        raise IndexPathError(f"cannot create index at {path}: {exc.strerror or exc}") from None


def refuse_foreign(path: Path) -> None:
    """Raise IndexPathError if ``path`` holds files that are not an index's."""
    try:
        strangers = sorted(n for n in os.listdir(path) if not _OWN_FILE.match(n))
    except OSError:
        return  # missing or unreadable: the caller's next step says so
    if strangers:
        raise IndexPathError(f"cannot create index at {path}: the folder is not empty and "
                             f"is not a newsearch index (it holds {strangers[0]})")


def create(path: Path) -> None:
    """Create an empty index at ``path`` (its parent folder must exist).

    Refuses a folder that holds files other than an index's, so pointing
    ``--index`` at a corpus folder cannot scribble over it.
    """
    ensure_folder(path)
    refuse_foreign(path)
    # A fresh index must not inherit a manifest: it would claim files as indexed.
    for name in os.listdir(path):
        if name.startswith(MANIFEST_FILE):
            (path / name).unlink()
    storage = FileStorage(str(path))
    storage.create_index(build_schema(), indexname=INDEX_NAME)
    dist, version = whoosh_distribution()
    meta = {"schema_version": SCHEMA_VERSION, "whoosh": dist, "whoosh_version": version,
            "newsearch_version": newsearch_version(), "created": datetime.now().isoformat()}
    tmp = path / (META_FILE + ".tmp")
    tmp.write_text(json.dumps(meta, indent=2))
    os.replace(tmp, path / META_FILE)  # the version record lands last: it marks "complete"


def check_version(path: Path) -> dict[str, Any]:
    """Raise IndexVersionMismatch unless the index at ``path`` has our schema."""
    meta = read_meta(path)
    found = meta.get("schema_version")
    if found == SCHEMA_VERSION:
        return meta
    if not (path / META_FILE).exists():
        raise IndexVersionMismatch(
            f"index at {path} has no version record ({META_FILE}): it was written by an "
            f"unknown version; rebuild it with `{rebuild_hint(path)}`")
    if isinstance(found, int) and found > SCHEMA_VERSION:
        raise IndexVersionMismatch(
            f"index at {path} was written by a newer newsearch (schema {found}, this one "
            f"reads {SCHEMA_VERSION}): upgrade newsearch or rebuild with `{rebuild_hint(path)}`")
    raise IndexVersionMismatch(
        f"index at {path} has schema version {found if found is not None else 'unknown'}, "
        f"this newsearch needs {SCHEMA_VERSION}: rebuild it with `{rebuild_hint(path)}`")


def corrupt(path: Path, what: str) -> IndexCorrupt:
    """The error for a damaged index, naming it and the fix."""
    return IndexCorrupt(f"index at {path} is damaged ({what}): rebuild it with "
                        f"`{rebuild_hint(path)}` (details: `newsearch check --index {path}`)")


def open_whoosh(path: Path) -> Any:
    """Open the Whoosh index at ``path``, mapping every failure to a typed error."""
    if path.exists() and not path.is_dir():
        raise IndexPathError(f"index path {path} is a file, not a folder")
    meta_present = (path / META_FILE).is_file()
    if not has_toc(path):
        if meta_present:
            raise corrupt(path, "its table of contents is missing")
        raise IndexMissing(f"no index at {path}/: run `newsearch index corpus/` first"
                           if str(path) == "index" else
                           f"no index at {path}: run `newsearch index PATH --index {path}` first")
    check_version(path)
    for attempt in range(_OPEN_RETRIES):
        generation = toc_generation(path)
        try:
            ix = whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
            # Touch every segment now so damage shows here, not mid-search.
            with ix.reader() as reader:
                reader.doc_count_all()
            return ix
        except PermissionError:
            raise IndexPathError(f"cannot read index at {path}: permission denied") from None
        except whoosh_index.IndexVersionError as exc:
            raise IndexVersionMismatch(
                f"index at {path} uses Whoosh format {exc.version}, which the installed "
                f"{' '.join(whoosh_distribution())} cannot read: rebuild it with "
                f"`{rebuild_hint(path)}`") from None
        except Exception as exc:  # Whoosh raises many unrelated types on damaged files
            # A writer committing while we opened may have deleted the old
            # generation's segments under us: that is a race, not damage.
            if toc_generation(path) != generation and attempt < _OPEN_RETRIES - 1:
                time.sleep(0.05)
                continue
            raise corrupt(path, one_line(exc)) from None
    raise corrupt(path, "it kept changing while being opened")  # pragma: no cover


def _fresh_reader(cls: Any, storage: Any, schema: Any, segments: list[Any], generation: int,
                  reuse: Any = None) -> Any:
    """``FileIndex._reader`` without whoosh3 3.54's refresh bugs.

    whoosh3 adds the *old* reader's segments to the new generation's list, so
    a long-lived searcher (the TUI, ``Reader.searcher()``) sees merged-away
    segments twice, and crashes when the old reader was empty. Here a leaf
    reader is reused only for a segment of the new generation with the same
    deletions; everything else is opened afresh and the leftovers are closed.
    """
    from whoosh.reading import EmptyReader, MultiReader, SegmentReader

    reusable: dict[Any, Any] = {}
    if reuse is not None:
        for leaf, _ in reuse.leaf_readers():
            seg = leaf.segment() if hasattr(leaf, "segment") else None
            if seg is not None:
                reusable[seg.segment_id()] = leaf
            else:
                leaf.close()
    try:
        if not segments:
            return EmptyReader(schema)

        def segreader(segment: Any) -> Any:
            leaf = reusable.get(segment.segment_id())
            if leaf is not None and leaf.segment().deleted_count() == segment.deleted_count():
                del reusable[segment.segment_id()]
                return leaf
            return SegmentReader(storage, schema, segment, generation=generation)

        if len(segments) == 1:
            return segreader(segments[0])
        return MultiReader([segreader(s) for s in segments], generation=generation)
    finally:
        for leaf in reusable.values():
            leaf.close()


whoosh_index.FileIndex._reader = classmethod(_fresh_reader)  # type: ignore[assignment,method-assign]
bufferfile.install()


class WriteLock:
    """Exclusive, crash-safe writer lock on an index folder.

    Waits up to ``wait`` seconds, then raises :class:`IndexLocked` naming the
    holder's pid and start time. The folder must exist.
    """

    def __init__(self, path: Path, wait: float = 5.0) -> None:
        self.path = path
        self.wait = wait
        self._fh: Any = None

    def __enter__(self) -> WriteLock:
        lock_path = self.path / LOCK_FILE
        deadline = time.monotonic() + max(self.wait, 0.0)
        while True:
            fh = _open_lock_file(self.path, lock_path)
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                fh.close()
                if time.monotonic() >= deadline:
                    raise IndexLocked(f"index is being updated by another process "
                                      f"({_read_holder(lock_path)})") from None
                time.sleep(0.1)
                continue
            # A rebuild may have swapped the folder while we waited on the old
            # lock file: only the file now at the path counts.
            if _same_file(fh, lock_path):
                break
            fh.close()
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "since": time.time()}))
        fh.flush()
        self._fh = fh
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            try:
                self._fh.seek(0)
                self._fh.truncate()
            except OSError:
                pass  # the holder note is cosmetic; releasing the lock is what matters
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def _open_lock_file(folder: Path, lock_path: Path) -> Any:
    try:
        return open(lock_path, "a+")  # noqa: SIM115 - held for the lock's lifetime
    except PermissionError:
        raise IndexPathError(f"cannot write to index at {folder}: permission denied") from None
    except OSError as exc:
        raise IndexPathError(f"cannot lock index at {folder}: {exc.strerror or exc}") from None


def _same_file(fh: Any, path: Path) -> bool:
    try:
        here, there = os.fstat(fh.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read_holder(lock_path: Path) -> str:
    try:
        info = json.loads(lock_path.read_text())
        since = datetime.fromtimestamp(info["since"]).strftime("%H:%M")
        return f"pid {info['pid']} since {since}"
    except (OSError, ValueError, KeyError, TypeError):
        return "pid unknown"


class Manifest:
    """Which source files are fully indexed (path -> content hash, article count)."""

    def __init__(self, path: Path) -> None:
        try:
            # Workers claim article ids in the same file (segments.IdRegistry):
            # wait for their short transactions as they wait for ours, rather
            # than failing after sqlite's default 5 s on a loaded machine.
            self.db = sqlite3.connect(str(path / MANIFEST_FILE), timeout=60)
            # Write-ahead logging lets workers claim ids while this process
            # reads. Set here, before any worker starts: switching the mode
            # needs the file to itself, and fails at once (without waiting)
            # when another connection is busy with it.
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS files "
                            "(path TEXT PRIMARY KEY, hash TEXT NOT NULL, count INTEGER NOT NULL)")
            self.db.execute("CREATE TABLE IF NOT EXISTS ids "
                            "(id TEXT PRIMARY KEY, key TEXT NOT NULL, file TEXT NOT NULL)")
            self.db.commit()
        except sqlite3.DatabaseError as exc:
            raise corrupt(path, f"{MANIFEST_FILE}: {exc}") from None

    def files(self) -> dict[str, tuple[str, int]]:
        """All fully indexed files: path -> (hash, article count)."""
        return {p: (h, n) for p, h, n in self.db.execute("SELECT path, hash, count FROM files")}

    def id_owner(self, article_id: str) -> str | None:
        """The record key that owns ``article_id``, if any."""
        row = self.db.execute("SELECT key FROM ids WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def forget(self, files: list[str]) -> None:
        """Drop ``files`` before their documents change, so a crash cannot leave
        the manifest vouching for documents that are no longer there."""
        with self.db:
            self.db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in files])

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
