"""Cues around a name its own words leave open: pairs, trade roles, places beside names."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.namecues import (
    JOB_BEFORE,
    after_demonym,
    caps_trim,
    common_word_after_first,
    duo,
    in_country,
    job_after,
    month_given,
    name_before_for,
    place_before_name,
    ranked,
    role_named,
    trade_role,
)
from newsearch.extract.scan import runs


def test_pairs_trade_roles_and_titles_places() -> None:
    assert duo("Richard & Judy") and duo("Serbia & Montenegro") and not duo("Marks & Spencer")
    [run] = [r for r in runs("the rival oil major Zentrol rose") if r.keys[0] == "zentrol"]
    assert trade_role(run, "major") == "firm"
    [run] = [r for r in runs("the major Zentrol rose") if r.keys[0] == "zentrol"]
    assert trade_role(run, "major") == "major"
    run = runs("He met the Ambassador to Athens Nazmi Akiman there.")[1]
    assert place_before_name(run, 0, 3, list(run.keys))
    run = runs("He met Athens Nazmi Akiman there.")[0]
    assert not place_before_name(run, 0, 3, list(run.keys))  # no "to" or "in" before


def test_after_demonym_full_name_or_surname_with_a_cue() -> None:
    [run] = [r for r in runs("They met Australian Lynton Crosby there.") if r.keys[0] != "they"]
    assert after_demonym(run, 0, 3, run.keys, False, "met")
    [run] = runs("shares of American Express rose")
    assert not after_demonym(run, 0, 2, run.keys, False, "of")  # a firm, no cue
    [run] = runs("then American Davenport said")
    assert after_demonym(run, 0, 2, run.keys, True, "then")
    [run] = runs("the Nigerian Brass River field")
    assert not after_demonym(run, 0, 3, run.keys, False, "the")  # a feature's name


def test_common_word_inside_a_hyphenated_surname() -> None:
    [run] = runs("and Peter Hulme-Cross were elected")
    assert not common_word_after_first(run, 0, run.keys)
    [run] = runs("the Tri-Nations series")
    assert common_word_after_first(run, 0, run.keys)


def test_in_country_closes_an_address() -> None:
    [run] = [r for r in runs("A bus crashed in Rio Grande do Sul, Brazil, killing seven.")
             if r.keys[0] == "rio"]
    assert in_country(run)
    [run] = [r for r in runs("He met John Smith, Brazil's president.") if r.keys[0] == "john"]
    assert not in_country(run)


def test_acronyms_around_a_name() -> None:
    run = runs("The lawyer Andrew Nicol QC said no.")[0]
    assert caps_trim(run, 0, 3) == (0, 2)  # honours cut
    assert extract_actors("The lawyer Andrew Nicol QC said the law was unfair.")[0] \
        == ["Andrew Nicol"]
    assert extract_actors("GATT Michael Samuels said the talks would go on.")[0] \
        == ["Michael Samuels"]
    assert extract_actors("Author JK Rowling said the book was finished.")[0] == ["JK Rowling"]
    for text in ("Sales of the Harry Potter DVD rose on Monday.",
                 "Apple released its Mac OSX software on Friday.",
                 "Officials at UK Athletics said the team was picked."):
        assert extract_actors(text)[0] == []


def test_a_plural_after_the_names_a_group() -> None:
    assert extract_actors("Fans of the Stone Roses and the Bee Gees, say, came.")[0] == []
    # A party's members stay the party; a given name opens a person's name.
    assert extract_actors("Both the Liberal Democrats and Chris Evans said no.") \
        == (["Chris Evans"], ["Liberal Democrats"])
    assert extract_actors("It was the Michael Owens show at Anfield.")[0] \
        == ["Michael Owens"]
    assert extract_actors("It was the Serena Williams show at Wimbledon.")[0] \
        == ["Serena Williams"]


def _job(text: str, name: str) -> bool:
    return job_after(next(r for r in runs(text) if r.surface() == name))


def test_a_job_title_after_a_comma_is_a_persons() -> None:
    assert _job("Tom Vell, executive vice president, resigned.", "Tom Vell")
    assert _job("Ann Roe, vice president sales, left.", "Ann Roe")
    assert _job("said Ann Roe, chief\neconomist.", "Ann Roe")
    # A title before its holder's name belongs to the holder, not the run before it.
    assert not _job("But at Bank Zed, deputy chief economist Ann Roe said so.", "Bank Zed")
    assert not _job("Ann Roe, the president, said so.", "Ann Roe")


def test_a_post_of_something_in_apposition_is_a_persons() -> None:
    assert _job("Zorbu Klanic, the mayor of Vell, resigned.", "Zorbu Klanic")
    assert _job("Tom Vell, a former leader of the party, left.", "Tom Vell")
    assert not _job("Vellton, the capital of Zed, was hit.", "Vellton")  # no post
    assert not _job("Rep. Ann Roe, D-Mass, the chairman of the panel, spoke.", "D-Mass")
    people, _ = extract_actors("Zorbu Klanic, the mayor of Vellton, resigns.")
    assert people == ["Zorbu Klanic"]


def test_what_befalls_only_a_person_names_one() -> None:
    for text in ("Zorbu Klanic is sentenced to ten years in prison.",
                 "Zorbu Klanic is formally sworn in as president.",
                 "Zorbu Klanic was arrested at the border."):
        assert extract_actors(text)[0] == ["Zorbu Klanic"], text
    # A project is "born"; a firm is arrested by no one; one word says too little.
    assert extract_actors("The Vell Orchestra Project was born there.")[0] == []
    assert extract_actors("Klanic is sentenced to ten years.")[0] == []


def test_an_article_and_a_trade_before_a_job_and_its_body_after_a_comma() -> None:
    assert _job("Kell Varo, chief revenue officer at Vexa.com, said so.", "Kell Varo")
    assert _job("Kell Varo, a former director of the bank, said so.", "Kell Varo")
    assert _job("Kell Varo, head of the board, said so.", "Kell Varo")
    assert "Kell Varo" in extract_actors("Kell Varo, editor of Zed Weekly, said so.")[0]
    # A verb or an auxiliary before the job: no apposition; nor a bond issue's lead manager.
    assert not _job("It sold Vexa Tarn, will be chairman of it.", "Vexa Tarn")
    assert not _job("It fell at Vexa Tarn, said the chairman of it.", "Vexa Tarn")
    assert not _job("It was led by Vexa Tarn, lead manager for the issue.", "Vexa Tarn")
    assert not _job("It sold Vexa Tarn, a unit of Zed.", "Vexa Tarn")  # no person's job


def _ranked(text: str, name: str) -> bool:
    run = next(r for r in runs(text) if r.surface() == name)
    return ranked(run, run.prev_word(), len(run.words))


def test_a_trade_opening_a_sentence_is_cut_from_the_name() -> None:
    people, _ = extract_actors("It lost. Cinematographer John Mathieson, who was nominated "
                               "before, was also up.")
    assert "John Mathieson" in people and "Cinematographer John Mathieson" not in people
    people, _ = extract_actors("He came. Victor Hugo Smith said so.")
    assert "Victor Hugo Smith" in people  # a given name, no trade
    people, _ = extract_actors("Odds fell. Bookmaker William Hill cut the odds to 2-1.")
    assert "William Hill" not in people  # a firm's trade


def test_a_role_noun_before_a_name_outweighs_an_org_word_in_it() -> None:
    people, orgs = extract_actors("The film stars comedy star Lenny Hayden Church as a cook.")
    assert "Lenny Hayden Church" in people and "Lenny Hayden Church" not in orgs
    people, orgs = extract_actors("Ghana goalkeeper Energy Zorvak saved twice.")
    assert "Energy Zorvak" in people and "Energy Zorvak" not in orgs
    people, orgs = extract_actors("They sold the rights to publisher Jason Zorvak.")
    assert "Jason Zorvak" in people and "Jason Zorvak" not in orgs
    assert role_named(0, 2, ["jason", "zorvak"], "Jason Zorvak", "publisher")
    assert not role_named(0, 2, ["santos", "ltd"], "Santos Ltd", "producer")  # a firm's suffix
    assert not role_named(0, 2, ["dundee", "united"], "Dundee United", "host")  # a town's side
    assert not role_named(0, 2, ["the", "zorvaks"], "The Zorvaks", "act")  # a band
    assert not role_named(0, 2, ["tv", "diaries"], "TV Diaries", "nominee")  # an acronym
    # Callers skip the call unless the word before is one of JOB_BEFORE: it holds them all.
    assert {"star", "publisher", "goalkeeper"} <= JOB_BEFORE
    assert not role_named(0, 2, ["jason", "zorvak"], "Jason Zorvak", "said")


def test_an_age_before_a_name_makes_it_a_persons() -> None:
    assert _ranked("The 18-year-old Zorvak won again.", "Zorvak")
    assert not _ranked("The 31-year-old Scot was banned.", "Scot")  # of Scotland
    assert not _ranked("The 32-year-old American Jew spoke.", "American Jew")
    assert not _ranked("The 35-year-old Zorvak runner may start.", "Zorvak")
    assert not _ranked("The 150-year-old Zorvak closed.", "Zorvak")  # a firm's age
    assert _ranked("The 22-year-old Zorvak later won.", "Zorvak")
    people, _ = extract_actors("India's Lania Zorvak reached the final. The 18-year-old "
                               "Zorvak beat the top seed.")
    assert "Lania Zorvak" in people


def test_a_players_rank_before_a_full_name_is_a_persons() -> None:
    assert _ranked("He will face world number 30 Harel Levy on Friday.", "Harel Levy")
    assert _ranked("British number one Tiger Woods spoke.", "Tiger Woods")
    assert not _ranked("Number three Chrysler's sales rose.", "Chrysler")
    assert not _ranked("They won 30 Tiger Woods medals.", "Tiger Woods")
    people, _ = extract_actors("Rusedski will take on former world number 30 Harel Levy.")
    assert "Harel Levy" in people
    people, _ = extract_actors("Rusedski will take on former rival Harel Levy.")
    assert "Harel Levy" not in people
    people, _ = extract_actors("He lives at number 10 Downing Street now.")
    assert people == []  # an address's number: the street's tail names no one


def test_a_months_short_form_may_be_a_given_name() -> None:
    assert month_given("Jan Egeland", ["jan", "egeland"])
    assert not month_given("Jan Friday", ["jan", "friday"])
    assert not month_given("JAN REUTER", ["jan", "reuter"])
    assert not month_given("Jan T", ["jan", "t"])
    assert not month_given("June Grewcock", ["june", "grewcock"])  # a full month opens a date
    people, _ = extract_actors("Relief chief Jan Egeland said aid was late.")
    assert people == ["Jan Egeland"]
    people, _ = extract_actors("Sales in Jan rose 5 pct, the company said.")
    assert people == []


def test_a_work_cue_spreads_to_the_title_s_other_mentions() -> None:
    people, _ = extract_actors("Mike Leigh is the outsider for Vera Drake, a position he holds. "
                               "Vera Drake star Imelda Staunton has 5/1 odds.")
    assert "Vera Drake" not in people and {"Mike Leigh", "Imelda Staunton"} <= set(people)


def test_an_acronym_before_a_capitalised_given_name_is_a_body() -> None:
    # "Uk" is a given name, but "UK" after "AOL" is the firm's unit, not someone.
    assert extract_actors("He is Chief Executive of AOL UK and more.")[0] == []


def _for(text: str, name: str) -> int:
    run = next(r for r in runs(text) if r.words[0] == name)
    return name_before_for(run, 0)


def test_a_name_glued_by_for_to_what_it_is_named_for() -> None:
    people, _ = extract_actors("The runner-up was Martin Zorvak for The Long Road.")
    assert people == ["Martin Zorvak"]
    people, _ = extract_actors("Nominees are Luc Brandell for Cruel and Tender and Simon "
                               "Quell for Night Work.")
    assert {"Luc Brandell", "Simon Quell"} <= set(people)
    assert _for("He came on as Ferenc Vexa for Zorvak late on.", "Ferenc") == 2
    # A body's, a firm's or an award's word before "for" names no one.
    assert not _for("The Peter Zorvak Award For Comedy went to her.", "Peter")
    assert not _for("The George Zorvak Foundation for Southern Africa paid.", "George")
    assert not _for("He sold it to Morgan Zorvak Ltd for Vexa shares.", "Morgan")
    # A rare given name before a common word; a lone letter after "for" (a mis-decoded "£").
    assert not _for("He left Ivy Road Rovers for Vexa.", "Ivy")
    assert not _for("He joined from Anna Zorvak for \u00c2\u00a31m.", "Anna")


def test_market_leader_and_rival_before_a_plain_name_are_trade_nouns() -> None:
    [run] = [r for r in runs("It trails market leader Quorvo.") if r.keys[0] == "quorvo"]
    assert trade_role(run, "leader") == "firm"
    [run] = [r for r in runs("It met Tory leader Quorvo.") if r.keys[-1] == "quorvo"]
    assert trade_role(run, "leader") == "leader"
    assert trade_role(run, "rival", plain=True) == "firm"
    assert trade_role(run, "rival", plain=False) == "rival"
    _, orgs = extract_actors("Market leader Quorvo has given away games. The firm lost out to "
                             "larger rival Zentrol on Monday.")
    assert {"Quorvo", "Zentrol"} <= set(orgs)
    people, orgs = extract_actors("Henman beat his British rival Greg Rusedski in Dubai. Labour "
                                  "leader Michael Howard spoke.")
    assert "Greg Rusedski" in people and "Michael Howard" in people
    assert not {"Greg Rusedski", "Michael Howard", "Henman"} & set(orgs)
    _, orgs = extract_actors("Many rival ISPs offer it. A rival UWB standard is near.")
    assert orgs == []


def test_elected_or_killed_names_a_person_unless_the_name_is_no_subject() -> None:
    for text in ("Zorbu Klanic is elected leader of the party.",
                 "Zorbu Klanic is re-elected president of the group.",
                 "Zorbu Klanic is shot dead in Vellton."):
        assert extract_actors(text)[0] == ["Zorbu Klanic"], text
    # After "of the" the name is not what is killed; a drone is "shot down", no one.
    assert extract_actors("A member of the Vell Support Mission is killed.")[0] == []
    assert extract_actors("A Zorbu Klanic drone is shot down.")[0] == []


def test_article_joined_by_hyphen_is_no_of_place() -> None:
    people, _ = extract_actors("Oil Minister Omar al-Sabah said output would rise.")
    assert people == ["Omar al-Sabah"]
