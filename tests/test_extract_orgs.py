"""Organisation cues (extract/orgs.py) through extract_actors, and capitals headline people."""

from __future__ import annotations

from newsearch.extract import enrich, extract_actors
from newsearch.model import Article


def test_names_joined_by_and_are_one_body() -> None:
    people, orgs = extract_actors(
        "The Securities and Exchange Commission said. Morgan Stanley and Co Inc advised "
        "Nelson Research and Development Co on the deal.")
    assert "Securities and Exchange Commission" in orgs
    assert "Morgan Stanley and Co Inc" in orgs
    assert "Exchange Commission" not in orgs and "Co Inc" not in orgs
    assert "Morgan Stanley" not in people


def test_and_does_not_join_a_person_or_two_bodies() -> None:
    people, orgs = extract_actors(
        "Paul Volcker and Federal Reserve Board members met. Morgan Guaranty Trust Co and "
        "Lloyds Bank Plc lent money.")
    assert people == ["Paul Volcker"]
    assert "Federal Reserve" in orgs or "Federal Reserve Board" in orgs
    assert "Lloyds Bank Plc" in orgs
    assert not any(" and " in o for o in orgs)


def test_acronym_defined_after_a_name() -> None:
    _, orgs = extract_actors("Members of the Black Spider (BSG) went on strike on Monday.")
    assert "Black Spider" in orgs


def test_country_code_after_a_player_is_no_acronym() -> None:
    people, orgs = extract_actors("Andre Agassi (USA) beat the champion easily.")
    assert "Andre Agassi" in people and "Andre Agassi" not in orgs


def test_role_before_a_name() -> None:
    people, orgs = extract_actors(
        "The plant will be a subsidiary of Ethyl. Nelson designs drugs, Ethyl said. "
        "Jim Smith, an analyst at Nomura, agreed.")
    assert {"Ethyl", "Nomura"} <= set(orgs)
    assert "Ethyl" not in people and "Jim Smith" in people


def test_club_names_fixtures_and_results_rows() -> None:
    _, orgs = extract_actors(
        "Leicester City lost to Real Madrid. Arsenal v Leeds is on Sunday.\n"
        "Barcelona 2 Ajax 1\n")
    assert {"Leicester City", "Real Madrid", "Arsenal", "Leeds", "Barcelona", "Ajax"} <= set(orgs)


def test_towns_ending_in_city_stay_places() -> None:
    _, orgs = extract_actors("Farmers in Dakota City and Mexico City sold corn.")
    assert orgs == []


def test_headline_lists_and_reported_speech() -> None:
    art = enrich(Article(title="LAWSON, STOLTENBERG DECLINE COMMENT", body=""))
    assert art.people == ["Lawson", "Stoltenberg"]
    art = enrich(Article(title="WHITE HOUSE SAYS REAGAN TO MAKE ANNOUNCEMENT", body=""))
    assert art.people == ["Reagan"]


def test_headline_possessors_are_not_people() -> None:
    art = enrich(Article(title="MOODY'S CUTS TEXAS AIR RATING", body=""))
    assert art.people == []
    art = enrich(Article(title="WHITE HOUSE SPOKESMAN REITERATES PRESIDENT REAGAN'S OPPOSITION",
                         body=""))
    assert art.people == ["Reagan"]


def test_tickers_in_angle_brackets_name_no_body() -> None:
    art = enrich(Article(title="ENGELHARD CORP <EC> SETS STOCK SPLIT",
                         body="Engelhard Corp <EC> said its board declared a split. Unilever Plc "
                              "<UN.A> and <Arabian Investment Banking Corp (Investcorp) EC> "
                              "also reported."))
    assert "European Community" not in art.orgs_mentioned
    assert "United Nations" not in art.orgs_mentioned
    assert "Engelhard Corp" in art.orgs
    assert not {"EC", "UN"} & set(art.orgs_mentioned)


def test_article_and_hyphen_do_not_hide_a_body() -> None:
    _, orgs = extract_actors(
        "They met on Monday. An International Monetary Fund team arrived. The Organisation "
        "for Economic Co-operation and Development (OECD) and the Gulf Co-operation Council "
        "(GCC) said so.")
    assert orgs == ["International Monetary Fund", "OECD", "Gulf Cooperation Council"]


def test_acronym_defined_for_another_body_is_not_the_table_one() -> None:
    _, orgs = extract_actors(
        "The U.S. International Trade Commission (ITC) ruled on Monday. The ITC said duties "
        "would rise.")
    assert "International Tin Council" not in orgs
    # A misspelt name of the table's own body still defines its acronym.
    _, orgs = extract_actors("Talks at the International Coffee Organistion (ICO) failed. "
                             "The ICO will meet again.")
    assert "International Coffee Organization" in orgs


def test_which_after_a_name_says_body() -> None:
    _, orgs = extract_actors("Shares of Conoco, which is owned by Du Pont, rose. The "
                             "Glass-Steagall Act, which separates banking, and Budget, which "
                             "grew, were discussed.")
    assert "Conoco" in orgs
    assert "Glass-Steagall Act" not in orgs and "Budget" not in orgs


def test_executive_after_place_adjective_is_a_body() -> None:
    people, orgs = extract_actors("The Scottish Executive backed the plan, its chief "
                                  "executive said.")
    assert "Scottish Executive" in orgs and not people


def test_ambiguous_acronym_read_by_context() -> None:
    art = enrich(Article(title="IWC lifts world wheat estimate",
                         body="The IWC raised its wheat and coarse grain estimate."))
    assert "International Wheat Council" in art.orgs_mentioned
    art = enrich(Article(title="IWC meets on whaling ban",
                         body="The IWC debated the whaling moratorium."))
    assert "International Whaling Commission" in art.orgs_mentioned


def test_rival_by_context_ties_keep_owner() -> None:
    from newsearch.extract.known import rival_by_context

    assert rival_by_context("Asian Development Bank", ("African Development Bank",),
                            "loans to African railways") == "African Development Bank"
    assert rival_by_context("Asian Development Bank", ("African Development Bank",),
                            "a bank loan") == "Asian Development Bank"


def test_possessive_owning_a_fund_two_words_on() -> None:
    _, orgs = extract_actors("The fee goes to Unicef's emergency relief fund in India.")
    assert "Unicef" in orgs


def test_city_and_plural_is_a_team_or_firm() -> None:
    people, orgs = extract_actors("He signed for the Chicago Bulls last year. Serena Williams "
                                  "won.")
    assert "Chicago Bulls" in orgs
    assert "Serena Williams" not in orgs
