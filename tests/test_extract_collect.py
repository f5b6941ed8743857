"""Vote resolution (extract/collect.py)."""

from __future__ import annotations

from newsearch.extract.collect import Collector, resolve


def test_weak_body_vote_on_a_known_surname_goes_to_the_person() -> None:
    col = Collector()
    col.add("Lindsay Davenport", "person", 0)
    col.add("Davenport", "org", 1)
    people, orgs = resolve(col)
    assert people == ["Lindsay Davenport"] and orgs == []


def test_strong_body_vote_keeps_the_body() -> None:
    col = Collector()
    col.add("Henry Ford", "person", 0)
    col.add("Ford", "org", 1, 3)
    people, orgs = resolve(col)
    assert people == ["Henry Ford"] and orgs == ["Ford"]


def test_a_firms_first_word_alone_is_the_firm() -> None:
    col = Collector()
    col.add("Galactic Resources Ltd", "org", 0, 3)
    col.add("Galactic", "person", 1)  # "Galactic said"
    assert resolve(col) == ([], ["Galactic Resources Ltd"])


def test_a_surname_named_in_full_or_a_title_keeps_the_person() -> None:
    col = Collector()
    col.add("Ford Motor Co", "org", 0, 3)
    col.add("Gerald Ford", "person", 1)
    col.add("Ford", "person", 2)
    col.add("Chrysler Corp", "org", 3, 3)
    col.add("Chrysler", "person", 4, 2)  # "Mr Chrysler": a title
    people, orgs = resolve(col)
    assert people == ["Gerald Ford", "Chrysler"] and orgs == ["Ford Motor Co", "Chrysler Corp"]


def test_a_clubs_last_word_alone_joins_the_one_club_so_named() -> None:
    col = Collector()
    col.add("Manchester City", "org", 0, 3)
    col.add("City", "org", 1)  # "City manager"
    col.add("Oldham", "org", 2)
    assert resolve(col) == ([], ["Manchester City", "Oldham"])
    # Two clubs so named: "City" may be either, and stays.
    col.add("Leicester City", "org", 3, 3)
    assert resolve(col) == ([], ["Manchester City", "City", "Oldham", "Leicester City"])


def test_a_word_before_said_used_as_a_thing_is_no_body() -> None:
    # "said Chapter 11 protection would": the word after "said" is a thing elsewhere.
    col = Collector()
    col.singles.append(("chapter", "Chapter", 0, True))
    col.said.append(("chapter", "Chapter", 0))
    assert resolve(col)[1] == ["Chapter"]
    col.things["chapter"] = 1
    assert resolve(col) == ([], [])


def test_a_word_describing_a_person_before_the_surname_joins_the_full_name() -> None:
    from newsearch.extract import extract_actors

    people, _ = extract_actors("Fuming Robinson blasts officials\n\n"
                               "England coach Andy Robinson said the referee was wrong.")
    assert people == ["Andy Robinson"]
    # A full name before a comma stays, though its given name is unknown.
    people, _ = extract_actors("Moazzam Begg, from Birmingham, was freed. "
                               "His father Azmat Begg said he was happy.")
    assert people == ["Moazzam Begg", "Azmat Begg"]
    # The rest of the name is the full name the story gives elsewhere.
    people, _ = extract_actors("Broadcaster Chris Evans quits radio show\n\n"
                               "Chris Evans is to leave his breakfast show.")
    assert people == ["Chris Evans"]


def test_initials_alone_name_nobody() -> None:
    col = Collector()
    col.add("U", "person", 0, 2)  # "U.S officials" without the last stop
    col.add("C. J", "person", 1, 2)
    col.add("U Thant", "person", 2, 2)
    assert resolve(col) == (["U Thant"], [])


