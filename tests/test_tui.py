"""The terminal UI, driven headlessly with Textual's Pilot at 80x24."""

from __future__ import annotations

import asyncio
import csv
import shutil
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsearch
from newsearch.cli import app as cli_app
from newsearch.model import DateBucket, FacetCount, Hit, SearchResults
from newsearch.snippets import MARK_END, MARK_START
from newsearch.tui import NewsearchApp, render
from newsearch.tui.widgets import FacetList, ReaderScreen, ResultsList

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "corpus" / "000_0001cf11c00be60b.txt"
SHIPPED_TITLE = "Siege of Syrian soldiers ends as insurgent victories mount"

ARTICLES = {
    "aleppo.txt": "Barrel bombs hit Aleppo market\n\nALEPPO, Syria, June 2, 2015 - Barrel "
                  "bombs dropped by government helicopters hit a market in Aleppo, killing "
                  "dozens. Barrel bombs fell again at night.\n",
    "ankara.txt": "Turkey calls for no-fly zone\n\nANKARA, July 24, 2016 - Turkey's president "
                  "Recep Tayyip Erdogan called for a no-fly zone over northern Syria, "
                  "officials in Ankara said. The bomb barrel debate continued.\n",
    "palmyra.txt": "Islamic State seizes Palmyra\n\nBEIRUT, May 21, 2015 - Islamic State "
                   "militants seized the ancient city of Palmyra in Syria on Thursday, "
                   "monitors said. The hospital in Palmyra was evacuated.\n",
}


