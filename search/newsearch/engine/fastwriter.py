"""A faster Whoosh segment writer for documents whose text arrives as term lists.

Whoosh's ``SegmentWriter`` sends every posting, as one tuple, through a general
external-sort pool (sorted, and spilled to disk in pickled runs, at the end),
then reads each document's field length back from the column it has just
written, once per posting. Our documents come pre-analysed (see
``documents.to_fields``), so this writer only appends each text field's
tokens to one flat list per field (a number field its terms, such as the
day's tiers), and encodes whole fields at the end with array operations
(:mod:`.blocks`). Per-document data (stored fields, length bytes, column
values) is not sent through Whoosh's per-document writer one call per field:
each document's stored fields are pickled and compressed as it would, and the
whole segment's values are handed to its column writers at the flush. The
segment on disk is the one ``SegmentWriter``
would write (``tests/test_fastwriter.py`` compares the files byte for byte),
except for choices that change bytes but not values: a position list seen
once is one shared bytes object, which pickle stores as a back-reference (a few
percent smaller), stored fields are pickled with protocol 4 (not 2), and
blocks hold up to 512 postings (Whoosh: 128), compressed blocks and stored
fields use a smaller zlib window or hash table,
or ISA-L's deflate where installed, and blocks under 500 bytes stay
uncompressed (faster; ``zlib.decompress`` reads all of them). No on-disk
format change:
SCHEMA_VERSION stands. Written against whoosh3 3.54.0's codec; the
byte-for-byte tests are what guard an upgrade.

Only what newsearch's schema uses is supported: no term vectors, no separate
spelling fields, no ``_boost`` keywords, and text given as a string must come
from an analyzer that never skips a position (newsearch's tokenizers).

A field may also be given as :class:`StemsOf` another field of the document
(the ranked text as the stems of the exact words): each word is then looked up
once per document, and stemmed and numbered once per segment.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pickle import dumps
from typing import Any

import numpy as np
from whoosh import formats
from whoosh.analysis import IDTokenizer
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, STORED_COLUMN, W3Codec, _lenfield
from whoosh.columns import VarBytesColumn
from whoosh.fields import FieldType
from whoosh.writing import SegmentWriter

from .blocks import DISTINCT, NOT_COUNTED, TOKENS, TokenColumn, deflate, length_bytes, write_field
from .sidecar import FieldArrays
from .terms import extend_growable, write_hashes

_share_singles = True  # tests switch it off to compare bytes with Whoosh's writer
_FORMATS = (formats.Existence, formats.Frequency, formats.Positions)
_STORED_LEVEL = STORED_COLUMN._child._level  # Whoosh's stored-fields zlib level
# Stored fields are compressed as Whoosh does (level, full window) but with a
# smaller zlib hash table (see blocks.ZLIB_MEMLEVEL); tests set 8 to compare bytes.
STORED_MEMLEVEL = 4
# ISA-L's level 0 for stored fields: most of the work of compressing one small record at
# level 1 is building its Huffman tables, and level 0 codes with fixed ones. On Reuters
# the writer runs 3.6 % fewer instructions for a 3.3 % larger index (session 24).
STORED_ISAL_LEVEL = 0
# Whoosh pickles a document's stored fields with protocol 2 and reads them with
# pickle.loads, which takes any protocol. Protocol 4 writes a short string with a
# one-byte length: on Reuters the stored column is 12 % smaller, and compressing
# less is 0.6 % of a worker's work outside extraction (session 20). Tests set 2
# to compare bytes with Whoosh's writer.
STORED_PROTOCOL = 4
# Postings per block (Whoosh's W3 codec: 128). Each block has a fixed cost: its header
# and two pickles, and compressing it means building Huffman tables for it. With 512,
# Reuters' index is 1.9 % smaller and the writer runs 3.8 % fewer instructions; queries
# read postings from the side files (:mod:`.sidecar`), and Whoosh's reader takes blocks
# of any size (session 24).
# Tests set 128 to compare bytes with Whoosh's writer.
BLOCK_LIMIT = 512
_TERM_CACHE = 100_000  # values whose terms a number field keeps
# A document of a field given as StemsOf, noted until its terms are made with those of
# the others (GroupedSegmentWriter._materialize): number, where its source's numbers
# start in the source column, how many there are, head and repeat.
_Derived = tuple[int, int, int, int, int]
# What add_document does with a field (see GroupedSegmentWriter._plan): name, field, indexed,
# stored, column type, own index, what its length counts, plain (a list is its tokens, and
# nothing else is done with it).
_Step = tuple[str, Any, bool, bool, Any, bool, int, bool]


@dataclass(slots=True, eq=False)  # compared by identity: to_fields tests values against []
class StemsOf:
    """A text field given as ``stem`` of each word of the document's field ``source``
    (a word list): the first ``head`` words ``repeat`` times, then the rest. ``stem``
    must be a pure function of the word (the writer keeps its results per segment);
    ``stem_many``, if given, must give the list of its results for a list of words (the
    writer then stems a segment's new words in one call)."""

    source: str
    stem: Callable[[str], str]
    head: int = 0
    repeat: int = 1
    stem_many: Callable[[list[str]], list[str]] | None = None


class GroupedSegmentWriter(SegmentWriter):
    """A ``SegmentWriter`` (no merging, one new segment) that encodes fields in bulk."""

    def __init__(self, ix: Any, keep_arrays: tuple[str, ...] = (), **kwargs: Any) -> None:
        kwargs.setdefault("codec", W3Codec(blocklimit=BLOCK_LIMIT))
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
        self._plans: dict[tuple[str, ...], list[_Step]] = {}
        self._term_cache: dict[str, dict[tuple[type, Any], list[Any]]] = {}
        # (source field, field, stem) -> the field's term number of each source term number.
        self._derived: dict[tuple[str, str, Any], list[int]] = {}
        # Field -> ((source field, stem, stem_many), how its length is counted, the documents
        # given it as StemsOf since its last tokens), see _materialize.
        self._pending: dict[str, tuple[tuple[str, Any, Any], int, list[_Derived]]] = {}
        # Per-document data kept until the flush: each document's compressed
        # stored fields (None: none) and column values.
        self._stored: list[bytes | None] = []
        self._values: dict[str, tuple[Any, list[tuple[int, Any]]]] = {}

    def add_document(self, **fields: Any) -> None:
        """Add one document (same semantics as Whoosh's, minus boosts)."""
        self.add_fields(fields)

    def add_fields(self, fields: dict[str, Any]) -> None:
        """:meth:`add_document` of the fields in a dict (read, not kept: the keywords of a
        call would copy it, a dict insertion per field of every document)."""
        self._check_state()
        docnum = self.docnum
        plan = self._plans.get(tuple(fields))
        if plan is None:
            plan = self._plan(fields)
        # Everything is computed before anything is kept, so a refused value
        # (ValueError) leaves no trace of the document.
        stored: dict[str, Any] = {}
        tokens: list[tuple[str, list[Any], int]] = []
        derived: list[tuple[str, StemsOf, int]] = []
        values: list[tuple[str, Any, Any]] = []
        for name, field, indexed, keep, column, own, counted, plain in plan:
            value = fields[name]
            if plain and type(value) is list:  # a text field's tokens (most fields)
                tokens.append((name, value, counted))
                continue
            if value is None:
                continue
            if type(value) is StemsOf:
                derived.append((name, self._check_derived(name, field, value, fields), counted))
                continue
            if indexed:
                # A text field's list is its tokens already (most fields of most documents).
                tokens.append((name, value if type(value) is list and not own
                               else self._tokens(name, field, value), counted))
            if keep:
                stored[name] = value
            if column:
                values.append((name, column, field.to_column_value(value)))
        numbered: dict[str, list[int]] = {}
        columns = self._columns
        pending = self._pending
        for name, toks, counted in tokens:
            if name in pending:  # documents given it as StemsOf come first
                self._materialize(name)
            column = columns.get(name)
            if column is None:
                column = columns[name] = TokenColumn(counted)
            numbers = numbered[name] = list(map(column.numbers.__getitem__, toks))
            if numbers:
                # Appended here, not in a helper: one call per field of a document. Field
                # lengths are read from the counts at the flush (TokenColumn.field_lengths).
                column.terms.fromlist(numbers)
                column.docs.append(docnum)
                column.counts.append(len(numbers))
                if counted == DISTINCT:  # term numbers stand for distinct tokens one for one
                    column.distinct.append(len(set(numbers)))
        for name, spec, counted in derived:
            self._add_derived(name, docnum, spec, len(numbered[spec.source]), counted)
        # Whoosh's per-document writer pickles and compresses the stored fields
        # the same way; columns are handed to it in bulk at the flush.
        self._stored.append(deflate(dumps(stored, STORED_PROTOCOL), _STORED_LEVEL,
                                    zlib.MAX_WBITS, STORED_MEMLEVEL, STORED_ISAL_LEVEL)
                            if stored else None)
        for name, column, value in values:
            cells = self._values.get(name)
            if cells is None:
                cells = self._values[name] = (column, [])
            cells[1].append((docnum, value))
        self._added = True
        self.docnum += 1

    def _plan(self, fields: dict[str, Any]) -> list[_Step]:
        """What to do with each field of documents with these field names (in this
        order), checked once: Whoosh's writer visits fields in name order."""
        names = sorted(fields)
        if any(n.startswith("_") for n in names):
            raise ValueError("boost and _stored_ keywords are not supported")
        self._check_fields(self.schema, names)
        plan = []
        for name in names:
            field = self.schema[name]
            own = self._own_index.get(name, False)
            # What a field length counts: nothing (not scored), distinct terms (a field
            # without term frequencies), or tokens.
            counted = (NOT_COUNTED if not field.scorable else DISTINCT
                       if type(field.format) is formats.Existence else TOKENS)
            # Plain: a list is its tokens, and there is nothing else to do with it.
            plain = (bool(field.indexed) and not own and not field.stored
                     and field.column_type is None)
            plan.append((name, field, bool(field.indexed), bool(field.stored), field.column_type,
                         own, counted, plain))
        self._plans[tuple(fields)] = plan
        return plan

    def _tokens(self, name: str, field: Any, value: Any) -> list[Any]:
        if self._own_index[name]:
            # A number field's terms depend on the value alone (the day: a few
            # hundred values in a segment, eight terms each).
            cache = self._term_cache.setdefault(name, {})
            key = (type(value), value) if isinstance(value, int | float | str) else None
            terms = cache.get(key) if key is not None else None
            if terms is None:
                terms = [term for term, *_ in field.index(value)]
                if key is not None and len(cache) < _TERM_CACHE:
                    cache[key] = terms
            return terms
        if isinstance(value, list):
            return value
        if type(field.analyzer) is IDTokenizer and isinstance(value, str):
            return [value]  # what it yields: the whole value, one token
        # Positions are token indexes: true of newsearch's tokenizers, which never skip.
        return [t.text for t in field.analyzer(value, positions=True, mode="index")]

    def _check_derived(self, name: str, field: Any, spec: StemsOf,
                       fields: dict[str, Any]) -> StemsOf:
        """``spec`` if the writer can index field ``name`` from it (ValueError if not)."""
        source = fields.get(spec.source)
        # (Its lengths are its token counts: a field without frequencies is not supported.)
        if (not field.indexed or field.stored or field.column_type is not None
                or type(field.format) is formats.Existence
                or self._own_index[name] or not isinstance(source, list)
                or not 0 <= spec.head <= len(source) or spec.repeat < 1
                or self._own_index.get(spec.source, True)):
            raise ValueError(f"field {name!r}: cannot be indexed as {spec!r}")
        return spec

    def _add_derived(self, name: str, docnum: int, spec: StemsOf, size: int,
                     counted: int) -> None:
        """Note field ``name`` of document ``docnum`` as ``spec`` says, from its source's
        ``size`` term numbers (the last the source's column holds)."""
        if not size:
            return
        key = (spec.source, spec.stem, spec.stem_many)
        noted = self._pending.get(name)
        if noted is not None and noted[0] != key:
            self._materialize(name)
            noted = None
        if noted is None:
            noted = self._pending[name] = (key, counted, [])
        start = len(self._columns[spec.source].terms) - size
        noted[2].append((docnum, start, size, spec.head, spec.repeat))

    def _materialize(self, name: str) -> None:
        """Append the terms of the documents noted by :meth:`_add_derived` for field
        ``name`` to its column: each word is stemmed once per segment, and the
        documents' term numbers are mapped and laid out with array operations, not a
        list per document."""
        (source, stem, stem_many), counted, noted = self._pending.pop(name)
        column = self._columns.get(name)
        if column is None:
            column = self._columns[name] = TokenColumn(counted)
        table = self._derived.setdefault((source, name, stem), [])
        words = self._columns[source].numbers
        if len(words) > len(table):
            # The source's words numbered since the last time (keys in first-seen order).
            # A number given here may stay unused (a word of a document given the
            # field's tokens otherwise); write_field leaves such terms out.
            new = list(islice(words, len(table), None))
            table.extend(map(column.numbers.__getitem__,
                             map(stem, new) if stem_many is None else stem_many(new)))
        docs, start, size, head, repeat = np.array(noted, np.int64).T
        # Each document's pieces of its source: the first ``head`` numbers ``repeat``
        # times, then the rest.
        pieces = repeat + 1
        doc_of = np.repeat(np.arange(len(docs)), pieces)
        rest = np.arange(len(doc_of)) - np.repeat(np.cumsum(pieces) - pieces, pieces) == (
            repeat[doc_of])
        piece_start = start[doc_of] + np.where(rest, head[doc_of], 0)
        piece_size = np.where(rest, (size - head)[doc_of], head[doc_of])
        before = np.cumsum(piece_size) - piece_size
        at = np.repeat(piece_start - before, piece_size) + np.arange(int(piece_size.sum()))
        terms = np.asarray(table, np.uint32)[np.frombuffer(self._columns[source].terms,
                                                           np.uint32)[at]]
        column.terms.frombytes(terms.tobytes())
        column.docs.frombytes(docs.astype(np.uint32).tobytes())
        column.counts.frombytes((size + head * (repeat - 1)).astype(np.uint32).tobytes())

    def _flush_per_doc(self) -> None:
        """Hand the per-document writer its columns and field lengths, as Whoosh's
        per-document calls would have left them."""
        perdoc = self.perdocwriter
        writers = perdoc._colwriters
        # Below the pickler, the compressed-bytes column: its plain bytes, as the data is
        # compressed already.
        _add_bytes(writers["_stored"]._child, self._stored)
        self._stored = []
        for name in sorted(self._columns):
            docs, lengths = self._columns[name].field_lengths()
            if len(docs):
                _write_bytes_column(perdoc, _lenfield(name), docs, length_bytes(lengths))
                perdoc._fieldlengths[name] += int(lengths.sum())
        for name, (column_type, cells) in self._values.items():
            if not perdoc._has_column(name):
                perdoc._create_column(name, column_type)
            writer = writers[name]
            if type(writer) is VarBytesColumn.Writer:
                values: list[bytes | None] = [None] * self.docnum
                for docnum, value in cells:
                    values[docnum] = value
                _add_bytes(writer, values)  # the facets' display values: bytes, in one write
                continue
            for docnum, value in cells:
                writer.add(docnum, value)
        self._values = {}
        perdoc._doccount = self.docnum

    def _flush_segment(self) -> None:
        for name in list(self._pending):
            self._materialize(name)
        self._flush_per_doc()
        self.perdocwriter.close()
        fw = self.fieldwriter
        for name in sorted(self._columns):
            column = self._columns.pop(name)  # freed field by field once written
            if not column.terms:
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
        self._columns, self._derived, self._pending = {}, {}, {}
        self._stored, self._values = [], {}
        super()._close_segment()


def _add_bytes(writer: Any, values: list[bytes | None]) -> None:
    """``VarBytesColumn.Writer.add(docnum, value)`` of each value not None, ``docnum`` its
    index (from the writer's count on: the column is filled here only), in one write; a
    document without one before the last that has one gets an empty value, as ``fill``
    gives it."""
    last = max((i for i, value in enumerate(values) if value is not None), default=-1)
    items = [b"" if value is None else value for value in values[writer._count:last + 1]]
    if not items:
        return
    sizes = np.fromiter(map(len, items), np.int64, len(items))
    writer._dbfile.write(b"".join(items))
    extend_growable(writer._lengths, sizes)
    extend_growable(writer._offsets, np.cumsum(sizes) - sizes + writer._offset_base)
    writer._offset_base += int(sizes.sum())
    writer._count = last + 1


def _write_bytes_column(perdoc: Any, name: str, docs: np.ndarray, values: np.ndarray) -> None:
    """Whoosh's one-byte length column (``LENGTHS_COLUMN``) for ``values`` (nonzero bytes)
    of documents ``docs`` (increasing), in one write: the bytes its writer gives, a
    default zero for every document before the last without a value."""
    if not perdoc._has_column(name):
        perdoc._create_column(name, LENGTHS_COLUMN)
    writer = perdoc._colwriters[name]
    start = writer._count
    row = np.zeros(int(docs[-1]) + 1 - start, np.uint8)
    row[docs - start] = values
    writer._dbfile.write(row.tobytes())
    writer._count = int(docs[-1]) + 1
