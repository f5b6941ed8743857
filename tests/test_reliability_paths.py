"""Unusable index locations give one clear line, never a traceback or a half-made index."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsearch
from newsearch.engine import store
from newsearch.errors import IndexMissing, IndexPathError
from reliability_support import assert_clean_error, cli, make_corpus


def error_line(result: object) -> str:
    assert result.returncode == 1, result.stderr  # type: ignore[attr-defined]
    assert_clean_error(result.stderr)  # type: ignore[attr-defined]
    assert result.stderr.count("\n") == 1  # type: ignore[attr-defined]
    return result.stderr  # type: ignore[attr-defined]


def test_index_path_that_is_a_file(tmp_path: Path):
    target = tmp_path / "ix"
    target.write_text("not an index")
    corpus = make_corpus(tmp_path / "c", 1)
    assert "is a file, not a folder" in error_line(
        cli("index", str(corpus), "--index", str(target)))
    assert "is a file, not a folder" in error_line(cli("query", "x", "--index", str(target)))
    assert target.read_text() == "not an index"


def test_index_path_with_a_missing_parent(tmp_path: Path):
    target = tmp_path / "no" / "such" / "ix"
    corpus = make_corpus(tmp_path / "c", 1)
    assert "does not exist" in error_line(cli("index", str(corpus), "--index", str(target)))
    assert not (tmp_path / "no").exists()
    with pytest.raises(IndexMissing):
        newsearch.open_index(target)


def test_non_empty_folder_that_is_not_an_index_is_refused(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", 2)
    stderr = error_line(cli("index", str(corpus), "--index", str(corpus)))
    assert "not empty and is not a newsearch index" in stderr
    assert sorted(p.name for p in corpus.iterdir()) == ["story0000.txt", "story0001.txt"]
    # --rebuild would swap the folder away: refused all the more.
    stderr = error_line(cli("index", str(corpus), "--index", str(corpus), "--rebuild"))
    assert "not empty and is not a newsearch index" in stderr
    assert sorted(p.name for p in corpus.iterdir()) == ["story0000.txt", "story0001.txt"]


def test_read_only_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    if os.geteuid() == 0:  # root writes through 0555: make the kernel's answer explicit
        real_touch = Path.touch

        def guarded(self: Path, *args: object, **kwargs: object) -> None:
            if self.parent == ro:
                raise PermissionError(13, "Permission denied", str(self))
            real_touch(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "touch", guarded)
    with pytest.raises(IndexPathError, match="permission denied"):
        newsearch.create_index(ro / "ix")
    with pytest.raises(IndexPathError, match="permission denied"):
        newsearch.create_index(ro)
    assert not (ro / "ix").exists()


def test_missing_index_for_reading(tmp_path: Path):
    stderr = error_line(cli("query", "x", "--index", str(tmp_path / "none")))
    assert "no index at" in stderr and "newsearch index" in stderr
    stderr = error_line(cli("stats", "--index", str(tmp_path)))
    assert "no index at" in stderr


def test_empty_index_answers_queries(tmp_path: Path):
    # whoosh3 used to crash refreshing a searcher over an empty index.
    ix = newsearch.create_index(tmp_path / "ix")
    assert ix.search("anything", limit=3).total == 0
    ix.update([make_corpus(tmp_path / "c", 2)])
    assert ix.search("aleppo", limit=3).total == 2
    ix.close()
    assert store.exists(tmp_path / "ix")
