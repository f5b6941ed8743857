"""Versioned index: mismatches say how to rebuild; --rebuild swaps in only a finished index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsearch
from newsearch.engine import store
from newsearch.engine.schema import SCHEMA_VERSION
from newsearch.engine.writer import KILL_AFTER_ENV
from newsearch.errors import IndexVersionMismatch
from reliability_support import SMALL, all_ids, cli, count, make_corpus


@pytest.fixture
def small_index(tmp_path: Path) -> Path:
    index = tmp_path / "ix"
    newsearch.create_index(index).update([make_corpus(tmp_path / "old", 3)])
    return index


def set_schema(index: Path, version: object) -> None:
    meta = json.loads((index / store.META_FILE).read_text())
    meta["schema_version"] = version
    (index / store.META_FILE).write_text(json.dumps(meta))


def test_index_records_schema_and_whoosh_versions(small_index: Path):
    meta = json.loads((small_index / store.META_FILE).read_text())
    assert meta["schema_version"] == SCHEMA_VERSION
    assert (meta["whoosh"], meta["whoosh_version"]) == store.whoosh_distribution()
    assert meta["whoosh_version"] != "unknown"


@pytest.mark.parametrize(("found", "says"), [(SCHEMA_VERSION - 1, "has schema version"),
                                             (SCHEMA_VERSION + 1, "newer newsearch"),
                                             ("garbage", "has schema version")])
def test_incompatible_index_says_how_to_rebuild(small_index: Path, found: object, says: str):
    set_schema(small_index, found)
    with pytest.raises(IndexVersionMismatch, match=says):
        newsearch.open_index(small_index)
    result = cli("query", "story", "--index", str(small_index))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"newsearch index --rebuild PATH --index {small_index}" in result.stderr
    # A plain index run refuses too, and leaves the index alone.
    before = sorted(p.name for p in small_index.iterdir())
    again = cli("index", str(small_index.parent / "old"), "--index", str(small_index))
    assert again.returncode == 1 and "--rebuild" in again.stderr
    assert sorted(p.name for p in small_index.iterdir()) == before


def test_missing_version_record_is_a_mismatch(small_index: Path):
    (small_index / store.META_FILE).unlink()
    result = cli("query", "story", "--index", str(small_index))
    assert result.returncode == 1 and "no version record" in result.stderr


def test_rebuild_replaces_an_incompatible_index(tmp_path: Path, small_index: Path):
    set_schema(small_index, SCHEMA_VERSION - 1)
    corpus = make_corpus(tmp_path / "new", 5)
    result = cli("index", str(corpus), "--index", str(small_index), "--rebuild", "-q")
    assert result.returncode == 0, result.stderr
    assert "rebuilt" in result.stderr
    assert store.read_meta(small_index)["schema_version"] == SCHEMA_VERSION
    assert count(small_index) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ix", "new", "old"]  # no leftovers


def test_killed_rebuild_leaves_the_old_index_usable_and_a_rerun_resumes(tmp_path: Path,
                                                                     small_index: Path):
    corpus = make_corpus(tmp_path / "new", 8)
    killed = cli("index", str(corpus), "--index", str(small_index), "--rebuild", *SMALL,
                 env={KILL_AFTER_ENV: "2"})
    assert killed.returncode == -9
    assert count(small_index) == 3  # the old index, untouched, still answers
    assert cli("check", "--index", str(small_index)).returncode == 0
    resumed = cli("index", str(corpus), "--index", str(small_index), "--rebuild", *SMALL)
    assert resumed.returncode == 0, resumed.stderr
    assert "unchanged" in resumed.stdout and "unchanged 0," not in resumed.stdout
    ids = all_ids(small_index)
    assert len(ids) == len(set(ids)) == 8
    assert not (tmp_path / ".ix.rebuild").exists()


def test_rebuild_that_finds_nothing_keeps_the_old_index(tmp_path: Path, small_index: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli("index", str(empty), "--index", str(small_index), "--rebuild")
    assert result.returncode == 0
    assert "unchanged" in result.stderr and count(small_index) == 3


def test_rebuild_waits_for_a_writer_holding_the_old_index(tmp_path: Path, small_index: Path):
    with store.WriteLock(small_index, wait=0):
        result = cli("index", str(tmp_path / "old"), "--index", str(small_index), "--rebuild",
                     "--wait", "0.2")
    assert result.returncode == 3 and "being updated by another process" in result.stderr
    assert count(small_index) == 3
