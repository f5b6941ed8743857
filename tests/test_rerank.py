"""Re-scoring the first hits by query-word proximity."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsearch
from newsearch import Article, analysis
from newsearch.engine import ranking, rerank


def test_proximity_bonus_grows_as_the_query_words_come_closer():
    idf = {"barrel": 2.0, "bomb": 2.0}
    far = rerank.proximity_bonus({"barrel": [0], "bomb": [rerank.PROXIMITY_WINDOW]}, idf, 2)
    near = rerank.proximity_bonus({"barrel": [0], "bomb": [1]}, idf, 2)
    outside = rerank.proximity_bonus({"barrel": [0], "bomb": [rerank.PROXIMITY_WINDOW + 1]},
                                      idf, 2)
    assert near > far > outside == 0.0
    assert rerank.proximity_bonus({"barrel": [0, 1, 2]}, idf, 2) == 0.0  # one word alone


def test_proximity_bonus_is_shared_out_over_long_requests():
    pos = {"barrel": [0], "bomb": [1]}
    idf = {"barrel": 2.0, "bomb": 2.0}
    assert rerank.proximity_bonus(pos, idf, 5) == pytest.approx(
        rerank.proximity_bonus(pos, idf, 2) / 2)


PAIR_DOCS = [
    Article(id="apart", key="apart", title="Report",
            body="The barrel of oil was priced high. Later in the day a bomb."),
    Article(id="together", key="together", title="Report",
            body="A barrel bomb fell. The oil was priced high later in the day."),
]


def test_documents_with_the_query_words_together_rank_first(tmp_path):
    index = newsearch.create_index(tmp_path / "ix")
    index.add(PAIR_DOCS)
    assert [i for i, _ in index.rank("barrel bomb")] == ["together", "apart"]
    assert [h.id for h in index.search("barrel bomb").hits] == ["together", "apart"]
    # Feedback scores are on another scale: --expand ranks without proximity.
    assert {i for i, _ in index.rank("barrel bomb", expand=True)} == {"together", "apart"}
    index.close()


def test_only_the_first_hits_are_rescored(tmp_path):
    index = newsearch.create_index(tmp_path / "ix")
    index.add(PAIR_DOCS)
    postings = index.reader.postings()
    hits = [(1, 10.0), (0, 9.0)]  # "together" first
    assert rerank.rerank(postings, hits, ["barrel", "bomb"], depth=0) == hits
    assert rerank.rerank(postings, hits, ["barrel"], depth=30) == hits  # no pairs
    rescored = rerank.rerank(postings, hits, ["barrel", "bomb"], depth=1)
    assert rescored[1] == (0, 9.0) and rescored[0][1] > 10.0
    index.close()


def _slow(text: str, stems: set[str]) -> tuple[int, dict[str, list[int]]]:
    from newsearch import analysis

    tokens = analysis.words(text)
    found: dict[str, list[int]] = {}
    for i, w in enumerate(tokens):
        if analysis.stem(w) in stems:
            found.setdefault(analysis.stem(w), []).append(i)
    return len(tokens), found


PIECES = [*"abcity's `-.,9 \nBOMBs", "dying", "skies", "lies", "cities", "S", "_"]
WORDISH = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
STEMS = ["bomb", "citi", "s", "a9", "ab", "die", "sky", "lie"]


@given(WORDISH, st.sets(st.sampled_from(STEMS), min_size=1))
def test_the_ascii_fast_path_finds_what_tokenising_every_word_finds(text, stems):
    from newsearch import analysis

    want_length, want_positions = _slow(text, stems)
    assert rerank.positions(text, stems) == want_positions
    assert analysis.scan(text, {analysis.stem_prefix(s) for s in stems})[0] == want_length


def test_accented_text_takes_the_folding_path():
    assert rerank.positions("Jisr al-Shughūr hospital", {"shughur"}) == {"shughur": [2]}


TEXTS = ["Dying cities: the city's bombs, BOMBING and a bomb-maker.",
         "Skies over the cities; the sky lies. Jisr al-Shughur's bombed hospital.",
         "Nothing to see here.", "bomb " * 40 + "city", "A city bomb; the sky; a hospital bomb."]


@pytest.fixture(scope="module")
def texts_index(tmp_path_factory):
    index = newsearch.create_index(tmp_path_factory.mktemp("texts") / "ix")
    index.add([Article(id=f"t{i}", key=f"t{i}", title="T", body=text)
               for i, text in enumerate(TEXTS)])
    yield index
    index.close()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 30), min_size=len(TEXTS), max_size=len(TEXTS)),
       st.sets(st.sampled_from(["bomb", "city", "sky", "lie", "hospital", "die"]), min_size=2),
       st.integers(1, 3))
def test_stopping_early_keeps_the_first_results_exact(texts_index, scores, words, wanted):
    postings = texts_index.reader.postings()
    hits = sorted(enumerate(scores), key=lambda h: -h[1])
    full = rerank.rerank(postings, hits, sorted(words))
    early = rerank.rerank(postings, hits, sorted(words), wanted=wanted)
    assert early[:wanted] == full[:wanted]
    assert sorted(d for d, _ in early) == sorted(d for d, _ in full)  # the same hits


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(["bomb", "city", "sky", "lie", "hospital", "die"]), min_size=2))
def test_document_bounds_are_never_below_the_bonus(texts_index, words):
    postings = texts_index.reader.postings()
    stems = {analysis.stem(w) for w in words}
    model = ranking.NewsBM25()
    idf = {s: model.idf(postings.searcher, "content", s) for s in stems}
    docs = list(range(len(TEXTS)))
    bounds = rerank.doc_bounds(postings, docs, idf, len(stems))
    for d, bound in zip(docs, bounds, strict=True):
        data = postings.stored(d)["stored_data"]
        text = " ".join([data["title"], data["caption"], data["body"]])
        bonus = rerank.PROXIMITY_WEIGHT * rerank.proximity_bonus(
            rerank.positions(text, stems), idf, len(stems))
        assert bonus <= bound + 1e-9
    assert max(bounds) <= rerank.max_bonus(idf, len(stems)) + 1e-9
