"""Loaders turn source files into :class:`~newsearch.model.Article` records.

One module per format; this registry picks a loader by file name and, where
the name is not enough, by sniffing the first bytes.

Every loader is a function ``load(path, options, report) -> Iterator[Article]``:

- ``options`` is a :class:`LoadOptions` (plain, picklable data such as the
  ``--map`` field mapping), the same for every file of a run;
- ``report`` is called with a :class:`LoadProblem` for each record that was
  skipped (``skipped=True``) or kept with a warning (``skipped=False``), so one
  bad record never costs the rest of the file;
- a file that cannot be used at all raises :class:`~newsearch.errors.LoadError`
  (possibly after yielding nothing; loaders are lazy, so the error surfaces
  while iterating).

Use :func:`load_file` to stream with a callback, or :func:`load_all` in a
worker process to get the articles and problems back as one picklable value.
Names that are never articles (README, LICENSE, DTDs, qrels...) are refused
by :func:`ignored_reason` before any loader sees them.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LoadError
from ..model import Article
from . import html, jsonl, markdown, reuters, smart, text
from .common import LoadOptions, LoadProblem, Reporter, ignore_problem
from .records import parse_field_map

__all__ = [
    "LOADERS", "LoadOptions", "LoadProblem", "LoadResult", "Loader", "Reporter",
    "ignored_reason", "load_all", "load_file", "loader_for", "parse_field_map",
    "supported_suffixes",
]

LoaderFn = Callable[[Path, LoadOptions, Reporter], Iterator[Article]]


@dataclass(frozen=True)
class Loader:
    """A named format: which files it takes and how to load them."""

    name: str
    suffixes: tuple[str, ...]
    load: LoaderFn
    sniff: Callable[[bytes], bool] | None = None


# Order matters: the first loader whose suffix matches wins; sniffers are
# consulted, in this order, for files whose suffix no loader claims.
LOADERS: list[Loader] = [
    Loader("reuters", (".sgm", ".sgm.gz", ".sgml"), reuters.load, reuters.sniff),
    Loader("smart", (".all",), smart.load, smart.sniff),
    Loader("jsonl", (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json", ".json.gz"),
           jsonl.load, jsonl.sniff),
    Loader("markdown", (".md", ".markdown"), markdown.load, markdown.sniff),
    Loader("html", (".html", ".htm", ".xhtml"), html.load, html.sniff),
    Loader("text", (".txt", ".text"), text.load),
]

# File names that are documentation, licences or test-collection side files,
# never articles, even in a corpus folder (matched case-insensitively, on the
# name without a trailing .gz). Words that may start an article's file name
# ("history", "news") only count when they are the whole name before the
# extension, so "history_of_rome.txt" is still indexed.
IGNORED_PATTERNS: tuple[str, ...] = (
    "readme*", "license*", "licence*", "copying*", "*.dtd", "*.xsd",
    "all-*-strings.lc.txt", "cat-descriptions*", "qrels*", "*.qrels", "query.text",
    "*.qry", "*.rel", "*.bln", "common_words", "stopwords*", "cite.info", "sha256sums*",
    "md5sums*",
)
IGNORED_BASENAMES: frozenset[str] = frozenset({
    "changes", "changelog", "history", "authors", "contributing", "notice", "install",
    "news", "todo", "manifest", "makefile", "queries", "topics",
})


def ignored_reason(path: Path) -> str | None:
    """Why ``path`` is never indexed (hidden, documentation...), or None if it may be."""
    name = path.name.lower()
    if name.startswith("."):
        return "hidden file"
    stem = name.removesuffix(".gz")
    for pattern in IGNORED_PATTERNS:
        if fnmatch.fnmatchcase(stem, pattern):
            return f"not an article (file name matches {pattern!r})"
    if stem.split(".", 1)[0] in IGNORED_BASENAMES:
        return f"not an article (file name {stem.split('.', 1)[0]!r})"
    return None


def _read_head(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            return fh.read(4096)
    except OSError:
        return None


def loader_for(path: Path, head: bytes | None = None) -> Loader | None:
    """Return the loader for ``path``, or None if no format claims it.

    ``head`` (the first bytes of the file) lets sniffers decide for files whose
    name says nothing; it is read on demand when omitted.
    """
    if ignored_reason(path) is not None:
        return None
    name = path.name.lower()
    for loader in LOADERS:
        if any(name.endswith(s) for s in loader.suffixes):
            return loader
    if name.endswith(".gz"):
        return None  # compressed bytes cannot be sniffed
    if head is None:
        head = _read_head(path)
        if head is None:
            return None
    for loader in LOADERS:
        if loader.sniff is not None and loader.sniff(head):
            return loader
    return None


def load_file(path: Path, options: LoadOptions | None = None,
              on_problem: Reporter | None = None) -> Iterator[Article]:
    """Load every article of ``path`` with the loader its name or content selects.

    Per-record problems go to ``on_problem`` (dropped when None). Raises
    :class:`~newsearch.errors.LoadError` when the file is ignored, no loader
    claims it, or it cannot be parsed at all.
    """
    reason = ignored_reason(path)
    if reason is not None:
        raise LoadError(str(path), reason)
    loader = loader_for(path)
    if loader is None:
        raise LoadError(str(path), "unsupported file format")
    return loader.load(path, options or LoadOptions(), on_problem or ignore_problem)


@dataclass
class LoadResult:
    """Everything loading one file produced, as one picklable value.

    ``error`` is the reason of the LoadError that stopped the file (a string,
    since exceptions with extra arguments do not pickle); articles yielded
    before it are kept.
    """

    path: str
    articles: list[Article] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    error: str | None = None


def load_all(path: Path, options: LoadOptions | None = None) -> LoadResult:
    """Load ``path`` completely, collecting problems instead of raising (for worker pools)."""
    result = LoadResult(str(path))
    try:
        for article in load_file(path, options, result.problems.append):
            result.articles.append(article)
    except LoadError as exc:
        result.error = exc.reason
    return result


def supported_suffixes() -> list[str]:
    """All file-name endings some loader claims (for help texts)."""
    return [s for loader in LOADERS for s in loader.suffixes]
