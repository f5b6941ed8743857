"""CPU time of extraction per story, as `make bench-extract` reports it.

Three figures, each ``enrich`` alone on one core with the gazetteer already loaded:

- the first pass, with the cyclic garbage collector on, as a program calling the API pays it
  (every memo starts empty and fills on the way);
- the same first pass in a fresh process with the collector off, as an indexing worker runs
  it (``newsearch.pipeline.build_task`` turns the collector off for a task);
- warm: the best of three passes once the memos are full.
"""

from __future__ import annotations

import gc
import multiprocessing
import time

from newsearch.extract import enrich
from newsearch.extract.feednames import fill_from_file
from newsearch.extract.gazetteer import gazetteer
from newsearch.model import Article


def _article(doc: dict) -> Article:
    return Article(title=doc["TITLE"], body=doc["BODY"], dateline=doc["DATELINE"].strip())


def timed_first_pass(docs: list[dict]) -> tuple[list[Article], float]:
    """Enrich every story, then read each file's headline-only stories through the names
    its other stories gave (as the indexer does); return the articles and the CPU seconds
    spent in extraction (building the articles is not counted)."""
    arts = [_article(d) for d in docs]
    by_file: dict[int, list[Article]] = {}
    elapsed = 0.0
    for d, art in zip(docs, arts, strict=True):
        t0 = time.process_time()
        enrich(art)
        elapsed += time.process_time() - t0
        by_file.setdefault(d["FILE"], []).append(art)
    t0 = time.process_time()
    for file_arts in by_file.values():
        fill_from_file(file_arts, [True] * len(file_arts))
    elapsed += time.process_time() - t0
    return arts, elapsed


def _first_pass_without_collector(docs: list[dict]) -> float:
    gazetteer()  # loaded outside the timing, as in the parent's pass
    gc.disable()
    return timed_first_pass(docs)[1]


def first_pass_ms_without_collector(docs: list[dict]) -> float:
    """CPU ms per story of a first pass in a new process (its memos empty) with the
    garbage collector off, as an indexing worker extracts."""
    # "spawn", not "fork": a forked child would inherit this process's full memos.
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        seconds = pool.apply(_first_pass_without_collector, (docs,))
    return 1000 * seconds / len(docs)


def warm_ms(docs: list[dict]) -> float:
    """CPU ms per story for enrich once caches are warm: the best of three passes."""
    best = float("inf")
    for _ in range(3):
        arts = [_article(d) for d in docs]
        t0 = time.process_time()
        for a in arts:
            enrich(a)
        best = min(best, time.process_time() - t0)
    return 1000 * best / len(docs)
