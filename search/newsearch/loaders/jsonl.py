"""JSON Lines (``.jsonl``, ``.ndjson``) and JSON (``.json``: an array, or one object).

JSON Lines files are streamed line by line, so a large dump costs memory for
one line at a time. A bad line is reported and skipped; the rest of the file
still loads. Field names follow :mod:`.records` (aliases and ``--map``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from ..errors import LoadError
from ..model import Article
from .common import (
    LoadOptions,
    LoadProblem,
    Reporter,
    check_head,
    decode,
    ignore_problem,
    open_binary,
    read_bytes,
)
from .jsonarray import ArrayError, iter_array
from .records import RecordError, record_to_article

# Keys under which a JSON object commonly wraps its list of articles.
_WRAPPER_KEYS = ("articles", "items", "records", "data", "documents", "docs")


def sniff(head: bytes) -> bool:
    """True if the first bytes look like JSON Lines (a line holding one JSON object)
    or a JSON array of objects."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"[") and text[1:].lstrip().startswith(b"{"):
        return True
    first = text.split(b"\n", 1)[0].strip()
    return first.startswith(b"{") and first.endswith(b"}")


class _Records:
    """Builds articles for one file, tracking ids so duplicates are refused."""

    def __init__(self, path: Path, options: LoadOptions, report: Reporter) -> None:
        self.path = str(path)
        self.field_map = options.field_map
        self.report = report
        self.seen_ids: set[str] = set()

    def article(self, value: object, where: str, key: str,
                key_by_id: bool = True) -> Article | None:
        """Return the article for one parsed record, or None after reporting why not.

        In a many-record file a record's id makes its key (``path#id``), so
        the key survives records being inserted or reordered.
        """
        if not isinstance(value, Mapping):
            self.skip(where, f"expected a JSON object, got {_json_type(value)}")
            return None
        try:
            article = record_to_article(value, field_map=self.field_map, path=self.path,
                                        key=key, warn=lambda msg: self.warn(where, msg))
        except RecordError as exc:
            self.skip(where, str(exc))
            return None
        if article.id:
            if article.id in self.seen_ids:
                self.skip(where, f"duplicate id {article.id!r}")
                return None
            self.seen_ids.add(article.id)
            if key_by_id:
                article.key = f"{self.path}#{article.id}"
        return article

    def skip(self, where: str, reason: str) -> None:
        """Report a dropped record."""
        self.report(LoadProblem(self.path, reason, where, skipped=True))

    def warn(self, where: str, reason: str) -> None:
        """Report a problem with data kept in a record."""
        self.report(LoadProblem(self.path, reason, where, skipped=False))


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _loads(text: str | bytes) -> object:
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


Span = tuple[int, int, int]  # first byte, end byte, number of the first line


def splittable(path: Path) -> bool:
    """Whether ``path`` can be read in parts (:func:`line_spans`): uncompressed JSON Lines."""
    return path.name.lower().endswith((".jsonl", ".ndjson"))


def line_spans(path: Path, parts: int) -> list[Span]:
    """Cut ``path`` into about ``parts`` byte ranges of whole lines, for parallel reading.

    Each span knows the number of its first line, so records keep the keys and
    line numbers (in problem reports) they have when the file is read whole.
    """
    size = path.stat().st_size
    targets = [size * k // parts for k in range(1, parts)]
    cuts: list[tuple[int, int]] = [(0, 1)]  # (first byte, its line number)
    pos, line, t = 0, 1, 0
    with path.open("rb") as fh:
        while t < len(targets):
            block = fh.read(1 << 20)
            if not block:
                break
            while t < len(targets):
                # The first line starting at or after the target byte.
                nl = block.find(b"\n", max(targets[t] - 1 - pos, 0))
                if nl < 0:
                    break  # it starts in a later block
                start = pos + nl + 1
                if cuts[-1][0] < start < size:
                    cuts.append((start, line + block.count(b"\n", 0, nl + 1)))
                t += 1
            line += block.count(b"\n")
            pos += len(block)
    ends = [start for start, _ in cuts[1:]] + [size]
    return [(start, end, first) for (start, first), end in zip(cuts, ends, strict=True)]


def load_lines(path: Path, options: LoadOptions | None = None,
               report: Reporter = ignore_problem, span: Span | None = None) -> Iterator[Article]:
    """Yield one article per JSON Lines record, streaming the file.

    With ``span``, only the lines in that byte range (see :func:`line_spans`);
    a part without good records is then no error (the others may have some),
    and an id repeated in another part is caught by the caller.
    """
    records = _Records(path, options or LoadOptions(), report)
    good = bad = 0
    first_problem = ""
    start, end, first_line = span or (0, -1, 1)
    with open_binary(path) as stream:
        if span is None:
            check_head(stream, path)
        else:
            stream.seek(start)
        consumed = 0
        for number, raw in enumerate(stream, start=first_line):
            if span is not None:
                if start + consumed >= end:
                    break
                consumed += len(raw)
            if not raw.strip():
                continue
            where = f"line {number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                line = raw.decode("utf-8", errors="replace")
                records.warn(where, f"invalid utf-8 at byte {exc.start}: decoded with replacement")
            if not line.strip():
                continue
            try:
                value = _loads(line.removeprefix("\ufeff"))
            except ValueError as exc:
                bad += 1
                first_problem = first_problem or f"{where}: {_short(exc)}"
                records.skip(where, f"invalid JSON: {_short(exc)}")
                continue
            article = records.article(value, where, f"{path}#{number}")
            if article is None:
                bad += 1
                continue
            good += 1
            yield article
    if span is not None:
        return
    if not good and not bad:
        raise LoadError(str(path), "empty file")
    if not good:
        detail = f"; first {first_problem}" if first_problem else ""
        raise LoadError(str(path), f"no valid records ({bad} bad{detail})")


def _short(exc: Exception) -> str:
    return str(exc).split(": line ")[0] if isinstance(exc, json.JSONDecodeError) else str(exc)


def load(path: Path, options: LoadOptions | None = None,
         report: Reporter = ignore_problem) -> Iterator[Article]:
    """Load ``path``: JSON Lines by name, else a JSON document (array or object)."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson")):
        yield from load_lines(path, options, report)
        return
    with open_binary(path) as stream:
        check_head(stream, path)
        if _starts_array(stream):
            yield from _load_array(stream, path, _Records(path, options or LoadOptions(), report))
            return
    text, warning = decode(read_bytes(path), path)
    if warning:
        report(LoadProblem(str(path), warning, skipped=False))
    try:
        document = _loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            # Many dumps named .json are really one object per line.
            del text
            yield from load_lines(path, options, report)
            return
        raise LoadError(str(path), f"invalid JSON: {exc}") from None
    except ValueError as exc:
        raise LoadError(str(path), str(exc)) from None
    records = _Records(path, options or LoadOptions(), report)
    items = _unwrap(document)
    if items is None:
        article = records.article(document, "", str(path), key_by_id=False)
        if article is None:
            raise LoadError(str(path), "no usable record (see problems)")
        yield article
        return
    good = 0
    for number, value in enumerate(items, start=1):
        article = records.article(value, f"record {number}", f"{path}#{number}")
        if article is not None:
            good += 1
            yield article
    if not good:
        raise LoadError(str(path), "no valid records" if items else "empty JSON array")


def _starts_array(stream: BinaryIO) -> bool:
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"["


def _load_array(stream: BinaryIO, path: Path, records: _Records) -> Iterator[Article]:
    """Stream a top-level array's records (:mod:`.jsonarray`); a syntax error ends
    the file there, keeping the records before it."""
    good = number = 0
    try:
        for number, value in enumerate(iter_array(stream, lambda m: records.warn("", m)), 1):
            article = records.article(value, f"record {number}", f"{path}#{number}")
            if article is not None:
                good += 1
                yield article
    except ArrayError as exc:
        kept = f"; the {good} records before it were read" if good else ""
        raise LoadError(str(path), f"record {exc.number}: {exc.reason}{kept}") from None
    if not good:
        raise LoadError(str(path), "no valid records" if number else "empty JSON array")


def _unwrap(document: object) -> list[object] | None:
    if isinstance(document, list):
        return document
    if isinstance(document, Mapping) and not {"title", "body", "text"} & set(document):
        for key in _WRAPPER_KEYS:
            value = document.get(key)
            if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
                return value
    return None
