"""The terms table of a W3 segment (Whoosh's ``OrderedHashWriter``), written in bulk:
the sorted terms' records in one file write, and the hash tables (MD5 of each key,
open addressing per bucket) as Whoosh's ``HashWriter`` lays them out, slot for slot.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import pickles

try:  # CPython's own MD5: for short keys a third of the time of OpenSSL's
    from _md5 import md5
except ImportError:  # a Python built without it
    from hashlib import md5

_SLOT = np.dtype([("hash", ">u4"), ("pos", ">i8")])  # filetables' "!Iq" hash slot


def add_terms(tindex: Any, keys: list[bytes], infos: bytes, width: int) -> None:
    """``OrderedHashWriter.add`` for many sorted keys, with one file write. The hash
    buckets get arrays, which only :func:`write_hashes` reads."""
    if keys[0] <= tindex.lastkey:
        raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{keys[0]!r}")
    dbfile = tindex.dbfile
    # filetables.md5_hash (the W3 terms table's hash type 0), without the hex round trip.
    assert tindex.hashtype == 0
    n = len(keys)
    # Records: key length and value length ("!ii"), key, value.
    klen = np.fromiter(map(len, keys), np.int64, n)
    rlen = 8 + klen + width
    rend = np.cumsum(rlen)
    rstart = rend - rlen
    out = np.empty(int(rend[-1]), np.uint8)
    heads = np.empty((n, 2), ">i4")
    heads[:, 0] = klen
    heads[:, 1] = width
    pickles.put_rows(out, rstart, heads.view(np.uint8).reshape(n, 8))
    out[pickles.spans(len(out), rstart + 8, klen)] = np.frombuffer(b"".join(keys), np.uint8)
    pickles.put_rows(out, rstart + 8 + klen, np.frombuffer(infos, np.uint8).reshape(n, width))
    digests = b"".join([md5(key).digest() for key in keys])
    hashes = np.frombuffer(digests, ">u4").reshape(n, 4)[:, 3].astype(np.int64)
    positions = dbfile.tell() + rstart
    _extend_index(tindex.index, positions)
    # Each bucket's entries stay in the order keys were added (stable sort); arrays,
    # not a tuple per key, which the garbage collector would have to track.
    bucket = hashes & 255
    order = np.argsort(bucket.astype(np.uint8), kind="stable")  # a radix sort
    bounds = np.searchsorted(bucket[order], np.arange(257)).tolist()
    hashes, positions = hashes[order], positions[order]
    for b in np.flatnonzero(np.bincount(bucket, minlength=256)).tolist():
        part = slice(bounds[b], bounds[b + 1])
        tindex.buckets[b].append((hashes[part], positions[part]))
    dbfile.write(out.tobytes())
    tindex.lastkey = keys[-1]


# Largest value of each array type GrowableArray grows through.
_TYPE_MAX = {"B": 2**8 - 1, "H": 2**16 - 1, "i": 2**31 - 1, "I": 2**32 - 1, "q": 2**63 - 1}


def _extend_index(index: Any, positions: np.ndarray) -> None:
    """``GrowableArray.append`` of increasing ``positions`` in one ``extend``: one at a
    time, the array type would have grown to the one the last position needs."""
    values = positions.tolist()
    if values and values[-1] > _TYPE_MAX.get(getattr(index.array, "typecode", ""), values[-1]):
        index._retype(values[-1])
    index.array.extend(values)


def write_hashes(writer: Any) -> None:
    """``HashWriter._write_hashes`` with one file write per bucket (not one per slot).

    The same open-addressing tables, slot for slot: a key goes to slot
    ``(hash >> 8) % size`` or the next free one, in the order keys were added.
    A bucket holds ``(hash, position)`` pairs, or pairs of arrays of them.
    """
    dbfile = writer.dbfile
    for entries in writer.buckets:
        keyhashes: list[int] = []
        keypositions: list[int] = []
        for entry in entries:
            if isinstance(entry[0], np.ndarray):
                keyhashes += entry[0].tolist()
                keypositions += entry[1].tolist()
            else:
                keyhashes.append(entry[0])
                keypositions.append(entry[1])
        numslots = 2 * len(keyhashes)
        writer.directory.append((dbfile.tell(), numslots))
        if not numslots:
            continue
        hashes = [0] * numslots
        positions = [0] * numslots  # 0: free (no key starts at 0, the header does)
        for hashval, position in zip(keyhashes, keypositions, strict=True):
            slot = (hashval >> 8) % numslots
            while positions[slot]:
                slot = (slot + 1) % numslots
            hashes[slot] = hashval
            positions[slot] = position
        table = np.empty(numslots, _SLOT)
        table["hash"] = hashes
        table["pos"] = positions
        dbfile.write(table.tobytes())
