"""Place rules of round 8: acronyms, honorifics, clubs, lone towns, seats, datelines, pacts."""

from __future__ import annotations

from newsearch.analysis import name_key
from newsearch.extract import extract_places
from newsearch.extract.place_context import club_context
from newsearch.extract.scan import runs


def _names(places) -> set[str]:
    return {name_key(p.name) for p in places}


def _focus(places) -> set[str]:
    return {p.country for p in places if p.focus}


def test_acronym_in_mixed_case_text_is_no_town() -> None:
    body = "The International Labour Organisation (ILO) said jobs were lost in Sri Lanka."
    names = _names(extract_places("", "", body))
    assert "ilo" not in names and "sri lanka" in names
    # The headline's capitals cannot tell; the body's acronym can.
    places = extract_places("GAO SAYS CERTIFICATES COST MORE", "WASHINGTON, March 3 -",
                            "The General Accounting Office (GAO) said the certificates cost "
                            "more. The GAO said so.")
    assert "gao" not in _names(places) and _focus(places) == {"United States"}


def test_capitals_dateline_at_the_start_of_a_title_is_kept() -> None:
    places = extract_places("GENEVA - negotiators at the talks agree", "", "")
    assert "geneva" in _names(places)


def test_town_after_an_honorific_or_a_first_name_is_a_person() -> None:
    body = ("The answer was drafted by Lord Irvine of Lairg. Irvine declined to comment. "
            "Andrea Arnold won the prize. Arnold thanked her cast in Dartford, England.")
    names = _names(extract_places("", "", body))
    assert "irvine" not in names and "arnold" not in names
    assert "dartford" in names


def test_town_before_a_team_role_or_club_word_is_a_club() -> None:
    run = next(r for r in runs("Chelsea defender William Gallas fell.") if r.words[0] == "Chelsea")
    assert club_context(run, 0, 1)
    run = next(r for r in runs("They flew to Chelsea and back.") if r.words[0] == "Chelsea")
    assert not club_context(run, 0, 1)
    run = next(r for r in runs("A Chelsea fan was hurt.") if r.words[0] == "Chelsea")
    assert club_context(run, 0, 1)
    body = ("Everton beat Chelsea defender William Gallas's side. Leicester City lost. "
            "Later Chelsea and Leicester drew. Bates used a Geneva-based fund.")
    names = _names(extract_places("", "", body))
    assert "chelsea" not in names and "leicester" not in names and "geneva" in names


def test_fixture_headline_makes_its_towns_clubs() -> None:
    body = "Victory would bring a home tie against Leicester. Fans met in Manchester."
    names = _names(extract_places("Blackburn v Burnley", "", body))
    assert "leicester" not in names and "manchester" in names
    assert "leicester" in _names(extract_places("Rain stops play", "", body))


def test_small_town_abroad_needs_its_country_or_a_neighbour() -> None:
    body = "It's just like God's doing that, he said of the album."
    assert "god" not in _names(extract_places("", "", body))
    assert "dartford" not in _names(extract_places("", "", "Dartford said it was glad."))
    assert "dartford" in _names(extract_places("", "", "Dartford is glad, London too."))
    assert "dartford" in _names(extract_places("", "", "She was born in Dartford."))


def test_constituencies_named_by_their_members_are_places() -> None:
    body = ("The former Conservative MP for Kensington and Chelsea has died. The Ealing North "
            "MP spoke. He won the Eton and Slough seat in 1964. A Labour MP and LDP MPs "
            "voted.")
    names = _names(extract_places("", "", body))
    assert {"kensington and chelsea", "ealing north", "eton and slough"} <= names
    assert "chelsea" not in names and "slough" not in names
    assert not {"labour", "ldp"} & names


def test_dateline_country_fixes_the_town() -> None:
    places = extract_places("BROWN BOVERI OMITS DIVIDEND", "BADEN, Switzerland, March 2 -",
                            "Brown Boveri said it would omit its dividend.")
    assert _focus(places) == {"Switzerland"}


def test_agreement_named_after_a_town_is_no_place() -> None:
    body = ("Central bankers said the Paris accord was working. Baker stands by the Paris "
            "pact. Dealers in Zurich agreed.")
    places = extract_places("BANKERS SATISFIED WITH PARIS ACCORD", "ZURICH, March 9 -", body)
    assert "paris" not in _names(places) and _focus(places) == {"Switzerland"}
    assert "paris" in _names(extract_places("", "", "Talks were held in Paris."))


def test_country_as_a_currency_is_no_focus() -> None:
    body = ("Standard and Poor's downgraded 17.6 billion U.S. dlrs of Danish debt. The U.S. "
            "dollar fell. Traders sold U.S. dollars.")
    places = extract_places("S/P DOWNGRADES DENMARK'S 17.6 BILLION U.S. DLRS OF DEBT",
                            "NEW YORK, March 16 -", body)
    assert "Denmark" in _focus(places)
    assert "United States" in _focus(places)  # the dateline still names it
    places = extract_places("S/P DOWNGRADES DENMARK'S 17.6 BILLION U.S. DLRS OF DEBT",
                            "", body)
    assert _focus(places) == {"Denmark"}


def test_member_named_before_his_title_is_no_seat() -> None:
    body = "Scottish Finance Minister, Tom McCabe MSP, said councils must save."
    assert "tom mccabe" not in _names(extract_places("", "", body))
    body = "The Sheffield Hallam MP said so."
    assert "sheffield hallam" in _names(extract_places("", "", body))


