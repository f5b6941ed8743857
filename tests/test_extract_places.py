"""Places: normalisation, disambiguation, demonyms, false-hit filters, focus."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsearch.analysis import name_key
from newsearch.extract import enrich, extract_places
from newsearch.extract.gazetteer import place_key
from newsearch.extract.place_names import named_across
from newsearch.model import Article


def _names(places) -> set[str]:
    return {name_key(p.name) for p in places}


def test_spelling_variants_are_one_place() -> None:
    body = "Jisr al Shughur fell. Jisr ash-Shughur is near Jisr al-Shughur, in Syria."
    places = extract_places("", "", body)
    jisr = [p for p in places if place_key(p.name) == place_key("Jisr al-Shughur")]
    assert len(jisr) == 1 and jisr[0].country == "Syria" and jisr[0].focus


def test_dotless_i_matches_ascii() -> None:
    assert place_key("Reyhanlı") == place_key("Reyhanli")


def test_demonyms_count_currency_does_not_focus() -> None:
    places = extract_places("", "", "The Turkish government spoke to Turkish media in Turkey. " +
                            "x " * 200 + "The Australian dlr fell.")
    by = {p.name: p for p in places}
    assert by["Turkey"].focus
    assert "Australia" not in by or not by["Australia"].focus


def test_common_words_and_company_names_are_not_places() -> None:
    body = ("Human rights groups said. From there, Toronto Dominion Bank rose. "
            "Col. Suhail Hassan led the attack.")
    names = _names(extract_places("", "", body, exclude={"suhail", "hassan"}))
    assert "toronto" not in names and "human" not in names and "hassan" not in names


def test_lowercase_words_do_not_match() -> None:
    assert extract_places("", "", "they said nice things in march") == []


def test_us_acronym_opening_a_sentence_is_the_country() -> None:
    assert "united states" in _names(extract_places("Slowdown hits US growth", "",
                                                    "US output rose. Let us see."))
    assert not extract_places("", "", "Let us see what happens.")


def test_areas_and_regions_are_places_but_never_focus() -> None:
    places = extract_places("Europe warms", "", "Floods hit Europe, Europe and Tamil Nadu.")
    by_name = {p.name: p for p in places}
    assert by_name["Europe"].country == "" and not by_name["Europe"].focus
    assert by_name["Tamil Nadu"].country == "India"
    assert "gulf" not in _names(extract_places("", "", "Veterans of the Gulf War met."))


def test_place_inside_an_org_name_or_event_is_not_listed() -> None:
    assert "ulster" not in _names(extract_places("", "", "He studied at the University of Ulster."))
    assert "wimbledon" not in _names(extract_places("", "", "She is a former Wimbledon champion."))
    assert "japan" in _names(extract_places("", "", "The Bank of Japan met in Tokyo, Japan."))


def test_small_town_glued_to_a_capitalised_word_is_a_name() -> None:
    assert "green" not in _names(extract_places("", "", "Songs by Green Day topped the chart."))


def test_country_inside_an_event_name_is_not_named() -> None:
    assert extract_places("", "", "He won the US Open in New York.")[0].name == "New York"
    assert "united states" not in _names(extract_places("", "", "He won the US Open."))


def test_company_before_its_ticker_is_not_a_place() -> None:
    places = extract_places("EDO <EDO> TO BUY BACK SHARES", "NEW YORK, March 25 -",
                            "The company said it would buy back shares.")
    assert "Nigeria" not in {p.country for p in places}


def test_currency_sum_in_a_capitals_headline_is_no_focus() -> None:
    places = extract_places("WESTLB ISSUES 50 MLN AUSTRALIAN DLR EUROBOND",
                            "FRANKFURT, March 19 -", "The bond pays 14 pct.")
    assert "Australia" not in {p.country for p in places if p.focus}
    about = extract_places("AUSTRALIAN DLR FALLS ON TRADE DATA", "SYDNEY, March 19 -",
                           "The currency fell.")
    assert "Australia" in {p.country for p in about if p.focus}
    # Without a sum too; "real" after a country is the adjective.
    notes = extract_places("MERRILL SELLS NEW ZEALAND DLR NOTES", "NEW YORK, March 23 -",
                           "It offers New Zealand dollar notes priced below comparable "
                           "New Zealand rates.")
    assert "New Zealand" not in {p.country for p in notes if p.focus}
    real = extract_places("LABOR DEPT REPORTS U.S. REAL EARNINGS ROSE", "", "")
    assert "United States" in {p.country for p in real if p.focus}


def test_state_abbreviation_after_a_town_is_the_state() -> None:
    body = ("The plant in Norcross, Ga., will close. Hartford, Conn. and Newark, NJ, "
            "follow. Voters in Mass. and Ill. agree; Mass protests went on.")
    places = {(p.name, p.country) for p in extract_places("", "", body)}
    assert {("Georgia", "United States"), ("Connecticut", "United States"),
            ("New Jersey", "United States")} <= places
    names = {name for name, _ in places}
    # Abbreviations that are words count only right after a town and a comma.
    assert not names & {"Massachusetts", "Illinois", "Ga", "Conn"}


def test_dateline_state_abbreviation_is_a_focus_place() -> None:
    places = extract_places("", "TRENTON, N.J., March 3 -", "The state said it would.")
    assert ("New Jersey", "United States", True) in {(p.name, p.country, p.focus)
                                                     for p in places}


def test_compass_letters_open_country_names() -> None:
    places = extract_places("S.AFRICA SAYS NO", "", "W. Germany and S.Korea met in W. Africa.")
    assert {"South Africa", "Germany", "South Korea", "West Africa"} <= {p.name for p in places}
    assert "Africa" not in {p.name for p in places}


def test_a_town_opening_a_firms_name_names_only_its_country() -> None:
    art = enrich(Article(title="PACIFIC RESOURCES <PRI> INSTALLS MOORING",
                         body="Pacific Resources Inc said it installed a mooring. Shares of "
                              "Virginia Farm Bureau Inc and the New York Stock Exchange rose."))
    names = {p.name for p in art.places}
    assert not names & {"Pacific", "Virginia", "New York"}
    assert "United States" in names  # Virginia's and New York's country is still named


def test_a_town_inside_a_firms_name_is_no_evidence_of_focus() -> None:
    # Metro is an Indonesian city; here it opens an American firm's name, in the headline
    # and three times in the body: Indonesia is named, but the story is not about it.
    body = ("Metro Mobile CTS Inc said its board declared a stock dividend. Metro Mobile CTS "
            "Inc said holders of record get one share. Metro Mobile CTS Inc shares rose.")
    art = enrich(Article(title="METRO MOBILE <MMCT> DECLARES STOCK DIVIDEND",
                         dateline="NEW YORK, March 18 -", body=body))
    assert {p.country for p in art.places if p.focus} == {"United States"}
    assert "Indonesia" in {p.country for p in art.places}
    alone = enrich(Article(title="", body=body))
    assert "Indonesia" not in {p.country for p in alone.places if p.focus}
    # A big city's exchange or bank still tells where the story is.
    lse = enrich(Article(title="", body="London Stock Exchange Plc said bids came. London Stock "
                                        "Exchange Plc shares rose. London Stock Exchange Plc "
                                        "will answer."))
    assert "United Kingdom" in {p.country for p in lse.places if p.focus}


def test_a_place_after_new_is_part_of_a_longer_name() -> None:
    places = extract_places("TOLL BROTHERS OPENS NEW ENGLAND OFFICE", "",
                            "Utilities in New England and New York agreed. New England "
                            "buyers and New England shippers came.")
    assert "United Kingdom" not in {p.country for p in places}
    assert "New York" in {p.name for p in places}


def test_an_area_its_council_is_named_after_stays_a_place() -> None:
    art = enrich(Article(title="", body="Scottish Borders Council met. Rail would help the "
                                        "Scottish Borders, said Scottish Borders Enterprise."))
    assert "Scottish Borders" in {p.name for p in art.places}


def test_a_states_two_initials_are_the_state_anywhere() -> None:
    for title, dateline in (("N.Y. BUSINESS LOANS FALL", ""), ("", "LAKE SUCCESS, N.Y. March 3 -")):
        places = extract_places(title, dateline, "The loans fell.")
        assert ("New York", "United States", True) in {(p.name, p.country, p.focus)
                                                       for p in places}


def test_a_town_before_someones_full_name_is_still_a_town() -> None:
    art = enrich(Article(title="", body="He met the Turkish Ambassador to Athens Nazmi Akiman, "
                                        "who came. Paris Hilton sang."))
    assert [p.name for p in art.places if p.name != "Turkey"] == ["Athens"]
    assert art.people == ["Nazmi Akiman", "Paris Hilton"]


def test_a_dateline_region_before_a_numeric_date_picks_the_town() -> None:
    article = enrich(Article(title="T", body=(
        "AL-AIN , United Arab Emirates 1996-12-06\nJapan won the match against Syria .")))
    assert ("Al-Ain", "United Arab Emirates", True) in [
        (p.name, p.country, p.focus) for p in article.places]


def test_a_big_citys_old_name_is_the_city() -> None:
    def places(body: str) -> list[tuple[str, str]]:
        return [(p.name, p.country) for p in enrich(Article(title="", body=body)).places]

    assert places("Police in Kiev said two people died.") == [("Kiev", "Ukraine")]
    # A small namesake bearing the main name does not win over the city ("Calcutta").
    assert places("Floods hit Calcutta and Madras.") == [("Calcutta", "India"),
                                                          ("Madras", "India")]
    # Several words are not read so: "White House" is also a name of Casablanca.
    assert places("The White House said the talks would go on.") == []


def test_places_with_lower_case_particles_are_whole() -> None:
    places = [p.name for p in enrich(Article(title="", body=(
        "Ships left Dar es Salaam for Port-au-Prince."))).places]
    assert places == ["Dar es Salaam", "Port-au-Prince"]


def test_a_state_before_a_party_member_is_a_place() -> None:
    places = [p.name for p in enrich(Article(title="", body=(
        "Gephardt, a Missouri Democrat, called for a vote."))).places]
    assert places == ["Missouri"]


def test_a_congressmans_party_label_names_his_state() -> None:
    places = [p.name for p in enrich(Article(title="", body=(
        "Sen. Bob Dole (R-Kan.) and Rep. Charles Schumer (D-N.Y.) met."))).places]
    assert places == ["Kansas", "New York"]


def test_no_state_abbreviation_key_holds_a_space() -> None:
    # place_mentions tests a key against US_STATES before it removes spaces from it.
    from newsearch.extract.data.countries import US_STATES

    assert US_STATES and not any(" " in key for key in US_STATES)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="AB \n\xa0", max_size=24), st.text(alphabet="AB ", min_size=1, max_size=7),
       st.integers(min_value=-2, max_value=26))
def test_name_found_around_an_offset_as_the_expression_finds_it(
        text: str, name: str, at: int) -> None:
    """named_across answers as finditer with ``word\\s+word...`` over the window did."""
    pattern = re.compile(r"\s+".join(map(re.escape, name.split())))
    window = (max(0, at - len(name) - 8), at + len(name) + 8)
    expected = any(hit.start() < at < hit.end() for hit in pattern.finditer(text, *window))
    assert named_across(text, name, at) == expected


def test_name_found_across_a_line_break() -> None:
    text = "shares of Kidder,\nPeabody and Co rose"
    at = text.index("Peabody")
    assert named_across(text, "Kidder, Peabody and Co", at)
    assert not named_across(text, "Kidder, Peabody and Co", text.index("rose"))
    assert not named_across(text, "Peabody Energy", at)


def test_a_foreign_region_naming_a_firm_is_the_firm_alone_too() -> None:
    # Piedmont is an Italian region; here it is an American airline, named in full once and
    # then by its short name: Italy is neither named nor a focus.
    body = ("Hub Air Group said it bought 10 pct of Piedmont Aviation Inc. Piedmont said its "
            "board would meet. Hub Air offered 70 dlrs a share for Piedmont, and Piedmont "
            "rose one dlr.")
    art = enrich(Article(title="HUB AIR BUYS STAKE IN PIEDMONT", dateline="NEW YORK, March 3 -",
                         body=body))
    assert "Italy" not in {p.country for p in art.places}
    # "in Piedmont" is still the region, and so is a region whose country the story names.
    art = enrich(Article(title="", body="Fiat Piedmont Motors Ltd opened a plant in Piedmont."))
    assert "Piedmont" in {p.name for p in art.places}
    art = enrich(Article(title="", body=(
        "Turin Piedmont Bank SpA said Piedmont grew. Rome and Italy agreed, Piedmont said.")))
    assert "Piedmont" in {p.name for p in art.places}
    # A body of the region's own ("Queensland Government Development Authority") names it.
    art = enrich(Article(title="", body=(
        "Queensland Government Development Authority set a program. Queensland said it "
        "would grow. Queensland exports rose.")))
    assert "Australia" in {p.country for p in art.places}


def test_a_longer_name_turned_down_holds_no_shorter_place() -> None:
    # "New Mexico" inside a firm's name is no place; nor is the "Mexico" inside it.
    places = extract_places("", "", "Public Service New Mexico said it would study a "
                                    "partnership. Public Service New Mexico shares rose.")
    assert "Mexico" not in {p.country for p in places}
    assert "Mexico" in {p.country for p in extract_places("", "", "Trade with Mexico rose.")}


def _found(title: str, dateline: str, body: str) -> list[tuple[str, str, bool]]:
    art = enrich(Article(title=title, dateline=dateline, body=body))
    return [(p.name, p.country, p.focus) for p in art.places]


def test_a_dateline_town_is_not_its_own_context() -> None:
    # The dateline's first reading (a small Italian Cologne) used to confirm itself; a big
    # city's foreign name now outranks it, as in the body.
    places = _found("KAUFHOF CONSIDERS STAKE IN SHIPPING GROUP", "COLOGNE, March 11 -",
                    "West German retail group Kaufhof AG is considering a stake, it said.")
    assert places == [("Cologne", "Germany", True)]
    # A small namesake in a country the body names does not take the dateline over.
    places = _found("GATT TO DEBATE TRADE CHARGES", "GENEVA, March 20 -",
                    "The United States will ask the council to study the charges. The United "
                    "States said more talks were needed.")
    assert ("Geneva", "Switzerland", True) in places


def test_a_capitals_headline_town_the_body_never_names_is_no_place() -> None:
    # "ANGERS" is a verb here: the body never names the French town.
    places = _found("BOURSE TAX DECISION ANGERS BANKS", "BONN, March 16 -",
                    "West German banks criticised the decision to keep the tax, bankers said.")
    assert "France" not in {country for _, country, _ in places}
    # A town the body names too is a focus.
    places = _found("STRIKE HALTS PORT OF ANTWERP", "BRUSSELS, March 16 -",
                    "Dockers struck in Antwerp today, union officials said.")
    assert ("Antwerp", "Belgium", True) in places


def test_older_spellings_of_countries_and_their_adjectives() -> None:
    places = _found("CZECHOSLOVAKIAN MILK POWDER BANNED", "ABU DHABI, March 18 -",
                    "The ministry banned imports of Czechoslovakian milk powder, it said.")
    assert ("Czechia", "Czechia", True) in places
    names = {name for name, _, _ in _found("", "", (
        "Billiton wants changes in Surinam. Ministers from Trinidad-Tobago met."))}
    assert {"Suriname", "Trinidad and Tobago"} <= names


def test_peoples_parties_and_the_commonwealth_are_no_towns() -> None:
    # Arab (Alabama) and Liberal (Kansas) are small American towns; Commonwealth is a
    # district of Quezon City.
    places = _found("", "", "Arab bankers told U.S. officials that Arab states would buy "
                            "more. The Liberal leader agreed at the Commonwealth summit.")
    assert [name for name, _, _ in places] == ["United States"]
    # Such a word before a team word still makes the story's small towns clubs.
    assert "Munster" not in {name for name, _, _ in _found("", "", (
        "The North side lost to the South. Fans cheered Munster."))}
    assert "Munster" in {name for name, _, _ in _found("", "", "Fans cheered Munster.")}


def test_a_town_opening_a_firms_name_is_the_firm_alone_too() -> None:
    places = _found("", "NEW YORK, March 3 -", (
        "Moody's Investors Service Inc said it cut the debt of Texaco Inc. Moody's said the "
        "company faced risks."))
    assert places == [("New York", "United States", True)]
    # Only a firm's name (one with a legal form): "Bristol Academy" is a hall.
    assert ("Bristol", "United Kingdom", False) in _found("", "", (
        "The Bristol band will play at the Bristol Academy, promoters said."))


def test_a_country_opening_a_firms_name_is_a_modifier() -> None:
    # "American Can Co" is a firm ("Can" is a common word, so only the actors' name shows
    # it): the headline's "AMERICAN CAN" is no focus beside a London dateline.
    art = enrich(Article(title="AMERICAN CAN ISSUING 150 MLN DLR CONVERTIBLE BOND",
                         dateline="LONDON, March 24 -",
                         body="American Can Co is issuing a 150 mln dlr convertible eurobond, "
                              "lead manager Morgan Stanley International said."))
    assert {p.country for p in art.places if p.focus} == {"United Kingdom"}
    # A state's own body, with no legal form, still says the story is about the country.
    art = enrich(Article(title="TURKISH CENTRAL BANK SETS LIRA RATES", dateline="LONDON, March 9 -",
                         body="The Turkish Central Bank set the lira at 770 to the dollar, "
                              "Turkish dealers said."))
    assert "Turkey" in {p.country for p in art.places if p.focus}
    # ... where the same name with a legal form is a firm's, and says nothing of Turkey.
    art = enrich(Article(title="TURKISH CENTRAL BANK SETS LIRA RATES", dateline="LONDON, March 9 -",
                         body="Turkish Central Bank Corp set the lira at 770 to the dollar, "
                              "Turkish dealers said."))
    assert "Turkey" not in {p.country for p in art.places if p.focus}


def test_a_recurring_dateline_is_judged_alike_in_each_story() -> None:
    # A dateline's mentions are judged once and copied into each story (places._DATED): the
    # ranking of one story, which rewrites its copies, must not reach the next.
    from newsearch.extract import places as places_module

    dateline = "BADEN, Switzerland, March 2 -"
    stories = [("SWISS BANKS MERGE", "Two Swiss banks merged."),
               ("", "The company said it would move to Baden-Baden in Germany."),
               ("GERMAN OUTPUT RISES", "German output rose in Germany, Germany's office said.")]
    places_module._DATED.clear()
    first = [extract_places(t, dateline, b) for t, b in stories]
    again = [extract_places(t, dateline, b) for t, b in stories]
    fresh = []
    for t, b in stories:
        places_module._DATED.clear()
        fresh.append(extract_places(t, dateline, b))
    assert first == again == fresh
    assert all(any(p.name == "Baden" and p.country == "Switzerland" for p in ps) for ps in fresh)
