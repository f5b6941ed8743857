"""Seats in a parliament: constituencies found by their members' titles."""

from __future__ import annotations

from newsearch.extract.scan import runs
from newsearch.extract.seats import add_seats, seat_names


def test_seat_names_after_for_and_before_the_title() -> None:
    text = "Mr Sayeed has been MP for Mid-Bedfordshire since 1997."
    (start, end), = seat_names(runs(text))
    assert text[start:end] == "Mid-Bedfordshire"
    text = "The Ealing North MP spoke and the former Labour MP left."
    assert [text[a:b] for a, b in seat_names(runs(text))] == ["Ealing North"]
    assert seat_names(runs("The current bid for a CBOE seat is high.")) == []
    assert seat_names(runs("Scottish Finance Minister, Tom McCabe MSP, spoke."),
                      {"tom", "mccabe"}) == []


def test_seats_are_appended_with_their_country() -> None:
    text = "The Bristol East MP spoke."
    places = add_seats([], seat_names(runs(text)), text)
    assert [(p.name, p.country, p.focus) for p in places] == [
        ("Bristol East", "United Kingdom", False)]
