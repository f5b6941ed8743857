"""Re-scoring the first hits: the word exactly as asked, and query-word proximity."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsearch
from newsearch import Article
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


def test_the_word_as_asked_scores_above_another_form_of_it(tmp_path):
    index = newsearch.create_index(tmp_path / "ix")
    index.add([Article(id="forms", key="forms", title="Notes", body="Bombing of the bridge."),
               Article(id="asked", key="asked", title="Notes", body="Bombs on the bridge.")])
    ranked = index.rank("bombs")
    assert [i for i, _ in ranked] == ["asked", "forms"]
    assert [h.id for h in index.search("bombs").hits] == ["asked", "forms"]
    index.close()



def test_bm25_saturates_and_prefers_short_documents():
    one = rerank.bm25(1, 100, 100.0, 2.0, 1.2, 0.75)
    assert rerank.bm25(0, 100, 100.0, 2.0, 1.2, 0.75) == 0.0
    assert rerank.bm25(2, 100, 100.0, 2.0, 1.2, 0.75) < 2 * one
    assert rerank.bm25(1, 50, 100.0, 2.0, 1.2, 0.75) > one


def test_only_the_first_hits_are_rescored(tmp_path):
    index = newsearch.create_index(tmp_path / "ix")
    index.add(PAIR_DOCS)
    searcher = index.reader.searcher()
    hits = [(0, 10.0), (1, 9.0)]
    assert rerank.rerank(searcher, hits, ["barrel", "bomb"], depth=0) == hits
    assert rerank.rerank(searcher, hits, [], depth=30) == hits
    rescored = rerank.rerank(searcher, hits, ["barrel", "bomb"], depth=1)
    assert rescored[1] == (1, 9.0) and rescored[0][1] > 10.0
    index.close()


def _slow(text: str, words: set[str]):
    from collections import Counter

    from newsearch import analysis

    tokens = analysis.words(text)
    stems = {analysis.stem(w) for w in words}
    positions: dict[str, list[int]] = {}
    for i, w in enumerate(tokens):
        if analysis.stem(w) in stems:
            positions.setdefault(analysis.stem(w), []).append(i)
    return len(tokens), Counter(w for w in tokens if w in words), positions


PIECES = [*"abcity's `-.,9 \nBOMBs", "dying", "skies", "lies", "cities"]
WORDISH = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
ASKED = ["bombs", "bomb", "city", "cities", "s", "a9", "ab", "die", "sky", "lie"]


@given(WORDISH, st.sets(st.sampled_from(ASKED), min_size=1))
def test_the_ascii_fast_path_finds_what_tokenising_every_word_finds(text, words):
    length, counts, positions = rerank.occurrences(text, words)
    want_length, want_counts, want_positions = _slow(text, words)
    assert (length, +counts, positions) == (want_length, want_counts, want_positions)


def test_accented_text_takes_the_folding_path():
    length, counts, positions = rerank.occurrences("Jisr al-Shughūr hospital", {"shughur"})
    assert (length, counts["shughur"], positions) == (4, 1, {"shughur": [2]})
