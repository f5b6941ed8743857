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
   block boundaries, and term infos are packed as one structured array;
5. each block's two pickles (statistics, then ids, weights and values) are
   laid out for the whole field at once by :mod:`.pickles`, which gives the
   bytes ``pickle.dumps(..., 2)`` would, and the terms table's records too.

What is left per block is ``zlib`` for the blocks worth compressing, and per
term its MD5 hash and its slot in the terms table. The bytes are those of
Whoosh's own writer (``tests/test_fastwriter.py``).
"""

from __future__ import annotations

import zlib
from array import array
from pickle import dumps
from typing import Any

import numpy as np
from whoosh import formats
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.system import pack_uint, pack_ushort
from whoosh.util.numeric import _length_byte_cache

from . import pickles
from .sidecar import FieldArrays
from .terms import add_terms

try:  # ISA-L's deflate: about two and a half times zlib's speed on index blocks
    from isal import isal_zlib as _isal
except ImportError:  # optional: plain zlib then
    _isal = None

_PICKLE_LIST = b"\x80\x02]q\x00"  # protocol 2, a new empty list, memoised
# Pickle writes list items in batches of 1,000; longer lists take the slow path.
_BATCH = 1000
_MARK, _APPENDS, _APPEND, _STOP = b"(ea."
_TERMINFO = np.dtype([("flags", "u1"), ("weight", ">f4"), ("df", ">u4"), ("minlen", "u1"),
                      ("maxlen", "u1"), ("maxweight", ">f4"), ("minid", ">u4"),
                      ("maxid", ">u4"), ("offset", ">i8"), ("length", ">i4")])
_CACHE = np.asarray(_length_byte_cache, dtype=np.int64)
# The byte of each length below the last cached one (as a left binary search of _CACHE
# gives it): a look-up per length, not a search of eight steps or so.
_BYTE_OF = np.repeat(np.arange(256, dtype=np.int64), np.diff(_CACHE, prepend=-1))
# zlib window for compressed blocks. Whoosh uses the default 32 KiB window; a
# block is at most a few KiB. In a fresh process setting up the big window was
# most of the cost of compressing one (about three times the time at wbits
# 10); inside a long flush the two measured the same within noise (session 5),
# so this only guards the first blocks. Sizes agree within 1 %.
# zlib.decompress reads either. Tests set 15 to compare bytes with Whoosh's
# own writer.
ZLIB_WBITS = 10
# zlib's memory level: each stream first clears a 2 ** (level + 8)-byte hash
# table, 64 KiB at the default 8, more work than a small block's compression.
# 4 took a tenth off compressing Reuters' blocks (0.1 % larger). Tests set 8.
ZLIB_MEMLEVEL = 4
# Blocks whose data pickle is smaller stay uncompressed (the block says so, and
# Whoosh's reader honours it). Whoosh starts at COMPRESSION_MIN_SIZE (80 bytes),
# but from 80 to 150 bytes zlib saves a tenth and costs a quarter of the time
# spent compressing Reuters' blocks (0.5 % larger index). From 150 to 300 bytes
# (a third of the blocks left) ISA-L's fixed cost per call, building the Huffman
# tables, is most of the work: 23 % of the compressing instructions, 3 % of a
# worker's outside extraction, for 1.5 % of the index (session 20); from 300 to 500
# bytes, 2.5 % of the writer's instructions for 1.5 % of the index (session 24).
# Tests set 80.
COMPRESS_FROM = 500
# Compressed blocks whose data pickle is smaller are coded at ISA-L's level 0, with its
# prebuilt Huffman tables (as stored fields are, fastwriter.STORED_ISAL_LEVEL): at level
# 1, building a block's own tables (about 60,000 instructions) is most of the work up to
# a few KiB. Blocks of 500 bytes to 2 KiB at level 0: the writer runs 3.4 % fewer
# instructions for a 2 % larger index on Reuters (session 24). No effect without ISA-L.
FIXED_TABLES_UNDER = 2048


class _Numbers(dict):
    """Token -> term number, numbered in first-seen order on first sight."""

    __slots__ = ()

    def __missing__(self, token: str | bytes) -> int:
        number = self[token] = len(self)
        return number


# What a field length counts (see ``fastwriter.GroupedSegmentWriter._plan``): nothing
# (a field not scored), distinct terms (a field without term frequencies), or tokens.
NOT_COUNTED, DISTINCT, TOKENS = range(3)


class TokenColumn:
    """One field's tokens (text, or a number field's term bytes) for every document
    of a segment, in document order, as term numbers. The segment writer appends a
    document's numbers (keys of ``numbers``) to ``terms``, its number to ``docs`` and
    their count to ``counts`` (see ``fastwriter.GroupedSegmentWriter.add_document``)."""

    __slots__ = ("terms", "numbers", "docs", "counts", "counted", "distinct")

    def __init__(self, counted: int = TOKENS) -> None:
        # Each distinct token once (its number is its rank in first-seen order),
        # and 4 bytes per token: a task's tokens are kept until the flush, and
        # numbering them now spares the flush a dict look-up per token.
        self.numbers = _Numbers()
        # Unsigned: array's signed types convert each item with PyArg_Parse, several
        # times the work of the unsigned types' plain conversion.
        self.terms = array("I")
        self.docs = array("I")
        self.counts = array("I")
        self.counted = counted  # what a field length counts
        # Each document's count of distinct terms, in a DISTINCT column only: a TOKENS
        # column's lengths are its counts, so the flush reads them all at once.
        self.distinct = array("I")

    def field_lengths(self) -> tuple[np.ndarray, np.ndarray]:
        """The documents given a field length (none when it is not counted), and the
        length of each."""
        docs = np.frombuffer(self.docs, np.uint32).astype(np.int64)
        if self.counted == NOT_COUNTED:
            return docs[:0], docs[:0]
        lengths = self.distinct if self.counted == DISTINCT else self.counts
        return docs, np.frombuffer(lengths, np.uint32).astype(np.int64)


def length_bytes(lengths: np.ndarray) -> np.ndarray:
    """``whoosh.util.numeric.length_to_byte`` for an array of lengths (0 for none)."""
    return np.where(lengths >= len(_BYTE_OF), 255, _BYTE_OF[np.minimum(lengths, len(_BYTE_OF) - 1)])


def _high_bytes(v: np.ndarray) -> np.ndarray:
    """How many of each value's four little-endian bytes are 0x80 or above; for the
    ints of a pickle, the count in its pickled bytes (small ints have zero high bytes)."""
    return np.bitwise_count(np.asarray(v).astype(np.uint32) & 0x80808080).astype(np.int64)


def _positions_buffer(counts: np.ndarray, deltas: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Encoded position lists end to end, with each one's start and end, and its
    count of bytes from 0x80 (see :class:`pickles.Strings`); lists past pickle's
    batch of 1,000 items are left wrong (see :func:`positions_values`)."""
    n = counts.astype(np.int64)
    starts = np.cumsum(n) - n
    d = deltas.astype(np.int64)
    size = pickles.int_sizes(d)
    multi = n > 1
    prefix = 9 + multi  # count, pickle header, MARK
    before = np.cumsum(size) - size  # item bytes before each item, whole field
    plen = prefix + np.add.reduceat(size, starts) + 2
    pend = np.cumsum(plen)
    pstart = pend - plen
    buf = np.zeros(int(pend[-1]), np.uint8)
    pickles.put_rows(buf, pstart, _be4(n))
    pickles.put_rows(buf, pstart + 4, np.frombuffer(_PICKLE_LIST, np.uint8))
    buf[pstart[multi] + 9] = _MARK
    pickles.put_ints(buf, np.repeat(pstart + prefix - before[starts], n) + before, d, size)
    buf[pend - 2] = np.where(multi, _APPENDS, _APPEND)
    buf[pend - 1] = _STOP
    # The protocol byte 0x80, the count's bytes, the items' bytes.
    high = 1 + _high_bytes(n) + np.add.reduceat(_high_bytes(d), starts)
    return buf, pstart, pend, high


