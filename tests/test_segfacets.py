"""Per-segment facet tables: the same counts as decoding every document, file or no file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import newsearch
from newsearch import Article
from newsearch.engine import facets as fc
from newsearch.engine import segfacets, store
from newsearch.engine.check import check_index
from newsearch.engine.schema import FACETS
from newsearch.engine.search import Reader
from newsearch.ingest import index_paths

PLACES = ["Syria", "Turkey", "Iraq", "Lebanon", "Jordan"]
PEOPLE = ["Bashar Assad", "Recep Erdogan", "Suhail Hassan"]


def _corpus(folder: Path, files: int = 5, per_file: int = 8) -> Path:
    folder.mkdir()
    for f in range(files):
        rows = []
        for i in range(per_file):
            n = f * per_file + i
            rows.append(json.dumps({
                "id": f"d{n}", "title": f"Story {n}", "body": f"Talks on day {n}.",
                "date": f"2015-0{1 + n % 9}-{10 + n % 18}" if n % 5 else "",
                "places": PLACES[n % 5:n % 5 + 1 + n % 2], "people": PEOPLE[:n % 4],
                "orgs": ["UN"] if n % 3 == 0 else []}))
        (folder / f"part{f}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture()
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus = _corpus(tmp_path / "corpus")
    index = tmp_path / "ix"
    index_paths([corpus], index, batch_size=2, workers=2)  # several worker segments
    return corpus, index


def _pairs(table: segfacets.SegmentFacets, facet: str) -> set[tuple[int, str]]:
    names = table.names[facet]
    return {(d, names[v]) for d, v in zip(table.docs[facet].tolist(),
                                          table.values[facet].tolist(), strict=True)}


def _plain_counts(index: Path) -> tuple[dict[str, list[tuple[str, int]]], list[int]]:
    """Every live document's column, decoded and counted the slow, obvious way."""
    ix = store.open_whoosh(index)
    with ix.reader() as reader:
        col = reader.column_reader("facet_data")
        live = [d for d in range(reader.doc_count_all()) if not reader.is_deleted(d)]
        rows = [fc.decode_facet_data(col[d]) for d in live]
    ix.close()
    counts = {facet: [(c.value, c.count) for c in
                      fc.count_lists((meta.get(facet, []) for meta, _ in rows), 100)]
              for facet in FACETS}
    return counts, sorted(day for _, day in rows if day)


def _table_counts(reader: Reader) -> tuple[dict[str, list[tuple[str, int]]], list[int]]:
    searcher = reader.searcher()
    tables = reader.tables()
    live = np.array([d for d in range(searcher.reader().doc_count_all())
                     if not searcher.reader().is_deleted(d)], dtype=np.int64)
    counts = {facet: [(c.value, c.count) for c in fc.count(tables, facet, live, 100)]
              for facet in FACETS}
    return counts, sorted(int(d) for d in tables.days if d)


def test_worker_segments_have_facet_files_equal_to_their_columns(built) -> None:
    _, index = built
    ix = store.open_whoosh(index)
    with ix.reader() as reader:
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
        assert len(leaves) > 1
        for leaf in leaves:
            stored = segfacets.read(segfacets.path_for(index, leaf.segment().segment_id()))
            assert stored is not None
            truth = segfacets.from_column(leaf)
            assert stored.days.tolist() == truth.days.tolist()
            assert all(_pairs(stored, f) == _pairs(truth, f) for f in FACETS)
        assert all(_pairs(segfacets.from_column(leaf), "place") for leaf in leaves)
    ix.close()


def test_joined_tables_count_like_decoding_every_live_document(built) -> None:
    corpus, index = built
    part = corpus / "part1.jsonl"
    part.write_text(part.read_text(encoding="utf-8").replace("Syria", "Egypt"),
                    encoding="utf-8")
    index_paths([corpus], index, batch_size=2, workers=1)  # part1's old documents deleted
    with newsearch.open_index(index) as api:
        api.add([Article(id="x1", key="x1", title="Extra", body="More talks.",
                         places=[newsearch.Place("Damascus", "Syria", True)],
                         people=["Bashar Assad"])])  # a segment without a facet file
    reader = Reader(index)
    try:
        assert reader.searcher().reader().has_deletions()
        got = _table_counts(reader)
    finally:
        reader.close()
    expected = _plain_counts(index)
    assert got == expected
    assert "Egypt" in dict(got[0]["place"]) and "Damascus" in dict(got[0]["place"])


def test_co_documents_count_the_stories_naming_a_value_of_each_side(built) -> None:
    _, index = built
    pairs = {"a": (["Bashar Assad"], ["Recep Erdogan", "Suhail Hassan"]),
             "b": (["Suhail Hassan"], ["Bashar Assad"]),  # Assad on two right sides
             "none": (["Nobody"], ["Bashar Assad"])}
    ix = store.open_whoosh(index)
    with ix.reader() as reader:
        col = reader.column_reader("facet_data")
        rows = [set(fc.decode_facet_data(col[d])[0].get("person", []))
                for d in range(reader.doc_count_all())]
        got = segfacets.co_documents(index, reader, "person", pairs)
    ix.close()
    expected = {key: sum(1 for names in rows if names & set(left) and names & set(right))
                for key, (left, right) in pairs.items()}
    assert got == expected
    assert got["a"] > got["b"] > 0 and got["none"] == 0


