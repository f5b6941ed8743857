"""Posting arrays beside a segment: the ranked fields' postings, ready for NumPy.

Scoring reads every posting of each query word (:mod:`.scoring`). Through
Whoosh that means a term-table look-up, then unpickling and decompressing
block after block, in Python. The segment writer already holds each field's
postings as arrays when it writes them (:mod:`.blocks`), so for the fields
every query scores (``content`` and ``exact``) it also writes them to one more
file, ``<segment id>.nsp``: sorted terms, and per term a run of document
numbers and weights (and, for ``exact``, token positions: phrases and the
proximity re-scoring read them instead of decoding Whoosh's pickled position
lists or scanning stored text). Reading a term is then a binary search over
the terms' 16-byte prefixes and a few slices of a memory map.

The file is only ever a copy: Whoosh's own files stay the truth. A segment
without one (written by Whoosh's single writer for API adds, or by an older
version) or with a damaged one is read through Whoosh, with the same results;
``optimize`` rebuilds the merged segment's file from Whoosh's postings.
Whoosh's clean-up deletes the file with its segment (its name matches the
segment's).

Layout: ``NSP1``, a little-endian u64 header length, a JSON header giving
each field's term count and the byte ranges of its arrays, then the arrays
(UTF-8 term bytes, term offsets, 16-byte term prefixes, posting starts,
document numbers, ``float32`` weights; for the positional ``exact`` field also
positions and position starts), 8-byte aligned; each integer array takes the narrowest unsigned type
its largest value fits (16 bits at least), named in the header.
"""

from __future__ import annotations

import bisect
import json
import mmap
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .schema import EXACT_FIELD, RANKED_FIELD

SUFFIX = ".nsp"
# Fields every query scores: what the segment writer keeps in side files.
FIELDS = (RANKED_FIELD, EXACT_FIELD)
MAGIC = b"NSP1"
# ``prefixes``: each term's first 16 bytes, so a look-up is one binary search
# in C (``np.searchsorted``) instead of one in Python over the term bytes.
_ARRAYS = (("terms", np.uint8), ("term_offsets", np.uint64), ("prefixes", "S16"),
           ("starts", np.uint64), ("docs", np.uint32), ("weights", np.float32))
# Positional fields add each posting's token positions, one run per posting.
_POSITION_ARRAYS = (("positions", np.uint32), ("position_starts", np.uint64))
_PREFIX = 16
_NO_TERMS = np.zeros(0, "S16")
_KINDS = {"u1", "u2", "u4", "u8", "f4", "S16"}


def _narrowest(largest: int, widest: type) -> type:
    """The smallest unsigned type (16 bits at least) holding ``largest``."""
    for candidate in (np.uint16, np.uint32):
        if np.dtype(candidate).itemsize < np.dtype(widest).itemsize and \
                largest <= np.iinfo(candidate).max:
            return candidate
    return widest


@dataclass
class FieldArrays:
    """One field's postings in a segment: sorted terms and their runs of postings."""

    terms: list[bytes]  # UTF-8, sorted
    starts: np.ndarray  # len(terms) + 1 posting offsets
    docs: np.ndarray  # segment document numbers
    weights: np.ndarray  # Whoosh's posting weights (single precision, as its blocks hold)
    positions: np.ndarray | None = None  # every posting's positions, one run after another
    position_starts: np.ndarray | None = None  # len(docs) + 1 offsets into positions


def path_for(folder: Path, segment_id: str) -> Path:
    """Where the side file of segment ``segment_id`` lives in ``folder``."""
    return folder / f"{segment_id}{SUFFIX}"


