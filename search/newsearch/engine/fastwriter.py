"""A faster Whoosh segment writer for documents whose text arrives as term lists.

Whoosh's ``SegmentWriter`` sends every posting, as one tuple, through a general
external-sort pool (sorted, and spilled to disk in pickled runs, at the end),
then reads each document's field length back from the column it has just
written, once per posting. Our documents come pre-analysed (see
``documents.to_fields``), so this writer only appends each text field's
tokens to one flat list per field, and encodes whole fields at the end with
array operations (:mod:`.blocks`); numeric fields keep per-term postings,
grouped as they arrive. The segment on disk is the one ``SegmentWriter``
would write (``tests/test_fastwriter.py`` compares the files byte for byte),
except for two choices that change bytes but not values: a position list seen
once is one shared bytes object, which pickle stores as a back-reference (a few
percent smaller), and compressed blocks use a smaller zlib window (faster to
set up; ``zlib.decompress`` reads both). No on-disk format change:
SCHEMA_VERSION stands. Written against whoosh3 3.54.0's codec; the
byte-for-byte tests are what guard an upgrade.

Only what newsearch's schema uses is supported: no term vectors, no separate
spelling fields, no ``_boost`` keywords, and text given as a string must come
from an analyzer that never skips a position (newsearch's tokenizers).
"""

from __future__ import annotations

import zlib
from array import array
from pickle import dumps
from typing import Any

from whoosh import formats
from whoosh.codec.whoosh3 import COMPRESSION_MIN_SIZE, WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.fields import FieldType
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.util.numlists import delta_encode
from whoosh.writing import SegmentWriter

from .blocks import TokenColumn, write_field
from .sidecar import FieldArrays

# A term's postings: document numbers, weights, encoded values (or None when
# the field's format stores no value).
_Postings = tuple[array, array, list | None]

_share_singles = True  # tests switch it off to compare bytes with Whoosh's writer
_FAST_FORMATS = (formats.Existence, formats.Frequency, formats.Positions)