def positions_values(counts: np.ndarray, deltas: np.ndarray) -> list[bytes]:
    """Encoded position lists of many postings at once, as ``formats.Positions.encode``
    gives them: ``counts[i]`` positions of posting ``i``, delta-coded, follow one
    another in ``deltas``."""
    if len(counts) == 0:
        return []
    buf, pstart, pend, _ = _positions_buffer(counts, deltas)
    raw = buf.tobytes()
    out = [raw[a:b] for a, b in zip(pstart.tolist(), pend.tolist(), strict=True)]
    n = counts.astype(np.int64)
    starts = np.cumsum(n) - n
    for i in np.flatnonzero(n > _BATCH).tolist():
        s = int(starts[i])
        out[i] = pack_uint(int(n[i])) + dumps(deltas[s:s + int(n[i])].tolist(), 2)
    return out


def position_strings(counts: np.ndarray, deltas: np.ndarray) -> pickles.Strings:
    """The encoded position lists of :func:`positions_values`, end to end in one array."""
    if int(counts.max()) <= _BATCH:
        return pickles.Strings(*_positions_buffer(counts, deltas))
    values = positions_values(counts, deltas)
    lengths = np.fromiter(map(len, values), np.int64, len(values))
    pend = np.cumsum(lengths)
    return pickles.Strings(np.frombuffer(b"".join(values), np.uint8), pend - lengths, pend)


