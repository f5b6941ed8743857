"""Ranking parameters, the scoring model and the ranked (any-term) query, in one place.

Chosen once for news in general, never per collection: parameters were picked
on the odd-numbered CACM and CISI topics together and reported on the even ones
(``bench/bench_rank.py``, BENCHMARKS.md "ranking").

The model is BM25 over ``content`` (title counted ``TITLE_REPEAT`` times plus
the body: one weighted field, not a per-field sum) with changes that help
natural-language requests: a Lucene-style idf raised to ``IDF_POWER`` (rare,
specific words matter more than the usual BM25 idf says); a query-side stop
list that also drops contraction fragments ("I'm" -> "i", "m") and request
phrasing ("describe", "interested"); and a bonus, ``EXACT_WEIGHT`` of a BM25
score over the unstemmed ``exact`` field, for each word found exactly as asked.
:mod:`.rerank` then re-scores the first hits by how close the query words stand.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from typing import Any

from whoosh import query as wq
from whoosh.scoring import BaseScorer, WeightingModel, WeightLengthScorer, WeightScorer

from .. import analysis
from ..query import positive_terms
from ..query import tree as t
from .schema import RANKED_FIELD, TITLE_REPEAT

BM25_K1 = 1.6
BM25_B = 0.6
IDF_POWER = 1.5
SIMILAR_TERMS = 25
# A query word found exactly as written (unstemmed, in ``exact``) adds
# EXACT_WEIGHT of a BM25 score there: "bombs" ranks a story saying "bombs"
# above one saying only "bombing". Chosen on the odd topics (BENCHMARKS.md).
EXACT_WEIGHT = 0.2
# ... except for words in more than this share of the documents: little gain
# (low idf), and the slowest postings to read. 0.1 against 0.02, 0.05 and 1.0
# on the odd topics: all ties, 0.1 the best.
EXACT_MAX_SHARE = 0.1


# Pseudo-relevance feedback (RM3-style): the top FEEDBACK_DOCS hits lend their
# FEEDBACK_TERMS most typical words; the original query keeps FEEDBACK_ORIGINAL
# of the weight. A hit's vote falls off as exp((score - best) / (FEEDBACK_SPREAD
# * sd)), sd being the spread of the top scores: the weights follow the shape of
# the list, not its scale (raw gaps grow with query length and idf, so on long
# requests only the first hit used to vote). Hits near the best vote almost as
# much as it does; a leader far ahead outvotes each of the rest about 5 to 1.
# A hit's words count n / (length + FEEDBACK_SMOOTHING), so a title-only record
# cannot swamp the vote with its few words.
FEEDBACK_DOCS = 10
FEEDBACK_TERMS = 20
FEEDBACK_ORIGINAL = 0.5
FEEDBACK_SPREAD = 2.0
FEEDBACK_SMOOTHING = 300

# General English words that carry no topic in a request, beyond
# analysis.STOP_WORDS (which stays the index-side list): adverbs, quantifiers,
# light verbs, request phrasing, and the fragments contractions split into.
_QUERY_ONLY_STOPS = frozenset([
    "use", "used", "uses", "using", "like", "given", "various", "way", "ways", "well", "either",
    "neither", "particular", "particularly", "possible", "rather", "least", "done", "every",
    "see", "seen", "less", "often", "already", "become", "becomes", "became", "several",
    "certain", "together", "following", "usually", "others", "even", "probably", "toward",
    "towards", "whole", "mostly", "though", "another", "sometimes", "example", "examples",
    "moreover", "furthermore", "ought", "seem", "seems", "seemed", "across", "whatever",
    "normally", "get", "gets", "got", "relatively", "except", "something", "almost", "although",
    "always", "anyone", "anything", "anybody", "else", "enough", "ever", "instead", "perhaps",
    "quite", "really", "since", "still", "yet", "unless", "whose", "us", "hence", "indeed",
    "namely", "also", "besides", "beyond", "otherwise", "thereby", "whereas", "wherever",
    "whenever", "whoever", "somehow", "someone", "somewhat", "somewhere", "nothing", "none",
    "nobody", "everything", "everyone", "everywhere", "e", "g", "eg", "ie", "viz", "vs", "etc",
    "describe", "described", "describes", "describing", "description", "discuss", "discussed",
    "discusses", "discussing", "discussion", "interested", "concerning", "regarding",
    "pertaining", "please", "want", "wish", "m", "t", "d", "re", "ve", "ll", "s"
])
QUERY_STOP_WORDS: frozenset[str] = analysis.STOP_WORDS | _QUERY_ONLY_STOPS
STOP_STEMS = frozenset(analysis.stem(w) for w in analysis.STOP_WORDS)
_QUERY_STOP_STEMS = frozenset(analysis.stem(w) for w in QUERY_STOP_WORDS)


class NewsBM25(WeightingModel):
    """BM25 with a Lucene-style idf raised to ``idf_power`` (1.0 is plain BM25)."""

    def __init__(self, k1: float = BM25_K1, b: float = BM25_B,
                 idf_power: float = IDF_POWER) -> None:
        self.k1 = k1
        self.b = b
        self.idf_power = idf_power
        # idf per (field, term) for one top-level searcher: Whoosh asks for it
        # once per segment, and each answer sums the document frequency over
        # every segment.
        self._idf_of: Any = None
        self._idf: dict[tuple[str, str], float] = {}

    def supports_block_quality(self) -> bool:
        """Scores allow Whoosh's block-max pruning (monotone in tf and length)."""
        return True

    def idf(self, searcher: Any, fieldname: str, text: str,
            doc_frequency: Callable[[str, str], int] | None = None) -> float:
        """``log(1 + (N - df + 0.5) / (df + 0.5)) ** idf_power``, always positive.

        ``doc_frequency`` may answer df instead of the searcher (same numbers, faster).
        """
        parent = searcher.get_parent()
        if parent is not self._idf_of:
            self._idf_of, self._idf = parent, {}
        key = (fieldname, text)
        if key not in self._idf:
            n = parent.doc_count()
            df = (doc_frequency or parent.doc_frequency)(fieldname, text)
            self._idf[key] = math.log(1 + (n - df + 0.5) / (df + 0.5)) ** self.idf_power
        return self._idf[key]

    def scorer(self, searcher: Any, fieldname: str, text: str, qf: int = 1) -> BaseScorer:
        """A per-term scorer; unscorable fields (facets) score by weight only."""
        if not searcher.schema[fieldname].scorable:
            return WeightScorer.for_(searcher, fieldname, text)
        return _BM25Scorer(searcher, fieldname, text, self.idf(searcher, fieldname, text),
                           self.k1, self.b)