class GroupedSegmentWriter(SegmentWriter):
    """A ``SegmentWriter`` (no merging, one new segment) that encodes text fields in bulk."""

    def __init__(self, ix: Any, keep_arrays: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        # Fields whose postings are also kept as arrays (``arrays``, after the flush).
        self.keep_arrays = keep_arrays
        self.arrays: dict[str, FieldArrays] = {}
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():
                raise ValueError(f"field {name!r}: vectors and spelling fields not supported")
        # Text fields keep their tokens (engine/blocks.py encodes them at the
        # end); other indexed fields (numbers) keep per-term postings.
        self._columns: dict[str, TokenColumn] = {}
        self._postings: dict[str, dict[bytes, _Postings]] = {}
        self._lengths: dict[str, dict[int, int]] = {}
        self._fast = {name: type(field).index is FieldType.index
                      and type(field.format) in _FAST_FORMATS
                      for name, field in self.schema.items()}

    def add_document(self, **fields: Any) -> None:
        """Add one document (same semantics as Whoosh's, minus boosts)."""
        self._check_state()
        schema = self.schema
        docnum = self.docnum
        perdoc = self.perdocwriter
        names = sorted(fields)
        if any(n.startswith("_") for n in names):
            raise ValueError("boost and _stored_ keywords are not supported")
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    if self._fast[name]:
                        length = self._add_tokens(name, field, docnum, value)
                    else:
                        length = self._pool_terms(name, docnum, field.index(value),
                                                  field.scorable)
                perdoc.add_field(name, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdoc.add_column_value(name, column, field.to_column_value(value))
        except ValueError:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_tokens(self, name: str, field: Any, docnum: int, value: Any) -> int:
        if isinstance(value, list):
            tokens = value
        else:
            # Positions are token indexes: true of newsearch's tokenizers, which never skip.
            tokens = [t.text for t in field.analyzer(value, positions=True, mode="index")]
        column = self._columns.get(name)
        if column is None:
            column = self._columns[name] = TokenColumn()
        column.add(docnum, tokens)
        if not field.scorable or not tokens:
            return 0
        length = len(set(tokens)) if type(field.format) is formats.Existence else len(tokens)
        # What the stock writer would read back from the length column.
        lb = length_to_byte(length)
        if lb:
            column.lengths[docnum] = byte_to_length(lb)
        return length

    def _pool_terms(self, name: str, docnum: int, items: Any, scorable: bool) -> int:
        terms = self._postings.get(name)
        if terms is None:
            terms = self._postings[name] = {}
        length = 0
        for tbytes, freq, weight, vbytes in items:
            if scorable:
                length += freq
            entry = terms.get(tbytes)
            if entry is None:
                entry = terms[tbytes] = (array("I"), array("d"), [] if vbytes else None)
            entry[0].append(docnum)
            entry[1].append(weight)
            if entry[2] is not None:
                entry[2].append(vbytes)
        if length:
            lb = length_to_byte(length)
            if lb:
                self._lengths.setdefault(name, {})[docnum] = byte_to_length(lb)
        return length

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        fw = self.fieldwriter
        for name in sorted(set(self._postings) | set(self._columns)):
            column = self._columns.pop(name, None)
            if column is not None and not column.tokens:
                continue
            fw.start_field(name, self.schema[name])
            if column is not None:
                kept = write_field(fw, column, self.schema[name].format, self.docnum,
                                   _share_singles, keep=name in self.keep_arrays)
                if kept is not None:
                    self.arrays[name] = kept
            else:
                terms = self._postings.pop(name)
                lengths = self._lengths.get(name, {})
                for key in sorted(terms):
                    _write_term(fw, key, terms[key], lengths)
            fw.finish_field()
        fw.close()

    def _close_segment(self) -> None:
        self._columns, self._postings, self._lengths = {}, {}, {}
        super()._close_segment()


def _write_term(fw: Any, btext: bytes, postings: _Postings, lengths: dict[int, int]) -> None:
    """Write one term's postings and term info as Whoosh's W3 field writer does.

    The same blocks (``W3PostingsWriter._write_block``), the same statistics
    (``W3TermInfo.add_block``), in one pass per block instead of a method call
    per posting: the per-term Python overhead dominates a segment's flush.
    """
    pw = fw._postwriter
    postfile = fw._postfile
    limit, compression = pw._blocklimit, pw._compression
    fixedsize = fw._format.fixed_value_size()
    docs, weights, values = postings
    count = len(docs)
    info = W3TermInfo()
    startoffset = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    for start in range(0, count, limit):
        ids = docs[start:start + limit]
        ws = weights[start:start + limit]
        fws = array("f", ws)
        found = [n for n in map(lengths.get, ids) if n]
        minlength = min(found) if found else None
        maxlength = max(found) if found else 0
        maxweight = max(0, max(ws))
        # Term statistics, as W3TermInfo.add_block keeps them.
        info._weight += sum(fws)
        info._df += len(ids)
        if info._minlength is None:
            info._minlength = minlength
        else:
            info._minlength = min(info._minlength, minlength)
        info._maxlength = max(info._maxlength, maxlength)
        info._maxweight = max(info._maxweight, maxweight)
        if info._minid is None:
            info._minid = ids[0]
        info._maxid = ids[-1]
        # The block, as W3PostingsWriter._write_block encodes it.
        if all(w == 1.0 for w in fws):
            mini_weights: Any = None
        elif all(w == fws[0] for w in fws):
            mini_weights = fws[0]
        else:
            mini_weights = tuple(fws)
        if fixedsize == 0:
            mini_values: Any = None
        else:
            vs = [v for v in values[start:start + limit] if v] if values is not None else []
            mini_values = tuple(vs) if fixedsize is None else b"".join(vs)
        data = dumps((tuple(delta_encode(ids)), mini_weights, mini_values), 2)
        comp = compression if len(data) >= COMPRESSION_MIN_SIZE else 0
        if comp:
            data = zlib.compress(data, comp)
        head = dumps((len(ids), ids[-1], maxweight, comp, length_to_byte(minlength),
                      length_to_byte(maxlength)), 2)
        size = len(head) + len(data)
        postfile.write_int(-size if start + limit >= count else size)
        postfile.write(head)
        postfile.write(data)
    info.set_extent(startoffset, postfile.tell() - startoffset)
    fw._tindex.add(pack_ushort(fw._fieldid) + btext, info.to_bytes())
