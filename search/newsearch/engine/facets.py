"""Facet counts and date histograms over a whole result set.

Per reader generation there is one table per facet: every (document, value
id) pair as two NumPy arrays plus per-document offsets, and a docnum -> day
array, joined from per-segment tables (:mod:`.segfacets`).
Counting a result set is then a gather (few hits) or a mask over all pairs
(many hits) and one ``bincount``: about a millisecond even when a query
matches the whole collection. A one-off query (the CLI) instead decodes its
own hits' column values (:func:`count_lists`), which is cheaper than building
tables it would use once.
"""

from __future__ import annotations

import calendar
import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np

from ..model import DateBucket, FacetCount
from .schema import FACETS


@dataclass
class FacetTable:
    """One facet over one reader generation: value names and (doc, value) pairs."""

    names: list[str]
    docs: np.ndarray    # document of each pair, ascending
    values: np.ndarray  # value id of each pair
    starts: np.ndarray  # pairs of document d are starts[d]:starts[d + 1]


@dataclass
class FacetTables:
    """Facet lookups for one reader generation."""

    facets: dict[str, FacetTable] = field(default_factory=dict)
    days: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))


_FACET_SEP, _VALUE_SEP = "\x1e", "\x1f"


def encode_facet_data(values: dict[str, list[str]], day: int) -> bytes:
    """One document's facet values and day number, for the ``facet_data`` column."""
    parts = [_VALUE_SEP.join(values.get(name, [])) for name in FACETS]
    return _FACET_SEP.join([*parts, str(day)]).encode("utf-8")


def decode_facet_data(data: bytes) -> tuple[dict[str, list[str]], int]:
    """The inverse of :func:`encode_facet_data` (empty data: no values, undated)."""
    if not data:
        return {}, 0
    *parts, day = data.decode("utf-8").split(_FACET_SEP)
    return ({name: part.split(_VALUE_SEP) for name, part in zip(FACETS, parts, strict=False)
             if part}, int(day or 0))


def _top(counts: Iterable[tuple[str, int]], limit: int) -> list[FacetCount]:
    """The ``limit`` largest counts, ties by value name (case-insensitive)."""
    ranked = [(v, n) for v, n in counts if n]
    if len(ranked) > limit:
        floor = heapq.nlargest(limit, (n for _, n in ranked))[-1]
        ranked = [(v, n) for v, n in ranked if n >= floor]
    ranked.sort(key=lambda vn: (-vn[1], vn[0].casefold(), vn[0]))
    return [FacetCount(v, n) for v, n in ranked[:limit]]


def count_lists(lists: Iterable[list[str]], limit: int) -> list[FacetCount]:
    """The ``limit`` most frequent values among per-document value lists."""
    counter: Counter[str] = Counter()
    for values in lists:
        counter.update(values)
    return _top(counter.items(), limit)


def count(tables: FacetTables, facet: str, docnums: np.ndarray, limit: int) -> list[FacetCount]:
    """The ``limit`` most frequent values of ``facet`` among ``docnums`` (unique, any order)."""
    table = tables.facets.get(facet)
    if table is None or not len(table.names) or not len(docnums):
        return []
    if len(docnums) * 8 < len(tables.days):
        # Few hits: gather their own pairs through the offsets.
        lo, hi = table.starts[docnums], table.starts[docnums + 1]
        sizes = hi - lo
        total = int(sizes.sum())
        if not total:
            return []
        shift = np.repeat(lo - (np.cumsum(sizes) - sizes), sizes)
        picked = table.values[shift + np.arange(total)]
    else:
        mask = np.zeros(len(tables.days), dtype=bool)
        mask[docnums] = True
        picked = table.values[mask[table.docs]]
    if limit <= 0 or not len(picked):
        return []
    if len(picked) * 4 < len(table.names):
        # Few values picked: sort them rather than count into the whole vocabulary.
        ids, counts = np.unique(picked, return_counts=True)
    else:
        counts = np.bincount(picked, minlength=len(table.names))
        ids = np.flatnonzero(counts)
        counts = counts[ids]
    if len(ids) > limit:
        # Only values that can reach the top (ties included) need a Python look.
        floor = np.partition(counts, len(counts) - limit)[len(counts) - limit]
        keep = counts >= floor
        ids, counts = ids[keep], counts[keep]
    return _top(zip([table.names[i] for i in ids.tolist()], counts.tolist(), strict=True),
                limit)


_EPOCH = date(1970, 1, 1).toordinal()


def choose_bucket(first: date, last: date) -> str:
    """Histogram bucket for a span of dates: day, month or year."""
    span = (last - first).days
    if span <= 45:
        return "day"
    if span <= 365 * 4:
        return "month"
    return "year"


def _bucket_start(d: date, bucket: str) -> date:
    if bucket == "day":
        return d
    if bucket == "month":
        return d.replace(day=1)
    return d.replace(month=1, day=1)


def _next(d: date, bucket: str) -> date:
    if bucket == "day":
        return d + timedelta(days=1)
    if bucket == "month":
        return d + timedelta(days=calendar.monthrange(d.year, d.month)[1])
    return d.replace(year=d.year + 1)


def histogram(ordinals: Iterable[int], bucket: str | None = None) -> tuple[str, list[DateBucket]]:
    """Date histogram of the hits' day numbers (0 = undated), empty buckets filled in."""
    days = np.asarray(ordinals if isinstance(ordinals, np.ndarray) else list(ordinals),
                      dtype=np.int64)
    days = days[days > 0]
    if not len(days):
        return bucket or "", []
    first, last = date.fromordinal(int(days.min())), date.fromordinal(int(days.max()))
    bucket = bucket or choose_bucket(first, last)
    # Bucket starts as day numbers, all at once: NumPy's calendar units do the
    # month and year arithmetic (its day 0 is 1970-01-01).
    as_dates = (days - _EPOCH).astype("datetime64[D]")
    if bucket != "day":
        as_dates = as_dates.astype("datetime64[M]" if bucket == "month" else "datetime64[Y]")
    starts = as_dates.astype("datetime64[D]").astype(np.int64) + _EPOCH
    found, n = np.unique(starts, return_counts=True)
    counts = dict(zip(found.tolist(), n.tolist(), strict=True))
    out, cur = [], _bucket_start(first, bucket)
    while cur <= last:
        nxt = _next(cur, bucket)
        out.append(DateBucket(datetime.combine(cur, datetime.min.time()),
                              datetime.combine(nxt, datetime.min.time()),
                              counts.get(cur.toordinal(), 0)))
        cur = nxt
    return bucket, out
