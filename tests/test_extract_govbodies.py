"""Government bodies without the country before them; holders' titles (extract/govbodies.py)."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.govbodies import body_name, lone_body, portfolio_follows


def test_country_or_nationality_before_a_ministry_is_not_its_name() -> None:
    assert body_name("U.S. Agriculture Department") == "Agriculture Department"
    assert body_name("French Finance Ministry") == "Finance Ministry"
    assert body_name("West German Finance Ministry") == "Finance Ministry"
    assert body_name("Japanese Ministry of Finance") == "Ministry of Finance"
    assert body_name("U.S. Treasury") == "Treasury"


def test_only_the_abbreviated_country_leaves_an_agency() -> None:
    assert body_name("U.S. Environmental Protection Agency") == "Environmental Protection Agency"
    # A nationality opens real names of agencies and commissions.
    assert body_name("Saudi Press Agency") == "Saudi Press Agency"
    assert body_name("European Commission") == "European Commission"
    assert body_name("Bank of Japan") == "Bank of Japan"


def test_no_name_is_left_empty() -> None:
    assert body_name("U.S. Department") == "U.S. Department"
    assert body_name("Treasury") == "Treasury"


def test_a_holders_title_names_no_body() -> None:
    assert body_name("Treasury Secretary") == ""
    assert body_name("Nigerian Oil Minister") == ""
    assert body_name("Office of the Deputy Prime Minister") == "Office of the Deputy Prime Minister"


def test_story_files_the_body_under_its_own_name() -> None:
    _, orgs = extract_actors("The U.S. Agriculture Department said exports rose. Wheat sales "
                             "fell, the Agriculture Department added.")
    assert orgs == ["Agriculture Department"]
    _, orgs = extract_actors("The French Finance Ministry said the franc was stable.")
    assert orgs == ["Finance Ministry"]
    _, orgs = extract_actors("Rates should fall, the Treasury Secretary said. The Treasury "
                             "Secretary also spoke of trade.")
    assert orgs == []


def test_a_title_before_of_is_not_the_bodys_name() -> None:
    assert body_name("Deputy Director of Grain Marketing Division") == "Grain Marketing Division"
    assert body_name("Chairman of Acme Widget Co") == "Acme Widget Co"
    assert body_name("Vice President of the Northland Savings Bank") == "Northland Savings Bank"
    # A minister's or a secretary's "of" names a portfolio, no body.
    assert body_name("Minister of Heavy Industries") == ""
    assert body_name("Secretary of State") == ""
    # Names that merely hold "of" keep it.
    assert body_name("General Motors of Canada Ltd") == "General Motors of Canada Ltd"
    assert body_name("Bank of Japan") == "Bank of Japan"


def test_story_names_the_body_after_the_title() -> None:
    _, orgs = extract_actors("Prices will fall, said Tom Wexley, Deputy Director of Grain "
                             "Marketing Division for the ministry.")
    assert orgs == ["Grain Marketing Division"]


def test_first_half_of_a_portfolio_is_no_body() -> None:
    assert portfolio_follows("Energy and Mines Minister Ana Ruiz said", 6, ["energy"])
    assert not portfolio_follows("Reagan and Treasury Secretary Tom Jones", 6, ["reagan"])
    people, orgs = extract_actors("Zembian Trade and Industry Minister Hamid Tora told "
                                  "reporters the plan was sound.")
    assert orgs == [] and people == ["Hamid Tora"]
    people, orgs = extract_actors("Paraguayan Energy and Mines Minister Luis Bardo said oil "
                                  "output rose.")
    assert orgs == [] and people == ["Luis Bardo"]


def test_lone_body() -> None:
    assert lone_body("commons", "a", " ", "vote", " vo")  # the Commons wherever it stands alone
    assert lone_body("treasury", "the", " ", "has", " ha")
    assert lone_body("treasury", "the", "'s", "plans", "'s ")
    assert not lone_body("treasury", "the", " ", "bills", " bi")  # a security
    assert not lone_body("treasury", "comparable", " ", "issues", " is")
    assert not lone_body("treasury", "the", "", "", " 13")  # "the Treasury 13-1/2 pct stock"


def test_story_names_the_treasury_and_the_commons() -> None:
    text = ("The minister will present the plans to the Commons on Monday, the Treasury has "
            "announced. Yields on Treasury bonds fell.")
    _people, orgs = extract_actors(text)
    assert "Commons" in orgs and "Treasury" in orgs
    _people, orgs = extract_actors("Dealers bought the Treasury bills on Monday.")
    assert "Treasury" not in orgs
