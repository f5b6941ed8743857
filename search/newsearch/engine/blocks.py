"""Whole-field posting encoding for the grouped segment writer, on NumPy arrays.

A segment's text fields arrive as token lists, one per document. Instead of a
Python step per posting (count, group, encode positions, append to a block),
each field's tokens are kept as one flat list while documents are added, and
the field is encoded at flush time in a few array passes:

1. tokens become term numbers (a dict built in C), terms are sorted once;
2. a stable sort by term keeps each term's documents and positions in order,
   so postings are the runs of equal (term, document) pairs;
3. position lists are encoded for all postings at once, as the bytes
   ``formats.Positions.encode`` would give (a big-endian count, then the
   protocol-2 pickle of the position deltas);
4. block statistics (length bytes, weights, last ids) are reductions over
   block boundaries, and term infos are packed as one structured array.

What is left per term and per block is the two ``pickle.dumps`` calls of
Whoosh's W3 block format, and ``zlib`` for blocks worth compressing. The bytes
are those of Whoosh's own writer (``tests/test_fastwriter.py``).
"""

from __future__ import annotations

import struct
import zlib
from array import array
from hashlib import md5
from pickle import dumps
from typing import Any

import numpy as np
from whoosh import formats
from whoosh.codec.whoosh3 import COMPRESSION_MIN_SIZE, WHOOSH3_HEADER_MAGIC
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.util.numeric import _length_byte_cache

from .sidecar import FieldArrays

_PICKLE_LIST = b"\x80\x02]q\x00"  # protocol 2, a new empty list, memoised
# Pickle writes list items in batches of 1,000; longer lists take the slow path.
_BATCH = 1000
_K, _M, _J, _MARK, _APPENDS, _APPEND, _STOP = b"KMJ(ea."
_LENGTH_PAIR = struct.Struct("!ii")  # filetables: key and value lengths
_SLOT = np.dtype([("hash", ">u4"), ("pos", ">i8")])  # filetables' "!Iq" hash slot
_TERMINFO = np.dtype([("flags", "u1"), ("weight", ">f4"), ("df", ">u4"), ("minlen", "u1"),
                      ("maxlen", "u1"), ("maxweight", ">f4"), ("minid", ">u4"),
                      ("maxid", ">u4"), ("offset", ">i8"), ("length", ">i4")])
_CACHE = np.asarray(_length_byte_cache, dtype=np.int64)
# zlib window for compressed blocks. Whoosh uses the default 32 KiB window; a
# block is at most a few KiB. In a fresh process setting up the big window was
# most of the cost of compressing one (about three times the time at wbits
# 10); inside a long flush the two measured the same within noise (session 5),
# so this only guards the first blocks. Sizes agree within 1 %.
# zlib.decompress reads either. Tests set 15 to compare bytes with Whoosh's
# own writer.
ZLIB_WBITS = 10
COMPRESS_FROM = COMPRESSION_MIN_SIZE


class TokenColumn:
    """One field's tokens (text, or a number field's term bytes) for every document
    of a segment, in document order."""

    __slots__ = ("tokens", "docs", "counts", "lengths", "_canonical")

    def __init__(self) -> None:
        self.tokens: list[str | bytes] = []
        # One string object per distinct token: a task's tokens are kept until
        # the flush, and a repeated word would otherwise be a new object each time.
        self._canonical: dict[str | bytes, str | bytes] = {}
        self.docs = array("I")
        self.counts = array("I")
        self.lengths: dict[int, int] = {}  # docnum -> field length, as stored

    def add(self, docnum: int, tokens: list[Any]) -> None:
        """Append one document's tokens (positions are their list indexes)."""
        if tokens:
            self.tokens.extend(map(self._canonical.setdefault, tokens, tokens))
            self.docs.append(docnum)
            self.counts.append(len(tokens))


def length_bytes(lengths: np.ndarray) -> np.ndarray:
    """``whoosh.util.numeric.length_to_byte`` for an array of lengths (0 for none)."""
    return np.where(lengths >= 106374, 255, np.searchsorted(_CACHE, lengths, side="left"))


