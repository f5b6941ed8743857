"""Compile newsearch's query tree into Whoosh queries.

The tree (``newsearch.query.tree``) knows nothing of Whoosh; this module is
the only bridge. Field values go through the same analysis as indexing.
"""

from __future__ import annotations

from datetime import date

from whoosh import query as wq
from whoosh.query import spans

from .. import analysis
from ..errors import QuerySyntaxError
from ..query import tree as t
from .schema import EXACT_FIELD, RANKED_FIELD

# Field name in the query language -> index field for words.
STEMMED_FIELDS = {None: RANKED_FIELD, "title": "title", "body": RANKED_FIELD}
NAME_FIELD_MAP = {"place": ("place",), "about": ("about",), "person": ("person",), "org": ("org",),
                  "actor": ("person", "org"), "byline": ("byline",), "source": ("source",),
                  "topic": ("topic",)}
MAX_EXPANSIONS = 512  # bound for prefix/fuzzy expansion on hostile input


def compile_query(node: t.Node) -> wq.Query:
    """Translate a query tree node into a Whoosh query."""
    if isinstance(node, t.And):
        positives = [c for c in node.children if not isinstance(c, t.Not)]
        negatives = [c.child for c in node.children if isinstance(c, t.Not)]
        base = (wq.And([compile_query(c) for c in positives]) if len(positives) > 1
                else compile_query(positives[0]) if positives else wq.Every())
        if negatives:
            neg = wq.Or([compile_query(c) for c in negatives])
            return wq.AndNot(base, neg)
        return base
    if isinstance(node, t.Or):
        return wq.Or([compile_query(c) for c in node.children])
    if isinstance(node, t.Not):
        return wq.AndNot(wq.Every(), compile_query(node.child))
    if isinstance(node, t.MatchAll):
        return wq.Every()
    if isinstance(node, t.DateRange):
        return date_range(node.start, node.end)
    if isinstance(node, t.Term):
        return _term(node.field, node.text)
    if isinstance(node, t.Phrase):
        return _phrase(node.field, node.text, node.slop)
    if isinstance(node, t.Prefix):
        return _prefix(node.field, node.text)
    if isinstance(node, t.Fuzzy):
        return _fuzzy(node.field, node.text, node.distance)
    raise QuerySyntaxError(f"unsupported query element {type(node).__name__}")


def date_range(start: date | None, end: date | None) -> wq.Query:
    """Inclusive day range; None is an open end (both None: any dated article)."""
    lo = start.toordinal() if start else 1
    hi = end.toordinal() if end else date.max.toordinal()
    return wq.NumericRange("day", lo, hi)


def _nothing() -> wq.Query:
    return wq.NullQuery


def _term(field: str | None, text: str) -> wq.Query:
    if field in NAME_FIELD_MAP:
        return _name_query(field, analysis.name_words(text), 0)
    words = analysis.words(text)
    if not words:
        return _nothing()
    if len(words) > 1:
        # "al-Shughur" typed as one word is really a two-word phrase.
        return _phrase(field, text, 0)
    return wq.Term(STEMMED_FIELDS[field], analysis.stem(words[0]))


def _phrase(field: str | None, text: str, slop: int) -> wq.Query:
    if field in NAME_FIELD_MAP:
        return _name_query(field, analysis.name_words(text), slop)
    if field is None:
        index_field, words = EXACT_FIELD, analysis.words(text)
    elif field == "title":
        index_field, words = "title", analysis.stems(text)
    else:
        index_field, words = EXACT_FIELD, analysis.words(text)  # body: phrases
    return _positional(index_field, words, slop)


def _positional(field: str, words: list[str], slop: int) -> wq.Query:
    if not words:
        return _nothing()
    if len(words) == 1:
        return wq.Term(field, words[0])
    if slop == 0:
        return wq.Phrase(field, words)
    # Whoosh's Phrase slop is ordered; proximity here matches either order.
    return spans.SpanNear2([wq.Term(field, w) for w in words], slop=slop + 1, ordered=False)


def _name_query(field: str, words: list[str], slop: int) -> wq.Query:
    if len(words) > 1 and slop == 0:
        # A quoted name matches the whole name, indexed as one term.
        parts = [wq.Term(f, " ".join(words)) for f in NAME_FIELD_MAP[field]]
        return parts[0] if len(parts) == 1 else wq.Or(parts)
    parts = [_positional(f, words, slop) for f in NAME_FIELD_MAP[field]]
    return parts[0] if len(parts) == 1 else wq.Or(parts)


def _prefix(field: str | None, text: str) -> wq.Query:
    words = analysis.words(text)
    if not words:
        return _nothing()
    fields = NAME_FIELD_MAP.get(field or "", (EXACT_FIELD if field in (None, "body") else field,))
    if field == "title":
        fields = ("title",)
    # Earlier words of a multi-word prefix ("al-Shugh*") must match as words too.
    head = [_term(field, w) for w in words[:-1]]
    last = [wq.Prefix(f, words[-1]) for f in fields]
    for q in last:
        q.max_expansions = MAX_EXPANSIONS  # type: ignore[attr-defined]
    tail = last[0] if len(last) == 1 else wq.Or(last)
    return wq.And([*head, tail]) if head else tail


def _fuzzy(field: str | None, text: str, distance: int) -> wq.Query:
    words = analysis.words(text)
    if not words:
        return _nothing()
    fields = NAME_FIELD_MAP.get(field or "", (EXACT_FIELD if field in (None, "body") else field,))
    parts = [wq.FuzzyTerm(f, words[-1], maxdist=distance, prefixlength=1) for f in fields]
    return parts[0] if len(parts) == 1 else wq.Or(parts)


def is_metadata(node: t.Node) -> bool:
    """Whether ``node`` selects by metadata only (a date range, or names without slop)."""
    if isinstance(node, t.DateRange):
        return True
    if isinstance(node, t.Or):  # a name and the other names of its group (:mod:`.namegroups`)
        return bool(node.children) and all(
            isinstance(c, t.Term | t.Phrase) and is_metadata(c) for c in node.children)
    return (isinstance(node, (t.Term, t.Phrase)) and node.field in NAME_FIELD_MAP
            and not getattr(node, "slop", 0))


def pull_metadata(node: t.Node) -> tuple[t.Node, list[t.Node]]:
    """Split top-level metadata clauses (dates, names) every hit must satisfy off ``node``.

    Returns the rest of the query and the pulled clauses; clauses under OR or
    NOT stay in the query and are compiled as usual.
    """
    parts = list(node.children) if isinstance(node, t.And) else [node]
    pulled = [p for p in parts if is_metadata(p)]
    rest = [p for p in parts if not is_metadata(p)]
    if not pulled:
        return node, []
    if not rest:
        return t.MatchAll(), pulled
    return (rest[0] if len(rest) == 1 else t.And(tuple(rest))), pulled
