"""Firms named after two partners joined by "and" (extract/andfirms.py)."""

from __future__ import annotations

from newsearch.extract import extract_actors


def test_an_affiliation_or_a_firms_noun_makes_the_pair_one_firm() -> None:
    people, orgs = extract_actors(
        '"It was a cut," said Bill Martin, chief economist at stockbrokers Phillips and '
        "Drew. Martin, of Phillips and Drew, said prices would rise. An analyst with "
        "Hambrecht and Quist said so.")
    assert people == ["Bill Martin"]
    assert orgs == ["Phillips and Drew", "Hambrecht and Quist"]


def test_pairs_without_an_affiliation_or_of_places_people_and_common_words_stay_apart() -> None:
    _people, orgs = extract_actors("Talks between Reagan and Gorbachev went on.")
    assert "Reagan and Gorbachev" not in orgs
    _people, orgs = extract_actors("Dealers at Creditanstalt and Girozentrale said so.")
    assert "Creditanstalt and Girozentrale" not in orgs  # dealers work at two banks
    _people, orgs = extract_actors("An analyst at Greece and Turkey said so. The director "
                                   "of Trade and Industry said so.")
    assert not any(" and " in o for o in orgs)


def test_a_pair_that_says_it_is_one_firm_in_every_mention() -> None:
    _people, orgs = extract_actors(
        "Johnson and Johnson said the sweetener is being tested. Sales rose in Europe, "
        "Johnson and Johnson said. Johnson and Johnson said it is operating under a licence.")
    assert orgs == ["Johnson and Johnson"]
    people, orgs = extract_actors("Smith and Jones said they would appeal.")
    assert "Smith and Jones" not in orgs


def test_the_pairs_other_mentions_are_the_whole_words_joined_by_and() -> None:
    import re

    from newsearch.extract.andfirms import _mentions

    text = ("Johnson and Johnson and Johnson; Johnson &\nJohnson said it. Johnsons and "
            "Johnson, xJohnson and Johnson, Johnson and Johnsonville, Johnson and Johnson2.")
    pattern = r"\bJohnson[ \t]*\n?[ \t]*(?:and|&)[ \t]*\n?[ \t]*Johnson\b"
    assert list(_mentions(text, "Johnson", "Johnson")) \
        == [m.span() for m in re.finditer(pattern, text)] == [(0, 19), (33, 50)]
