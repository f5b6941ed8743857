"""Facet counts and date histograms over a whole result set.

Per reader generation we build, once, a bitset (a Python int) of documents for
every facet value and a docnum -> day table. Counting a result set is then one
``&`` and ``bit_count()`` per value, cheap even when a query matches the
whole collection.
"""

from __future__ import annotations

import calendar
import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ..model import DateBucket, FacetCount
from .schema import FACET_FIELDS

# Below this many hits, walking the hits' own values beats the pruned scan of
# value bitsets (measured on Reuters-21578: the scan wins from a few hundred).
SMALL_RESULT = 300


@dataclass
class FacetTables:
    """Facet lookups for one reader generation."""

    # facet -> [(value, bits, document frequency)], most frequent first
    values: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    per_doc: dict[str, dict[int, list[str]]] = field(default_factory=dict)  # facet -> doc -> vals
    days: list[int] = field(default_factory=list)  # docnum -> date ordinal, 0 if undated


def build_tables(reader: Any) -> FacetTables:
    """Read every facet field's postings once into bitsets and per-doc lists."""
    tables = FacetTables()
    for facet, fieldname in FACET_FIELDS.items():
        entries: list[tuple[str, int, int]] = []
        per_doc: dict[int, list[str]] = {}
        if fieldname in reader.indexed_field_names():
            for btext in reader.lexicon(fieldname):
                value = btext.decode("utf-8")
                ids = list(reader.postings(fieldname, btext).all_ids())
                entries.append((value, bits_of(ids), len(ids)))
                for d in ids:
                    per_doc.setdefault(d, []).append(value)
        entries.sort(key=lambda e: -e[2])
        tables.values[facet] = entries
        tables.per_doc[facet] = per_doc
    days = [0] * reader.doc_count_all()
    if "date" in reader.indexed_field_names() and reader.has_column("date"):
        # Raw values are microseconds since datetime.min; undated documents
        # hold the column's out-of-range default, so translate by hand.
        col = reader.column_reader("date", translate=False)
        top = date.max.toordinal()
        for d in range(len(days)):
            value = col[d]
            if isinstance(value, int) and value > 0:
                ordinal = value // 86_400_000_000 + 1
                if 1 < ordinal <= top:
                    days[d] = ordinal
    if reader.has_deletions():
        # A deleted document matches no date: it must not come back through a range.
        for d in range(len(days)):
            if reader.is_deleted(d):
                days[d] = 0
    tables.days = days
    return tables


_FACET_SEP, _VALUE_SEP = "\x1e", "\x1f"


def encode_facet_data(values: dict[str, list[str]], day: int) -> bytes:
    """One document's facet values and day number, for the ``facet_data`` column."""
    parts = [_VALUE_SEP.join(values.get(name, [])) for name in FACET_FIELDS]
    return _FACET_SEP.join([*parts, str(day)]).encode("utf-8")


def decode_facet_data(data: bytes) -> tuple[dict[str, list[str]], int]:
    """The inverse of :func:`encode_facet_data` (empty data: no values, undated)."""
    if not data:
        return {}, 0
    *parts, day = data.decode("utf-8").split(_FACET_SEP)
    return ({name: part.split(_VALUE_SEP) for name, part in zip(FACET_FIELDS, parts, strict=False)
             if part}, int(day or 0))


def count_lists(lists: Iterable[list[str]], limit: int) -> list[FacetCount]:
    """The ``limit`` most frequent values among per-document value lists."""
    counter: Counter[str] = Counter()
    for values in lists:
        counter.update(values)
    ranked = list(counter.items())
    if len(ranked) > limit:
        floor = heapq.nlargest(limit, counter.values())[-1]
        ranked = [(v, n) for v, n in ranked if n >= floor]
    ranked.sort(key=lambda vn: (-vn[1], vn[0].casefold()))
    return [FacetCount(v, n) for v, n in ranked[:limit]]


def bits_of(docnums: Iterable[int]) -> int:
    """A bitset with a bit set for each document number."""
    docnums = list(docnums)
    if not docnums:
        return 0
    buf = bytearray((max(docnums) >> 3) + 1)
    for d in docnums:
        buf[d >> 3] |= 1 << (d & 7)
    return int.from_bytes(buf, "little")


def count(tables: FacetTables, facet: str, docnums: list[int], hits_bits: int | None,
          limit: int) -> list[FacetCount]:
    """The ``limit`` most frequent values of ``facet`` among ``docnums``."""
    if len(docnums) <= SMALL_RESULT or hits_bits is None:
        per_doc = tables.per_doc.get(facet, {})
        return count_lists((per_doc.get(d, []) for d in docnums), limit)
    else:
        # Values come most frequent first and a count never exceeds its value's
        # frequency, so the scan stops once no later value can enter the top.
        ranked = []
        best: list[int] = []  # min-heap of the top ``limit`` counts so far
        for value, bits, df in tables.values.get(facet, []):
            if len(best) >= limit and df < best[0]:
                break
            n = (bits & hits_bits).bit_count()
            if n:
                ranked.append((value, n))
                if len(best) < limit:
                    heapq.heappush(best, n)
                elif n > best[0]:
                    heapq.heapreplace(best, n)
    ranked.sort(key=lambda vn: (-vn[1], vn[0].casefold()))
    return [FacetCount(v, n) for v, n in ranked[:limit]]


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


def histogram(ordinals: list[int], bucket: str | None = None) -> tuple[str, list[DateBucket]]:
    """Date histogram of the hits' day numbers (0 = undated), empty buckets filled in."""
    ordinals = [o for o in ordinals if o]
    if not ordinals:
        return bucket or "", []
    first, last = date.fromordinal(min(ordinals)), date.fromordinal(max(ordinals))
    bucket = bucket or choose_bucket(first, last)
    counts: Counter[date] = Counter(_bucket_start(date.fromordinal(o), bucket) for o in ordinals)
    out, cur = [], _bucket_start(first, bucket)
    while cur <= last:
        nxt = _next(cur, bucket)
        out.append(DateBucket(datetime.combine(cur, datetime.min.time()),
                              datetime.combine(nxt, datetime.min.time()), counts.get(cur, 0)))
        cur = nxt
    return bucket, out
