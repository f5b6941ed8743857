"""Damaged indexes are reported in one line with the fix; ``newsearch check`` finds problems."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import newsearch
from newsearch.engine import store
from newsearch.engine.check import check_index
from newsearch.engine.writer import KILL_AFTER_ENV
from newsearch.errors import IndexCorrupt
from reliability_support import SMALL, assert_clean_error, cli, make_corpus


@pytest.fixture
def index(tmp_path: Path) -> Path:
    index = tmp_path / "ix"
    newsearch.create_index(index).update([make_corpus(tmp_path / "c", 6)])
    return index


def one_line_error(result: object, index: Path) -> str:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == 1, stderr  # type: ignore[attr-defined]
    assert_clean_error(stderr)
    assert stderr.count("\n") == 1 and str(index) in stderr
    return stderr


def test_healthy_index_checks_clean(index: Path):
    result = cli("check", "--index", str(index), "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["healthy"] is True and data["problems"] == []
    assert data["documents"] == data["manifest_articles"] == 6
    assert data["files_in_manifest"] == data["files_with_documents"] == 6
    plain = cli("check", "--index", str(index))
    assert plain.returncode == 0 and plain.stdout.startswith("ok: ")


def test_truncated_segment_is_reported_not_crashed_on(index: Path):
    for seg in index.glob("*.seg"):
        data = seg.read_bytes()
        seg.write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexCorrupt, match="is damaged"):
        newsearch.open_index(index)
    stderr = one_line_error(cli("query", "story", "--index", str(index)), index)
    assert "--rebuild" in stderr and "newsearch check" in stderr
    report = cli("check", "--index", str(index))
    assert report.returncode == 1 and "problem:" in report.stdout
    assert_clean_error(report.stderr)


def test_missing_toc_is_damage_not_a_missing_index(index: Path):
    segments = sorted(p.name for p in index.glob("*.seg"))
    for toc in index.glob("_MAIN_*.toc"):
        toc.unlink()
    stderr = one_line_error(cli("query", "story", "--index", str(index)), index)
    assert "table of contents is missing" in stderr
    # Indexing must not quietly start over on top of it (the manifest would lie).
    again = cli("index", str(index.parent / "c"), "--index", str(index))
    assert again.returncode == 1 and "table of contents" in again.stderr
    assert sorted(p.name for p in index.glob("*.seg")) == segments
    assert cli("check", "--index", str(index)).returncode == 1


def test_garbage_manifest_is_reported(index: Path):
    (index / store.MANIFEST_FILE).write_bytes(b"this is not a database" * 100)
    assert any("manifest" in p for p in check_index(index).problems)
    one_line_error(cli("index", str(index.parent / "c"), "--index", str(index)), index)


def test_check_finds_manifest_disagreements(index: Path):
    db = sqlite3.connect(index / store.MANIFEST_FILE)
    with db:
        first = db.execute("SELECT path FROM files ORDER BY path").fetchone()[0]
        db.execute("UPDATE files SET count = 3 WHERE path = ?", (first,))
        db.execute("INSERT INTO files VALUES ('/nowhere/gone.txt', 'x', 2)")
    db.close()
    report = check_index(index)
    assert not report.healthy
    assert f"{first}: 1 documents in the index, the manifest says 3" in report.problems
    assert "/nowhere/gone.txt: 0 documents in the index, the manifest says 2" in report.problems
    result = cli("check", "--index", str(index))
    assert result.returncode == 1 and result.stdout.count("problem:") == 2


def test_check_reports_a_killed_run(tmp_path: Path):
    index = tmp_path / "ix"
    corpus = make_corpus(tmp_path / "c", 6)
    cli("index", str(corpus), "--index", str(index), *SMALL, env={KILL_AFTER_ENV: "1"})
    report = check_index(index)
    assert any("not recorded as complete" in p for p in report.problems)


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_check_on_no_index(tmp_path: Path, kind: str):
    target = tmp_path / "nothing"
    if kind == "file":
        target.write_text("x")
    result = cli("check", "--index", str(target))
    assert result.returncode == 1 and "problem:" in result.stdout
    assert_clean_error(result.stderr)
