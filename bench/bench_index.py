"""`make bench`: indexing and query speed on Reuters-21578, with peers in the same run.

Figures: index throughput (docs/s, wall) with full default extraction, peak RSS,
index size, re-index time with no change, and query latency p50/p95 over a
fixed mix of 200 queries (each: 10 hits with snippets and facet counts).
Peers measured in the same run on the same texts and query words: Whoosh's
default writer, and Whoosh with a 256 MB pool (plain search + highlights), and
SQLite FTS5 (with snippet()).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import stamp, update_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "reuters21578"
QUERIES = Path(__file__).resolve().parent / "queries_reuters.txt"
NEWSEARCH = ROOT / ".venv" / "bin" / "newsearch"


def make_queries(articles: list, n: int = 200, seed: int = 7) -> list[str]:
    """A fixed, reproducible mix: words, 2-3 word queries, phrases, fielded/faceted."""
    from newsearch import analysis

    rng = random.Random(seed)
    titles = [a.title for a in articles if len(a.title.split()) >= 4]
    out: list[str] = []
    while len(out) < n:
        kind = len(out) % 6
        words = [w for w in titles[rng.randrange(len(titles))].split()
                 if w.isalpha() and len(w) > 3 and w.lower() not in analysis.STOP_WORDS]
        if len(words) < 3:
            continue
        if kind == 0:
            out.append(words[0].lower())
        elif kind == 1:
            out.append(" ".join(w.lower() for w in words[:2]))
        elif kind == 2:
            out.append(" ".join(w.lower() for w in words[:3]))
        elif kind == 3:
            out.append(f'"{words[0].lower()} {words[1].lower()}"')
        else:
            a = articles[rng.randrange(len(articles))]
            if a.places:
                out.append(f'{words[0].lower()} place:"{a.places[0].name}"')
            elif a.orgs:
                out.append(f"{words[0].lower()} org:{a.orgs[0]}")
            else:
                out.append(f"{words[0].lower()} date:[1987-03-01 TO 1987-04-30]")
    return out


def load_articles() -> list:
    from newsearch.loaders import load_file

    arts = []
    for f in sorted(DATA.glob("reut2-*.sgm.gz")):
        arts.extend(load_file(f))
    return arts


# Runs the command given as arguments and prints its exit status and peak RSS
# (KiB) to stderr's last line. A child spawned straight from this process
# would inherit this process's own high-water RSS: Python's subprocess uses
# vfork, and Linux carries the old address space's peak across exec into the
# child's ru_maxrss. A small trampoline process has nothing to pass on.
_TRAMPOLINE = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(proc.pid, 0)
sys.stderr.write(f"\\n{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}\\n")
"""


def run_measured(cmd: list[str]) -> tuple[float, int, str]:
    """Run ``cmd``: wall seconds, peak RSS (KiB) of its largest process, its stdout.

    The peak covers the command and its reaped worker processes, never this
    (possibly large) benchmark process. Raises RuntimeError if the command fails.
    """
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _TRAMPOLINE, *cmd], capture_output=True,
                         text=True)
    wall = time.perf_counter() - start
    code, peak = (int(x) for x in out.stderr.strip().splitlines()[-1].split())
    if code != 0 or out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({code}): {out.stderr[-2000:]}")
    return wall, peak, out.stdout


def timed_index(index_dir: Path, source: Path = DATA) -> tuple[float, int, dict]:
    """Run `newsearch index` on ``source``; wall seconds, peak RSS (KiB) and the report."""
    wall, peak, stdout = run_measured([str(NEWSEARCH), "index", str(source), "--index",
                                       str(index_dir), "--json", "--quiet"])
    return wall, peak, json.loads(stdout)


_SOURCE_TAGS = re.compile(rb"<(PLACES|PEOPLE|ORGS)>.*?</\1>", re.S)


