"""Newspapers' and news agencies' names, which wire copy quotes in every other story.

A small town's name right before a paper's noun, after "the" or a possessive ("told the Asahi
newspaper", "Japan's Asahi newspaper") is the paper's name, not the town; a city's name there
is where the paper is published ("a Tokyo newspaper", "the Moscow daily Izvestia"). A name
after an Arabic article joined by a hyphen ("al-Ahram daily", "the newspaper an-Nahar") is a
paper's when a paper's noun stands next to it: the article is part of its name.
"""

from __future__ import annotations

import re

from .scan import Run

# Nouns after a newspaper's or a news agency's name ("told the Asahi newspaper").
PAPER_NOUNS = frozenset({"newspaper", "daily", "weekly", "news"})
_PAPER_NAME_AFTER = re.compile(r" (?:newspaper|daily|weekly|news (?:agency|service)) [A-Z]")
# "the semi-official al-", "newspaper an-": a paper's noun (or none) and the article before a run.
_ARTICLE_BEFORE = re.compile(r"(?:\b(newspaper|daily|weekly|paper)[ \t]+)?"
                             r"\b(al|an|el|ar|as|ad|at|az)-$", re.IGNORECASE)


def paper_named(run: Run, nxt: str) -> bool:
    """Whether the run, after "the" or a possessive and before a paper's noun ``nxt`` (one of
    :data:`PAPER_NOUNS`), is the paper's or the agency's name ("told the Asahi newspaper",
    "the Antara news agency"), not the town it is published in, which takes "a" or the paper's
    name after the noun ("a Tokyo newspaper", "the Moscow daily Izvestia"). Callers ask only
    of a small town's name: a city's is its town's."""
    text, start, end = run.text, run.start, run.end
    if nxt == "news" and not text.startswith((" news agency", " news service"), end):
        return False
    return text[start - 4 if start > 4 else 0:start].endswith(("the ", "The ", "'s ", "’s ")) \
        and _PAPER_NAME_AFTER.match(text, end, end + 20) is None


def article_paper(run: Run, j: int, sep: str, nxt: str) -> str:
    """The paper's name, its Arabic article first, when the run (callers test the hyphen
    before it) follows an article and has a paper's noun before or after it ("the newspaper
    al-Thawra said", "the semi-official al-Ahram daily"); else "". A person's "al-" name
    ("Ghazi al-Jabali") has no such noun beside it."""
    start = run.start
    m = _ARTICLE_BEFORE.search(run.text, start - 20 if start > 20 else 0, start)
    if m is None:
        return ""
    after = j == len(run.words) and sep == " " and nxt in PAPER_NOUNS and (
        nxt != "news" or run.text.startswith(" news agency", run.end))
    if m.group(1) is None and not after:
        return ""
    return m.group(2) + "-" + (run.words[0] if j == 1 else run.surface(0, j))
