"""newsearch's query language: ``parse(text)`` turns a query string into a tree.

The tree (:mod:`newsearch.query.tree`) knows nothing of any search backend;
``newsearch.engine`` compiles it to Whoosh. The syntax is documented in
:mod:`newsearch.query.parse`.
"""

from newsearch.query.parse import MAX_DEPTH, MAX_LENGTH, MAX_SLOP, MAX_TERMS, parse
from newsearch.query.tree import (
    DEFAULT_FIELD,
    FIELDS,
    And,
    DateRange,
    Fuzzy,
    Leaf,
    MatchAll,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Term,
    positive_terms,
    simplify,
    walk,
)

__all__ = [
    "DEFAULT_FIELD", "FIELDS", "MAX_DEPTH", "MAX_LENGTH", "MAX_SLOP", "MAX_TERMS",
    "And", "DateRange", "Fuzzy", "Leaf", "MatchAll", "Node", "Not", "Or", "Phrase", "Prefix",
    "Term", "parse", "positive_terms", "simplify", "walk",
]
