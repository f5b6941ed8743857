"""Small look-ups on runs (extract/known.py)."""

from __future__ import annotations

from newsearch.extract import enrich
from newsearch.extract.known import is_place, person_after_of
from newsearch.extract.scan import runs
from newsearch.model import Article


def test_person_after_of_cuts_a_party_from_its_leader() -> None:
    run = runs("He said the Communist Party of Gennady Zyuganov would win.")[0]
    assert run.surface() == "Communist Party of Gennady Zyuganov"
    assert person_after_of(run, 0) == 2


def test_person_after_of_keeps_a_place_in_the_name() -> None:
    run = runs("He said the Bank of England Governor spoke.")[0]
    assert person_after_of(run, 0) == 0
    run = runs("The United Nations Association of Greater London met.")[0]
    assert person_after_of(run, 0) == 0


def test_a_big_town_named_by_its_short_form_is_a_place_not_a_body() -> None:
    # "Frankfurt" is only an other name of Frankfurt am Main in GeoNames.
    assert is_place("Frankfurt")
    # Other names that are words or given names are no places without a story's context.
    assert not is_place("Google") and not is_place("Serena")
    article = enrich(Article(title="Bundesbank holds rates", body=(
        "FRANKFURT, Aug 22 (Reuters) - The Bundesbank left rates unchanged on Thursday, "
        "dealers in Frankfurt said.")))
    assert [p.name for p in article.places] == ["Frankfurt"]
    assert article.orgs == ["Bundesbank"]
