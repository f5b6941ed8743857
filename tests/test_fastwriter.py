"""The grouped segment writer must write what Whoosh's own SegmentWriter writes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import columns, fields, formats
from whoosh.codec.whoosh3 import COMPRESSION_MIN_SIZE, W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from newsearch import analysis
from newsearch.engine import blocks, documents, fastwriter
from newsearch.engine.fastwriter import GroupedSegmentWriter
from newsearch.engine.schema import build_schema
from newsearch.model import Article, Place


def _segment_files(folder: Path, schema: fields.Schema, writer_cls: type,
                   docs: list[dict]) -> dict[str, bytes]:
    """Write ``docs`` as one segment; its sub-files by name (segment id blanked)."""
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(schema, indexname="MAIN")
    writer = writer_cls(ix, _lk=False)
    for doc in docs:
        writer.add_document(**doc)
    segment = writer._finalize_segment()
    writer._commit_toc([segment])
    writer._finish()
    sid = segment.segment_id()
    store = segment.open_compound_file(FileStorage(str(folder)))
    try:
        return {name.replace(sid, "SEG"): store.open_file(name).read() for name in store.list()}
    finally:
        store.close()


def _articles(n: int, grouped: bool = False) -> list[dict]:
    body = ("Oil prices rose in Tehran's markets as OPEC met; the oil ministers said "
            "prices would hold. Café owners in Zürich disagreed. ")
    out = []
    for i in range(n):
        article = Article(
            id=f"a{i}", title=f"Oil story {i} of Iran", body=body * (1 + i % 7) + f"word{i % 50}",
            date=datetime(1987, 3, 1 + i % 28), places=[Place("Tehran", "Iran", True)],
            people=["Bashar al-Assad"] if i % 3 else [], orgs=["OPEC"], topics=["crude"],
            source="Reuters", key=f"k{i}", path="f.sgm")
        doc = documents.to_fields(article, grouped=grouped)
        doc["file"] = "f.sgm"
        out.append(doc)
    return out


@pytest.fixture
def no_sharing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Shared value objects are pickled as back-references: same data, other bytes.
    monkeypatch.setattr(fastwriter, "_share_singles", False)
    monkeypatch.setattr(blocks, "ZLIB_WBITS", 15)
    monkeypatch.setattr(blocks, "ZLIB_MEMLEVEL", 8)
    monkeypatch.setattr(fastwriter, "STORED_MEMLEVEL", 8)
    monkeypatch.setattr(fastwriter, "STORED_PROTOCOL", 2)
    monkeypatch.setattr(blocks, "COMPRESS_FROM", COMPRESSION_MIN_SIZE)
    monkeypatch.setattr(fastwriter, "BLOCK_LIMIT", 128)  # Whoosh's W3Codec default


def test_same_bytes_as_whoosh_on_newsearch_documents(tmp_path: Path, no_sharing: None) -> None:
    docs = _articles(300)  # common terms span several 128-posting blocks
    stock = _segment_files(tmp_path / "stock", build_schema(), SegmentWriter, docs)
    fast = _segment_files(tmp_path / "fast", build_schema(), GroupedSegmentWriter, docs)
    assert set(stock) == set(fast)
    assert {name for name in stock if stock[name] != fast[name]} == set()


def test_larger_blocks_same_bytes_as_whoosh_with_that_block_limit(
        tmp_path: Path, no_sharing: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our blocks of up to 512 postings are those Whoosh writes with that limit."""
    monkeypatch.setattr(fastwriter, "BLOCK_LIMIT", 512)
    docs = _articles(1100)  # common terms span a full 512-posting block and more

    def stock_writer(ix: Any, **kwargs: Any) -> SegmentWriter:
        return SegmentWriter(ix, codec=W3Codec(blocklimit=512), **kwargs)

    stock = _segment_files(tmp_path / "stock", build_schema(), stock_writer, docs)
    fast = _segment_files(tmp_path / "fast", build_schema(), GroupedSegmentWriter, docs)
    assert {name for name in stock if stock[name] != fast[name]} == set()


def test_ranked_text_given_as_stems_of_the_exact_words_same_bytes(
        tmp_path: Path, no_sharing: None) -> None:
    plain = _articles(300)
    grouped = _articles(300, grouped=True)
    assert isinstance(grouped[0]["content"], fastwriter.StemsOf)
    # Documents given both ways in one segment, and one with a title only: words
    # numbered for the exact field but never kept in the ranked one are left out.
    title_only = documents.to_fields(Article(id="t", title="Oil title alone", body=""),
                                     grouped=True)
    no_words = documents.to_fields(Article(id="n", title="", body="", key="n"), grouped=True)
    assert "content" not in no_words and "exact" not in no_words
    docs = [plain[0], {"id": "p", "exact": ["unranked", "oil"], "title": ["unrank"]},
            *grouped[1:150], title_only, no_words, *plain[150:]]
    want = [plain[0], {"id": "p", "exact": ["unranked", "oil"], "title": ["unrank"]},
            *plain[1:150], documents.to_fields(Article(id="t", title="Oil title alone",
                                                       body="")),
            documents.to_fields(Article(id="n", title="", body="", key="n")), *plain[150:]]
    stock = _segment_files(tmp_path / "stock", build_schema(), SegmentWriter, want)
    fast = _segment_files(tmp_path / "fast", build_schema(), GroupedSegmentWriter, docs)
    assert set(stock) == set(fast)
    assert {name for name in stock if stock[name] != fast[name]} == set()