def positions_values(counts: np.ndarray, deltas: np.ndarray,
                     singles: list[bytes] | None = None) -> list[bytes]:
    """Encoded position lists of many postings at once.

    ``counts[i]`` positions of posting ``i``, delta-coded, follow one another in
    ``deltas``. When ``singles`` is given, a one-position posting gets the
    shared object ``singles[position]`` (pickle then stores a back-reference).
    """
    n = counts.astype(np.int64)
    if len(n) == 0:
        return []
    starts = np.cumsum(n) - n
    d = deltas.astype(np.int64)
    size = np.where(d < 256, 2, np.where(d < 65536, 3, 5))
    multi = n > 1
    prefix = 9 + multi  # count, pickle header, MARK
    before = np.cumsum(size) - size  # item bytes before each item, whole field
    items = before[starts]
    plen = prefix + np.add.reduceat(size, starts) + 2
    pend = np.cumsum(plen)
    pstart = pend - plen
    buf = np.zeros(int(pend[-1]), np.uint8)
    for k in range(4):
        buf[pstart + k] = (n >> (8 * (3 - k))) & 255
    for k, byte in enumerate(_PICKLE_LIST):
        buf[pstart + 4 + k] = byte
    buf[pstart[multi] + 9] = _MARK
    off = np.repeat(pstart + prefix - items, n) + before
    buf[off] = np.where(size == 2, _K, np.where(size == 3, _M, _J))
    buf[off + 1] = d & 255
    wide = size >= 3
    buf[off[wide] + 2] = (d[wide] >> 8) & 255
    wider = size == 5
    buf[off[wider] + 3] = (d[wider] >> 16) & 255
    buf[off[wider] + 4] = (d[wider] >> 24) & 255
    buf[pend - 2] = np.where(multi, _APPENDS, _APPEND)
    buf[pend - 1] = _STOP
    raw = buf.tobytes()
    if singles is None:
        out = [raw[a:b] for a, b in zip(pstart.tolist(), pend.tolist(), strict=True)]
    else:
        first = d[starts].tolist()
        out = [raw[a:b] if m else singles[p] for a, b, m, p in
               zip(pstart.tolist(), pend.tolist(), multi.tolist(), first, strict=True)]
    for i in np.flatnonzero(n > _BATCH).tolist():
        s = int(starts[i])
        out[i] = pack_uint(int(n[i])) + dumps(d[s:s + int(n[i])].tolist(), 2)
    return out


_singles: list[bytes] = []


def single_values(upto: int) -> list[bytes]:
    """Encoded one-position lists for positions ``0..upto`` (shared, grown on demand)."""
    if len(_singles) <= upto:
        one = pack_uint(1)
        _singles.extend(one + dumps([p], 2) for p in range(len(_singles), max(upto + 1, 1024)))
    return _singles