def test_damaged_and_missing_facet_files_change_nothing(built, tmp_path: Path) -> None:
    _, index = built
    copy = tmp_path / "copy"
    shutil.copytree(index, copy)
    files = sorted(copy.glob(f"*{segfacets.SUFFIX}"))
    assert len(files) > 2
    files[0].write_bytes(files[0].read_bytes()[:50])
    files[1].unlink()
    reader = Reader(copy)
    try:
        assert _table_counts(reader) == _plain_counts(index)
    finally:
        reader.close()
    report = check_index(copy)
    assert not report.problems
    assert any("facet file" in note and "unreadable" in note for note in report.notes)


def test_check_reports_a_facet_file_that_disagrees(built) -> None:
    _, index = built
    files = sorted(index.glob(f"*{segfacets.SUFFIX}"))
    table = segfacets.read(files[0])
    assert table is not None
    table.days = np.full_like(table.days, 700_000)
    segfacets.write(files[0], table)
    problems = check_index(index).problems
    assert len(problems) == 1 and "facet file" in problems[0] and "disagrees" in problems[0]


def test_a_commit_rebuilds_only_the_new_segments_table(built) -> None:
    _, index = built
    reader = Reader(index)
    try:
        jordan = {c.value: c.count for c in
                  fc.count(reader.tables(), "place", np.arange(40), 10)}["Jordan"]
        before = dict(reader._segment_facets)
        with newsearch.open_index(index) as api:
            api.add([Article(id="x2", key="x2", title="Extra", body="Talks.",
                             places=[newsearch.Place("Amman", "Jordan", True)])])
        tables = reader.tables()  # a new generation
        after = reader._segment_facets
        assert set(before) < set(after)
        assert all(after[segid] is table for segid, table in before.items())
        counts = {c.value: c.count for c in
                  fc.count(tables, "place", np.arange(len(tables.days)), 10)}
        assert counts["Jordan"] == jordan + 1
    finally:
        reader.close()
    assert _table_counts(Reader(index)) == _plain_counts(index)


def test_file_round_trip_and_inconsistent_files_rejected(tmp_path: Path) -> None:
    rows = [({"place": ["Syria", "Idlib"], "person": ["Assad"]}, 735_000), ({}, 0),
            ({"place": ["Syria"]}, 735_001)]
    table = segfacets.from_rows(rows)
    path = tmp_path / "MAIN_x.nsf"
    segfacets.write(path, table)
    back = segfacets.read(path)
    assert back is not None and back.count == 3
    assert back.days.tolist() == [735_000, 0, 735_001]
    assert _pairs(back, "place") == {(0, "Syria"), (0, "Idlib"), (2, "Syria")}
    table.values["place"] = table.values["place"] + 5  # names it does not have
    segfacets.write(path, table)
    assert segfacets.read(path) is None
    assert segfacets.read(tmp_path / "missing.nsf") is None


def test_the_merged_segment_gets_a_facet_file(built) -> None:
    _, index = built
    expected = _plain_counts(index)
    old = set(index.glob(f"*{segfacets.SUFFIX}"))
    index_paths([], index, optimize=True)
    now = set(index.glob(f"*{segfacets.SUFFIX}"))
    assert len(now) == 1 and not now & old  # the merged-away segments' files are gone
    reader = Reader(index)
    try:
        assert _table_counts(reader) == expected
    finally:
        reader.close()
    assert not check_index(index).problems


def _same_table(a: segfacets.SegmentFacets, b: segfacets.SegmentFacets) -> bool:
    return (a.count == b.count and a.days.tolist() == b.days.tolist()
            and all(a.names[f] == b.names[f] and a.docs[f].tolist() == b.docs[f].tolist()
                    and a.values[f].tolist() == b.values[f].tolist() for f in FACETS))


@pytest.mark.parametrize("extra", [
    [],
    [b""],  # a document without facet data
    [b"Aleppo\x1e736000"],  # fewer parts than the facets have
    ["\x1e".join(["x\x1e"] + [""] * 6).encode()],  # a value holding the separator
])
def test_facet_data_decoded_in_bulk_as_document_by_document(extra: list[bytes]) -> None:
    data = [fc.encode_facet_data({"place": ["Syria", "Idlib", "Syria"], "person": ["Assad"]},
                                 735_000),
            fc.encode_facet_data({}, 0),
            fc.encode_facet_data({"place": ["Zürich"], "org": ["UN", "UN"],
                                  "topic": ["", "war"]}, 735_001),
            fc.encode_facet_data({"place": ["Idlib"], "source": ["Reuters"]}, 12),
            *extra]
    table = segfacets.from_data(data)
    assert _same_table(table, segfacets.from_rows([fc.decode_facet_data(d) for d in data]))
    if not extra:
        assert table.names["place"] == ["Syria", "Idlib", "Zürich"]  # first seen first
        assert _pairs(table, "place") == {(0, "Syria"), (0, "Idlib"), (2, "Zürich"),
                                          (3, "Idlib")}
        assert table.values["org"].tolist() == [0]  # a repeated value counts once
    assert segfacets.from_data([]).count == 0
