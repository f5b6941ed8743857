"""Second-stage scoring of the first hits: how close the query words stand.

The first stage (:mod:`.scoring`) scores every hit on posting arrays; the
first ``DEPTH`` hits are then re-scored with a term-proximity bonus, reading
the query words' positions from the segments' side files (or, when no segment
has one or the request is long, scanning each hit's stored text), BM25TP
(Rasolofo & Savoy 2003): each pair of query words within
``PROXIMITY_WINDOW`` tokens adds ``1 / distance**2`` to both words'
accumulators; an accumulator saturates like BM25 tf, is weighted by
``min(1, idf)``, and the sum is divided by ``sqrt(query words - 1)`` so that
long requests (many pairs) are not all proximity. A one-word query has no
pairs and is not re-scored.

Weights were chosen on the odd-numbered CACM and CISI topics (BENCHMARKS.md).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter

import numpy as np

from .. import analysis
from .ranking import NewsBM25
from .schema import EXACT_FIELD, RANKED_FIELD
from .scoring import Postings, gather

DEPTH = 30
PROXIMITY_WEIGHT = 3.0
PROXIMITY_WINDOW = 5
PROXIMITY_K = 1.2
SIDE_MAX_WORDS = 8


def positions(text: str, stems: set[str]) -> dict[str, list[int]]:
    """Token positions (as :func:`analysis.words` numbers them) of each of ``stems`` in ``text``."""
    found: dict[str, list[int]] = {}
    scanned = analysis.scan(text, {analysis.stem_prefix(s) for s in stems})
    if scanned is None:
        pairs = enumerate(analysis.words(text))
    else:
        pairs = ((i, w) for w, _, _, i in scanned[1])
    for i, w in pairs:
        s = analysis.stem(w)
        if s in stems:
            found.setdefault(s, []).append(i)
    return found


def side_positions(postings: Postings, stems: set[str], docs: list[int]
                   ) -> dict[int, dict[str, list[int]]] | None:
    """What :func:`positions` finds in each of ``docs``, read from the segments'
    side files instead of stored text (None when no segment has one): every
    exact word with a wanted stem, and its positions in those documents."""
    out: dict[int, dict[str, list[int]]] = {d: {} for d in docs}
    wanted = np.asarray(sorted(docs), dtype=np.int64)
    for s in sorted(stems):
        words = postings.words_from(EXACT_FIELD, analysis.stem_prefix(s))
        if words is None:
            return None
        parts = []
        for w in words:
            if analysis.stem(w) != s:
                continue
            found = postings.term_positions(EXACT_FIELD, w)
            if found is None:
                return None
            parts.append(gather(*found, wanted))
        if not parts:
            continue
        doc_of = np.concatenate([d for d, _ in parts])
        pos_of = np.concatenate([p for _, p in parts])
        order = np.lexsort((pos_of, doc_of))
        for doc, pos in zip(doc_of[order].tolist(), pos_of[order].tolist(), strict=True):
            out[doc].setdefault(s, []).append(pos)
    return out


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


# The most one occurrence of a word can add to its accumulator: one other
# query word at each distance 1..window on either side.
_PER_OCCURRENCE = 2 * sum(1.0 / (g * g) for g in range(1, PROXIMITY_WINDOW + 1))


def doc_bounds(postings: Postings, docs: list[int], idf: dict[str, float],
               query_words: int) -> list[float]:
    """For each of ``docs``, a bound on its bonus (after :data:`PROXIMITY_WEIGHT`).

    A word's accumulator is at most :data:`_PER_OCCURRENCE` per occurrence of
    it, and per occurrence of the other query words; occurrences come from
    the ranked field's frequencies (which count the title twice: still a bound).
    """
    ids = np.asarray(docs, dtype=np.int64)
    tfs = {}
    for s in idf:
        have, tf = postings.term(RANKED_FIELD, s)
        at = np.minimum(np.searchsorted(have, ids), max(len(have) - 1, 0))
        tfs[s] = np.where(have[at] == ids, tf[at], 0.0) if len(have) else np.zeros(len(ids))
    total = sum(tfs.values())
    bound = np.zeros(len(ids))
    for s, tf in tfs.items():
        v = _PER_OCCURRENCE * np.minimum(tf, total - tf)
        bound += min(1.0, idf[s]) * v * (PROXIMITY_K + 1) / (v + PROXIMITY_K)
    return (PROXIMITY_WEIGHT * bound / math.sqrt(max(1, query_words - 1))).tolist()


def max_bonus(idf: dict[str, float], query_words: int) -> float:
    """The largest proximity bonus any document can get (after :data:`PROXIMITY_WEIGHT`)."""
    per_word = PROXIMITY_K + 1  # a saturated accumulator: v (k + 1) / (v + k) < k + 1
    return (PROXIMITY_WEIGHT * sum(min(1.0, v) for v in idf.values()) * per_word
            / math.sqrt(max(1, query_words - 1)))


def rerank(postings: Postings, hits: list[tuple[int, float]], words: list[str],
           depth: int = DEPTH, wanted: int | None = None) -> list[tuple[int, float]]:
    """``hits`` (docnum, score; best first) with the first ``depth`` re-scored.

    ``words`` are the request's words (folded, stop words dropped). Hits below
    ``depth`` keep their place after the re-scored ones. With ``wanted``, only
    the first ``wanted`` results are needed: a hit whose score plus the largest
    possible bonus cannot reach them is not read (the first ``wanted`` come
    out exactly as with every hit re-scored; the order after them may differ).
    """
    stems = {analysis.stem(w) for w in words}
    if len(stems) < 2 or not hits or depth <= 0 or PROXIMITY_WEIGHT == 0:
        return hits
    searcher = postings.searcher
    model = searcher.weighting if isinstance(searcher.weighting, NewsBM25) else NewsBM25()
    idf = {s: model.idf(searcher, RANKED_FIELD, s) for s in stems}
    reach = max_bonus(idf, len(stems))
    bounds = doc_bounds(postings, [d for d, _ in hits[:depth]], idf, len(stems)) if wanted \
        else [reach] * min(depth, len(hits))
    # Positions from side files cost a few look-ups per query word, stored text
    # a scan per hit read: long requests (which stop early) are cheaper scanned.
    side = (side_positions(postings, stems, [d for d, _ in hits[:depth]])
            if len(stems) <= SIDE_MAX_WORDS else None)
    top: list[tuple[int, float]] = []
    floor: list[float] = []  # min-heap of the best ``wanted`` re-scored scores
    done = 0
    for (docnum, score), bound in zip(hits[:depth], bounds, strict=True):
        if wanted and len(floor) >= wanted and score + reach < floor[0]:
            break  # scores only fall from here: no later hit can reach the first ``wanted``
        done += 1
        if wanted and len(floor) >= wanted and score + bound < floor[0]:
            top.append((docnum, score))  # cannot reach the first ``wanted``: not read
            continue
        if side is not None:
            found = side[docnum]
        else:
            data = postings.stored(docnum).get("stored_data", {})
            found = positions(" ".join([data.get("title", ""), data.get("caption", ""),
                                        data.get("body", "")]), stems)
        final = score + PROXIMITY_WEIGHT * proximity_bonus(found, idf, len(stems))
        top.append((docnum, final))
        if wanted:
            if len(floor) < wanted:
                heapq.heappush(floor, final)
            elif final > floor[0]:
                heapq.heapreplace(floor, final)
    top.sort(key=lambda h: -h[1])
    return top + hits[done:]
