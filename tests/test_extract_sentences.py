"""Where sentences start (extract/sentences.py)."""

from __future__ import annotations

import pytest

from newsearch.extract.sentences import opens_sentence


def at(text: str, word: str) -> bool:
    return opens_sentence(text, text.index(word))


@pytest.mark.parametrize("text, word", [
    ("Prices fell. Traders said so.", "Traders"),
    ("Markets: Stocks rose", "Stocks"),
    ("He said: \"Prices will rise\"", "Prices"),
    ("Note - The figures are provisional.", "The"),
    ("Storms hit.\n  * At least 25 people died", "At"),
    ("A short heading\nBanks rose", "Banks"),
    ("Traders said so.", "Traders"),
])
def test_a_sentence_starts_here(text: str, word: str) -> None:
    assert at(text, word)


@pytest.mark.parametrize("text, word", [
    ("Prices fell, traders said, and Banks rose.", "Banks"),
    ("Shares in Acme - Banks rose.", "Banks"),  # a dash before a name, not a stop word
    ("The following offerings were filed recently with the Economic\nPlanning Board", "Planning"),
])
def test_no_sentence_starts_here(text: str, word: str) -> None:
    assert not at(text, word)
