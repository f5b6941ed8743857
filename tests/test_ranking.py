"""The ranking model: query bag of words, stop list, idf, feedback, ``Index.rank``."""

from pathlib import Path

import pytest

import newsearch
from newsearch import Article
from newsearch.engine import ranking


def weights(text: str) -> dict[str, float]:
    return ranking.query_weights(ranking.any_terms_from_text(text))


def test_repeated_words_count_and_stop_words_drop():
    assert weights("Barrel bombs: barrel bombs and the barrel") == {"barrel": 3.0, "bomb": 2.0}


def test_contraction_fragments_and_request_phrasing_are_not_query_words():
    assert weights("I'm interested in papers that describe sorting; I'd like examples") == {
        "paper": 1.0, "sort": 1.0}


def test_a_request_of_only_stop_words_matches_nothing(ix):
    assert weights("I'm interested in what they'd describe") == {}
    assert ix.rank("what is it") == []


DOCS = [
    Article(id="1", key="1", title="Jaguar sightings", body="The jaguar is a cat of the "
            "jungle, a predator at the top of the food chain."),
    Article(id="2", key="2", title="Jaguar cubs born", body="Two jaguar cubs, big cat "
            "babies, were born in the jungle reserve."),
    Article(id="3", key="3", title="Jungle predator", body="This big cat hunts in the jungle: "
            "a predator that stalks deer."),
    Article(id="4", key="4", title="Car engines", body="The new engine of the car is quiet."),
    Article(id="5", key="5", title="Market report", body="Shares rose on the market today, "
            "and the market closed higher."),
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory) -> newsearch.Index:
    path: Path = tmp_path_factory.mktemp("rank") / "ix"
    index = newsearch.create_index(path)
    index.add([Article(**{k: getattr(a, k) for k in ("id", "key", "title", "body")})
               for a in DOCS])
    yield index
    index.close()


def test_rank_returns_ids_and_scores_best_first(ix):
    ranked = ix.rank("jaguar")
    assert {doc for doc, _ in ranked} == {"1", "2"}
    scores = [s for _, s in ranked]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)


def test_rank_is_a_bag_of_words_not_query_syntax(ix):
    # "AND"/"NOT"/quotes are words here, not operators; any word may match.
    assert {d for d, _ in ix.rank('jaguar NOT "market"')} == {"1", "2", "5"}


def test_rank_limit(ix):
    assert len(ix.rank("jaguar", limit=1)) == 1
    assert ix.rank("jaguar", limit=0) == []
    with pytest.raises(newsearch.UsageError):
        ix.rank("jaguar", limit=-1)


def test_feedback_finds_a_related_article_without_the_query_word(ix):
    plain = {d for d, _ in ix.rank("jaguar")}
    expanded = [d for d, _ in ix.rank("jaguar", expand=True)]
    assert "3" not in plain
    assert "3" in expanded  # shares "cat", "jungle", "predator" with the jaguar stories
    assert set(expanded[:2]) == {"1", "2"}  # the original matches stay on top
    assert "4" not in expanded and "5" not in expanded


def test_expanded_query_keeps_the_original_terms_heaviest(ix):
    searcher = ix.reader.searcher()
    q = ranking.expanded_query(searcher, ranking.any_terms_from_text("jaguar"))
    w = ranking.query_weights(q)
    assert max(w, key=w.get) == "jaguar"
    assert {"cat", "jungl"} <= set(w)
    assert sum(w.values()) == pytest.approx(1.0)


def test_idf_power_makes_rare_terms_count_more(ix):
    searcher = ix.reader.searcher()
    plain = ranking.NewsBM25(idf_power=1.0)
    steep = ranking.NewsBM25(idf_power=2.0)
    rare, common = "predat", "jungl"  # 2 and 3 of 5 documents
    assert plain.idf(searcher, "content", rare) > plain.idf(searcher, "content", common) > 0
    assert (steep.idf(searcher, "content", rare) / steep.idf(searcher, "content", common)
            > plain.idf(searcher, "content", rare) / plain.idf(searcher, "content", common))


def test_bm25_prefers_the_shorter_of_two_documents_with_the_same_count(ix):
    # "jaguar" counts 3 times in docs 1 and 2 (title twice + body once); doc 2 has
    # 18 content words, doc 1 has 20.
    ranked = ix.rank("jaguar")
    assert [d for d, _ in ranked] == ["2", "1"]


