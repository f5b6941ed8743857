"""Incremental indexing: added, unchanged, modified, deleted, skipped."""

from pathlib import Path

import newsearch
from newsearch.ingest import index_paths


def count(index_dir: Path, query: str = "*") -> int:
    with newsearch.open_index(index_dir) as ix:
        return ix.search(query, limit=0, facets=()).total


def test_first_run_adds_everything(corpus: Path, index_dir: Path):
    report = index_paths([corpus], index_dir)
    assert (report.added, report.updated, report.unchanged, report.removed) == (5, 0, 0, 0)
    assert report.skipped == []
    assert count(index_dir) == 5


def test_rerun_on_unchanged_corpus_changes_nothing(corpus: Path, index_dir: Path):
    index_paths([corpus], index_dir)
    before = sorted(p.name for p in index_dir.iterdir())
    report = index_paths([corpus], index_dir)
    assert (report.added, report.updated, report.unchanged, report.removed) == (0, 0, 5, 0)
    assert sorted(p.name for p in index_dir.iterdir()) == before
    assert count(index_dir) == 5


def test_modified_file_is_updated_not_duplicated(corpus: Path, index_dir: Path):
    index_paths([corpus], index_dir)
    f = corpus / "palmyra.txt"
    f.write_text(f.read_text().replace("ancient city", "ancient desert city"))
    report = index_paths([corpus], index_dir)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 4)
    assert count(index_dir) == 5
    assert count(index_dir, '"desert city"') == 1


def test_deleted_file_is_removed(corpus: Path, index_dir: Path):
    index_paths([corpus], index_dir)
    (corpus / "aleppo.txt").unlink()
    report = index_paths([corpus], index_dir)
    assert report.removed == 1
    assert count(index_dir) == 4
    assert count(index_dir, "barrel bombs market") == 0


def test_broken_file_is_reported_and_the_run_goes_on(corpus: Path, index_dir: Path):
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary junk")
    seen = []
    report = index_paths([corpus], index_dir, on_skip=lambda p, r: seen.append((p, r)))
    assert report.added == 5
    assert [(Path(p).name, r) for p, r in report.skipped] == [
        ("broken.txt", "binary file (NUL bytes)")
    ]
    assert seen == report.skipped


def test_truncated_json_array_keeps_its_good_records(tmp_path: Path, index_dir: Path):
    import json
    dump = tmp_path / "dump.json"
    text = json.dumps([{"id": f"r{n}", "title": f"Harbour story {n}"} for n in range(4)])
    dump.write_text(text[: text.index('{"id": "r3"')])  # an interrupted export
    report = index_paths([tmp_path], index_dir)
    assert report.added == 3
    assert report.skipped == [(str(dump), "record 4: unexpected end of file; "
                                          "the 3 records before it were read")]
    assert count(index_dir, "harbour") == 3


def test_ids_are_unique_slugs_even_for_equal_titles(tmp_path: Path, index_dir: Path):
    folder = tmp_path / "c"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"Same title\n\nBody number {i} of the story.\n")
    index_paths([folder], index_dir)
    with newsearch.open_index(index_dir) as ix:
        ids = [h.id for h in ix.search("same title", limit=10, facets=()).hits]
    assert len(set(ids)) == 3
    assert all(i.startswith("same-title") for i in ids)
    # Ids are stable: re-indexing a changed file keeps its id.
    (folder / "1.txt").write_text("Same title\n\nBody number 1, corrected.\n")
    index_paths([folder], index_dir)
    with newsearch.open_index(index_dir) as ix:
        again = [h.id for h in ix.search("same title", limit=10, facets=()).hits]
    assert sorted(again) == sorted(ids)


def test_batches_commit_many_files(tmp_path: Path, index_dir: Path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(25):
        (folder / f"{i:02}.txt").write_text(f"Story {i}\n\nText of story number {i}.\n")
    report = index_paths([folder], index_dir, batch_size=4)
    assert report.added == 25
    assert count(index_dir) == 25


def test_optimize_merges_segments_and_keeps_every_article(tmp_path: Path, index_dir: Path):
    from newsearch.engine import store

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02}.txt").write_text(f"Story {i}\n\nText of story number {i}.\n")
    index_paths([folder], index_dir, batch_size=3)
    ix = store.open_whoosh(index_dir)
    assert len(ix._segments()) > 1
    ix.close()
    (folder / "00.txt").write_text("Story 0\n\nText of story zero, revised.\n")
    report = index_paths([folder], index_dir, optimize=True)
    assert report.updated == 1
    ix = store.open_whoosh(index_dir)
    assert len(ix._segments()) == 1
    ix.close()
    assert count(index_dir) == 12
    assert count(index_dir, "revised") == 1


def test_progress_reports_the_file_count_first_and_every_file_at_the_end(corpus: Path,
                                                                          index_dir: Path):
    seen: list[tuple[int, int, int]] = []
    index_paths([corpus], index_dir, batch_size=2,
                progress=lambda p: seen.append((p.files_done, p.files_total, p.articles)))
    assert seen[0] == (0, 5, 0)  # before the first task comes back
    assert seen[-1] == (5, 5, 5)
    assert [s[0] for s in seen] == sorted(s[0] for s in seen)
