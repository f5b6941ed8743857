"""Titles of works and names of awards are neither people nor organisations."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.orgs import word_after
from newsearch.extract.scan import runs
from newsearch.extract.works import drop_works, work_names, work_title, works_and_series


def test_title_after_work_noun_is_a_work_everywhere() -> None:
    people, orgs = extract_actors(
        "The comedy sequel Meet the Fockers, with Ben Stiller, topped the chart. In Britain, "
        "Meet the Fockers pushed the drama Closer off the top spot.")
    assert people == ["Ben Stiller"]
    assert orgs == []


def test_ambiguous_noun_needs_a_determiner() -> None:
    text = "Storms hit Florida. Figures show Labour ahead. Her hit Hey Ya! sold well."
    assert work_names(runs(text)) == {"hey ya"}


def test_genre_after_any_lower_case_word_names_a_work() -> None:
    _, orgs = extract_actors("Critics liked the wine comedy Sideways. Sideways's Alexander Payne "
                             "and Ray's Taylor Hackford were nominated for the biopic Ray.")
    assert not {"Sideways", "Ray"} & set(orgs)
    assert work_names(runs("The boxing drama Million Dollar Baby won.")) == {"million dollar baby"}
    # After a capital the genre says nothing ("Comedy Central" is a channel's name).
    assert work_names(runs("He joined Comedy Central. Drama Centre staff left.")) == set()


def test_game_is_a_work_only_as_a_video_game() -> None:
    assert work_names(runs("After the game Arsenal manager Arsene Wenger was happy.")) == set()
    assert work_names(runs("The video game Halo 2 sold well.")) == {"halo 2"}


def test_title_links_and_subtitles() -> None:
    names = work_names(runs("the hit show Top of the Pops and the game video game Grand Theft "
                            "Auto: San Andreas; the albums Confessions and The Diary of Mia Lee"))
    assert {"top of the pops", "grand theft auto san andreas", "confessions"} <= names
    assert "confessions and the diary of mia lee" not in names


def test_possessive_then_work_noun() -> None:
    people, orgs = extract_actors(
        "Lord Smith told BBC Radio 4's Today programme he was sorry. Mr Jones told ITV's "
        "Tom Brown programme he was not.")
    assert "Today" not in orgs
    assert "Tom Brown" in people


def test_awards_are_no_bodies() -> None:
    _, orgs = extract_actors("Usher swept the board at the American Music Awards, with four "
                             "titles, and at the Soul Train Music Awards.")
    assert orgs == []
    assert drop_works(["Mercury Music Prize", "Sony", "Brit Award"], set()) == ["Sony"]
    assert drop_works(["NOBEL PRIZE", "Sony"], set()) == ["Sony"]  # in capitals too
    assert drop_works(["Prix Goncourt Prizé", "Sony"], set()) == ["Sony"]  # folded accents
    names = ["Sony", "Carl Wardle"]  # no work and no award: the list itself, no copy
    assert drop_works(names, set()) is names


def test_award_after_best_and_a_category() -> None:
    assert work_names(runs("She won the best actress Oscar in 2004.")) == {"oscar"}
    assert work_names(runs("He is the best signing Celtic ever made.")) == set()


def test_full_name_inside_a_longer_title_stays() -> None:
    works = {"the diary of alicia keys", "vera drake"}
    assert drop_works(["Alicia Keys", "Vera Drake", "Diary"], works) == ["Alicia Keys"]


def test_plural_work_noun_opens_a_list() -> None:
    names = work_names(runs("He starred in films such as Brass Eye, Cold Harbour, and Red Fox "
                            "in the 1990s. Critics show Tom Hall the door."))
    assert names == {"brass eye", "cold harbour", "red fox"}


def _cue(text: str, name: str) -> bool:
    run = next(r for r in runs(text) if r.surface() == name)
    sep, nxt = word_after(run, len(run.words))
    return work_title(run, len(run.words), run.prev_word(), sep, nxt)


def test_work_titles_name_no_one() -> None:
    assert _cue("The gritty abortion drama Vera Drake has won.", "Vera Drake")
    assert _cue("Then Vera Drake star Imelda Staunton spoke.", "Vera Drake")
    assert _cue("She won for her role in Vera Drake on Sunday.", "Vera Drake")
    assert not _cue("She won for her role in Mike Nichols' Closer.", "Mike Nichols")
    assert not _cue("Former Hammers star Joe Cole was hit.", "Hammers")
    assert not _cue("Vince Vaughn stars in a quirky movie.", "Vince Vaughn")
    people, _ = extract_actors("Vera Drake star Imelda Staunton thanked Mike Leigh. Her role in "
                               "Vera Drake won praise.")
    assert people == ["Imelda Staunton", "Mike Leigh"]


def test_a_soap_or_a_series_title_names_no_one() -> None:
    assert _cue("It faced the soap Coronation Street again.", "Coronation Street")
    assert _cue("He directed the US television series CSI: Crime Scene.", "CSI")
    assert extract_actors("He directed the US television series CSI: Crime Scene.") == ([], [])


def test_a_hit_single_a_game_or_a_biopic_is_a_work() -> None:
    assert _cue("They won best song for the single Hey Ya on Sunday.", "Hey Ya")
    assert _cue("It beat the acclaimed game Black Beauty in sales.", "Black Beauty")
    assert _cue("Scorsese's biopic Howard Hughes opens soon.", "Howard Hughes")
    # A match's "game" before a popular given name leads to a player.
    assert not _cue("At the end of the game Andre Nzame scored again.", "Andre Nzame")


def _series(text: str) -> set[str]:
    return works_and_series(runs(text))[1]


def test_an_instalments_ordinal_makes_a_name_a_series() -> None:
    assert _series("The third Milo Thorne film opens in May. Ian Hale's first Jack Castle "
                   "book sold well.") == {"milo thorne", "jack castle"}
    # No determiner or possessive before the ordinal, one word, or no capital after it.
    assert _series("Voters first Tom Hale met. In the second Bush term, the first Ann "
                   "Lee was gone; it was the first time.") == {"ann lee"}
    assert _series("It was the first time Tom Hale won.") == set()


def test_the_name_before_a_plural_work_noun_is_a_series() -> None:
    assert _series("She plays Ann in the Milo Thorne films. The Jack Castle games sold.") \
        == {"milo thorne", "jack castle"}
    # The singular names a director's or a star's film; no "the", no series.
    assert _series("She won for the Mike Hale film. He owns 34 Tom Reed films.") == set()


def test_a_subtitle_after_a_colon_inside_a_sentence() -> None:
    assert _series("It was shot when Milo Thorne: The Last Door was filmed.") == {"milo thorne"}
    # A headline or a sentence opening with the name and a colon names a person.
    assert _series("Tom Reed: The acting outlaw\n\nTom Reed: He said no.") == set()


def test_a_credited_name_stays_a_person() -> None:
    assert _series("The film, starring Tom Reed, topped the chart. It is the ninth Tom Reed "
                   "film to do so.") == set()


def test_a_series_name_is_no_one_and_bodies_stay() -> None:
    people, _ = extract_actors("The third Milo Thorne film was shot at Pinewood, said "
                               "producer Ann Reed.")
    assert people == ["Ann Reed"]
    text = "Ann Reed works for Acme Holdings Plc, and the Acme Holdings Plc games sold."
    assert _series(text) == {"acme holdings plc"}
    assert extract_actors(text)[1] == ["Acme Holdings Plc"]  # for people only
