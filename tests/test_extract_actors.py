"""People and organisations: canonical names, titles, possessives, org rules."""

from __future__ import annotations

from newsearch.extract import extract_actors, org_code


def test_titles_and_short_forms_merge() -> None:
    people, _ = extract_actors(
        "Syrian President Bashar Assad spoke. Assad’s army fought. Later Assad said no.")
    assert people == ["Bashar Assad"]


def test_split_org_before_title() -> None:
    people, orgs = extract_actors(
        "Federal Reserve Board Chairman Paul Volcker said rates would hold.")
    assert people == ["Paul Volcker"]
    assert orgs == ["Federal Reserve"]


def test_org_suffix_context_and_hyphen() -> None:
    _, orgs = extract_actors("Fighters of the Al Nusra Front and Al Qaeda-linked groups met "
                             "Islamic State militants near Acme Corp offices.")
    assert {"Al Nusra Front", "Al Qaeda", "Islamic State", "Acme Corp"} <= set(orgs)


def test_international_org_table() -> None:
    _, orgs = extract_actors("The European Community and the IMF met OPEC officials.")
    assert orgs == ["European Community", "International Monetary Fund", "OPEC"]
    assert org_code("European Economic Community") == "ec"
    assert org_code("World Bank") == "worldbank"
    assert org_code("Acme") is None


def test_places_and_sentence_starts_are_not_actors() -> None:
    people, orgs = extract_actors("However, Palmyra fell. The town of Aleppo is in Syria.")
    assert people == [] and orgs == []


def test_caps_headline_ignored() -> None:
    people, orgs = extract_actors("BANKS EXPRESS GRAVE CONCERN")
    assert people == [] and orgs == []