def test_stems_memo_in_bulk_gives_each_words_stem(monkeypatch: pytest.MonkeyPatch) -> None:
    # New words are stemmed in one call; the memo is cleared when it would grow too big.
    monkeypatch.setattr(documents, "_STEMS_MAX", 4)
    memo = documents._Stems()
    words = ["running", "cities", "running", "agreed"]
    assert memo.many(words) == [analysis.stem(w) for w in words]
    more = ["news", "skies", "cities", "dying", "lying"]
    assert memo.many(more) == [analysis.stem(w) for w in more]
    assert memo["running"] == analysis.stem("running")


def test_stems_of_a_missing_field_are_refused_without_trace(tmp_path: Path) -> None:
    ix = FileStorage(str(tmp_path)).create_index(build_schema(), indexname="MAIN")
    writer = GroupedSegmentWriter(ix, _lk=False)
    try:
        with pytest.raises(ValueError, match="cannot be indexed"):
            writer.add_document(id="x", content=fastwriter.StemsOf("exact", str.upper))
        with pytest.raises(ValueError, match="cannot be indexed"):
            writer.add_document(id="x", exact=["a"], content=fastwriter.StemsOf(
                "exact", str.upper, head=2))
        assert writer.docnum == 0 and not writer._columns
    finally:
        writer.cancel()


def test_shared_values_read_back_the_same(tmp_path: Path) -> None:
    docs = _articles(150)
    schema = build_schema()
    results = []
    for name, cls in (("stock", SegmentWriter), ("fast", GroupedSegmentWriter)):
        folder = tmp_path / name
        _segment_files(folder, schema, cls, docs)
        ix = FileStorage(str(folder)).open_index("MAIN")
        with ix.reader() as reader:
            dump = []
            for fieldname, text in reader.all_terms():
                m = reader.postings(fieldname, text)
                dump.append((fieldname, text, list(m.items_as("positions"))
                             if schema[fieldname].format.supports("positions")
                             else list(m.all_ids())))
            results.append(dump)
    assert results[0] == results[1]
    assert len(results[0]) > 100


_words = st.lists(st.sampled_from(["a", "b", "zz", "é", "ünï", "x" * 30, "日本"]), max_size=300)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_words, _words, st.lists(st.sampled_from(["p", "q", "r"]),
                                                   max_size=3)),
                min_size=1, max_size=40))
def test_same_bytes_on_random_term_lists(tmp_path_factory: pytest.TempPathFactory,
                                         no_sharing: None,
                                         docs: list[tuple[list, list, list]]) -> None:
    schema = fields.Schema(pos=fields.TEXT(phrase=True), freq=fields.TEXT(phrase=False),
                           kw=fields.KEYWORD(scorable=False), ident=fields.ID(stored=True))
    rows = []
    for i, (pos, freq, kw) in enumerate(docs):
        row = {"ident": f"d{i}"}
        for name, value in (("pos", pos), ("freq", freq), ("kw", kw)):
            if value:
                row[name] = value
        rows.append(row)
    base = tmp_path_factory.mktemp("rand")
    stock = _segment_files(base / "stock", schema, SegmentWriter, rows)
    fast = _segment_files(base / "fast", schema, GroupedSegmentWriter, rows)
    assert stock == fast


def test_boost_keywords_are_refused(tmp_path: Path) -> None:
    ix = FileStorage(str(tmp_path)).create_index(build_schema(), indexname="MAIN")
    writer = GroupedSegmentWriter(ix, _lk=False)
    try:
        with pytest.raises(ValueError, match="not supported"):
            writer.add_document(id="x", _boost=2.0)
    finally:
        writer.cancel()


def test_long_documents_same_bytes_as_whoosh(tmp_path: Path, no_sharing: None) -> None:
    # 1,500 repeats: pickle's batches of 1,000 list items; 70,000 words: positions
    # past 65,535 take pickle's 4-byte integers.
    schema = fields.Schema(pos=fields.TEXT(phrase=True), freq=fields.TEXT(phrase=False))
    words = ["a"] * 1500 + [f"w{i % 997}" for i in range(70_000)] + ["a", "z"]
    docs = [{"pos": words, "freq": words[:5000]}, {"pos": ["z", "a"]}]
    stock = _segment_files(tmp_path / "stock", schema, SegmentWriter, docs)
    fast = _segment_files(tmp_path / "fast", schema, GroupedSegmentWriter, docs)
    assert stock == fast


