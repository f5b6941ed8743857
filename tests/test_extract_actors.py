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


def test_photo_credit_and_adjectives_are_not_actors() -> None:
    people, orgs = extract_actors(
        "Rebels in the town. (Ali Nasser / AFP/Getty Images)\n\nIslamist fighters and "
        "West-backed groups clashed, officials said.")
    assert "Ali Nasser" not in people and "AFP" not in orgs
    assert not {"Islamist", "West"} & set(orgs)


def test_capitals_headline_people() -> None:
    people, _ = extract_actors("TREASURY'S BAKER SAYS DOLLAR IS STABLE")
    assert people == ["Baker"]
    people, _ = extract_actors("PRESIDENT REAGAN SAYS U.S. WILL ACT\n\nReagan told reporters.")
    assert people == ["Reagan"]


def test_role_words_and_place_suffix() -> None:
    people, orgs = extract_actors(
        "The award went to singer Usher on Friday. Everton manager David Moyes was angry. "
        "Conchita Martinez of Spain won.")
    assert {"Usher", "David Moyes", "Conchita Martinez"} <= set(people)
    assert "Everton" in orgs


def test_surname_vouches_for_full_name() -> None:
    people, _ = extract_actors("Lleyton Hewitt won in Melbourne. \"It's awesome,\" said Hewitt.")
    assert people == ["Lleyton Hewitt"]


def test_repeated_single_name_is_an_organisation() -> None:
    _, orgs = extract_actors("Profits at Qantas rose. Analysts expect Qantas to cut jobs, and "
                             "the airline said so.")
    assert "Qantas" in orgs
    _, once = extract_actors("Profits at Qantas rose.")
    assert "Qantas" not in once


def test_international_orgs_in_passing_are_dropped() -> None:
    lead = "Japan's exports rose sharply in March, the finance ministry said. " * 12
    _, orgs = extract_actors(lead + "Officials will also meet the IMF next month.")
    assert "International Monetary Fund" not in orgs
    _, orgs = extract_actors("The IMF urged Japan to act. " + lead)
    assert "International Monetary Fund" in orgs
