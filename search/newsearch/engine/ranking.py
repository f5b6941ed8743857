"""Ranking parameters and the ranked (any-term) query, in one place.

Chosen once for news in general (see BENCHMARKS.md for how), never per
collection.
"""

from __future__ import annotations

from collections import Counter

from whoosh import query as wq

from .. import analysis
from ..query import positive_terms
from ..query import tree as t
from .schema import RANKED_FIELD

BM25_B = 0.75
BM25_K1 = 1.2
SIMILAR_TERMS = 25
STOP_STEMS = frozenset(analysis.stem(w) for w in analysis.STOP_WORDS)


def any_terms_query(node: t.Node) -> wq.Query:
    """A ranked bag-of-words query: any term may match, repeated words count more.

    Whoosh's Or keeps one copy of a repeated term, so repeats become a boost.
    """
    words: list[str] = []
    for leaf in positive_terms(node):
        words.extend(analysis.words(getattr(leaf, "text", "")))
    stems = Counter(analysis.stem(w) for w in words if w not in analysis.STOP_WORDS)
    if not stems:
        return wq.NullQuery
    return wq.Or([wq.Term(RANKED_FIELD, s, boost=float(n)) for s, n in stems.items()])


def any_terms_from_text(text: str) -> wq.Query:
    """The ranked bag-of-words query for raw topic text (evaluation)."""
    stems = Counter(analysis.stem(w) for w in analysis.words(text)
                    if w not in analysis.STOP_WORDS)
    if not stems:
        return wq.NullQuery
    return wq.Or([wq.Term(RANKED_FIELD, s, boost=float(n)) for s, n in stems.items()])
