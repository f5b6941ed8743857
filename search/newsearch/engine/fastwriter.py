"""A faster Whoosh segment writer for documents whose text arrives as term lists.

Whoosh's ``SegmentWriter`` sends every posting, as one tuple, through a general
external-sort pool (sorted, and spilled to disk in pickled runs, at the end),
then reads each document's field length back from the column it has just
written, once per posting. Our documents come pre-analysed (see
``documents.to_fields``), so this writer only appends each text field's
tokens to one flat list per field (a number field its terms, such as the
day's tiers), and encodes whole fields at the end with array operations
(:mod:`.blocks`). The segment on disk is the one ``SegmentWriter``
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

from functools import partial
from typing import Any

from whoosh import formats
from whoosh.fields import FieldType
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from .blocks import TokenColumn, write_field, write_hashes
from .sidecar import FieldArrays

_share_singles = True  # tests switch it off to compare bytes with Whoosh's writer
_FORMATS = (formats.Existence, formats.Frequency, formats.Positions)


class GroupedSegmentWriter(SegmentWriter):
    """A ``SegmentWriter`` (no merging, one new segment) that encodes fields in bulk."""

    def __init__(self, ix: Any, keep_arrays: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        # Fields whose postings are also kept as arrays (``arrays``, after the flush).
        self.keep_arrays = keep_arrays
        self.arrays: dict[str, FieldArrays] = {}
        # Fields with their own ``index`` (numbers) give terms, not text: only
        # their presence is kept, so only the Existence format is taken there.
        self._own_index: dict[str, bool] = {}
        for name, field in self.schema.items():
            if not field.indexed:
                continue
            if field.vector or field.separate_spelling():
                raise ValueError(f"field {name!r}: vectors and spelling fields not supported")
            own = type(field).index is not FieldType.index
            if type(field.format) not in (_FORMATS[:1] if own else _FORMATS):
                raise ValueError(f"field {name!r}: format {type(field.format).__name__} "
                                 "not supported")
            self._own_index[name] = own
        self._columns: dict[str, TokenColumn] = {}

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
                length = self._add_tokens(name, field, docnum, value) if field.indexed else 0
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
        if self._own_index[name]:
            tokens: list[Any] = [term for term, *_ in field.index(value)]
        elif isinstance(value, list):
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

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        fw = self.fieldwriter
        for name in sorted(self._columns):
            column = self._columns.pop(name)  # freed field by field once written
            if not column.tokens:
                continue
            fw.start_field(name, self.schema[name])
            kept = write_field(fw, column, self.schema[name].format, self.docnum,
                               _share_singles, keep=name in self.keep_arrays)
            if kept is not None:
                self.arrays[name] = kept
            fw.finish_field()
        fw._tindex._write_hashes = partial(write_hashes, fw._tindex)
        fw.close()

    def _close_segment(self) -> None:
        self._columns = {}
        super()._close_segment()
