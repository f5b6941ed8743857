"""Filters by facet value find exactly what the facet counts (newsearch.engine.values)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsearch
from newsearch import Article, Filters, Place
from newsearch.cli import app

runner = CliRunner()


def _story(i: int, *, about: str = "", people: tuple[str, ...] = (),
           orgs: tuple[str, ...] = ()) -> Article:
    places = [Place(about, about, True)] if about else []
    return Article(id=f"s{i}", key=f"s{i}", title=f"Story {i}", body="Talks went on today.",
                   places=places, people=list(people), orgs=list(orgs))


@pytest.fixture()
def index(tmp_path: Path):
    ix = newsearch.create_index(tmp_path / "ix")
    stories = [_story(i, about="Sudan", people=("Johnson",), orgs=("Treasury",))
               for i in range(3)]
    # Two full names end in "Johnson", so the surname alone joins neither (aliases).
    stories += [_story(i, about="South Sudan", people=("Lyndon Johnson" if i < 5
                                                       else "Boris Johnson",),
                       orgs=("U.S. Treasury",)) for i in range(3, 7)]
    stories += [_story(i, people=("Paul Volcker",)) for i in range(7, 10)]
    stories += [_story(i, people=("Volcker",)) for i in range(10, 12)]
    ix.add(stories)
    yield ix
    ix.close()


def _facet(ix, facet: str) -> dict[str, int]:
    return {f.value: f.count for f in ix.search("*", facets=(facet,), limit=0).facets[facet]}


def _ids(results) -> set[str]:
    return {hit.id for hit in results.hits}


@pytest.mark.parametrize(("facet", "kind", "value"), [
    ("place", "about", "Sudan"), ("person", "people", "Johnson"), ("org", "orgs", "Treasury"),
    ("person", "people", "Paul Volcker")])
def test_a_filter_on_a_facet_value_finds_what_the_facet_counts(index, facet, kind, value):
    found = index.search("*", filters=Filters(**{kind: [value]}), limit=50)
    assert found.total == _facet(index, facet)[value]


def test_a_value_filter_is_narrower_than_its_clause(index):
    assert _ids(index.search("*", filters=Filters(about=["Sudan"]), limit=50)) == {
        "s0", "s1", "s2"}
    assert index.search("about:Sudan", limit=0).total == 7  # the word, in South Sudan too
    assert index.search("*", filters=Filters(people=["johnson"]), limit=0).total == 3
    assert index.search("person:Johnson", limit=0).total == 7


def test_a_filter_naming_a_group_or_no_value(index):
    # Any name of a group finds the whole group, as its facet value counts it.
    assert _facet(index, "person")["Paul Volcker"] == 5
    assert index.search("*", filters=Filters(people=["Volcker"]), limit=0).total == 5
    # No facet value "Lyndon": the filter narrows like its clause, by the word.
    assert _ids(index.search("*", filters=Filters(people=["Lyndon"]), limit=50)) == {
        "s3", "s4"}


def test_the_command_line_drills_down_to_the_facet_count(index, tmp_path: Path):
    out = runner.invoke(app, ["query", "talks", "--index", str(tmp_path / "ix"), "--about",
                              "Sudan", "--json", "--facets", "place"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["total"] == 3
    assert data["facets"]["place"] == [{"value": "Sudan", "count": 3}]
