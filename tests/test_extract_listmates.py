"""A name listed among settled bodies is a body (extract/listmates.py), through extract_actors."""

from __future__ import annotations

from newsearch.extract import extract_actors

_SETTLED = "Kelvara said sales rose. Dornfeld said sales fell. "


def test_a_name_listed_beside_two_bodies_is_a_body() -> None:
    for tail in ("Portal sites, like Kelvara, Dornfeld, and Zantrix, offer games.",
                 "Kelvara, Dornfeld and Quillens all cut prices."):
        people, orgs = extract_actors(_SETTLED + tail)
        assert {"Kelvara", "Dornfeld"} <= set(orgs)
        assert "Zantrix" in orgs or "Quillens" in orgs
        assert not people


def test_a_firms_name_joined_by_and_or_a_person_in_the_list_is_left_alone() -> None:
    _people, orgs = extract_actors(_SETTLED + "The deal involves Kelvara, Dornfeld and Brown "
                                   "and Mortlake.")
    assert not {"Brown", "Mortlake"} & set(orgs)  # one firm's name, "Brown and Mortlake"
    people, orgs = extract_actors(_SETTLED + "Analysts at Kelvara, Dornfeld and Jane Marsh "
                                  "agreed.")
    assert "Jane Marsh" in people and "Jane Marsh" not in orgs


def test_one_body_in_a_list_is_not_enough() -> None:
    _people, orgs = extract_actors("Kelvara said sales rose. Kelvara, Dornfeld and Quillens "
                                   "all cut prices.")
    assert "Quillens" not in orgs
