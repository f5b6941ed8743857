"""The data model shared by every layer: articles in, search results out.

All public results of the library are these dataclasses; the CLI, the TUI and
JSON output are built from them and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Place:
    """A place named in an article.

    ``country`` is the country the place lies in (a country's own country is
    itself). ``focus`` marks the places the story is *about* (dateline, title,
    repeated or early mentions) as opposed to passing mentions.
    """

    name: str
    country: str = ""
    focus: bool = True


@dataclass
class Article:
    """One news article, as loaded and then enriched by extraction.

    ``key`` identifies the source record (``path`` or ``path#n`` for files that
    hold many records) and is what keeps ``id`` stable across re-indexing.
    Empty metadata fields mean "unknown"; extraction fills only those.
    """

    title: str
    body: str
    id: str = ""
    key: str = ""
    date: datetime | None = None
    places: list[Place] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    source: str = ""
    url: str = ""
    path: str = ""
    content_hash: str = ""
    caption: str = ""
    dateline: str = ""
    extras: dict[str, object] = field(default_factory=dict)
    # Every organisation named, passing mentions included; ``orgs`` holds those the story is
    # about. Extraction fills it; the index should make it searchable.
    orgs_mentioned: list[str] = field(default_factory=list)

    @property
    def actors(self) -> list[str]:
        """People and organisations together, people first, without repeats."""
        return list(dict.fromkeys([*self.people, *self.orgs]))

    @property
    def orgs_named(self) -> list[str]:
        """Every organisation the story names: :attr:`orgs_mentioned`, or :attr:`orgs` when
        the source gave its organisations (they come without mentions)."""
        return self.orgs_mentioned or self.orgs


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet and how many hits carry it."""

    value: str
    count: int


@dataclass(frozen=True)
class DateBucket:
    """One bar of a date histogram: hits dated in ``[start, end)``."""

    start: datetime
    end: datetime
    count: int


@dataclass
class Hit:
    """One ranked search result."""

    rank: int
    id: str
    title: str
    score: float
    snippet: str
    date: datetime | None = None
    byline: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    source: str = ""
    path: str = ""
    # Ids of other articles with the same text, folded into this hit (search's collapse).
    duplicates: list[str] = field(default_factory=list)

    @property
    def actors(self) -> list[str]:
        """People and organisations together, people first, without repeats."""
        return list(dict.fromkeys([*self.people, *self.orgs]))


@dataclass(frozen=True)
class RankedArticle:
    """One article of an export: its place in the order, its score (0 when not ranked by
    relevance) and the whole stored article."""

    rank: int
    score: float
    article: Article


@dataclass
class SearchResults:
    """The answer to a search: exact total, one page of hits, facet counts.

    Snippets mark matched text with ``\\x02`` ... ``\\x03``; renderers turn the
    markers into terminal styles, ``[...]`` or ``<b>...</b>``.
    """

    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)
    dates: list[DateBucket] = field(default_factory=list)
    date_bucket: str = ""
    suggestion: str | None = None
    offset: int = 0
    limit: int = 10
    elapsed_ms: float = 0.0


@dataclass
class IndexReport:
    """What one ``index`` run did, for the final summary."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    # (path, reason) of each file skipped, and of each record skipped inside a file that was
    # read (its path then ends "#<record>"; records_skipped counts those).
    skipped: list[tuple[str, str]] = field(default_factory=list)
    records_skipped: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)
    files_seen: int = 0
    articles_written: int = 0
    interrupted: bool = False
    elapsed_s: float = 0.0
    segments_merged: int = 0  # small segments merged into bigger ones at the end


@dataclass
class IndexStats:
    """Summary of an index for ``newsearch stats``."""

    path: str
    articles: int
    first_date: datetime | None
    last_date: datetime | None
    size_bytes: int
    facets: dict[str, list[FacetCount]]
    schema_version: int
    whoosh_version: str
    newsearch_version: str


def slug_for(title: str, date: datetime | None) -> str:
    """A stable, human-readable article id: the title's slug, plus the date when known."""
    from slugify import slugify

    base = slugify(title, max_length=80, word_boundary=True) or "untitled"
    return f"{base}-{date:%Y-%m-%d}" if date is not None else base


_TWO_DIGITS = [f"{i:02d}" for i in range(100)]
# Recent results: a story's date is written when it is loaded (its content hash) and again
# when it is indexed (its stored fields), a chunk of stories later.
_ISO: dict[datetime, str] = {}
_ISO_MAX = 4096


def iso_datetime(value: datetime) -> str:
    """``value.isoformat()``; for a naive ``datetime``, without the C formatter (which
    goes through printf for each field, several times the work) and remembered."""
    if type(value) is not datetime or value.tzinfo is not None:
        return value.isoformat()
    text = _ISO.get(value)
    if text is None:
        two = _TWO_DIGITS
        year = value.year
        text = (f"{two[year // 100]}{two[year % 100]}-{two[value.month]}-{two[value.day]}"
                f"T{two[value.hour]}:{two[value.minute]}:{two[value.second]}")
        micro = value.microsecond
        if micro:
            text = f"{text}.{micro:06d}"
        if len(_ISO) >= _ISO_MAX:
            _ISO.clear()
        _ISO[value] = text
    return text
