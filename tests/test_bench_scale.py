"""The pure parts of bench/bench_scale.py: corpus synthesis, sizes, extrapolation."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from newsearch.loaders import load_file
from newsearch.model import Article, Place

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench_scale  # noqa: E402


def _sources() -> list[Article]:
    return [
        Article(title="Oil prices rise", body="Crude oil rose on Monday.",
                dateline="LONDON, March 2",
                places=[Place("United Kingdom", country="United Kingdom")], orgs=["opec"]),
        Article(title="Wheat exports", body="Wheat exports fell, traders said."),
        Article(title="Title only", body="   "),
        Article(title="Gold steady", body="Gold was steady in Zurich.", people=["Smith"]),
    ]


def test_synthesize_makes_unique_ids_and_spreads_dates_in_range() -> None:
    records = list(bench_scale.synthesize(_sources(), 50, seed=3))
    assert len(records) == 50
    assert len({r["id"] for r in records}) == 50
    days = [date.fromisoformat(r["date"]) for r in records]
    assert all(bench_scale.FIRST_DAY <= d <= bench_scale.LAST_DAY for d in days)
    assert len(set(days)) > 40  # random days, not one date copied from the source


def test_synthesize_drops_tags_and_empty_bodies_and_cycles_evenly() -> None:
    records = list(bench_scale.synthesize(_sources(), 31, seed=1))
    assert all(set(r) <= {"id", "title", "body", "date", "dateline"} for r in records)
    uses = Counter(r["title"] for r in records)
    assert "Title only" not in uses
    assert max(uses.values()) - min(uses.values()) <= 1  # shuffled passes, each story once
    assert any(r.get("dateline") == "LONDON, March 2" for r in records)


def test_synthesize_is_reproducible_by_seed() -> None:
    first = list(bench_scale.synthesize(_sources(), 20, seed=5))
    assert first == list(bench_scale.synthesize(_sources(), 20, seed=5))
    assert first != list(bench_scale.synthesize(_sources(), 20, seed=6))


def test_synthesize_refuses_sources_without_bodies() -> None:
    with pytest.raises(ValueError):
        list(bench_scale.synthesize([Article(title="t", body="")], 3))


def test_write_jsonl_splits_files_and_loads_back(tmp_path: Path) -> None:
    records = bench_scale.synthesize(_sources(), 12, seed=2)
    assert bench_scale.write_jsonl(records, tmp_path, per_file=5) == 12
    files = sorted(tmp_path.glob("*.jsonl"))
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    loaded = [a for f in files for a in load_file(f)]
    assert [a.id for a in loaded] == [f"syn-{i:08d}" for i in range(12)]
    assert all(a.date is not None and not a.places for a in loaded)


def test_parse_sizes_accepts_suffixes_and_sorts() -> None:
    assert bench_scale.parse_sizes("50k, 2000,1M,2000") == [2000, 50_000, 1_000_000]
    with pytest.raises(argparse.ArgumentTypeError):
        bench_scale.parse_sizes("0")
    with pytest.raises(argparse.ArgumentTypeError):
        bench_scale.parse_sizes(" , ")


def _row(docs: int, wall: float, mib: float) -> dict:
    return {"docs": docs, "wall": wall, "index_mb": docs / 100, "tables_mib": mib,
            "tables_s": 1.0, "docs_per_s": docs / wall}


def test_extrapolate_uses_the_last_growth_rate_clamped() -> None:
    # Table memory quadruples when docs double: exponent 2, so 10M (x1000) is x1e6.
    rows = [_row(5_000, 50, 1.0), _row(10_000, 100, 4.0)]
    x = bench_scale.extrapolate(rows, target=10_000_000)
    assert x["exponents"]["tables_mib"] == pytest.approx(2.0)
    assert x["tables_gib"] == pytest.approx(4.0 * 1e6 / 1024)
    assert x["hours"] == pytest.approx(100 * 1000 / 3600)  # time and size stay linear
    assert x["index_gb"] == pytest.approx(100 * 1000 / 1000)
    # Faster-than-linear drops (noise) are clamped to a straight line.
    noisy = [_row(5_000, 50, 4.0), _row(10_000, 60, 4.0)]
    assert bench_scale.growth(noisy, "wall") == 1.0
    assert bench_scale.growth([_row(5_000, 50, 1.0), _row(10_000, 100, 64.0)],
                              "tables_mib") == 2.0
    assert bench_scale.growth(noisy[-1:], "tables_mib") == 1.0
