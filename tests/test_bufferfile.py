"""Whoosh's compound sub-files read in place, without a copy."""

from __future__ import annotations

import io
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh.filedb.structfile import BufferFile

from newsearch.engine import bufferfile, store  # noqa: F401  (store installs the patch)


@given(st.binary(max_size=300), st.lists(st.tuples(st.sampled_from(["read", "readline", "seek"]),
                                                   st.integers(-5, 320)), max_size=20))
def test_view_reader_reads_as_bytesio(data: bytes, steps: list[tuple[str, int]]) -> None:
    ours, ref = bufferfile.ViewReader(memoryview(data)), io.BytesIO(data)
    for op, n in steps:
        if op == "seek":
            n = max(n, 0)
            assert ours.seek(n) == ref.seek(n)
        else:
            assert getattr(ours, op)(n) == getattr(ref, op)(n)
        assert ours.tell() == ref.tell()
    assert ours.read() == ref.read()


def test_buffer_files_share_their_buffer_and_still_unpickle() -> None:
    payload = pickle.dumps({"a": list(range(100))}, 2) + b"tail"
    view = memoryview(bytearray(payload))
    f = BufferFile(view, name="x")
    assert isinstance(f.file, bufferfile.ViewReader)
    assert f.read_pickle() == {"a": list(range(100))}
    assert f.read(4) == b"tail"
    assert f.get(0, 2) == payload[:2]
    f.close()
    with pytest.raises(ValueError):
        view.tobytes()  # released: a memory map under it could now be closed
