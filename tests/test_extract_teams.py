"""Sports sides, results rows and scorers (extract/teams.py), through extract_actors."""

from __future__ import annotations

from conftest import run_named, runs
from newsearch.extract import enrich, extract_actors
from newsearch.extract.teams import competition, is_dateline, score_side, scorer
from newsearch.model import Article

_RESULTS = """Results of English premier league soccer matches on Saturday:

Arsenal 2 West Ham 0
Coventry 0 Nottingham Forest 3
Sheffield Wednesday 2 Aston Villa 1
"""


def test_whole_run_before_a_score_is_a_side() -> None:
    people, orgs = extract_actors(_RESULTS)
    for side in ("Arsenal", "West Ham", "Coventry", "Nottingham Forest",
                 "Sheffield Wednesday", "Aston Villa"):
        assert side in orgs
    assert people == []


def test_a_nation_in_a_fixture_stays_a_place() -> None:
    _, orgs = extract_actors("The referee from Saturday's France v Scotland Six Nations match "
                             "was criticised after the game.")
    assert "Scotland Six Nations" not in orgs


def test_town_before_a_team_role_or_after_for_is_a_club() -> None:
    people, orgs = extract_actors(
        "Newcastle manager Kevin Keegan said his side had been unlucky in the league. Alan "
        "Shearer scored twice for Newcastle against Wimbledon, while Chelsea beat Southampton.")
    assert {"Newcastle", "Wimbledon", "Chelsea", "Southampton"} <= set(orgs)
    assert "Kevin Keegan" in people


def test_towns_listed_with_a_side_are_sides() -> None:
    text = ("LONDON 1996-08-30\nPhil Simmons took four wickets as Leicestershire beat Somerset "
            "by an innings in the county championship . Title rivals Essex , Derbyshire and "
            "Surrey all closed in on victory.")
    people, orgs = extract_actors(text)
    assert {"Leicestershire", "Somerset", "Essex", "Derbyshire", "Surrey"} <= set(orgs)
    places = [p.name for p in enrich(Article(title="", body=text)).places]
    assert "Derbyshire" not in places and "London" in places
    # Outside a sports story a list of towns stays a list of places.
    _, orgs = extract_actors("Sales rose in Essex, Derbyshire and Surrey, the company said.")
    assert orgs == []


def test_town_context_needs_a_sports_story() -> None:
    _, orgs = extract_actors("The bank opened a branch for Newcastle customers. London won "
                             "the bid to host the conference.")
    assert "Newcastle" not in orgs and "London" not in orgs


def test_town_after_a_match_phrase_is_a_club() -> None:
    _, orgs = extract_actors(
        "The striker scored in the match, but the club went out of the cup at the hands of "
        "Auxerre. Next up is a game at home to Oldham, after a 2-2 draw with Leeds. He "
        "turned down a move to Bristol.")
    assert {"Auxerre", "Oldham", "Leeds", "Bristol"} <= set(orgs)
    # Outside a sports story the same phrases leave a town a place.
    _, orgs = extract_actors("The firm is moving its office at home to Oldham, and a "
                             "move to Bristol is planned.")
    assert "Oldham" not in orgs and "Bristol" not in orgs


def test_county_score_lines_and_points() -> None:
    text = ("Close of play scores in English county championship cricket matches:\n\n"
            "At Leicester: Leicestershire 343-8 declared (P. Simmons 108). Somerset 83-4.\n"
            "Glamorgan 259 and 50-1.\n\nStandings: Leicestershire 22 pts, Essex 20, "
            "Derbyshire 18.\n")
    people, orgs = extract_actors(text)
    assert {"Leicestershire", "Somerset", "Glamorgan", "Essex", "Derbyshire"} <= set(orgs)
    assert "Leicester" not in orgs
    assert "Simmons" not in orgs


def test_score_side_rejects_players_and_labels() -> None:
    text = "Golf scores in the open championship:\n\nIan Woosnam 66 66\nHalftime 2-0.\n"
    assert not score_side(run_named(text, "Ian Woosnam"), 0)
    assert not score_side(run_named(text, "Halftime"), 0)
    people, orgs = extract_actors(text)
    assert "Halftime" not in orgs and "Ian Woosnam" in people


