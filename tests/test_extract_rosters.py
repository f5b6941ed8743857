"""Squad lists and team sheets that give players by initials without dots."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.rosters import initials_only, player_before, roster_entry
from newsearch.extract.scan import Run, runs

_SQUAD = ("The squad was named on Tuesday.\n\n"
          "60m: D Chin (Belgrave Harriers), J Gardener (Wessex and Bath).\n\n"
          "J McIlroy (Windsor AC), Jimmy Watkins (Cardiff AAC).\n\n"
          "K Wall (Basildon AC).\n\n"
          "C Paterson; S Webster, A Craig, CA del Fava, A N Other.\n")


def _run(text: str, first: str, second: str) -> Run:
    return next(r for r in runs(text) if r.words[:2] == [first, second])


def test_initials_without_dots() -> None:
    assert initials_only("D") and initials_only("KP")
    assert not initials_only("BBC") and not initials_only("Dr") and not initials_only("J.")


def test_roster_entries_open_with_initials_and_give_the_surname_start() -> None:
    assert roster_entry(_run(_SQUAD, "D", "Chin")) == 1
    assert roster_entry(_run(_SQUAD, "J", "McIlroy")) == 1  # beside a full name
    assert roster_entry(_run(_SQUAD, "K", "Wall")) == 1  # one entry, a common word
    assert roster_entry(_run(_SQUAD, "CA", "del")) == 1
    assert roster_entry(_run(_SQUAD, "A", "N")) == 0  # a placeholder


def test_prose_and_lone_articles_are_no_roster() -> None:
    text = "Shares rose, B Jones, a trader at a firm in London, said on Monday.\n"
    assert roster_entry(_run(text, "B", "Jones")) == 0
    text = "Intro.\n\nA Woman (2004).\n"
    assert roster_entry(_run(text, "A", "Woman")) == 0


def test_roster_players_are_people_by_surname() -> None:
    people, orgs = extract_actors(_SQUAD)
    assert {"Chin", "Gardener", "McIlroy", "Wall", "Paterson", "Webster", "Craig",
            "del Fava"} <= set(people)
    assert not any("Other" in p for p in people)
    # The clubs in brackets are clubs, not people.
    assert "Belgrave Harriers" in orgs and "Belgrave Harriers" not in people


def test_player_before_a_club_in_brackets() -> None:
    assert player_before("the side: G Murphy")  # an initial and a surname
    assert player_before("scored for S Grimes")  # a surname that is no given name
    assert not player_before("the coach John")  # a surname bracketed after a given name
    assert not player_before("")


def test_a_bracketed_surname_after_a_given_name_is_no_club() -> None:
    text = ("The rugby coach named the squad for the match. \"The coach John (Kirwan) has put "
            "together the best team,\" said the captain.\n\n"
            "G Thomas (Toulouse, capt); K Morgan (Cardiff), M Davies (Gloucester).\n")
    _people, orgs = extract_actors(text)
    assert "Kirwan" not in orgs
    assert {"Cardiff", "Gloucester"} <= set(orgs)
