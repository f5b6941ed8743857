"""Small look-ups on runs (extract/known.py)."""

from __future__ import annotations

from newsearch.extract.known import person_after_of
from newsearch.extract.scan import runs


def test_person_after_of_cuts_a_party_from_its_leader() -> None:
    run = runs("He said the Communist Party of Gennady Zyuganov would win.")[0]
    assert run.surface() == "Communist Party of Gennady Zyuganov"
    assert person_after_of(run, 0) == 2


def test_person_after_of_keeps_a_place_in_the_name() -> None:
    run = runs("He said the Bank of England Governor spoke.")[0]
    assert person_after_of(run, 0) == 0
    run = runs("The United Nations Association of Greater London met.")[0]
    assert person_after_of(run, 0) == 0
