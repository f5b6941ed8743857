"""Helpers shared by the reliability tests: generated corpora, CLI subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import newsearch
from newsearch.engine import store

ROOT = Path(__file__).resolve().parent.parent
ENV_BASE = {**os.environ, "COLUMNS": "200",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "search"),
                                                    os.environ.get("PYTHONPATH")]))}
ENV_BASE.pop("NEWSEARCH_TEST_KILL_AFTER_COMMITS", None)
ENV_BASE.pop("NEWSEARCH_TEST_KILL_POINT", None)
ENV_BASE.pop("NEWSEARCH_TEST_COMMIT_DELAY", None)
CLI = [sys.executable, "-c", "from newsearch.cli.app import main; main()"]
# Options for runs that commit often (a task never holds more files than a batch).
SMALL = ("--batch-size", "1", "--workers", "1", "-q")


def make_corpus(folder: Path, n: int, start: int = 0) -> Path:
    """``n`` one-article text files, each with a unique word ``tokenNNNN``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"story{i:04d}.txt").write_text(
            f"Story {i} from the archive\n\nBEIRUT, May 2, 2015 - Report token{i:04d} "
            f"said the market in Aleppo was hit again.\n", encoding="utf-8")
    return folder


def cli(*args: str, env: dict[str, str] | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a fresh process."""
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout,
                          env={**ENV_BASE, **(env or {})})


def start_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start the command line without waiting for it."""
    return subprocess.Popen([*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**ENV_BASE, **(env or {})})


def count(index: Path, query: str = "*") -> int:
    """Articles matching ``query`` in the index at ``index``."""
    with newsearch.open_index(index) as ix:
        return ix.search(query, limit=0, facets=()).total


def all_ids(index: Path) -> list[str]:
    """Every article id in the index (duplicates kept)."""
    with newsearch.open_index(index) as ix:
        total = ix.search("*", limit=0, facets=()).total
        return [h.id for h in ix.search("*", limit=max(total, 1), facets=()).hits]


def wait_for_commits(index: Path, commits: int, timeout: float = 30) -> None:
    """Block until the index has seen ``commits`` Whoosh commits after creation."""
    deadline = time.monotonic() + timeout
    while store.toc_generation(index) < commits:
        if time.monotonic() > deadline:
            raise AssertionError(f"index at {index} never reached {commits} commits")
        time.sleep(0.02)


def assert_clean_error(stderr: str) -> None:
    """stderr holds no traceback and at most one ``error:`` line."""
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) <= 1, stderr
