"""SMART test collections (CACM ``cacm.all``, CISI ``CISI.ALL``).

Records start with ``.I <id>``; each field starts with a line holding only its
marker: ``.T`` title, ``.W`` text, ``.A`` authors (one per line, possibly one
marker each), ``.B`` publication, ``.N`` entry note, ``.K`` keywords, ``.C``
categories, ``.X`` citations (dropped: numbers, not text). The ``.I`` id is the
article id, so evaluation qrels match the index directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..errors import LoadError
from ..model import Article
from .common import (
    LoadOptions,
    LoadProblem,
    Reporter,
    article_hash,
    decode,
    ignore_problem,
    read_bytes,
)

_START = re.compile(r"^\.I[ \t]+(\S+)[ \t]*$")
_MARKER = re.compile(r"^\.([TWABNXKC])(?:[ \t]+(.*?))?[ \t]*$")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
# "CACM December, 1958" / "CACM April,1965" / "CACM December 1970".
_PUBLICATION = re.compile(r"^\s*(?:[A-Za-z.]+\s+)?([A-Za-z]+)\s*,?\s*((?:18|19|20)\d\d)\s*$")


def sniff(head: bytes) -> bool:
    """True if the first non-empty line starts a SMART record (``.I 1``)."""
    for line in head.splitlines():
        if line.strip():
            return line.startswith(b".I ") or line.startswith(b".I\t")
    return False


def publication_date(text: str) -> datetime | None:
    """The month of a ``.B`` line such as ``CACM December, 1958`` (the 1st), else None.

    A year alone (CISI's ``.B 1970``) is not a date: a day would be guessed.
    """
    match = _PUBLICATION.match(text)
    if not match:
        return None
    month = _MONTHS.get(match.group(1).lower())
    return datetime(int(match.group(2)), month, 1) if month else None


def author_name(text: str) -> str:
    """``Perlis, A. J.`` -> ``A. J. Perlis``: the order a byline is read in."""
    last, sep, first = text.partition(",")
    if sep and first.strip() and "," not in first:
        return f"{first.strip()} {last.strip()}"
    return text.strip()


def _records(text: str) -> Iterator[tuple[str, int, dict[str, list[str]]]]:
    """Yield (id, line number, {marker: lines}) per record."""
    record_id = ""
    start = 0
    fields: dict[str, list[str]] = {}
    marker = ""
    for number, line in enumerate(text.split("\n"), start=1):
        opening = _START.match(line)
        if opening:
            if record_id:
                yield record_id, start, fields
            record_id, start, fields, marker = opening.group(1), number, {}, ""
            continue
        field = _MARKER.match(line)
        if field and record_id:
            marker = field.group(1)
            fields.setdefault(marker, [])
            if field.group(2):
                fields[marker].append(field.group(2))
        elif marker:
            fields[marker].append(line)
    if record_id:
        yield record_id, start, fields


def _joined(lines: list[str]) -> str:
    text = "\n".join(lines).strip()
    paragraphs = re.split(r"\n\s*\n|\n(?=[ \t]{3,})", text)
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def load(path: Path, options: LoadOptions | None = None,
         report: Reporter = ignore_problem) -> Iterator[Article]:
    """Yield one article per ``.I`` record of a SMART collection file."""
    text, warning = decode(read_bytes(path), path)
    if warning:
        report(LoadProblem(str(path), warning, skipped=False))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source = path.name.split(".")[0].upper()
    seen: set[str] = set()
    good = 0
    for record_id, line, fields in _records(text):
        where = f"line {line}"
        title = " ".join(" ".join(fields.get("T", [])).split())
        body = _joined(fields.get("W", []))
        if not title and not body:
            report(LoadProblem(str(path), f".I {record_id}: no .T or .W text", where))
            continue
        if record_id in seen:
            report(LoadProblem(str(path), f"duplicate .I {record_id}", where))
            continue
        seen.add(record_id)
        publication = " ".join(" ".join(fields.get("B", [])).split())
        keywords = " ".join(fields.get("K", []))
        extras: dict[str, object] = {}
        if publication:
            extras["publication"] = publication
        for marker, name in (("N", "note"), ("C", "categories")):
            value = " ".join(" ".join(fields.get(marker, [])).split())
            if value:
                extras[name] = value
        article = Article(
            title=title or body[:120], body=body, id=record_id,
            key=f"{path}#{record_id}", path=str(path), source=source,
            date=publication_date(publication) if publication else None,
            byline=list(dict.fromkeys(author_name(a) for a in fields.get("A", []) if a.strip())),
            topics=[k.strip() for k in keywords.split(",") if k.strip()],
            extras=extras,
        )
        article.content_hash = article_hash(article)
        good += 1
        yield article
    if not good:
        raise LoadError(str(path), "no SMART records (.I lines) found")
