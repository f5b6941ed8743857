"""Turn an :class:`Article` into the field values Whoosh indexes, and back.

Analysis happens here, in the indexing worker processes, so the single writer
only receives ready term lists (Whoosh indexes a list as pre-tokenized text).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .. import analysis
from ..model import Article, Place, iso_datetime
from .facets import encode_facet_data
from .fastwriter import StemsOf
from .schema import EXACT_FIELD, RANKED_FIELD, TITLE_REPEAT, name_terms


class _Stems(dict):
    """Word -> stem, filled on first sight: a dict look-up per word, mapped in C, is
    about half the time of calling the LRU-cached :func:`analysis.stem` per word."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _STEMS_MAX:
            self.clear()  # bounded: a worker may read many millions of distinct words
        stem = self[word] = analysis.stem(word)
        return stem

    def many(self, words: list[str]) -> list[str]:
        """The stem of each of ``words``; those not seen yet are stemmed in one call
        (:func:`analysis.stem_many`: a segment's new words, half the work of a call each)."""
        new = [word for word in words if word not in self]
        if new:
            if len(self) + len(new) > _STEMS_MAX:
                self.clear()
            self.update(zip(new, analysis.stem_many(new), strict=True))
        return list(map(self.__getitem__, words))


_STEMS_MAX = 500_000
_stems = _Stems()
_STEM, _STEM_MANY = _stems.__getitem__, _stems.many  # bound once, not per story


def place_names(places: list[Place], focus_only: bool = False) -> list[str]:
    """Place names plus their countries (a Syrian town also counts for Syria)."""
    names: dict[str, None] = {}
    for place in places:
        if focus_only and not place.focus:
            continue
        names[place.name] = None
        if place.country:
            names[place.country] = None
    return list(names)


def to_fields(article: Article, grouped: bool = False) -> dict[str, Any]:
    """Build the ``add_document`` keyword arguments for ``article``.

    With ``grouped`` (for :class:`~.fastwriter.GroupedSegmentWriter` only), the ranked
    text is given as the stems of the exact words, which that writer numbers once.
    """
    title_words = analysis.words(article.title)
    caption_words = analysis.words(article.caption) if article.caption else []  # most: none
    exact = title_words + caption_words + analysis.words(article.body)
    stem = _STEM
    title_stems = list(map(stem, title_words))
    content: Any
    if grouped and exact:
        content = StemsOf(EXACT_FIELD, stem, len(title_words), TITLE_REPEAT, _STEM_MANY)
    else:
        content = title_stems * TITLE_REPEAT + list(map(stem, exact[len(title_words):]))
    all_places = place_names(article.places)
    # Most stories' places are all focus places: then the same names.
    focus_places = (all_places if all(place.focus for place in article.places)
                    else place_names(article.places, focus_only=True))
    doc: dict[str, Any] = {
        "id": article.id,
        "key": article.key,
        "file": article.path,
        RANKED_FIELD: content,
        EXACT_FIELD: exact,
        "title": title_stems,
        "place": name_terms(all_places),
        "about": name_terms(focus_places),
        "person": name_terms(article.people),
        # Every body named is searchable with org:; the facet counts those the story is about.
        "org": name_terms(list(dict.fromkeys([*article.orgs, *article.orgs_mentioned]))),
        "byline": name_terms(article.byline),
        "source": name_terms([article.source] if article.source else []),
        "topic": name_terms(article.topics),
        "stored_data": to_stored(article),
    }
    day = article.date.toordinal() if article.date is not None else 0
    if day:
        doc["day"] = day
    # Display values per facet (schema.FACETS); the place facet counts only focus places.
    doc["facet_data"] = encode_facet_data({
        "place": focus_places,
        "person": list(dict.fromkeys(article.people)),
        "org": list(dict.fromkeys(article.orgs)),
        "byline": list(dict.fromkeys(article.byline)),
        "source": [article.source] if article.source else [],
        "topic": list(dict.fromkeys(article.topics)),
    }, day)
    # Whoosh rejects empty lists for some field types; leave such fields out (empty lists and
    # strings: a test of truth first, the commonest answer, not two comparisons per field).
    return {k: v for k, v in doc.items() if v or type(v) not in (list, str)}


def to_stored(article: Article) -> dict[str, Any]:
    """The article as a plain dict for Whoosh's stored fields."""
    return {
        "title": article.title,
        "body": article.body,
        "caption": article.caption,
        "dateline": article.dateline,
        "date": iso_datetime(article.date) if article.date else None,
        "places": [[p.name, p.country, p.focus] for p in article.places],
        "people": article.people,
        "orgs": article.orgs,
        "orgs_mentioned": article.orgs_mentioned,
        "byline": article.byline,
        "topics": article.topics,
        "source": article.source,
        "url": article.url,
        "path": article.path,
        "key": article.key,
        "content_hash": article.content_hash,
        "extras": article.extras,
    }


def from_stored(article_id: str, data: dict[str, Any]) -> Article:
    """Rebuild an :class:`Article` from its stored dict."""
    date = datetime.fromisoformat(data["date"]) if data.get("date") else None
    return Article(
        id=article_id,
        title=data.get("title", ""),
        body=data.get("body", ""),
        caption=data.get("caption", ""),
        dateline=data.get("dateline", ""),
        date=date,
        places=[Place(n, c, bool(f)) for n, c, f in data.get("places", [])],
        people=list(data.get("people", [])),
        orgs=list(data.get("orgs", [])),
        orgs_mentioned=list(data.get("orgs_mentioned", [])),
        byline=list(data.get("byline", [])),
        topics=list(data.get("topics", [])),
        source=data.get("source", ""),
        url=data.get("url", ""),
        path=data.get("path", ""),
        key=data.get("key", ""),
        content_hash=data.get("content_hash", ""),
        extras=dict(data.get("extras", {})),
    )
