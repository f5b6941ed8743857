"""Place context rules: people and firms named like towns, names joined by "and"."""

from __future__ import annotations

from newsearch.analysis import name_key
from newsearch.extract import enrich, extract_places
from newsearch.extract.gazetteer import gazetteer, place_key
from newsearch.extract.place_context import join_and_names, person_context, unify_articles
from newsearch.extract.scan import runs
from newsearch.model import Article


def _names(places) -> set[str]:
    return {name_key(p.name) for p in places}


def test_kinship_noun_and_age_mark_a_person() -> None:
    text = "He met his daughter Victoria there."
    run = next(r for r in runs(text) if r.words == ["Victoria"])
    assert person_context(run, 0, 1)
    text = "Their children Emily, 16, and Pelham, 14 were pleased."
    run = next(r for r in runs(text) if r.words == ["Pelham"])
    assert person_context(run, 0, 1)
    text = "Prices rose in Pelham, 14 miles north."
    run = next(r for r in runs(text) if r.words == ["Pelham"])
    assert not person_context(run, 0, 1)


def test_person_named_like_a_town_is_no_place_anywhere_in_the_story() -> None:
    body = ("He quarrelled with his daughter Victoria over rights. Victoria, a lobbyist, "
            "denounced him. He later flew to Canada.")
    names = _names(extract_places("", "", body))
    assert "victoria" not in names and "canada" in names


def test_town_named_as_a_firm_elsewhere_needs_a_preposition() -> None:
    body = ("Edison Industries Inc said sales rose. Edison said demand was weak. "
            "The company is based in Missouri.")
    assert "edison" not in _names(extract_places("", "", body))
    body = "Edison Industries Inc said it will shut its store in Edison."
    assert "edison" in _names(extract_places("", "", body))
    assert "edison" in _names(extract_places("", "", "Edison said its store in Edison shut."))


def test_big_cities_stay_places_beside_a_firm_named_after_them() -> None:
    body = "Toronto Dominion Bank said profits rose. Toronto traders were calm."
    assert "toronto" in _names(extract_places("", "", body))


def test_names_joined_by_and_are_looked_up_whole() -> None:
    places = extract_places("", "", "Serbia and Montenegro beat Bosnia and Herzegovina.")
    names = _names(places)
    assert "serbia and montenegro" in names and "bosnia and herzegovina" in names
    assert "serbia" not in names and "montenegro" not in names
    joined = join_and_names(runs("Trinidad and Tobago won."), gazetteer().raw, place_key,
                            gazetteer().and_heads)
    assert [r.surface() for r in joined] == ["Trinidad and Tobago"]
    plain = runs("Paris and Rome met.")
    assert join_and_names(plain, gazetteer().raw, place_key, gazetteer().and_heads) is plain


def test_names_joined_by_of_the_are_looked_up_whole() -> None:
    # The scanner cuts runs at "the": "Democratic Republic" and "Congo" had given the other
    # Congo, the one the bare word names.
    for text in ("Rebels fought in the Democratic Republic of the Congo on Monday.",
                 "Rebels fought in the Democratic Republic of Congo on Monday.",
                 "Rebels fought in the Democratic Republic of the Congo (DRC) on Monday."):
        places = extract_places("", "", text)
        assert [(p.name, p.country) for p in places] == [
            ("Democratic Republic of the Congo", "Democratic Republic of the Congo")], text
    places = extract_places("", "", "Elections in the Republic of the Congo were held.")
    assert [p.name for p in places] == ["Republic of the Congo"]


def test_constituent_countries_keep_their_names() -> None:
    places = extract_places("", "", "Schools in England and Scotland. British society.")
    by = {p.name: p.country for p in places}
    assert by.get("England") == "United Kingdom" and by.get("Scotland") == "United Kingdom"
    assert "United Kingdom" not in by  # implied by England and Scotland, not listed again


def test_short_country_forms() -> None:
    places = extract_places("", "", "Troops entered Bosnia on Monday.")
    assert [(p.name, p.country) for p in places] == [
        ("Bosnia and Herzegovina", "Bosnia and Herzegovina")]


def test_far_bigger_namesake_abroad_beats_a_town_in_context() -> None:
    body = ("American farmers in Iowa sold grain. Officials in Moscow said the United States "
            "would ship more.")
    by = {p.name: p.country for p in extract_places("", "", body)}
    assert by["Moscow"] == "Russia"


def test_article_variants_inside_a_run_read_as_al_like_name_key() -> None:
    words = ["Jisr", "ash", "Shughur", "el"]
    keys = unify_articles([place_key(w) for w in words])
    assert keys == ["jisr", "al", "shughur", "el"]  # the last word is left alone
    assert " ".join(keys[:3]) == name_key("Jisr ash-Shughur")
    for spelling in ("Jisr ash-Shughur", "Jisr al Shughur"):
        found = extract_places("", "", f"Fighting near {spelling} went on.")
        assert [(name_key(p.name), p.country) for p in found] == [("jisr al shughur", "Syria")]


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in extract_places("", "", body)}


def test_state_after_a_comma_places_a_small_town_and_picks_its_namesake() -> None:
    # Malibu is under the size a town needs alone; its state says where it is.
    assert ("Malibu", "United States") in _pairs("He died at his home in Malibu, California.")
    assert ("Malibu", "United States") not in _pairs("He died at his home in Malibu.")
    # The namesake in the state's country, by a style-book abbreviation too.
    assert ("Cairo", "United States") in _pairs("It bought a Cairo, Ga., gas distributor.")
    assert ("Cambridge", "United States") in _pairs("He taught in Cambridge, Massachusetts.")
    # A list of towns is no town and its state.
    assert ("London", "United Kingdom") in _pairs(
        "The brokers have offices in London, New York and Tokyo.")


def test_town_named_as_a_body_is_the_town_where_a_site_is_named() -> None:
    def places(body: str) -> set[str]:
        return {p.name for p in enrich(Article(title="Talks", body=body)).places}

    lead = "Gateshead's Sage Centre was full. "
    assert "Gateshead" in places(lead + "Labour met in Gateshead on Saturday.")
    assert "Gateshead" not in places(lead + "Gateshead said it would grow.")
    # A holding, a possessive: the body again.
    assert "Gateshead" not in places(lead + "Labour took a stake in Gateshead.")
    assert "Gateshead" not in places(lead + "Fans cheered in Gateshead's stand.")


def test_a_district_after_at_in_a_sports_story_is_a_ground() -> None:
    # No country of Highbury's is named: the ground stands alone after "at".
    body = ("The goalkeeper has lost his place in the Germany squad to Kahn and must win "
            "back his club place at Highbury. The coach said the World Cup match was key.")
    assert "highbury" in _names(extract_places("", "", body))
    # ... and beside a club named after a town ("Manchester United"), which makes the
    # story's smaller towns clubs unless "in" (or, for a ground, "at") comes before them.
    body = ("Manchester United winger Ronaldo is close to a new contract at Old Trafford, "
            "the club's coach said after the league match.")
    assert "old trafford" in _names(extract_places("", "", body))


def test_at_before_a_district_outside_sport_or_before_a_club_town_is_no_ground() -> None:
    body = "The goalkeeper will sign a new contract at Highbury, his agent said in Berlin."
    assert "highbury" not in _names(extract_places("", "", body))  # no sports story
    # A bigger town after "at" may be its club: "a poor stint at Stockport".
    body = ("The striker joined City after a poor stint at Stockport, the coach said after "
            "the league match. Germany beat Spain.")
    assert "stockport" not in _names(extract_places("", "", body))
