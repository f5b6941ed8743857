"""Bulk posting encoding must give the bytes Whoosh's own encoders give."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields, formats
from whoosh.filedb.filestore import FileStorage
from whoosh.util.numeric import length_to_byte

from newsearch.engine import blocks, pickles, terms
from newsearch.engine.fastwriter import GroupedSegmentWriter

_position_lists = st.lists(
    st.lists(st.integers(0, 200_000), min_size=1, max_size=40, unique=True).map(sorted),
    min_size=1, max_size=30)


def _flat(poslists: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    counts = np.array([len(p) for p in poslists])
    deltas = np.concatenate([np.diff(np.array(p), prepend=0) for p in poslists])
    return counts, deltas


@settings(max_examples=200, deadline=None)
@given(_position_lists)
def test_positions_values_match_whoosh_encoding(poslists: list[list[int]]) -> None:
    counts, deltas = _flat(poslists)
    expected = [formats.Positions().encode(p) for p in poslists]
    assert blocks.positions_values(counts, deltas) == expected


def test_long_position_lists_match_whoosh_encoding() -> None:
    # Pickle writes list items in batches of 1,000: 1,001 items end with a lone APPEND.
    poslists = [list(range(0, 3003, 3)), [5], list(range(70_000, 72_000))]
    counts, deltas = _flat(poslists)
    expected = [formats.Positions().encode(p) for p in poslists]
    assert blocks.positions_values(counts, deltas) == expected


def test_position_strings_are_the_encoded_lists_end_to_end() -> None:
    poslists = [[7], list(range(0, 3003, 3)), [1, 2, 300, 70_000]]  # one past a batch
    counts, deltas = _flat(poslists)
    strings = blocks.position_strings(counts, deltas)
    raw = strings.src.tobytes()
    assert [raw[a:b] for a, b in zip(strings.start.tolist(), strings.end.tolist(),
                                     strict=True)] == [formats.Positions().encode(p)
                                                       for p in poslists]


def test_same_singles_point_back_within_a_block_only() -> None:
    # Blocks [0, 1, 2, 3] and [4, 5]; postings 0, 2, 3 and 5 hold the single position 7.
    pblock = np.array([0, 0, 0, 0, 1, 1])
    freq = np.array([1, 2, 1, 1, 1, 1])
    first = np.array([7, 7, 7, 7, 3, 7])
    assert blocks._same_singles(pblock, freq, first).tolist() == [-1, -1, 0, 0, -1, -1]


def test_length_bytes_match_whoosh() -> None:
    lengths = np.array([0, 1, 2, 3, 27, 100, 1000, 50_000, 106_373, 106_374, 10**7])
    assert blocks.length_bytes(lengths).tolist() == [length_to_byte(int(n)) for n in lengths]


def test_small_zlib_window_reads_back(tmp_path: Path) -> None:
    schema = fields.Schema(pos=fields.TEXT(phrase=True))
    ix = FileStorage(str(tmp_path)).create_index(schema, indexname="MAIN")
    writer = GroupedSegmentWriter(ix)
    for i in range(300):
        writer.add_document(pos=["common", f"w{i}", "common"])
    writer.commit()
    with ix.searcher() as searcher:
        postings = list(searcher.reader().postings("pos", "common").items_as("positions"))
    assert postings == [(i, [0, 2]) for i in range(300)]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.binary(min_size=1, max_size=12), min_size=0, max_size=600, unique=True))
def test_hash_tables_match_whoosh(tmp_path_factory, keys: list[bytes]) -> None:
    from whoosh.filedb.filetables import OrderedHashWriter

    folder = tmp_path_factory.mktemp("hashes")
    storage = FileStorage(str(folder))
    keys = sorted(keys)
    for name, fast in (("stock", False), ("fast", True)):
        writer = OrderedHashWriter(storage.create_file(name))
        if fast:
            if keys:
                terms.add_terms(writer, keys, b"v" * 4 * len(keys), 4)
            writer._write_hashes = lambda w=writer: terms.write_hashes(w)
        else:
            for key in keys:
                writer.add(key, b"vvvv")
        writer.close()
    assert (folder / "stock").read_bytes() == (folder / "fast").read_bytes()


# --- pickles: protocol-2 pickle bytes of many block tuples at once -----------------

_ints = st.one_of(st.integers(0, 300), st.integers(0, 70_000),
                  st.integers(pickles.INT_MIN, pickles.INT_MAX))
_floats = st.one_of(st.just(1.0), st.floats(allow_nan=True, allow_infinity=True))
# One-byte strings decode to shared one-character text, outside the supported domain.
_strings = st.binary(min_size=2, max_size=40)


@st.composite
def _field_blocks(draw: st.DrawFn) -> list[tuple]:
    """Blocks ``(ids, weights, values)`` as the W3 writer pickles them, one value kind."""
    vkind = draw(st.sampled_from([0, 1, 2]))
    blocks = []
    for _ in range(draw(st.integers(1, 4))):
        n = draw(st.one_of(st.integers(1, 5), st.integers(1, 300)))
        ids = tuple(draw(st.lists(_ints, min_size=n, max_size=n)))
        weights = draw(st.one_of(st.none(), _floats,
                                 st.lists(_floats, min_size=n, max_size=n).map(tuple)))
        if vkind == 0:
            values = None
        elif vkind == 1:
            values = draw(_strings)
        else:
            # Some postings share the very same object (pickle then stores a back-reference).
            pool = [bytes(b) for b in draw(st.lists(_strings, min_size=1, max_size=3))]
            picks = draw(st.lists(st.one_of(st.integers(0, len(pool) - 1), _strings),
                                  min_size=n, max_size=n))
            values = tuple(pool[p] if isinstance(p, int) else p for p in picks)
        blocks.append((ids, weights, values))
    return blocks


def _pickle_blocks(blocks: list[tuple]) -> tuple[list[bytes], list[bytes]]:
    """Each block's data pickle and a statistics pickle, from :mod:`pickles`."""
    n = np.array([len(ids) for ids, _, _ in blocks])
    bstart = np.cumsum(n) - n
    ids = np.array([i for b in blocks for i in b[0]], np.int64)
    wkind = np.array([0 if w is None else 1 if isinstance(w, float) else 2 for _, w, _ in blocks])
    wfixed = np.array([w if isinstance(w, float) else 0.0 for _, w, _ in blocks])
    weights = np.array([x for ids_, w, _ in blocks
                        for x in (w if isinstance(w, tuple) else (0.0,) * len(ids_))])
    values = [v for _, _, v in blocks]
    strings, same = None, None
    if values[0] is None:
        vkind = 0
    else:
        vkind = 1 if isinstance(values[0], bytes) else 2
        flat = values if vkind == 1 else [v for vs in values for v in vs]
        if vkind == 2:
            same_list = []
            for start, vs in zip(bstart.tolist(), values, strict=True):
                for j, v in enumerate(vs):
                    earlier = [k for k in range(j) if vs[k] is v]
                    same_list.append(start + earlier[0] if earlier else -1)
            same = np.array(same_list)
            # Only the strings not repeated (see pickles.Blocks).
            flat = [v for v, s in zip(flat, same_list, strict=True) if s < 0]
        ends = np.cumsum([len(v) for v in flat])
        strings = pickles.Strings(np.frombuffer(b"".join(flat), np.uint8),
                                  ends - [len(v) for v in flat], ends)
    lay = pickles.Layout(bstart, len(ids))
    last = ids[bstart + n - 1]
    head = pickles.add_head(lay, last, wfixed, np.full(len(n), 3), n % 256, n % 7)
    data = pickles.add_data(lay, pickles.Blocks(ids, wkind, wfixed, weights, vkind, strings,
                                                same))
    out, base = lay.build()
    raw = out.tobytes()
    head_at, data_at, end_at = ((base + x).tolist() for x in (head, data, lay.cur))
    return ([raw[a:b] for a, b in zip(data_at, end_at, strict=True)],
            [raw[a:b] for a, b in zip(head_at, data_at, strict=True)])