def write_field(fw: Any, column: TokenColumn, fmt: formats.Format, doccount: int,
                share_singles: bool = True, keep: bool = False) -> FieldArrays | None:
    """Write the terms and postings of ``column`` (consuming it) as Whoosh's W3 field writer does.

    ``fw`` is a started ``W3FieldWriter`` (``start_field`` called, ``finish_field``
    left to the caller). With ``keep``, also returns the postings as arrays (for
    the segment's side file, :mod:`.sidecar`).
    """
    tokens = column.tokens
    if not tokens:
        return None
    kind = type(fmt)
    fb = fmt.field_boost
    pw = fw._postwriter
    limit, compression = pw._blocklimit, pw._compression

    # 1. Term numbers in first-seen order, then their sorted ranks.
    first_seen = list(dict.fromkeys(tokens))
    numbers = dict(zip(first_seen, range(len(first_seen)), strict=True))
    order = sorted(range(len(first_seen)), key=first_seen.__getitem__)
    # 32-bit arrays: a task's fields hold a few million tokens, and peak
    # memory at the flush is a handful of arrays of that length.
    rank = np.empty(len(first_seen), np.int32)
    rank[np.asarray(order, np.int64)] = np.arange(len(first_seen), dtype=np.int32)
    term_of_token = rank[np.fromiter(map(numbers.__getitem__, tokens), np.int32, len(tokens))]
    ntokens = len(tokens)
    del numbers, tokens
    column.tokens = []  # consumed: the strings live on in first_seen

    # 2. Postings: runs of equal (term, document) after a stable sort by term.
    counts = np.frombuffer(column.counts, np.uint32).astype(np.int64)
    doc_of_token = np.repeat(np.frombuffer(column.docs, np.uint32).astype(np.int32), counts)
    perm = np.argsort(term_of_token, kind="stable")
    t_sorted = term_of_token[perm]
    d_sorted = doc_of_token[perm]
    del term_of_token, doc_of_token
    edge = np.ones(ntokens, bool)
    edge[1:] = (t_sorted[1:] != t_sorted[:-1]) | (d_sorted[1:] != d_sorted[:-1])
    pstart = np.flatnonzero(edge)
    npost = len(pstart)
    freq = np.diff(np.append(pstart, ntokens))
    pterm = t_sorted[pstart]
    pdoc = d_sorted[pstart]

    values: list[Any] | None = None
    if kind is formats.Positions:
        first_of_doc = (np.cumsum(counts) - counts).astype(np.int32)
        p_sorted = (np.arange(ntokens, dtype=np.int32) - np.repeat(first_of_doc, counts))[perm]
        deltas = p_sorted.copy()
        deltas[1:] -= p_sorted[:-1]
        deltas[pstart] = p_sorted[pstart]
        singles = single_values(int(p_sorted.max())) if share_singles else None
        values = positions_values(freq, deltas, singles)
    elif kind is formats.Existence:
        freq = np.ones(npost, np.int64)

    # 3. Blocks of at most ``limit`` postings within each term.
    tfirst = np.flatnonzero(np.append(True, pterm[1:] != pterm[:-1]))
    tcount = np.diff(np.append(tfirst, npost))
    within = np.arange(npost) - np.repeat(tfirst, tcount)
    bstart = np.flatnonzero(within % limit == 0)
    bend = np.append(bstart[1:], npost)
    # Whoosh keeps a block's maximum weight in double precision and its
    # weights, and the term's total, in single precision.
    weight64 = freq * float(fb)
    weight = weight64.astype(np.float32).astype(np.float64)
    wmax = np.maximum.reduceat(weight64, bstart)
    w32max = np.maximum.reduceat(weight, bstart)
    w32min = np.minimum.reduceat(weight, bstart)
    lengths = np.zeros(doccount + 1, np.int64)
    if column.lengths:
        lengths[np.fromiter(column.lengths, np.int64)] = np.fromiter(column.lengths.values(),
                                                                      np.int64)
    plen = lengths[pdoc]
    big = np.iinfo(np.int64).max
    bminlen = np.minimum.reduceat(np.where(plen > 0, plen, big), bstart)
    bmaxlen = np.maximum.reduceat(plen, bstart)
    bmin_byte = np.where(bminlen == big, 0, length_bytes(np.minimum(bminlen, 10**9)))
    bmax_byte = length_bytes(bmaxlen)
    delta_ids = pdoc.copy()
    delta_ids[1:] -= pdoc[:-1]
    delta_ids[bstart] = pdoc[bstart]

    # 4. Term infos, one structured record per term.
    nterms = len(tfirst)
    tblock = np.searchsorted(bstart, tfirst)
    info = np.zeros(nterms, _TERMINFO)
    info["weight"] = np.add.reduceat(weight, tfirst)
    info["df"] = tcount
    tminlen = np.minimum.reduceat(bminlen, tblock)
    info["minlen"] = np.where(tminlen == big, 0, length_bytes(np.minimum(tminlen, 10**9)))
    info["maxlen"] = length_bytes(np.maximum.reduceat(bmaxlen, tblock))
    info["maxweight"] = np.maximum.reduceat(wmax, tblock)
    info["minid"] = pdoc[tfirst]
    info["maxid"] = pdoc[np.append(tfirst[1:], npost) - 1]

    ids_l = delta_ids.tolist()
    w_l = weight.tolist()
    freq_be = freq.astype(">u4") if kind is formats.Frequency else None
    unit = (w32max == 1.0) & (w32min == 1.0)
    fixed = np.where(w32max == w32min, w32max, np.nan).tolist()
    block_rows = zip(bstart.tolist(), bend.tolist(), pdoc[bend - 1].tolist(), wmax.tolist(),
                     unit.tolist(), fixed, bmin_byte.tolist(), bmax_byte.tolist(), strict=True)
    postfile = fw._postfile
    offset = postfile.tell()
    chunks: list[bytes] = []
    offsets = np.empty(nterms, np.int64)
    sizes = np.empty(nterms, np.int64)
    blocks_per_term = np.diff(np.append(tblock, len(bstart))).tolist()
    for t, nblocks in enumerate(blocks_per_term):
        start = offset
        chunks.append(WHOOSH3_HEADER_MAGIC)
        offset += len(WHOOSH3_HEADER_MAGIC)
        for k in range(nblocks):
            a, b, last, maxw, is_unit, fixed_w, minb, maxb = next(block_rows)
            if is_unit:
                mini_weights: Any = None
            elif fixed_w == fixed_w:  # not NaN: every weight the same
                mini_weights = fixed_w
            else:
                mini_weights = tuple(w_l[a:b])
            if values is not None:
                mini_values: Any = tuple(values[a:b])
            elif freq_be is not None:
                mini_values = freq_be[a:b].tobytes()
            else:
                mini_values = None
            data = dumps((tuple(ids_l[a:b]), mini_weights, mini_values), 2)
            comp = compression if len(data) >= COMPRESS_FROM else 0
            if comp:
                data = zlib.compress(data, comp, ZLIB_WBITS)
            head = dumps((b - a, last, maxw, comp, minb, maxb), 2)
            size = len(head) + len(data)
            chunks.append(pack_int(-size if k == nblocks - 1 else size))
            chunks.append(head)
            chunks.append(data)
            offset += 4 + size
        offsets[t] = start
        sizes[t] = offset - start
    postfile.write(b"".join(chunks))
    info["offset"] = offsets
    info["length"] = sizes
    prefix = pack_ushort(fw._fieldid)
    # Text tokens are keyed by their UTF-8 bytes (which sort as the text does);
    # number fields give their terms as bytes already.
    encoded = [first_seen[i] if isinstance(first_seen[i], bytes)
               else first_seen[i].encode("utf-8") for i in order]
    _add_terms(fw._tindex, [prefix + e for e in encoded], info.tobytes(), _TERMINFO.itemsize)
    if not keep:
        return None
    arrays = FieldArrays(encoded, np.append(tfirst, npost), pdoc, weight)
    if kind is formats.Positions:
        arrays.positions = p_sorted
        arrays.position_starts = np.append(pstart, ntokens)
    return arrays


