"""Bylines: authors, not editors."""

from __future__ import annotations

from datetime import datetime

from newsearch.extract import enrich, extract_byline
from newsearch.model import Article


def test_by_line_at_top() -> None:
    assert extract_byline("By John Smith and Jane Doe\n\nThe story.") == ["John Smith", "Jane Doe"]


def test_special_correspondent_at_end() -> None:
    assert extract_byline("Story text.\n\nBulos is a special correspondent.") == ["Bulos"]


def test_reporting_by_excludes_editors() -> None:
    text = "Body.\n(Reporting by Tom Perry in Beirut and Ellen Francis; Editing by Dale Hudson)"
    assert extract_byline(text) == ["Tom Perry", "Ellen Francis"]


def test_no_byline() -> None:
    assert extract_byline("Nobody signed this. It was bought by Acme Corp.") == []


def test_a_name_alone_above_the_dateline_is_the_byline() -> None:
    article = enrich(Article(title="EU rejects ban", body=(
        "Peter Blackburn\nBRUSSELS 1996-08-22\nThe European Commission said on Thursday it "
        "disagreed.")))
    assert article.byline == ["Peter Blackburn"]
    assert "Peter Blackburn" in article.people  # still a person named by the story
    assert [(p.name, p.focus) for p in article.places] == [("Brussels", True)]
    assert article.date == datetime(1996, 8, 22)
    # A line that is no person's name, or a name with no dateline under it, is no byline.
    assert enrich(Article(title="T", body="Oil Prices\nBRUSSELS 1996-08-22\nIt fell.")).byline == []
    assert enrich(Article(title="T", body="Peter Blackburn\nspoke on Monday.")).byline == []



def test_a_by_line_above_the_dateline_keeps_the_dateline() -> None:
    article = enrich(Article(title="Rates", body=(
        "By Mark Heinrich\n\nBONN, March 3 (Reuters) - The Bundesbank left rates unchanged.")))
    assert article.byline == ["Mark Heinrich"]
    assert [(p.name, p.focus) for p in article.places] == [("Bonn", True)]
