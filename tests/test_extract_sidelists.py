"""Towns listed beside a side in a sports story (extract/sidelists.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.extract.scan import runs
from newsearch.extract.sidelists import _joins, _may_join, listed_sides

SPORT = " all won their county cricket championship matches this season."


def _essex(key: str) -> bool:
    return key == "essex"


def test_towns_listed_with_a_side_become_sides() -> None:
    run_list = runs("Title rivals Essex, Derbyshire and Surrey" + SPORT)
    assert [run_list[k].words for k in listed_sides(run_list, _essex)] == [["Derbyshire"],
                                                                           ["Surrey"]]


def test_or_ends_the_list_of_sides() -> None:
    run_list = runs("Title rivals Essex, Derbyshire or Surrey" + SPORT)
    assert [run_list[k].words for k in listed_sides(run_list, _essex)] == [["Derbyshire"]]


def test_no_side_or_no_sports_story_lists_nothing() -> None:
    assert listed_sides(runs("Title rivals Essex, Derbyshire and Surrey" + SPORT),
                        lambda key: False) == []
    council = runs("The councils of Essex, Derbyshire and Surrey all raised their taxes.")
    assert listed_sides(council, _essex) == []


def _may_join_reference(run_list: list, sides: list[bool]) -> bool:
    """_may_join as first written: each side's neighbours asked of _joins in turn."""
    return any(not sides[k] and _joins(run_list[k], k, run_list, sides)
               for s in range(len(sides)) if sides[s] for k in (s - 1, s + 1)
               if 0 <= k < len(run_list))


@settings(deadline=None)  # the first example loads the gazetteer
@given(st.lists(st.sampled_from(["Essex", "Surrey", "Kent", "Acme Corp", "LEEDS", "Paris",
                                 "Smith"]), min_size=1, max_size=8),
       st.lists(st.sampled_from([", ", " and ", " or ", " & ", " beat ", ", and "]), min_size=8,
                max_size=8),
       st.lists(st.booleans(), min_size=16, max_size=16))
def test_may_join_asks_what_joins_asks(names: list[str], gaps: list[str],
                                       flags: list[bool]) -> None:
    text = "".join(name + gap for name, gap in zip(names, gaps, strict=False)) + "won."
    run_list = runs(text)
    sides = [flag and not run.caps and len(run.words) == 1
             for flag, run in zip(flags, run_list, strict=False)]
    sides += [False] * (len(run_list) - len(sides))
    assert _may_join(run_list, sides) == _may_join_reference(run_list, sides)
