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
    assert set(item) == {"path", "title", "date", "places", "people", "orgs", "orgs_focus",
                         "byline"}
    assert item["title"] == "Siege of Syrian soldiers ends as insurgent victories mount"
    names = {p["name"] for p in item["places"]}
    assert {"Idlib", "Syria", "Turkey"} <= names
    syria = next(p for p in item["places"] if p["name"] == "Syria")
    assert syria["country"] == "Syria" and syria["focus"] is True
    assert "Bashar Assad" in item["people"]
    assert item["byline"] == ["Bulos"]
    assert set(item["orgs_focus"]) <= set(item["orgs"])
    assert "Al Nusra Front" in item["orgs_focus"]


def test_extract_lists_every_body_named_and_marks_those_the_story_is_about(tmp_path):
    story = tmp_path / "fed.txt"
    story.write_text("Shoppers upbeat as Ford cuts prices\n\nFord said on Monday it would cut "
                     "prices. Ford sold more cars. Analysts expect growth to continue, prompting "
                     "the Federal Reserve to raise rates again in the spring.\n")
    result = runner.invoke(app, ["extract", str(story), "--json"])
    [item] = json.loads(result.output)
    assert "Federal Reserve" in item["orgs"] and "Federal Reserve" not in item["orgs_focus"]
    assert "Ford" in item["orgs_focus"] and "Ford" in item["orgs"]
    plain = runner.invoke(app, ["extract", str(story)])
    assert "orgs: Ford" in plain.output and "orgs also mentioned: Federal Reserve" in plain.output


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


def test_extract_lists_source_given_orgs_in_both_keys(tmp_path):
    story = tmp_path / "given.md"
    story.write_text("---\ntitle: Talks\norgs: [Acme Widgets]\n---\nThe talks went on.\n")
    [item] = json.loads(runner.invoke(app, ["extract", str(story), "--json"]).output)
    assert item["orgs"] == item["orgs_focus"] == ["Acme Widgets"]


def test_extract_plain_form_piped_prints_each_list_on_one_line():
    plain = runner.invoke(app, ["extract", str(SHIPPED)], env={"COLUMNS": "60"})
    [places] = [line for line in plain.output.splitlines() if line.startswith("  places: ")]
    assert "Reyhanli (Turkey), Antakya (Turkey)" in places and len(places) > 60