def test_gaps_in_stored_fields_and_columns_same_bytes(tmp_path: Path, no_sharing: None) -> None:
    # Stored values, length bytes and column values are handed to Whoosh's
    # per-document writer at the flush: documents lacking them leave gaps.
    schema = fields.Schema(note=fields.STORED(), text=fields.TEXT(phrase=True),
                           tag=fields.ID(stored=True),
                           blob=fields.COLUMN(columns.VarBytesColumn()))
    docs: list[dict] = [{"text": ["a", "b"]}, {"note": {"k": [1, 2]}, "tag": "t1"},
                        {"blob": b"xy"}, {}, {"text": ["b"] * 300, "blob": b"z", "tag": "t2"},
                        {"note": None, "text": ["c"]}]
    stock = _segment_files(tmp_path / "stock", schema, SegmentWriter, docs)
    fast = _segment_files(tmp_path / "fast", schema, GroupedSegmentWriter, docs)
    assert stock == fast


def test_distinct_term_lengths_same_bytes_as_whoosh(tmp_path: Path, no_sharing: None) -> None:
    # A scored field without frequencies counts each document's distinct terms (read
    # at the flush from what add_document noted), not its tokens.
    tags = fields.KEYWORD()
    tags.format = formats.Existence(tags.format.field_boost)
    tags.scorable = True
    schema = fields.Schema(tags=tags, text=fields.TEXT(phrase=False))
    docs: list[dict] = [{"tags": ["a", "b", "a", "a"], "text": ["x", "x"]}, {"text": ["y"]},
                        {"tags": ["c"] * 40 + ["d"]}, {"tags": ["b", "c"], "text": ["x"] * 9}]
    stock = _segment_files(tmp_path / "stock", schema, SegmentWriter, docs)
    fast = _segment_files(tmp_path / "fast", schema, GroupedSegmentWriter, docs)
    assert stock == fast


def test_stems_of_into_a_field_without_frequencies_are_refused(tmp_path: Path) -> None:
    # Such a field's lengths count distinct terms, which the writer does not make for
    # a field given as StemsOf.
    tags = fields.KEYWORD()
    tags.format = formats.Existence(tags.format.field_boost)
    schema = fields.Schema(tags=tags, text=fields.TEXT(phrase=True))
    ix = FileStorage(str(tmp_path)).create_index(schema, indexname="MAIN")
    writer = GroupedSegmentWriter(ix, _lk=False)
    try:
        with pytest.raises(ValueError, match="cannot be indexed"):
            writer.add_document(text=["a"], tags=fastwriter.StemsOf("text", str.upper))
    finally:
        writer.cancel()


def test_refused_document_leaves_no_trace(tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(build_schema(), indexname="MAIN")
    writer = GroupedSegmentWriter(ix, _lk=False)
    with pytest.raises(ValueError, match="out of range"):
        writer.add_document(id="bad", content=["refused"], day=-5)
    writer.add_document(id="good", content=["kept"], day=725000)
    segment = writer._finalize_segment()
    writer._commit_toc([segment])
    writer._finish()
    with ix.reader() as reader:
        assert reader.doc_count_all() == 1
        assert list(reader.lexicon("content")) == [b"kept"]
        assert list(reader.lexicon("id")) == [b"good"]
        assert reader.stored_fields(0) == {"id": "good"}


def _committed_index(folder: Path, docs: list[dict]) -> Any:
    """A new index in ``folder`` holding ``docs``, written by the grouped writer and committed."""
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(build_schema(), indexname="MAIN")
    writer = GroupedSegmentWriter(ix, _lk=False)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    return ix


def test_small_blocks_stay_uncompressed_and_read_back(tmp_path: Path) -> None:
    """A block whose data pickle is under ``blocks.COMPRESS_FROM`` bytes is stored as is
    (its header says so), a bigger one compressed; Whoosh reads both."""
    import zlib

    docs = _articles(300)
    ix = _committed_index(tmp_path / "ix", docs)
    kinds = set()
    with ix.reader() as reader:
        for term in reader.lexicon("exact"):
            matcher = reader.postings("exact", term)
            while True:
                stored = matcher._postfile.get(matcher._dataoffset,
                                               matcher._nextoffset - matcher._dataoffset)
                compressed = bool(matcher._compression)
                raw = zlib.decompress(stored) if compressed else stored
                assert compressed == (len(raw) >= blocks.COMPRESS_FROM)
                kinds.add(compressed)
                if matcher._lastblock:
                    break
                matcher._next_block()
            expected = [i for i, d in enumerate(docs) if term.decode() in d["exact"]]
            assert list(reader.postings("exact", term).all_ids()) == expected
    assert kinds == {True, False}


def test_stored_fields_pickled_at_protocol_4_read_back(tmp_path: Path) -> None:
    """Stored fields are pickled with ``STORED_PROTOCOL`` (4, not Whoosh's 2); Whoosh's
    reader loads them unchanged."""
    docs = _articles(20)
    ix = _committed_index(tmp_path / "ix", docs)
    assert fastwriter.STORED_PROTOCOL == 4
    with ix.reader() as reader:
        # Below the pickler, the compressed-bytes column: a document's pickle as written.
        column = reader._perdoc.column_reader("_stored", columns.CompressedBytesColumn())
        assert column[0][:2] == b"\x80\x04"
        for docnum, doc in enumerate(docs):
            stored = reader.stored_fields(docnum)
            assert stored["id"] == doc["id"]
            assert stored["stored_data"] == doc["stored_data"]
