"""JSON Lines / JSON loader: fields, aliases, --map, bad lines, wrong types."""

from __future__ import annotations

import json
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.errors import LoadError, UsageError
from newsearch.loaders import LoadOptions, LoadProblem, jsonarray, jsonl, load_all, loader_for
from newsearch.loaders.records import parse_field_map
from newsearch.model import Place


def _write(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def _load(path: Path, options: LoadOptions | None = None):  # type: ignore[no-untyped-def]
    problems: list[LoadProblem] = []
    return list(jsonl.load(path, options, problems.append)), problems


def test_full_record(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", [{
        "id": 42, "title": "Floods in Valencia", "text": "Rain fell.",
        "date": "2024-10-30T08:15:00Z",
        "authors": ["Jane Doe", "John Roe"], "source": "Example", "url": "https://x.org/1",
        "places": ["Valencia", {"name": "Spain", "country": "Spain"}], "people": "Pedro Sánchez",
        "orgs": [{"name": "AEMET"}], "tags": "weather, floods", "lang": "en"}])
    (a,), problems = _load(path)
    assert not problems
    assert (a.id, a.key, a.title) == ("42", f"{path}#42", "Floods in Valencia")
    assert a.body == "Rain fell."
    assert a.date == datetime(2024, 10, 30, 8, 15)
    assert a.byline == ["Jane Doe", "John Roe"]
    assert a.places == [Place("Valencia"), Place("Spain", "Spain")]
    assert a.people == ["Pedro Sánchez"] and a.orgs == ["AEMET"]
    assert a.topics == ["weather", "floods"]
    assert (a.source, a.url) == ("Example", "https://x.org/1")
    assert a.extras == {"lang": "en"}
    assert a.content_hash


def test_record_without_id_is_keyed_by_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", [{"title": "One", "body": "x"}, "", {"title": "Two"}])
    articles, _ = _load(path)
    assert [(a.id, a.key) for a in articles] == [("", f"{path}#1"), ("", f"{path}#3")]


def test_field_map_news_please(tmp_path: Path) -> None:
    path = _write(tmp_path / "np.jsonl", [{
        "title": "T", "maintext": "Body text", "date_publish": "2017-03-04 12:00:00",
        "authors": ["A"], "meta": {"site": "bbc.co.uk"}, "text": "not this"}])
    pairs = ["body=maintext", "date=date_publish", "source=meta.site"]
    options = LoadOptions(parse_field_map(pairs))
    (a,), _ = _load(path, options)
    assert a.body == "Body text"
    assert a.date == datetime(2017, 3, 4, 12)
    assert a.source == "bbc.co.uk"
    assert a.extras["text"] == "not this"


def test_parse_field_map_errors() -> None:
    with pytest.raises(UsageError, match="FIELD=SOURCE"):
        parse_field_map(["body"])
    with pytest.raises(UsageError, match="unknown article field 'bodyy'"):
        parse_field_map(["bodyy=text"])


def test_bad_lines_are_skipped_not_fatal(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", [
        {"title": "Good one"}, "{not json", "[1, 2]", {"title": {"x": 1}}, {"url": "only"},
        {"id": 1, "title": "First"}, {"id": 1, "title": "Dup"}, {"title": "Good two"}])
    articles, problems = _load(path)
    assert [a.title for a in articles] == ["Good one", "First", "Good two"]
    assert [(p.record, p.skipped) for p in problems] == [
        ("line 2", True), ("line 3", True), ("line 4", True), ("line 5", True), ("line 7", True)]
    reasons = [p.reason for p in problems]
    assert reasons[0].startswith("invalid JSON")
    assert reasons[1] == "expected a JSON object, got an array"
    assert reasons[2] == "field 'title' has type dict, expected text"
    assert reasons[3] == "no title or body"
    assert reasons[4] == "duplicate id '1'"


def test_coercions_and_warnings(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", [
        {"title": 2024, "body": ["para one", "para two"], "date": "someday",
         "people": ["A", 3, {}]},
        {"body": "First line of body\nmore", "date": 1700000000},
        {"title": "ms", "date": 1700000000000}, {"title": "d", "date": "2024-05-01"}])
    articles, problems = _load(path)
    assert articles[0].title == "2024"
    assert articles[0].body == "para one\n\npara two"
    assert articles[0].date is None and articles[0].people == ["A", "3"]
    assert {p.reason for p in problems if not p.skipped} == {
        "unparsable date 'someday' ignored", "field 'people': ignored items that are not names"}
    assert articles[1].title == "First line of body"
    assert articles[1].date == articles[2].date == datetime(2023, 11, 14, 22, 13, 20)
    assert articles[3].date == datetime(2024, 5, 1)


def test_deep_nesting_does_not_crash(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", ["[" * 100_000 + "]" * 100_000, {"title": "ok"}])
    articles, problems = _load(path)
    assert [a.title for a in articles] == ["ok"]
    assert "nested too deeply" in problems[0].reason
    doc = tmp_path / "deep.json"
    doc.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(LoadError, match="nested too deeply"):
        list(jsonl.load(doc))


def test_json_array_object_and_wrapper(tmp_path: Path) -> None:
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"title": "A"}, {"id": "x", "title": "B"}]))
    assert [(a.key, a.id) for a in jsonl.load(arr)] == [(f"{arr}#1", ""), (f"{arr}#x", "x")]
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "s1", "title": "Single", "body": "b"}))
    assert [(a.key, a.id, a.title) for a in jsonl.load(one)] == [(str(one), "s1", "Single")]
    wrapped = tmp_path / "w.json"
    wrapped.write_text(json.dumps({"status": "ok", "articles": [{"title": "W1"}, {"title": "W2"}]}))
    assert [a.title for a in jsonl.load(wrapped)] == ["W1", "W2"]