class _BM25Scorer(WeightLengthScorer):
    def __init__(self, searcher: Any, fieldname: str, text: str, idf: float,
                 k1: float, b: float) -> None:
        self.idf = idf
        self.avgfl = searcher.get_parent().avg_field_length(fieldname) or 1
        self.k1 = k1
        self.b = b
        self.setup(searcher, fieldname, text)

    def _score(self, weight: float, length: int) -> float:
        norm = self.k1 * ((1 - self.b) + self.b * length / self.avgfl)
        return self.idf * weight * (self.k1 + 1) / (weight + norm)


def weighting() -> NewsBM25:
    """The scoring model every newsearch searcher uses."""
    return NewsBM25()


def request_words(words: list[str]) -> list[str]:
    """The words of a request that count for ranking (query stop list dropped), in order."""
    return [w for w in words if w not in QUERY_STOP_WORDS]


# Query fields whose words rank a hit; name fields (place:, person:...) only select.
TEXT_FIELDS = (None, "title", "body")


# Name fields whose words a story's text also speaks: when a query has no word of the text,
# these rank its hits ("person:Baker place:Japan": the stories that speak most of both).
_SPOKEN_FIELDS = frozenset({"place", "about", "person", "org", "actor"})


def node_words(node: t.Node) -> list[str]:
    """The request words of a parsed query's positive text terms, in order, with repeats.

    Words of name fields are left out: ``gulf place:"United States"`` ranks the
    stories about the United States by "gulf", not by "united" and "states". A query
    of names alone (``person:Baker place:Japan``) ranks by its names' words.
    """
    leaves = positive_terms(node)
    words = [w for leaf in leaves if getattr(leaf, "field", None) in TEXT_FIELDS
             for w in analysis.words(getattr(leaf, "text", ""))]
    if not words:
        words = [w for leaf in leaves if getattr(leaf, "field", None) in _SPOKEN_FIELDS
                 for w in analysis.words(getattr(leaf, "text", ""))]
    return request_words(words)


