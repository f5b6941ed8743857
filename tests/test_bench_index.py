"""The pure parts of bench/bench_index.py: the corpus copy with its source tags emptied."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

from newsearch.loaders import load_file

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench_index  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "loaders" / "reut2-tiny.sgm"


def test_untagged_copy_empties_places_people_and_orgs_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "reut2-000.sgm.gz").write_bytes(gzip.compress(FIXTURE.read_bytes()))
    monkeypatch.setattr(bench_index, "DATA", data)
    copy = bench_index.untagged_copy(tmp_path / "copy")
    assert [p.name for p in copy.iterdir()] == ["reut2-000.sgm.gz"]
    before = {a.id: a for a in load_file(data / "reut2-000.sgm.gz")}
    after = {a.id: a for a in load_file(copy / "reut2-000.sgm.gz")}
    assert after.keys() == before.keys()
    assert any(a.places for a in before.values()) and any(a.people for a in before.values())
    assert any(a.orgs for a in before.values())
    for key, a in after.items():
        assert (a.places, a.people, a.orgs) == ([], [], [])
        old = before[key]
        assert (a.title, a.body, a.dateline, a.date, a.topics, a.byline) == (
            old.title, old.body, old.dateline, old.date, old.topics, old.byline)
