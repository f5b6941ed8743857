"""Streaming JSON arrays: same records as json.loads, bounded memory, clear errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.errors import LoadError
from newsearch.loaders import LoadProblem, jsonarray, jsonl, load_all

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=4), c, max_size=3),
    max_leaves=10)


def _elements(data: bytes, chunk: int, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    monkeypatch.setattr(jsonarray, "CHUNK_BYTES", chunk)
    warnings: list[str] = []
    return list(jsonarray.iter_array(io.BytesIO(data), warnings.append)), warnings


@settings(max_examples=150, deadline=None)
@given(st.lists(_VALUES, max_size=8), st.integers(1, 40), st.sampled_from([None, 0, 2]),
       st.booleans())
def test_every_chunking_gives_the_elements_json_loads_gives(
        values: list, chunk: int, indent: int | None, ascii_only: bool) -> None:
    data = json.dumps(values, indent=indent, ensure_ascii=ascii_only).encode("utf-8")
    with pytest.MonkeyPatch.context() as mp:
        got, warnings = _elements(data, chunk, mp)
    assert got == json.loads(data)
    assert warnings == []


def test_multibyte_characters_cut_by_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps([{"title": "Jisr ash-Shughūr — حلب"}], ensure_ascii=False).encode()
    for chunk in range(1, 9):
        assert _elements(data, chunk, monkeypatch)[0] == json.loads(data)


def test_malformed_text_names_the_element(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = {b'[{"a": 1}, {"a": 2} {"a": 3}]': (3, "invalid JSON: expecting ',' or ']'"),
             b'[{"a": 1}, {"a": tru}]': (2, "invalid JSON: Expecting value"),
             b'[{"a": 1}, {"a": "cut': (2, "unexpected end of file"),
             b'[{"a": 1},': (2, "unexpected end of file"),
             b'[{"a": 1}': (2, "unexpected end of file"),
             b'{"a": 1}': (1, "expected a JSON array")}
    for data, (number, reason) in cases.items():
        for chunk in (3, 1 << 20):
            monkeypatch.setattr(jsonarray, "CHUNK_BYTES", chunk)
            seen: list[object] = []
            with pytest.raises(jsonarray.ArrayError) as info:
                for value in jsonarray.iter_array(io.BytesIO(data), lambda m: None):
                    seen.append(value)
            assert (info.value.number, info.value.reason) == (number, reason), data
            assert seen == [{"a": 1}, {"a": 2}][: number - 1]


def test_text_after_the_array_and_bad_bytes_are_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    got, warnings = _elements(b'[{"t": "caf\xe9"}]\n  trailing', 4, monkeypatch)
    assert got == [{"t": "caf\ufffd"}]
    assert warnings == ["invalid utf-8 at byte 11: decoded with replacement",
                        "text after the closing ']' ignored (element 1 was the last)"]


def test_truncated_dump_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    full = json.dumps([{"id": f"r{n}", "title": f"Story {n}"} for n in range(5)])
    path.write_text(full[: full.index('{"id": "r3"') + 12])
    result = load_all(path)
    assert [a.id for a in result.articles] == ["r0", "r1", "r2"]
    assert result.error == ("record 4: unexpected end of file; "
                            "the 3 records before it were read")
    path.write_text("[")
    assert load_all(path).error == "record 1: unexpected end of file"
    path.write_text("[ ]")
    assert load_all(path).error == "empty JSON array"
    path.write_text('["x", 3]')
    result = load_all(path)
    assert result.error == "no valid records"
    assert [p.reason for p in result.problems] == ["expected a JSON object, got a string",
                                                   "expected a JSON object, got a number"]


def test_bom_and_file_level_warning_reach_the_reporter(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b'\xef\xbb\xbf [{"title": "caf\xe9"}]')
    problems: list[LoadProblem] = []
    (article,) = jsonl.load(path, None, problems.append)
    assert article.title == "caf\ufffd"
    assert [(p.record, p.skipped) for p in problems] == [("", False)]
    assert problems[0].reason.startswith("invalid utf-8 at byte")


def test_deeply_nested_element_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('[{"title": "ok"}, ' + "[" * 100_000 + "]" * 100_000 + "]")
    problems: list[LoadProblem] = []
    with pytest.raises(LoadError, match="record 2: JSON nested too deeply; the 1 records"):
        list(jsonl.load(path, None, problems.append))
