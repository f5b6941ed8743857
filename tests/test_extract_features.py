"""Physical features the gazetteer does not list (extract/features.py), and through enrich."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.features import feature_names
from newsearch.extract.scan import runs
from newsearch.model import Article


def _names(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    return [name for name, _at in feature_names(runs(text), set(skip))]


def test_a_features_kind_word_makes_it_a_place() -> None:
    text = ("Ships in the Aegean Sea and the Strait of Hormuz were hit near Three Mile Island, "
            "Lake Success and the Ketza River.")
    assert _names(text) == ["Aegean Sea", "Strait of Hormuz", "Three Mile Island",
                            "Lake Success", "Ketza River"]


def test_dates_and_countries_before_a_feature_are_no_part_of_it() -> None:
    assert _names("Barges on the March Ohio River and the U.K. North Sea fields.") == [
        "Ohio River", "North Sea"]
    assert _names("Prices on the U.S. Gulf coast fell.") == []  # the gazetteer's Gulf


def test_people_firms_towns_and_titles_are_no_features() -> None:
    assert _names("Michael Bay met Lake City officials and Gulf Oil.") == []
    assert _names("Oil from the Cooper Basin rose.") == ["Cooper Basin"]  # a rare given name
    assert _names("How Green Was My Valley aired.") == []
    assert _names("Giant Bay said output rose.", frozenset({"giant bay resources ltd"})) == []


def test_features_are_places_without_country_or_focus() -> None:
    article = enrich(Article(title="T", body="Tankers near Kharg Island were hit by Iraq."))
    assert ("Kharg Island", "", False) in [(p.name, p.country, p.focus) for p in article.places]


def test_a_sites_kind_word_makes_it_a_place() -> None:
    text = ("Ministers met in Downing Street and Parliament Square. Crowds went to Hylands Park, "
            "the Millennium Stadium, the Petronas Towers and the Palace of Westminster by the "
            "River Thames, and flew from Los Angeles International Airport.")
    assert _names(text) == ["Downing Street", "Parliament Square", "Hylands Park",
                            "Millennium Stadium", "Petronas Towers", "Palace of Westminster",
                            "River Thames", "Los Angeles International Airport"]


def test_a_given_name_before_a_surname_tail_is_someone_unless_placed() -> None:
    assert _names("Wayne Bridge scored and Nathan Lane sang.") == []
    assert _names("The race ends at Stanley Park.") == ["Stanley Park"]
    assert _names("Police closed George Street.") == ["George Street"]  # no surname tail
    assert _names("Car maker B.B. Lane agreed.") == []


def test_names_holding_a_sites_word_are_not_sites() -> None:
    assert _names("The Wall Street Journal said Park Chung-hee visited Tower Records, "
                  "Lake Placid Group and the High Street.") == []


def test_a_works_title_or_a_club_named_so_anywhere_is_no_site() -> None:
    assert _names("It faced the ITV soap Coronation Street. Coronation Street won.") == []
    assert _names("A Crystal Palace fan was hurt. Crystal Palace lost.") == []
    assert _names("Chelsea won at Stamford Bridge 3-1.") == ["Stamford Bridge"]


def test_a_common_word_after_river_names_a_room_not_a_river() -> None:
    assert _names("Suites in the River Room overlook the River Severn.") == ["River Severn"]


def test_a_sites_name_starts_after_of_and_below_a_capitals_headline() -> None:
    assert _names("He is the next Frank Lorenzo of Wall Street, a source said.") == [
        "Wall Street"]
    assert _names("BUYBACK SEEN CALMING SHAREHOLDERS\nWall Street traders said so.") == [
        "Wall Street"]


def test_a_site_takes_the_country_of_the_place_it_is_named_after() -> None:
    article = enrich(Article(title="T", body="Fog closed Edinburgh Airport. Edinburgh froze."))
    assert ("Edinburgh Airport", "United Kingdom", False) in [
        (p.name, p.country, p.focus) for p in article.places]
    article = enrich(Article(title="T", body="Traffic on the George Washington Bridge. "
                                             "George, South Africa, was calm."))
    assert ("George Washington Bridge", "", False) in [
        (p.name, p.country, p.focus) for p in article.places]


def test_runs_without_a_feature_word_give_no_features() -> None:
    assert _names("Prime Minister John Major met Chancellor Kohl in Bonn on Friday.") == []
    assert _names("Ships crossed the Strait of Hormuz near Bandar Abbas.") == ["Strait of Hormuz"]


def test_a_works_title_with_a_features_word_is_no_feature() -> None:
    # A work's noun before the name makes it a title whatever its last word ("island").
    assert _names("She won with her book Small Island. Small Island sold well.") == []
    assert _names("Ships sailed to Three Mile Island.") == ["Three Mile Island"]


def test_gardens_are_sites() -> None:
    assert _names("The Rangers won 4-2 at Madison Square Garden on Friday.") == [
        "Madison Square Garden"]
    assert _names("Tyson was stopped at the MGM Grand Garden.") == ["MGM Grand Garden"]
    assert _names("Mourners gathered at David Memorial Gardens.") == ["David Memorial Gardens"]


def test_a_players_noun_after_a_comma_makes_no_club_of_a_ground() -> None:
    text = "Yeboah can leave Elland Road, manager George Graham said."
    assert _names(text) == ["Elland Road"]
    assert _names("Crystal Palace manager Dave Bassett said.") == []  # the club


def _places(body: str) -> list[tuple[str, str]]:
    article = enrich(Article(title="T", body=body, dateline="LONDON (Reuters) -"))
    return [(p.name, p.country) for p in article.places]


def test_a_town_named_only_to_open_a_ways_name_is_no_place() -> None:
    # The square is in London, not in Leicester; the way keeps the town's country.
    got = _places("The film opened in London on Sunday. Stars arrived in Leicester Square for "
                  "the premiere.")
    assert ("Leicester Square", "United Kingdom") in got
    assert "Leicester" not in [name for name, _country in got]
    got = _places("Fans filled Leicester Square. Leicester drew 1-1 at home.")
    assert "Leicester" in [name for name, _country in got]
    assert "Madison" not in [name for name, _c in _places("They won at Madison Square Garden.")]


def test_a_town_in_the_dateline_stays_beside_a_way_called_after_it() -> None:
    article = enrich(Article(title="T", body="Fans queued in Leicester Square.",
                             dateline="LEICESTER, England (Reuters) -"))
    assert "Leicester" in [p.name for p in article.places]