def untagged_copy(folder: Path) -> Path:
    """Write the corpus into ``folder`` with its PLACES, PEOPLE and ORGS tags emptied.

    A source's tags win over extraction, so the default run extracts places only for
    the stories without a PLACES tag; on this copy every extractor runs on every story,
    as on bare text. The files stay gzipped, so loading costs the same.
    """
    folder.mkdir()
    for f in sorted(DATA.glob("reut2-*.sgm.gz")):
        data = _SOURCE_TAGS.sub(rb"<\1></\1>", gzip.decompress(f.read_bytes()))
        (folder / f.name).write_bytes(gzip.compress(data, compresslevel=6))
    return folder


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bench_queries(index_dir: Path, queries: list[str], rounds: int = 2) -> list[float]:
    import newsearch

    ix = newsearch.open_index(index_dir)
    for q in queries[:20]:  # warm caches (facet tables, file buffers)
        ix.search(q, limit=10)
    times = []
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            ix.search(q, limit=10)
            times.append((time.perf_counter() - t0) * 1000)
    ix.close()
    return times


def plain_words(query: str) -> str:
    from newsearch import analysis

    return " ".join(w for w in analysis.words(query.split(":")[-1] if ":" in query else query))


def peer_whoosh(articles: list, queries: list[str], folder: Path,
                limitmb: int | None = None) -> dict:
    """Whoosh's set-up: StemmingAnalyzer TEXT fields, plain search + highlights.

    ``limitmb=None`` is Whoosh's default writer (a 128 MB pool), the peer the issue
    names; a bigger pool spills fewer runs to disk and indexes faster. Only the
    writer is timed, not reading the corpus, so the peer's rate is, if anything,
    flattered against newsearch's wall time from the files.
    """
    from whoosh import fields, index, qparser
    from whoosh.analysis import StemmingAnalyzer

    schema = fields.Schema(id=fields.ID(stored=True),
                           title=fields.TEXT(stored=True, analyzer=StemmingAnalyzer()),
                           body=fields.TEXT(stored=True, analyzer=StemmingAnalyzer()))
    ix = index.create_in(str(folder), schema)
    t0 = time.perf_counter()
    w = ix.writer() if limitmb is None else ix.writer(limitmb=limitmb)
    for i, a in enumerate(articles):
        w.add_document(id=str(i), title=a.title, body=a.body)
    w.commit()
    build = time.perf_counter() - t0
    parser = qparser.MultifieldParser(["title", "body"], schema)
    times = []
    with ix.searcher() as s:
        for q in queries * 2:
            t1 = time.perf_counter()
            results = s.search(parser.parse(plain_words(q) or "x"), limit=10)
            for hit in results:
                hit.highlights("body")
            times.append((time.perf_counter() - t1) * 1000)
    return {"docs_per_s": len(articles) / build, "p50": percentile(times, 50),
            "p95": percentile(times, 95)}


