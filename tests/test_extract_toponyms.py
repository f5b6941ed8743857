"""One-word places by their endings after a locative (newsearch.extract.toponyms)."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.model import Article


def _places(text: str) -> dict[str, str]:
    return {p.name: p.country for p in enrich(Article(title="", body=text)).places}


def test_a_place_names_ending_after_at_or_in_is_a_place_in_no_country():
    places = _places("The fire started at Quarrington on Tuesday. Crews came from farms "
                     "near Bellingworth.")
    assert places.get("Quarrington") == ""
    assert places.get("Bellingworth") == ""


def test_the_same_ending_elsewhere_or_on_a_person_is_no_place():
    places = _places("Quarrington said the vote was lost. Officials met Mr Bellingworth in "
                     "Paris, and they wrote to Tollingham.")
    assert not {"Quarrington", "Bellingworth", "Tollingham"} & places.keys()


def test_a_common_word_or_a_known_town_is_left_to_the_rest():
    places = _places("Talks were held in Washington. Prices rose in Stockholm.")
    assert "Stockholm" in places and places["Washington"] == "United States"
    assert _places("The shares fell in Worth.") == {}


def test_every_ending_passes_the_three_letter_screen():
    # The last three letters turn words down before the endings are tried: words with the
    # longer endings still get through ("-bourne", "-thorpe", "-mouth").
    places = _places("The camp was near Tarbourne. Troops went to a base at Fellsthorpe, then "
                     "on to a port in Gillmouth.")
    assert {"Tarbourne", "Fellsthorpe", "Gillmouth"} <= places.keys()


def test_an_old_name_of_a_smaller_town_abroad_does_not_block_a_toponym() -> None:
    # The gazetteer knows "Twickenham" only as Huntsville, Alabama's first name.
    from newsearch.extract.gazetteer import gazetteer, place_key

    assert all(e.alternate for e in gazetteer().entries(place_key("Twickenham")))
    assert _places("Wales lost 11-9 at Twickenham on Saturday.") == {"Wales": "United Kingdom",
                                                                     "Twickenham": ""}


def test_a_name_after_at_in_a_sports_story_is_a_ground_in_no_country():
    places = _places("The striker scored twice in the league match at Brackwell on Saturday, "
                     "and the coach praised his squad.")
    assert places.get("Brackwell") == ""
    # Outside a sports story the same words name nothing.
    assert "Brackwell" not in _places("The chairman spoke at Brackwell on Saturday.")


def test_no_club_nickname_feast_event_or_list_of_clubs_is_a_ground():
    places = _places("The striker was sacked at Trotters after the league match. The coach "
                     "was top at Christmas, played at Euro 2004 and had spells at Vandoria, "
                     "Real Madrid and Porto. He enjoyed it at City, the squad said.")
    assert not {"Trotters", "Christmas", "Euro", "Vandoria", "City"} & places.keys()