def test_scorers_in_brackets_are_people_and_the_second_side_a_club() -> None:
    text = ("Summary of Dutch first division soccer match played on Thursday:\n\n"
            "Feyenoord 2 (Van Gastel 8, Larsson 45) Graafschap 0. Halftime 2-0.\n")
    assert scorer(run_named(text, "Larsson"))
    people, orgs = extract_actors(text)
    assert {"Van Gastel", "Larsson"} <= set(people)
    assert {"Feyenoord", "Graafschap"} <= set(orgs)
    assert "Halftime" not in orgs


def test_a_date_in_brackets_is_no_scorer() -> None:
    text = "Borrowing authority for fiscal 1987 (March 31) was cut, the league said."
    assert not scorer(run_named(text, "March"))


def test_team_after_a_drivers_country() -> None:
    text = ("Motor racing results of the Belgian Grand Prix championship race:\n\n"
            "1. Michael Schumacher (Germany) Ferrari 1:28:15.125\n"
            "2. Jacques Villeneuve (Canada) Williams 1:28:20.727\n\n"
            "Williams driver Damon Hill finished fifth.\n")
    people, orgs = extract_actors(text)
    assert {"Ferrari", "Williams"} <= set(orgs)
    assert {"Michael Schumacher", "Jacques Villeneuve", "Damon Hill"} <= set(people)


def test_events_are_neither_people_nor_bodies() -> None:
    people, orgs = extract_actors(
        "Arsenal lost in the FA Cup on Sunday. Spain won the Davis Cup final and he ran in "
        "the Athens Olympics and the London Marathon.")
    for event in ("FA Cup", "Davis Cup", "Athens Olympics", "London Marathon"):
        assert event not in people and event not in orgs


def test_a_clubs_name_that_is_a_players_surname_stays_the_player() -> None:
    people, orgs = extract_actors(
        "World number one Lindsay Davenport won the tennis match. Davenport defeated China's "
        "Jie Zheng 6-2 6-2 in the tournament.")
    assert "Lindsay Davenport" in people and "Davenport" not in orgs


def test_a_datelines_town_in_capitals_is_no_acronym() -> None:
    text = "FRANKFURT 1996-08-22\n"
    assert is_dateline(run_named(text, "FRANKFURT"))
    _, orgs = extract_actors("Daimler to cut jobs.\nFRANKFURT 1996-08-22\n\nDaimler-Benz AG "
                             "said on Thursday it would cut jobs.")
    assert "FRANKFURT" not in orgs and "Daimler-Benz AG" in orgs


def test_new_dropped_at_a_line_start_is_put_back() -> None:
    art = enrich(Article(title="Baseball results", body=(
        "Results of Major League Baseball games played on Thursday:\n\n"
        "Chicago Cubs 5 St Louis 3\nNew York Yankees 4 Baltimore Orioles 2\n")))
    assert "New York Yankees" in art.orgs_mentioned
    assert "York Yankees" not in art.people


def test_initial_and_surname_in_a_scorecard_are_people() -> None:
    people, _ = extract_actors(
        "England first innings\n\nM. Atherton b Waqar Younis 31\nA. Stewart b Mushtaq Ahmed "
        "44\n\nThe state of W. Va. was not named.")
    assert {"M. Atherton", "A. Stewart", "Waqar Younis", "Mushtaq Ahmed"} <= set(people)
    assert "W. Va" not in people


def test_squad_list_clubs_in_brackets() -> None:
    _, orgs = extract_actors(
        "Scotland rugby squad for the championship match: M Blair (Edinburgh), A Craig "
        "(Glasgow), S Grimes (Newcastle). Referee: R Styles (Hampshire).")
    assert {"Edinburgh", "Glasgow", "Newcastle"} <= set(orgs)
    assert "Hampshire" not in orgs


def test_lineup_names_are_players() -> None:
    people, orgs = extract_actors(
        "Liverpool won the league cup match after the striker scored.\n\n"
        "Liverpool: Dudek, Finnan, Carragher, Hyypia, Traore (Biscan 67), Hamann, Gerrard.\n\n"
        "Booked: Carragher, Hamann.\n")
    assert {"Dudek", "Carragher", "Hyypia", "Hamann"} <= set(people)
    assert "Carragher" not in orgs and "Liverpool" in orgs


