"""Saved web pages (``.html``, ``.htm``): main text and metadata via trafilatura.

trafilatura is an optional dependency (the ``html`` extra) and is imported
only when an HTML file is loaded, so the core installs and tests without it.
Dates come from the page's own metadata (no extensive text search, never the
file's modification time).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from ..errors import LoadError
from ..model import Article
from .common import (
    LoadOptions,
    LoadProblem,
    Reporter,
    article_hash,
    decode,
    ignore_problem,
    parse_date,
    read_bytes,
)

MISSING = "HTML support needs the 'html' extra: pip install newsearch[html]"
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def sniff(head: bytes) -> bool:
    """True if the first bytes look like an HTML document."""
    start = head.lstrip()[:200].lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start


def _import_trafilatura() -> ModuleType | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def load(path: Path, options: LoadOptions | None = None,
         report: Reporter = ignore_problem) -> Iterator[Article]:
    """Yield the main article of an HTML page."""
    # Read first: an empty, binary or unreadable file is reported as such,
    # whether or not the optional extractor is installed.
    page, warning = decode(read_bytes(path), path)
    trafilatura = _import_trafilatura()
    if trafilatura is None:
        raise LoadError(str(path), MISSING)
    if warning:
        report(LoadProblem(str(path), warning, skipped=False))
    try:
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except (ValueError, TypeError, RecursionError) as exc:
        raise LoadError(str(path), f"cannot parse HTML: {exc}") from None
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip()
    if not title:
        match = _TITLE_TAG.search(page)
        title = " ".join(match.group(1).split()) if match else ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    if not lines and not title:
        raise LoadError(str(path), "no main text found in HTML")
    raw_date = meta.get("date")
    when = parse_date(raw_date) if raw_date else None
    if raw_date and when is None:
        report(LoadProblem(str(path), f"unparsable date {raw_date!r} ignored", skipped=False))
    topics = [*(meta.get("categories") or []), *(meta.get("tags") or [])]
    extras = {k: meta[k] for k in ("description", "language", "hostname")
              if isinstance(meta.get(k), str) and meta[k]}
    article = Article(
        title=title or lines[0][:120], body="\n\n".join(lines), key=str(path), path=str(path),
        date=when, source=(meta.get("sitename") or "").strip(), url=(meta.get("url") or ""),
        byline=[a.strip() for a in (meta.get("author") or "").split(";") if a.strip()],
        topics=list(dict.fromkeys(t.strip() for t in topics if isinstance(t, str) and t.strip())),
        extras=extras,
    )
    article.content_hash = article_hash(article)
    yield article
