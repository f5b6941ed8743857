"""Facet tables per segment, and the whole-index tables joined from them.

Facet counting (:mod:`.facets`) works on one table per facet for the whole
reader generation. Building that table meant decoding every document's
``facet_data`` column entry in Python: 4.6 s at 200,000 articles, again after
every commit, since a commit makes a new generation. But segments never
change, only their deletions do. So each segment gets its own small table
(:class:`SegmentFacets`, with its own value names), and a generation's tables
are joined from them: renumber each segment's values into one vocabulary,
shift its document numbers, drop deleted documents, all with NumPy.

Segment tables come from, in order: the :class:`~.search.Reader`'s cache (a
segment seen by an earlier generation), the ``<segment id>.nsf`` file an
indexing worker writes beside each segment it builds, or, for segments
without one (API adds, ``optimize``), the segment's column, decoded once.
Like side files (:mod:`.sidecar`), the file is only a copy: unreadable or
inconsistent means decoding the column instead.
"""

from __future__ import annotations

import os
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from .facets import _FACET_SEP, FacetTable, FacetTables, decode_facet_data
from .schema import FACETS

SUFFIX = ".nsf"
_SEP = "\x1f"  # facet values never hold it (the column uses it between values)
_BYTE_SEP = _FACET_SEP.encode()
_NONE = np.zeros(0, np.int64)


@dataclass
class SegmentFacets:
    """One segment's facet values: per facet, value names and (doc, value) pairs."""

    count: int  # documents in the segment, deleted ones included
    names: dict[str, list[str]] = field(default_factory=dict)
    docs: dict[str, np.ndarray] = field(default_factory=dict)  # ascending
    values: dict[str, np.ndarray] = field(default_factory=dict)  # index into names[facet]
    days: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))


def from_rows(rows: list[tuple[dict[str, list[str]], int]]) -> SegmentFacets:
    """A segment's table from each document's ``(facet -> values, day)``, in docnum order."""
    out = SegmentFacets(len(rows), days=np.array([day for _, day in rows], dtype=np.int32))
    vocab: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
    pairs: dict[str, tuple[list[int], list[int]]] = {facet: ([], []) for facet in FACETS}
    for d, (meta, _) in enumerate(rows):
        for facet, values in meta.items():
            if facet not in vocab:
                continue
            ids, (docs, value_ids) = vocab[facet], pairs[facet]
            for value in dict.fromkeys(values):
                docs.append(d)
                value_ids.append(ids.setdefault(value, len(ids)))
    for facet in FACETS:
        out.names[facet] = list(vocab[facet])
        out.docs[facet] = np.array(pairs[facet][0], dtype=np.int64)
        out.values[facet] = np.array(pairs[facet][1], dtype=np.int64)
    return out


def from_data(data: list[bytes]) -> SegmentFacets:
    """``from_rows`` of each document's ``facet_data`` (in docnum order), decoded in bulk.

    A document's values went one by one through Python (decoding, splitting, numbering):
    about 40,000 instructions a document, 4 % of a worker's flush. Here they are split out of one
    string, numbered by dict operations done in C, and only documents with several values
    of a facet are looked at one by one (for repeats). Data not as :func:`encode_facet_data`
    writes it (empty, another number of parts) goes through :func:`from_rows`.
    """
    n = len(data)
    width = len(FACETS) + 1  # the facets' parts, then the day
    if not n or not all(data) or any(d.count(_BYTE_SEP) != width - 1 for d in data):
        return from_rows([decode_facet_data(d) for d in data])
    parts = _FACET_SEP.join([d.decode("utf-8") for d in data]).split(_FACET_SEP)
    days = parts[len(FACETS)::width]
    out = SegmentFacets(n, days=np.array([int(d or 0) for d in days] if "" in days
                                         else list(map(int, days)), dtype=np.int32))
    for k, facet in enumerate(FACETS):
        lists = [part.split(_SEP) if part else [] for part in parts[k::width]]
        for d in [d for d, values in enumerate(lists) if len(values) > 1]:
            lists[d] = list(dict.fromkeys(lists[d]))  # a value once per document
        counts = np.fromiter(map(len, lists), np.int64, n)
        flat = list(chain.from_iterable(lists))
        names = list(dict.fromkeys(flat))  # first-seen order, as from_rows numbers them
        ids = dict(zip(names, range(len(names)), strict=True))
        out.names[facet] = names
        out.docs[facet] = np.repeat(np.arange(n, dtype=np.int64), counts)
        out.values[facet] = np.fromiter(map(ids.__getitem__, flat), np.int64, len(flat))
    return out


