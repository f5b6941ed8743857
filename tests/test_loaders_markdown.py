"""Markdown loader: front matter, titles from headings, link and emphasis stripping."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsearch.errors import LoadError
from newsearch.loaders import LoadOptions, LoadProblem, loader_for, markdown
from newsearch.model import Place

FRONT = """---
title: "Talks resume in [Geneva](https://x.org)"
date: 2024-03-05
author: Jane Doe
source: Example Wire
places: [Geneva, {name: Switzerland, country: Switzerland}]
people: [Ali Khan]
orgs: UN
url: https://example.org/talks
tags: [diplomacy, talks]
mood: hopeful
---
# A heading in the body

Negotiators met in [Geneva](https://maps.example/geneva) on Tuesday.
See ![the map](map.png) and [the report][1].

[1]: https://example.org/report
"""


def _load(path: Path, options: LoadOptions | None = None):  # type: ignore[no-untyped-def]
    problems: list[LoadProblem] = []
    return list(markdown.load(path, options, problems.append)), problems


def test_front_matter_metadata(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text(FRONT)
    (a,), problems = _load(path)
    assert not problems
    assert a.title == "Talks resume in Geneva"
    assert a.date == datetime(2024, 3, 5)
    assert a.byline == ["Jane Doe"] and a.source == "Example Wire"
    assert a.places == [Place("Geneva"), Place("Switzerland", "Switzerland")]
    assert (a.people, a.orgs, a.topics) == (["Ali Khan"], ["UN"], ["diplomacy", "talks"])
    assert a.url == "https://example.org/talks"
    assert a.extras == {"mood": "hopeful"}
    assert (a.key, a.id, a.path) == (str(path), "", str(path))


def test_body_keeps_markdown_but_not_links(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text(FRONT)
    (a,), _ = _load(path)
    assert a.body.startswith("# A heading in the body")
    assert "Negotiators met in Geneva on Tuesday." in a.body
    assert "See the map and the report." in a.body
    assert "http" not in a.body and "](" not in a.body


def test_title_from_heading_or_first_line(tmp_path: Path) -> None:
    atx = tmp_path / "a.md"
    atx.write_text("\n# Storm hits coast #\n\nWinds of 150 km/h.\n")
    (a,), _ = _load(atx)
    assert (a.title, a.body) == ("Storm hits coast", "Winds of 150 km/h.")
    setext = tmp_path / "b.markdown"
    setext.write_text("Storm hits coast\n================\nWinds.\n")
    (b,), _ = _load(setext)
    assert (b.title, b.body) == ("Storm hits coast", "Winds.")
    plain = tmp_path / "c.md"
    plain.write_text("Just a first line\n\nand a body.\n")
    (c,), _ = _load(plain)
    assert (c.title, c.body) == ("Just a first line", "and a body.")


def test_front_matter_without_title_uses_heading(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("---\ndate: 2020-01-02T10:00:00+02:00\n---\n# Heading title\nBody.\n")
    (a,), _ = _load(path)
    assert a.title == "Heading title" and a.body == "Body."
    assert a.date == datetime(2020, 1, 2, 8)  # converted to naive UTC


def test_bad_front_matter_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody\n")
    with pytest.raises(LoadError, match="bad front matter"):
        list(markdown.load(path))
    scalar = tmp_path / "scalar.md"
    scalar.write_text("---\njust a string\n---\nBody\n")
    with pytest.raises(LoadError, match="expected key: value pairs"):
        list(markdown.load(scalar))


def test_bad_date_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "e.md"
    path.write_text("---\ntitle: T\ndate: next tuesday-ish\n---\nBody\n")
    (a,), problems = _load(path)
    assert a.date is None
    assert problems[0].skipped is False and "unparsable date" in problems[0].reason


def test_field_map_applies_to_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "f.md"
    path.write_text("---\nheadline_text: Mapped\npublished_on: 2021-07-01\n---\nBody\n")
    (a,), _ = _load(path, LoadOptions({"title": "headline_text", "date": "published_on"}))
    assert a.title == "Mapped" and a.date == datetime(2021, 7, 1) and a.body == "Body"


def test_registry(tmp_path: Path) -> None:
    assert loader_for(tmp_path / "x.md").name == "markdown"  # type: ignore[union-attr]
    assert loader_for(tmp_path / "x.markdown").name == "markdown"  # type: ignore[union-attr]


def test_strip_links() -> None:
    assert markdown.strip_links("a [b](c) ![d](e) [f][g] <https://h.org>") == "a b d f https://h.org"
    # Parentheses inside the target, as Wikipedia writes them: nothing of it is left behind.
    wiki = ('[Sudanese civil war](https://en.wikipedia.org/wiki/Sudanese_civil_war_%282023%29 '
            '"Sudanese civil war (2023–present)") goes on; [Katz](/wiki/Katz_(politician)) said')
    assert markdown.strip_links(wiki) == "Sudanese civil war goes on; Katz said"


@pytest.mark.parametrize(("marked", "plain"), [
    ("the carrier USS *Abraham Lincoln* sails", "the carrier USS Abraham Lincoln sails"),
    ("**Breaking:** talks _resume_ in __Geneva__", "Breaking: talks resume in Geneva"),
    ("***both*** and **a *nested* one**", "both and a nested one"),
    ("~~withdrawn~~ and `code`", "withdrawn and code"),
    # Not emphasis: spaced operators, list bullets, underscores inside words.
    ("5 * 3 * 2 = 30", "5 * 3 * 2 = 30"),
    ("* first item\n* second item", "* first item\n* second item"),
    ("see snake_case_name and my_var_2", "see snake_case_name and my_var_2"),
    ("an * unmatched star", "an * unmatched star"),
])
def test_strip_emphasis(marked: str, plain: str) -> None:
    assert markdown.strip_emphasis(marked) == plain


@given(st.text(alphabet=st.characters(blacklist_characters="*_~`"), max_size=80))
def test_strip_emphasis_leaves_text_without_markers_alone(text: str) -> None:
    assert markdown.strip_emphasis(text) == text


@given(st.lists(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), min_size=1, max_size=6),
       st.sampled_from(["*", "**", "_", "__", "~~", "`"]))
def test_strip_emphasis_keeps_every_word(words: list[str], marker: str) -> None:
    phrase = " ".join(words)
    assert markdown.strip_emphasis(f"said {marker}{phrase}{marker} today") == f"said {phrase} today"


def test_emphasis_is_gone_from_title_and_body(tmp_path: Path) -> None:
    path = tmp_path / "ship.md"
    path.write_text("# The *Lincoln* arrives\n\nThe aircraft carrier USS *Abraham Lincoln* "
                    "arrives in the **Middle East**.\n")
    (a,), _ = _load(path)
    assert a.title == "The Lincoln arrives"
    assert a.body == "The aircraft carrier USS Abraham Lincoln arrives in the Middle East."


def test_a_line_thick_with_marks_or_brackets_is_left_alone() -> None:
    # A table or ASCII art, not emphasis (and no quadratic search through it).
    art = "*a " * 20_000
    assert markdown.strip_emphasis(f"*one* word\n{art}\n_two_") == f"one word\n{art}\ntwo"
    brackets = "[a" * 20_000  # unclosed: no link, left as it is
    assert markdown.strip_links(f"{brackets}\n[b](c)") == f"{brackets}\nb"
