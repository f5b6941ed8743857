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


def test_a_short_form_beside_the_full_name_is_one_body() -> None:
    from newsearch.extract import extract_actors

    _, orgs = extract_actors("Labour said the vote mattered. The Labour Party conference opened "
                             "and Borders Council said Borders would help.")
    assert "Labour Party" in orgs and "Labour" not in orgs
    assert "Borders Council" in orgs and "Borders" not in orgs
    assert orgs.index("Labour Party") == 0  # where the body was first named
    _, orgs = extract_actors("JWT Group Inc said JWT Group shares rose. JWT said so.")
    assert [o for o in orgs if o.startswith("JWT")] == ["JWT Group Inc"]
