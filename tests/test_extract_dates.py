"""Dates: datelines, explicit dates, relative mentions against a reference."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from newsearch.extract.dates import (
    _YEAR_ANY,
    _year_spans,
    dateline_date,
    extract_date,
    relative_date,
    split_dateline,
)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def test_reuters_dateline_takes_year_from_reference() -> None:
    ref = datetime(1987, 3, 30, 14, 22)
    assert extract_date("", "NEW YORK, March 30 -", ref) == datetime(1987, 3, 30)
    assert extract_date("", "TOKYO, Dec 31 -", datetime(1988, 1, 1)) == datetime(1987, 12, 31)


def test_no_year_no_reference_is_none() -> None:
    assert extract_date("Prices rose.", "WASHINGTON, March 3 -") is None


def test_head_dateline_and_full_dates() -> None:
    assert extract_date("DAMASCUS, May 22, 2015 (Reuters) - Shelling.") == datetime(2015, 5, 22)
    assert split_dateline("BEIRUT — Fighting resumed.")[0].startswith("BEIRUT")
    assert extract_date("The deal, signed on 4 July 2001, ended.") == datetime(2001, 7, 4)
    assert extract_date("Filed 2019-02-28 by staff.") == datetime(2019, 2, 28)


def test_a_dateline_on_its_own_line_with_a_numeric_date() -> None:
    assert split_dateline("BRUSSELS 1996-08-22\nThe Commission said.") == (
        "BRUSSELS 1996-08-22\n", 20)
    line = "AL-AIN , United Arab Emirates 1996-12-06\n"
    assert split_dateline(line + "Japan won.") == (line, len(line))
    # A date inside a sentence is no dateline.
    assert split_dateline("NEW YORK 1996-08-22 The talks ended.") == ("", 0)
    assert split_dateline("Shares rose 1996-08-22\n") == ("", 0)


FILLER = "The minister spoke to reporters about the plan for an hour. " * 8  # > LEAD_CHARS


def test_full_date_deep_in_a_story_is_what_it_tells_not_when_it_was_filed() -> None:
    assert len(FILLER) > 400
    assert extract_date(FILLER + "He was born in Glasgow on 20 February 1951.") is None
    assert extract_date(FILLER + "The talks resumed on 3 March 2005.") is None
    # A line of its own or a publication cue stands for the story's date wherever it is.
    assert extract_date(FILLER + "\nPublished 22 May 2015\n") == datetime(2015, 5, 22)
    assert extract_date(FILLER + "\n22 May 2015 14:05 GMT\n") == datetime(2015, 5, 22)
    assert extract_date(FILLER + " (posted May 22, 2015).") == datetime(2015, 5, 22)


def test_lead_date_that_bounds_a_period_or_tells_history_is_not_the_story_date() -> None:
    assert extract_date("The SEC extended the deadline until 15 July 2006.") is None
    assert extract_date("Profits for the three months to 31 December 2004 fell.") is None
    assert extract_date("He vanished 10 years ago, on 1 February 1995.") is None
    assert extract_date("Born in Luton on 5 April 1920, Hailey wrote novels.") is None
    # Later years named after it: the date is history ("met on 14 May, 1870 ... in 1995").
    assert extract_date("Nelson met on 14 May, 1870. They won the 1995 cup.") is None
    talks = "Troops met on 14 May 1994. Talks are due in 1995."
    assert extract_date(talks) == datetime(1994, 5, 14)


def test_year_on_another_line_is_no_part_of_the_date() -> None:
    assert extract_date("Friday, 25 February\n\n2000 GMT") is None


def test_relative_weekday_same_day_and_last() -> None:
    friday = datetime(2015, 5, 22, 18, 0)  # a Friday
    assert relative_date("Officials said on Friday that", friday) == datetime(2015, 5, 22)
    assert relative_date("It happened on Wednesday.", friday) == datetime(2015, 5, 20)
    assert relative_date("since last Friday", friday) == datetime(2015, 5, 15)
    assert relative_date("yesterday's vote", friday) == datetime(2015, 5, 21)
    assert extract_date("Troops left on Friday.", "", friday) == datetime(2015, 5, 22)
    assert extract_date("Troops left on Friday.") is None


@given(st.dates(min_value=datetime(1950, 1, 1).date(), max_value=datetime(2040, 12, 31).date()))
def test_month_day_year_roundtrip(d) -> None:
    text = f"The meeting of {MONTHS[d.month - 1]} {d.day}, {d.year} was short."
    assert extract_date(text) == datetime(d.year, d.month, d.day)


@given(st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=3000))
def test_weekday_never_after_reference(wd: int, offset: int) -> None:
    ref = datetime(2000, 1, 1) + timedelta(days=offset)
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    got = relative_date(f"on {name}", ref)
    assert got is not None and got.weekday() == wd
    assert timedelta(0) <= ref - got < timedelta(days=7)


def test_dateline_month_in_any_case() -> None:
    ref = datetime(1987, 2, 26, 16, 0)
    assert extract_date("", "WESTPORT, Conn., FEb 26 -", ref) == datetime(1987, 2, 26)


@given(st.text(alphabet="12890 -a_\u0663", max_size=40))
def test_year_spans_are_every_year_match(text: str) -> None:
    # The str.find scan must see exactly what scanning with the expression sees.
    assert _year_spans(text) == [m.span() for m in _YEAR_ANY.finditer(text)]


def test_year_spans_in_order_across_centuries() -> None:
    text = "From 2001 back to 1899, then 1987-03-02 and 11987."
    assert [text[a:b] for a, b in _year_spans(text)] == ["2001", "1899", "1987", "1987"]


def test_dateline_without_year_or_reference_is_none_but_full_dates_still_read() -> None:
    assert dateline_date("NEW YORK, March 3 -") is None
    assert dateline_date("NEW YORK, March 3, 1987 -") == datetime(1987, 3, 3)
    assert dateline_date("LONDON, 1987-03-02 -") == datetime(1987, 3, 2)
    assert dateline_date("NEW YORK, March 3 -", datetime(1987, 3, 4)) == datetime(1987, 3, 3)


def test_a_capitals_headline_is_no_dateline() -> None:
    assert split_dateline("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n") == (
        "", 0)
    assert split_dateline("BEIRUT - Fighting resumed in the south.")[0] == "BEIRUT - "


def test_datelines_with_a_state_or_a_town_in_mixed_case() -> None:
    assert split_dateline("HARRISBURG, Pa., March 3 - A leak.")[0] == "HARRISBURG, Pa., March 3 - "
    assert split_dateline("Calgary, Alberta, March 16 - Oil.")[0] == "Calgary, Alberta, March 16 - "
    assert split_dateline("NEW YORK, MARCH 20 - Stocks.")[0] == "NEW YORK, MARCH 20 - "
    # A mixed-case town needs a month and a day: a sentence with a dash is no dateline.
    assert split_dateline("Fighting resumed - the army said.") == ("", 0)
