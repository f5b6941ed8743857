"""The club a player is signed from or sold to (extract/transfers.py), through extract_actors."""

from __future__ import annotations

from newsearch.extract import extract_actors


def test_a_town_a_player_was_signed_from_is_the_club() -> None:
    _people, orgs = extract_actors("The striker scored twice in the match. Leicester, who "
                                   "signed Pemberton from Bristol last summer, top the league "
                                   "table.")
    assert "Bristol" in orgs


def test_a_plain_from_or_a_story_not_about_sport_names_no_club() -> None:
    _people, orgs = extract_actors("The striker scored twice in the match. Pemberton flew "
                                   "from Bristol last summer.")
    assert "Bristol" not in orgs
    _people, orgs = extract_actors("The bank signed Pemberton from Bristol as its chief "
                                   "economist, shares rose.")
    assert "Bristol" not in orgs
