"""Whether a story is a sports story (extract/sportstory.py)."""

from __future__ import annotations

from newsearch.extract.sportstory import sports_text


def test_sports_text_needs_two_sports_words() -> None:
    assert sports_text("The striker scored in the cup match.")
    assert not sports_text("The club met on Monday to discuss the budget.")