def tables_from_rows(rows: list[tuple[dict[str, list[str]], int]]) -> FacetTables:
    """Whole-index tables for a one-segment index given as rows (see :func:`from_rows`)."""
    return join([(from_rows(rows), 0, _NONE)], len(rows))


def from_column(leaf: Any) -> SegmentFacets:
    """A segment's table decoded from its ``facet_data`` column (deleted documents too)."""
    n = leaf.doc_count_all()
    if not n or not leaf.has_column("facet_data"):
        return from_rows([({}, 0)] * n)
    col = leaf.column_reader("facet_data")
    return from_data([col[d] for d in range(n)])


def path_for(folder: Path, segment_id: str) -> Path:
    """Where the facet file of segment ``segment_id`` lives in ``folder``."""
    return folder / f"{segment_id}{SUFFIX}"


def write(path: Path, table: SegmentFacets) -> None:
    """Write ``table`` to ``path`` (through a temporary file and a rename)."""
    arrays: dict[str, np.ndarray] = {"days": table.days.astype(np.int32),
                                     "count": np.array([table.count], np.int64)}
    for facet in FACETS:
        arrays[f"{facet}.names"] = np.frombuffer(
            _SEP.join(table.names[facet]).encode("utf-8"), np.uint8)
        arrays[f"{facet}.docs"] = table.docs[facet].astype(np.uint32)
        arrays[f"{facet}.values"] = table.values[facet].astype(np.uint32)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        np.savez(fh, **arrays)
    os.replace(tmp, path)


def read(path: Path) -> SegmentFacets | None:
    """The table in ``path``, or None when it is missing, unreadable or inconsistent."""
    try:
        with np.load(path, allow_pickle=False) as data:
            count = int(data["count"][0])
            out = SegmentFacets(count, days=data["days"].astype(np.int32))
            for facet in FACETS:
                blob = data[f"{facet}.names"].tobytes().decode("utf-8")
                out.names[facet] = blob.split(_SEP) if blob else []
                out.docs[facet] = data[f"{facet}.docs"].astype(np.int64)
                out.values[facet] = data[f"{facet}.values"].astype(np.int64)
    except (OSError, ValueError, KeyError, IndexError, EOFError, zipfile.BadZipFile):
        return None
    if len(out.days) != count:
        return None
    for facet in FACETS:
        docs, values = out.docs[facet], out.values[facet]
        if len(docs) != len(values) or (len(docs) and (
                int(docs.max()) >= count or int(values.max()) >= len(out.names[facet])
                or bool((np.diff(docs) < 0).any()))):
            return None
    return out


