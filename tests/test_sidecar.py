"""Segment side files: the same postings as Whoosh's, and never needed for correct answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsearch
from newsearch.engine import leafread, scoring, sidecar, store
from newsearch.engine.schema import EXACT_FIELD, RANKED_FIELD
from newsearch.ingest import index_paths

WORDS = ["oil", "price", "rose", "bank", "rates", "hospital", "siege", "border", "talks",
         "Zürich", "café", "market"]


def _corpus(folder: Path, files: int = 6, per_file: int = 15) -> Path:
    folder.mkdir()
    for f in range(files):
        lines = []
        for i in range(per_file):
            n = f * per_file + i
            words = [WORDS[(n * k + k // 3) % len(WORDS)] for k in range(1, 5 + n % 11)]
            lines.append(f'{{"id": "d{n}", "title": "Story {WORDS[n % 7]} {n}", '
                         f'"body": "{" ".join(words * (1 + n % 4))} word{n % 13}."}}')
        (folder / f"part{f}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("side")
    index = base / "ix"
    # A small batch size makes several segments, so several side files.
    index_paths([_corpus(base / "corpus")], index, batch_size=2, workers=2)
    return index


def _leaves(index: Path):
    ix = store.open_whoosh(index)
    return ix, ix.searcher()


def test_every_segment_has_a_side_file(built: Path) -> None:
    ix, searcher = _leaves(built)
    try:
        segments = [leaf._segment.segment_id() for leaf, _ in searcher.reader().leaf_readers()]
        assert len(segments) > 1
        assert all(sidecar.path_for(built, s).is_file() for s in segments)
    finally:
        searcher.close()
        ix.close()


def test_side_file_postings_equal_whooshs(built: Path) -> None:
    ix, searcher = _leaves(built)
    try:
        checked = 0
        for leaf, _ in searcher.reader().leaf_readers():
            side = sidecar.open_side_file(sidecar.path_for(built, leaf._segment.segment_id()))
            assert side is not None
            for field in (RANKED_FIELD, EXACT_FIELD):
                for term in leaf.lexicon(field):
                    text = term.decode("utf-8")
                    want = leafread.leaf_postings(leaf, field, text)
                    got = side.postings(field, text)
                    assert got is not None
                    assert got[0].tolist() == want[0].tolist()
                    assert got[1].tolist() == want[1].tolist()
                    assert side.doc_frequency(field, text) == leaf.doc_frequency(field, text)
                    checked += 1
                assert side.postings(field, "nosuchterm") is None
        assert checked > 100
    finally:
        searcher.close()
        ix.close()


def _answers(index: Path) -> list:
    with newsearch.open_index(index) as ix:
        out = []
        for q in ("oil price", "hospital OR siege", '"rose bank"', "zurich cafe", "market -oil"):
            res = ix.search(q, limit=20)
            out.append((res.total, [(h.id, h.score) for h in res.hits]))
        return out


def test_answers_do_not_depend_on_side_files(built: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    with_side = _answers(copy)
    files = list(copy.glob(f"*{sidecar.SUFFIX}"))
    assert files
    files[0].write_bytes(files[0].read_bytes()[:100])  # damaged: read through Whoosh
    for extra in files[1:]:
        extra.unlink()  # missing: read through Whoosh
    assert _answers(copy) == with_side


def test_merged_segment_gets_a_side_file_built_from_whoosh(built: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    before = _answers(copy)
    old = set(copy.glob(f"*{sidecar.SUFFIX}"))
    index_paths([], copy, optimize=True)
    now = set(copy.glob(f"*{sidecar.SUFFIX}"))
    assert len(now) == 1 and not now & old  # the merged-away segments' files are gone
    after = _answers(copy)
    # Whoosh's merge re-totals field lengths from their one-byte forms, which
    # moves average lengths (so scores) slightly; the hits stay the same.
    assert [(total, {i for i, _ in hits}) for total, hits in after] == \
        [(total, {i for i, _ in hits}) for total, hits in before]
    for (_, new_hits), (_, old_hits) in zip(after, before, strict=True):
        assert [s for _, s in new_hits] == pytest.approx([s for _, s in old_hits], rel=0.01)


def test_side_file_from_whoosh_equals_the_workers(built: Path, tmp_path: Path) -> None:
    ix, searcher = _leaves(built)
    try:
        leaf = next(iter(searcher.reader().leaf_readers()))[0]
        rebuilt = tmp_path / "MAIN_rebuilt.nsp"
        sidecar.write(rebuilt, leafread.side_arrays(leaf, sidecar.FIELDS))
        original = sidecar.path_for(built, leaf.segment().segment_id())
        a, b = sidecar.SideFile(original), sidecar.SideFile(rebuilt)
        for field in sidecar.FIELDS:
            assert a.term_count(field) == b.term_count(field) > 0
            for term in leaf.lexicon(field):
                text = term.decode("utf-8")
                for x, y in zip(a.postings(field, text), b.postings(field, text), strict=True):
                    assert x.tolist() == y.tolist()
            assert a.has_positions(field) == b.has_positions(field)
            if a.has_positions(field):
                for term in leaf.lexicon(field):
                    text = term.decode("utf-8")
                    for x, y in zip(a.positions(field, text), b.positions(field, text),
                                    strict=True):
                        assert x.tolist() == y.tolist()
    finally:
        searcher.close()
        ix.close()


def test_segments_without_side_files_mixed_in_give_the_same_answers(built: Path,
                                                                   tmp_path: Path) -> None:
    import shutil

    from newsearch import Article

    mixed, plain = tmp_path / "mixed", tmp_path / "plain"
    shutil.copytree(built, mixed)
    extra = [Article(id=f"x{i}", key=f"x{i}", title=f"Oil price story {i}",
                     body="The oil price rose. Bank rates and the market rose too.")
             for i in range(6)]
    with newsearch.open_index(mixed) as ix:
        ix.add(extra)  # Whoosh's single writer: a segment without a side file
    shutil.copytree(mixed, plain)
    for side in plain.glob(f"*{sidecar.SUFFIX}"):
        side.unlink()
    assert len(list(mixed.glob(f"*{sidecar.SUFFIX}"))) < len(list(mixed.glob("*.seg")))
    assert _answers(mixed) == _answers(plain)
    assert any(h[0].startswith("x") for _, hits in _answers(mixed) for h in hits)


def test_write_and_read_round_trip(tmp_path: Path) -> None:
    arrays = sidecar.FieldArrays(terms=[b"a", "bé".encode(), b"z"],
                                 starts=np.array([0, 2, 3, 5]), docs=np.array([0, 4, 2, 1, 3]),
                                 weights=np.array([1.0, 2.0, 1.0, 3.0, 1.0]))
    path = tmp_path / "MAIN_x.nsp"
    sidecar.write(path, {"content": arrays})
    side = sidecar.SideFile(path)
    assert side.has("content") and not side.has("exact")
    ids, weights = side.postings("content", "bé")
    assert ids.tolist() == [2] and weights.tolist() == [1.0]
    assert side.postings("content", "z")[0].tolist() == [1, 3]
    assert side.postings("content", "b") is None
    assert sidecar.open_side_file(tmp_path / "missing.nsp") is None


def test_document_frequency_counts_deleted_documents_as_whoosh(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", files=3)
    index = tmp_path / "ix"
    index_paths([corpus], index, batch_size=2, workers=1)
    part = corpus / "part0.jsonl"
    part.write_text(part.read_text(encoding="utf-8").replace("oil", "gas"), encoding="utf-8")
    index_paths([corpus], index, batch_size=2, workers=1)  # replaces part0's documents
    ix = store.open_whoosh(index)
    searcher = ix.searcher()
    try:
        assert searcher.reader().has_deletions()
        postings = scoring.Postings(searcher)
        for field in (RANKED_FIELD, EXACT_FIELD):
            for word in ("oil", "gas", "price", "nosuchterm"):
                assert postings.doc_frequency(field, word) == searcher.doc_frequency(field, word)
    finally:
        searcher.close()
        ix.close()


def _stored_text(postings: scoring.Postings, docnum: int) -> str:
    data = postings.stored(docnum)["stored_data"]
    return " ".join([data["title"], data["caption"], data["body"]])


@pytest.mark.parametrize("words", [["oil", "prices"], ["bank", "rate", "market"],
                                   ["zurich", "cafe", "border"], ["story", "talks"]])
def test_side_positions_equal_a_scan_of_the_stored_text(built: Path, words: list[str]) -> None:
    from newsearch import analysis
    from newsearch.engine import rerank

    ix, searcher = _leaves(built)
    try:
        postings = scoring.Postings(searcher)
        stems = {analysis.stem(w) for w in words}
        docs = list(range(searcher.reader().doc_count_all()))
        side = rerank.side_positions(postings, stems, docs)
        assert side is not None
        for d in docs:
            assert side[d] == rerank.positions(_stored_text(postings, d), stems)
        assert any(side[d] for d in docs)
    finally:
        searcher.close()
        ix.close()


@pytest.mark.parametrize("phrase", [["oil", "price"], ["price", "rose", "bank"], ["story", "oil"],
                                    ["rates", "rates"], ["zürich", "café"]])
def test_side_phrases_equal_whooshs_positions(built: Path, phrase: list[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from newsearch import analysis

    words = [analysis.fold(w) for w in phrase]
    ix, searcher = _leaves(built)
    try:
        with_side = scoring.Postings(searcher)._phrase_docs(EXACT_FIELD, words)
        monkeypatch.setattr(scoring.Postings, "term_positions", lambda *a: None)
        without = scoring.Postings(searcher)._phrase_docs(EXACT_FIELD, words)
        assert with_side.tolist() == without.tolist()
    finally:
        searcher.close()
        ix.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sets(st.text(alphabet="abé日z", min_size=1, max_size=24), min_size=1, max_size=40),
       st.lists(st.text(alphabet="abé日zq", min_size=1, max_size=24), max_size=20))
def test_term_look_ups_find_exactly_the_terms_written(tmp_path: Path, words: set[str],
                                                      probes: list[str]) -> None:
    # Long terms share 16-byte prefixes ("aaaa..."), the look-up's fast index.
    terms = sorted(w.encode("utf-8") for w in words | {"a" * 20 + "b", "a" * 20 + "c"})
    n = len(terms)
    arrays = sidecar.FieldArrays(terms=terms, starts=np.arange(n + 1), docs=np.arange(n),
                                 weights=np.ones(n))
    path = tmp_path / "MAIN_h.nsp"
    sidecar.write(path, {"content": arrays})
    side = sidecar.SideFile(path)
    for i, term in enumerate(terms):
        assert side.postings("content", term.decode("utf-8"))[0].tolist() == [i]
    for probe in probes:
        found = side.postings("content", probe)
        assert (found is not None) == (probe.encode("utf-8") in terms)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sets(st.text(alphabet="abé日", min_size=1, max_size=20), min_size=1, max_size=40),
       st.text(alphabet="abé日", max_size=4))
def test_words_from_a_prefix_are_every_term_starting_with_it(tmp_path: Path, words: set[str],
                                                             prefix: str) -> None:
    terms = sorted(w.encode("utf-8") for w in words)
    n = len(terms)
    path = tmp_path / "MAIN_p.nsp"
    sidecar.write(path, {"exact": sidecar.FieldArrays(terms, np.arange(n + 1), np.arange(n),
                                                      np.ones(n))})
    got = sidecar.SideFile(path).words_from("exact", prefix)
    assert got == [t.decode("utf-8") for t in terms if t.startswith(prefix.encode("utf-8"))]
