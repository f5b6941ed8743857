"""Export records: CSV and JSON Lines that read back to the articles written."""

import csv
import io
import json
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsearch import Article, OutputError, Place, RankedArticle, UsageError
from newsearch.exports import COLUMNS, LIST_SEP, write, write_file

# Names and titles with what breaks naive CSV: commas, quotes, line breaks, non-ASCII.
text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
               max_size=30)
name = text.filter(lambda s: LIST_SEP not in s and s.strip() == s and s != "")


@st.composite
def articles(draw) -> Article:
    places = [Place(n, "Syria", focus) for n, focus in
              draw(st.lists(st.tuples(name, st.booleans()), max_size=4, unique_by=lambda p: p[0]))]
    return Article(title=draw(text), body=draw(text), id=draw(name),
                   date=draw(st.none() | st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1))),
                   places=places, people=draw(st.lists(name, max_size=3, unique=True)),
                   orgs=draw(st.lists(name, max_size=3, unique=True)),
                   byline=draw(st.lists(name, max_size=2, unique=True)))


def split(cell: str) -> list[str]:
    return cell.split(LIST_SEP) if cell else []


@given(st.lists(articles(), max_size=5))
def test_csv_reads_back_to_the_articles(items):
    rows = [RankedArticle(i, 1.5, a) for i, a in enumerate(items, 1)]
    out = io.StringIO(newline="")
    assert write(rows, out, "csv", body=True) == len(rows)
    got = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert got[0] == [*COLUMNS, "body"]
    for record, a in zip(got[1:], items, strict=True):
        cell = dict(zip([*COLUMNS, "body"], record, strict=True))
        assert cell["title"] == a.title and cell["body"] == a.body and cell["id"] == a.id
        assert split(cell["people"]) == a.people and split(cell["byline"]) == a.byline
        assert split(cell["places"]) == [p.name for p in a.places if p.focus]
        assert split(cell["places_mentioned"]) == [p.name for p in a.places if not p.focus]
        assert (cell["date"] == "") == (a.date is None)
    assert len(got) == len(items) + 1


@given(st.lists(articles(), max_size=5))
def test_jsonl_reads_back_to_the_articles(items):
    rows = [RankedArticle(i, 0.0, a) for i, a in enumerate(items, 1)]
    out = io.StringIO()
    write(rows, out, "jsonl")
    objs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [o["rank"] for o in objs] == list(range(1, len(items) + 1))
    for o, a in zip(objs, items, strict=True):
        assert o["title"] == a.title and o["people"] == a.people and "body" not in o
        assert o["places"] == [{"name": p.name, "country": p.country, "focus": p.focus}
                               for p in a.places]


def test_unknown_format_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="unknown format 'xls'"):
        write([], io.StringIO(), "xls")
    with pytest.raises(UsageError):
        write_file([], tmp_path / "x.xls", "xls")
    assert list(tmp_path.iterdir()) == []


def test_write_file_is_whole_or_nothing(tmp_path):
    out = tmp_path / "a.jsonl"
    row = RankedArticle(1, 0.0, Article(title="T", body="B", id="t"))
    assert write_file([row, row], out, "jsonl") == 2
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2

    def failing():
        yield row
        raise OutputError("disk full")

    with pytest.raises(OutputError):
        write_file(failing(), out, "jsonl")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["a.jsonl"]
