"""Towns listed beside a side in a sports story (extract/sidelists.py)."""

from __future__ import annotations

from newsearch.extract.scan import runs
from newsearch.extract.sidelists import listed_sides

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
