"""The terms table of a W3 segment (Whoosh's ``OrderedHashWriter``), written in bulk:
the sorted terms' records in one file write, and the hash tables (MD5 of each key,
open addressing per bucket) as Whoosh's ``HashWriter`` lays them out, slot for slot.
"""

from __future__ import annotations

from array import array
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
    kend = np.cumsum(klen)
    pickles.put_spans(out, rstart + 8, np.frombuffer(b"".join(keys), np.uint8), kend - klen, klen)
    pickles.put_rows(out, rstart + 8 + klen, np.frombuffer(infos, np.uint8).reshape(n, width))
    digests = b"".join([md5(key).digest() for key in keys])
    hashes = np.frombuffer(digests, ">u4").reshape(n, 4)[:, 3].astype(np.int64)
    positions = dbfile.tell() + rstart
    extend_growable(tindex.index, positions)
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


def extend_growable(growable: Any, values: np.ndarray | list[int]) -> None:
    """``GrowableArray.append`` of each of ``values`` (not negative) in one ``extend``:
    one at a time, the array type would have grown to the one their largest needs."""
    if len(values):
        top = int(max(values) if isinstance(values, list) else values.max())
        if top > _TYPE_MAX.get(getattr(growable.array, "typecode", ""), top):
            growable._retype(top)
        typecode = getattr(growable.array, "typecode", "")
        if typecode in _TYPE_MAX:  # from the values' bytes: the signed types parse each item
            growable.array.frombytes(np.asarray(values, typecode).tobytes())
        else:  # a list (longs)
            growable.array.extend(values if isinstance(values, list) else values.tolist())


def write_hashes(writer: Any) -> None:
    """``HashWriter._write_hashes`` with one file write (not one per slot).

    The same open-addressing tables, slot for slot: a key goes to slot
    ``(hash >> 8) % size`` or the next free one, in the order keys were added.
    A bucket holds ``(hash, position)`` pairs, or pairs of arrays of them.
    """
    hashes, positions, counts = _entries(writer.buckets)
    # The buckets' tables end to end, as written: each key's first slot is worked out for
    # all at once, and a loop over plain ints only moves a key on from a taken slot (lists
    # of Python ints, converted from arrays and back, were most of the work before).
    numslots = 2 * counts
    base = np.cumsum(numslots) - numslots
    home = base.repeat(counts) + (hashes >> 8) % numslots.repeat(counts)
    bucket_base, bucket_end = base.tolist(), (base + numslots).tolist()
    taken = bytearray(int(numslots.sum()))
    slots = array("I")  # unsigned: a plain conversion per item (signed types parse it)
    put = slots.append
    for slot, bucket in zip(array("q", home.tobytes()), array("q", (hashes & 255).tobytes()),
                            strict=True):
        while taken[slot]:
            slot = slot + 1 if slot + 1 < bucket_end[bucket] else bucket_base[bucket]
        taken[slot] = 1
        put(slot)
    at = np.frombuffer(slots, np.uint32)
    table = np.zeros(len(taken), _SLOT)  # hash and position 0: a free slot
    table["hash"][at] = hashes
    table["pos"][at] = positions
    start = writer.dbfile.tell()
    writer.directory.extend(zip((start + _SLOT.itemsize * base).tolist(), numslots.tolist(),
                                strict=True))
    if len(table):
        writer.dbfile.write(table.tobytes())


def _entries(buckets: list[list[Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every bucket's hashes and positions end to end, bucket by bucket and in the order
    they were added in each, and each bucket's count."""
    hashes: list[Any] = []
    positions: list[Any] = []
    counts = np.zeros(len(buckets), np.int64)
    for b, entries in enumerate(buckets):
        for entry in entries:
            if isinstance(entry[0], np.ndarray):
                hashes.append(entry[0])
                positions.append(entry[1])
                counts[b] += len(entry[0])
            else:
                hashes.append([entry[0]])
                positions.append([entry[1]])
                counts[b] += 1
    if not hashes:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), counts
    return (np.concatenate(hashes).astype(np.int64), np.concatenate(positions).astype(np.int64),
            counts)
