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