def segment_table(folder: Path, leaf: Any, cache: dict[str, SegmentFacets]) -> SegmentFacets:
    """The table of one segment reader's segment: cached, from its file, or decoded."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    if segment is None:
        return from_column(leaf)
    segid = segment.segment_id()
    table = cache.get(segid)
    if table is None or table.count != leaf.doc_count_all():
        table = read(path_for(folder, segid))
        if table is None or table.count != leaf.doc_count_all():
            table = from_column(leaf)
        cache[segid] = table
    return table


def build_tables(folder: Path, reader: Any,
                 cache: dict[str, SegmentFacets] | None = None) -> FacetTables:
    """Whole-index facet tables for ``reader``, joined from its segments' tables.

    ``cache`` (segment id -> table) is read and filled; entries for segments
    the reader no longer has are dropped, so it stays the size of the index.
    """
    cache = {} if cache is None else cache
    parts = []
    for leaf, offset in reader.leaf_readers():
        gone = leaf.deleted_docs_set if leaf.has_deletions() else ()
        parts.append((segment_table(folder, leaf, cache), offset,
                      np.fromiter(gone, np.int64, len(gone))))
    live = {id(table) for table, _, _ in parts}
    for segid in [s for s, table in cache.items() if id(table) not in live]:
        del cache[segid]
    return join(parts, reader.doc_count_all())


def join(parts: list[tuple[SegmentFacets, int, np.ndarray]], total: int) -> FacetTables:
    """One generation's tables from ``(segment table, first docnum, deleted docs)`` parts.

    A deleted document has no values and no day (it matches no date).
    """
    days = np.zeros(total, np.int32)
    for table, offset, deleted in parts:
        seg_days = table.days.copy()
        seg_days[deleted] = 0
        days[offset:offset + table.count] = seg_days
    out = FacetTables(days=days)
    for facet in FACETS:
        ids: dict[str, int] = {}
        all_docs, all_values = [], []
        for table, offset, deleted in parts:
            docs, values = table.docs[facet], table.values[facet]
            if not len(docs):
                continue
            remap = np.fromiter((ids.setdefault(name, len(ids)) for name in table.names[facet]),
                                np.int64, len(table.names[facet]))
            if len(deleted):
                keep = ~np.isin(docs, deleted)
                docs, values = docs[keep], values[keep]
            all_docs.append(docs + offset)
            all_values.append(remap[values])
        docs = np.concatenate(all_docs) if all_docs else np.zeros(0, np.int64)
        values = np.concatenate(all_values) if all_values else np.zeros(0, np.int64)
        out.facets[facet] = FacetTable(list(ids), docs, values,
                                       np.searchsorted(docs, np.arange(total + 1)))
    return out


def value_frequencies(folder: Path, reader: Any, facets: tuple[str, ...],
                      cache: dict[str, SegmentFacets] | None = None) -> dict[str, dict[str, int]]:
    """Per facet, each value's number of documents over ``reader``'s segments.

    Deleted documents still count: the figures rank spellings and names
    against each other, and a few stale documents do not change that.
    """
    cache = {} if cache is None else cache
    out: dict[str, dict[str, int]] = {facet: {} for facet in facets}
    for leaf, _offset in reader.leaf_readers():
        table = segment_table(folder, leaf, cache)
        for facet in facets:
            names, values = table.names[facet], table.values[facet]
            if not len(values):
                continue
            counts = np.bincount(values, minlength=len(names)).tolist()
            into = out[facet]
            for name, n in zip(names, counts, strict=True):
                into[name] = into.get(name, 0) + n
    return out


def co_documents(folder: Path, reader: Any, facet: str,
                 pairs: Mapping[str, tuple[Iterable[str], Iterable[str]]],
                 cache: dict[str, SegmentFacets] | None = None) -> dict[str, int]:
    """Per named pair of value lists, the documents naming a value of each list.

    As in :func:`value_frequencies`, deleted documents still count. One pass of
    array work per segment, whatever the number of pairs.
    """
    cache = {} if cache is None else cache
    keys = list(pairs)
    if not keys:
        return {}
    width = len(keys)
    # A value may stand on the right of several pairs (a body two acronyms spell),
    # so each side is kept as (value, pair) rows and matched by name per segment.
    sides: list[dict[str, list[int]]] = [defaultdict(list), defaultdict(list)]
    for i, key in enumerate(keys):
        for side, names in zip(sides, pairs[key], strict=True):
            for name in dict.fromkeys(names):
                side[name].append(i)
    counts = np.zeros(width, np.int64)
    for leaf, _offset in reader.leaf_readers():
        table = segment_table(folder, leaf, cache)
        names, docs, values = table.names[facet], table.docs[facet], table.values[facet]
        if not len(values):
            continue
        found = [_doc_pairs(names, docs, values, side, width) for side in sides]
        both = np.intersect1d(found[0], found[1], assume_unique=True)
        counts += np.bincount(both % width, minlength=width)
    return dict(zip(keys, counts.tolist(), strict=True))


def _doc_pairs(names: list[str], docs: np.ndarray, values: np.ndarray,
               side: Mapping[str, list[int]], width: int) -> np.ndarray:
    """``doc * width + pair`` for every document naming a value of ``side``, unique."""
    lookup = [side.get(name) for name in names]
    depth = max((len(found) for found in lookup if found), default=0)
    out = []
    for slot in range(depth):  # one slot per pair a value stands in; almost always one
        pair_of = np.fromiter((found[slot] if found and len(found) > slot else -1
                               for found in lookup), np.int64, len(lookup))
        pair = pair_of[values]
        keep = pair >= 0
        out.append(docs[keep] * width + pair[keep])
    return np.unique(np.concatenate(out)) if out else np.zeros(0, np.int64)


def generation(reader: Any) -> list[tuple[str, int]]:
    """``reader``'s segments as (segment id, documents), in order: what names a generation."""
    out = []
    for leaf, _offset in reader.leaf_readers():
        segment = leaf.segment() if hasattr(leaf, "segment") else None
        out.append((segment.segment_id() if segment is not None else "", leaf.doc_count_all()))
    return out