@settings(max_examples=300, deadline=None)
@given(_field_blocks())
def test_block_pickles_match_pickle_dumps(blocks: list[tuple]) -> None:
    data, heads = _pickle_blocks(blocks)
    assert data == [pickle.dumps(b, 2) for b in blocks]
    assert heads == [pickle.dumps((len(ids), ids[-1], w if isinstance(w, float) else 0.0, 3,
                                   len(ids) % 256, len(ids) % 7), 2)
                     for ids, w, _ in blocks]


def test_long_tuples_use_four_byte_memo_indexes() -> None:
    # 200 distinct strings need over 256 memo entries: LONG_BINPUT and LONG_BINGET.
    values = tuple(bytes([i % 256, 200, 7]) for i in range(200))
    values = values + values[:3]
    blocks = [(tuple(range(203)), None, values)]
    data, _ = _pickle_blocks(blocks)
    assert data == [pickle.dumps(blocks[0], 2)]
    assert b"r" in data[0] and b"j" in data[0]


def test_out_of_range_ints_are_refused() -> None:
    pickles.check_ints(np.array([0, pickles.INT_MAX, pickles.INT_MIN]))
    for bad in (pickles.INT_MAX + 1, pickles.INT_MIN - 1):
        with pytest.raises(ValueError, match="32-bit"):
            pickles.check_ints(np.array([1, bad]))


@pytest.mark.parametrize(("start", "typecode"), [(0, "H"), (65_520, "i"), (2**31 - 10, "I"),
                                                 (2**32 - 10, "q")])
def test_index_grows_its_array_type_as_appends_would(start: int, typecode: str) -> None:
    from whoosh.util.numlists import GrowableArray

    positions = np.arange(start, start + 40, 2, dtype=np.int64)
    one_by_one, at_once = GrowableArray("H"), GrowableArray("H")
    at_once.append(7)
    one_by_one.append(7)
    for p in positions.tolist():
        one_by_one.append(p)
    terms.extend_growable(at_once, positions.tolist())
    assert at_once.typecode == one_by_one.typecode == typecode
    assert list(at_once) == list(one_by_one)


