"""Merging small segments: the plan, and an index grown run by run."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsearch
from newsearch.engine import merge, store
from newsearch.engine.check import check_index
from newsearch.ingest import index_paths


def test_plan_waits_for_enough_small_segments() -> None:
    sizes = [(f"s{i}", 10 * (i + 1)) for i in range(7)] + [("big", 5_000)]
    assert merge.plan_merge(sizes, merge_at=8, small=1_000, most=2_000) == []
    sizes.append(("s7", 80))
    assert merge.plan_merge(sizes, merge_at=8, small=1_000, most=2_000) == [
        "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"]


def test_plan_stops_at_the_segment_bound() -> None:
    sizes = [(f"s{i}", 900) for i in range(8)]
    assert merge.plan_merge(sizes, merge_at=8, small=1_000, most=2_000) == ["s0", "s1"]


@given(st.lists(st.integers(0, 3_000), max_size=30), st.integers(2, 10))
def test_plan_takes_the_smallest_that_fit(words: list[int], merge_at: int) -> None:
    sizes = [(f"s{i}", w) for i, w in enumerate(words)]
    chosen = merge.plan_merge(sizes, merge_at=merge_at, small=1_000, most=2_000)
    small = [w for w in words if w < 1_000]
    if len(small) < merge_at:
        assert chosen == []
        return
    got = sorted(dict(sizes)[s] for s in chosen)
    assert got == sorted(small)[:len(got)]  # the smallest ones
    assert len(got) >= 2 and sum(got) <= 2_000
    rest = sorted(small)[len(got):]
    assert not rest or sum(got) + rest[0] > 2_000  # and as many as fit


def _grow(corpus: Path, index: Path, files: list[Path]) -> list[newsearch.model.IndexReport]:
    """Index ``files`` one run each, as an archive updated day by day."""
    reports = []
    for f in files:
        (corpus / f.name).write_text(f.read_text())
        reports.append(index_paths([corpus], index, workers=1))
    return reports


def _day_files(tmp_path: Path, days: int) -> list[Path]:
    out = tmp_path / "days"
    out.mkdir()
    files = []
    for day in range(days):
        f = out / f"day{day:02d}.txt"
        f.write_text(f"Harbour report {day}\n\nLATAKIA, Syria, May {day + 1}, 2015 - Port "
                     f"officials in Latakia counted {day} ships, the Syrian Observatory for "
                     "Human Rights said.\n")
        files.append(f)
    return files


def _segments(index: Path) -> int:
    ix = store.open_whoosh(index)
    try:
        return len(ix._segments())
    finally:
        ix.close()


def _answers(index: Path) -> list[object]:
    with newsearch.open_index(index) as ix:
        out: list[object] = []
        for query in ("harbour", '"port officials"', "latakia ships", "place:Syria"):
            result = ix.search(query, limit=50)
            out.append((result.total, sorted(h.id for h in result.hits)))
            out.append(sorted((name, f.count) for name, counts in result.facets.items()
                              for f in counts))
        return out


def test_daily_runs_keep_few_segments_and_the_same_answers(tmp_path: Path) -> None:
    files = _day_files(tmp_path, 12)
    grown = tmp_path / "grown"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    reports = _grow(corpus, grown, files)
    assert sum(r.segments_merged for r in reports) == 8  # once, when the eighth arrived
    assert _segments(grown) == 12 - 8 + 1
    whole = tmp_path / "whole"
    index_paths([corpus], whole, workers=1)
    assert _answers(grown) == _answers(whole)
    assert check_index(grown).problems == []


def test_merge_drops_deleted_documents(tmp_path: Path) -> None:
    files = _day_files(tmp_path, 7)
    index = tmp_path / "ix"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _grow(corpus, index, files)
    (corpus / "day00.txt").unlink()  # the seventh run's deletion...
    changed = corpus / "day01.txt"
    changed.write_text(changed.read_text().replace("Harbour", "Quay"))
    report = index_paths([corpus], index, workers=1)  # ...and the eighth small segment
    assert report.segments_merged == 8
    with newsearch.open_index(index) as ix:
        assert ix.search("harbour", limit=0).total == 5
        assert ix.search("quay", limit=0).total == 1
    result = check_index(index)
    assert result.problems == [] and result.deleted == 0 and result.documents == 6


def test_interrupted_merge_leaves_the_index_as_it_was(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    files = _day_files(tmp_path, 8)
    index = tmp_path / "ix"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _grow(corpus, index, files[:7])
    before = _answers(index)

    def interrupted(article: object, grouped: bool = False) -> dict:
        raise KeyboardInterrupt  # Ctrl-C while the merged segment is being built

    monkeypatch.setattr(merge, "to_fields", interrupted)
    late = "Late harbour story today\n\nShips came again to the port.\n"
    (corpus / files[7].name).write_text(late)
    report = index_paths([corpus], index, workers=1)
    assert report.skipped == [], report.skipped
    assert report.interrupted and report.segments_merged == 0
    assert report.added == 1  # the run's own commit stands
    assert _segments(index) == 8
    assert not (index / ".staging").exists() or not any((index / ".staging").iterdir())
    monkeypatch.undo()
    assert check_index(index).problems == []
    assert _answers(index) != before  # the new story is in...
    report = index_paths([corpus], index, workers=1)
    assert report.segments_merged == 8  # ...and the next run merges


def test_index_json_says_how_many_segments_were_merged(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from newsearch.cli.app import app

    files = _day_files(tmp_path, 8)
    index = tmp_path / "ix"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _grow(corpus, index, files[:7])
    (corpus / files[7].name).write_text(files[7].read_text())
    result = CliRunner().invoke(app, ["index", str(corpus), "--index", str(index), "--json",
                                      "--workers", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["added"], report["unchanged"], report["segments_merged"]) == (1, 7, 8)
