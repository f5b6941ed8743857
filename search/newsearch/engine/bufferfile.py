"""Whoosh's segment files opened without copying them into memory.

A segment is one compound file, memory-mapped; each of its sub-files is
opened as a ``BufferFile`` over a slice of the map. whoosh3 3.54's
``BufferFile`` wraps that slice in ``io.BytesIO``, which copies it: opening a
reader read the whole index into the process (a 423 MB index made a reader of
about 520 MiB, growing with the collection). Here the file object reads
straight from the slice, so only the pages a search touches are loaded, and
the operating system may drop them again.
"""

from __future__ import annotations

import io
from typing import Any

from whoosh.filedb import structfile


class ViewReader(io.RawIOBase):
    """A read-only, seekable file over a buffer, reading without copying it first."""

    def __init__(self, view: memoryview) -> None:
        super().__init__()
        self._view = view
        self._pos = 0

    def readable(self) -> bool:
        """Always: this is a read-only file."""
        return True

    def seekable(self) -> bool:
        """Always: the whole buffer is addressable."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Copy the next bytes into ``buffer``; how many (0 at the end)."""
        out = memoryview(buffer).cast("B")
        n = min(len(out), len(self._view) - self._pos)
        if n <= 0:
            return 0
        out[:n] = self._view[self._pos:self._pos + n]
        self._pos += n
        return n

    def read(self, size: int | None = -1) -> bytes:
        """The next ``size`` bytes (all that is left when negative or None)."""
        end = len(self._view) if size is None or size < 0 else min(len(self._view),
                                                                     self._pos + size)
        start, self._pos = self._pos, max(self._pos, end)
        return bytes(self._view[start:end])

    def readline(self, size: int | None = -1) -> bytes:
        """Up to and including the next newline."""
        view = self._view
        limit = len(view) if size is None or size < 0 else min(len(view), self._pos + size)
        end = self._pos
        while end < limit:
            end += 1
            if view[end - 1] == 10:
                break
        start, self._pos = self._pos, end
        return bytes(view[start:end])

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Move to ``offset`` (from the start, the current place or the end)."""
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        """The current place."""
        return self._pos

    def close(self) -> None:
        """Forget the buffer (its owner releases it)."""
        self._view = memoryview(b"")
        super().close()


def _buffer_file_init(self: Any, buf: Any, name: str | None = None, onclose: Any = None) -> None:
    self._buf = buf
    self._name = name
    # The buffer itself, not a view of it: Whoosh releases it on close.
    self.file = ViewReader(buf if isinstance(buf, memoryview) else memoryview(buf))
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


def install() -> None:
    """Make Whoosh's ``BufferFile`` read its buffer in place (idempotent)."""
    structfile.BufferFile.__init__ = _buffer_file_init  # type: ignore[method-assign]
