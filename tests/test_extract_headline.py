"""People named in capitals headlines, where case says nothing."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.headline import headline_people
from newsearch.extract.scan import runs


def _names(headline: str) -> list[str]:
    return [name for run in runs(headline, True) for name, _s in headline_people(run, None)]


def test_subject_of_says_it_is_a_body() -> None:
    # "SAYS IT": a firm speaks; "SAYS HE": a person.
    assert _names("ACME SAYS IT SOLD 40 MLN DLRS OF BONDS") == []
    assert _names("ROSTENKOWSKI SAYS HE WILL OPPOSE TRADE BILL") == ["Rostenkowski"]


def test_three_letters_are_an_acronym() -> None:
    assert _names("XYZ SAYS DISTILLATE STOCKS OFF 4.4 MLN BBLS") == []
    assert extract_actors("QRS SEES HIGHER PROFITS IN 1987\n")[0] == []


def test_end_of_a_longer_name_is_no_surname() -> None:
    # "AMERICAN BRANDS", "TORONTO SUN": a word after another is a body's name's end ...
    assert _names("AMERICAN BRANDS SEES RECORD FIRST QUARTER") == []
    assert _names("TORONTO SUN PLANS TWO-FOR-ONE STOCK SPLIT") == []
    # ... but not after a title, a verb, "AND" or a given name.
    assert _names("WHITE HOUSE SAYS REAGAN TO MEET PRESS") == ["Reagan"]
    assert _names("SHULTZ AND SHEVARNADZE TO MEET IN MOSCOW") == ["Shevarnadze"]
    assert _names("TREASURY SECRETARY BAKER SEES DOLLAR STABLE") == ["Baker"]


def test_given_name_opens_a_full_name_before_any_verb() -> None:
    assert _names("FBI DIRECTOR WILLIAM WEBSTER NOMINATED TO HEAD CIA") == ["William Webster"]
    assert _names("DONALD TRUMP TO BUY CASINO STOCK") == ["Donald Trump"]
    # A hyphen joins a firm's founders' names, not a given name to a surname.
    assert not {"Allen-Bradley", "Allen Bradley"} & set(_names("TDK, ALLEN-BRADLEY TO MAKE "
                                                               "MAGNETS"))
