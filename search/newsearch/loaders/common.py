"""Helpers shared by the loaders: reading safely, decoding, hashing, dates, problems."""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from ..errors import LoadError
from ..model import Article, iso_datetime

try:  # ISA-L's gunzip: half the instructions of zlib's on the Reuters files (session 20)
    from isal.igzip import IGzipFile as _GzipFile
except ImportError:  # optional: the standard library's then
    _GzipFile = gzip.GzipFile  # type: ignore[assignment,misc]

# A file read whole (not streamed) larger than this is refused rather than read into memory.
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class LoadProblem:
    """Something a loader could not use, reported without failing the whole file.

    ``record`` names the record (line number, record id) or is empty for a
    file-level warning; ``skipped`` is True when the record was dropped and
    False for a warning about data that was kept (bad date, replaced bytes).
    """

    path: str
    reason: str
    record: str = ""
    skipped: bool = True

    def __str__(self) -> str:
        where = f"{self.path}#{self.record}" if self.record else self.path
        return f"{where}: {self.reason}"


Reporter = Callable[[LoadProblem], None]


def ignore_problem(problem: LoadProblem) -> None:
    """The default reporter: drop the problem."""


@dataclass(frozen=True)
class LoadOptions:
    """Options the indexer passes to every loader (plain data, so it pickles).

    ``field_map`` maps an article field to the source field that holds it, as
    given on the command line (``--map body=maintext``); dotted source names
    reach into nested objects (``meta.title``).
    """

    field_map: Mapping[str, str] = field(default_factory=dict)


def _check_size(path: Path) -> int:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise LoadError(str(path), f"file too large ({size} bytes)")
    return size


def read_bytes(path: Path) -> bytes:
    """Read a whole file (gunzipping ``*.gz``), turning OS errors into LoadError."""
    try:
        _check_size(path)
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except PermissionError:
        raise LoadError(str(path), "permission denied") from None
    except IsADirectoryError:
        raise LoadError(str(path), "is a directory") from None
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise LoadError(str(path), f"cannot read: {reason}") from None
    if not data.strip():
        raise LoadError(str(path), "empty file")
    return data


@contextmanager
def open_binary(path: Path) -> Iterator[BinaryIO]:
    """Open ``path`` for streaming (gunzipping ``*.gz``), with LoadError for OS errors.

    Errors raised while the caller reads (a truncated gzip stream) become
    LoadError too.
    """
    # No size limit: the caller streams (a JSON Lines dump may be many GB).
    try:
        raw: BinaryIO = path.open("rb")
    except PermissionError:
        raise LoadError(str(path), "permission denied") from None
    except IsADirectoryError:
        raise LoadError(str(path), "is a directory") from None
    except OSError as exc:
        raise LoadError(str(path), f"cannot read: {exc.strerror or exc}") from None
    try:
        stream: BinaryIO = raw
        if path.name.lower().endswith(".gz"):
            stream = _GzipFile(fileobj=raw)  # type: ignore[assignment]
        yield stream
    except (EOFError, gzip.BadGzipFile, OSError) as exc:
        raise LoadError(str(path), f"cannot read: {exc}") from None
    finally:
        raw.close()


def check_head(stream: BinaryIO, path: Path) -> None:
    """Peek at a stream's first bytes: LoadError for an empty or a binary file."""
    peek = getattr(stream, "peek", None)
    head = peek(8192)[:8192] if peek is not None else b""
    if peek is not None and not head.strip() and len(head) < 4096:
        raise LoadError(str(path), "empty file")
    if b"\x00" in head:
        raise LoadError(str(path), "binary file (NUL bytes)")


def decode(data: bytes, path: Path, encoding: str = "utf-8") -> tuple[str, str | None]:
    """Decode ``data``; on invalid bytes decode with replacement and return a warning."""
    if b"\x00" in data[:8192]:
        raise LoadError(str(path), "binary file (NUL bytes)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        warning = f"invalid {encoding} at byte {exc.start}: decoded with replacement"
        text = data.decode(encoding, errors="replace")
    else:
        warning = None
    # A byte-order mark is an encoding artefact, not part of the title.
    return text.removeprefix("\ufeff"), warning


def content_hash(*parts: str) -> str:
    """A stable hash of an article's text, to tell changed records from unchanged."""
    # One update of the parts each followed by \x1f: the bytes of one update per part.
    joined = "\x1f".join(parts) + "\x1f" if parts else ""
    return hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()


def article_hash(a: Article) -> str:
    """Hash every text and metadata field a loader filled, so any edit shows."""
    return content_hash(
        a.title, a.body, a.caption, a.dateline, iso_datetime(a.date) if a.date else "",
        "|".join([p.name for p in a.places]), "|".join(a.people), "|".join(a.orgs),
        "|".join(a.byline), "|".join(a.topics), a.source, a.url,
    )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def strip_controls(text: str) -> str:
    """Drop control characters (keeping tab, newline, carriage return)."""
    if text.isascii():
        # Deleting bytes is a plain C loop; the pattern tests its class at every
        # character, several times the work on a story's text.
        return text.encode("ascii").translate(None, _CONTROL_BYTES).decode("ascii")
    return _CONTROL.sub("", text)


# --- dates -----------------------------------------------------------------

_EPOCH_MS = 100_000_000_000  # an epoch number this large is in milliseconds


def _naive_utc(value: datetime) -> datetime:
    # The index stores naive UTC; an aware time is converted, a naive one kept.
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def parse_date(value: object) -> datetime | None:
    """Parse a source date: datetime/date objects, ISO 8601 text, or epoch seconds.

    Returns naive UTC, or None if ``value`` is empty or not understood (the
    caller reports that). Parts the source leaves out are never guessed: text
    must give at least a day, month and year.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _naive_utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) >= _EPOCH_MS else value
        try:
            return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if re.fullmatch(r"-?\d{9,13}(\.\d+)?", text):
        return parse_date(float(text))
    try:
        return _naive_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    return _parse_free_date(text)


def _parse_free_date(text: str) -> datetime | None:
    # dateparser is slow to import and run; only unusual strings get here.
    if len(text) > 80 or not re.search(r"\d", text):
        return None
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                "TO_TIMEZONE": "UTC", "PREFER_DAY_OF_MONTH": "first"}
    try:
        parsed = dateparser.parse(text, settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed
