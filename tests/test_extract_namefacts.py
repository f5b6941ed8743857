"""Tests of extract/namefacts.py: what a name alone says, remembered by surface."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.namefacts import _facts, _one_word_facts
from newsearch.extract.scan import word_key
from newsearch.model import Article


def test_name_facts_are_remembered_and_recomputed_for_other_words() -> None:
    from newsearch.extract import extract_actors, namefacts

    namefacts.NAME_FACTS.clear()
    text = ("Dealers in Frankfurt said the International Monetary Fund and Deutsche Bank "
            "agreed. Chancellor Helmut Kohl said the European Community Commission met.")
    cold = extract_actors(text)
    assert "Frankfurt" in namefacts.NAME_FACTS
    assert extract_actors(text) == cold  # answers from the memo are the same answers
    facts = namefacts.name_facts("Frankfurt", ["frankfurt"])
    assert facts[0] == ("frankfurt",) and facts[7] is True  # the words, and a place
    # Another reading of the same surface gets its own facts, not the remembered ones.
    other = namefacts.name_facts("Frankfurt", ["frankfurt", "bank"])
    assert other[0] == ("frankfurt", "bank") and namefacts.NAME_FACTS["Frankfurt"] is other


def test_one_word_facts_are_the_general_facts_of_one_word() -> None:
    # The short cut for one word must say what the general rules say of it.
    for surface in ("Reagan", "March", "May", "Christmas", "Bank", "Paris", "Airlines", "Texas",
                    "Parliament", "American", "Group", "IMF", "U.S.", "Halftime", "Democrats",
                    "Socialist", "Telegraph", "Markets", "Monday", "OPEC", "Sunday", "Yeltsin",
                    "Saudis", "Iraqis"):
        word = word_key(surface)
        assert _one_word_facts(surface, word) == _facts(surface, [word]), surface


def test_a_name_ending_in_a_unit_abroads_word_is_no_name_of_anyone() -> None:
    # Fact 5, "not a name": "Samara Oblast" is a region, never a person or a body.
    assert _facts("Vantorsk Oblast", ["vantorsk", "oblast"])[5] is True
    assert _facts("Vantorsk Group", ["vantorsk", "group"])[5] is False


def test_weekdays_in_the_plural_are_dates() -> None:
    from newsearch.extract import extract_actors

    assert _one_word_facts("Fridays", "fridays")[11] is True  # fact 11: a month or a day
    _people, orgs = extract_actors("The show moves from BBC One on Fridays to Sundays on BBC Two.")
    assert "Fridays" not in orgs and "Sundays" not in orgs and "BBC Two" in orgs


def test_a_nationality_in_the_plural_is_a_people_not_a_body() -> None:
    from newsearch.extract import extract_actors

    assert _one_word_facts("Saudis", "saudis")[5] is True  # fact 5: not a name
    _people, orgs = extract_actors("The Saudis said they would hold output at 4.1 mln barrels.")
    assert orgs == []


def test_a_place_before_olympic_names_the_games_not_a_person() -> None:
    from newsearch.extract import extract_actors

    # Fact 5, "not a name": "Sydney" is a given name too, "Olympic" no surname.
    assert _facts("Sydney Olympic", ["sydney", "olympic"])[5] is True
    assert _facts("International Olympic", ["international", "olympic"])[5] is False
    people, _orgs = extract_actors(
        "Sydney Olympic 100m champion Maurice Greene and Athens Olympic silver medallist "
        "Francis Obikwelu will also run.")
    assert people == ["Maurice Greene", "Francis Obikwelu"]


def test_the_town_of_an_olympic_title_is_named() -> None:
    article = enrich(Article(title="Greene to run", body=(
        "The Sydney Olympic gold medallist said he was fit. He beat the field in the "
        "Olympic final in Athens last year.")))
    assert {"Sydney", "Athens"} <= {p.name for p in article.places}
    assert not {"Sydney Olympic"} & set(article.people)
