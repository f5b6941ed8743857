"""Hostile queries: a clear error or a bounded search, never a traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import newsearch
from newsearch.cli import app
from newsearch.errors import QuerySyntaxError, UsageError
from reliability_support import cli

HOSTILE = [
    "a" * 10_000, "word " * 2_000, "x" * 10_001, "\x00\x01\x1b[31m\x7f", "\t\n\r",
    '"unbalanced', "(((a)", "a)))", "(" * 200 + "a" + ")" * 200, "a~999999999999",
    "hospital~3", "hospital~", '"a b"~99999999999', "*", "?", "**", "*?*", "*:*", "a*",
    "title:", ":", "place:", "AND", "OR OR", "NOT", "NOT *", "-", "--", "+", "-*",
    "date:[2015 TO", "date:99999", "date:2015-13-45", "date:..", "\u202e\u0000\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏳️‍🌈", "a" * 300 + "*", "al-*", "*-*-*", "\\", "\\\\\"", "'", "``",
    " OR ".join(["a"] * 500), " ".join(f"w{i}*" for i in range(300)),
]


@pytest.fixture(scope="module")
def idx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import ARTICLES

    folder = tmp_path_factory.mktemp("q") / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = folder.parent / "ix"
    newsearch.create_index(index).update([folder])
    with newsearch.open_index(index) as ix:
        ix.search("hospital", limit=5)  # the one-off costs of a first search, not a hostile's
    return index


def bounded_search(ix: newsearch.Index, query: str) -> None:
    # A guard against a search that never ends (an expansion without a cap), not a speed goal:
    # this process's CPU time, so other jobs on a loaded machine do not count.
    started = time.process_time()
    try:
        results = ix.search(query, limit=5)
        assert results.total >= 0 and len(results.hits) <= 5
    except (QuerySyntaxError, UsageError) as exc:
        assert str(exc) and "\n" not in str(exc)
    assert time.process_time() - started < 5


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_through_the_api(idx: Path, query: str):
    with newsearch.open_index(idx) as ix:
        bounded_search(ix, query)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list('ab xyz*?~"()-+:[]^\\.,0129\x00\u00e9ORANDT')),
               max_size=60) | st.text(max_size=40))
def test_fuzzed_queries_never_raise_anything_else(idx: Path, query: str):
    with newsearch.open_index(idx) as ix:
        bounded_search(ix, query)


runner = CliRunner()


@pytest.mark.parametrize("query", HOSTILE[::3], ids=range(len(HOSTILE[::3])))
def test_hostile_queries_through_the_cli(idx: Path, query: str):
    result = runner.invoke(app, ["query", query, "--index", str(idx), "--json"])
    assert result.exit_code in (0, 1, 2), result.output
    assert isinstance(result.exception, SystemExit | None), repr(result.exception)
    assert "Traceback" not in result.output


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list('ab *?~"()-:[]0\u00e9OR')), min_size=1,
               max_size=30))
def test_fuzzed_cli_queries_exit_0_1_or_2(idx: Path, query: str):
    result = runner.invoke(app, ["query", query, "--index", str(idx)])
    assert result.exit_code in (0, 1, 2)
    assert isinstance(result.exception, SystemExit | None), repr(result.exception)


def test_real_process_prints_one_line_errors(idx: Path):
    for query in ("(" * 200 + "a", "x" * 10_001):
        result = cli("query", query, "--index", str(idx))
        assert result.returncode == 2, (query[:20], result.stderr)
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