def _bag(words: list[str]) -> wq.Query:
    return weighted_query(dict(Counter(analysis.stem(w) for w in request_words(words))))


def exact_weights(words: list[str]) -> dict[str, float]:
    """Unstemmed request word -> its weight in the ``exact`` field (repeats count)."""
    return {w: EXACT_WEIGHT * n for w, n in Counter(words).items()}


def weighted_query(weights: dict[str, float]) -> wq.Query:
    """Any-term query over the ranked field; a term's weight multiplies its score."""
    if not weights:
        return wq.NullQuery
    # Whoosh's Or keeps one copy of a repeated term, so repeats arrive as weights.
    return wq.Or([wq.Term(RANKED_FIELD, s, boost=float(n)) for s, n in weights.items()])


def any_terms_query(node: t.Node) -> wq.Query:
    """A ranked bag-of-words query from a parsed query: any term may match."""
    return _bag(node_words(node))


def any_terms_from_text(text: str) -> wq.Query:
    """The ranked bag-of-words query for raw request text (topics, evaluation)."""
    return _bag(analysis.words(text))


def query_weights(q: wq.Query) -> dict[str, float]:
    """Stem -> weight of a query built by :func:`weighted_query`."""
    if isinstance(q, wq.Term):
        return {q.text: q.boost}
    return {c.text: c.boost for c in getattr(q, "subqueries", []) if isinstance(c, wq.Term)}


def feedback_weights(scores: list[float], spread: float = FEEDBACK_SPREAD) -> list[float]:
    """Vote weight of each top hit (scores best first): ``exp((s - best) / (spread * sd))``.

    ``sd`` is the standard deviation of ``scores``; ``spread`` must be positive.
    The best hit weighs 1, and multiplying every score by a constant changes nothing.
    """
    if not scores:
        return []
    mean = sum(scores) / len(scores)
    sd = math.sqrt(sum((s - mean) ** 2 for s in scores) / len(scores))
    if sd <= 0:  # all alike: every hit is as good a sample as the first
        return [1.0] * len(scores)
    return [math.exp((s - scores[0]) / (spread * sd)) for s in scores]


def expanded_query(searcher: Any, q: wq.Query, docs: int = FEEDBACK_DOCS,
                   terms: int = FEEDBACK_TERMS, original: float = FEEDBACK_ORIGINAL,
                   spread: float = FEEDBACK_SPREAD,
                   smoothing: float = FEEDBACK_SMOOTHING) -> wq.Query:
    """Pseudo-relevance feedback: ``q`` mixed with the words typical of its top hits.

    RM3-style: each top hit votes for its words with :func:`feedback_weights`
    times ``count / (length + smoothing)``; the vote and ``q`` (both
    normalised) are mixed, ``q`` keeping ``original`` of the weight.
    Needs the stored text of the top hits, so it costs one extra search.
    """
    weights = query_weights(q)
    if not weights:
        return q
    hits = [(hit.docnum, hit.score) for hit in searcher.search(q, limit=docs)]
    hits = [(d, s) for d, s in hits if s > 0]
    if not hits:
        return q
    votes: Counter[str] = Counter()
    for (docnum, _), vote in zip(hits, feedback_weights([s for _, s in hits], spread),
                                 strict=True):
        data = searcher.stored_fields(docnum).get("stored_data", {})
        stems = analysis.stems(" ".join(
            [data.get("title", "")] * TITLE_REPEAT + [data.get("caption", ""),
                                                     data.get("body", "")]))
        if not stems:
            continue
        share = vote / (len(stems) + smoothing)
        for stem, n in Counter(stems).items():
            if stem not in _QUERY_STOP_STEMS and len(stem) > 1 and not stem.isdigit():
                votes[stem] += share * n
    # A word only one document in the whole index holds is a typo or a name
    # particular to that hit, not a topic word.
    chosen = [(s, v) for s, v in votes.most_common(terms * 3)
              if searcher.doc_frequency(RANKED_FIELD, s) > 1][:terms]
    if not chosen:
        return q
    total_q = sum(weights.values())
    total_v = sum(v for _, v in chosen)
    mixed = {s: original * w / total_q for s, w in weights.items()}
    for stem, vote in chosen:
        mixed[stem] = mixed.get(stem, 0.0) + (1 - original) * vote / total_v
    return weighted_query(mixed)
