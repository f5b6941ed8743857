"""Reading one segment's postings from Whoosh's own files into arrays.

The fallback under :mod:`.scoring` for segments without a side file
(:mod:`.sidecar`) and for the fields side files do not hold. Whoosh 3's block
reader keeps each block's ids (delta-coded) and weights as whole arrays; they
are decoded with NumPy rather than one posting at a time.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermInfo, TermNotFound
from whoosh.util.numeric import byte_to_length

from .sidecar import FieldArrays

_EMPTY = np.zeros(0, dtype=np.int64)
_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


def raw_matcher(leaf: Any, fieldname: str, text: str) -> Any:
    """The term's on-disk matcher in one segment (deleted documents included), or
    None when the segment lacks the term. One term-table look-up, not three."""
    try:
        info = leaf.term_info(fieldname, text)
    except TermNotFound:
        return None
    if info.is_inlined():
        return info
    terms = getattr(leaf, "_terms", None)
    codec = getattr(terms, "_codec", None)
    if codec is not None:  # Whoosh 3's segment reader: build the matcher from the info
        return codec.postings_reader(terms._postfile, info, leaf.schema[fieldname].format)
    m = leaf.postings(fieldname, text)
    return m.child if isinstance(m, FilterMatcher) else m


def leaf_postings(leaf: Any, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
    """All postings of a term in one segment, deleted documents included (None: absent)."""
    m = raw_matcher(leaf, fieldname, text)
    if m is None:
        return None
    if isinstance(m, TermInfo):
        ids, weights, _ = m.inlined_postings()
        tfs = np.ones(len(ids)) if weights is None else np.asarray(weights, dtype=np.float64)
        return np.asarray(ids, dtype=np.int64), tfs
    if not isinstance(m, W3LeafMatcher):  # another codec: the slow, public way
        ids, weights = [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
    id_parts, tf_parts = [], []
    # Whoosh 3's block reader: each block holds its ids (delta-coded) and
    # weights as whole arrays; decode them with NumPy rather than one posting
    # at a time (Whoosh's own delta decoding is a Python generator).
    while m.is_active():
        if m._data is None:
            m._read_data()
        raw_ids, raw_weights = m._data[0], m._data[1]
        if m._byteids:
            m._read_ids()
            ids = np.asarray(m._ids, dtype=np.int64)
        else:
            ids = np.cumsum(np.asarray(raw_ids, dtype=np.int64))
        if raw_weights is None:
            tfs = np.ones(len(ids))
        elif isinstance(raw_weights, float):
            tfs = np.full(len(ids), raw_weights)
        else:
            tfs = np.asarray(raw_weights, dtype=np.float64)
        id_parts.append(ids)
        tf_parts.append(tfs)
        m._next_block()
    if not id_parts:
        return _EMPTY, np.zeros(0, dtype=np.float64)
    return np.concatenate(id_parts), np.concatenate(tf_parts)


def leaf_values(leaf: Any, fieldname: str, text: str) -> tuple[np.ndarray, list[bytes]] | None:
    """Document numbers and encoded values (positions) of a term in one segment."""
    m = raw_matcher(leaf, fieldname, text)
    if m is None:
        return None
    if isinstance(m, TermInfo):
        ids, _, values = m.inlined_postings()
        return np.asarray(ids, dtype=np.int64), list(values)
    ids, values = [], []
    if not isinstance(m, W3LeafMatcher):
        while m.is_active():
            ids.append(m.id())
            values.append(m.value())
            m.next()
        return np.array(ids, dtype=np.int64), values
    while m.is_active():
        if m._ids is None:
            m._read_ids()
        if m._values is None:
            m._read_values()
        ids.append(np.asarray(m._ids[m._i:], dtype=np.int64))
        values.extend(m._values[m._i:])
        m._next_block()
    return (np.concatenate(ids) if ids else _EMPTY), values


def leaf_lengths(leaf: Any, fieldname: str) -> np.ndarray:
    """Every document's length of ``fieldname`` in one segment (Whoosh's one-byte
    encoding, decoded), read as one slice of its length column when possible."""
    count = leaf.doc_count_all()
    perdoc = getattr(leaf, "_perdoc", None)
    column = None
    if perdoc is not None and hasattr(perdoc, "_cached_reader"):
        column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    raw = getattr(column, "_dbfile", None)
    if column is None or raw is None or getattr(column, "_fixedlen", 0) != 1:
        get = leaf.doc_field_length
        return np.array([get(d, fieldname) or 0 for d in range(count)], dtype=np.float64)
    stored = min(column._count, count)
    codes = np.zeros(count, dtype=np.uint8)  # documents past the column's end: length 0
    codes[:stored] = np.frombuffer(raw.get(column._basepos, stored), dtype=np.uint8)
    return _BYTE_TO_LENGTH[codes]


def leaf_positions(leaf: Any, fieldname: str, text: str
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """A term's document numbers and decoded positions in one segment, laid out as
    ``SideFile.positions`` gives them (None: absent)."""
    found = leaf_values(leaf, fieldname, text)
    if found is None:
        return None
    ids, values = found
    decode = leaf.schema[fieldname].format.decode_positions
    runs = [decode(v) for v in values]
    counts = np.fromiter(map(len, runs), np.int64, len(runs))
    flat = np.fromiter((p for run in runs for p in run), np.int64, int(counts.sum()))
    return ids, np.concatenate([[0], np.cumsum(counts)]), flat


def side_arrays(leaf: Any, fieldnames: tuple[str, ...]) -> dict[str, FieldArrays]:
    """A side file's content (:mod:`.sidecar`) for a segment Whoosh wrote itself
    (the one ``optimize`` merges): every term's postings, and positions where the
    field keeps them. Pure Python per term: for segments the workers did not build."""
    out: dict[str, FieldArrays] = {}
    for fieldname in fieldnames:
        if fieldname not in leaf.indexed_field_names():
            continue
        positional = leaf.schema[fieldname].format.supports("positions")
        terms: list[bytes] = []
        starts, docs, weights, flats, run_counts = [0], [], [], [], []
        for term in leaf.lexicon(fieldname):
            text = term.decode("utf-8")
            ids, tfs = leaf_postings(leaf, fieldname, text)
            terms.append(term)
            docs.append(ids)
            weights.append(tfs)
            starts.append(starts[-1] + len(ids))
            if positional:
                _, run_starts, flat = leaf_positions(leaf, fieldname, text)
                flats.append(flat)
                run_counts.append(np.diff(run_starts))
        if not terms:
            continue
        arrays = FieldArrays(terms, np.array(starts, dtype=np.int64), np.concatenate(docs),
                             np.concatenate(weights))
        if positional:
            arrays.positions = np.concatenate(flats)
            arrays.position_starts = np.concatenate([[0], np.cumsum(np.concatenate(run_counts))])
        out[fieldname] = arrays
    return out
