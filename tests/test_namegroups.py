"""Using the name groups: facet tables, widened name clauses, the cache file
(newsearch.engine.namegroups), through the API and the command line too."""

from __future__ import annotations

import json

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import newsearch
from newsearch import Article
from newsearch.cli import app
from newsearch.engine import aliases as al
from newsearch.engine import namegroups as ng
from newsearch.engine.facets import FacetTable, FacetTables
from newsearch.query import tree as t

runner = CliRunner()


def _build(people=None, orgs=None):
    return al.build({"person": people or {}, "org": orgs or {}})


def _table(rows: list[list[str]]) -> FacetTable:
    names: dict[str, int] = {}
    docs, values = [], []
    for d, row in enumerate(rows):
        for v in dict.fromkeys(row):
            docs.append(d)
            values.append(names.setdefault(v, len(names)))
    docs_a = np.array(docs, np.int64)
    return FacetTable(list(names), docs_a, np.array(values, np.int64),
                      np.searchsorted(docs_a, np.arange(len(rows) + 1)))


_NAMES = st.sampled_from(["A", "B", "C", "D", "E"])


@given(st.lists(st.lists(_NAMES, max_size=4), max_size=12),
       st.dictionaries(_NAMES, st.sampled_from(["A", "B"])),
       st.sets(_NAMES, max_size=2),
       st.lists(st.tuples(st.integers(0, 11), _NAMES), max_size=6))
def test_a_merged_table_holds_each_documents_groups_once(rows, canon, drop, extra):
    # A group's name is always a value of the same collection.
    present = {v for row in rows for v in row}
    canon = {k: v for k, v in canon.items() if k != v and v not in canon and v in present}
    extra = sorted((d, name) for d, name in extra if d < len(rows))
    moved = (np.array([d for d, _ in extra], np.int64), [name for _, name in extra])
    merged = ng.merge_table(_table(rows), canon, drop=drop, extra=moved)
    got = [sorted(merged.names[v] for v in merged.values[merged.starts[d]:merged.starts[d + 1]])
           for d in range(len(rows))]
    want = []
    for d, row in enumerate(rows):
        own = [*row, *(name for e, name in extra if e == d and name in present)]
        want.append(sorted({canon.get(v, v) for v in own if v not in drop}))
    assert got == want
    assert np.all(np.diff(merged.docs) >= 0)


def test_a_name_clause_widens_to_its_group_and_other_clauses_stay():
    groups = al.build({"person": {"Volcker": 30, "Paul Volcker": 12, "Merrill Lynch": 2},
                       "org": {"Merrill Lynch": 20, "Merrill Lynch and Co": 9}})
    node = t.And((t.Phrase("person", "Paul Volcker"), t.Term(None, "rates"),
                  t.Phrase("person", "Paul Volcker", slop=2)))
    wide = ng.expand(node, groups)
    assert wide.children[0] == t.Or((t.Phrase("person", "Paul Volcker"),
                                     t.Phrase("person", "Volcker")))
    assert wide.children[1:] == node.children[1:]
    org = ng.expand(t.Phrase("org", "Merrill Lynch and Co"), groups)
    assert set(org.children) == {t.Phrase("org", "Merrill Lynch"),
                                 t.Phrase("org", "Merrill Lynch and Co"),
                                 t.Phrase("person", "Merrill Lynch")}
    assert ng.expand(t.Phrase("person", "Lawson"), groups) == t.Phrase("person", "Lawson")
    borne = al.build({"person": {"Donald Trump": 40}, "org": {"Trump": 6}})
    assert set(ng.expand(t.Phrase("person", "Donald Trump"), borne).children) == {
        t.Phrase("person", "Donald Trump"), t.Phrase("org", "Trump")}


