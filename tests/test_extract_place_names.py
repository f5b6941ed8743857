"""Places inside longer names (extract/place_names.py): a newspaper's masthead town."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.model import Article


def _places(body: str) -> list[str]:
    return [p.name for p in enrich(Article(title="", body=body)).places]


def test_a_masthead_town_names_no_country() -> None:
    # Quoting a paper says nothing of where the story is: no United States, no Philippines.
    assert _places("Bulgaria won the contest, the New York Times said.") == ["Bulgaria"]
    assert _places("Bulgaria won the contest. (AFP via *The Manila Times*)") == ["Bulgaria"]
    assert _places("Bulgaria won, according to the Washington Post.") == ["Bulgaria"]


def test_a_town_in_a_firms_name_still_names_its_country() -> None:
    # Only mastheads: an exchange's town names its country as before.
    assert "United States" in _places("Bulgaria won, New York Stock Exchange Inc said.")
    # A masthead does not hide the town where the story names it by itself.
    assert "New York" in _places("He flew to New York. The New York Times said so.")


def test_a_town_inside_a_bodys_name_in_a_capitals_headline_is_no_place_of_the_story() -> None:
    art = enrich(Article(title="BANK OF ENGLAND DRAINS MONEY MARKET LIQUIDITY",
                         body="The Bank of England said it drained liquidity from the market."))
    assert "England" not in [p.name for p in art.places]
    art = enrich(Article(title="CHASE MANHATTAN STUDYING ITALIAN EXPANSION",
                         body="<Chase Manhattan Bank N.A.> is considering expanding its "
                              "operations in Italy, a Chase Manhattan official said."))
    assert "Manhattan" not in [p.name for p in art.places]
    assert "Chase Manhattan" in art.orgs_named and art.people == []