def test_feedback_weights_depend_on_the_gaps_not_the_score_scale():
    scores = [12.0, 9.0, 8.5, 8.0]
    assert ranking.feedback_weights(scores) == pytest.approx(
        ranking.feedback_weights([s * 7.5 for s in scores]))
    weights = ranking.feedback_weights(scores)
    assert weights[0] == 1.0
    assert weights == sorted(weights, reverse=True)


def test_a_clear_leader_outvotes_the_rest_and_a_gradual_list_votes_together():
    leader = ranking.feedback_weights([40.0] + [10.0] * 9)
    gradual = ranking.feedback_weights([10.0 + 0.1 * i for i in range(10, 0, -1)])
    assert max(leader[1:]) < 0.25 * leader[0]
    assert gradual[1] > 0.8 and min(gradual) > 0.15
    assert ranking.feedback_weights([5.0, 5.0, 5.0]) == [1.0, 1.0, 1.0]
    assert ranking.feedback_weights([]) == []


def test_a_wider_spread_lets_more_hits_vote():
    scores = [12.0, 9.0, 8.5, 8.0]
    narrow = ranking.feedback_weights(scores, spread=0.5)
    wide = ranking.feedback_weights(scores, spread=4.0)
    assert all(w > n for w, n in zip(wide[1:], narrow[1:], strict=True))


def test_the_original_query_keeps_its_share_of_the_expanded_weight(ix):
    searcher = ix.reader.searcher()
    q = ranking.any_terms_from_text("jaguar jungle")
    for original in (0.3, 0.9):
        w = ranking.query_weights(ranking.expanded_query(searcher, q, original=original))
        assert sum(w.values()) == pytest.approx(1.0)
        # The original words get ``original`` plus whatever the hits vote for them.
        assert w["jaguar"] + w["jungl"] >= original
        assert sum(v for s, v in w.items() if s not in ("jaguar", "jungl")) <= 1 - original


def test_length_smoothing_damps_the_votes_of_short_hits(tmp_path):
    # Hit "s" is two words long, hit "l" forty; both match "comet" once in the title.
    index = newsearch.create_index(tmp_path / "ix")
    filler = " ".join(["meteor orbit telescope"] * 13)
    index.add([Article(id="s", key="s", title="comet", body="quasar"),
               Article(id="l", key="l", title="comet", body=filler),
               Article(id="x", key="x", title="quasar meteor", body="orbit telescope")])
    searcher = index.reader.searcher()
    q = ranking.any_terms_from_text("comet")
    raw = ranking.query_weights(ranking.expanded_query(searcher, q, smoothing=0, spread=100))
    smooth = ranking.query_weights(ranking.expanded_query(searcher, q, smoothing=300,
                                                          spread=100))
    assert raw["quasar"] > smooth["quasar"]
    assert smooth["meteor"] > raw["meteor"]
    index.close()


def test_the_word_as_asked_scores_above_another_form_of_it(tmp_path):
    index = newsearch.create_index(tmp_path / "ix")
    index.add([Article(id="forms", key="forms", title="Notes", body="Bombing of the bridge."),
               Article(id="asked", key="asked", title="Notes", body="Bombs on the bridge.")]
              # "bombs" must be rarer than EXACT_MAX_SHARE of the documents.
              + [Article(id=f"w{i}", key=f"w{i}", title="Weather", body=f"Rain, day {i}.")
                 for i in range(round(2 / ranking.EXACT_MAX_SHARE))])
    ranked = index.rank("bombs")
    assert [i for i, _ in ranked] == ["asked", "forms"]
    assert [h.id for h in index.search("bombs").hits] == ["asked", "forms"]
    index.close()


def test_a_word_most_documents_hold_gets_no_exact_bonus(tmp_path):
    index = newsearch.create_index(tmp_path / "ix")
    index.add([Article(id="forms", key="forms", title="Notes", body="Bombing of the bridge."),
               Article(id="asked", key="asked", title="Notes", body="Bombs on the bridge.")])
    # Both stories score alike on the stem, so the first indexed comes first.
    assert [i for i, _ in index.rank("bombs")] == ["forms", "asked"]
    index.close()


def test_name_field_words_select_but_rank_only_a_query_of_names():
    from newsearch.query import parse

    assert ranking.node_words(parse('gulf place:"United States" title:oil')) == ["gulf", "oil"]
    # With no word of the text, the names rank ("person:Assad": the stories most about him).
    assert ranking.query_weights(ranking.any_terms_query(parse("person:Assad"))) == {"assad": 1.0}
    assert ranking.node_words(parse("byline:Bulos date:2015")) == []  # nothing to rank by
