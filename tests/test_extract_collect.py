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
