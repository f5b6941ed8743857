"""Tests of cli/render.py's console layouts (the JSON forms are pinned in test_cli.py)."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from newsearch.cli.render import print_facets
from newsearch.model import FacetCount, SearchResults


def _facets_text(facets: dict[str, list[FacetCount]], width: int) -> list[str]:
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=False, color_system=None)
    print_facets(console, SearchResults(query="q", total=5, hits=[], facets=facets))
    return out.getvalue().splitlines()


def test_facet_values_fill_the_width_and_are_never_broken() -> None:
    places = [FacetCount("United States", 27), FacetCount("Japan", 6),
              FacetCount("United Kingdom", 6), FacetCount("West Germany", 5),
              FacetCount("Canada", 3)]
    people = [FacetCount("Paul Volcker", 24)]
    lines = _facets_text({"place": places, "person": people, "org": []}, width=50)
    assert lines == [
        "",
        "place   United States (27) · Japan (6)",
        "        United Kingdom (6) · West Germany (5)",
        "        Canada (3)",
        "person  Paul Volcker (24)",
    ]  # the empty org facet prints no block


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text("abc XY", min_size=1, max_size=18), st.integers(1, 999)),
                min_size=1, max_size=12),
       st.integers(40, 120))
def test_every_value_appears_whole_on_one_line_within_the_width(
        values: list[tuple[str, int]], width: int) -> None:
    counts = [FacetCount(v.strip() or "x", n) for v, n in values]
    lines = _facets_text({"person": counts}, width)
    for c in counts:
        item = f"{c.value} ({c.count})"
        assert any(item in line for line in lines), item
    assert all(len(line) <= width for line in lines)
    assert sum(line.count("(") for line in lines) == len(counts)  # each value once


def test_fill_keeps_items_whole_and_gives_a_long_item_its_own_line() -> None:
    from newsearch.cli.render import fill

    assert fill(["ab", "cd", "ef"], 6, ", ") == ["ab, cd", "ef"]
    assert fill(["abcdefgh", "ij"], 5, ", ") == ["abcdefgh", "ij"]
    assert fill([], 10, ", ") == []


def test_print_list_fills_a_terminal_and_keeps_a_pipe_to_one_line() -> None:
    from newsearch.cli.render import print_list

    items = ["Syria", "Jisr al Shughur (Syria)", "Idlib (Syria)", "Reyhanli (Turkey)"]
    out = io.StringIO()
    print_list(Console(file=out, width=43, color_system=None), "  places: ", items)
    assert out.getvalue().splitlines() == [
        "  places: Syria, Jisr al Shughur (Syria),",
        "          Idlib (Syria), Reyhanli (Turkey)",
    ]
    piped = io.StringIO()
    print_list(Console(file=piped, width=40, soft_wrap=True), "  places: ", items)
    assert piped.getvalue() == "  places: " + ", ".join(items) + "\n"


def test_a_hits_wrapped_snippet_stays_indented_under_it_on_a_terminal() -> None:
    from newsearch.cli.render import print_results
    from newsearch.model import Hit
    from newsearch.snippets import MARK_END, MARK_START

    snippet = ("… soldiers trapped in the national " + MARK_START + "hospital" + MARK_END
               + " of Jisr al-Shughur escaped while barrel bombs fell on the town …")
    hit = Hit(rank=1, id="siege", title="Siege ends", score=3.5, snippet=snippet)
    results = SearchResults(query="hospital", total=1, hits=[hit])
    out = io.StringIO()
    print_results(Console(file=out, width=40, color_system=None), results, show_facets=False)
    lines = out.getvalue().splitlines()
    body = lines[lines.index("1. Siege ends") + 1:]
    assert body[0] == "   undated · score 3.50  [siege]"
    assert len(body) >= 3 and all(x.startswith("   ") and not x.startswith("    ")
                                  for x in body)
    assert all(len(x) <= 40 and x == x.rstrip() for x in body)
    assert " ".join(x.strip() for x in body[1:]).startswith("… soldiers trapped in the "
                                                             "national [hospital] of")
    piped = io.StringIO()
    print_results(Console(file=piped, width=40, soft_wrap=True), results, show_facets=False)
    assert len(piped.getvalue().splitlines()) == 5  # count, blank, title, meta, snippet
