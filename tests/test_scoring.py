"""Vectorised matching and scoring agree with Whoosh's own (a differential test)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as wq

import newsearch
from newsearch import Article
from newsearch.engine import ranking, scoring
from newsearch.engine.compile import compile_query
from newsearch.query import parse

WORDS = ["bomb", "barrel", "hospital", "siege", "oil", "price", "market", "rebel", "city",
         "talks", "border"]


def _body(i: int) -> str:
    # Deterministic, varied texts: word i appears with different frequencies and lengths.
    picked = [WORDS[(i * k + k // 2) % len(WORDS)] for k in range(1, 4 + i % 9)]
    return " ".join(picked * (1 + i % 3))


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("scoring") / "ix"
    ix = newsearch.create_index(path)
    for start in (0, 20, 40):  # one segment per call
        ix.add([Article(id=f"a{i}", key=f"a{i}", title=f"Story {WORDS[i % 5]}", body=_body(i))
                for i in range(start, start + 20)])
    # Replacing articles leaves deleted documents behind in older segments.
    ix.add([Article(id=f"a{i}", key=f"a{i}", title="Story revised", body=_body(i + 1))
            for i in range(0, 60, 7)])
    yield ix
    ix.close()


def queries():
    word = st.sampled_from(WORDS)
    # (Whoosh answers "x -*" with x's documents; newsearch with none.)
    leaf = word | word.map(lambda w: f"title:{w}") | word.map(lambda w: f'"story {w}"')
    return st.recursive(leaf, lambda inner: st.tuples(
        inner, st.sampled_from([" AND ", " OR ", " -"]), inner).map(
            lambda t: f"({t[0]}{t[1]}{t[2]})"), max_leaves=5)


def _oracle(searcher, q) -> set[int]:
    """Boolean structure as Python set algebra, each leaf matched by Whoosh.

    (Whoosh's own AndNot matcher returns excluded documents once segments have
    deletions, so the whole tree is not a usable reference.)
    """
    if isinstance(q, wq.AndNot):
        return _oracle(searcher, q.a) - _oracle(searcher, q.b)
    if type(q) is wq.And:
        return set.intersection(*(_oracle(searcher, c) for c in q.subqueries))
    if type(q) is wq.Or:
        return set.union(*(_oracle(searcher, c) for c in q.subqueries))
    return set(searcher.docs_for_query(q))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries())
def test_matching_equals_whooshs_leaves_combined(index, text):
    searcher = index.reader.searcher()
    q = compile_query(parse(text))
    assert scoring.Postings(searcher).docs(q).tolist() == sorted(_oracle(searcher, q))


def test_everything_is_every_live_document(index):
    searcher = index.reader.searcher()
    want = sorted(searcher.docs_for_query(compile_query(parse("*"))))
    assert scoring.Postings(searcher).docs(compile_query(parse("*"))).tolist() == want
    assert len(want) == 60


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5))
def test_scores_equal_whooshs_bm25(index, words):
    searcher = index.reader.searcher()
    q = ranking.any_terms_from_text(" ".join(words))
    docs, scores = scoring.Postings(searcher).scores(ranking.query_weights(q), None,
                                                     searcher.weighting)
    mine = scoring.top(docs, scores, 1000)
    theirs = [(h.docnum, h.score) for h in searcher.search(q, limit=1000)]
    assert sorted(d for d, _ in mine) == sorted(d for d, _ in theirs)
    by_doc = dict(theirs)
    for docnum, score in mine:
        assert score == pytest.approx(by_doc[docnum], rel=1e-6)


def test_top_orders_by_score_then_docnum():
    import numpy as np

    docs = np.array([5, 1, 3, 2])
    scores = np.array([1.0, 2.0, 2.0, 0.5])
    assert scoring.top(docs, scores, 3) == [(1, 2.0), (3, 2.0), (5, 1.0)]
    assert scoring.top(docs, scores, 0) == []