def test_json_named_file_holding_json_lines(tmp_path: Path) -> None:
    path = _write(tmp_path / "dump.json", [{"title": "A"}, {"title": "B"}])
    assert [a.title for a in jsonl.load(path)] == ["A", "B"]


def test_all_bad_or_empty_is_a_load_error(tmp_path: Path) -> None:
    bad = _write(tmp_path / "bad.jsonl", ["{nope", "also bad"])
    result = load_all(bad)
    assert result.articles == [] and len(result.problems) == 2
    assert result.error is not None and result.error.startswith("no valid records (2 bad")
    empty = tmp_path / "e.jsonl"
    empty.write_text("\n\n")
    assert load_all(empty).error == "empty file"


def test_invalid_utf8_line_is_kept_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"title": "caf\xe9 story"}\n')
    (a,), problems = _load(path)
    assert a.title == "caf\ufffd story"
    assert problems[0].skipped is False and "invalid utf-8" in problems[0].reason


@pytest.mark.parametrize("name", ["big.jsonl", "big.json"])
def test_streams_large_file_in_bounded_memory(tmp_path: Path, name: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # JSON Lines costs a line at a time; an array about three chunks (bytes, text, a
    # boundary's re-join), not the file.
    monkeypatch.setattr(jsonarray, "CHUNK_BYTES", 64 << 10)
    path = tmp_path / name
    records = [json.dumps({"title": f"Story {n}", "body": "word " * 200}) for n in range(5000)]
    path.write_text("\n".join(records) + "\n" if name.endswith("l")
                    else "[\n" + ",".join(records) + "\n]\n")
    size = path.stat().st_size
    del records
    tracemalloc.start()
    count = sum(1 for _ in jsonl.load(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 5000
    assert peak < size / 10, (peak, size)


def test_registry_and_sniffing(tmp_path: Path) -> None:
    for name in ("a.jsonl", "a.ndjson", "a.json", "a.jsonl.gz"):
        loader = loader_for(tmp_path / name)
        assert loader is not None and loader.name == "jsonl"
    nameless = _write(tmp_path / "export", [{"title": "A"}])
    assert loader_for(nameless).name == "jsonl"  # type: ignore[union-attr]
    array = tmp_path / "dump"
    array.write_text('\ufeff [\n  {"title": "A"}]')
    assert loader_for(array).name == "jsonl"  # type: ignore[union-attr]
    assert [a.title for a in jsonl.load(array)] == ["A"]
    numbers = tmp_path / "numbers"
    numbers.write_text("[1, 2, 3]")
    assert loader_for(numbers) is None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(
    st.text(max_size=30),
    st.dictionaries(st.sampled_from(["id", "title", "body", "date", "places", "authors", "x"]),
                    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                                 lambda c: st.lists(c, max_size=3) | st.dictionaries(
                                     st.text(max_size=5), c, max_size=3), max_leaves=8),
                    max_size=6).map(json.dumps)), min_size=1, max_size=6))
def test_any_input_yields_articles_or_problems(lines: list[str]) -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.jsonl"
        path.write_text("\n".join(line.replace("\n", " ") for line in lines) + "\n")
        result = load_all(path)
    nonblank = sum(1 for line in lines if line.strip())
    skipped = sum(1 for p in result.problems if p.skipped)
    if result.error == "binary file (NUL bytes)":
        assert any("\x00" in line for line in lines)
    elif nonblank:
        assert len(result.articles) + skipped == nonblank
    for a in result.articles:
        assert a.title and isinstance(a.body, str)


_LINES = st.lists(st.one_of(
    st.just(""), st.just("not json"),
    st.builds(lambda n, w: json.dumps({"title": f"Story {n}", "body": "word " * w}),
              st.integers(0, 10**6), st.integers(0, 40)),
    st.builds(lambda n: json.dumps({"id": f"r{n}", "title": f"Titled {n}", "body": "Text."}),
              st.integers(0, 30))), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(_LINES, st.integers(1, 9), st.booleans())
def test_spans_read_the_same_records_as_the_whole_file(tmp_path_factory, lines: list[str],
                                                       parts: int, final_newline: bool) -> None:
    path = tmp_path_factory.mktemp("spans") / "dump.jsonl"
    path.write_text("\n".join(lines) + ("\n" if final_newline else ""), encoding="utf-8")
    spans = jsonl.line_spans(path, parts)
    size = path.stat().st_size
    assert spans[0][0] == 0 and spans[-1][1] == size and len(spans) <= parts
    data = path.read_bytes()
    for (start, end, first), nxt in zip(spans, [*spans[1:], None], strict=True):
        assert start < end or size == 0
        assert start == 0 or data[start - 1:start] == b"\n"  # starts at a line start
        assert first == data[:start].count(b"\n") + 1
        if nxt is not None:
            assert nxt[0] == end

    def read(span=None):
        problems: list[LoadProblem] = []
        try:
            got = [(a.id, a.key, a.title) for a in
                   jsonl.load_lines(path, LoadOptions(), problems.append, span)]
        except LoadError:
            got = []
        return got, [(p.record, p.reason) for p in problems]

    whole, whole_problems = read()
    pieces = [read(span) for span in spans]
    # Ids repeated in two parts are the caller's to catch: compare keys and titles.
    assert [r for got, _ in pieces for r in got if r[0] == ""] == \
        [r for r in whole if r[0] == ""]
    assert {r for got, _ in pieces for r in got} == set(whole)
    assert [p for _, found in pieces for p in found if "duplicate" not in p[1]] == \
        [p for p in whole_problems if "duplicate" not in p[1]]
