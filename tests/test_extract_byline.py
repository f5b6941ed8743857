"""Bylines: authors, not editors."""

from __future__ import annotations

from newsearch.extract import extract_byline


def test_by_line_at_top() -> None:
    assert extract_byline("By John Smith and Jane Doe\n\nThe story.") == ["John Smith", "Jane Doe"]


def test_special_correspondent_at_end() -> None:
    assert extract_byline("Story text.\n\nBulos is a special correspondent.") == ["Bulos"]


def test_reporting_by_excludes_editors() -> None:
    text = "Body.\n(Reporting by Tom Perry in Beirut and Ellen Francis; Editing by Dale Hudson)"
    assert extract_byline(text) == ["Tom Perry", "Ellen Francis"]


def test_no_byline() -> None:
    assert extract_byline("Nobody signed this. It was bought by Acme Corp.") == []
