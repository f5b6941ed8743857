"""Task planning: files grouped into even tasks, whole rounds for the workers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.pipeline import FileJob, estimated_bytes, plan_tasks


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
