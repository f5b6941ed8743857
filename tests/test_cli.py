"""The command line: output forms, JSON schema, error messages and exit codes."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsearch.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def idx(built_index: Path) -> str:
    return str(built_index)


def test_query_plain_output_marks_matches_and_ranks_the_shipped_article_first(idx):
    result = run("query", "Jisr al Shughur hospital", "--index", idx)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("1 hit")
    assert "1. Siege of Syrian soldiers ends as insurgent victories mount" in result.output
    assert "[Jisr al Shughur]" in result.output or "[Jisr al Shughur hospital]" in result.output
    assert "Bulos" in result.output


@pytest.mark.parametrize("query", ['"Jisr al-Shughur"', "jisr al shughur", "Jisr al‑Shughur"])
def test_spelling_variants_find_the_shipped_article_first(idx, query):
    result = run("query", query, "--index", idx, "--json")
    data = json.loads(result.output)
    assert data["hits"][0]["title"] == "Siege of Syrian soldiers ends as insurgent victories mount"


def test_json_schema(idx):
    result = run("query", "hospital", "--index", idx, "--json", "--limit", "2")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) >= {"query", "total", "hits", "facets", "suggestion"}
    assert data["query"] == "hospital"
    hit = data["hits"][0]
    assert set(hit) >= {"id", "title", "date", "byline", "places", "actors", "score",
                        "snippet", "path", "duplicates"}
    assert hit["duplicates"] == []  # filled only by --collapse
    assert "<b>" in hit["snippet"] and "</b>" in hit["snippet"]
    assert isinstance(hit["places"], list) and isinstance(hit["actors"], list)
    for name, values in data["facets"].items():
        keys = {"start", "end", "count"} if name == "date" else {"value", "count"}
        assert all(set(v) == keys for v in values)


def test_filters_and_date_options(idx):
    data = json.loads(run("query", "*", "--index", idx, "--json", "--since", "2015-06",
                          "--until", "2016").output)
    dates = sorted(h["date"][:7] for h in data["hits"])
    assert dates and all("2015-06" <= d <= "2016-12" for d in dates)


def test_show_and_similar(idx):
    first = json.loads(run("query", "Palmyra", "--index", idx, "--json").output)["hits"][0]
    shown = run("show", first["id"], "--index", idx, "--json")
    assert json.loads(shown.output)["title"] == first["title"]
    similar = run("similar", first["id"], "--index", idx, "--json")
    assert similar.exit_code == 0
    assert first["id"] not in [h["id"] for h in json.loads(similar.output)["hits"]]


def test_timeline_json_buckets(idx):
    data = json.loads(run("timeline", "Syria", "--index", idx, "--json").output)
    assert data["total"] >= 3
    assert sum(b["count"] for b in data["buckets"]) <= data["total"]
    assert data["bucket"] in ("day", "month", "year")


def test_stats_json(idx):
    data = json.loads(run("stats", "--index", idx, "--json").output)
    assert data["articles"] == 5
    assert data["whoosh"].startswith("whoosh3 3.54.0")


# -- errors: one line, the right exit code, never a traceback --------------------------

def check_error(result, code: int, message: str) -> None:
    assert result.exit_code == code
    assert result.output.strip().splitlines() == [f"error: {message}"]
    assert "Traceback" not in result.output


def test_missing_default_index(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    check_error(run("query", "x"), 1, "no index at index/: run `newsearch index corpus/` first")


def test_missing_named_index(tmp_path):
    where = tmp_path / "nope"
    check_error(run("query", "x", "--index", str(where)), 1,
                f"no index at {where}: run `newsearch index PATH --index {where}` first")


def test_empty_query(idx):
    check_error(run("query", "  ", "--index", idx), 2, "empty query: give words to search for")


def test_malformed_query_exit_2_with_column(idx):
    check_error(run("query", "hospital OR", "--index", idx), 2,
                "missing term after 'OR' (at column 10)")


def test_unknown_article(idx):
    check_error(run("show", "no-such-id", "--index", idx), 1, "no article with id 'no-such-id'")


def test_unreadable_path(tmp_path):
    missing = tmp_path / "missing"
    check_error(run("index", str(missing), "--index", str(tmp_path / "ix")), 1,
                f"cannot read {missing}: no such file or folder")


def test_index_summary_and_rerun(corpus, tmp_path):
    target = str(tmp_path / "ix")
    first = run("index", str(corpus), "--index", target)
    assert first.exit_code == 0
    assert first.output.startswith("added 5, updated 0, unchanged 0, removed 0, skipped 0 files")
    again = run("index", str(corpus), "--index", target)
    assert again.output.startswith("added 0, updated 0, unchanged 5, removed 0, skipped 0 files")


def test_python_dash_m_works():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "newsearch", "--help"], capture_output=True,
                         text=True, check=True)
    assert "query" in out.stdout


def test_collapse_folds_a_resent_story_into_its_first_version(tmp_path):
    story = ("Rebels captured the city of Idlib on Saturday after days of fighting, a monitor "
             "said, in the biggest blow to the government in the north this year.\n")
    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("first.txt", "resend.txt"):
        (folder / name).write_text("Rebels take Idlib\n\n" + story, encoding="utf-8")
    index = str(tmp_path / "ix")
    assert run("index", str(folder), "--index", index, "--quiet").exit_code == 0
    data = json.loads(run("query", "Idlib", "--index", index, "--json", "--collapse").output)
    assert data["total"] == 2 and len(data["hits"]) == 1
    [hit] = data["hits"]
    assert len(hit["duplicates"]) == 1 and hit["duplicates"][0] != hit["id"]
    plain = run("query", "Idlib", "--index", index, "--collapse", "--facets", "").output
    assert plain.startswith("2 hits, showing 1-1 and 1 folded version") and "+1 version" in plain


def test_main_leaves_what_is_alive_to_the_os_and_keeps_exit_code_and_output():
    import subprocess
    import sys
    code = ("import gc, sys\n"
            "from newsearch.cli.app import main\n"
            "sys.argv = ['newsearch', 'query', 'x', '--index', '/nonexistent/ix']\n"
            "try:\n    main()\n"
            "except SystemExit as exc:\n"
            "    sys.stderr.write(f'|{exc.code}|{gc.get_freeze_count() > 0}')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    # The command's message, its exit code, then: every object frozen for the exit.
    assert out.stderr.startswith("error: ") and out.stderr.endswith("|True"), out.stderr
    assert out.stderr.split("|")[1] not in ("0", "None")
