"""The bytes ``pickle.dumps(x, 2)`` gives for many small tuples at once, built with NumPy.

Whoosh's W3 posting format stores each block as two protocol-2 pickles: the
block's data ``(ids, weights, values)`` and its statistics ``(count, last id,
max weight, compression, min length byte, max length byte)``. Most terms are
rare, so a field has tens of thousands of one-posting blocks, and a
``pickle.dumps`` call per block was most of a segment flush. Here the bytes of
every block of a field are laid out in one buffer with array passes.

What CPython's C pickler emits at protocol 2 for the values used here:

* int ``0 <= v < 256``: ``K`` b; ``v < 65536``: ``M`` + 2 bytes LE; other
  32-bit values: ``J`` + 4 bytes LE (two's complement);
* float: ``G`` + 8 bytes IEEE big-endian; ``None``: ``N``;
* tuple of 1-3 items: the items, then ``TUPLE1..3`` (0x85..0x87); longer:
  ``(`` (MARK), the items, ``t``; then the tuple is memoised: ``q`` + 1 byte
  index, or ``r`` + 4 bytes LE from index 256 on;
* bytes (protocol 2 has no bytes opcode): a reduce, ``_codecs.encode(s,
  "latin1")`` with ``s`` the bytes read as Latin-1, written as UTF-8 after
  ``X`` + 4-byte LE length. The function, the interned ``"latin1"``, the string,
  the argument tuple and the result are memoised; later bytes in the same
  pickle fetch the function and ``"latin1"`` back (``h`` + index), and the very
  same bytes object again is one fetch of the first result.

Supported domain (:func:`check_ints` checks the ints): ints in
``-2**31..2**31-1``, any floats, byte strings of at least two bytes (a one-byte
string decodes to a shared one-character ``str``, which pickle would fetch
back, so it is left out), tuples of one item or more.
``tests/test_blocks.py`` compares with ``pickle.dumps`` on random values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

_GLOBAL = b"c_codecs\nencode\n"
_LATIN1 = b"X\x06\x00\x00\x00latin1"
_TUPLE2, _TUPLE3 = b"\x86", b"\x87"
_PUT, _LONG_PUT, _GET, _LONG_GET = b"qrhj"
_K, _M, _J = b"KMJ"
INT_MIN, INT_MAX = -(2**31), 2**31 - 1

Writer = Callable[[np.ndarray, np.ndarray], None]
# Constant bytes; a row of bytes per offset (2-D uint8); a memo put or get per offset.
Piece = bytes | np.ndarray | tuple[np.ndarray, bool]


def int_sizes(v: np.ndarray) -> np.ndarray:
    """Pickled size of each int (opcode included)."""
    # Read as unsigned, a negative int is huge: two compares, not four and two selects.
    u = v.view(np.uint64) if v.dtype == np.int64 else v.astype(np.uint64)
    return ((u >= 256).view(np.int8) + (u >= 65536).view(np.int8) * np.int8(2)).astype(np.int64) + 2


def _rows(buf: np.ndarray, width: int) -> np.ndarray:
    """``buf`` as items of ``width`` bytes, item ``i`` from byte ``i`` on: a row read or
    written at a time as one item, much faster than one index per byte."""
    return np.ndarray((len(buf) - width + 1,), f"V{width}", buf, strides=(1,))


def put_rows(out: np.ndarray, at: np.ndarray, rows: np.ndarray) -> None:
    """Write row ``i`` of ``rows`` (or the one row) at ``at[i]`` (see :func:`_rows`)."""
    width = rows.shape[-1]
    if len(at):
        _rows(out, width)[at] = np.ascontiguousarray(rows).view(f"V{width}").reshape(-1)


def _le4(v: np.ndarray) -> np.ndarray:
    """Each value's four bytes, little-endian two's complement."""
    return np.asarray(v, "<i4").view(np.uint8).reshape(-1, 4)


def _be8(v: np.ndarray) -> np.ndarray:
    """Each float's eight bytes, as BINFLOAT has them."""
    return np.asarray(v, ">f8").view(np.uint8).reshape(-1, 8)