def peer_fts5(articles: list, queries: list[str], folder: Path) -> dict:
    """SQLite FTS5 (porter tokenizer) with snippet()."""
    db = sqlite3.connect(str(folder / "fts.sqlite"))
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='porter unicode61')")
    t0 = time.perf_counter()
    db.executemany("INSERT INTO docs VALUES (?, ?)", [(a.title, a.body) for a in articles])
    db.commit()
    build = time.perf_counter() - t0
    times = []
    for q in queries * 2:
        words = plain_words(q).split()
        match = " ".join(f'"{w}"' for w in words) or '"x"'
        t1 = time.perf_counter()
        db.execute("SELECT title, snippet(docs, 1, '<b>', '</b>', '…', 20) FROM docs "
                   "WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", (match,)).fetchall()
        times.append((time.perf_counter() - t1) * 1000)
    db.close()
    return {"docs_per_s": len(articles) / build, "p50": percentile(times, 50),
            "p95": percentile(times, 95)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the benchmark needs ../shared/data beside the repo)")
        return 0
    articles = load_articles()
    if not QUERIES.exists():
        QUERIES.write_text("\n".join(make_queries(articles)) + "\n")
    queries = [q for q in QUERIES.read_text().splitlines() if q.strip()]
    tagged = sum(1 for a in articles if a.places)
    work = Path(tempfile.mkdtemp(prefix="newsearch-bench-"))
    try:
        index_dir = work / "index"
        wall, rss_kib, rep = timed_index(index_dir)
        docs = rep["added"]
        size = sum(f.stat().st_size for f in index_dir.iterdir() if f.is_file())
        t0 = time.perf_counter()
        subprocess.run([str(NEWSEARCH), "index", str(DATA), "--index", str(index_dir), "--quiet"],
                       capture_output=True, check=True)
        reindex = time.perf_counter() - t0
        times = bench_queries(index_dir, queries)
        bare_wall, _, bare = timed_index(work / "index-untagged", untagged_copy(work / "untagged"))
        rows = [("newsearch (extraction, facets, snippets)", f"{docs / wall:,.0f}",
                 f"{percentile(times, 50):.1f}", f"{percentile(times, 95):.1f}"),
                ("newsearch, source tags hidden (every extractor on every story)",
                 f"{bare['added'] / bare_wall:,.0f}", "", "")]
        if not args.no_peers:
            (work / "whoosh").mkdir()
            w = peer_whoosh(articles, queries, work / "whoosh")
            (work / "whoosh256").mkdir()
            w256 = peer_whoosh(articles, queries, work / "whoosh256", limitmb=256)
            f = peer_fts5(articles, queries, work)
            rows.append(("Whoosh default writer, 128 MB pool (no extraction; search + "
                         "highlights)",
                         f"{w['docs_per_s']:,.0f}", f"{w['p50']:.1f}", f"{w['p95']:.1f}"))
            rows.append(("Whoosh with a 256 MB pool (`limitmb=256`; sessions 1-27 reported "
                         "this row as the default)",
                         f"{w256['docs_per_s']:,.0f}", f"{w256['p50']:.1f}",
                         f"{w256['p95']:.1f}"))
            rows.append(("SQLite FTS5 porter (no extraction; snippet())",
                         f"{f['docs_per_s']:,.0f}", f"{f['p50']:.1f}", f"{f['p95']:.1f}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table = ["| engine | index docs/s | query p50 ms | query p95 ms |", "|---|---:|---:|---:|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    body = "\n".join([
        "## Indexing and query speed (`make bench`)", "", stamp(), "",
        f"Corpus: Reuters-21578, {docs:,} articles from 22 SGML files "
        f"({len(queries)} queries × 2 rounds, {statistics.mean(times):.1f} ms mean).", "",
        f"- index: {wall:.1f} s wall, **{docs / wall:,.0f} docs/s** with full default extraction "
        f"(a source's tags win over extraction: {tagged:,} stories carry a PLACES tag, so places "
        "are extracted for the others only)",
        f"- index with the PLACES, PEOPLE and ORGS tags emptied, so that every extractor runs "
        f"on every story as on bare text: {bare_wall:.1f} s wall, "
        f"**{bare['added'] / bare_wall:,.0f} docs/s**",
        f"- peak RSS of the largest indexing process: {rss_kib / 1024:.0f} MiB",
        f"- index size on disk: {size / 1e6:.1f} MB",
        f"- re-index with no change: {reindex:.2f} s",
        f"- query latency (10 hits, snippets, all facet counts): p50 "
        f"{percentile(times, 50):.1f} ms, **p95 {percentile(times, 95):.1f} ms**; the first "
        f"round alone (after 20 warm-up queries, most words read from the index for the first "
        f"time): p50 {percentile(times[:len(queries)], 50):.1f} ms, p95 "
        f"{percentile(times[:len(queries)], 95):.1f} ms", "",
        *table, "",
        f"Worker processes: {os.cpu_count()} (default). Queries: `bench/queries_reuters.txt` "
        "(words, 2-3 words, phrases, and a fielded/faceted third).",
    ])
    update_section("index-speed", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