def write_field(fw: Any, column: TokenColumn, fmt: formats.Format, doccount: int,
                share_singles: bool = True, keep: bool = False) -> FieldArrays | None:
    """Write the terms and postings of ``column`` (consuming it) as Whoosh's W3 field writer does.

    ``fw`` is a started ``W3FieldWriter`` (``start_field`` called, ``finish_field``
    left to the caller). With ``keep``, also returns the postings as arrays (for
    the segment's side file, :mod:`.sidecar`).
    """
    if not column.terms:
        return None
    kind = type(fmt)
    fb = fmt.field_boost
    pw = fw._postwriter
    limit, compression = pw._blocklimit, pw._compression

    # 1. Term numbers are in first-seen order (the keys of ``numbers``); their sorted ranks.
    first_seen = list(column.numbers)
    order = sorted(range(len(first_seen)), key=first_seen.__getitem__)
    # 32-bit arrays: a task's fields hold a few million tokens, and peak
    # memory at the flush is a handful of arrays of that length.
    rank = np.empty(len(first_seen), np.int32)
    rank[np.asarray(order, np.int64)] = np.arange(len(first_seen), dtype=np.int32)
    term_of_token = rank[np.frombuffer(column.terms, np.uint32)]
    ntokens = len(term_of_token)
    column.terms = array("I")  # consumed: the strings live on in first_seen
    column.numbers = _Numbers()

    # 2. Postings: runs of equal (term, document) after a stable sort by term.
    counts = np.frombuffer(column.counts, np.uint32).astype(np.int64)
    doc_of_token = np.repeat(np.frombuffer(column.docs, np.uint32).astype(np.int32), counts)
    # NumPy's stable sort is a radix sort for 16-bit keys (five times faster here).
    perm = np.argsort(term_of_token.astype(np.uint16) if len(first_seen) <= 1 << 16
                      else term_of_token, kind="stable")
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
    del t_sorted, d_sorted, edge  # token-length arrays: freed before the blocks are laid out

    strings: pickles.Strings | None = None
    if kind is formats.Positions:
        first_of_doc = (np.cumsum(counts) - counts).astype(np.int32)
        p_sorted = (np.arange(ntokens, dtype=np.int32) - np.repeat(first_of_doc, counts))[perm]
        deltas = p_sorted.copy()
        deltas[1:] -= p_sorted[:-1]
        deltas[pstart] = p_sorted[pstart]
    elif kind is formats.Existence:
        freq = np.ones(npost, np.int64)

    del perm

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
    counted_docs, counted = column.field_lengths()
    lengths[counted_docs] = _CACHE[length_bytes(counted)]  # as read back from its length byte
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

    # 5. The blocks' pickles, laid out for the whole field at once.
    lay = pickles.Layout(bstart, npost)
    if kind is formats.Positions:
        vkind = 2
        same = _same_singles(lay.pblock, freq, p_sorted[pstart]) if share_singles else None
        if same is None:
            strings = position_strings(freq, deltas)
        else:  # a repeated single is a back-reference: only the others are encoded
            own = same < 0
            strings = position_strings(freq[own], deltas[np.repeat(own, freq)])
        del deltas
    elif kind is formats.Frequency:
        vkind, same = 1, None
        strings = pickles.Strings(freq.astype(">u4").view(np.uint8), 4 * bstart, 4 * bend)
    else:
        vkind, same = 0, None
    wkind = np.where((w32max == 1.0) & (w32min == 1.0), 0, np.where(w32max == w32min, 1, 2))
    blocks = pickles.Blocks(delta_ids.astype(np.int64), wkind, w32max, weight, vkind,
                            strings, same)
    last = pdoc[bend - 1].astype(np.int64)
    pickles.check_ints(last, blocks.ids)
    first_block = np.zeros(len(bstart), bool)
    first_block[tblock] = True
    last_block = np.append(first_block[1:], True)
    lay.pieces([WHOOSH3_HEADER_MAGIC], np.flatnonzero(first_block))
    size_at = lay.reserve(4)
    comp = np.full(len(bstart), compression, np.int64)
    head = pickles.add_head(lay, last, wmax, comp, bmin_byte.astype(np.int64),
                            bmax_byte.astype(np.int64))
    data = pickles.add_data(lay, blocks)
    comp[(lay.cur - data < COMPRESS_FROM) | (compression == 0)] = 0
    out, base = lay.build()
    size = lay.cur - head
    pickles.put_rows(out, base + size_at, _be4(np.where(last_block, -size, size)))
    postfile = fw._postfile
    offset = postfile.tell()
    growth = _write_compressed(postfile, out, base, size_at, head, data, lay.cur, comp,
                               last_block)
    ends = np.cumsum(lay.cur + growth)  # where each block ends in the postings written
    starts = np.append(0, ends[tblock[1:] - 1])  # where each term starts
    info["offset"] = offset + starts
    info["length"] = np.append(starts[1:], ends[-1]) - starts
    prefix = pack_ushort(fw._fieldid)
    # Text tokens are keyed by their UTF-8 bytes (which sort as the text does);
    # number fields give their terms as bytes already.
    if nterms < len(order):  # numbered tokens no document kept (see TokenColumn)
        order = np.asarray(order, np.int64)[pterm[tfirst]].tolist()
    terms = list(map(first_seen.__getitem__, order))
    if set(map(type, terms)) == {str}:
        encoded = list(map(str.encode, terms))
    else:
        encoded = [t if isinstance(t, bytes) else t.encode("utf-8") for t in terms]
    add_terms(fw._tindex, list(map(prefix.__add__, encoded)), info.tobytes(),
               _TERMINFO.itemsize)
    if not keep:
        return None
    arrays = FieldArrays(encoded, np.append(tfirst, npost), pdoc, weight)
    if kind is formats.Positions:
        arrays.positions = p_sorted
        arrays.position_starts = np.append(pstart, ntokens)
    return arrays