@given(st.lists(st.integers(0, 2**32 - 1), max_size=30))
def test_extend_growable_gives_what_appends_would(values: list[int]) -> None:
    from whoosh.util.numlists import GrowableArray

    one_by_one, at_once = GrowableArray(allow_longs=False), GrowableArray(allow_longs=False)
    for v in values:
        one_by_one.append(v)
    terms.extend_growable(at_once, values)
    assert at_once.typecode == one_by_one.typecode
    assert list(at_once) == list(one_by_one)


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 2**32), st.sampled_from([0, 1, 300, 3000]), st.sampled_from([2**4, 2**24]))
def test_write_hashes_places_keys_as_whoosh_does(seed: int, keys: int, spread: int) -> None:
    import io

    from whoosh.filedb.filetables import HashWriter
    from whoosh.filedb.structfile import StructFile

    # A hash's low byte is its bucket; few distinct high bits make long runs of taken
    # slots, wrapping round. Some buckets as arrays (add_terms gives arrays).
    rng = random.Random(seed)
    buckets: list[list[tuple[int, int]]] = [[] for _ in range(256)]
    for position in range(1, keys + 1):
        h = rng.randrange(spread) << 8 | rng.randrange(256)
        buckets[h & 255].append((h, position))
    written = []
    for bulk in (False, True):
        writer = HashWriter(StructFile(io.BytesIO()))
        for b, entries in enumerate(buckets):
            if bulk and entries and b % 2:
                writer.buckets[b] = [(np.array([h for h, _ in entries[:3]], np.int64),
                                      np.array([p for _, p in entries[:3]], np.int64)),
                                     *entries[3:]]
            else:
                writer.buckets[b] = list(entries)
        (terms.write_hashes if bulk else HashWriter._write_hashes)(writer)
        written.append((writer.dbfile.file.getvalue(), writer.directory))
    assert written[0] == written[1]


@given(st.binary(max_size=5000), st.sampled_from([1, 4, 8, 9]), st.sampled_from([10, 15]))
def test_deflate_reads_back_and_matches_zlib_at_the_default_memory_level(
        data: bytes, memlevel: int, wbits: int) -> None:
    import zlib

    packed = blocks.deflate(data, 3, wbits, memlevel)
    assert zlib.decompress(packed) == data
    if memlevel == zlib.DEF_MEM_LEVEL:
        assert packed == zlib.compress(data, 3, wbits)


def test_deflate_takes_isal_when_installed_and_zlib_without(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import zlib

    data = b"oil prices rose as opec met; " * 40
    calls = []

    class FakeIsal:
        @staticmethod
        def compress(payload: bytes, level: int, wbits: int) -> bytes:
            calls.append((level, wbits))
            return zlib.compress(payload, 1, wbits)

    monkeypatch.setattr(blocks, "_isal", FakeIsal)
    assert zlib.decompress(blocks.deflate(data, 3, 10, 4)) == data
    assert calls == [(blocks.ISAL_LEVEL, 10)]
    # zlib's default memory level asks for zlib's very bytes (tests comparing with Whoosh).
    assert blocks.deflate(data, 3, 15, zlib.DEF_MEM_LEVEL) == zlib.compress(data, 3, 15)
    assert len(calls) == 1
    monkeypatch.setattr(blocks, "_isal", None)
    stream = zlib.compressobj(3, zlib.DEFLATED, 10, 4)
    assert blocks.deflate(data, 3, 10, 4) == stream.compress(data) + stream.flush()


def test_put_ints_writes_each_int_as_pickle_does_at_every_width() -> None:
    # The edges of each opcode (K, M, J), negatives, and the 32-bit limits, in int64
    # and in a narrower type (read through astype rather than a view).
    values = [0, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, -(2**31), 7]
    for dtype in (np.int64, np.int32):
        v = np.array(values, dtype)
        expected = [pickle.dumps(int(x), 2)[2:-1] for x in values]  # no header, no STOP
        assert pickles.int_sizes(v).tolist() == [len(e) for e in expected]
        at = np.cumsum([0] + [len(e) for e in expected[:-1]])
        out = np.zeros(sum(map(len, expected)), np.uint8)
        pickles.put_ints(out, at, v)
        assert out.tobytes() == b"".join(expected)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 300), max_size=40), st.integers(0, 2**32 - 1))
def test_put_spans_copies_each_span_as_slices_would(sizes: list[int], seed: int) -> None:
    # Rows of one length at a time, and the spans past 256 bytes one by one.
    rng = np.random.default_rng(seed)
    src = rng.integers(0, 256, sum(sizes) + 300, dtype=np.uint8)
    size = np.array(sizes, np.int64)
    start = rng.integers(0, 300, len(sizes)) + np.cumsum(size) - size  # anywhere in src
    at = np.cumsum(size + rng.integers(0, 4, len(sizes))) - size  # disjoint, in order
    out = np.zeros(int(at[-1] + size[-1]) + 3 if sizes else 3, np.uint8)
    want = out.copy()
    for a, b, n in zip(at.tolist(), start.tolist(), sizes, strict=True):
        want[a:a + n] = src[b:b + n]
    pickles.put_spans(out, at, src, start, size)
    assert out.tobytes() == want.tobytes()
