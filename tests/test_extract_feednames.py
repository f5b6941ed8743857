"""People a file already knows, read into its headline-only stories (extract/feednames.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.extract import enrich
from newsearch.extract.feednames import (
    MIN_STORIES,
    TEXT_WORDS,
    FeedNames,
    FileFeed,
    candidates,
    fill_from_file,
    headline_only,
)
from newsearch.model import Article

BODY = ("Federal Reserve Board Chairman Paul Volcker said on Tuesday that the dollar had "
        "fallen far enough, in testimony to a congressional committee in Washington. {}")


def _story(extra: str = "") -> Article:
    return enrich(Article(title="Fed chief on the dollar", body=BODY.format(extra)))


def _flash(title: str, **fields: object) -> Article:
    return Article(title=title, body="", **fields)  # type: ignore[arg-type]


def test_a_headline_only_story_gets_the_full_name_its_file_gives() -> None:
    feed = FeedNames()
    for n in range(MIN_STORIES):
        feed.learn(_story(f"Story {n}."))
    flash = enrich(_flash("REGAN DEPARTURE MAKES THIRD VOLCKER TERM LIKELY"))
    assert "Paul Volcker" not in flash.people  # the headline alone says nothing
    assert feed.fill(flash) == ["Paul Volcker"]
    assert "Paul Volcker" in flash.people
    assert feed.fill(flash) == []  # once


def test_one_story_gives_a_full_name_but_not_a_surname_alone() -> None:
    feed = FeedNames()
    feed.learn(_story("Once."))
    assert feed.person("volcker") == "Paul Volcker"
    text = "x " * TEXT_WORDS
    for n in range(MIN_STORIES):
        assert feed.person("reagan") is None, n
        feed.learn(Article(title="t", body=text, people=["Reagan"]))
    assert feed.person("reagan") == "Reagan"
    # A full name must open with a given name.
    feed.learn(Article(title="t", body=text, people=["Xqzt Ltd Partners"]))
    assert feed.person("partners") is None
    assert feed.fill(_flash("NOBODY KNOWN HERE")) == []


def test_a_surname_named_alone_stays_alone_and_a_shared_one_too() -> None:
    feed = FeedNames()
    for _ in range(2):
        feed.learn(Article(title="t", body="x " * TEXT_WORDS, people=["Reagan"]))
    assert feed.person("reagan") == "Reagan"
    # Two full names share the surname: no full name is the person's, the surname is.
    feed.learn(Article(title="t", body="x " * TEXT_WORDS, people=["Ronald Reagan"]))
    feed.learn(Article(title="t", body="x " * TEXT_WORDS, people=["Nancy Reagan"]))
    assert feed.person("reagan") == "Reagan"
    for _ in range(6):
        feed.learn(Article(title="t", body="x " * TEXT_WORDS, people=["Ronald Reagan"]))
    assert feed.person("reagan") == "Ronald Reagan"


def test_a_word_bodies_use_more_often_is_no_person() -> None:
    feed = FeedNames()
    text = "x " * TEXT_WORDS
    for _ in range(2):
        feed.learn(Article(title="t", body=text, people=["James Baker"]))
        feed.learn(Article(title="t", body=text, orgs=["Baker Hughes Inc"]))
    assert feed.person("baker") == "James Baker"  # as often: the person
    feed.learn(Article(title="t", body=text, orgs_mentioned=["Baker International Corp"]))
    assert feed.person("baker") is None


def test_a_pair_from_a_body_name_is_no_person() -> None:
    feed = FeedNames()
    text = "x " * TEXT_WORDS
    for _ in range(3):
        feed.learn(Article(title="t", body=text, people=["John Parker"]))
    feed.learn(Article(title="t", body=text, orgs=["Parker Drilling Co"]))
    assert feed.person("parker") == "John Parker"
    assert feed.fill(_flash("PARKER DRILLING SUSPENDS DIVIDEND")) == []
    assert feed.fill(_flash("SENATE HEARS PARKER ON BUDGET")) == ["John Parker"]


def test_headline_only_stories_teach_nothing() -> None:
    feed = FeedNames()
    for _ in range(3):
        feed.learn(_flash("NEWS", people=["Paul Volcker"]))
    assert feed.person("volcker") is None


def test_candidates_are_name_like_words_of_a_headline_only_story() -> None:
    found = candidates(_flash("SEC OKAYS REQUEST FROM BOESKY FIRMS"))
    assert ("from", "boesky", "firms") in found
    assert not {"sec", "request", "from", "firms"} & {key for _b, key, _a in found}
    assert candidates(_flash("Balladur maintains 1987 inflation target")) == [
        ("", "balladur", "maintains")]
    # A hyphened or slashed word, a firm's word after it, a ticker, a given name: none.
    assert candidates(_flash("DELORS FAVOURS FRANCO-GERMAN BID")) == [
        ("", "delors", "favours")]
    assert candidates(_flash("DUN/BRADSTREET SEES FAILURES UP")) == []
    assert candidates(_flash("BAKER INTERNATIONAL TO SELL UNIT")) == []
    assert candidates(_flash("BAKER, FENTRESS AND CO <BKFR> VOTES DIVIDEND")) == []
    assert candidates(_flash("ALUSUISSE SAYS IT PLANS CAPITAL CUT")) == []  # a body's "IT"
    assert [c[1] for c in candidates(_flash("YEUTTER SAYS HE WILL GO"))] == ["yeutter"]
    assert [c[1] for c in candidates(_flash("INVESTOR PAUL BILZERIAN HAS STAKE"))] == [
        "bilzerian"]
    # A name the story already holds is no candidate; nor is a story with text.
    assert candidates(_flash("VOLCKER SEES GROWTH", people=["Volcker"])) == []
    assert candidates(Article(title="VOLCKER TERM LIKELY", body="word " * TEXT_WORDS)) == []


def test_headline_only_counts_words_of_text() -> None:
    assert headline_only(_flash("A TITLE"))
    assert headline_only(Article(title="A TITLE", body="word " * (TEXT_WORDS - 1)))
    assert not headline_only(Article(title="A TITLE", body="word " * TEXT_WORDS))
    assert not headline_only(Article(title="", body=""))


def test_fill_from_file_fills_only_what_extraction_filled() -> None:
    stories = [_story("One."), _story("Two.")]
    mine, given_by_source = _flash("VOLCKER TERM LIKELY"), _flash("VOLCKER TERM LIKELY")
    articles = [stories[0], mine, given_by_source, stories[1]]  # the file's order
    fill_from_file(articles, [True, True, False, True])
    assert mine.people == ["Paul Volcker"]
    assert given_by_source.people == []


def test_a_file_feed_holds_headline_only_stories_until_released() -> None:
    feed = FileFeed()
    flash, given_by_source = _flash("VOLCKER TERM LIKELY"), _flash("VOLCKER TERM LIKELY")
    assert feed.offer(flash, True) and not feed.offer(given_by_source, False)
    assert not feed.offer(_story("One."), True)  # a story with text teaches and goes on
    assert not feed.offer(_story("Two."), True)
    assert feed.release() == [flash] and flash.people == ["Paul Volcker"]
    assert feed.release() == [] and given_by_source.people == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_any_title_gives_name_like_keys_without_spaces(title: str) -> None:
    for before, key, after in candidates(_flash(title)):
        assert key and " " not in key and key.isalpha()
        assert isinstance(before, str) and isinstance(after, str)