def test_a_list_outside_sport_is_no_lineup() -> None:
    people, _ = extract_actors("Shares in Hanson, Lonrho, Pearson, Reuters, Unilever, Glaxo "
                               "and Boots rose in London trading.")
    assert "Lonrho" not in people and "Glaxo" not in people


def test_a_group_letter_is_no_body() -> None:
    _, orgs = extract_actors("Japan beat Syria in a Group C championship match. The Carlyle "
                             "Group said it would buy the club.")
    assert "Group C" not in orgs and "Carlyle Group" in orgs


def test_a_towns_possessive_before_a_player_role_is_the_club() -> None:
    people, orgs = extract_actors("Barcelona's Brazilian striker Ronaldo scored twice in the "
                                  "league match. London's mayor opened the season.")
    assert "Barcelona" in orgs and "Ronaldo" in people
    assert "London" not in orgs


def test_scorers_line() -> None:
    people, orgs = extract_actors("Juventus 2 Parma 1\n\nScorers: Ravanelli 5, Vialli 20, "
                                  "Crespo 60\n\nStandings: Leicestershire 22 pts, Essex 20.")
    assert {"Ravanelli", "Vialli", "Crespo"} <= set(people)
    assert {"Juventus", "Parma", "Leicestershire", "Essex"} <= set(orgs)


def test_results_rows_with_countries_give_competitors_and_sides() -> None:
    people, orgs = extract_actors(
        "Results from the golf tournament on Sunday:\n65 Retief Goosen (South Africa)\n"
        "66 Ato Boldon (Trinidad), Jiri Novak (Czech Republic)\n")
    assert people == ["Retief Goosen", "Ato Boldon", "Jiri Novak"] and orgs == []
    people, orgs = extract_actors(
        "UEFA Cup soccer results:\nAston Villa (England) 2 Helsingborg (Sweden) 0\n")
    assert orgs == ["Aston Villa", "Helsingborg"] and people == []
    # Outside a sports story a name and a country in brackets say nothing.
    assert extract_actors("The bank hired Retief Goosen (South Africa) in May.")[0] == []


def test_festivals_and_contests_are_events_not_bodies() -> None:
    _, orgs = extract_actors(
        "Organisers say this year's Berlin Film Festival, which opens on Thursday, will be "
        "big. The Eurovision Song Contest, which Abba won, is in May. The Festival sold out.")
    assert orgs == []


def test_a_league_played_in_is_a_competition_and_a_league_speaking_a_body() -> None:
    # A competition's noun after it, in any story; in a sports story any mention but a body's.
    _, orgs = extract_actors("The Champions League final will be in Istanbul, the bank said.")
    assert orgs == []
    _, orgs = extract_actors("Chelsea beat Arsenal 2-1 in the Champions League. The striker "
                             "scored twice, and Chelsea are top of the Premiership.")
    assert orgs == ["Chelsea"]
    # A body's cue after it or "by the" before it: the governing body.
    _, orgs = extract_actors("The Premier League said it would look at the match. The striker "
                             "scored goals in a contest organised by the Super League.")
    assert orgs == ["Premier League", "Super League"]
    # Outside sport a league is a body ("Arab League"), and the name's own sports words do
    # not make a story about sport.
    _, orgs = extract_actors("Officials met at the Arab League in Cairo on Monday.")
    assert orgs == ["Arab League"]
    _, orgs = extract_actors("The Argonauts of the Canadian Football League signed a lease.")
    assert "Canadian Football League" in orgs


def test_competition_reads_the_words_around_the_name() -> None:
    run = run_named("Fans watched the Champions League final.", "Champions League")
    assert competition(run, ["champions", "league"], " ", "final")
    assert not competition(run, ["champions", "league"], " ", "said")


def test_a_town_before_a_rugby_position_is_its_club() -> None:
    _, orgs = extract_actors(
        "England coach Andy Robinson named his squad for the Six Nations rugby match on "
        "Sunday after the try-scoring win. Bath prop Duncan Bell and Leicester flanker Lewis "
        "Moody were called up.")
    assert {"Bath", "Leicester"} <= set(orgs)


