"""Small curated tables used by the extractors, kept as Python so they ship without package-data."""

from __future__ import annotations


def wordlist(text: str) -> list[str]:
    """The whitespace-separated words of a table written as one string."""
    return text.split()


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of a table written as one string, as a set."""
    return frozenset(text.split())
