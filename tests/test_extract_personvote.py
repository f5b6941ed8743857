"""Direct tests of extract/personvote.py: the person votes on a stretch no body claimed."""

from __future__ import annotations

from conftest import run_named
from newsearch.extract.collect import Collector
from newsearch.extract.personvote import person_vote


def _vote(text: str, surface: str, *, before: str = "", titled: bool = False) -> Collector:
    run = run_named(text, surface)
    sep, nxt = run.next_word()
    col = Collector()
    person_vote(run, 0, len(run.words), titled, col, 0, before, sep, nxt,
                run.text[run.end:run.end + 3], False, False, run.surface(), run.keys[:])
    return col


def test_a_title_or_said_makes_a_person_vote() -> None:
    col = _vote("Officials met Gerhard Stoltenberg today.", "Gerhard Stoltenberg", titled=True)
    assert set(col.votes) == {"gerhard stoltenberg"}
    said = _vote("He left. Boynton said it would fall.", "Boynton")
    assert said.said == [("boynton", "Boynton", 0)] and not said.votes


def test_a_lone_word_without_evidence_waits_and_no_one_is_a_common_word() -> None:
    col = _vote("The talks with Hewitt went on.", "Hewitt")
    assert col.singles and col.singles[0][:2] == ("hewitt", "Hewitt") and not col.votes
    col = _vote("The talks with Energy went on.", "Energy", titled=True)
    assert not col.votes and not col.singles  # "Energy" is no one's surname


def test_a_known_given_name_makes_a_full_name_a_person() -> None:
    col = _vote("Talks with David Hewitt went on.", "David Hewitt")
    assert "david hewitt" in col.votes
    col = _vote("The Geneva Convention was signed.", "Geneva Convention")
    assert not col.votes and not col.weak  # a treaty's tail names nobody
    for text, name in (("A plant at Dakota City closed.", "Dakota City"),
                       ("The Christian Democrat party met.", "Christian Democrat"),
                       ("The Hang Seng index fell.", "Hang Seng"),  # a share index
                       ("The Kenneth Fire burned on.", "Kenneth Fire"),  # a wildfire
                       ("Rain fell in Rio Grande do Sul.", "Rio Grande do Sul"),  # a region
                       ("Chairman John Dingell, D-Mich., said so.", "D-Mich")):
        col = _vote(text, name)
        assert not col.votes and not col.weak, name  # a town, a party's member, ...
    col = _vote("Talks with Zoltrak Hewitt went on.", "Zoltrak Hewitt")
    assert not col.votes and col.weak == [("Zoltrak Hewitt", 0)]  # a name if "Mr Hewitt" is one


def test_a_saints_or_an_articles_place_prefix_opens_no_ones_name() -> None:
    for text, name in (("The game Grand Theft Auto: San Andreas sold well.", "San Andreas"),
                       ("Workers near Los Alamos said it.", "Los Alamos"),
                       ("Shares in Santa Barbara Savings rose.", "Santa Barbara Savings")):
        col = _vote(text, name)
        assert not col.votes and not col.weak and not col.said, name
    col = _vote("Talks with Le Pen went on.", "Le Pen", titled=True)
    assert "le pen" in col.votes  # "Le", "La", "El" open surnames too
    col = _vote("Talks with San Andreas went on.", "San Andreas", titled=True)
    assert "san andreas" in col.votes  # a title before still makes a person


def test_a_ship_or_a_site_named_like_a_person_gets_no_vote() -> None:
    col = _vote("Then the Zorvian liner Marek Bolgan sank.", "Marek Bolgan", before="liner")
    assert not col.votes and not col.weak
    col = _vote("A liner, the Admiral Tusk, sank.", "Admiral Tusk", before="the", titled=True)
    assert not col.votes
    col = _vote("Work on the David Hewitt airport began.", "David Hewitt", before="the")
    assert not col.votes and not col.weak
    col = _vote("Delays at the David Hewitt nuclear power plant grew.", "David Hewitt",
                before="the")
    assert not col.votes
    col = _vote("The carrier USS David Hewitt sailed.", "USS David Hewitt")
    assert not col.votes and not col.weak  # a navy's prefix opens the run
    col = _vote("The carrier HMS David Hewitt sailed.", "HMS David Hewitt")
    assert not col.votes and not col.weak
    col = _vote("Talks with David Hewitt went on.", "David Hewitt")
    assert "david hewitt" in col.votes  # the same name anywhere else is a person's


def test_a_nationality_after_a_rare_given_name_ends_a_firms_name_not_a_persons() -> None:
    col = _vote("Output of Royal Dutch rose sharply.", "Royal Dutch")
    assert col.votes["royal dutch"].org == 1 and col.votes["royal dutch"].person == 0
    col = _vote("The critic Philip French wrote it.", "Philip French")
    assert col.votes["philip french"].person == 1 and col.votes["philip french"].org == 0


def test_two_words_are_cut_at_an_acronym_or_an_opening_nationality() -> None:
    # (person_vote asks trim_edges of two words only with a word in capitals or a
    # nationality first: these are those pairs.)
    col = _vote("The shop sold Marek DVD sets.", "Marek DVD")
    assert not col.votes and not col.weak  # a product's name
    col = _vote("Then American Bolgan said it.", "American Bolgan")
    assert col.said == [("bolgan", "Bolgan", 0)] and not col.votes  # the nationality cut
    col = _vote("Then American Bolgan said it.", "American Bolgan", titled=True)
    assert "american bolgan" in col.votes and not col.said  # (a title keeps the pair whole)
