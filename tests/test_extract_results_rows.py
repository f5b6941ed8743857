"""1990s wire results lists: rows with notes, regions as sides, leaderboards, cycling teams and
a sport-labelled headline (extract/orgs.py, teams.py, sportstory.py, fill.py)."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.sportstory import mark_sports_headline, sports_text
from newsearch.model import Article


def _read(title: str, body: str) -> tuple[list[str], list[str], list[str]]:
    art = enrich(Article(title=title, body=body))
    return art.people, art.orgs_named, [p.name for p in art.places]


def test_a_states_side_and_a_note_after_the_score() -> None:
    _, orgs, places = _read("BASKETBALL - NBA RESULTS", (
        "Results of basketball games in the league on Thursday:\n"
        "Chicago 103 Utah 92\nOrlando 88 Miami 91 (OT)\nBuffalo 2 Washington 1\n"))
    assert {"Utah", "Orlando", "Miami", "Washington"} <= set(orgs)
    assert not {"Utah", "Orlando", "Washington"} & set(places)


def test_a_nation_in_a_results_row_stays_a_place() -> None:
    _, orgs, places = _read("SOCCER - WORLD CUP QUALIFIERS", (
        "Results of World Cup qualifying matches on Saturday:\n"
        "In Tbilisi: Georgia 0 England 2 (Sheringham 15). Halftime 0-2.\n"))
    assert "England" in places and "England" not in orgs


def test_a_summary_row_and_a_row_after_a_label() -> None:
    _, orgs, _ = _read("SOCCER - ITALIAN SUMMARIES", (
        "Summaries of league matches on Sunday:\n"
        "Lazio 0 Internazionale 0. Halftime 0-0. Attendance 55,000\n"
        "Played on Friday: Nottingham Forest 0 Manchester United 4\n"))
    assert {"Lazio", "Internazionale", "Nottingham Forest", "Manchester United"} <= set(orgs)


def test_rows_outside_a_sports_story_stay_places() -> None:
    _, orgs, places = _read("CORN PLANTINGS", (
        "Plantings by state, in thousands of acres, the department said:\n"
        "Iowa 12 Utah 14\nOhio 9 Kansas 11\n"))
    assert "Utah" not in orgs and "Utah" in places


def test_a_sport_labelled_headline_makes_a_sports_story() -> None:
    body = "Stage results:\n1. Erik Zabel (Germany) Telekom 4 hours 52 minutes\n"
    assert not sports_text(body)
    mark_sports_headline("CYCLING - ZABEL WINS STAGE", body)
    assert sports_text(body)
    other = "Results:\n1. Jan Smit (Germany) Acme 4 hours\n"
    mark_sports_headline("GERMANY - BONN TALKS", other)
    assert not sports_text(other)


def test_cycling_teams_after_a_riders_country() -> None:
    people, orgs, places = _read("CYCLING - TOUR STAGE RESULTS", (
        "Stage results:\n"
        "1. Erik Zabel (Germany) Telekom 4 hours 52 minutes 11 seconds\n"
        "2. Frederic Moncassin (France) Gan same time\n"
        "3. Djamolidine Abdoujaparov (Uzbekistan) Refin s.t.\n"))
    assert {"Telekom", "Gan", "Refin"} <= set(orgs)
    assert "Gan" not in places and "Erik Zabel" in people


def test_golf_leaderboard_rows_are_players() -> None:
    people, orgs, _ = _read("GOLF - LEADING SCORES", (
        "Leading second round scores:\n"
        "135 Ernie Els 68 67, Colin Montgomerie (Britain) 67 68\n"
        "141 Mark O'Meara (U.S.) 70 71, David Frost 73 68\n"))
    assert {"Mark O'Meara", "David Frost", "Ernie Els"} <= set(people)
    assert not {"Mark O'Meara", "David Frost"} & set(orgs)


def test_a_sports_role_before_a_name_makes_a_person() -> None:
    people, orgs, _ = _read("SOCCER - IRAN THROUGH", (
        "Iran reached the quarter-finals of the cup with a 2-1 win in the match on Tuesday. "
        "Iraq equalised before halftime but substitute Khodadad Azizi scored the winner."))
    assert "Khodadad Azizi" in people


def test_a_sports_headlines_subject_is_no_speaker() -> None:
    people, _, _ = _read("CRICKET - SCOREBOARD", "Scoreboard of the first test on Friday:\n"
                                                 "To bat: J. Gillespie\n")
    assert "Scoreboard" not in people
    people, _, _ = _read("TRADE CURBS UNJUSTIFIED - YEUTTER", "The curbs were unjustified.")
    assert people == ["Yeutter"]