def put_ints(out: np.ndarray, at: np.ndarray, v: np.ndarray,
             size: np.ndarray | None = None) -> None:
    """Write ints ``v`` (in the 32-bit range, of pickled sizes ``size``) at offsets ``at``."""
    size = int_sizes(v) if size is None else size
    for width, op in ((2, _K), (3, _M), (5, _J)):
        sel = np.flatnonzero(size == width)
        if len(sel):
            a, x = at[sel], v[sel]
            if width == 5:
                put_rows(out, a, np.hstack([np.full((len(a), 1), op, np.uint8), _le4(x)]))
                continue
            out[a] = op  # byte by byte (little-endian): cheaper than a row copy per item
            for k in range(1, width):
                out[a + k] = x >> 8 * (k - 1) & 255


def _width(p: Piece, wide: int) -> int:
    if isinstance(p, tuple):
        return 5 if wide else 2
    return p.shape[1] if isinstance(p, np.ndarray) else len(p)


def piece_sizes(pieces: list[Piece], n: int) -> np.ndarray:
    """Size of the pieces together at each of ``n`` offsets."""
    size = np.zeros(n, np.int64)
    for p in pieces:
        size += np.where(p[0] < 256, 2, 5) if isinstance(p, tuple) else _width(p, 0)
    return size


def put_pieces(out: np.ndarray, at: np.ndarray, pieces: list[Piece]) -> np.ndarray:
    """Write at each offset the pieces one after the other; returns the offsets after them.

    Offsets whose memo opcodes have the same sizes are written together, a row at a time.
    """
    pattern = np.zeros(len(at), np.int64)
    for k, p in enumerate(p for p in pieces if isinstance(p, tuple)):
        wide = p[0] >= 256
        if wide.any():
            pattern |= wide.astype(np.int64) << k
    end = at.copy()
    keys = np.flatnonzero(np.bincount(pattern, minlength=1)).tolist()
    for key in keys:
        # One pattern (the usual case): slices, not copies.
        sel = np.flatnonzero(pattern == key) if len(keys) > 1 else slice(None)
        widths, k = [], 0
        for p in pieces:
            widths.append(_width(p, key >> k & 1))
            k += isinstance(p, tuple)
        rows = np.empty((len(at[sel]), sum(widths)), np.uint8)
        col = 0
        for p, w in zip(pieces, widths, strict=True):
            if isinstance(p, bytes):
                rows[:, col:col + w] = np.frombuffer(p, np.uint8)
            elif isinstance(p, np.ndarray):
                rows[:, col:col + w] = p[sel]
            else:
                rows[:, col] = ((_LONG_GET if p[1] else _LONG_PUT) if w == 5
                                else (_GET if p[1] else _PUT))
                rows[:, col + 1:col + w] = _le4(p[0][sel])[:, :w - 1]
            col += w
        put_rows(out, at[sel], rows)
        end[sel] += col
    return end


