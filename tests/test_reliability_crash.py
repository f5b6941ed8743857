"""Crash safety: SIGKILL at any point, then a re-run, loses and duplicates nothing; Ctrl-C."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest

from newsearch.engine.writer import DELAY_ENV, KILL_AFTER_ENV, KILL_POINT_ENV
from reliability_support import (
    SMALL,
    all_ids,
    assert_clean_error,
    cli,
    count,
    make_corpus,
    start_cli,
    wait_for_commits,
)

N = 12


def assert_complete(index: Path, n: int = N) -> None:
    """Exactly one document per source article, and the check command agrees."""
    ids = all_ids(index)
    assert len(ids) == n and len(set(ids)) == n
    for i in (0, n // 2, n - 1):
        assert count(index, f"token{i:04d}") == 1
    result = cli("check", "--index", str(index))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("point", "commit"), [("before", 3), ("whoosh", 2), ("manifest", 4)])
def test_sigkill_at_a_commit_then_rerun_completes_exactly(tmp_path: Path, point: str,
                                                         commit: int):
    corpus = make_corpus(tmp_path / "c", N)
    index = tmp_path / "ix"
    killed = cli("index", str(corpus), "--index", str(index), *SMALL,
                 env={KILL_AFTER_ENV: str(commit), KILL_POINT_ENV: point})
    assert killed.returncode == -signal.SIGKILL
    # The index opens and answers with the last committed batch, without duplicates.
    ids = all_ids(index)
    assert 0 < len(ids) < N and len(set(ids)) == len(ids)
    if point == "whoosh":  # committed to Whoosh, not yet to the manifest: check says so
        report = cli("check", "--index", str(index))
        assert report.returncode == 1 and "not recorded as complete" in report.stdout
    again = cli("index", str(corpus), "--index", str(index), *SMALL)
    assert again.returncode == 0, again.stderr
    assert_complete(index)


def test_sigkill_after_random_delays_then_rerun_completes_exactly(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", N)
    index = tmp_path / "ix"
    rng = random.Random(9)
    for _ in range(2):
        proc = start_cli("index", str(corpus), "--index", str(index), *SMALL,
                         env={DELAY_ENV: "0.05"})
        time.sleep(rng.uniform(0.6, 1.6))
        proc.kill()
        proc.communicate(timeout=30)
        if index.exists() and (index / "newsearch.json").exists():
            ids = all_ids(index)
            assert len(set(ids)) == len(ids) <= N
    again = cli("index", str(corpus), "--index", str(index), *SMALL)
    assert again.returncode == 0, again.stderr
    assert_complete(index)


def test_ctrl_c_commits_says_so_and_exits_130(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", N)
    index = tmp_path / "ix"
    proc = start_cli("index", str(corpus), "--index", str(index), *SMALL,
                     env={DELAY_ENV: "0.3"})
    wait_for_commits(index, 1)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "interrupted: stopped after committing the last batch" in err
    assert_clean_error(err)
    ids = all_ids(index)
    assert 0 < len(ids) < N and len(set(ids)) == len(ids)
    assert cli("check", "--index", str(index)).returncode == 0  # what was kept is recorded
    again = cli("index", str(corpus), "--index", str(index), *SMALL)
    assert again.returncode == 0 and f"unchanged {len(ids)}" in again.stdout
    assert_complete(index)


def test_ctrl_c_as_json_also_exits_130(tmp_path: Path):
    corpus = make_corpus(tmp_path / "c", 6)
    index = tmp_path / "ix"
    proc = start_cli("index", str(corpus), "--index", str(index), *SMALL, "--json",
                     env={DELAY_ENV: "0.3"})
    wait_for_commits(index, 1)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert '"interrupted": true' in out.replace(" ", "").replace('":true', '": true')
    assert "Traceback" not in err