def path_of(folder: Path, leaf: Any) -> Path | None:
    """Where the side file of a Whoosh segment reader's segment lives (None for a
    reader without a segment, as an empty index's)."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    return None if segment is None else path_for(folder, segment.segment_id())


def write(path: Path, fields: dict[str, FieldArrays]) -> None:
    """Write the side file at ``path`` (through a temporary file and a rename)."""
    header: dict[str, dict[str, object]] = {}
    chunks: list[bytes] = []
    offset = 0
    for name, arrays in fields.items():
        lengths = np.fromiter(map(len, arrays.terms), np.uint64, len(arrays.terms))
        data = {
            "terms": np.frombuffer(b"".join(arrays.terms), np.uint8),
            "term_offsets": np.concatenate([[0], np.cumsum(lengths)]).astype(np.uint64),
            "prefixes": np.array(arrays.terms, dtype="S16"),
            "starts": np.asarray(arrays.starts, dtype=np.uint64),
            "docs": np.asarray(arrays.docs, dtype=np.uint32),
            "weights": np.asarray(arrays.weights, dtype=np.float32),
            "positions": arrays.positions,
            "position_starts": arrays.position_starts,
        }
        entry: dict[str, object] = {"count": len(arrays.terms)}
        kinds = _ARRAYS + (_POSITION_ARRAYS if arrays.positions is not None else ())
        for key, dtype in kinds:
            values = np.asarray(data[key])
            if np.dtype(dtype).kind == "u" and len(values):
                dtype = _narrowest(int(values.max()), dtype)
            raw = np.ascontiguousarray(values, dtype=np.dtype(dtype).newbyteorder("<"))
            blob = raw.tobytes()
            entry[key] = [offset, len(raw), np.dtype(dtype).str.lstrip("<|")]
            chunks.append(blob + b"\0" * (-len(blob) % 8))
            offset += len(chunks[-1])
        header[name] = entry
    head = json.dumps(header).encode()
    head += b" " * (-(len(head) + 12) % 8)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(MAGIC + struct.pack("<Q", len(head)) + head)
        for chunk in chunks:
            fh.write(chunk)
    os.replace(tmp, path)


class _Terms:
    """Sorted UTF-8 terms of one field, indexable for :func:`bisect.bisect_left`."""

    def __init__(self, blob: memoryview, offsets: np.ndarray) -> None:
        self.blob = blob
        self.offsets = offsets.tolist()

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        return bytes(self.blob[self.offsets[i]:self.offsets[i + 1]])


class SideFile:
    """An open side file: term look-ups answer with NumPy arrays."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        buf = memoryview(self._map)
        if bytes(buf[:4]) != MAGIC:
            raise ValueError("not a newsearch side file")
        (head_len,) = struct.unpack("<Q", buf[4:12])
        header = json.loads(bytes(buf[12:12 + head_len]))
        base = 12 + head_len
        self._fields: dict[str, tuple[_Terms, np.ndarray, np.ndarray, np.ndarray]] = {}
        self._positions: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._prefixes: dict[str, np.ndarray] = {}
        for name, entry in header.items():
            arrays = {}
            for key, _ in _ARRAYS + _POSITION_ARRAYS:
                if key not in entry:
                    continue
                start, count, kind = entry[key]
                if kind not in _KINDS:
                    raise ValueError(f"unexpected array type {kind!r}")
                arrays[key] = np.frombuffer(self._map, dtype=np.dtype(kind).newbyteorder("<"),
                                            count=count, offset=base + start)
            if len(arrays["starts"]) != entry["count"] + 1:
                raise ValueError("side file arrays disagree")
            terms = _Terms(buf[base + entry["terms"][0]:], arrays["term_offsets"])
            if "prefixes" in arrays:
                if len(arrays["prefixes"]) != entry["count"]:
                    raise ValueError("side file arrays disagree")
                self._prefixes[name] = arrays["prefixes"]
            self._fields[name] = (terms, arrays["starts"], arrays["docs"], arrays["weights"])
            if "positions" in arrays:
                if len(arrays["position_starts"]) != len(arrays["docs"]) + 1:
                    raise ValueError("side file arrays disagree")
                self._positions[name] = (arrays["positions"], arrays["position_starts"])

    def has(self, fieldname: str) -> bool:
        """Whether the file holds ``fieldname``."""
        return fieldname in self._fields

    def term_count(self, fieldname: str) -> int:
        """How many terms of ``fieldname`` the file holds."""
        return len(self._fields[fieldname][0])

    def _find(self, fieldname: str, text: str) -> tuple[int, int] | None:
        terms, starts, _, _ = self._fields[fieldname]
        key = text.encode("utf-8")
        prefixes = self._prefixes.get(fieldname)
        if prefixes is None:
            i = bisect.bisect_left(terms, key)
        elif len(key) < _PREFIX:
            # A short term is its own prefix (terms hold no NUL bytes, which
            # NumPy's fixed-width strings would drop).
            i = int(np.searchsorted(prefixes, key))
            if i == len(prefixes) or prefixes[i] != key:
                return None
        else:
            head = key[:_PREFIX]
            lo = int(np.searchsorted(prefixes, head))
            hi = int(np.searchsorted(prefixes, head, side="right"))
            i = bisect.bisect_left(terms, key, lo, hi)
        if i == len(terms) or terms[i] != key:
            return None
        return int(starts[i]), int(starts[i + 1])

    def find(self, fieldname: str, text: str) -> tuple[int, int] | None:
        """A term's run of postings ``(first, end)`` (None: not in this segment); its
        length is the term's document frequency, and :meth:`postings_at` and
        :meth:`positions_at` read it without looking the term up again."""
        return self._find(fieldname, text)

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """Document numbers and weights of a term (None: not in this segment)."""
        found = self._find(fieldname, text)
        return None if found is None else self.postings_at(fieldname, found)

    def postings_at(self, fieldname: str, run: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers and weights of the postings ``run`` (from :meth:`find`)."""
        _, _, docs, weights = self._fields[fieldname]
        a, b = run
        return docs[a:b].astype(np.int64), weights[a:b].astype(np.float64)

    def has_positions(self, fieldname: str) -> bool:
        """Whether the file holds token positions for ``fieldname``."""
        return fieldname in self._positions

    def positions(self, fieldname: str, text: str
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """A term's document numbers, and its positions: the run of document
        ``i`` is ``positions[starts[i]:starts[i + 1]]`` (None: not in this segment)."""
        found = self._find(fieldname, text)
        return None if found is None else self.positions_at(fieldname, found)

    def positions_at(self, fieldname: str, run: tuple[int, int]
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`positions` of the postings ``run`` (from :meth:`find`)."""
        a, b = run
        flat, starts = self._positions[fieldname]
        first, last = int(starts[a]), int(starts[b])
        return (self._fields[fieldname][2][a:b].astype(np.int64),
                starts[a:b + 1].astype(np.int64) - first, flat[first:last].astype(np.int64))

    def words_from(self, fieldname: str, prefix: str) -> list[str]:
        """Every term of ``fieldname`` starting with ``prefix``, in order."""
        short, long = self.terms_from(fieldname, prefix)
        return sorted([b.decode("utf-8") for b in short.tolist()]
                      + [b.decode("utf-8") for b in long])

    def terms_from(self, fieldname: str, prefix: str) -> tuple[np.ndarray, list[bytes]]:
        """The UTF-8 terms of ``fieldname`` starting with ``prefix``: those shorter
        than the 16-byte prefixes as a (zero-copy) ``S16`` array, the rest as a list.

        A caller joining many segments can then de-duplicate the array in C
        before decoding anything: a short prefix ("set") matches hundreds of
        terms in every segment.
        """
        terms = self._fields[fieldname][0]
        key = prefix.encode("utf-8")
        prefixes = self._prefixes.get(fieldname)
        if prefixes is not None and 0 < len(key) < _PREFIX:
            # UTF-8 never holds the byte 0xff: every term starting with ``key``
            # sorts below key + 0xff.
            lo = int(np.searchsorted(prefixes, key))
            hi = int(np.searchsorted(prefixes, key + b"\xff"))
            found = prefixes[lo:hi]
            cut = np.char.str_len(found) >= _PREFIX  # a prefix of a longer term
            if not cut.any():
                return found, []
            return found[~cut], [terms[i] for i in (np.flatnonzero(cut) + lo).tolist()]
        out = []
        for i in range(bisect.bisect_left(terms, key), len(terms)):
            term = terms[i]
            if not term.startswith(key):
                break
            out.append(term)
        return _NO_TERMS, out

    def doc_frequency(self, fieldname: str, text: str) -> int:
        """How many documents of the segment hold the term, deleted ones included (as Whoosh)."""
        found = self._find(fieldname, text)
        return 0 if found is None else found[1] - found[0]


def open_side_file(path: Path) -> SideFile | None:
    """The side file at ``path``, or None when it is missing or unreadable."""
    try:
        return SideFile(path)
    except (OSError, ValueError, KeyError, TypeError):
        return None