class Strings:
    """Byte strings in ``src``, string ``i`` being ``src[start[i]:end[i]]`` (increasing,
    disjoint, none empty). Pickle writes them as Latin-1 text in UTF-8, made once for all."""

    def __init__(self, src: np.ndarray, start: np.ndarray, end: np.ndarray,
                 high: np.ndarray | None = None) -> None:
        """``high``, if given: each string's count of bytes from 0x80 (two bytes each in
        UTF-8), for strings that follow one another from the start of ``src``."""
        self.src, self.start, self.end = src, start, end
        self._high = high
        self._utf8: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def _encoded(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._utf8 is None:
            src = self.src
            # The codec pair is one C pass; the ends move by the two-byte characters before.
            text = np.frombuffer(src.tobytes().decode("latin-1").encode("utf-8"), np.uint8)
            if self._high is not None:  # no pass over every byte for the offsets
                size = self.end - self.start + self._high
                ustart = np.cumsum(size) - size
                self._utf8 = text, ustart, size
                return self._utf8
            high = np.zeros(len(src) + 1, np.int32)  # two-byte characters before each byte
            np.cumsum(src >= 0x80, dtype=np.int32, out=high[1:])
            ustart = self.start + high[self.start]
            uend = self.end + high[self.end]
            self._utf8 = text, ustart, uend - ustart
        return self._utf8

    def utf8_sizes(self) -> np.ndarray:
        """Length of each string read as Latin-1 and written as UTF-8."""
        return self._encoded()[2]

    def put_utf8(self, out: np.ndarray, at: np.ndarray) -> None:
        """Write the strings as UTF-8 at increasing offsets ``at``."""
        put_spans(out, at, *self._encoded())


def put_spans(out: np.ndarray, at: np.ndarray, src: np.ndarray, start: np.ndarray,
              size: np.ndarray) -> None:
    """Copy ``src[start[i]:start[i] + size[i]]`` to ``out`` at ``at[i]`` for each ``i``: spans
    of one length as rows (a mask over all of ``out`` cost more), longer ones one by one."""
    key = np.minimum(size, 257).astype(np.uint16)
    order, counts = np.argsort(key, kind="stable"), np.bincount(key)  # a radix sort
    ends = np.cumsum(counts).tolist()
    for width in (np.flatnonzero(counts[1:]) + 1).tolist():  # no empty span
        sel = order[ends[width] - int(counts[width]):ends[width]]
        if width <= 256:
            _rows(out, width)[at[sel]] = _rows(src, width)[start[sel]]
            continue
        for a, b, n in zip(at[sel].tolist(), start[sel].tolist(), size[sel].tolist(), strict=True):
            out[a:a + n] = src[b:b + n]


class Layout:
    """One byte record per block, laid out piece by piece; bytes written at the end.

    Each piece reserves room after the previous one in the blocks it is given
    (all blocks by default); :meth:`build` then places the records end to end
    and runs the writers at their final offsets.
    """

    def __init__(self, bstart: np.ndarray, npost: int) -> None:
        self.count = np.diff(np.append(bstart, npost))
        self.bstart = bstart
        self.all = np.arange(len(bstart))
        self.pblock = np.repeat(self.all, self.count)  # each posting's block
        self.cur = np.zeros(len(bstart), np.int64)
        self._writes: list[tuple[np.ndarray, np.ndarray, Writer]] = []

    def reserve(self, size: np.ndarray | int, where: np.ndarray | None = None,
                write: Writer | None = None) -> np.ndarray:
        """Reserve ``size`` bytes in blocks ``where``; returns their offsets in the record."""
        if where is None:  # all blocks: no index
            rel = self.cur.copy()
            self.cur += size
        else:
            rel = self.cur[where]
            self.cur[where] += size
        if write is not None:
            self._writes.append((self.all if where is None else where, rel, write))
        return rel

    def pieces(self, pieces: list[Piece], where: np.ndarray | None = None) -> np.ndarray:
        """Pieces (see :func:`put_pieces`) in each block; returns their offsets."""
        n = len(self.all if where is None else where)
        return self.reserve(piece_sizes(pieces, n), where,
                            lambda out, at: put_pieces(out, at, pieces))

    def ints(self, v: np.ndarray, where: np.ndarray | None = None) -> None:
        """One int per block."""
        self.reserve(size := int_sizes(v), where, lambda out, at: put_ints(out, at, v, size))

    def items(self, size: np.ndarray, write: Writer) -> np.ndarray:
        """One piece per posting (``size`` 0 to skip one), in posting order within each block."""
        before = np.cumsum(size) - size
        rel = self.spread(self.cur - before[self.bstart]) + before
        self.cur += np.add.reduceat(size, self.bstart) if len(size) else 0
        self._writes.append((self.pblock, rel, write))
        return rel

    def build(self) -> tuple[np.ndarray, np.ndarray]:
        """The records end to end, and each one's start offset."""
        ends = np.cumsum(self.cur)
        base = ends - self.cur
        out = np.zeros(int(ends[-1]) if len(ends) else 0, np.uint8)
        for blocks, rel, write in self._writes:
            write(out, rel + (base if blocks is self.all else self.spread(base)
                              if blocks is self.pblock else base[blocks]))
        return out, base

    def spread(self, v: np.ndarray) -> np.ndarray:
        """``v[self.pblock]``, each posting's value of its block: a repeat, not an index."""
        return np.repeat(v, self.count)


@dataclass
class Blocks:
    """What goes into each block's data pickle ``(ids, weights, values)``.

    ``wkind`` per block: 0 ``None``, 1 the float ``wfixed``, 2 the tuple of the
    postings' ``weights``. ``vkind`` for the whole field: 0 ``None``, 1 one byte
    string per block (``values``, one string per block), 2 a tuple of one byte
    string per posting, where a posting with ``same[i] >= 0`` has the very same
    object as the earlier posting ``same[i]`` of its block; ``values`` then holds
    the strings of the other postings only (``same[i] < 0``), in posting order.
    """

    ids: np.ndarray
    wkind: np.ndarray
    wfixed: np.ndarray
    weights: np.ndarray
    vkind: int
    values: Strings | None = None
    same: np.ndarray | None = None


def _tuple_open(lay: Layout) -> None:
    """MARK for the blocks whose per-posting tuple is longer than three."""
    lay.pieces([b"("], np.flatnonzero(lay.count > 3))


def _tuple_close(lay: Layout, where: np.ndarray | None, memo: np.ndarray | int) -> None:
    """TUPLE (or TUPLE1-3) and its memo put for the blocks ``where``."""
    count = lay.count if where is None else lay.count[where]
    op = np.where(count > 3, ord("t"), 0x84 + np.minimum(count, 3)).astype(np.uint8)
    memo = np.broadcast_to(np.asarray(memo, np.int64), (len(count),)).copy()
    lay.pieces([op[:, None], (memo, False)], where)


def add_data(lay: Layout, b: Blocks) -> np.ndarray:
    """Lay out each block's data pickle; returns its start offset in the record."""
    start = lay.pieces([b"\x80\x02"])
    _tuple_open(lay)
    lay.items(size := int_sizes(b.ids), lambda out, at: put_ints(out, at, b.ids, size))
    _tuple_close(lay, None, 0)
    memo = np.ones(len(lay.all), np.int64)  # next memo index, per block
    lay.pieces([b"N"], np.flatnonzero(b.wkind == 0))
    fixed = np.flatnonzero(b.wkind == 1)
    lay.pieces([b"G", _be8(b.wfixed[fixed])], fixed)
    listed = np.flatnonzero(b.wkind == 2)
    lay.pieces([b"("], listed[lay.count[listed] > 3])
    in_list = lay.spread(b.wkind == 2)
    floats: list[Piece] = [b"G", _be8(b.weights[in_list])]
    lay.items(np.where(in_list, 9, 0), lambda out, at: put_pieces(out, at[in_list], floats))
    _tuple_close(lay, listed, 1)
    memo[listed] += 1
    if b.vkind == 0:
        lay.pieces([b"N"])
    elif b.vkind == 1:
        memo = _one_string(lay, b.values, memo)
    else:
        memo = _string_tuple(lay, b.values, b.same, memo)
    lay.pieces([_TUPLE3, (memo, False), b"."])
    return start


Fresh = list[tuple[np.ndarray, list[Piece], list[Piece]]]


def _fresh(strings: Strings, first: np.ndarray, memo: np.ndarray, m0: np.ndarray) -> Fresh:
    """Pieces before and after the text of each of ``strings``, new to its pickle: memo
    entries from ``memo``; the ``first`` of a pickle puts the GLOBAL and "latin1", the
    others get them back from ``m0`` and ``m0 + 2``."""
    u = _le4(strings.utf8_sizes())
    f, o = np.flatnonzero(first), np.flatnonzero(~first)
    mf, mo = memo[f], memo[o]
    return [(f, [_GLOBAL, (mf, False), b"X", u[f]],
             [(mf + 1, False), _LATIN1, (mf + 2, False), _TUPLE2, (mf + 3, False), b"R",
              (mf + 4, False)]),
            (o, [(m0[o], True), b"X", u[o]],
             [(mo, False), (m0[o] + 2, True), _TUPLE2, (mo + 1, False), b"R",
              (mo + 2, False)])]


def _fresh_sizes(strings: Strings, fresh: Fresh) -> np.ndarray:
    size = strings.utf8_sizes().copy()
    for sel, before, after in fresh:
        size[sel] += piece_sizes(before, len(sel)) + piece_sizes(after, len(sel))
    return size


def _put_fresh(out: np.ndarray, at: np.ndarray, strings: Strings, fresh: Fresh) -> None:
    cur = np.empty_like(at)
    for sel, before, _ in fresh:
        cur[sel] = put_pieces(out, at[sel], before)
    strings.put_utf8(out, cur)
    cur += strings.utf8_sizes()
    for sel, _, after in fresh:
        put_pieces(out, cur[sel], after)


def _one_string(lay: Layout, strings: Strings, memo: np.ndarray) -> np.ndarray:
    """One byte string per block; returns the next memo index."""
    fresh = _fresh(strings, np.ones(len(lay.all), bool), memo, memo)
    lay.reserve(_fresh_sizes(strings, fresh), None,
                lambda out, at: _put_fresh(out, at, strings, fresh))
    return memo + 5


def _string_tuple(lay: Layout, strings: Strings, same: np.ndarray | None,
                  memo: np.ndarray) -> np.ndarray:
    """A tuple of one byte string per posting; returns the next memo index."""
    _tuple_open(lay)
    npost = len(lay.pblock)
    first = np.zeros(npost, bool)
    first[lay.bstart] = True
    repeat = np.zeros(npost, bool) if same is None else same >= 0
    entries = np.where(first, 5, np.where(repeat, 0, 3))
    before = np.cumsum(entries) - entries
    m0 = lay.spread(memo)
    mstart = m0 + before - lay.spread(before[lay.bstart])  # memo index at each string
    result = mstart + np.where(first, 4, 2)  # memo index of the REDUCE result
    new, rep = np.flatnonzero(~repeat), np.flatnonzero(repeat)
    again: list[Piece] = [(result[same[rep]] if same is not None else rep, True)]
    # ``strings`` holds the strings of the postings ``new`` (see Blocks).
    fresh = _fresh(strings, first[new], mstart[new], m0[new])
    size = np.zeros(npost, np.int64)
    size[new] = _fresh_sizes(strings, fresh)
    size[rep] = piece_sizes(again, len(rep))

    def write(out: np.ndarray, at: np.ndarray) -> None:
        _put_fresh(out, at[new], strings, fresh)
        put_pieces(out, at[rep], again)

    lay.items(size, write)
    end = memo + np.add.reduceat(entries, lay.bstart)
    _tuple_close(lay, None, end)
    return end + 1


def add_head(lay: Layout, last: np.ndarray, maxw: np.ndarray, comp: np.ndarray,
             minb: np.ndarray, maxb: np.ndarray) -> np.ndarray:
    """Lay out each block's statistics pickle ``(count, last, maxw, comp, minb, maxb)``;
    returns its start offset in the record.

    ``comp`` is read when the bytes are written, so the caller may set it in place
    once the data sizes are known, to values of the same pickled size.
    """
    start = lay.pieces([b"\x80\x02("])
    lay.ints(lay.count)
    lay.ints(last)
    lay.pieces([b"G", _be8(maxw)])
    sizes = int_sizes(comp)
    lay.reserve(sizes, None, lambda out, at: put_ints(out, at, _checked(comp, sizes)))
    lay.ints(minb)
    lay.ints(maxb)
    lay.pieces([b"tq\x00."])
    return start


def _checked(v: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    if not np.array_equal(int_sizes(v), sizes):
        raise ValueError("a value changed its pickled size after layout")
    return v


def check_ints(*arrays: np.ndarray) -> None:
    """Raise ValueError unless every value fits pickle's 4-byte ints (the supported domain)."""
    for a in arrays:
        if len(a) and (int(a.min()) < INT_MIN or int(a.max()) > INT_MAX):
            raise ValueError("integer outside the 32-bit range")
