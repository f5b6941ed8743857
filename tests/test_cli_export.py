"""``newsearch export``: every hit, whole, as CSV or JSON Lines; written whole or not at all."""

import csv
import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsearch import Index
from newsearch.cli import app
from newsearch.errors import IndexCorrupt
from newsearch.exports import COLUMNS

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def idx(built_index: Path) -> str:
    return str(built_index)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def query_ids(idx: str, *args: str) -> list[str]:
    data = json.loads(run("query", *args, "--index", idx, "--json", "--limit", "100").output)
    return [h["id"] for h in data["hits"]]


def test_csv_lists_every_hit_in_the_order_query_ranks_them(idx):
    result = run("export", "Syria", "--index", idx)
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[0]
    assert header == ",".join(COLUMNS)
    got = rows(result.output)
    assert [r["id"] for r in got] == query_ids(idx, "Syria")
    assert [r["rank"] for r in got] == [str(i) for i in range(1, len(got) + 1)]
    assert len(got) >= 4


def test_csv_cells_hold_the_articles_metadata(idx):
    got = {r["id"]: r for r in rows(run("export", "Palmyra", "--index", idx).output)}
    shipped = next(r for r in got.values() if r["title"].startswith("Siege of Syrian"))
    assert shipped["byline"] == "Bulos"
    assert "Bashar Assad" in shipped["people"].split("; ")
    assert "Syria" in shipped["places"].split("; ")
    palmyra = next(r for r in got.values() if r["title"] == "Islamic State seizes Palmyra")
    assert palmyra["date"] == "2015-05-21"
    assert "Islamic State" in palmyra["orgs"].split("; ")
    assert "body" not in palmyra


def test_body_is_a_last_column_only_when_asked(idx):
    got = rows(run("export", "Palmyra", "--index", idx, "--body").output)
    palmyra = next(r for r in got if r["title"] == "Islamic State seizes Palmyra")
    assert "militants seized the ancient city of Palmyra" in palmyra["body"]


def test_jsonl_is_one_article_object_per_line(idx):
    result = run("export", "Syria", "--index", idx, "--format", "jsonl", "--sort", "date")
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in objs] == query_ids(idx, "Syria", "--sort", "date")
    assert all("body" not in o and {"rank", "score", "places", "people"} <= set(o) for o in objs)
    dated = [o["date"] for o in objs if o["date"]]
    assert dated == sorted(dated)
    with_body = run("export", "Syria", "--index", idx, "-f", "jsonl", "--body").output
    assert all(json.loads(line)["body"] for line in with_body.splitlines())


def test_filters_alone_export_their_articles_newest_first(idx):
    got = rows(run("export", "--index", idx, "--since", "2015-05", "--place", "Syria").output)
    dates = [r["date"] for r in got]
    assert dates and all(d >= "2015-05" for d in dates)
    assert dates == sorted(dates, reverse=True)
    assert all("Syria" in (r["places"] + r["places_mentioned"]) for r in got)


def test_limit_keeps_the_first_hits(idx):
    everything = rows(run("export", "Syria", "--index", idx).output)
    first = rows(run("export", "Syria", "--index", idx, "--limit", "2").output)
    assert [r["id"] for r in first] == [r["id"] for r in everything[:2]]


def test_output_file_is_written_and_reported(idx, tmp_path):
    out = tmp_path / "hits.csv"
    result = run("export", "Syria", "--index", idx, "-o", str(out))
    assert result.exit_code == 0, result.output
    n = len(rows(out.read_text(encoding="utf-8")))
    assert n >= 4
    assert f"exported {n} articles to {out}" in result.output
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_new_file_gets_the_umask_and_a_replaced_one_keeps_its_mode(idx, tmp_path):
    out = tmp_path / "hits.csv"
    old = os.umask(0o022)
    try:
        assert run("export", "Syria", "--index", idx, "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644
    out.chmod(0o600)
    assert run("export", "Palmyra", "--index", idx, "-o", str(out)).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert "Palmyra" in out.read_text(encoding="utf-8")


def test_a_failed_export_leaves_the_old_file_untouched(idx, tmp_path, monkeypatch):
    out = tmp_path / "hits.csv"
    out.write_text("yesterday's export\n", encoding="utf-8")
    real = Index.export

    def broken(self, *args, **kwargs):
        rows = real(self, *args, **kwargs)
        yield next(rows)
        raise IndexCorrupt("segment MAIN_x is unreadable")

    monkeypatch.setattr(Index, "export", broken)
    result = run("export", "Syria", "--index", idx, "-o", str(out))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["error: segment MAIN_x is unreadable"]
    assert out.read_text(encoding="utf-8") == "yesterday's export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["hits.csv"]


def check_error(result, code: int, message: str) -> None:
    assert result.exit_code == code
    assert result.output.strip().splitlines() == [f"error: {message}"]
    assert "Traceback" not in result.output


def test_unknown_format(idx):
    check_error(run("export", "Syria", "--index", idx, "--format", "xml"), 2,
                "unknown format 'xml' (use: csv, jsonl)")


def test_empty_query_without_filters(idx):
    check_error(run("export", "--index", idx), 2, "empty query: give words to search for")


def test_bad_sort_and_bad_date(idx):
    check_error(run("export", "Syria", "--index", idx, "--sort", "size"), 2,
                "unknown sort 'size' (use one of: relevance, date, -date)")
    check_error(run("export", "Syria", "--index", idx, "--since", "May"), 2,
                "--since takes a date like 2015, 2015-05 or 2015-05-22, not 'May'")


def test_malformed_query(idx):
    result = run("export", "title:(", "--index", idx)
    assert result.exit_code == 2
    assert result.output.startswith("error: unbalanced parenthesis")


def test_unwritable_output(idx, tmp_path):
    where = tmp_path / "no" / "such" / "folder" / "hits.csv"
    result = run("export", "Syria", "--index", idx, "-o", str(where))
    check_error(result, 1, f"cannot write {where}: No such file or directory")