def test_a_clubs_name_of_several_words_in_a_sports_context_is_a_club() -> None:
    # A team role after the whole name, or a match's words around a name holding a big
    # town's: a club, however little its own words say.
    people, orgs = extract_actors(
        "The coach named his squad for the rugby match after the try-scoring win. Harbour "
        "Sharks prop Dan Coyle starts, and the club's striker scored twice in the cup clash "
        "with Kestrel Munich last season.")
    assert {"Harbour Sharks", "Kestrel Munich"} <= set(orgs)
    assert "Dan Coyle" in people
    # A person, a nation's side, a region's or a ground stays what it was.
    _, orgs = extract_actors(
        "The striker scored in the cup match. Marlo Vance beat Swede Jonas Berglind, the "
        "England A side lost, the Northern Hemisphere side won and he rejected a move to "
        "Goodison Park.")
    assert not {"Swede Jonas Berglind", "England A", "Northern Hemisphere",
                "Goodison Park"} & set(orgs)
    # Outside a sports story the same words leave the name alone.
    _, orgs = extract_actors("The Harbour Sharks team met the mayor on Monday.")
    assert "Harbour Sharks" not in orgs


def test_town_before_a_plural_verb_is_a_club_in_sports_copy() -> None:
    text = ("The rugby club lost the cup match. Bath have just been knocked out of Europe, "
            "but Gloucester are without their captain. Sessions in Limerick have helped "
            "him. The Republic have played China before. It was the best Liverpool I have "
            "seen, the coach said.")
    _people, orgs = extract_actors(text)
    assert "Bath" in orgs and "Gloucester" in orgs
    # An object of "in", a country's side after "the", a name before "I": no club.
    assert "Limerick" not in orgs and "Republic" not in orgs
    assert not any(o.startswith("Liverpool") for o in orgs)


def test_town_before_a_plural_verb_stays_a_place_outside_sport() -> None:
    _people, orgs = extract_actors("Bath have a new bypass, the council said on Monday.")
    assert "Bath" not in orgs


def test_one_word_club_before_a_position_and_a_player() -> None:
    text = ("The rugby coach named his squad for the cup match. He picked Yapp and Dragons "
            "lock Ian Gough, and Ospreys loose-head Duncan Jones. Diminutive wing Shane "
            "Williams scored. The Scottish flanker Simon Taylor and All Blacks captain Tama "
            "Umaga were there.")
    people, orgs = extract_actors(text)
    assert "Dragons" in orgs and "Ospreys" in orgs
    assert "Ian Gough" in people and "Duncan Jones" in people
    # A sentence's first word, a nationality, the last word of a longer name: no club.
    assert not {"Diminutive", "Scottish", "Blacks"} & set(orgs)


def test_position_words_need_a_sports_story() -> None:
    _people, orgs = extract_actors("The firm said Dragons lock Ian Gough had signed a deal.")
    assert "Dragons" not in orgs


def test_a_town_after_a_fixtures_verb_is_a_club_in_sports_copy() -> None:
    text = ("The coach picked his squad for the cup match. They play Chelsea on Sunday and "
            "then face Barcelona in the Champions League. Jones will face Olympic champion "
            "Stefano Baldini, and England play Italy next week.")
    _people, orgs = extract_actors(text)
    assert "Chelsea" in orgs and "Barcelona" in orgs
    # A role after the name, a nation's name: no club.
    assert "Olympic" not in orgs and "Italy" not in orgs


def test_a_fixtures_verb_needs_a_sports_story() -> None:
    _people, orgs = extract_actors("The band will play Chelsea next month, the promoter said.")
    assert "Chelsea" not in orgs


def test_the_word_before_a_run_settles_the_match_phrase_and_bracket_tests() -> None:
    # team_context asks _match_before only when the word before is a phrase's last word or
    # none, and _club_in_brackets only when there is none: what those tests rest on.
    from newsearch.extract.orgcues import word_before
    from newsearch.extract.teams import _MATCH_LAST_WORDS, _club_in_brackets, _match_before
    for text in ("Lost at the hands of Auxerre.", "A game at home to\tOldham.",
                 "A draw with  Leeds.", "Out.\n\nHe made the move to \nLazio.",
                 "He signed from\nBristol.", "S Grimes (Newcastle), T Brown (Derby)."):
        for run in runs(text):
            before = word_before(run)
            if _match_before(run.text, run.start):
                assert before in _MATCH_LAST_WORDS or not before, text
            if _club_in_brackets(run):
                assert not before, text
    assert _match_before("Lost at the hands of Auxerre.", 21)
