"""The query layer end to end through the API, on articles with known metadata."""

from datetime import datetime
from pathlib import Path

import pytest

import newsearch
from newsearch import Article, Filters, Place, QuerySyntaxError

DOCS = [
    Article(
        title="Hospital siege ends in Jisr al-Shughur",
        key="a1",
        body="Soldiers trapped in the national hospital of Jisr al-Shughur escaped. "
        "The barrel bomb attacks continued near the hospital.",
        date=datetime(2015, 5, 22),
        places=[Place("Jisr al-Shughur", "Syria"), Place("Syria", "Syria")],
        people=["Bashar Assad"],
        orgs=["Al Nusra Front"],
        byline=["Bulos"],
    ),
    Article(
        title="Rebels take Idlib",
        key="a2",
        body="Rebels captured Idlib city. A bomb made from a barrel hit the market.",
        date=datetime(2015, 3, 28),
        places=[Place("Idlib", "Syria"), Place("Syria", "Syria")],
        people=["Bashar Assad"],
        orgs=["Army of Conquest"],
        byline=["Bulos"],
    ),
    Article(
        title="Palmyra falls to Islamic State",
        key="a3",
        body="Islamic State militants seized Palmyra. Hospitals were evacuated.",
        date=datetime(2015, 5, 21),
        places=[Place("Palmyra", "Syria"), Place("Syria", "Syria")],
        orgs=["Islamic State"],
        byline=["Patrick McDonnell"],
    ),
    Article(
        title="Turkey closes border crossing",
        key="a4",
        body="Turkey closed the crossing near Reyhanli after clashes.",
        date=datetime(2016, 7, 24),
        places=[Place("Reyhanli", "Turkey"), Place("Turkey", "Turkey")],
        people=["Recep Tayyip Erdogan"],
        byline=["Reuters Staff"],
    ),
    Article(
        title="Undated background note",
        key="a5",
        body="Background on the hospital system in northern Syria.",
        places=[Place("Syria", "Syria")],
    ),
]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "index"
    index = newsearch.create_index(path)
    index.add(DOCS)
    yield newsearch.open_index(path)


def titles(results) -> set[str]:
    return {h.title.split()[0] for h in results.hits}


def test_all_words_must_match_by_default(ix):
    assert titles(ix.search("hospital soldiers")) == {"Hospital"}


def test_or_not_and_parentheses(ix):
    assert titles(ix.search("Idlib OR Palmyra")) == {"Rebels", "Palmyra"}
    assert titles(ix.search("hospital -Palmyra")) == {"Hospital", "Undated"}
    assert titles(ix.search("hospital NOT (Palmyra OR Syria)")) == {"Hospital"}


def test_stemming_matches_inflections(ix):
    assert "Palmyra" in titles(ix.search("hospital"))  # "Hospitals"


def test_phrase_is_exact_and_hyphen_insensitive(ix):
    assert titles(ix.search('"barrel bomb"')) == {"Hospital"}
    assert titles(ix.search('"Jisr al Shughur"')) == {"Hospital"}
    assert titles(ix.search("jisr al-shughur")) == {"Hospital"}


def test_proximity_matches_either_order(ix):
    # "bomb made from a barrel": reversed order, three words apart.
    assert titles(ix.search('"barrel bomb"~4')) == {"Hospital", "Rebels"}
    assert titles(ix.search('"barrel bomb"~1')) == {"Hospital"}


def test_fielded_queries_normalise_values(ix):
    assert titles(ix.search('place:"Jisr ash-Shughur"')) == {"Hospital"}
    assert titles(ix.search("place:Syria")) == {"Hospital", "Rebels", "Palmyra", "Undated"}
    assert titles(ix.search("person:Assad")) == {"Hospital", "Rebels"}
    assert titles(ix.search('actor:"Islamic State"')) == {"Palmyra"}
    assert titles(ix.search("org:nusra")) == {"Hospital"}
    assert titles(ix.search("byline:Bulos")) == {"Hospital", "Rebels"}
    assert titles(ix.search("title:hospital")) == {"Hospital"}


