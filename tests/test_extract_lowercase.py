"""People in stories set in lower case (extract/lowercase.py)."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.lowercase import add_lower_case_people, lower_case_people

_STORY = ("about 1,000 central bank employees accepted terms to quit today, a union leader "
          "said. \"none of us will work again in the bank,\" bank workers leader mario "
          "galindas told reuters. the government of president victor paz estenssoro had "
          "approved a plan which envisaged at least 600 redundancies in the state sector.\n"
          "    Galindas said the bank needed at least 800 employees.")


def test_a_title_before_a_given_name_names_a_person_in_lower_case_text() -> None:
    assert lower_case_people(_STORY) == ["Mario Galindas", "Victor Paz Estenssoro"]
    # A common word after the title is no given name ("president will say").
    assert lower_case_people(_STORY.replace("mario", "will")) == ["Victor Paz Estenssoro"]


def test_ordinary_text_is_left_to_the_runs() -> None:
    text = _STORY.title()  # capitals everywhere: the runs read it
    assert lower_case_people(text) == []
    assert lower_case_people("leader mario galindas said.") == []  # too short to tell


def test_a_full_name_replaces_its_surname_alone() -> None:
    assert add_lower_case_people(["Galindas", "Ann Roe"], _STORY) == [
        "Ann Roe", "Mario Galindas", "Victor Paz Estenssoro"]
    people, _ = extract_actors(_STORY)
    assert "Mario Galindas" in people and "Galindas" not in people
