"""Round 5: place focus rules, dateline short forms and the look-up shortcuts that keep
extraction fast (they must not change what is found)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsearch.extract import extract_actors, extract_places
from newsearch.extract.caps import is_caps_text
from newsearch.extract.gazetteer import Gazetteer, _add_short_forms, gazetteer
from newsearch.extract.known import continued_org
from newsearch.extract.place_mentions import mentions
from newsearch.extract.scan import runs


def _focus(places) -> dict[str, bool]:
    return {p.name: p.focus for p in places}


def test_short_form_dateline_reads_the_big_city() -> None:
    # "ST. PAUL" was the Alberta village of that spelling; the dateline means Minnesota.
    places = extract_places("MEDICAL FIRM NAMES CHAIRMAN", "ST. PAUL, March 23 -",
                            "The company said its chairman resigned.")
    assert [(p.name, p.country, p.focus) for p in places] == [
        ("Saint Paul", "United States", True)]


def test_short_forms_merge_and_reorder_readings() -> None:
    raw = {"saint paul": "Saint Paul|0|300000|t\tSaint-Paul|1|100000|t",
           "st paul": "St. Paul|2|5000|t\tSaint Paul|0|300000|t+"}
    _add_short_forms(raw)
    items = raw["st paul"].split("\t")
    # Main names by population; the big city once, as a main name.
    assert items == ["Saint Paul|0|300000|t", "Saint-Paul|1|100000|t", "St. Paul|2|5000|t"]
    assert raw["saint paul"].startswith("Saint Paul|0")  # the full form is left alone


def test_heads_cover_every_name_of_several_words() -> None:
    gaz = gazetteer()
    assert {"new", "san", "saint", "st"} <= gaz.heads
    assert "paris" not in gaz.heads or any(k.startswith("paris ") for k in gaz.raw)
    sample = [k for k in list(gaz.raw)[:20000] if " " in k]
    assert sample and all(k.split(" ")[0] in gaz.heads for k in sample)


def test_multiword_names_found_with_and_without_heads() -> None:
    # "New York" needs the long look-up; "Bonn" alone is settled by one.
    text = "Officials in New York and Bonn met Fort Worth bankers."
    found = {m.key for m in mentions(runs(text), "body", 0, gazetteer(), set())}
    assert {"new york", "bonn", "fort worth"} <= found


def test_heads_of_a_tiny_gazetteer() -> None:
    text = "Talks in Bonn and Old Bonn ended."
    alone = Gazetteer({"bonn": "Bonn|0|300000|t"}, ["Germany"])
    assert alone.heads == frozenset()
    assert [m.key for m in mentions(runs(text), "body", 0, alone, set())] == ["bonn", "bonn"]
    both = Gazetteer({"bonn": "Bonn|0|300000|t", "old bonn": "Old Bonn|0|20000|t"}, ["Germany"])
    assert both.heads == {"old"}
    assert [m.key for m in mentions(runs(text), "body", 0, both, set())] == ["bonn", "old bonn"]


def test_head_keys_bound_the_stretch_looked_up() -> None:
    # Each head word carries the most words of a key it opens: no longer stretch is
    # looked up, and the longest name still wins over its shorter start.
    gaz = Gazetteer({"bonn": "Bonn|0|300000|t", "old bonn": "Old Bonn|0|20000|t",
                     "old bonn road": "Old Bonn Road|0|900|t"}, ["Germany"])
    assert gaz.head_keys == {"old": 3}
    text = "Talks in Old Bonn Road ended, and in Old Bonn too."
    assert [m.key for m in mentions(runs(text), "body", 0, gaz, set())] == \
        ["old bonn road", "old bonn"]


def test_the_longest_key_wins_past_stretches_that_are_none() -> None:
    # The longest key of a run's stretch wins, one after stretches that are no key too ("old
    # bonn high road"); where none is longer ("old bonn high street"), the shorter keys
    # ("old", glued to "Bonn", is a longer name's word).
    gaz = Gazetteer({"bonn": "Bonn|0|300000|t", "old": "Old|0|9000|t",
                     "old bonn high road": "Old Bonn High Road|0|900|t"}, ["Germany"])
    text = "Talks in Old Bonn High Road ended, in Old Bonn High Street, and in Old Bonn too."
    assert [m.key for m in mentions(runs(text), "body", 0, gaz, set())] == \
        ["old bonn high road", "bonn", "bonn"]


def test_side_country_needs_five_mentions_or_the_lead() -> None:
    filler = " Trade was quiet today." * 3
    body = ("Japan's exports rose in February, officials said." + filler +
            " U.S. demand helped. U.S. buyers ordered more. U.S. prices held.")
    places = _focus(extract_places("JAPAN EXPORTS RISE", "TOKYO, March 3 -", body))
    assert places["Japan"] and not places["United States"]  # three passing mentions
    lead = "Japan's exports to the U.S. rose in February." + filler + \
        " U.S. buyers ordered more. U.S. prices held."
    places = _focus(extract_places("JAPAN EXPORTS RISE", "TOKYO, March 3 -", lead))
    assert places["United States"]  # three, one of them in the first sentence
    alone = _focus(extract_places("", "", "A quiet day." + filler +
                                  " U.S. demand helped. U.S. buyers came. U.S. prices held."))
    assert alone["United States"]  # no other country: three still make a focus


def test_side_country_named_twice_early_is_a_focus() -> None:
    filler = " Trade was quiet today." * 8
    early = ("Taiwan will cut tariffs, officials said. The cuts answer pressure from the U.S., "
             "where the deficit with the U.S. allies grew." + filler)
    places = _focus(extract_places("TAIWAN PLANS TARIFF CUTS", "TAIPEI, March 2 -", early))
    assert places["Taiwan"] and places["United States"]
    # Twice late, or by its adjective and its towns only, is in passing.
    late = "Taiwan will cut tariffs, officials said." + filler + \
        " The cuts answer the U.S. and the U.S. allies."
    assert not _focus(extract_places("TAIWAN PLANS TARIFF CUTS", "TAIPEI, March 2 -",
                                     late))["United States"]
    towns = ("Taiwan will cut tariffs, officials said. American buyers in Washington "
             "welcomed it." + filler)
    assert not _focus(extract_places("TAIWAN PLANS TARIFF CUTS", "TAIPEI, March 2 -",
                                     towns)).get("United States")


def test_headline_country_the_body_prints_inside_a_name_is_no_focus() -> None:
    body = "The Japan Fund Inc said it received a buyout offer from a group of investors."
    places = _focus(extract_places("THE JAPAN FUND <JPN> GETS BUYOUT OFFER",
                                   "NEW YORK, March 2 -", body))
    assert places["New York"] and not places.get("Japan")
    # The same headline over a body that names the country plainly stays a focus.
    plain = "Japan's funds got a buyout offer from a group of investors."
    assert _focus(extract_places("THE JAPAN FUND <JPN> GETS BUYOUT OFFER",
                                 "NEW YORK, March 2 -", plain))["Japan"]


def test_dateline_town_read_as_its_big_namesake_in_the_headlines_country() -> None:
    body = "The country expects the coffee talks to succeed, officials said."
    places = extract_places("COSTA RICA OPTIMISTIC ABOUT REFORMING ICO", "SAN JOSE, March 5 -",
                            body)
    assert {p.country for p in places if p.focus} == {"Costa Rica"}
    assert {p.country for p in extract_places("COFFEE TALKS SEEN", "SAN JOSE, March 5 -",
                                              body)} == {"United States"}
    # A first reading twenty times bigger, or a namesake too small, is still meant.
    assert "United Kingdom" in {p.country for p in extract_places(
        "CANADA ISSUES BOND", "LONDON, March 5 -", "The bond pays 9 pct.") if p.focus}
    assert "Switzerland" in {p.country for p in extract_places(
        "U.S. MAKES MOVE AT RUBBER TALKS", "GENEVA, March 13 -", "Talks went on.") if p.focus}


def test_headline_country_named_once_beside_foreign_dateline() -> None:
    body = "A banker said the dollar would fall further this year."
    places = _focus(extract_places("U.S. BANKER PREDICTS DOLLAR FALL", "ABU DHABI, March 30 -",
                                   body))
    assert places["Abu Dhabi"] and not places["United States"]
    # Without a dateline the headline still makes the focus.
    assert _focus(extract_places("U.S. BANKER PREDICTS DOLLAR FALL", "", body))["United States"]


def test_headline_adjective_lists_its_country() -> None:
    places = extract_places("AUSTRALIAN WHEAT EXPORTS RISE", "", "Exports rose in February.")
    assert [(p.name, p.focus) for p in places] == [("Australia", True)]
    # An adjective once in the body, or in a headline in mixed case, still lists nothing.
    assert extract_places("", "", "Exports of Australian wheat rose.") == []
    assert extract_places("Moya fights back for Indian title", "", "He won.") == []


def test_continued_org_reads_from_an_offset() -> None:
    text = "xx General Agreement on Tariffs and Trade talks"
    assert continued_org("general agreement", text, len("xx General Agreement")) is not None
    assert continued_org("general agreement", text, 0) is None


_LETTERS = re.compile(r"[^\W\d_]+")
_LOWER = re.compile(r"[a-zß-öø-ÿ]+")


def _caps_reference(text: str) -> bool:
    letters = sum(map(len, _LETTERS.findall(text)))
    return letters >= 4 and sum(map(len, _LOWER.findall(text))) < 0.3 * letters


@given(st.text(alphabet="aBcDEF GHij.,'-0123\n\tÉé", max_size=80))
def test_caps_fast_path_agrees_with_regex_count(text: str) -> None:
    assert is_caps_text(text) == _caps_reference(text)


def test_joined_surnames_are_no_person() -> None:
    text = ("President Ronald Reagan met Soviet leader Mikhail Gorbachev. The Reagan-Gorbachev "
            "summit ended. Reagan said talks went well.")
    assert extract_actors(text)[0] == ["Ronald Reagan", "Mikhail Gorbachev"]
    # A double-barrelled surname whose halves are nobody else's stays whole.
    text = "Governor Robin Leigh-Pemberton said rates would hold. Leigh-Pemberton said more."
    assert extract_actors(text)[0] == ["Robin Leigh-Pemberton"]


def test_caps_table_orgs_fast_path_and_full_names() -> None:
    """A capitals run with no acronym or name head yields nothing; bodies are still found."""
    from newsearch.extract.known import caps_table_orgs

    assert caps_table_orgs(runs("FARMERS PROTEST OVER PRICES", True)[0]) == []
    found = caps_table_orgs(runs("WORLD BANK OFFICIAL SAYS EC SHOULD ACT", True)[0])
    assert [c for c, _a in found] == ["World Bank", "European Community"]
    assert found[1][1] == "EC"


def test_merge_names_short_forms_join_the_longest_name() -> None:
    """Surnames alone and two-word forms resolve to the longest name containing them."""
    people, _orgs = extract_actors(
        "President Ronald Wilson Reagan spoke. Ronald Reagan said he was pleased. "
        "Reagan said so again, and Mr Baker said nothing.")
    assert people[0] == "Ronald Wilson Reagan"
    assert "Ronald Reagan" not in people and "Reagan" not in people


def test_a_sum_in_a_foreign_currency_is_no_focus() -> None:
    # "51 billion U.S. Dlrs" (the wire's capital D) names a currency, as "U.S. dlrs" does.
    body = ("Taiwan's reserves hit more than 51 billion U.S. Dlrs on March 4. The bank bought "
            "one billion U.S. Dlrs, and another 500 mln U.S. Dlrs last week.")
    places = extract_places("TAIWAN RESERVES HIT NEW HIGH", "TAIPEI, March 5 -", body)
    assert _focus(places).get("United States") is not True
    assert _focus(places)["Taiwan"] is True
