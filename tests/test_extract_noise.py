"""Text blanked before names are read: quoted nicknames inside names."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.noise import blank_noise


def test_single_quoted_nickname_between_name_parts() -> None:
    text = "Brian 'Head' Welch told a radio station he had quit."
    assert blank_noise(text) == "Brian" + " " * 8 + "Welch told a radio station he had quit."
    people, orgs = extract_actors(text + " Welch added that he would sing.")
    assert people == ["Brian Welch"]
    assert "Welch" not in orgs


def test_single_quotes_after_a_lower_case_word_stay() -> None:
    # A headline's quoted words are no nickname: only a capitalised word may open a name.
    text = "Galloway targets 'New Labour' MP over the war."
    assert blank_noise(text) == text