def test_a_bank_or_a_firm_in_one_compound_word_is_no_person() -> None:
    col = Collector()
    col.add("Bundesbank", "person", 0)  # "- Bundesbank" closing a table line
    col.add("Citicorp", "person", 1)
    col.add("Eubank", "person", 2)  # a surname: "eu" is too short to be a word of its own
    col.add("Fairbank", "person", 3)  # "fair" is a common word
    people, orgs = resolve(col)
    assert sorted(people) == ["Eubank", "Fairbank"] and sorted(orgs) == ["Bundesbank", "Citicorp"]


def test_add_bare_votes_a_body_and_counts_the_bare_vote() -> None:
    col = Collector()
    col.add_bare("P2P", 0)
    col.add_bare("P2P", 1)
    col.add("P2P", "org", 2)
    assert col.votes["p2p"].org == 3 and col.bare == {"p2p": 2}


def test_a_name_voted_as_often_a_body_as_a_person_is_the_body() -> None:
    col = Collector()
    col.add("Swiss Re", "org", 0)
    col.add("Swiss Re", "person", 1)
    col.add("Alcan", "person", 2)
    col.add("Alcan", "org", 3)
    people, orgs = resolve(col)
    assert people == [] and orgs == ["Swiss Re", "Alcan"]


def test_a_tie_stays_a_person_with_a_given_name_or_a_surname_used_alone() -> None:
    col = Collector()
    col.add("Michael Stone", "org", 0)
    col.add("Michael Stone", "person", 1)  # a given name opens it
    col.add("Spike Lee", "org", 2)
    col.add("Spike Lee", "person", 3)
    col.said.append(("lee", "Lee", 4))  # "Lee said": the surname alone
    col.weak.append(("Eidur Gudjohnsen", 5))
    col.add("Gudjohnsen", "org", 6)
    col.add("Gudjohnsen", "person", 7)  # the surname of a full name
    people, orgs = resolve(col)
    assert orgs == [] and {"Michael Stone", "Spike Lee", "Eidur Gudjohnsen"} <= set(people)


def test_a_name_seen_only_inside_a_bodys_name_opening_a_sentence_is_that_body() -> None:
    from newsearch.extract import extract_actors

    # The scanner drops a sentence's first common word: "Credit" is "Commercial Credit Co".
    text = ("Commercial Credit Co said it sold the unit. Commercial Credit said the price "
            "was fair.")
    assert extract_actors(text)[1] == ["Commercial Credit Co"]
    # Named alone elsewhere, it stays: that mention is no cut.
    text = ("Commercial Credit Co sold the unit. Commercial Credit said so. The deal was led "
            "by Credit, a broker.")
    assert extract_actors(text)[1] == ["Commercial Credit Co", "Credit"]


def test_given_name_votes_alone_leave_a_firms_short_form_to_the_firm() -> None:
    # "a Chase Manhattan official said" four times beside "Chase Manhattan Bank N.A.": each
    # mention's vote comes from "Chase" being a given name, none from a cue.
    col = Collector()
    col.add("Chase Manhattan Bank N.A.", "org", 0, 3)
    for pos in range(1, 5):
        col.add("Chase Manhattan", "person", pos, given=True)
    assert resolve(col) == ([], ["Chase Manhattan Bank N.A.", "Chase Manhattan"])


def test_a_title_or_the_surname_alone_keeps_the_founder_beside_the_firm() -> None:
    col = Collector()
    col.add("Abdulla Fouad and Sons Co", "org", 0, 3)
    col.add("Abdulla Fouad", "person", 1, 2)  # "chairman Abdulla Fouad"
    col.add("Abdulla Fouad", "person", 2, given=True)
    col.add("Stan Lee Media Inc", "org", 3, 3)
    for pos in range(4, 7):
        col.add("Stan Lee", "person", pos, given=True)
    col.add("Lee", "person", 7)  # "Lee said": the story calls him by his surname
    people, orgs = resolve(col)
    assert people == ["Abdulla Fouad", "Stan Lee"]
    assert orgs == ["Abdulla Fouad and Sons Co", "Stan Lee Media Inc"]
