"""Hostile input files: each is indexed best-effort or skipped with a reason; nothing is lost."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import newsearch
from reliability_support import assert_clean_error, cli, count, make_corpus

GOOD = 4


def bad_corpus(folder: Path) -> Path:
    make_corpus(folder, GOOD)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary\xff" * 100)
    (folder / "latin1.txt").write_bytes(
        "Café story\n\nBEIRUT, May 2, 2015 - The café near Aleppo reopened, "
        "zanzibarish reporters said.\n".encode("latin-1"))
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "types.jsonl").write_text(
        json.dumps({"title": 5, "body": ["a", {"b": 1}], "date": {"x": 1}}) + "\n"
        + json.dumps({"title": "Fine record", "body": "The quokkaish record is fine."}) + "\n"
        + "{not json at all\n")
    (folder / "broken.sgm").write_text(
        "<REUTERS><TITLE>Broken <BODY>text about Aleppo <</REUTERS <REUTERS>")
    (folder / "loop").symlink_to(folder)
    (folder / "dangling.txt").symlink_to(folder / "nothere.txt")
    return folder


def test_bad_files_are_skipped_or_indexed_and_the_run_goes_on(tmp_path: Path):
    corpus = bad_corpus(tmp_path / "c")
    index = tmp_path / "ix"
    result = cli("index", str(corpus), "--index", str(index), "--json", timeout=120)
    assert result.returncode == 0, result.stderr
    assert_clean_error(result.stderr)
    report = json.loads(result.stdout)
    reasons = {Path(s["path"].split("#")[0]).name: s["reason"] for s in report["skipped"]}
    for name in ("empty.txt", "binary.txt", "deep.json", "broken.sgm"):
        assert reasons.get(name), f"{name} not reported: {reasons}"
    assert "nothere.txt" in reasons or "dangling.txt" in reasons
    assert "types.jsonl" in reasons  # its bad records, not the whole file
    records = [s for s in report["skipped"] if "#" in s["path"]]
    assert records and report["records_skipped"] == len(records)
    plain = cli("index", str(corpus), "--index", str(tmp_path / "ix2"), timeout=120)
    files = len(report["skipped"]) - len(records)
    assert f"skipped {files} files and {len(records)} record" in plain.stdout
    # Every good article is there, plus the salvaged ones.
    for i in range(GOOD):
        assert count(index, f"token{i:04d}") == 1
    assert count(index, "zanzibarish") == 1  # invalid UTF-8, decoded with replacement
    assert count(index, "quokkaish") == 1  # the good record of a half-bad JSONL file
    assert count(index) == GOOD + 2
    assert cli("check", "--index", str(index)).returncode == 0


def test_invalid_utf8_is_reported_as_a_warning(tmp_path: Path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "latin1.txt").write_bytes("Café\n\nA café story about zanzibarish.\n"
                                        .encode("latin-1"))
    result = cli("index", str(corpus), "--index", str(tmp_path / "ix"))
    assert result.returncode == 0
    assert "latin1.txt" in result.stderr and "replacement" in result.stderr


def test_a_named_pipe_in_the_corpus_is_skipped_not_waited_on(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", 2)
    os.mkfifo(corpus / "pipe.txt")
    # A FIFO would block a reader for ever; the timeout only detects that hang.
    result = cli("index", str(corpus), "--index", str(tmp_path / "ix"), timeout=60)
    assert result.returncode == 0 and count(tmp_path / "ix") == 2


def test_a_large_single_file_is_indexed(tmp_path: Path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    megabytes = int(os.environ.get("NEWSEARCH_BIG_FILE_MB", "2"))  # 50 for the full check
    line = "Report said the market in Aleppo was hit again by shelling today. "
    (corpus / "big.txt").write_text("Big story\n\nBEIRUT, May 2, 2015 - "
                                    + line * (megabytes * 1_000_000 // len(line))
                                    + " bigfileendword.\n")
    make_corpus(corpus, 2)
    result = cli("index", str(corpus), "--index", str(tmp_path / "ix"), timeout=600)
    assert result.returncode == 0, result.stderr
    assert count(tmp_path / "ix", "bigfileendword") == 1
    assert count(tmp_path / "ix") == 3


def test_an_unreadable_file_is_skipped_with_its_reason(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    corpus = make_corpus(tmp_path / "c", 2)
    secret = corpus / "secret.txt"
    secret.write_text("Secret\n\nNobody may read this.\n")
    secret.chmod(0)
    if os.geteuid() == 0:  # root reads through chmod 000: make the kernel's answer explicit
        real_open = Path.open

        def guarded(self: Path, *args: object, **kwargs: object):
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", guarded)
    seen: list[tuple[str, str]] = []
    report = newsearch.create_index(tmp_path / "ix").update(
        [corpus], on_skip=lambda p, r: seen.append((Path(p).name, r)))
    assert ("secret.txt", "cannot read: Permission denied") in seen
    assert report.added == 2 and count(tmp_path / "ix") == 2
