"""Elided particles inside names (extract/elision.py, read by extract/scan.py)."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.elision import is_elided
from newsearch.extract.scan import runs


def test_elided_particle_before_a_capital() -> None:
    assert is_elided("d'Ormont")
    assert is_elided("l'Avenir")
    assert not is_elided("D'Arcy")  # a capital's apostrophe is the word's own
    assert not is_elided("don't")
    assert not is_elided("d'")


def test_a_run_goes_on_over_an_elided_particle() -> None:
    assert [r.words for r in runs("talks with Pierre Marchal d'Ormont ended")] == [
        ["Pierre", "Marchal", "d'Ormont"]]
    # After a connector too, and over French "des" and "et".
    assert [r.words for r in runs("the bank Caisse Rurale de l'Avenir said")] == [
        ["Caisse", "Rurale", "de", "l'Avenir"]]
    assert [r.words for r in runs("a unit of Union des Mutuelles et Caisses said")] == [
        ["Union", "des", "Mutuelles", "et", "Caisses"]]
    # French "a" before "l'" inside a name, not the English article elsewhere.
    assert [r.words for r in runs("for Caisse Rurale a l'Avenir des Alpes said")] == [
        ["Caisse", "Rurale", "a", "l'Avenir", "des", "Alpes"]]
    assert [r.words for r in runs("He sold Acme Corp a l'ancienne")] == [
        ["Acme", "Corp"]]
    # A trailing particle without a capital after it is no part of the run.
    assert [r.words for r in runs("He met Pierre Marchal d'abord")] == [
        ["Pierre", "Marchal"]]


def test_person_keeps_the_particle() -> None:
    people, _ = extract_actors("Former President Pierre Marchal d'Ormont said the plan would "
                               "fail. Marchal d'Ormont spoke in Lyon.")
    assert people == ["Pierre Marchal d'Ormont"]


def test_body_keeps_the_particle() -> None:
    _, orgs = extract_actors("The bond was lead-managed by Caisse Rurale de l'Avenir, the "
                             "bank said.")
    assert orgs == ["Caisse Rurale de l'Avenir"]