def test_date_queries(ix):
    assert titles(ix.search("date:2016")) == {"Turkey"}
    assert titles(ix.search("date:2015-05")) == {"Hospital", "Palmyra"}
    assert titles(ix.search("date:2015-05-22")) == {"Hospital"}
    assert titles(ix.search("date:[2015-03-01 TO 2015-05-21]")) == {"Rebels", "Palmyra"}
    assert titles(ix.search("date:[2015-05-22 TO *]")) == {"Hospital", "Turkey"}


def test_wildcard_and_fuzzy(ix):
    assert "Hospital" in titles(ix.search("hosp*"))
    assert "Hospital" in titles(ix.search("hospitel~"))


def test_filters_equal_query_clauses(ix):
    by_filter = ix.search(
        "hospital", filters=Filters(places=["Syria"], since=datetime(2015, 5, 1).date())
    )
    by_clause = ix.search("hospital place:Syria date:[2015-05-01 TO *]")
    assert [h.id for h in by_filter.hits] == [h.id for h in by_clause.hits]
    assert by_filter.total == by_clause.total == 2


def test_facets_count_all_hits_not_only_the_page(ix):
    results = ix.search("place:Syria", limit=1)
    assert len(results.hits) == 1 and results.total == 4
    places = {f.value: f.count for f in results.facets["place"]}
    assert places["Syria"] == 4
    bylines = {f.value: f.count for f in results.facets["byline"]}
    assert bylines == {"Bulos": 2, "Patrick McDonnell": 1}
    assert sum(b.count for b in results.dates) == 3  # one of the four is undated


def test_date_histogram_bucket_follows_the_span(ix):
    assert ix.search("date:2015-05").date_bucket == "day"
    assert ix.search("date:2015").date_bucket == "month"
    assert ix.search("*").date_bucket == "month"


def test_sort_by_date_both_ways_with_undated_last(ix):
    oldest = [h.title.split()[0] for h in ix.search("*", sort="date").hits]
    newest = [h.title.split()[0] for h in ix.search("*", sort="-date").hits]
    assert oldest == ["Rebels", "Palmyra", "Hospital", "Turkey", "Undated"]
    assert newest == ["Turkey", "Hospital", "Palmyra", "Rebels", "Undated"]


def test_a_query_of_names_alone_ranks_by_the_names_words(ix):
    # Only the undated note's text says "Syria"; the others are about Syria by metadata.
    results = ix.search("place:Syria")
    assert results.hits[0].title.startswith("Undated") and results.hits[0].score > 0
    assert results.total == 4


def test_a_query_with_nothing_to_rank_by_lists_the_newest_first(ix):
    assert titles_in_order(ix.search("byline:Bulos")) == ["Hospital", "Rebels"]
    assert titles_in_order(ix.search("date:2015")) == ["Hospital", "Palmyra", "Rebels"]
    browse = ix.search("", filters=Filters(places=["Syria"]))
    assert titles_in_order(browse) == ["Hospital", "Palmyra", "Rebels", "Undated"]
    assert {h.score for h in browse.hits} == {0.0}


def titles_in_order(results) -> list[str]:
    return [h.title.split()[0] for h in results.hits]


def test_paging_keeps_total_exact(ix):
    page1 = ix.search("*", sort="date", limit=2)
    page2 = ix.search("*", sort="date", limit=2, offset=2)
    assert page1.total == page2.total == 5
    assert not {h.id for h in page1.hits} & {h.id for h in page2.hits}
    assert [h.rank for h in page2.hits] == [3, 4]


def test_did_you_mean(ix):
    results = ix.search("hospitel")
    assert results.total == 0
    assert results.suggestion == "hospital"


def test_similar_excludes_itself_and_ranks_related_stories_first(ix):
    first = ix.search('"Jisr al-Shughur"').hits[0]
    related = ix.similar(first.id, limit=4)
    ids = [h.id for h in related.hits]
    assert first.id not in ids
    # "Rebels take Idlib" shares the barrel bombs and the rebels; the others a word or two.
    assert related.hits[0].title == "Rebels take Idlib"
    assert [h.score for h in related.hits] == sorted((h.score for h in related.hits), reverse=True)