def _add_terms(tindex: Any, keys: list[bytes], infos: bytes, width: int) -> None:
    """``OrderedHashWriter.add`` for many sorted keys, with one file write."""
    if keys[0] <= tindex.lastkey:
        raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{keys[0]!r}")
    dbfile = tindex.dbfile
    pos = dbfile.tell()
    # filetables.md5_hash (the W3 terms table's hash type 0), without the hex round trip.
    assert tindex.hashtype == 0
    buckets = tindex.buckets
    index = tindex.index
    pack = _LENGTH_PAIR.pack
    parts = []
    for i, key in enumerate(keys):
        value = infos[i * width:(i + 1) * width]
        index.append(pos)
        record = pack(len(key), width) + key + value
        h = int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")
        buckets[h & 255].append((h, pos))
        pos += len(record)
        parts.append(record)
    dbfile.write(b"".join(parts))
    tindex.lastkey = keys[-1]


def write_hashes(writer: Any) -> None:
    """``HashWriter._write_hashes`` with one file write per bucket (not one per slot).

    The same open-addressing tables, slot for slot: a key goes to slot
    ``(hash >> 8) % size`` or the next free one, in the order keys were added.
    """
    dbfile = writer.dbfile
    for entries in writer.buckets:
        numslots = 2 * len(entries)
        writer.directory.append((dbfile.tell(), numslots))
        if not numslots:
            continue
        hashes = [0] * numslots
        positions = [0] * numslots  # 0: free (no key starts at 0, the header does)
        for hashval, position in entries:
            slot = (hashval >> 8) % numslots
            while positions[slot]:
                slot = (slot + 1) % numslots
            hashes[slot] = hashval
            positions[slot] = position
        table = np.empty(numslots, _SLOT)
        table["hash"] = hashes
        table["pos"] = positions
        dbfile.write(table.tobytes())
