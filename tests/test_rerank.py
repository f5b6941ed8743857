"""Re-scoring the first hits: the word exactly as asked, and query-word proximity."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsearch
from newsearch import Article, analysis
from newsearch.engine import rerank


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


def _from_text(text: str, stems: set[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for i, w in enumerate(analysis.words(text)):
        if analysis.stem(w) in stems:
            found.setdefault(analysis.stem(w), []).append(i)
    return found


TEXTS = ["Dying cities: the city's bombs, BOMBING and a bomb-maker.",
         "Skies over the cities; the sky lies. Jisr al-Shughūr's bombed hospital.",
         "Nothing to see here.", "bomb " * 40 + "city"]
STEMS = ["bomb", "citi", "die", "sky", "lie", "shughur", "hospit", "nowher"]


@pytest.fixture(scope="module")
def texts_index(tmp_path_factory):
    index = newsearch.create_index(tmp_path_factory.mktemp("texts") / "ix")
    index.add([Article(id=f"t{i}", key=f"t{i}", title="T", body=text)
               for i, text in enumerate(TEXTS)])
    yield index
    index.close()


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(STEMS), min_size=1))
def test_positions_from_the_index_equal_tokenising_the_text(texts_index, stems):
    postings = texts_index.reader.postings()
    docnums = list(range(len(TEXTS)))
    by_id = {postings.searcher.stored_fields(d)["id"]: d for d in docnums}
    got = postings.stem_positions(stems, docnums)
    for i, text in enumerate(TEXTS):
        # The exact field holds the title's words, then the body's.
        assert got[by_id[f"t{i}"]] == _from_text("T " + text, stems)
