"""People named in capitals headlines, where case says nothing."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.headline import headline_people
from newsearch.extract.scan import runs


def _names(headline: str) -> list[str]:
    found, prev = [], None
    for run in runs(headline, True):
        found += [name for name, _s in headline_people(run, prev)]
        prev = run
    return found


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


def test_who_said_it_closes_a_wire_headline() -> None:
    # After a closing dash (spaced, doubled, or tight after a common word) or a comma.
    for headline in ("CORN DECISION UNJUSTIFIED - ZORBEK", "DOLLAR SHOULD STAY SAME-ZORBEK",
                     "NO PLANS TO CUT DISCOUNT RATE -- ZORBEK", "YEN RISE WOULD HURT, ZORBEK"):
        assert _names(headline) == ["Zorbek"], headline
    assert _names("PARIS MEET SET NO TARGETS - QUILL-PEMBROKE") == ["Quill-Pembroke"]
    # Not a hyphenated firm, a list of names, an acronym, a common word or a verb.
    for headline in ("TO MAKE DRUG FOR ZIBA-GORRAN", "BOARD SEEKS REMOVAL OF SORBELL, WARDLE",
                     "WHEAT FREE OF WINTERKILL - USDA", "LOAN PLAN BACKED - ANALYSTS",
                     "TALKS MAY FAIL - SAYS"):
        assert _names(headline) == [], headline


def test_who_said_it_counts_only_without_a_story_of_its_own() -> None:
    people, _orgs = extract_actors("CORN DECISION UNJUSTIFIED - ZORBEK\n")[:2]
    assert people == ["Zorbek"]
    # With a story under it, the story names its speaker itself (or not at all).
    story = ("CORN DECISION UNJUSTIFIED - ZORBEK\nThe decision by Canada's tribunal in Ottawa "
             "hurts farmers in Iowa, Acme Corp and the Corn Growers Association said.\n")
    assert "Zorbek" not in extract_actors(story)[0]


def test_a_word_wire_copy_writes_in_capitals_is_no_surname() -> None:
    # Learned from the stories' mixed-case text (data/acronyms.txt): "USDA", "NYSE".
    assert _names("USDA SAYS WHEAT PURCHASED FROM FOREIGN SELLERS") == []
    assert _names("NYSE SEES NO PROBLEM ON RULE INTERPRETATION") == []
    assert _names("YEUTTER SEES NO PROBLEM ON RULE INTERPRETATION") == ["Yeutter"]
