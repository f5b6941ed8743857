"""Place mentions: places opening an event's name, compass words before a region or a city."""

from __future__ import annotations

from newsearch.extract import extract_places


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_places("", "", body)}


def test_place_opening_an_events_name_is_named() -> None:
    assert _pairs("She missed a test before the Athens Olympics.") == {("Athens", "Greece")}
    assert _pairs("He won the Qatar Open on Sunday.") == {("Qatar", "Qatar")}
    assert _pairs("The film was shown at the Cannes Film Festival.") == {("Cannes", "France")}
    # An event named after a big city is held there, whatever else the story names.
    assert ("Athens", "Greece") in _pairs("The US team won gold at the Athens Games.")
    # A small town's festival, lower case, in the story's country.
    assert ("Glastonbury", "United Kingdom") in _pairs(
        "The UK band will play this year's Glastonbury festival.")


def test_event_words_that_go_on_into_a_longer_name_name_no_place() -> None:
    assert _pairs("The Federal Open Market Committee met on Tuesday.") == set()
    assert _pairs("He won gold at the Olympic Games.") == set()  # "Olympic" is no town
    assert _pairs("Henman lost the Wimbledon final.") == set()  # a tournament, not a site


def test_compass_word_before_a_region_or_big_city_names_its_part() -> None:
    assert _pairs("Jobs will go in South Wales and North Wales.") == {
        ("South Wales", "United Kingdom"), ("North Wales", "United Kingdom")}
    assert _pairs("Shots were fired in West Belfast on Monday.") == {
        ("West Belfast", "United Kingdom")}
    # ... not when the name goes on ("the South Wales Evening Post" is a newspaper).
    assert _pairs("He told the South Wales Evening Post.") == set()
    # "Northern" is a common word: "Northern England" still names England.
    assert _pairs("Northern England had snow.") == {("England", "United Kingdom")}


def test_a_place_after_a_works_noun_is_a_title_there_only() -> None:
    # "the thriller Constantine", "the film Paris": a work's title, no place ...
    assert _pairs("Keanu Reeves stars in the supernatural thriller Constantine.") == set()
    assert _pairs("The film Paris opened on Friday.") == set()
    # ... but the town named elsewhere still counts, and adjectives that are also work nouns
    # ("an epic New York Marathon", "blockbuster West End musicals") leave the place alone.
    assert ("Paris", "France") in _pairs("The film Paris was shot in Paris.")
    assert ("New York", "United States") in _pairs("She lost an epic New York Marathon race.")


def test_a_town_as_a_works_subtitle_after_a_colon_is_no_place() -> None:
    # "Enterprise" is a town of Alabama; after "Star Trek:" it is the series' subtitle, and so
    # is the same name opening a later sentence.
    text = ("Fans urged the network not to scrap Star Trek: Enterprise. Enterprise stars "
            "Scott Bakula. The show is made in Los Angeles, in the US state of California.")
    assert ("Enterprise", "United States") not in _pairs(text)
    assert ("Los Angeles", "United States") in _pairs(text)
    # A colon ending a sentence's clause before a town still names it.
    assert ("Enterprise", "United States") in _pairs(
        "Two towns of Alabama were hit: Enterprise and Dothan, in Alabama.")


def test_a_small_town_before_crude_or_blend_is_an_oil_grade() -> None:
    assert _pairs("Brent crude rose 20 cents in London.") == {("London", "United Kingdom")}
    # ... and so is its bare mention in the same story.
    assert _pairs("Brent blend firmed. Brent traded at $23.") == set()
    # A big city's name stays a place: its port names the grade.
    assert ("Dubai", "United Arab Emirates") in _pairs("Dubai crude was steady.")
    assert ("Brent", "United Kingdom") in {
        (p.name, p.country) for p in extract_places("", "", "He lives in Brent, London.")}


def test_a_small_towns_possessive_that_names_a_firm_is_no_place() -> None:
    assert _pairs("Moody's Investors Service Inc cut the rating.") == set()
    assert _pairs("It is rated A-2 by Moody's and AA by another agency.") == set()
    assert _pairs("Moody's said the outlook was stable.") == set()
    # A place's possessive before any other word stays a place.
    assert _pairs("The French refinery at Fos sur Mer makes seven mln tonnes, while "
                  "Fos sur Mer's is five mln.") == {("Fos sur Mer", "France")}
