"""Folding repeated stories (engine/collapse.py): resends and updates shown once."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsearch
from newsearch import Article
from newsearch.engine.collapse import Text, fold, same_story

NOON = datetime(1987, 4, 9, 12, 0)
STORY = ("The United States appears satisfied that Tokyo's latest package is a major step "
         "and allows the leading industrial nations to reaffirm their agreement to stabilise "
         "currencies, monetary sources said on Thursday after the meeting in Washington.")
MORE = " Officials said the seven would meet again in June to review progress on growth."
TEMPLATE = ("The Federal Reserve entered the government securities market to arrange {} "
            "billion dlrs of customer repurchase agreements, a Fed spokesman said. Dealers "
            "said Federal funds were trading at {} pct when the Fed began its supply.")


def text(body: str, when: datetime | None = NOON, title: str = "T") -> Text:
    return Text(title, body, when)


def test_a_resend_and_an_update_that_extends_a_story_are_one_story() -> None:
    assert same_story(text(STORY), text(STORY.upper() + "\n REUTER", NOON + timedelta(hours=2)))
    assert same_story(text(STORY), text(STORY + MORE))
    assert same_story(text(STORY + MORE), text(STORY))  # either order


def test_other_figures_other_days_and_other_words_are_other_stories() -> None:
    assert not same_story(text(TEMPLATE.format("1.5", "6-1/16")),
                          text(TEMPLATE.format("two", "6-1/16")))  # a number spelled out too
    assert not same_story(text(STORY), text(STORY, NOON + timedelta(days=1)))
    reworded = STORY.replace("appears satisfied", "seems pleased").replace("major", "big")
    assert not same_story(text(STORY), text(reworded))
    assert same_story(text(STORY, None), text(STORY, NOON + timedelta(days=9)))  # undated


def test_an_item_quoted_whole_in_a_round_up_is_no_version_of_it() -> None:
    item = text(STORY, title="Tokyo package satisfies U.S.")
    round_up = text("Highlights of the day. " + STORY + " " + MORE, title="Money news highlights")
    assert not same_story(item, round_up)
    assert same_story(item, text(STORY + MORE, title="U.S. satisfied by Tokyo package"))


def test_a_short_text_folds_only_with_the_same_words() -> None:
    assert same_story(text("", title="OPEC meets"), text("", title="OPEC MEETS"))
    assert not same_story(text("", title="OPEC meets"), text("OPEC meets in Vienna " * 5))


class FakeTexts:
    """Texts by docnum for :func:`fold`, without an index."""

    def __init__(self, bodies: list[str]) -> None:
        self.ids = {i: f"a{i}" for i in range(len(bodies))}
        self._texts = [text(b) for b in bodies]

    def of(self, docnum: int) -> Text:
        return self._texts[docnum]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([0, 1, 2, 3]), min_size=1, max_size=40), st.integers(1, 12))
def test_fold_keeps_the_first_version_of_each_story_in_rank_order(stories: list[int],
                                                                   wanted: int) -> None:
    bodies = [f"{STORY} Story number {s} of the day." for s in stories]
    ranked = [(d, float(len(stories) - d)) for d in range(len(stories))]
    calls: list[int] = []

    def top(depth: int) -> list[tuple[int, float]]:
        calls.append(depth)
        return ranked[:depth]

    page = fold(top, FakeTexts(bodies), wanted, len(stories))  # type: ignore[arg-type]
    firsts = list(dict.fromkeys(stories))
    assert [stories[d] for d, _, _ in page] == firsts[:wanted]
    for d, _, versions in page:
        assert all(stories[v] == stories[d] and v > d for v in versions)
    assert calls == sorted(calls) and calls[-1] <= len(stories)


@pytest.fixture()
def ix(tmp_path: Path):
    docs = [Article(title="Tokyo package", key="first", body=STORY, date=NOON),
            Article(title="Tokyo package", key="resend", body=STORY,
                    date=NOON + timedelta(minutes=90)),
            Article(title="Tokyo package (updated)", key="update", body=STORY + MORE,
                    date=NOON + timedelta(hours=3)),
            Article(title="Fed repurchases", key="fed1", body=TEMPLATE.format("1.5", "six"),
                    date=NOON),
            Article(title="Fed repurchases", key="fed2", body=TEMPLATE.format("two", "six"),
                    date=NOON)]
    newsearch.create_index(tmp_path / "ix").add(docs)
    with newsearch.open_index(tmp_path / "ix") as index:
        yield index


def test_search_with_collapse_shows_each_story_once_and_lists_its_versions(ix) -> None:
    plain = ix.search("agreement OR federal", sort="date")
    folded = ix.search("agreement OR federal", sort="date", collapse=True)
    assert plain.total == folded.total == 5  # totals and facets count every article
    assert len(plain.hits) == 5 and len(folded.hits) == 3
    by_story = {h.title.split()[0]: h for h in folded.hits}
    assert sorted(by_story["Tokyo"].duplicates) == sorted(
        h.id for h in plain.hits if h.title.startswith("Tokyo") and h.id != by_story["Tokyo"].id)
    assert [h.duplicates for h in folded.hits if h.title.startswith("Fed")] == [[], []]
    pages = [ix.search("agreement OR federal", sort="date", collapse=True, limit=1, offset=i)
             for i in range(3)]
    assert [p.hits[0].id for p in pages] == [h.id for h in folded.hits]
    assert all(not h.duplicates for h in plain.hits)


def test_similar_with_collapse_leaves_out_the_articles_own_versions(ix) -> None:
    tokyo = [h.id for h in ix.search("tokyo", sort="date").hits]
    assert len(tokyo) == 3  # the first filing, its resend and its update
    plain = {h.id for h in ix.similar(tokyo[0]).hits}
    folded = {h.id for h in ix.similar(tokyo[0], collapse=True).hits}
    assert set(tokyo[1:]) <= plain
    assert not folded & set(tokyo)
    assert folded == plain - set(tokyo)  # the other stories stay
