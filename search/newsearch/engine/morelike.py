"""More like this: the articles nearest one article, for ``newsearch similar``.

The article's own most telling stems (frequent in it, rare in the collection: tf x idf,
the title counted twice) are asked for as a ranked query over the ``content`` field. With
``collapse`` the article's own versions (a resend, an update; see :mod:`.collapse`) are
left out, since they are the same story, and the other stories' versions are folded.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import TYPE_CHECKING

from whoosh import query as wq

from .. import analysis
from ..model import SearchResults
from ..snippets import MatchSpec
from . import collapse as fold
from . import ranking
from .schema import RANKED_FIELD

if TYPE_CHECKING:
    from .search import Reader


def similar(reader: Reader, article_id: str, limit: int = 10,
            collapse: bool = False) -> SearchResults:
    """The ``limit`` articles most like ``article_id`` in ``reader``'s index."""
    started = time.perf_counter()
    article = reader.get(article_id)
    searcher = reader.searcher()
    own = reader.docnum(article_id)
    tf = Counter(s for s in analysis.stems(f"{article.title} {article.title} {article.body}")
                 if s not in ranking.STOP_STEMS and len(s) > 2)
    weights = {term: n * searcher.idf(RANKED_FIELD, term) for term, n in tf.items()}
    top = sorted(weights.items(), key=lambda kv: -kv[1])[: ranking.SIMILAR_TERMS]
    query = f"similar:{article_id}"
    if not top:
        return SearchResults(query=query, total=0, hits=[])
    q = wq.Or([wq.Term(RANKED_FIELD, term, boost=w) for term, w in top])
    read = limit + fold.FIRST_EXTRA if collapse else limit  # what folding reads first
    first = searcher.search(q, limit=read, mask={own})
    total = len(first)

    def ranked(depth: int) -> list[tuple[int, float]]:
        found = first if depth <= read else searcher.search(q, limit=depth, mask={own})
        return [(hit.docnum, hit.score) for hit in list(found)[:depth]]

    postings = reader.postings()
    texts = fold.Texts(postings.stored)
    page = fold.fold(ranked, texts, limit, total, shown=(own,)) if collapse \
        else [(d, score, []) for d, score in ranked(limit)]
    spec = MatchSpec(stems={term for term, _ in top[:10]})
    hits = [reader.hit(postings, i + 1, d, score, spec, 1) for i, (d, score, _) in enumerate(page)]
    for hit, (_, _, versions) in zip(hits, page, strict=True):
        hit.duplicates = [texts.ids[v] for v in versions]
    return SearchResults(query=query, total=total, hits=hits, limit=limit,
                         elapsed_ms=(time.perf_counter() - started) * 1000)
