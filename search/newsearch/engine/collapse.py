"""Folding repeated stories: the same text filed again, or filed again with more.

Wire services resend stories and file updates that repeat the first version and add to
it; syndicated copy reaches an archive more than once. With ``collapse`` a search shows
each such story once, at its best rank, and lists the ids of its other versions on the hit
(``Hit.duplicates``), as news archives' "duplicates" option does.

Two texts are versions of one story when they were filed within twelve hours of each other
(or either is undated), nine in ten of the three-word sequences of the shorter one are in
the other (containment of word shingles, after folding case and punctuation; a closing
wire signature does not count), every number of the shorter one, in figures or words, is
in the other, and two thirds of the shorter title's words are in the other title (an item
quoted whole in a round-up of the day's news is not a version of the round-up). So an
exact resend and an update that extends a story fold; reports written from one template
with other figures ("Fed adds reserves via customer repurchases", filed daily) do not,
nor do two reports of one event in other words. A hidden story costs a reader more than
a repeated one, so the test is strict: on Reuters-21578 a helper reading each pair judged
32 of the 33 folds of the benchmark's 200 queries right (one borderline: a midday and a
closing report with the same figures) and found about two thirds of the versions in their
top 30 folded; flashes against their full story, resends a day later and rewrites stay
apart. (The title test came after, from round-ups found in a scan of the whole index; it
changes none of those 33 folds.)
A text of fewer than :data:`MIN_SHINGLES` sequences folds only with the same words. The
body decides; an article without one is compared by its title.

Folding happens on the ranked list, so a version is found when it ranks among the
candidates read for the page (a resend scores the same as its first copy, so it ranks
beside it). ``total`` and the facet counts stay those of every matching article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .. import analysis
from .documents import from_stored

CONTAINED = 0.9  # share of the shorter text's word sequences found in the other
TITLE_SHARED = 2 / 3  # share of the shorter title's words found in the other title
# Versions of a story are filed within hours of each other; a daily report a day apart.
VERSION_SECONDS = 12 * 3600
MIN_SHINGLES = 8
# Candidates read past the page first: a resend ranks beside its first copy.
FIRST_EXTRA = 10
_DIGIT = re.compile(r"\d")
# Words that close a wire story and differ between copies of the same text.
_SIGNATURES = frozenset({"reuter", "reuters"})


class Text:
    """What folding compares of one article."""

    __slots__ = ("numbers", "shingles", "title", "when")

    def __init__(self, title: str, body: str, when: datetime | None) -> None:
        self.title = frozenset(analysis.words(title))
        words = analysis.words(body) or analysis.words(title)
        while words and words[-1] in _SIGNATURES:
            words.pop()
        # Hashes compare within one process, which is all a search needs.
        self.shingles = frozenset({hash(tuple(words))}) if len(words) < MIN_SHINGLES + 2 \
            else frozenset(hash(s) for s in zip(words, words[1:], words[2:], strict=False))
        self.numbers = frozenset(w for w in set(words) if w in analysis.NUMBER_WORDS
                                 or (not w.isalpha() and _DIGIT.search(w)))
        self.when = when


def same_story(a: Text, b: Text) -> bool:
    """Whether two texts are versions of one story (see the module)."""
    if a.when and b.when and abs((a.when - b.when).total_seconds()) > VERSION_SECONDS:
        return False
    if a.title and b.title and \
            len(a.title & b.title) < TITLE_SHARED * min(len(a.title), len(b.title)):
        return False
    short, long = (a, b) if len(a.shingles) <= len(b.shingles) else (b, a)
    return short.numbers <= long.numbers \
        and len(short.shingles & long.shingles) >= CONTAINED * len(short.shingles)


class Texts:
    """The :class:`Text` and article id of documents, read from their stored fields once."""

    def __init__(self, stored: Callable[[int], dict[str, Any]]) -> None:
        self._stored = stored
        self.ids: dict[int, str] = {}
        self._texts: dict[int, Text] = {}

    def of(self, docnum: int) -> Text:
        """What folding compares of document ``docnum``."""
        found = self._texts.get(docnum)
        if found is None:
            stored = self._stored(docnum)
            article = from_stored(stored["id"], stored.get("stored_data", {}))
            self.ids[docnum] = article.id
            found = self._texts[docnum] = Text(article.title, article.body, article.date)
        return found


Folded = list[tuple[int, float, list[int]]]


def fold(ranked: Callable[[int], list[tuple[int, float]]], texts: Texts,
         wanted: int, total: int, shown: tuple[int, ...] = ()) -> Folded:
    """The first ``wanted`` distinct stories of a ranking, each ``(docnum, score,
    versions)``: ``ranked(depth)`` gives the best ``depth`` hits in order, and the depth
    doubles until ``wanted`` stories are found or all ``total`` hits have been read.
    Versions of the ``shown`` documents (an article whose like is sought) are left out."""
    depth = min(total, wanted + FIRST_EXTRA)
    while True:
        kept: Folded = [(docnum, 0.0, []) for docnum in shown]
        for docnum, score in ranked(depth):
            mine = texts.of(docnum)
            home = next((k for k in kept if same_story(texts.of(k[0]), mine)), None)
            if home is None:
                kept.append((docnum, score, []))
            else:
                home[2].append(docnum)
        if len(kept) - len(shown) >= wanted or depth >= total:
            return kept[len(shown):len(shown) + wanted]
        depth = min(total, depth * 2)