def _be4(v: np.ndarray) -> np.ndarray:
    """Each value as ``pack_int`` (4 bytes, big-endian, signed) gives it, one row each."""
    return np.asarray(v, ">i4").view(np.uint8).reshape(-1, 4)


def _same_singles(pblock: np.ndarray, freq: np.ndarray, first: np.ndarray) -> np.ndarray:
    """For each posting, the earlier posting of its block with the same single position,
    or -1. One-position lists are shared within a block, as if one bytes object
    per position were reused: pickle then writes a back-reference."""
    same = np.full(len(freq), -1, np.int64)
    one = np.flatnonzero(freq == 1)
    key = pblock[one].astype(np.int64) * (int(first.max()) + 1) + first[one]
    order = np.argsort(key, kind="stable")
    ks = key[order]
    new = np.append(True, ks[1:] != ks[:-1])
    leader = one[order][np.maximum.accumulate(np.where(new, np.arange(len(ks)), 0))]
    same[one[order]] = np.where(new, -1, leader)
    return same


def _write_compressed(postfile: Any, out: np.ndarray, base: np.ndarray, size_at: np.ndarray,
                      head: np.ndarray, data: np.ndarray, end: np.ndarray, comp: np.ndarray,
                      last_block: np.ndarray) -> np.ndarray:
    """Write the block records ``out`` (starting at ``base``; the other offsets are
    within each record), compressing the data of the blocks with a ``comp`` level
    and fixing their size fields; returns how much each block grew."""
    growth = np.zeros(len(base), np.int64)
    zipped = np.flatnonzero(comp)
    view = memoryview(out)
    if not len(zipped):
        postfile.write(out.tobytes())
        return growth
    level = int(comp[zipped[0]])
    d = (base + data)[zipped]
    e = (base + end)[zipped]
    wbits, memlevel = ZLIB_WBITS, ZLIB_MEMLEVEL
    isal_levels = np.where(e - d < FIXED_TABLES_UNDER, 0, ISAL_LEVEL).tolist()
    packed = [deflate(view[a:b], level, wbits, memlevel, isal_level)
              for a, b, isal_level in zip(d.tolist(), e.tolist(), isal_levels, strict=True)]
    plen = np.fromiter(map(len, packed), np.int64, len(packed))
    size = d - (base + head)[zipped] + plen
    pickles.put_rows(out, (base + size_at)[zipped], _be4(np.where(last_block[zipped], -size, size)))
    # Everything up to each compressed block's data, then the compressed data: bytes,
    # not views, which the garbage collector would have to track.
    raw = out.tobytes()
    chunks: list[bytes] = [b""] * (2 * len(zipped))
    chunks[0::2] = [raw[a:b] for a, b in zip([0, *e[:-1].tolist()], d.tolist(), strict=True)]
    chunks[1::2] = packed
    chunks.append(raw[int(e[-1]):])
    del raw  # the chunks are copies: peak memory is the records, the chunks, the join
    postfile.write(b"".join(chunks))
    growth[zipped] = plen - (e - d)
    return growth


# ISA-L level used in place of zlib's 1-3: on Reuters its blocks are 5 % larger than
# zlib's at 3 and its stored fields the same, at 40 % of the time.
ISAL_LEVEL = 1


def deflate(data: bytes | memoryview, level: int, wbits: int, memlevel: int,
            isal_level: int = ISAL_LEVEL) -> bytes:
    """``zlib.compress(data, level, wbits)`` with zlib's memory level ``memlevel``, or
    the same stream format from ISA-L (at ``isal_level``) when it is installed and
    ``memlevel`` is not zlib's default (tests ask for the default to get the very bytes
    of Whoosh's writer). ``zlib.decompress`` reads all of them."""
    if memlevel == zlib.DEF_MEM_LEVEL:  # the very bytes of zlib.compress
        return zlib.compress(data, level, wbits)
    if _isal is not None and 0 < level <= 3:
        return _isal.compress(data, isal_level, wbits)
    stream = zlib.compressobj(level, zlib.DEFLATED, wbits, memlevel)
    return stream.compress(data) + stream.flush()
