"""The public API surface: helpers the CLI and TUI rely on."""

from datetime import date

import pytest

import newsearch
from conftest import SHIPPED


def test_day_span_covers_years_months_and_days():
    assert newsearch.day_span("2015") == (date(2015, 1, 1), date(2015, 12, 31))
    assert newsearch.day_span("2016-02") == (date(2016, 2, 1), date(2016, 2, 29))
    assert newsearch.day_span("2015-05-22") == (date(2015, 5, 22), date(2015, 5, 22))
    with pytest.raises(newsearch.UsageError):
        newsearch.day_span("May 2015")


def test_extract_file_returns_enriched_articles():
    [article] = newsearch.extract_file(SHIPPED)
    assert article.byline == ["Bulos"]
    assert "Bashar Assad" in article.people


def test_match_spec_marks_the_query_words(built_index):
    ix = newsearch.open_index(built_index)
    spec = ix.match_spec('"Jisr al Shughur" hospitals')
    assert ["jisr", "al", "shughur"] in spec.phrases
    assert "hospit" in spec.stems
    assert not ix.match_spec("   ")


def test_export_yields_whole_articles_in_search_order(built_index):
    with newsearch.open_index(built_index) as ix:
        hits = ix.search("Syria", limit=100).hits
        rows = list(ix.export("Syria"))
        assert [r.article.id for r in rows] == [h.id for h in hits]
        assert [r.rank for r in rows] == list(range(1, len(rows) + 1))
        assert [r.score for r in rows] == [h.score for h in hits]
        assert all(isinstance(r, newsearch.RankedArticle) and r.article.body for r in rows)
        assert [r.article.id for r in ix.export("Syria", limit=2)] == [h.id for h in hits[:2]]
        assert list(ix.export("Syria", limit=0)) == []
        with pytest.raises(newsearch.UsageError):
            ix.export("Syria", limit=-1)
        with pytest.raises(newsearch.UsageError):
            ix.export("", filters=newsearch.Filters())


def test_export_filters_without_words_list_newest_first(built_index):
    with newsearch.open_index(built_index) as ix:
        rows = list(ix.export(filters=newsearch.Filters(places=["Syria"])))
    days = [r.article.date for r in rows if r.article.date]
    assert len(days) >= 3 and days == sorted(days, reverse=True)
    assert all(r.score == 0 for r in rows)


def test_an_export_reads_the_index_as_it_was_when_it_began(built_index):
    with newsearch.open_index(built_index) as ix:
        rows = ix.export("Syria")
        before = len(ix.search("Syria").hits)
        ix.add([newsearch.Article(title="Syria talks resume", body="Talks on Syria resumed.")])
        ids = [r.article.id for r in rows]
        assert len(ids) == before
        assert "syria-talks-resume" not in ids
        assert "syria-talks-resume" in [r.article.id for r in ix.export("Syria")]
