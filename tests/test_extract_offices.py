"""An office's field after "<title> of": a place or a body, never its holder
(extract/offices.py and its use in extract/actors.py)."""

from __future__ import annotations

from newsearch.extract import enrich, extract_actors
from newsearch.extract.offices import field_place
from newsearch.extract.scan import runs
from newsearch.model import Article


def test_the_field_after_a_title_and_of_is_no_person() -> None:
    # "Santa" and "Monica" are given names, yet nobody is "Governor of" a person.
    people, _ = extract_actors("She resumed her duties as Governor of Santa Cruz on Monday. "
                               "He met the Mayor of Santa Monica there.")
    assert people == []
    people, _ = extract_actors("The Attorney General of New York said so. The President of "
                               "Sao Tome, Carlos Vila Nuova, spoke.")
    assert people == ["Carlos Vila Nuova"]  # and no "New York" nor "Sao Tome"


def test_a_holder_may_follow_the_field() -> None:
    people, _ = extract_actors("Acting President of Venezuela Delca Rodrigo spoke. The "
                               "Governor of Odesa Oblast Oleh Kipler said two were hurt.")
    assert people == ["Delca Rodrigo", "Oleh Kipler"]
    people, _ = extract_actors("Then Minister of Mines Patrick Chitambala confirmed it.")
    assert people == ["Patrick Chitambala"]  # a portfolio, not a place, before the holder


def test_field_place_ends_at_the_longest_known_place() -> None:
    def end(text: str) -> int:
        run = runs(text)[-1]  # "Governor of ...": the field opens at word 2
        return field_place(run, 2, len(run.words))

    assert end("He is Governor of Puerto Rico Jenna Colon.") == 4  # then the holder
    assert end("He is Governor of Puerto Rico.") == 2  # the field is all there is
    assert end("He is Governor of American Samoa.") == 2  # an adjective is no place here
    assert end("He is Minister of Mines Patrick Chitambala.") == 2  # no place at all


def test_the_field_is_a_place_of_the_story() -> None:
    art = enrich(Article(title="", body="She took office as Governor of Puerto Rico."))
    assert art.people == [] and [p.name for p in art.places] == ["Puerto Rico"]
