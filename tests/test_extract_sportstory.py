"""Whether a story is a sports story (extract/sportstory.py)."""

from __future__ import annotations

from newsearch.extract.sportstory import sports_text


def test_sports_text_needs_two_sports_words() -> None:
    assert sports_text("The striker scored in the cup match.")
    assert not sports_text("The club met on Monday to discuss the budget.")


def test_rugby_and_athletics_words_make_a_sports_story() -> None:
    # A team sheet's captain and a position of the game's own: no "match" or "goal" needed.
    assert sports_text("The flanker is preferred.\n\nG Thomas (Toulouse, capt); K Morgan.")
    assert sports_text("The sprinter failed a doping test before the marathon.")
    assert not sports_text("A defender of the policy spoke to the board on Monday.")
