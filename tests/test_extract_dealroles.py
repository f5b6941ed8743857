"""Bodies named by their part in a bond or share issue (extract/dealroles.py)."""

from __future__ import annotations

from conftest import run_named
from newsearch.extract import extract_actors
from newsearch.extract.dealroles import co_manager, rated_by


def test_the_banks_before_co_managed_are_bodies_whatever_their_words() -> None:
    text = ("Norvex Corp is raising 90 mln dlrs through notes. Harold Quimby and Dorian "
            "Vance co-managed the deal.")
    people, orgs = extract_actors(text)
    assert {"Harold Quimby", "Dorian Vance"} <= set(orgs)
    assert not {"Harold Quimby", "Dorian Vance"} & set(people)
    listed = "Kessel Brand, Ortho Lane and Pym Carr co-managed the issue."
    assert all(co_manager(run_named(listed, name))
               for name in ("Kessel Brand", "Ortho Lane", "Pym Carr"))


def test_one_word_partners_listed_are_one_firm_and_other_verbs_say_nothing() -> None:
    # Three one-word names: one partnership's, read elsewhere, not three banks.
    text = "Robley, Fenn and Tasker co-managed the deal."
    assert not any(co_manager(run_named(text, name)) for name in ("Robley", "Fenn", "Tasker"))
    other = "Harold Quimby managed the deal and Dorian Vance said so."
    assert not co_manager(run_named(other, "Harold Quimby"))


def test_the_agency_that_rated_an_issue_is_a_body_even_named_like_a_town() -> None:
    text = ("The issue is rated A-2 by Moody's and AA-minus by Dunmore Rating. The notes are "
            "rated a top-flight AAA by both Moody's and Dunmore Rating.")
    _people, orgs = extract_actors(text)
    assert "Moody" in orgs
    assert rated_by(run_named(text, "Dunmore Rating"))
    plain = ("Rates offered by Moody banks rose. A report rated highly by John Halvorsen "
             "said rates would be lower by Friday.")
    assert not rated_by(run_named(plain, "Moody"))
    assert not rated_by(run_named(plain, "John Halvorsen"))
    assert not rated_by(run_named(plain, "Friday"))


def test_a_name_after_its_and_before_a_units_noun_is_a_body() -> None:
    _, orgs = extract_actors("The group said its Iveco truck unit and its Magneti Marelli "
                             "components arm did well, and its Barings investment banking arm.")
    assert orgs == ["Iveco", "Magneti Marelli", "Barings"]
    # A place or a nationality says where the unit is.
    assert extract_actors("It sold its Texas unit and its German arm.") == ([], [])
