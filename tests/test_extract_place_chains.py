"""Places named in a comma chain that ends in a country or a region (extract/place_chains.py)."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.place_chains import chain_places
from newsearch.extract.scan import runs
from newsearch.model import Article


def _chain(text: str, skip: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    return chain_places(runs(text), set(skip))


def test_names_before_a_country_after_in_are_its_places() -> None:
    assert _chain("A drone hit an oil field in Vellig, West Zordofan, Sudan.") == [
        ("Vellig", "Sudan"), ("West Zordofan", "Sudan")]
    assert _chain("A bomb went off in Al-Vashamah, Zaiz Governorate, Yemen, killing five.") == [
        ("Al-Vashamah", "Yemen"), ("Zaiz Governorate", "Yemen")]
    # A state's name ends in "State"; a slash joins two towns; a compass word may come first.
    assert _chain("Gunmen struck Zabba/Vunu, Zogi State, Nigeria.") == []  # no locative
    assert _chain("Gunmen struck in Zabba/Vunu, Zogi State, Nigeria.") == [
        ("Zabba", "Nigeria"), ("Vunu", "Nigeria"), ("Zogi State", "Nigeria")]
    assert _chain("A worker died in Moshav Zadanim, central Israel.") == [
        ("Moshav Zadanim", "Israel")]
    assert _chain("A plant near Last Zance, Colo. was built.") == [
        ("Last Zance", "United States")]  # a US state's abbreviation ends it too


def test_no_chain_no_place() -> None:
    # The chain must end in a country or region and open after a locative.
    assert _chain("In Vellig, Zordofan said the talks had failed.") == []
    assert _chain("Talks in Vellig, Sudan's capital, failed.") == []  # a possessive
    assert _chain("Zorbu Klanic, Sudan, said so.") == []
    # People, bodies, titles, months, a unit's bare noun and places the gazetteer knows.
    assert _chain("He spoke in Zorbu Klanic, Sudan.", frozenset({"zorbu klanic"})) == []
    assert _chain("It met in Acme Bank, Sudan, and in January, Sudan.") == []
    assert _chain("A line runs to Vell, County, Pa. now.") == [("Vell", "United States")]
    assert _chain("A bomb hit Khartoum, Sudan.") == []


def test_chained_places_join_the_story() -> None:
    art = enrich(Article(title="", body="Clashes occur in Zolow, Somalia, between rival forces."))
    places = {p.name: p for p in art.places}
    assert places["Zolow"].country == "Somalia" and not places["Zolow"].focus


def test_a_unit_noun_may_stand_before_a_chains_comma() -> None:
    # " district, " links a district to its state as a comma does.
    assert _chain("A mine in Zast Jaintia Hills district, Meghanaya, India, collapsed.") == [
        ("Zast Jaintia Hills", "India"), ("Meghanaya", "India")]
    assert _chain("A mine in Zast Jaintia district collapsed, India said.") == []


def test_a_division_named_with_its_unit_word_ends_a_chain() -> None:
    # No list gives the division's country: the town is a place in none.
    assert _chain("Bombs fell in Pochon, Gyeongzi Province, striking homes.") == [
        ("Pochon", "")]
    assert _chain("Bombs fell on the Pochon, Justice Department said.") == []


def test_a_gazetteer_town_of_another_country_in_a_chain_is_the_chains() -> None:
    # Richelieu is a Canadian town to the gazetteer; the chain puts it in Suriname. Countries
    # in a list are no chain ("in Britain, Belgium and Italy").
    assert _chain("Nine died in Richelieu, Zommewijne District, Suriname.") == [
        ("Richelieu", "Suriname"), ("Zommewijne District", "Suriname")]
    assert _chain("Rates fell in Britain, Belgium and Italy.") == []
    assert _chain("He was born in Paris, Texas, in 1950.") == []  # a Texan Paris: found so
