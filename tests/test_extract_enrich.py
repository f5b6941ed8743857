"""enrich() on the shipped sample article, and its fill-only-empty contract."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsearch.analysis import name_key
from newsearch.extract import enrich
from newsearch.model import Article, Place

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "000_0001cf11c00be60b.txt"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Article:
    copy = tmp_path_factory.mktemp("corpus") / SAMPLE.name
    shutil.copy(SAMPLE, copy)
    lines = copy.read_text(encoding="utf-8").split("\n")
    return enrich(Article(title=lines[0], body="\n".join(lines[1:])))


def _keys(names: list[str]) -> set[str]:
    return {name_key(n) for n in names}


def test_sample_places(sample: Article) -> None:
    names = [p.name for p in sample.places]
    expected = ["Jisr al-Shughur", "Idlib", "Aleppo", "Palmyra", "Latakia", "Syria", "Turkey",
                "Reyhanli", "Antakya"]
    assert {name_key(e) for e in expected} <= _keys(names)
    jisr = [n for n in names if name_key(n) == name_key("Jisr ash-Shughur")]
    assert len(jisr) == 1  # one canonical spelling
    assert "hassan" not in _keys(names)
    by_name = {p.name: p for p in sample.places}
    assert by_name["Syria"] == Place("Syria", "Syria", True)
    assert by_name["Palmyra"].country == "Syria"
    assert by_name["Reyhanli"].country == "Turkey"


def test_sample_people(sample: Article) -> None:
    assert {"Bashar Assad", "Suhail Hassan"} <= set(sample.people)
    assert not {"Assad", "President Bashar Assad", "Palmyra", "Hassan"} & set(sample.people)


def test_sample_orgs(sample: Article) -> None:
    expected = {"Al Nusra Front", "Ahrar al Sham", "Islamic State", "Al Qaeda", "Army of Conquest",
                "Free Syrian Army", "Syrian Observatory for Human Rights"}
    assert _keys(expected) <= _keys(sample.orgs)


def test_sample_byline_and_no_invented_date(sample: Article) -> None:
    assert sample.byline == ["Bulos"]
    assert sample.date is None  # "on Friday" alone, with no publication date, says nothing


def test_source_metadata_wins() -> None:
    a = Article(title="Talks in Paris", body="PARIS, March 3 - President Jacques Chirac said.",
                date=datetime(1987, 3, 4), places=[Place("Lyon", "France")],
                people=["Someone Else"], orgs=["Acme"], byline=["Ann Author"])
    enrich(a)
    assert a.date == datetime(1987, 3, 4)
    assert a.places == [Place("Lyon", "France")]
    assert a.people == ["Someone Else"] and a.orgs == ["Acme"] and a.byline == ["Ann Author"]


def test_dateline_in_field_and_body() -> None:
    a = Article(title="", body="Shares rose, said Paul Volcker.", dateline="WASHINGTON, March 3 -")
    enrich(a)
    assert a.date is None  # no year anywhere: not invented
    assert a.places[0] == Place("Washington", "United States", True)
    b = enrich(Article(title="", body="DAMASCUS, May 22, 2015 (Reuters) - Fighting went on."))
    assert b.date == datetime(2015, 5, 22)
    assert b.places[0].name == "Damascus" and b.places[0].focus


def test_sample_caption_credit_is_not_an_actor(sample: Article) -> None:
    assert "Ali Nasser" not in sample.people
    assert "AFP" not in sample.orgs


@pytest.mark.parametrize("number", ["Eleven", "Forty", "Twelfth"])
def test_a_spelled_number_opening_title_and_story_is_no_name(number: str) -> None:
    found = enrich(Article(title=f"{number} killed in Gaza strike", body=(
        f"{number} people are killed in an Israeli airstrike on a camp in Gaza.")))
    assert number not in found.orgs + found.orgs_mentioned + found.people


def test_a_capitals_headline_opening_the_body_is_the_title() -> None:
    from newsearch.extract import enrich
    from newsearch.model import Article

    article = enrich(Article(title="", body=(
        "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nNadim Ladki\n"
        "AL-AIN , United Arab Emirates 1996-12-06\nJapan began the defence of their Asian "
        "Cup title with a lucky 2-1 win against Syria on Friday .")))
    assert article.byline == ["Nadim Ladki"]
    assert ("Al-Ain", True) in [(p.name, p.focus) for p in article.places]
    assert article.title == ""  # the article keeps its own fields
    # A dateline alone on the first line is no headline.
    dated = enrich(Article(title="", body="BRUSSELS 1996-08-22\nThe Commission said."))
    assert [(p.name, p.focus) for p in dated.places] == [("Brussels", True)]


_PIECES = ["Al-Shabaab", "DR Congo", " & ", "Class B", "M-1", " via ", "(", ")", "\xa0", "\n",
           "and\n", "Development", "Organisation for Economic Cooperation", " said he ",
           "Kidder, Peabody and Co Inc", "Peabody", "Ivory Coast", "  67", "\t", "lead manager",
           "Merrill Lynch", " analyst ", "Matt Aizawa", "the film ", "Vera Drake", "EST",
           "N.Y.", "LIBOR", "(LIBOR)", "Christmas", "Clinton's wife", ". ", ", ", "USS", "'s"]


@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.booleans())
def test_enrich_takes_any_mix_of_the_rules_cues(pieces: list[str], titled: bool) -> None:
    text = "".join(pieces)
    art = enrich(Article(title=text[:40] if titled else "", body=text))
    # Every person listed is named in the story (case and spacing aside; bodies may be
    # listed by their table name), and no list repeats a name.
    flat = "".join(text.split()).lower()
    for name in art.people:
        assert "".join(name.split()).lower() in flat
    assert len(set(art.people)) == len(art.people)
    assert len(set(art.orgs_mentioned)) == len(art.orgs_mentioned)
    assert all(p.country or not p.focus for p in art.places)
