"""Merging small segments, so an archive that grows run by run keeps few of them.

Every ``newsearch index`` run publishes at least one new segment, and a query
visits every segment for every word: a collection updated daily for a year
would hold hundreds, and each costs every query a little (22 one-file
segments of Reuters against 4 whole ones: p95 13.1 ms against 7.6 on the
same articles). Whoosh's own merge re-encodes postings one by one in Python
(about 5 ms per article here) and leaves the merged segment without its side
and facet files. Instead, small segments are rebuilt from their stored
articles through the same bulk writer as the indexing workers
(:class:`.segments.SegmentBuilder`): side and facet files come with it, and
deleted documents are left behind.

Policy: a segment is small below half of :data:`.segments.SEGMENT_TOKENS`
words. Once :data:`MERGE_AT` small segments exist, the smallest are merged,
as many as fit in one segment of ``SEGMENT_TOKENS`` words (the bound on a
segment builder's memory). So an index holds its full-size segments plus
fewer than ``MERGE_AT`` small ones, and an article is rewritten only a few
times as the merged segments grow into full ones.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from .documents import from_stored, to_fields
from .schema import EXACT_FIELD
from .segments import SEGMENT_TOKENS, SegmentBuilder, StagedSegment, publish

MERGE_AT = 8  # small segments tolerated before the smallest are merged
SMALL_WORDS = SEGMENT_TOKENS // 2


def words_of(segment: Any) -> int:
    """Words of text a segment holds (its total ``exact`` field length)."""
    return int(segment._fieldlengths.get(EXACT_FIELD, 0))


def plan_merge(sizes: list[tuple[str, int]], merge_at: int = MERGE_AT,
               small: int = SMALL_WORDS, most: int = SEGMENT_TOKENS) -> list[str]:
    """The segment ids to merge now, given ``(segment id, words)`` pairs: the
    smallest small segments, as many as fit in ``most`` words; [] when fewer
    than ``merge_at`` are small, or fewer than two fit."""
    candidates = sorted((words, segid) for segid, words in sizes if words < small)
    if len(candidates) < merge_at:
        return []
    chosen: list[str] = []
    total = 0
    for words, segid in candidates:
        if chosen and total + words > most:
            break
        chosen.append(segid)
        total += words
    return chosen if len(chosen) > 1 else []


def merge_small(ix: Any, index_path: Path, merge_at: int = MERGE_AT,
                critical: Callable[[], AbstractContextManager[Any]] = contextlib.nullcontext
                ) -> int:
    """Merge small segments of the open index ``ix`` while the policy asks for it.

    The caller holds the index's write lock. Each merge is one atomic commit
    (made inside ``critical()``, which may defer Ctrl-C): readers see the old
    segments or the merged one. An interrupted rebuild leaves the index as it
    was. Returns how many segments were merged away.
    """
    merged = 0
    while True:
        segments = ix._segments()
        chosen = plan_merge([(s.segment_id(), words_of(s)) for s in segments], merge_at)
        if not chosen:
            return merged
        staged = _rebuild(ix, index_path, set(chosen))
        with critical():
            publish(ix, [staged] if staged is not None else [], (), frozenset(chosen))
        merged += len(chosen)


def _rebuild(ix: Any, index_path: Path, chosen: set[str]) -> StagedSegment | None:
    """One new staged segment holding every live article of the ``chosen`` segments."""
    builder = SegmentBuilder(index_path)
    try:
        with ix.reader() as reader:
            for leaf, _ in reader.leaf_readers():
                if leaf.segment().segment_id() not in chosen:
                    continue
                for docnum in range(leaf.doc_count_all()):
                    if leaf.is_deleted(docnum):
                        continue
                    stored = leaf.stored_fields(docnum)
                    fields = to_fields(from_stored(stored["id"], stored["stored_data"]),
                                       grouped=True)
                    fields["file"] = stored["file"]
                    builder.add(fields)
        return builder.finish()
    except BaseException:
        builder.abandon()
        raise
