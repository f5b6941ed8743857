"""Places written with a unit of government's noun (newsearch.extract.units)."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.model import Article


def _places(text: str) -> dict[str, str]:
    return {p.name: p.country for p in enrich(Article(title="", body=text)).places}


def test_a_name_before_a_lower_case_unit_noun_is_a_place():
    places = _places("Gunmen killed five villagers in Quobe state on Monday. The army "
                     "sent troops to Ventaro province and the Upper Zelbe region.")
    assert {"Quobe", "Ventaro", "Upper Zelbe"} <= places.keys()
    assert places["Quobe"] == ""


def test_the_unit_of_a_name_is_a_place():
    places = _places("Clashes spread to the northeastern state of Quobe, officials said.")
    assert "Quobe" in places


def test_a_plural_unit_after_two_names_makes_both_places():
    places = _places("Militants attacked army posts in Quobe and Ventaro states.")
    assert {"Quobe", "Ventaro"} <= places.keys()


def test_adjectives_acronyms_groups_and_verbs_before_a_unit_are_no_places():
    places = _places("Israel calls itself a Jewish state. Ministers of EU states met, and "
                     "the Kurdish region voted. The Gulf states agreed. Vantorp states that "
                     "the plan failed.")
    assert not {"Jewish", "EU", "Kurdish", "Gulf states", "Vantorp"} & places.keys()


def test_a_capitalised_unit_after_a_locative_is_the_whole_name():
    places = _places("Gunmen attacked a village in Ventaro Province on Monday. Troops "
                     "moved into the Zelbe Region of Mali.")
    assert {"Ventaro Province", "Zelbe Region"} <= places.keys()


def test_the_unit_of_a_name_needs_the_before_it_and_no_possessive_after():
    places = _places("Rebels attacked a town in the semi-autonomous province of Quobe. It "
                     "was a state of Zelbe, and the state of Vantorp's finances was poor.")
    assert "Quobe" in places and not {"Vantorp", "Zelbe"} & places.keys()


def test_villages_ports_and_islands_are_named_after_the_and_of():
    places = _places("Floods hit the village of Sargazan. Ferries left the port of Zeebrugge, "
                     "and tourists stayed on the Thai island of Koh Phi Phi. The city of "
                     "Italian immigrants grew, and a town of Marvick's size was quiet.")
    assert {"Sargazan", "Zeebrugge", "Koh Phi Phi"} <= places.keys()
    assert not {"Italian", "Marvick"} & places.keys()
    # Only before "of": a town's name before "town" is no settlement's name here.
    assert "Vantorp" not in _places("The Vantorp town hall was shut.")


def test_a_name_with_a_unit_abroads_word_is_a_place_wherever_it_stands():
    # "Oblast", "Krai", "Voivodeship" end no body's name: no locative needed, no person.
    text = ("Drones struck Vantorsk Oblast, Zelbin Oblast and Quobe Krai overnight. Police "
            "officers were hurt in Marovian Voivodeship.")
    article = enrich(Article(title="", body=text))
    places = {p.name for p in article.places}
    assert {"Vantorsk Oblast", "Zelbin Oblast", "Quobe Krai", "Marovian Voivodeship"} <= places
    assert not article.people and not article.orgs_named


def test_a_department_or_district_after_a_bare_locative_is_a_place_not_a_body():
    article = enrich(Article(title="", body="A bus overturned in Quobe Department, killing "
                                            "nine. Troops moved into Vell District, Quelbo "
                                            "Province, on Monday."))
    places = {p.name for p in article.places}
    assert {"Quobe Department", "Vell District", "Quelbo Province"} <= places
    assert not article.orgs_named
    # With an article, or before "of", the same words name a body.
    article = enrich(Article(title="", body="He worked in the Vellan Department for years, "
                                            "then in Quobe Department of Transport offices."))
    assert not {"Vellan Department", "Quobe Department"} & {p.name for p in article.places}