def test_get_returns_the_article_with_metadata(ix):
    hit = ix.search("Reyhanli").hits[0]
    article = ix.get(hit.id)
    assert article.title == "Turkey closes border crossing"
    assert article.people == ["Recep Tayyip Erdogan"]
    assert article.date == datetime(2016, 7, 24)


def test_bad_query_raises_query_syntax_error(ix):
    with pytest.raises(QuerySyntaxError) as err:
        ix.search('"unbalanced')
    assert err.value.column == 1


def test_missing_index_is_a_typed_error(tmp_path: Path):
    with pytest.raises(newsearch.IndexMissing):
        newsearch.open_index(tmp_path / "nothing")


def test_place_facet_drill_down_is_exact(tmp_path):
    path = tmp_path / "ix"
    index = newsearch.create_index(path)
    index.add([
        Article(title="Aleppo shelling", body="Shelling in Aleppo.", key="b1",
                places=[Place("Aleppo", "Syria", True), Place("Syria", "Syria", True)]),
        Article(title="Idlib talks", body="Talks on Idlib; Aleppo mentioned.", key="b2",
                places=[Place("Idlib", "Syria", True), Place("Aleppo", "Syria", False)]),
    ])
    ix = newsearch.open_index(path)
    results = ix.search("*")
    counts = {f.value: f.count for f in results.facets["place"]}
    assert counts == {"Aleppo": 1, "Idlib": 1, "Syria": 2}
    for value, n in counts.items():
        assert ix.search("*", filters=Filters(about=[value])).total == n
        assert ix.search(f'about:"{value}"').total == n
    # place: and --place match every mention, about: only the focus.
    assert ix.search("place:Aleppo").total == 2


def test_org_search_finds_passing_mentions_and_the_facet_counts_subjects(tmp_path):
    index = newsearch.create_index(tmp_path / "ix")
    index.add([
        Article(title="IMF talks", body="The IMF met.", key="c1", orgs=["IMF"],
                orgs_mentioned=["IMF"]),
        Article(title="Brazil debt", body="Petrobras spoke; IMF noted.", key="c2", id="c2",
                orgs=["Petrobras"], orgs_mentioned=["Petrobras", "IMF"]),
    ])
    assert index.search("org:IMF").total == 2
    counts = {f.value: f.count for f in index.search("*").facets["org"]}
    assert counts == {"IMF": 1, "Petrobras": 1}
    assert index.get("c2").orgs_mentioned == ["Petrobras", "IMF"]
    index.close()


def test_expand_reranks_the_same_hits(ix):
    plain = ix.search("hospital")
    expanded = ix.search("hospital", expand=True)
    assert expanded.total == plain.total
    assert {h.id for h in expanded.hits} == {h.id for h in plain.hits}


@pytest.mark.parametrize("query", ["*", "hospital", "place:Syria", "date:2015", "-Turkey"])
def test_one_off_and_long_lived_facet_counts_agree(ix, query):
    """Facets from the hits' own column (one-off queries) equal the whole-index tables."""
    fresh = newsearch.open_index(ix.path)
    by_column = fresh.search(query, sort="-date")
    fresh.reader.tables()  # a long-lived reader switches to whole-index tables
    by_tables = fresh.search(query, sort="-date")
    assert by_column.facets == by_tables.facets
    assert by_column.dates == by_tables.dates
    assert [h.id for h in by_column.hits] == [h.id for h in by_tables.hits]


def test_a_search_reads_one_generation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Document numbers found in one step must mean the same documents in the
    # next: a search refreshes the reader once, then stays on that generation.
    ix = newsearch.create_index(tmp_path / "ix")
    ix.add(DOCS)
    ix.search("hospital")
    reader = ix.reader
    refreshes = []
    searcher_cls = type(reader._searcher)
    original = searcher_cls.refresh
    monkeypatch.setattr(searcher_cls, "refresh",
                        lambda self: refreshes.append(1) or original(self))
    results = ix.search("hospital OR bomb")
    assert results.total == 4
    assert len(refreshes) == 1
