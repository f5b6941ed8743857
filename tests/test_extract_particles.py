"""Direct tests of extract/particles.py: a surname particle before a place's name after a given
name opens the surname ("Tiago dos Campinas"), unlike English "of"."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.particles import particle_surname
from newsearch.extract.scan import runs
from newsearch.model import Article


def _run(text: str):
    return next(r for r in runs(text) if len(r.words) > 1)


def test_a_particle_after_a_given_name_opens_a_surname() -> None:
    run = _run("Union leader said Tiago dos Campinas was there")
    assert particle_surname(run, 0, len(run.words))
    run = _run("the champion is Carla Vestri of Valencia now")
    assert not particle_surname(run, 0, len(run.words))  # English "of": her town
    run = _run("they staged Le Roi de Valencia there")
    assert not particle_surname(run, 0, len(run.words))  # an article opens no given name


def test_the_person_keeps_the_surname_and_the_dateline_keeps_the_town() -> None:
    art = enrich(Article(title="", dateline="CAMPINAS, Brazil, March 3 -",
                         body="One of their leaders, Tiago dos Campinas, said the strike "
                              "would go on. \"We are paid least,\" dos Campinas said."))
    assert "Tiago dos Campinas" in art.people
    assert "Tiago" not in art.people
    # A dateline names a place whatever the story's people are called.
    assert "Campinas" in [p.name for p in art.places]


def test_filipino_particles_join_a_surname() -> None:
    text = ("MANILA - Police failed to serve the warrant on senator Ronald dela Rosa on Monday, "
            "and Ramon delos Santos of the bureau said the arrest would wait.")
    art = enrich(Article(title="Senate standoff", body=text))
    assert "Ronald dela Rosa" in art.people and "Ramon delos Santos" in art.people
    assert "Ronald" not in art.people and "Rosa" not in [p.name for p in art.places]


def test_an_african_or_arabic_particle_opens_a_surname_after_any_name() -> None:
    run = _run("Prime Minister Kamau wa Nakuru told reporters")
    words = run.words
    i = words.index("Kamau")
    assert particle_surname(run, i, i + 3)
    art = enrich(Article(title="Nairobi talks", body="Prime Minister Kamau wa Nakuru told "
                         "reporters on Monday that the talks would go on."))
    assert "Kamau wa Nakuru" in art.people and "Kamau" not in art.people
