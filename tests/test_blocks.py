"""Bulk posting encoding must give the bytes Whoosh's own encoders give."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields, formats
from whoosh.filedb.filestore import FileStorage
from whoosh.util.numeric import length_to_byte

from newsearch.engine import blocks
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


def test_shared_single_positions_are_the_same_bytes() -> None:
    counts, deltas = _flat([[7], [1, 2], [7]])
    singles = blocks.single_values(7)
    out = blocks.positions_values(counts, deltas, singles)
    assert out == [formats.Positions().encode(p) for p in ([7], [1, 2], [7])]
    assert out[0] is out[2]


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
                blocks._add_terms(writer, keys, b"v" * 4 * len(keys), 4)
            writer._write_hashes = lambda w=writer: blocks.write_hashes(w)
        else:
            for key in keys:
                writer.add(key, b"vvvv")
        writer.close()
    assert (folder / "stock").read_bytes() == (folder / "fast").read_bytes()
