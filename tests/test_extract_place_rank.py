"""Ranking a story's places (extract/place_rank.py): readings by the story's countries,
focus from the dateline, headline and repetition; through the public extractors."""

from __future__ import annotations

from newsearch.extract import enrich, extract_places
from newsearch.model import Article


def test_country_context_disambiguates() -> None:
    places = extract_places("", "", "Syrian troops lost Palmyra to militants.")
    assert {(p.name, p.country) for p in places} == {("Palmyra", "Syria")}


def test_adjective_only_country_listed_when_focus() -> None:
    once = extract_places("", "", "Syrian and Turkish troops met.")
    assert once == []  # adjectives in passing name no place
    often = extract_places("", "", "Syrian troops left. Syrian jets flew. Syrian media said.")
    assert [(p.name, p.focus) for p in often] == [("Syria", True)]


def test_dateline_is_focus() -> None:
    places = extract_places("", "TOKYO, March 3 -", "Prices fell. Germany and France later.")
    assert places[0].name == "Tokyo" and places[0].focus and places[0].country == "Japan"


def test_a_country_named_only_by_its_towns_beside_another_is_no_focus() -> None:
    # The story is filed from Ivory Coast and about it; London is only where the talks were.
    body = ("Ivory Coast said the coffee price fall after the London talks would not last. "
            "The minister returned from London on Friday. Prices in London fell. Producers "
            "met in London. After the London collapse, exporters waited.")
    art = enrich(Article(title="IVORY COAST SAYS COFFEE PRICE FALL SHORT-LIVED",
                         dateline="ABIDJAN, March 5 -", body=body))
    focus = {p.country for p in art.places if p.focus}
    assert "United Kingdom" not in focus and "Ivory Coast" in focus
    assert "London" in {p.name for p in art.places}  # still a place of the story
    # Naming the country itself (or one of its regions) makes the repetition count again.
    art = enrich(Article(title="IVORY COAST SAYS COFFEE PRICE FALL SHORT-LIVED",
                         dateline="ABIDJAN, March 5 -", body=body + " Britain agreed."))
    assert "United Kingdom" in {p.country for p in art.places if p.focus}