def test_index_named_after_a_town_is_no_place() -> None:
    body = "Germany's benchmark Dax index closed lower, as did shares in Zurich."
    names = _names(extract_places("", "", body))
    assert "dax" not in names and "zurich" in names


def test_town_with_compass_words_is_a_district_or_seat() -> None:
    body = "Mr Sayeed represented Bristol East from 1983. Later he moved to Paris South University."
    places = extract_places("", "", body)
    by = {p.name: p.country for p in places}
    assert by.get("Bristol East") == "United Kingdom"
    assert not any(name.startswith("Paris") for name in by)


def test_score_line_makes_towns_clubs() -> None:
    names = _names(extract_places("Newcastle 27-27 Gloucester", "",
                                  "Newcastle centre Mathew Tait scored. Wilson kicked well."))
    assert "newcastle" not in names and "gloucester" not in names


def test_head_of_a_longer_name_and_currency_marks_are_no_places() -> None:
    body = "He beat Irakli Labadze of the Republic of Georgia. The fee was US$25,000."
    names = _names(extract_places("", "", body))
    assert "republic" not in names and "united states" not in names


def test_small_towns_other_name_is_no_reading_in_context() -> None:
    body = "The dollar fell in the United States. The Bank said rates would hold."
    assert "the bank" not in _names(extract_places("", "", body))


def test_flash_headline_names_its_country() -> None:
    assert _focus(extract_places(" Italian government has resigned, officials said", "", "")) \
        == {"Italy"}
    assert _focus(extract_places("Bank of Japan satisfied with yen", "", "")) == {"Japan"}
    assert extract_places("Moya fights back for Indian title", "", "") == []


def test_country_after_a_firms_name_says_less() -> None:
    body = ("Gillette Canada Inc said it would issue bonds. Gillette Canada is a unit of "
            "Gillette Co. Dealers in London said demand was good.")
    places = extract_places("GILLETTE CANADA ISSUES 500 MLN FRENCH FRANC BOND",
                            "LONDON, March 17 -", body)
    assert _focus(places) == {"United Kingdom"}


def test_other_names_of_towns_are_read_with_care() -> None:
    from newsearch.extract.gazetteer import Entry
    from newsearch.extract.place_context import fair_alternate

    def town(name: str, population: int) -> Entry:
        return Entry(name, "Sweden", population, "city", True)

    assert fair_alternate("trollhaettan", town("Trollhättan", 48_573))  # a spelling
    assert fair_alternate("stansted", town("Stansted Mountfitchet", 5_429))  # a short form
    assert fair_alternate("palmyra", town("Tadmur", 51_015))  # a big town's old name
    assert not fair_alternate("rock", town("Rockville", 7_474))  # a word
    assert not fair_alternate("blair", town("Blairgowrie and Rattray", 8_890))  # a name
    assert not fair_alternate("the bank", town("Portsmouth", 21_530))
    body = "Ozzy Osbourne, the Rock star, lives in Chalfont St Peter, Buckinghamshire, UK."
    names = _names(extract_places("", "", body))
    assert "rock" not in names and "chalfont st peter" in names


def test_countries_heading_table_rows_are_the_focus() -> None:
    body = ("The council fixed differentials for cocoa by origin.\n"
            "    Differentials were fixed as follows,\n"
            " Malaysia           0\n Ivory Coast       67\n Togo  ....   130\n"
            "    Shipping terms will be accepted at a discount. Togo was not named again.")
    focus = _focus(extract_places("COCOA DIFFERENTIALS DETAILED", "LONDON, March 27 -", body))
    assert {"Malaysia", "Ivory Coast", "Togo", "United Kingdom"} <= focus
    # The same names in prose, once each, are passing mentions.
    prose = "Malaysia, Ivory Coast and Togo were mentioned in passing by the council."
    focus = _focus(extract_places("COCOA DIFFERENTIALS DETAILED", "LONDON, March 27 -", prose))
    assert focus == {"United Kingdom"}


def test_towns_inside_a_bodys_name_name_only_its_country() -> None:
    from newsearch.extract import enrich
    from newsearch.model import Article

    art = enrich(Article(title="", body="Kidder, Peabody and Co Inc raised its forecast, and "
                         "Banque Nationale de Paris agreed.\nRates held, dealers said."))
    names = _names(art.places)
    assert "peabody" not in names and "paris" not in names
    assert "France" in {p.country for p in art.places}
    # The town named on its own is still a place.
    art = enrich(Article(title="", body="Kidder, Peabody and Co Inc said its plant in Peabody, "
                         "Mass., would close."))
    assert "peabody" in _names(art.places)


def test_town_before_plural_party_members_is_the_partys_word() -> None:
    names = _names(extract_places("", "", "The Liberal Democrats say they suspect the worst, "
                                  "he said in America. A Missouri Democrat agreed."))
    assert "liberal" not in names and "missouri" in names


def test_popular_given_name_is_no_other_name_of_a_city() -> None:
    # "Julia" is one of Plovdiv's old names; "Calcutta" is Kolkata's.
    names = _names(extract_places("", "", "Annette Bening starred in Being Julia. Later she "
                                  "flew to Calcutta."))
    assert "julia" not in names and "plovdiv" not in names and "calcutta" in names


def test_god_is_no_town() -> None:
    places = extract_places("", "", "He said his faith in God had not been shaken in Paris.")
    assert "God" not in [p.name for p in places] and "Paris" in [p.name for p in places]
