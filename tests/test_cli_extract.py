"""`newsearch extract`: extraction without indexing, JSON form and errors."""

import json

from typer.testing import CliRunner

from conftest import SHIPPED
from newsearch.cli import app

runner = CliRunner()


def test_extract_json_on_the_shipped_article():
    result = runner.invoke(app, ["extract", str(SHIPPED), "--json"])
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.output)
    assert set(item) == {"path", "title", "date", "places", "people", "orgs", "byline"}
    assert item["title"] == "Siege of Syrian soldiers ends as insurgent victories mount"
    names = {p["name"] for p in item["places"]}
    assert {"Idlib", "Syria", "Turkey"} <= names
    syria = next(p for p in item["places"] if p["name"] == "Syria")
    assert syria["country"] == "Syria" and syria["focus"] is True
    assert "Bashar Assad" in item["people"]
    assert item["byline"] == ["Bulos"]


def test_extract_keeps_the_order_of_files(corpus):
    files = [corpus / "palmyra.txt", corpus / "idlib.txt"]
    result = runner.invoke(app, ["extract", *map(str, files), "--json"])
    titles = [i["title"] for i in json.loads(result.output)]
    assert titles == ["Islamic State seizes Palmyra", "Rebels take Idlib city"]


def test_extract_plain_form_and_missing_file(tmp_path):
    plain = runner.invoke(app, ["extract", str(SHIPPED)])
    assert "byline: Bulos" in plain.output
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["extract", str(missing)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: cannot read {missing}: no such file"
