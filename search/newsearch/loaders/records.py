"""Turn one mapping of source fields (a JSON object, YAML front matter) into an Article.

Shared by the JSON and Markdown loaders so both accept the same field names,
aliases and ``--map`` overrides, and coerce wrong types the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime

from ..errors import UsageError
from ..model import Article, Place
from .common import article_hash, parse_date

# Source field names tried, in order, for each article field when no --map
# names one. news-please names (maintext, date_publish, source_domain) are
# included because that is the most common crawler output.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "body": ("body", "text", "content", "maintext"),
    "caption": ("caption",),
    "dateline": ("dateline",),
    "date": ("date", "published", "date_publish", "pubdate"),
    "byline": ("byline", "author", "authors"),
    "source": ("source", "source_domain", "sitename"),
    "url": ("url", "link"),
    "places": ("places",),
    "people": ("people",),
    "orgs": ("orgs", "organizations", "organisations"),
    "topics": ("topics", "tags", "categories"),
}
_TEXT_FIELDS = ("id", "title", "body", "caption", "dateline", "source", "url")
_LIST_FIELDS = ("byline", "people", "orgs", "topics")
_TITLE_FROM_BODY_CHARS = 120


class RecordError(ValueError):
    """A record cannot become an article; the message is the reason."""


def parse_field_map(pairs: Iterable[str]) -> dict[str, str]:
    """Parse ``--map`` values like ``body=maintext`` into {article field: source field}.

    Raises :class:`~newsearch.errors.UsageError` for a malformed pair or an
    article field that does not exist.
    """
    mapping: dict[str, str] = {}
    for pair in pairs:
        target, sep, source = pair.partition("=")
        target, source = target.strip(), source.strip()
        if not sep or not target or not source:
            raise UsageError(f"--map expects FIELD=SOURCE, got {pair!r}")
        mapping[target] = source
    return validate_field_map(mapping)


def validate_field_map(mapping: Mapping[str, str]) -> dict[str, str]:
    """Check that every key of ``mapping`` is an article field; return a plain dict."""
    unknown = sorted(set(mapping) - set(ALIASES))
    if unknown:
        raise UsageError(f"--map: unknown article field {unknown[0]!r} "
                         f"(known: {', '.join(ALIASES)})")
    return dict(mapping)


def _lookup(record: Mapping[str, object], dotted: str) -> object:
    value: object = record
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _text(name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ("\n\n" if name == "body" else " ").join(str(v).strip() for v in value).strip()
    raise RecordError(f"field {name!r} has type {type(value).__name__}, expected text")


def _item_name(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):
        return str(value["name"]).strip()
    return ""


def _names(name: str, value: object, warn: Callable[[str], None]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        # A comma list is the usual way to write several tags in one string;
        # a person's name may itself hold a comma, so only topics are split.
        parts = value.split(",") if name == "topics" else [value]
        return [p.strip() for p in parts if p.strip()]
    items = value if isinstance(value, list) else [value]
    names = [_item_name(item) for item in items]
    if any(not n for n, item in zip(names, items, strict=True) if item not in ("", None)):
        warn(f"field {name!r}: ignored items that are not names")
    return list(dict.fromkeys(n for n in names if n))


def _places(value: object, warn: Callable[[str], None]) -> list[Place]:
    items = value if isinstance(value, list) else [value]
    places: list[Place] = []
    for item in items:
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            country = item.get("country")
            places.append(Place(str(item["name"]).strip(),
                                country=country.strip() if isinstance(country, str) else "",
                                focus=bool(item.get("focus", True))))
        elif _item_name(item):
            places.append(Place(_item_name(item)))
        elif item not in ("", None):
            warn("field 'places': ignored items that are not names")
    return list(dict.fromkeys(p for p in places if p.name))


def _plain(value: object) -> object:
    # Extras end up in JSON output; YAML dates are not JSON values.
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def record_to_article(record: Mapping[str, object], *, field_map: Mapping[str, str],
                      path: str, key: str, warn: Callable[[str], None]) -> Article:
    """Build an Article from ``record``; RecordError if it has no usable text.

    ``warn`` receives problems with data that was dropped or coerced while the
    record itself was kept (an unparsable date, non-name list items).
    """
    used: set[str] = set()
    values: dict[str, object] = {}
    for name, aliases in ALIASES.items():
        source = field_map.get(name)
        if source is not None:
            values[name] = _lookup(record, source)
            used.add(source)
            continue
        for alias in aliases:
            if record.get(alias) not in (None, "", []):
                values[name] = record[alias]
                used.add(alias)
                break
    text = {name: _text(name, values.get(name)) for name in _TEXT_FIELDS}
    if not text["title"] and not text["body"]:
        raise RecordError("no title or body")
    if not text["title"]:
        first_line = text["body"].split("\n", 1)[0].strip()
        cut = first_line[:_TITLE_FROM_BODY_CHARS]
        text["title"] = cut if cut == first_line else cut.rsplit(" ", 1)[0] + " …"
    raw_date = values.get("date")
    when = parse_date(raw_date)
    if when is None and raw_date not in (None, ""):
        warn(f"unparsable date {str(raw_date)[:40]!r} ignored")
    lists = {name: _names(name, values.get(name), warn) for name in _LIST_FIELDS}
    places = _places(values["places"], warn) if values.get("places") is not None else []
    extras = {str(k): _plain(v) for k, v in record.items() if k not in used}
    article = Article(
        title=text["title"], body=text["body"], id=text["id"], key=key, path=path,
        date=when, places=places, people=lists["people"], orgs=lists["orgs"],
        byline=lists["byline"], topics=lists["topics"], source=text["source"],
        url=text["url"], caption=text["caption"], dateline=text["dateline"], extras=extras,
    )
    article.content_hash = article_hash(article)
    return article
