"""Second-stage scoring of the first hits: the word exactly as asked, and proximity.

BM25 over stems (:mod:`.ranking`) picks and orders the candidates; the first
``DEPTH`` of them are then re-scored from their stored text, which costs one
stored-field read and one tokenisation per hit and no extra posting lists
(scoring the unstemmed ``exact`` field for every candidate made Whoosh's
search about four times slower). Two bonuses are added:

- **exact word**: a BM25 score, ``EXACT_WEIGHT`` of the stem's, for each query
  word found in the document exactly as written ("bombs", not only "bombing");
- **proximity** (BM25TP, Rasolofo & Savoy 2003): each pair of query words within
  ``PROXIMITY_WINDOW`` tokens adds ``1 / distance**2`` to both words'
  accumulators; an accumulator saturates like BM25 tf, is weighted by
  ``min(1, idf)``, and the sum is divided by ``sqrt(query words - 1)`` so that
  long requests (many pairs) are not all proximity.

Weights were chosen on the odd-numbered CACM and CISI topics (BENCHMARKS.md).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from .. import analysis
from .ranking import NewsBM25
from .schema import EXACT_FIELD, RANKED_FIELD

DEPTH = 30
EXACT_WEIGHT = 0.2
PROXIMITY_WEIGHT = 3.0
PROXIMITY_WINDOW = 5
PROXIMITY_K = 1.2

def occurrences(text: str, words: set[str]) -> tuple[int, Counter[str], dict[str, list[int]]]:
    """Token count of ``text``, counts of ``words`` in it, and positions of their stems.

    ``words`` are folded query words; positions (token indexes, as
    :func:`analysis.words` numbers them) are keyed by stem and cover every
    word of the text sharing a stem with one of ``words``.
    """
    stems = {analysis.stem(w) for w in words}
    counts: Counter[str] = Counter()
    positions: dict[str, list[int]] = {}
    scanned = analysis.scan(text, {analysis.stem_prefix(s) for s in stems})
    if scanned is None:
        tokens = analysis.words(text)
        length, found = len(tokens), [(w, i) for i, w in enumerate(tokens)]
    else:
        length, found = scanned[0], [(w, i) for w, _, _, i in scanned[1]]
    for w, i in found:
        s = analysis.stem(w)
        if s in stems:
            positions.setdefault(s, []).append(i)
            if w in words:
                counts[w] += 1
    return length, counts, positions


def proximity_bonus(positions: dict[str, list[int]], idf: dict[str, float],
                    query_words: int) -> float:
    """BM25TP-style bonus for one document (before :data:`PROXIMITY_WEIGHT`).

    ``positions`` maps each query stem found in the document to its token
    positions; ``idf`` gives each stem's idf; ``query_words`` is the number of
    distinct stems in the query. 0 when fewer than two of them occur.
    """
    found = sorted(positions)
    acc: Counter[str] = Counter()
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            for x in positions[a]:
                for y in positions[b]:
                    gap = abs(x - y)
                    if 0 < gap <= PROXIMITY_WINDOW:
                        acc[a] += 1.0 / (gap * gap)
                        acc[b] += 1.0 / (gap * gap)
    bonus = sum(min(1.0, idf.get(s, 0.0)) * v * (PROXIMITY_K + 1) / (v + PROXIMITY_K)
                for s, v in acc.items())
    return bonus / math.sqrt(max(1, query_words - 1))


def bm25(tf: int, length: int, avg_length: float, idf: float, k1: float, b: float) -> float:
    """One term's BM25 score (``idf`` already computed)."""
    if tf <= 0:
        return 0.0
    return idf * tf * (k1 + 1) / (tf + k1 * ((1 - b) + b * length / (avg_length or 1)))


def rerank(searcher: Any, hits: list[tuple[int, float]], words: list[str],
           depth: int = DEPTH) -> list[tuple[int, float]]:
    """``hits`` (docnum, score; best first) with the first ``depth`` re-scored.

    ``words`` are the request's words as written (folded, stop words dropped,
    repeats kept: a repeated word counts more). Hits below ``depth`` keep their
    place after the re-scored ones.
    """
    if not hits or not words or depth <= 0:
        return hits
    model = searcher.weighting if isinstance(searcher.weighting, NewsBM25) else NewsBM25()
    asked = Counter(words)
    stems = {analysis.stem(w) for w in asked}
    stem_idf = {s: model.idf(searcher, RANKED_FIELD, s) for s in stems}
    word_idf = {w: model.idf(searcher, EXACT_FIELD, w) for w in asked}
    avg = searcher.avg_field_length(EXACT_FIELD) or 1.0
    top = []
    for docnum, score in hits[:depth]:
        data = searcher.stored_fields(docnum).get("stored_data", {})
        length, counts, positions = occurrences(" ".join(
            [data.get("title", ""), data.get("caption", ""), data.get("body", "")]), set(asked))
        bonus = EXACT_WEIGHT * sum(
            n * bm25(counts[w], length, avg, word_idf[w], model.k1, model.b)
            for w, n in asked.items())
        if len(stems) > 1:
            bonus += PROXIMITY_WEIGHT * proximity_bonus(positions, stem_idf, len(stems))
        top.append((docnum, score + bonus))
    top.sort(key=lambda h: -h[1])
    return top + hits[depth:]
