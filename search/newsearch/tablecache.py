"""A disk cache for tables that are slow to build from their sources and fast to read back.

The extractors' gazetteer and given-name tables take about 0.65 s to parse from the shipped
files in every indexing process; read back with :mod:`marshal` they take about 0.15 s. An
entry is keyed by a fingerprint of everything it was built from (data files, the code that
builds it, the Python version, whose marshal format may change), so an edit to any of them
builds a fresh entry; beyond a few per table, the least recently used are removed. The cache
only ever saves time: an unreadable, damaged or unwritable cache falls back on building,
silently. Nothing is ever downloaded.

The folder is ``$NEWSEARCH_CACHE_DIR`` when that is set (empty: no cache at all), else
``$XDG_CACHE_HOME/newsearch``, else ``~/.cache/newsearch``.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import struct
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ENV = "NEWSEARCH_CACHE_DIR"
FORMAT = 1  # bumped when the file layout below changes
# Entries kept per table: several checkouts or virtual environments of different versions
# may share one cache folder, and each would otherwise delete the others' entry and rebuild
# its own on every run. The least recently used go first.
KEEP = 4
_MAGIC = b"NSTC"
# magic, format, CRC-32 and length of the marshal payload that follows.
_HEADER = struct.Struct("<4sIIQ")

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off (``NEWSEARCH_CACHE_DIR=""``)."""
    value = os.environ.get(ENV)
    if value is not None:
        return Path(value) if value.strip() else None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found
        return None
    # A relative root ("~" unexpanded) would scatter caches over working folders.
    return root / "newsearch" if root.is_absolute() else None


def fingerprint(*sources: Path | str) -> str:
    """A short hex digest of the sources' bytes (files) or text (strings), with the Python
    version and :data:`FORMAT`. A file that cannot be read counts as missing, which is part
    of the fingerprint too (a table built without it is not the same table)."""
    digest = hashlib.sha1(f"{FORMAT}|{sys.version}".encode())
    for source in sources:
        if isinstance(source, Path):
            try:
                data = source.read_bytes()
            except OSError:
                digest.update(b"\0missing\0" + str(source).encode())
                continue
            digest.update(b"\0file\0" + struct.pack("<Q", len(data)))
            digest.update(data)
        else:
            digest.update(b"\0text\0" + source.encode())
    return digest.hexdigest()[:20]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()``'s value, read from the cache entry ``name``/``key`` when there is a sound
    one, else built and (best effort) stored there.

    The value must be made of what :mod:`marshal` can write (str, int, float, bytes,
    None, bool, tuple, list, dict, set, frozenset), which is also how it comes back.
    """
    if "-" in name:
        raise ValueError(f"cache entry names have no '-': {name!r}")
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.bin"
    value = _read(path)
    if value is not None:
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: the last to be cleared away (see KEEP)
        return value
    value = build()
    _write(path, name, value)
    return value


def _read(path: Path) -> Any:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER.size:
        return None
    magic, fmt, crc, size = _HEADER.unpack_from(data)
    payload = memoryview(data)[_HEADER.size:]
    # A file cut short or changed on disk must never become a table that is silently wrong.
    if magic != _MAGIC or fmt != FORMAT or size != len(payload) or zlib.crc32(payload) != crc:
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def _write(path: Path, name: str, value: Any) -> None:
    try:
        payload = marshal.dumps(value)
    except ValueError:  # something marshal cannot write: no cache, same result
        return
    header = _HEADER.pack(_MAGIC, FORMAT, zlib.crc32(payload), len(payload))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a reader (another worker) sees all of it or nothing.
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(header)
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _clear_old(path.parent, name)
    except OSError:
        return


def _clear_old(folder: Path, name: str) -> None:
    """Remove all but the :data:`KEEP` most recently used entries of ``name``."""
    entries = []
    for entry in folder.glob(f"{name}-*.bin"):
        with contextlib.suppress(OSError):
            entries.append((entry.stat().st_mtime_ns, entry))
    for _, entry in sorted(entries, reverse=True)[KEEP:]:
        entry.unlink(missing_ok=True)
