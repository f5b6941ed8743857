"""The loader registry: format choice, ignored names, options/problems, bad input (issue 9)."""

from __future__ import annotations

import json
import pickle
from datetime import datetime
from pathlib import Path

import pytest

from newsearch.errors import LoadError
from newsearch.loaders import (
    LoadOptions,
    LoadProblem,
    common,
    ignored_reason,
    load_all,
    load_file,
    loader_for,
    supported_suffixes,
)
from newsearch.loaders.common import parse_date

ALL_SUFFIXES = ["txt", "md", "jsonl", "json", "sgm", "all", "html"]


@pytest.mark.parametrize("name", [
    "README", "README.txt", "readme.md", "LICENSE", "CHANGES.txt", "lewis.dtd",
    "all-places-strings.lc.txt", "qrels.text", "query.text", "CISI.QRY", "CISI.REL",
    ".DS_Store", ".hidden.txt", "README.txt.gz", "HISTORY.md", "CHANGES", "news.txt",
])
def test_ignored_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Some words that would make a fine article body here.\n")
    assert ignored_reason(path) is not None
    assert loader_for(path) is None
    with pytest.raises(LoadError, match="not an article|hidden file"):
        list(load_file(path))


@pytest.mark.parametrize(("name", "loader"), [
    ("bbc/001.txt", "text"), ("a.md", "markdown"), ("a.ndjson", "jsonl"),
    ("reut2-000.sgm", "reuters"), ("cacm.all", "smart"), ("a.HTML", "html"),
    ("history_of_rome.txt", "text"), ("news-2024-01-01.jsonl", "jsonl"),
    ("readme_of_a_story.jsonl", None),
])
def test_loader_by_suffix(name: str, loader: str | None) -> None:
    found = loader_for(Path(name))
    if loader is None:
        assert found is None
    else:
        assert found is not None and found.name == loader


def test_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert loader_for(path) is None
    with pytest.raises(LoadError, match="unsupported file format"):
        list(load_file(path))
    assert {".txt", ".md", ".jsonl", ".sgm", ".all", ".html"} <= set(supported_suffixes())


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty.{suffix}"
    path.write_bytes(b"")
    assert load_all(path).error == "empty file"
    path.write_bytes(b"  \n\n \n")
    assert load_all(path).error == "empty file"


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_binary_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"binary.{suffix}"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50)
    assert load_all(path).error == "binary file (NUL bytes)"


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_permission_denied(tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / f"secret.{suffix}"
    path.write_text("A title\nSome body text with enough words.\n")

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    # Running as root makes chmod useless, so the OS refusal is simulated.
    monkeypatch.setattr(Path, "open", refuse)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert load_all(path).error == "permission denied"


def test_directory_with_article_suffix(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert load_all(folder).error == "is a directory"


def test_load_all_collects_problems_and_pickles(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"title": "Good"}) + "\n{broken\n")
    result = load_all(path, LoadOptions({"body": "maintext"}))
    assert [a.title for a in result.articles] == ["Good"]
    assert result.problems == [LoadProblem(str(path), result.problems[0].reason, "line 2")]
    assert str(result.problems[0]).startswith(f"{path}#line 2: invalid JSON")
    clone = pickle.loads(pickle.dumps(result))
    assert clone.articles[0].title == "Good" and clone.problems == result.problems
    assert pickle.loads(pickle.dumps(LoadOptions({"body": "x"}))).field_map == {"body": "x"}


def test_large_jsonl_file_streams(tmp_path: Path) -> None:
    # ~50 MB: reading it whole would cost several times that in Python objects.
    import tracemalloc

    path = tmp_path / "big.jsonl"
    line = (json.dumps({"title": "T", "body": "lorem ipsum " * 400}) + "\n").encode()
    with path.open("wb") as fh:
        fh.write(line * (50_000_000 // len(line)))
    tracemalloc.start()
    count = 0
    for _ in load_file(path):
        count += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 50_000_000 // len(line)
    assert peak < 5_000_000


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-10-30", datetime(2024, 10, 30)),
    ("2024-10-30T08:15:00Z", datetime(2024, 10, 30, 8, 15)),
    ("2024-10-30T10:15:00+02:00", datetime(2024, 10, 30, 8, 15)),
    ("2024-10-30 08:15", datetime(2024, 10, 30, 8, 15)),
    (1700000000, datetime(2023, 11, 14, 22, 13, 20)),
    ("1700000000", datetime(2023, 11, 14, 22, 13, 20)),
    ("30 October 2024", datetime(2024, 10, 30)),
    ("October 2024", None), ("2024", None), ("", None), (None, None), (True, None),
    ("not a date", None), ([2024], None),
])
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def test_too_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "MAX_FILE_BYTES", 10)
    path = tmp_path / "a.txt"
    path.write_text("A title\nSome body text with enough words.\n")
    assert (load_all(path).error or "").startswith("file too large")
