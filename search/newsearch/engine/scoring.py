"""Vectorised matching and BM25 scoring over Whoosh's postings.

Whoosh walks posting lists one posting at a time in Python, twice per query
(once to count and facet the hits, once to score the top ones). Here a term's
postings come as NumPy arrays (ids and term frequencies): sliced from the
segment's side file (:mod:`.sidecar`) or, without one, decoded block by block
from Whoosh's files (:mod:`.leafread`). Boolean structure becomes set
operations on sorted id arrays, and every hit is scored at once with the same
model and the same statistics as :class:`.ranking.NewsBM25` (a differential
test pins the equality). Exact phrases read positions only for documents
holding every word. Leaves this
module does not handle (proximity, prefixes, fuzzy terms, ranges) fall back to
Whoosh's own matcher, so every query still works.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import query as wq

from . import sidecar
from .leafread import leaf_lengths, leaf_positions, leaf_postings, leaf_values
from .ranking import EXACT_MAX_SHARE, NewsBM25
from .schema import EXACT_FIELD, RANKED_FIELD

# Posting arrays kept per reader generation, least recently used dropped first:
# a long-lived reader (API, TUI) reads a common word's postings once.
TERM_CACHE_BYTES = 64 * 2**20
TERM_CACHE = 256  # terms' positions kept (phrases, re-scoring), counted not sized
STORED_CACHE = 1024  # documents' stored fields kept
RUN_CACHE = 4096  # words whose place in each segment's side file is kept
NO_SIDE = object()  # a segment without a side file (read through Whoosh)

_EMPTY = np.zeros(0, dtype=np.int64)


class Postings:
    """Posting arrays, document lengths and scores for one searcher (one generation)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.size = self.reader.doc_count_all()
        self._terms: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._values: OrderedDict[tuple[str, str], tuple[np.ndarray, list[bytes]]] = (
            OrderedDict())
        self._lengths: dict[str, np.ndarray] = {}
        self._alive: np.ndarray | None = None
        self._live: np.ndarray | None = None
        self._cached_bytes = 0
        self._stored: OrderedDict[int, dict[str, Any]] = OrderedDict()
        storage = getattr(getattr(searcher, "_ix", None), "storage", None)
        self._folder = Path(storage.folder) if hasattr(storage, "folder") else None
        # Segment readers and their side files, looked up once per generation: a
        # query visits every segment for every word.
        self._leaves: list[tuple[Any, int]] = self.reader.leaf_readers()
        self._side_files: dict[int, sidecar.SideFile | None] = {}
        # (field, word) -> per segment its run in the side file (None: absent), or
        # NO_SIDE for a segment without one: df, postings and positions each used
        # to look the word up again in every segment.
        self._runs: OrderedDict[tuple[str, str], list[Any]] = OrderedDict()
        self._side_positions: OrderedDict[tuple[str, str],
                                          tuple[np.ndarray, np.ndarray, np.ndarray] | None] = (
            OrderedDict())

    # -- reading -------------------------------------------------------------

    def alive(self) -> np.ndarray:
        """Every live (not deleted) document number, ascending."""
        if self._alive is None:
            self._alive = np.flatnonzero(self.live_mask()).astype(np.int64)
        return self._alive

    def live_mask(self) -> np.ndarray:
        """One boolean per document number: False for deleted documents.

        Filtering a posting list is then one gather over its own length, where a
        set operation against :meth:`alive` would sort the whole collection's
        document numbers in again for every word.
        """
        if self._live is None:
            live = np.ones(self.size, dtype=bool)
            for leaf, offset in self._leaves:
                if leaf.has_deletions():
                    gone = leaf.deleted_docs_set
                    live[np.fromiter(gone, np.int64, len(gone)) + offset] = False
            self._live = live
        return self._live

    def term(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Live document numbers (ascending) holding a term, and its frequency in each."""
        key = (fieldname, text)
        if key in self._terms:
            self._terms.move_to_end(key)
            return self._terms[key]
        ids_parts, parts = [], []
        for (leaf, offset), run in zip(self._leaves, self._runs_of(fieldname, text),
                                       strict=True):
            if run is None:
                continue
            side = self._side_file(leaf)
            found = (leaf_postings(leaf, fieldname, text) if run is NO_SIDE or side is None
                     else side.postings_at(fieldname, run))
            if found is not None:
                ids_parts.append(found[0] + offset)
                parts.append(found[1])
        ids = np.concatenate(ids_parts) if ids_parts else _EMPTY
        tfs = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float64)
        if self.reader.has_deletions() and len(ids):
            keep = self.live_mask()[ids]
            ids, tfs = ids[keep], tfs[keep]
        self._terms[key] = (ids, tfs)
        self._cached_bytes += ids.nbytes + tfs.nbytes
        while self._cached_bytes > TERM_CACHE_BYTES and len(self._terms) > 1:
            _, (old_ids, old_tfs) = self._terms.popitem(last=False)
            self._cached_bytes -= old_ids.nbytes + old_tfs.nbytes
        return ids, tfs

    def lengths(self, fieldname: str) -> np.ndarray:
        """Each document's stored length of ``fieldname`` (Whoosh's one-byte encoding)."""
        if fieldname not in self._lengths:
            parts = [leaf_lengths(leaf, fieldname) for leaf, _ in self._leaves]
            self._lengths[fieldname] = (np.concatenate(parts) if parts
                                        else np.zeros(0, dtype=np.float64))
        return self._lengths[fieldname]

    def stored(self, docnum: int) -> dict[str, Any]:
        """A document's stored fields, the most recently used kept (hits are read
        again: by re-scoring, then for their snippets, and by the next query)."""
        found = self._stored.get(docnum)
        if found is None:
            found = self._stored[docnum] = self.searcher.stored_fields(docnum)
            if len(self._stored) > STORED_CACHE:
                self._stored.popitem(last=False)
        else:
            self._stored.move_to_end(docnum)
        return found

    # -- matching ------------------------------------------------------------

    def docs(self, q: wq.Query) -> np.ndarray:
        """Live documents matching ``q``, ascending, as a NumPy array."""
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text)[0]
        if isinstance(q, wq.Every) and not q.fieldname:
            return self.alive()
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return _EMPTY
        if isinstance(q, wq.AndNot):
            return np.setdiff1d(self.docs(q.a), self.docs(q.b), assume_unique=True)
        if type(q) is wq.And:
            parts = sorted((self.docs(c) for c in q.subqueries), key=len)
            out = parts[0] if parts else _EMPTY
            for other in parts[1:]:
                if not len(out):
                    break
                out = np.intersect1d(out, other, assume_unique=True)
            return out
        if type(q) is wq.Phrase and q.slop == 1 and len(q.words) > 1:
            return self._phrase_docs(q.fieldname, q.words)
        if type(q) is wq.Or and not q.minmatch:
            parts = [self.docs(c) for c in q.subqueries]
            return np.unique(np.concatenate(parts)) if parts else _EMPTY
        return np.fromiter(self.searcher.docs_for_query(q), dtype=np.int64)

    def _phrase_docs(self, fieldname: str, words: list[str]) -> np.ndarray:
        """Documents where ``words`` stand next to each other, in order.

        Candidates are the documents holding every word (array intersection);
        only their positions are read: as arrays (``term_positions``) when any
        segment has a side file, else decoded from Whoosh's postings.
        """
        side = {w: self.term_positions(fieldname, w) for w in dict.fromkeys(words)}
        if all(found is not None for found in side.values()):
            return self._side_phrase_docs(words, side)  # type: ignore[arg-type]
        per = {w: self._term_values(fieldname, w) for w in dict.fromkeys(words)}
        candidates = self._holding_all([ids for ids, _ in per.values()])
        if not len(candidates):
            return _EMPTY
        decode = self.searcher.schema[fieldname].format.decode_positions
        slots = {w: np.searchsorted(ids, candidates).tolist() for w, (ids, _) in per.items()}
        found = []
        for j, docnum in enumerate(candidates.tolist()):
            pos = {w: set(decode(per[w][1][slots[w][j]])) for w in per}
            if any(all(p + k in pos[w] for k, w in enumerate(words[1:], 1))
                   for p in pos[words[0]]):
                found.append(docnum)
        return np.array(found, dtype=np.int64)

    def _holding_all(self, id_arrays: list[np.ndarray]) -> np.ndarray:
        """Live documents in every one of ``id_arrays`` (sorted, unique)."""
        out = id_arrays[0] if id_arrays else _EMPTY
        for ids in id_arrays[1:]:
            out = np.intersect1d(out, ids, assume_unique=True)
        if len(out) and self.reader.has_deletions():
            out = out[self.live_mask()[out]]
        return out

    def _side_phrase_docs(self, words: list[str],
                          side: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]
                          ) -> np.ndarray:
        candidates = self._holding_all([ids for ids, _, _ in side.values()])
        if not len(candidates):
            return _EMPTY
        # A start (document, position) survives word k if word k stands at position + k.
        starts = None
        for k, w in enumerate(words):
            docs, pos = gather(*side[w], candidates)
            keep = pos >= k
            keys = (docs[keep] << 32) | (pos[keep] - k)
            starts = keys if starts is None else starts[np.isin(starts, keys)]
        return np.unique(starts >> 32) if starts is not None else _EMPTY

    def term_positions(self, fieldname: str, text: str
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """A term's document numbers and positions (``gather`` reads them): from the
        side files, and decoded from Whoosh's postings for segments without one;
        None when no segment has side-file positions for ``fieldname``."""
        key = (fieldname, text)
        if key in self._side_positions:
            self._side_positions.move_to_end(key)
            return self._side_positions[key]
        leaves = self._leaves
        sides = [self._side_file(leaf) for leaf, _ in leaves]
        if not any(side is not None and side.has_positions(fieldname) for side in sides):
            return None
        ids_parts, start_parts, flat_parts = [], [], []
        base = 0
        runs = self._runs_of(fieldname, text)
        for (leaf, offset), side, run in zip(leaves, sides, runs, strict=True):
            if run is None:
                continue
            if run is not NO_SIDE and side is not None and side.has_positions(fieldname):
                found = side.positions_at(fieldname, run)
            else:  # a segment the API's single writer wrote: usually small
                found = leaf_positions(leaf, fieldname, text)
            if found is not None:
                ids, starts, flat = found
                ids_parts.append(ids + offset)
                start_parts.append(starts[:-1] + base)
                flat_parts.append(flat)
                base += len(flat)
        entry = (np.concatenate(ids_parts) if ids_parts else _EMPTY,
                 np.concatenate([*start_parts, np.array([base], dtype=np.int64)]),
                 np.concatenate(flat_parts) if flat_parts else _EMPTY)
        self._side_positions[key] = entry
        if len(self._side_positions) > TERM_CACHE:
            self._side_positions.popitem(last=False)
        return entry

    def words_from(self, fieldname: str, prefix: str) -> list[str] | None:
        """Terms of ``fieldname`` starting with ``prefix`` in any segment (None when
        no segment has a side file)."""
        found: set[bytes] = set()
        short: list[np.ndarray] = []
        any_side = False
        for leaf, _ in self._leaves:
            side = self._side_file(leaf)
            if side is not None and side.has(fieldname):
                any_side = True
                terms, longer = side.terms_from(fieldname, prefix)
                short.append(terms)
                found.update(longer)
            elif fieldname in leaf.indexed_field_names():
                found.update(leaf.expand_prefix(fieldname, prefix))
        if not any_side:
            return None
        # Segments share most of their vocabulary: de-duplicate before decoding.
        if short:
            found.update(np.unique(np.concatenate(short)).tolist())
        return sorted(t.decode("utf-8") for t in found)

    def _term_values(self, fieldname: str, text: str) -> tuple[np.ndarray, list[bytes]]:
        """Every posting of a term (deleted documents included) with its encoded value."""
        key = (fieldname, text)
        if key in self._values:
            self._values.move_to_end(key)
            return self._values[key]
        ids, parts = self._across_segments(leaf_values, fieldname, text)
        entry = (ids, [value for part in parts for value in part])
        self._values[key] = entry
        if len(self._values) > TERM_CACHE:
            self._values.popitem(last=False)
        return entry

    def _across_segments(self, read: Any, fieldname: str, text: str) -> tuple[np.ndarray, list]:
        """``read`` (a ``leaf_*`` function) over every segment: the term's document
        numbers, made index-wide, and the other part of each segment's answer."""
        ids_parts, parts = [], []
        for leaf, offset in self._leaves:
            found = read(leaf, fieldname, text)
            if found is not None:
                ids_parts.append(found[0] + offset)
                parts.append(found[1])
        return (np.concatenate(ids_parts) if ids_parts else _EMPTY), parts

    def doc_frequency(self, fieldname: str, text: str) -> int:
        """Whoosh's document frequency of a term (deleted documents included),
        from the side files when every segment has one."""
        runs = self._runs_of(fieldname, text)
        if any(run is NO_SIDE for run in runs):
            return self.searcher.doc_frequency(fieldname, text)
        return sum(run[1] - run[0] for run in runs if run is not None)

    def _runs_of(self, fieldname: str, text: str) -> list[Any]:
        key = (fieldname, text)
        runs = self._runs.get(key)
        if runs is None:
            runs = []
            for leaf, _ in self._leaves:
                side = self._side_file(leaf)
                runs.append(side.find(fieldname, text) if side is not None and side.has(fieldname)
                            else NO_SIDE)
            self._runs[key] = runs
            if len(self._runs) > RUN_CACHE:
                self._runs.popitem(last=False)
        return runs

    def _side_file(self, leaf: Any) -> sidecar.SideFile | None:
        key = id(leaf)  # the leaves live as long as self._leaves
        if key not in self._side_files:
            path = sidecar.path_of(self._folder, leaf) if self._folder is not None else None
            self._side_files[key] = None if path is None else sidecar.open_side_file(path)
        return self._side_files[key]

    # -- scoring -------------------------------------------------------------

    def scores(self, weights: dict[str, float], docs: np.ndarray | None, model: NewsBM25,
               fieldname: str = RANKED_FIELD) -> tuple[np.ndarray, np.ndarray]:
        """BM25 of the weighted terms of ``fieldname`` for ``docs`` (None: every
        document holding any of the terms). Returns the documents and their scores."""
        dense = np.zeros(self.size, dtype=np.float64)
        lengths = self.lengths(fieldname)
        avg = self.searcher.avg_field_length(fieldname) or 1.0
        union = []
        for text, weight in weights.items():
            ids, tfs = self.term(fieldname, text)
            if not len(ids):
                continue
            idf = model.idf(self.searcher, fieldname, text, self.doc_frequency)
            # Length norms of this term's documents only: work in its document
            # frequency, not in the collection's size.
            norm = model.k1 * ((1 - model.b) + model.b * lengths[ids] / avg)
            dense[ids] += weight * idf * tfs * (model.k1 + 1) / (tfs + norm)
            union.append(ids)
        if docs is None:
            docs = np.unique(np.concatenate(union)) if union else _EMPTY
        return docs, dense[docs]

    def ranked(self, stems: dict[str, float], words: dict[str, float], docs: np.ndarray | None,
               model: NewsBM25) -> tuple[np.ndarray, np.ndarray]:
        """The first-stage newsearch score: BM25 of ``stems`` over the ranked field
        plus that of ``words`` (weights already scaled) over the exact field."""
        docs, scores = self.scores(stems, docs, model)
        # A word many documents hold adds little (its idf is low) but its
        # positional postings are the slowest to read: leave it out.
        limit = EXACT_MAX_SHARE * self.reader.doc_count()
        words = {w: v for w, v in words.items()
                 if self.doc_frequency(EXACT_FIELD, w) <= limit}
        if words and len(docs):
            scores = scores + self.scores(words, docs, model, EXACT_FIELD)[1]
        return docs, scores


def gather(ids: np.ndarray, starts: np.ndarray, flat: np.ndarray, docs: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray]:
    """The positions of a term (``Postings.term_positions``) in ``docs``: a document
    number and a position per occurrence, document by document."""
    if not len(ids) or not len(docs):
        return _EMPTY, _EMPTY
    at = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
    hit = ids[at] == docs
    docs, at = docs[hit], at[hit]
    first, count = starts[at], starts[at + 1] - starts[at]
    index = np.repeat(first - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
    return np.repeat(docs, count), flat[index]


def top(docs: np.ndarray, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The ``k`` best ``(docnum, score)``, best first; equal scores by docnum."""
    if k <= 0 or not len(docs):
        return []
    if len(docs) > k:
        # Keep every candidate tied with the k-th score, then order exactly.
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        pick = scores >= kth
        docs, scores = docs[pick], scores[pick]
    order = np.lexsort((docs, -scores))[:k]
    return list(zip(docs[order].tolist(), scores[order].tolist(), strict=True))
