"""Rebuilding an index beside the old one and swapping it in when complete.

``newsearch index --rebuild`` must never leave the user without an index: the
new one is built in a hidden sibling folder (``.NAME.rebuild``) while the old
one keeps answering queries, and only a finished build replaces it. The swap
is one atomic ``renameat2(RENAME_EXCHANGE)`` on Linux; elsewhere it is two
renames, and a crash between them is repaired by the next rebuild.

The old index's write lock is held for the whole rebuild, so no other writer
can add to an index that is about to be replaced. An interrupted or killed
rebuild keeps its sibling folder; re-running the same command resumes it
incrementally (a leftover from a different command is discarded).
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
from pathlib import Path
from typing import Any

from ..errors import IndexPathError
from . import store

MARKER = "newsearch.rebuild.json"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def sibling(path: Path, kind: str) -> Path:
    """The hidden folder beside ``path`` used for a rebuild (``kind``: rebuild or old)."""
    return path.parent / f".{path.name}.{kind}"


class Rebuild:
    """Context manager: lock the old index, prepare :attr:`target`, :meth:`swap` at the end.

    ``sources`` identifies the job (e.g. the resolved input paths), so a
    leftover build is only resumed by the same command.
    """

    def __init__(self, path: Path, sources: list[str], wait: float = 5.0) -> None:
        self.path = path
        self.target = sibling(path, "rebuild")
        self.sources = sources
        self.wait = wait
        self.swapped = False
        self._locks: list[store.WriteLock] = []

    def __enter__(self) -> Rebuild:
        store.check_location(self.path)
        _recover(self.path)
        # The swap deletes what is at ``path``: it had better be an index.
        store.refuse_foreign(self.path)
        try:
            if self.path.is_dir():
                self._lock(self.path)
            self._prepare_target()
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self._release()

    def _lock(self, folder: Path) -> None:
        lock = store.WriteLock(folder, self.wait)
        lock.__enter__()
        self._locks.append(lock)

    def _release(self) -> None:
        while self._locks:
            self._locks.pop().__exit__(None, None, None)

    def _prepare_target(self) -> None:
        marker = self.target / MARKER
        if self.target.exists():
            try:
                same = json.loads(marker.read_text()).get("sources") == self.sources
            except (OSError, ValueError, AttributeError):
                same = False
            if same and self._current(self.target):
                return  # resume the interrupted build
            _remove(self.target)
        try:
            self.target.mkdir()
            marker.write_text(json.dumps({"sources": self.sources}))
        except OSError as exc:
            raise IndexPathError(f"cannot create {self.target} for the rebuild: "
                                 f"{exc.strerror or exc}") from None

    @staticmethod
    def _current(folder: Path) -> bool:
        """True if ``folder`` is empty so far or an index this version can write."""
        if not store.has_toc(folder):
            return True
        try:
            store.check_version(folder)
        except Exception:
            return False
        return True

    def swap(self) -> None:
        """Put the finished build in place of the old index and delete the old one."""
        self._lock(self.target)  # nobody may write the new index before it is in place
        (self.target / MARKER).unlink(missing_ok=True)
        if not self.path.exists():
            os.rename(self.target, self.path)
        elif _exchange(self.target, self.path):
            _remove(self.target)  # now holds the old index
        else:
            old = sibling(self.path, "old")
            _remove(old)
            os.rename(self.path, old)
            os.rename(self.target, self.path)
            _remove(old)
        self.swapped = True


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two folders (Linux renameat2); False where unsupported."""
    try:
        libc: Any = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    res = fn(_AT_FDCWD, os.fsencode(str(a)), _AT_FDCWD, os.fsencode(str(b)), _RENAME_EXCHANGE)
    return res == 0


def _recover(path: Path) -> None:
    """Finish a two-rename swap that a crash cut in half."""
    old = sibling(path, "old")
    if old.is_dir() and not path.exists():
        os.rename(old, path)


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
