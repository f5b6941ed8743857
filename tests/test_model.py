"""The shared data model's helpers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.model import iso_datetime


@settings(max_examples=300, deadline=None)
@given(st.datetimes(), st.booleans())
def test_iso_datetime_is_isoformat(value: datetime, aware: bool) -> None:
    if aware:
        value = value.replace(tzinfo=UTC)
    assert iso_datetime(value) == value.isoformat()
    assert iso_datetime(value) == value.isoformat()  # remembered


def test_iso_datetime_of_other_types_is_their_isoformat() -> None:
    assert iso_datetime(date(1987, 3, 9)) == "1987-03-09"  # type: ignore[arg-type]
    assert iso_datetime(datetime(5, 1, 2, 3, 4, 5, 60)) == "0005-01-02T03:04:05.000060"