@pytest.fixture(scope="module")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped article and three small dated ones, indexed once for the module."""
    base = tmp_path_factory.mktemp("tui")
    folder = base / "corpus"
    folder.mkdir()
    shutil.copy(SHIPPED, folder / SHIPPED.name)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    newsearch.create_index(base / "index").update([folder])
    return base / "index"


def drive(index_path: Path, script: Callable[[NewsearchApp, object], Awaitable[None]],
          query: str = "", **options: object) -> None:
    """Run ``script(app, pilot)`` against a fresh app at 80x24."""

    async def main() -> None:
        with newsearch.open_index(index_path) as ix:
            app = NewsearchApp(ix, query, debounce=0.05, **options)
            async with app.run_test(size=(80, 24)) as pilot:
                await settle(app, pilot)
                await script(app, pilot)

    asyncio.run(main())


async def settle(app: NewsearchApp, pilot) -> None:
    """Let the debounce fire, the search worker finish and its results land."""
    await pilot.pause(0.1)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def type_query(app: NewsearchApp, pilot, text: str) -> None:
    """Focus the search box, type ``text`` key by key, and wait for the results."""
    await pilot.press("slash")
    app.query_one("#search").value = ""
    await pilot.press(*list(text))
    await settle(app, pilot)


async def enter_query(app: NewsearchApp, pilot, text: str) -> None:
    """Put ``text`` in the search box at once (a paste: one change event) and settle.

    Pilot spends ~0.1 s a key, so tests other than the typing one paste.
    """
    await pilot.press("slash")
    box = app.query_one("#search")
    box.value = text
    box.cursor_position = len(text)
    await settle(app, pilot)


def titles(app: NewsearchApp) -> list[str]:
    return [h.title for h in app.results.hits] if app.results else []


def status(app: NewsearchApp) -> str:
    return str(app.query_one("#status").render())


def test_typing_a_query_shows_the_shipped_article_first(index_path):
    async def script(app, pilot):
        await type_query(app, pilot, "Jisr al Shughur hospital")
        assert app.query_one("#search").value == "Jisr al Shughur hospital"
        assert titles(app)[0] == SHIPPED_TITLE
        results = app.query_one(ResultsList)
        assert results.selected_id == app.results.hits[0].id
        first = " ".join(results.get_option_at_index(0).prompt.plain.split())
        assert first.startswith("1. " + SHIPPED_TITLE) and "Jisr al Shughur" in first
        assert status(app).startswith(f"{app.results.total} hit")

    drive(index_path, script)


def test_letters_bound_to_keys_are_typed_in_the_search_box(index_path):
    async def script(app, pilot):
        await type_query(app, pilot, "qsf/")
        assert app.is_running and app.sort == "relevance"
        assert app.query_one("#search").value == "qsf/"
        # Away from the box the same keys act: s sorts, f focuses facets, q quits.
        await pilot.press("escape", "s")
        await settle(app, pilot)
        assert app.sort == "-date" and "newest first" in status(app)
        await pilot.press("f")
        assert isinstance(app.focused, FacetList)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running

    drive(index_path, script)


def test_facet_value_toggles_a_filter_and_back(index_path):
    async def script(app, pilot):
        await enter_query(app, pilot, "Syria")
        before = app.results.total
        assert before >= 3
        facets = app.query_one(FacetList)
        # The rarest place narrows the results to exactly the stories it counts.
        rarest = min(app.results.facets["place"], key=lambda c: c.count)
        value = rarest.value
        index = [o.id for o in facets.options].index(f"place\x1f{value}")
        await pilot.press("escape", "f")
        facets.highlighted = index
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.filters["place"] == [value]
        assert 0 < app.results.total == rarest.count < before
        assert f"place:{value}" in status(app)
        # The active value stays in the panel, marked, and selecting it again removes it.
        assert str(facets.highlighted_option.prompt).startswith("● " + value)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.filters["place"] == [] and app.results.total == before
        assert "filters" not in status(app)

    drive(index_path, script)


def test_reader_opens_with_matches_marked_and_escape_keeps_the_selection(index_path):
    async def script(app, pilot):
        await enter_query(app, pilot, "hospital")
        assert len(app.results.hits) >= 2
        await pilot.press("enter")  # submit: focus moves to the results
        await settle(app, pilot)
        await pilot.press("j")
        results = app.query_one(ResultsList)
        chosen = results.selected_id
        assert chosen == app.results.hits[1].id
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.article.id == chosen and screen.article.body
        marked = [screen.article.body[s:e].lower() for s, e in screen.spans]
        assert marked and all("hospital" in m for m in marked)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)
        assert results.selected_id == chosen and app.focused is results
        await pilot.press("k", "up")  # up from the first hit returns to the search box
        assert app.focused is app.query_one("#search")

    drive(index_path, script)


def test_syntax_error_is_shown_inline_and_a_valid_query_recovers(index_path):
    async def script(app, pilot):
        await enter_query(app, pilot, "hospital OR")
        assert app.is_running
        assert app.error and status(app).startswith("query error:")
        assert app.query_one("#status").has_class("error")
        await pilot.press("backspace", "backspace", "backspace")
        await settle(app, pilot)
        assert app.error is None and not app.query_one("#status").has_class("error")
        assert app.results.query.strip() == "hospital" and app.results.total >= 2

    drive(index_path, script)


def test_s_sorts_newest_first_and_back(index_path):
    async def script(app, pilot):
        await enter_query(app, pilot, "barrel bombs")
        assert titles(app)[:2] == ["Barrel bombs hit Aleppo market",
                                   "Turkey calls for no-fly zone"]
        await pilot.press("escape", "s")
        await settle(app, pilot)
        assert titles(app)[:2] == ["Turkey calls for no-fly zone",
                                   "Barrel bombs hit Aleppo market"]
        dates = [h.date for h in app.results.hits if h.date]
        assert dates == sorted(dates, reverse=True)
        await pilot.press("s")
        await settle(app, pilot)
        assert titles(app)[0] == "Barrel bombs hit Aleppo market"

    drive(index_path, script)


def test_e_exports_every_hit_in_the_listed_order_to_a_csv_file(index_path, tmp_path):
    async def script(app, pilot):
        await enter_query(app, pilot, "Syria")
        await pilot.press("escape", "s")
        await settle(app, pilot)
        listed = [h.id for h in app.results.hits]
        await pilot.press("e")
        await settle(app, pilot)
        [written] = list(tmp_path.iterdir())
        assert written.name.startswith("newsearch-export-") and written.suffix == ".csv"
        with written.open(encoding="utf-8", newline="") as fh:
            ids = [row["id"] for row in csv.DictReader(fh)]
        assert ids == listed and len(ids) == app.results.total >= 3
        assert status(app) == f"exported {len(ids)} articles to {written}"

    drive(index_path, script, export_dir=tmp_path)


def test_initial_query_and_histogram(index_path):
    async def script(app, pilot):
        assert app.results.query == "Syria" and app.results.total >= 3
        dates = str(app.query_one("#dates").render())
        assert dates.startswith("Dates by") and "2015" in dates and "2016" in dates

    drive(index_path, script, query="Syria")


def test_cli_tui_without_index_gives_one_line_guidance(tmp_path):
    result = CliRunner().invoke(cli_app, ["tui", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.startswith("error: no index at ")
    assert len(result.output.strip().splitlines()) == 1


def test_render_marks_and_cuts_snippets():
    content = render.marked(f"a {MARK_START}hospital{MARK_END} b " + "word " * 50, limit=30)
    assert content.plain.startswith("a hospital b") and content.plain.endswith(" …")
    assert len(content.plain) <= 33
    assert any(span.style == render.MATCH_STYLE and content.plain[span.start:span.end]
               == "hospital" for span in content.spans)


def test_render_sparkline_status_and_hit():
    day = datetime(2015, 1, 1)
    buckets = [DateBucket(day, day, c) for c in (0, 1, 8, 4)]
    assert render.sparkline(buckets, 10) == " ▁█▄"
    assert len(render.sparkline(buckets * 10, 10)) == 10
    hit = Hit(rank=3, id="x", title="T", score=1.0, snippet="s", date=day, byline=["Bulos"])
    assert render.hit_prompt(hit).plain.splitlines()[:2] == [" 3. T", "    2015-01-01 · Bulos"]
    results = SearchResults(query="q", total=12, hits=[hit], elapsed_ms=4.2,
                            facets={"place": [FacetCount("Syria", 12)]})
    text = render.status_text(results, "-date", {"place": ["Syria"], "person": []})
    assert text == "12 hits (first 1) · newest first · filters place:Syria · 4 ms"
    assert "by relevance" in render.status_text(results, "relevance", {})
    unranked = SearchResults(query="", total=1, hits=[Hit(1, "y", "U", 0.0, "s")])
    assert "newest first" in render.status_text(unranked, "relevance", {})  # nothing ranked


def test_a_long_facet_value_is_cut_so_its_count_stays_on_its_line() -> None:
    long = render.facet_prompt("Council of Economic Advisers", 5, False, width=24).plain
    assert long == "  Council of Economic… 5" and len(long) == 24
    assert render.facet_prompt("Japan", 6, True, width=24).plain == "● Japan 6"
    assert render.facet_prompt("Council of Economic Advisers", 5, False).plain.endswith(
        "Advisers 5")  # no width: the whole value


def test_the_facet_panel_keeps_each_value_and_count_on_one_line(index_path):
    async def script(app, pilot):
        await enter_query(app, pilot, "Syria")
        panel = app.query_one(FacetList)
        width = panel.scrollable_content_region.width
        prompts = [panel.get_option_at_index(i).prompt for i in range(panel.option_count)]
        values = [p.plain for p in prompts if p.plain.startswith(("  ", "● "))]
        assert values and all(len(v) <= width for v in values), (width, max(values, key=len))
        assert all(v.rstrip()[-1].isdigit() for v in values)

    drive(index_path, script)


def test_c_shows_every_version_of_a_story_filed_twice_and_back(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("aleppo.txt", "aleppo-resend.txt"):
        (folder / name).write_text(ARTICLES["aleppo.txt"], encoding="utf-8")
    (folder / "ankara.txt").write_text(ARTICLES["ankara.txt"], encoding="utf-8")
    newsearch.create_index(tmp_path / "index").update([folder])

    async def script(app, pilot):
        await enter_query(app, pilot, "barrel")
        assert app.results.total == 3 and len(app.results.hits) == 2  # folded by default
        [folded] = [h for h in app.results.hits if h.duplicates]
        first = app.query_one(ResultsList).get_option_at_index(0).prompt.plain
        assert "+1 version" in first and "1 version folded" in status(app)
        await pilot.press("escape", "c")
        await settle(app, pilot)
        assert not app.collapse and len(app.results.hits) == 3
        assert folded.duplicates[0] in {h.id for h in app.results.hits}
        await pilot.press("c")
        await settle(app, pilot)
        assert len(app.results.hits) == 2

    drive(tmp_path / "index", script)
