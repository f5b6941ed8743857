"""The one exception hierarchy of newsearch.

Every error the library raises on purpose derives from :class:`NewsearchError`.
Each class carries the process exit code the CLI should use, so the mapping from
failure to exit status lives next to the failure, not in the CLI.
"""

from __future__ import annotations


class NewsearchError(Exception):
    """Root of all newsearch errors; ``str(err)`` is a one-line user message."""

    exit_code: int = 1


class IndexMissing(NewsearchError):
    """No index exists at the given location."""


class IndexPathError(NewsearchError):
    """The index location cannot be used (a file, read-only, missing parent...)."""


class IndexLocked(NewsearchError):
    """Another process holds the index's write lock."""

    exit_code = 3


class IndexCorrupt(NewsearchError):
    """The index on disk is damaged and cannot be read."""


class IndexVersionMismatch(NewsearchError):
    """The index was written by an incompatible schema or Whoosh version."""


class ArticleNotFound(NewsearchError):
    """No article with the given id exists in the index."""


class QuerySyntaxError(NewsearchError):
    """A query string could not be parsed.

    ``column`` is 1-based and points at the offending character.
    """

    exit_code = 2

    def __init__(self, message: str, column: int | None = None) -> None:
        self.reason = message
        self.column = column
        text = f"{message} (at column {column})" if column is not None else message
        super().__init__(text)


class UsageError(NewsearchError):
    """An API or CLI argument is invalid (empty query, bad option value...)."""

    exit_code = 2


class LoadError(NewsearchError):
    """A source file could not be read or parsed; the file is skipped."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class OutputError(NewsearchError):
    """A file the user asked for could not be written (nothing of it is left behind)."""


class EvaluationError(NewsearchError):
    """Topics, qrels or run files are malformed."""


class Interrupted(NewsearchError):
    """Indexing was interrupted by the user after committing the last batch."""

    exit_code = 130
