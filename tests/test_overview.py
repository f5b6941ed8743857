"""Tests of engine/overview.py: what ``newsearch stats`` reports of an index."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import newsearch
from newsearch import Article, Place


def test_stats_count_live_articles_their_date_span_and_top_values(tmp_path: Path) -> None:
    docs = [Article(title=f"Story {i}", key=f"k{i}", body=f"Text number {i}.",
                    date=datetime(2015, 5, 20 + i) if i < 3 else None,
                    places=[Place("Syria", "Syria")], byline=["Bulos"] if i % 2 else [])
            for i in range(4)]
    index = newsearch.create_index(tmp_path / "ix")
    index.add(docs)
    with newsearch.open_index(tmp_path / "ix") as ix:
        stats = ix.stats(facet_limit=5)
    assert stats.articles == 4
    assert (stats.first_date, stats.last_date) == (datetime(2015, 5, 20), datetime(2015, 5, 22))
    assert [(c.value, c.count) for c in stats.facets["place"]] == [("Syria", 4)]
    assert [(c.value, c.count) for c in stats.facets["byline"]] == [("Bulos", 2)]
    assert stats.size_bytes == sum(f.stat().st_size for f in (tmp_path / "ix").iterdir()
                                   if f.is_file())
