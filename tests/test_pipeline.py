"""Task planning: files grouped into even tasks, whole rounds for the workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsearch
from newsearch import pipeline
from newsearch.engine import store
from newsearch.engine.check import check_index
from newsearch.engine.writer import IndexWriter
from newsearch.ingest import file_hash, index_paths
from newsearch.loaders import LoadOptions
from newsearch.pipeline import FileJob, estimated_bytes, plan_tasks, split_jobs


def _jobs(sizes: list[int]) -> list[FileJob]:
    return [FileJob(f"f{i}.txt", "d", size, False) for i, size in enumerate(sizes)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 3_000_000), max_size=60), st.integers(1, 4),
       st.integers(1, 50))
def test_every_file_once_in_order(sizes: list[int], workers: int, batch: int) -> None:
    jobs = _jobs(sizes)
    tasks = plan_tasks(jobs, max_bytes=4_000_000, batch_size=batch, workers=workers)
    assert [job for task in tasks for job in task] == jobs
    assert all(0 < len(task) <= batch for task in tasks)


def test_five_tasks_worth_become_four_even_ones_on_two_workers() -> None:
    # 22 files of 1.5 MB: 33 MB is five 8 MB tasks, the fifth would run alone.
    jobs = _jobs([1_500_000] * 22)
    assert len(plan_tasks(jobs, max_bytes=8_000_000)) == 5
    tasks = plan_tasks(jobs, max_bytes=8_000_000, workers=2)
    assert [len(t) for t in tasks] == [5, 6, 5, 6]


def test_rounds_up_when_fewer_tasks_would_be_too_big() -> None:
    # Three tasks' worth on two workers: two would be 50 % over the limit, so four.
    jobs = _jobs([1_000_000] * 24)
    tasks = plan_tasks(jobs, max_bytes=8_000_000, workers=2)
    assert len(tasks) == 4
    assert {sum(estimated_bytes(j) for j in t) for t in tasks} == {6_000_000}


def test_a_file_never_splits_and_gz_counts_four_times() -> None:
    jobs = [FileJob("big.sgm.gz", "d", 5_000_000, False), FileJob("small.txt", "d", 10, False)]
    tasks = plan_tasks(jobs, max_bytes=8_000_000, workers=2)
    assert [[j.path for j in t] for t in tasks] == [["big.sgm.gz"], ["small.txt"]]


def test_no_files_no_tasks() -> None:
    assert plan_tasks([], workers=2) == []


def _dump(path: Path, n: int, dup_at: tuple[int, ...] = (), word: str = "oil") -> Path:
    rows = []
    for i in range(n):
        rid = "dup" if i in dup_at else f"r{i}"
        rows.append(json.dumps({"id": rid, "title": f"Story {i} on {word}",
                                "body": f"Prices of {word} moved on day {i}. " * 3,
                                "date": f"2020-01-{1 + i % 28:02d}"}))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "SPLIT_BYTES", 4_000)
    monkeypatch.setattr(pipeline, "PART_BYTES", 3_000)


def _ids(index: Path) -> list[str]:
    ix = store.open_whoosh(index)
    with ix.searcher() as searcher:
        ids = [fields["id"] for fields in searcher.all_stored_fields()]
    ix.close()
    return ids


def test_a_big_json_lines_file_is_read_in_parts(tmp_path: Path, small_parts: None) -> None:
    dump = _dump(tmp_path / "corpus.jsonl", 120)
    jobs = split_jobs([FileJob(str(dump), "d", dump.stat().st_size, False)])
    assert len(jobs) > 4 and {j.parts for j in jobs} == {len(jobs)}
    index = tmp_path / "ix"
    # Small batches: parts are published in several commits.
    report = index_paths([dump], index, batch_size=10, workers=2)
    assert report.added == 120 and not report.skipped
    assert sorted(_ids(index)) == sorted(f"r{i}" for i in range(120))
    with IndexWriter(index) as writer:
        assert writer.known_files() == {str(dump.resolve()): (file_hash(dump), 120)}
    again = index_paths([dump], index, batch_size=10, workers=2)
    assert again.unchanged == 120 and again.added == again.updated == 0


def test_a_changed_split_file_replaces_its_documents_once(tmp_path: Path,
                                                           small_parts: None) -> None:
    dump = _dump(tmp_path / "corpus.jsonl", 120)
    index = tmp_path / "ix"
    index_paths([dump], index, batch_size=10, workers=2)
    _dump(dump, 120, word="gas")
    report = index_paths([dump], index, batch_size=10, workers=2)
    # The old version is deleted with the first part published, not again with later ones.
    assert report.updated == 120
    assert sorted(_ids(index)) == sorted(f"r{i}" for i in range(120))
    with newsearch.open_index(index) as ix:
        assert ix.search("gas").total == 120 and ix.search("oil").total == 0
    assert not check_index(index).problems


def test_an_id_repeated_in_two_parts_is_kept_once(tmp_path: Path, small_parts: None) -> None:
    dump = _dump(tmp_path / "corpus.jsonl", 120, dup_at=(3, 110))
    assert len(split_jobs([FileJob(str(dump), "d", dump.stat().st_size, False)])) > 2
    skipped: list[tuple[str, str]] = []
    report = index_paths([dump], tmp_path / "ix", workers=2,
                         on_skip=lambda path, reason: skipped.append((path, reason)))
    assert report.added == 119
    assert skipped == [(str(dump.resolve()), "duplicate id 'dup'")]
    assert sorted(_ids(tmp_path / "ix")).count("dup") == 1
    assert not check_index(tmp_path / "ix").problems


def test_a_worker_starts_a_new_segment_when_one_grows_large(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "SEGMENT_TOKENS", 2_000)
    monkeypatch.setattr(pipeline, "CHUNK", 16)
    dump = _dump(tmp_path / "corpus.jsonl", 200)
    index = tmp_path / "ix"
    store.create(index)
    result = pipeline.build_task(str(index), [FileJob(str(dump), "d", 1, False)],
                                 LoadOptions())
    assert len(result.staged) >= 3  # about 2,000 words each
    assert sum(s.count for s in result.staged) == 200
    assert [f.count for f in result.files] == [200]
    with IndexWriter(index) as writer:
        writer.publish(result.staged, [], {str(dump): ("d", 200)}, removed=[])
    assert sorted(_ids(index)) == sorted(f"r{i}" for i in range(200))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 12_000_000), min_size=1, max_size=80), st.integers(1, 4))
def test_no_task_is_far_over_the_limit_unless_one_file_is(sizes: list[int],
                                                            workers: int) -> None:
    tasks = plan_tasks(_jobs(sizes), max_bytes=8_000_000, workers=workers)
    for task in tasks:
        assert len(task) == 1 or sum(j.size for j in task) <= 10_000_000


def test_files_near_the_task_size_get_a_task_each() -> None:
    # 40 files of 6.5 MB: 33 tasks' worth by bytes, but two files would make 13 MB.
    tasks = plan_tasks(_jobs([6_500_000] * 40), max_bytes=8_000_000, workers=2)
    assert [len(t) for t in tasks] == [1] * 40


def test_preload_loads_the_tables_workers_would_each_load(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    import sys

    from newsearch.extract import gazetteer as gazetteer_module
    from newsearch.extract import names as names_module

    gazetteer_module.gazetteer.cache_clear()
    names_module.first_names.cache_clear()
    pipeline.preload()
    assert "newsearch.extract" in sys.modules
    assert gazetteer_module.gazetteer.cache_info().currsize == 1
    assert names_module.first_names.cache_info().currsize == 1
    gaz = gazetteer_module.gazetteer()
    # Nothing left for a worker to build.
    assert {"head_keys", "compass_tails", "and_heads"} <= set(vars(gaz))


def test_a_pool_run_preloads_in_the_parent(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import newsearch.ingest as ingest

    calls: list[int] = []
    monkeypatch.setattr(ingest, "preload", lambda: calls.append(1))
    monkeypatch.setattr(ingest, "POOL_MIN_BYTES", 1)
    src = tmp_path / "src"
    src.mkdir()
    for i in range(4):
        (src / f"a{i}.txt").write_text(f"Story {i}\n\nBEIRUT - Rebels took Idlib on day {i}.\n")
    report = index_paths([src], tmp_path / "ix", workers=2)
    assert report.added == 4 and calls == [1]
    calls.clear()
    index_paths([src], tmp_path / "ix", workers=2)  # nothing changed: no pool, no tables
    assert calls == []


def test_tasks_go_out_biggest_first_ties_in_plan_order() -> None:
    sizes = [1_870_302, 1_960_947, 2_035_246, 2_168_141]  # Reuters' four tasks (gzip bytes)
    tasks = [[job] for job in _jobs(sizes)]
    order = pipeline.largest_first(tasks)
    assert [t[0].size for t in order] == sorted(sizes, reverse=True)
    # Two workers: each takes the next as it finishes, and both end with about half.
    ends = [0, 0]
    for task in order:
        ends[ends.index(min(ends))] += task[0].size
    assert abs(ends[0] - ends[1]) < 50_000
    ties = [[job] for job in _jobs([5, 7, 5, 7])]
    assert [t[0].path for t in pipeline.largest_first(ties)] == ["f1.txt", "f3.txt",
                                                               "f0.txt", "f2.txt"]
    assert pipeline.largest_first([]) == []


def test_a_story_sent_again_is_extracted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsearch import extract
    from newsearch.model import Article

    calls: list[str] = []
    real = extract.enrich

    def counting(article: Article) -> Article:
        calls.append(article.title)
        return real(article)

    monkeypatch.setattr(extract, "enrich", counting)
    monkeypatch.setattr(pipeline, "_recent", {})
    text = ("BAGHDAD - Iraqi President Saddam Hussein met Jordan's King Hussein on March 3, 1987 "
            "in Baghdad, the Iraqi News Agency said.")
    first, again, other = (Article(title="Talks in Baghdad", body=text) for _ in range(3))
    other.people = ["Source Given"]  # the source's own people win: another reading
    pipeline.enrich_all([first, again])
    pipeline.enrich_all([other])
    # The copy was not read again; the story whose source named people was (enrich reads
    # less of a story whose source named every actor and place).
    assert calls == ["Talks in Baghdad", "Talks in Baghdad"]
    for name in extract.FILLED:
        assert getattr(again, name) == getattr(first, name), name
    assert again.people and again.people is not first.people  # equal, never shared
    assert again.places and again.date is not None
    assert other.people == ["Source Given"] and other.places == first.places
    # Whatever was read, only empty fields are filled, as enrich itself does.
    for sources in ({"people": ["A"]}, {"places": [], "byline": ["B"]}, {}):
        direct, cached = (Article(title="T", body=text, **sources) for _ in range(2))
        real(direct)
        pipeline.enrich_all([cached])
        assert direct == cached, sources


def _wire_file(path: Path) -> Path:
    """A wire dump: a headline-only flash first, then two stories naming its person in
    full, then a flash whose source names its people."""
    text = ("Federal Reserve Board Chairman Paul Volcker said on {} that the dollar had "
            "fallen far enough, in testimony to a congressional committee in Washington on "
            "the outlook for the economy.")
    rows = [{"id": "flash", "title": "REGAN DEPARTURE MAKES THIRD VOLCKER TERM LIKELY"},
            {"id": "s1", "title": "Volcker on the dollar", "body": text.format("Tuesday")},
            {"id": "s2", "title": "Fed chief testifies", "body": text.format("Friday")},
            {"id": "given", "title": "VOLCKER TERM LIKELY", "people": ["Someone Else"]}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _people(index: Path) -> dict[str, list[str]]:
    ix = store.open_whoosh(index)
    with ix.searcher() as searcher:
        people = {f["id"]: f["stored_data"]["people"] for f in searcher.all_stored_fields()}
    ix.close()
    return people


@pytest.mark.parametrize("workers", [1, 2])
def test_a_headline_only_story_is_read_through_its_file(tmp_path: Path, workers: int) -> None:
    dump = _wire_file(tmp_path / "wire.jsonl")
    report = index_paths([dump], tmp_path / "ix", workers=workers)
    assert report.added == 4
    people = _people(tmp_path / "ix")
    # Held back until the rest of the file had named Paul Volcker.
    assert "Paul Volcker" in people["flash"]
    assert people["given"] == ["Someone Else"]  # the source's people win
    with newsearch.open_index(tmp_path / "ix") as ix:
        found = ix.search("", filters=newsearch.Filters(people=["Paul Volcker"]))
        assert {h.id for h in found.hits} == {"flash", "s1", "s2"}
    # `newsearch extract` reads the file the same way.
    assert {a.id: a.people for a in newsearch.extract_file(dump)} == people


def test_held_stories_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 1)
    monkeypatch.setattr(pipeline, "HELD_MAX", 1)
    dump = _wire_file(tmp_path / "wire.jsonl")
    assert index_paths([dump], tmp_path / "ix", workers=1).added == 4
    # Released at once, before the file had taught anything: indexed all the same.
    assert "Paul Volcker" not in _people(tmp_path / "ix")["flash"]