def test_surnames_read_as_bodies_are_counted_as_people():
    people = _table([["Donald Trump"], ["Donald Trump"], [], ["Joe Biden"]] * 10)
    orgs = _table([["Trump", "Reuters"], [], ["Trump"], ["Reuters"]] * 10)
    groups = al.build({"person": {"Donald Trump": 20, "Joe Biden": 10},
                       "org": {"Trump": 20, "Reuters": 20}})
    assert groups.surnames == {}  # 20 stories as a person against 20 as a body
    groups = al.from_canon({"person": {}, "org": {}}, {}, {"Trump": "Donald Trump"})
    merged = ng.merge_tables(FacetTables({"person": people, "org": orgs}), groups)
    person, org = merged.facets["person"], merged.facets["org"]
    counts = dict(zip(person.names, np.bincount(person.values).tolist(), strict=False))
    assert counts == {"Donald Trump": 30, "Joe Biden": 10}  # story 0 counted once
    assert [org.names[v] for v in org.values] == ["Reuters"] * 20


def test_the_cache_file_keeps_the_groups_of_its_generation_only(tmp_path):
    groups = _build(people={"Volcker": 30, "Paul Volcker": 12},
                    orgs={"Merrill Lynch": 20, "Merrill Lynch and Co": 9})
    generation = [("seg1", 10), ("seg2", 4)]
    ng.save(tmp_path, generation, groups)
    again = ng.load(tmp_path, generation)
    assert again is not None
    assert (again.canon, again.firms, again.groups) == (groups.canon, groups.firms, groups.groups)
    borne = al.build({"person": {"Donald Trump": 40}, "org": {"Trump": 6}})
    ng.save(tmp_path, generation, borne)
    assert ng.load(tmp_path, generation).surnames == {"Trump": "Donald Trump"}
    assert ng.load(tmp_path, [("seg1", 10)]) is None
    (tmp_path / ng.CACHE_NAME).write_text("{not json")
    assert ng.load(tmp_path, generation) is None
    ng.save(tmp_path / "missing", generation, groups)  # an unwritable folder: no error


def _story(i: int, people: list[str], orgs: list[str]) -> Article:
    return Article(id=f"s{i}", key=f"s{i}", title=f"Story {i}", body="Rates rose today.",
                   people=people, orgs=orgs)


def _archive(tmp_path):
    index = newsearch.create_index(tmp_path / "ix")
    stories = [_story(i, ["Paul Volcker"], ["SEC"]) for i in range(3)]
    # One story names the body beside its acronym, as a definition does.
    stories[0] = _story(0, ["Paul Volcker"], ["SEC", "Securities and Exchange Commission"])
    stories += [_story(i, ["Volcker"], ["Securities and Exchange Commission"])
                for i in range(3, 8)]
    stories += [_story(8, ["Merrill Lynch"], []),
                _story(9, [], ["Merrill Lynch and Co Inc", "Securities and Exchange Commission"])]
    stories += [_story(i, [], ["Merrill Lynch and Co Inc"]) for i in range(10, 13)]
    index.add(stories)
    return index


def test_facets_count_and_filters_narrow_by_group(tmp_path):
    index = _archive(tmp_path)
    for _ in range(2):  # the first search reads the hits' column, the second the tables
        results = index.search("rates", facets=("person", "org"), limit=0)
        people = {f.value: f.count for f in results.facets["person"]}
        orgs = {f.value: f.count for f in results.facets["org"]}
        assert people == {"Paul Volcker": 8}
        assert orgs == {"Securities and Exchange Commission": 9, "Merrill Lynch and Co Inc": 5}
    narrowed = index.search("rates", filters=newsearch.Filters(people=["Paul Volcker"]))
    assert narrowed.total == 8
    assert index.search('org:"Merrill Lynch and Co Inc"').total == 5
    assert index.search("org:SEC").total == 9
    index.close()


def test_the_command_line_reports_the_grouped_facets(tmp_path):
    _archive(tmp_path).close()
    out = runner.invoke(app, ["query", "rates", "--index", str(tmp_path / "ix"), "--json",
                              "--facets", "person"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["facets"]["person"] == [{"value": "Paul Volcker", "count": 8}]
