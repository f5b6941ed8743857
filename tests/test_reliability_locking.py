"""One writer at a time: a second indexer waits, then exits 3; readers keep working."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest

import newsearch
from newsearch.engine import store
from newsearch.errors import IndexLocked
from reliability_support import SMALL, cli, count, make_corpus, start_cli, wait_for_commits

SLOW = {"NEWSEARCH_TEST_COMMIT_DELAY": "0.5"}


def test_second_indexer_waits_then_exits_3_and_the_first_finishes(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", 12)
    index = tmp_path / "ix"
    first = start_cli("index", str(corpus), "--index", str(index), *SMALL, env=SLOW)
    try:
        wait_for_commits(index, 1)
        started = time.monotonic()
        second = cli("index", str(corpus), "--index", str(index), "--wait", "0.5")
        waited = time.monotonic() - started
        assert second.returncode == 3, second.stderr
        assert re.fullmatch(r"error: index is being updated by another process "
                            rf"\(pid {first.pid} since \d\d:\d\d\)\n", second.stderr)
        assert waited >= 0.5
        # Readers see a committed state while the writer works.
        assert 1 <= count(index) < 12
    finally:
        out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert count(index) == 12
    assert "added 12" in out


def test_a_waiting_writer_proceeds_when_the_lock_is_released(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", 6)
    index = tmp_path / "ix"
    first = start_cli("index", str(corpus), "--index", str(index), *SMALL, env=SLOW)
    wait_for_commits(index, 1)
    # (The wait is a ceiling, not a measure: a loaded machine runs the first writer slowly.)
    second = cli("index", str(corpus), "--index", str(index), "--wait", "120", "-q")
    first.communicate(timeout=60)
    assert (first.returncode, second.returncode) == (0, 0), second.stderr
    assert "unchanged 6" in second.stdout
    assert count(index) == 6


def test_lock_in_process_names_the_holder(tmp_path: Path):
    newsearch.create_index(tmp_path / "ix")
    with store.WriteLock(tmp_path / "ix", wait=0):
        started = time.monotonic()
        with pytest.raises(IndexLocked, match=r"\(pid \d+ since \d\d:\d\d\)"), \
                store.WriteLock(tmp_path / "ix", wait=0.3):
            pass
        assert time.monotonic() - started >= 0.3
    with store.WriteLock(tmp_path / "ix", wait=0):  # released: free again
        pass


def test_waiter_follows_the_folder_swapped_in_by_a_rebuild(tmp_path: Path):
    old, new = tmp_path / "ix", tmp_path / "fresh"
    old.mkdir()
    new.mkdir()
    holder = store.WriteLock(old, wait=0).__enter__()
    got: list[object] = []

    def waiter() -> None:
        with store.WriteLock(old, wait=10) as lock:
            got.append(lock._fh.name)
            time.sleep(0.2)

    thread = threading.Thread(target=waiter)
    thread.start()
    time.sleep(0.3)  # the waiter is now polling the old folder's lock file
    # The new folder's lock, held from before the swap (a lock moves with its folder): taken
    # after it, the waiter's next poll could win it first on a loaded machine.
    rival = store.WriteLock(new, wait=0).__enter__()
    old.rename(tmp_path / "gone")
    new.rename(old)
    holder.__exit__()
    time.sleep(0.3)
    assert got == []  # the old lock file no longer counts
    rival.__exit__()
    thread.join(10)
    assert got == [str(old / store.LOCK_FILE)]


def test_readers_keep_working_during_indexing(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", 14)
    index = tmp_path / "ix"
    make_corpus(tmp_path / "c0", 5)
    assert cli("index", str(tmp_path / "c0"), "--index", str(index), "-q").returncode == 0
    writer = start_cli("index", str(corpus), "--index", str(index), *SMALL,
                       env={"NEWSEARCH_TEST_COMMIT_DELAY": "0.05"})
    totals = []
    with newsearch.open_index(index) as ix:  # one long-lived reader, as the TUI has
        while writer.poll() is None:
            totals.append(ix.search("aleppo", limit=3, facets=("place",)).total)
            time.sleep(0.01)
        totals.append(ix.search("aleppo", limit=3, facets=()).total)
    assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
    assert totals == sorted(totals)
    # Never more than exist: whoosh3's refresh used to show merged segments twice.
    assert totals[0] >= 5 and totals[-1] == 19 and max(totals) == 19
    assert len(set(totals)) > 2  # the reader did see intermediate commits
