"""Organisation cues (extract/orgs.py) through extract_actors, and capitals headline people."""

from __future__ import annotations

from newsearch.extract import enrich, extract_actors
from newsearch.extract.orgcues import body_after_of, defined_name
from newsearch.extract.scan import runs
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


def test_news_agency_and_newspaper_after_a_name() -> None:
    _, orgs = extract_actors("The party called for a boycott, Itar-Tass news agency said. "
                             "Vedomosti newspaper quoted an official.")
    assert "Itar-Tass" in orgs and "Vedomosti" in orgs


def test_role_before_a_name_early_in_a_later_paragraph() -> None:
    _, orgs = extract_actors("Gas prices rose.\n\nShares in Gazprom fell 3 percent.")
    assert "Gazprom" in orgs


def test_acronym_defines_a_name_joined_by_and_and_in() -> None:
    text = ("The Organisation for Security and Cooperation in Europe (OSCE) will monitor "
            "the vote.")
    run = runs(text)[0]
    assert defined_name(run, 0) == ("Organisation for Security and Cooperation in Europe",
                                    "OSCE")
    _, orgs = extract_actors(text)
    assert "Organisation for Security and Cooperation in Europe" in orgs
    assert "Organisation for Security" not in orgs


def test_acronym_that_does_not_match_defines_nothing() -> None:
    run = runs("The Bank of Tokyo and Mitsubishi Trust (XYZ) merged.")[0]
    assert defined_name(run, 0) == ("", "")


def test_party_of_a_person_is_the_party_and_the_person() -> None:
    people, orgs = extract_actors("The Communist Party of Gennady Zyuganov called for a boycott.")
    assert "Communist Party" in orgs and "Gennady Zyuganov" in people
    assert not any("Zyuganov" in o for o in orgs)


def test_person_of_a_firm_is_the_person_and_the_firm() -> None:
    text = "Analyst Tim Daly of Michael Foods said demand was weak. Sales rose, said Ray Stone " \
           "of Merrill Lynch Capital Markets Inc."
    people, orgs = extract_actors(text)
    assert {"Tim Daly", "Ray Stone"} <= set(people)
    assert {"Michael Foods", "Merrill Lynch Capital Markets Inc"} <= set(orgs)
    run = next(r for r in runs(text) if r.words[0] == "Ray")
    assert body_after_of(run, 0) == 2


def test_after_said_a_given_name_that_is_also_a_word_opens_a_person_of_a_firm() -> None:
    said = "Stocks fell, said Bill Sullivan of Dean Witter Reynolds Inc. Bonds rose."
    people, orgs = extract_actors(said)
    assert "Bill Sullivan" in people and "Dean Witter Reynolds Inc" in orgs
    assert not any("Sullivan" in o for o in orgs)
    # Without the speech verb "Bill" may be a bill's name: the run stays whole.
    _, orgs = extract_actors("The Bill Sullivan of Dean Witter Reynolds Inc drafted passed.")
    assert not any(o == "Dean Witter Reynolds Inc" for o in orgs)


def test_a_titled_person_of_a_firm_is_the_person_and_the_firm() -> None:
    people, orgs = extract_actors("Prices rose, Mr Lars Bergman of Skandia Insurance Co said. "
                                  "Dr Bergman of Skandia Insurance Co agreed.")
    assert people == ["Lars Bergman"]
    assert orgs == ["Skandia Insurance Co"]


def test_a_quoted_persons_workplace_is_a_body() -> None:
    people, orgs = extract_actors("Supply will grow, said David Anders at Merrill Lynch. "
                                  "Rates will fall, said Ian Hunter at Goodbody Stockbrokers.")
    assert people == ["David Anders", "Ian Hunter"]
    assert orgs == ["Merrill Lynch", "Goodbody Stockbrokers"]
    # Not a place, nor after a word that only some lists take for a given name.
    assert extract_actors("It said the Lodge at Vail, Colorado, was sold.")[1] == []


def test_said_in_a_report_speaks_for_a_firm() -> None:
    people, orgs = extract_actors("Prices will fall, Salomon Brothers said in a report. "
                                  "Smith Barney said in a research note that bonds were weak.")
    assert "Salomon Brothers" in orgs and "Smith Barney" in orgs
    assert people == []


def test_trade_words_end_firms_names_but_not_peoples() -> None:
    people, orgs = extract_actors("Nikkei reported that Mitsubishi Electric and LG Electronics "
                                  "would cut output. Mike Mills and Lisa Power disagreed.")
    assert {"Mitsubishi Electric", "LG Electronics"} <= set(orgs)
    assert {"Mike Mills", "Lisa Power"} <= set(people)


def test_adjectives_of_continents_are_no_actors() -> None:
    people, orgs = extract_actors("The European Commission said European ministers would "
                                  "meet. Asian markets fell and European shares rose.")
    assert "European" not in people and "European" not in orgs
    assert "European Commission" in orgs


def test_person_of_a_firm_without_a_firm_word() -> None:
    people, orgs = extract_actors("Prices were high, said analyst John Smith of Merrill Lynch.")
    assert people == ["John Smith"] and orgs == ["Merrill Lynch"]


def test_person_of_a_place_keeps_the_place_out_of_the_bodies() -> None:
    people, orgs = extract_actors("American Davenport will face Conchita Martinez of Spain.")
    assert "Conchita Martinez" in people and orgs == []


def test_a_name_opening_a_bodys_name_is_that_body() -> None:
    people, orgs = extract_actors("Morgan Stanley raised its forecast. Morgan Stanley Group Inc "
                                  "said it would buy the bonds.")
    assert people == []
    assert orgs == ["Morgan Stanley Group Inc"]  # (the short form joins the full name)
    # A given name that opens a firm's name too ("Stone" beside "Stone Container Corp").
    people, orgs = extract_actors("Stone Container Corp signed a deal. Stone said the deal "
                                  "was done.")
    assert people == [] and "Stone" in orgs
    # A name that opens a body named for its holder stays a person.
    people, orgs = extract_actors("Jazz composer John Coltrane wrote it. Composer John Coltrane "
                                  "left. The John Coltrane Foundation sold it.")
    assert people == ["John Coltrane"]


def test_the_before_a_speaker_makes_it_a_body() -> None:
    people, orgs = extract_actors("Rates will rise, the Bundesbank said. Later the Paris Bourse "
                                  "said trading was halted.")
    assert {"Bundesbank", "Paris Bourse"} <= set(orgs) and people == []


def test_descriptions_are_neither_people_nor_bodies() -> None:
    people, orgs = extract_actors("The bill will pass, the Illinois Democrat said. Latin "
                                  "American debtors met and U.S. Officials said nothing.")
    for d in ("Illinois Democrat", "Latin American", "U.S. Officials"):
        assert d not in people and d not in orgs


def test_the_reagan_administration_is_still_reagans() -> None:
    people, _ = extract_actors("Critics attacked the Reagan administration on Monday.")
    assert people == ["Reagan"]


def test_single_name_after_a_bank_and_is_a_bank() -> None:
    _, orgs = extract_actors("Dealers said Deutsche Bank and Commerzbank were active. Bonds "
                             "were sold by Salomon Brothers Inc and Goldman, Sachs and Co.")
    assert "Commerzbank" in orgs
    assert "Goldman" not in orgs


def test_a_name_apposed_to_a_firm_noun_is_a_firm() -> None:
    people, orgs = extract_actors("Volvo, Sweden's biggest industrial group, said profits rose. "
                                  "Shell, the Anglo-Dutch oil company, agreed. He replaces James "
                                  "Skinner, the company said, from January, the company said.")
    assert {"Volvo", "Shell"} <= set(orgs)
    assert "James Skinner" not in orgs and "January" not in orgs


def test_a_name_before_leader_is_a_body_unless_it_describes() -> None:
    people, orgs = extract_actors("Sinn Fein leader Gerry Adams said the ceasefire was over. "
                                  "Tory leader Michael Howard and House Democratic leaders "
                                  "disagreed.")
    assert "Sinn Fein" in orgs and "Gerry Adams" in people
    assert "Tory" not in orgs and "House Democratic" not in orgs


def test_and_joins_across_a_wrapped_line_and_after_initials() -> None:
    _people, orgs = extract_actors(
        "The company filed a registration statement with the Securities and\n"
        "Exchange Commission on Monday, through a group led by E.F. Hutton and Co Inc.")
    assert "Securities and Exchange Commission" in orgs
    assert "E.F. Hutton and Co Inc" in orgs
    assert "Exchange Commission" not in orgs and "Hutton and Co Inc" not in orgs


def test_a_firm_named_in_angle_brackets_is_one_body() -> None:
    people, orgs = extract_actors(
        "Citicorp took over <Vickers de Costa Ltd> and Chase bought <Laurie\n"
        "Milbank and Co>, advised by <J.P. Morgan and Co> and Engelhard Corp <EC>.")
    assert {"Vickers de Costa Ltd", "Laurie Milbank and Co", "J.P. Morgan and Co"} <= set(orgs)
    assert "J.P. Morgan" not in people and "Milbank and Co" not in orgs
    assert "EC" not in orgs and "European Community" not in orgs  # a ticker stays nothing


def test_partners_listed_with_commas_are_one_firm() -> None:
    people, orgs = extract_actors(
        "The offering is led by Kidder, Peabody and Co Inc and Smith Barney, Harris Upham and "
        "Co, said Thomas McKiernan, McKiernan and Co president. Advest Inc, Blunt Ellis and "
        "Loewi Inc co-managed it.")
    assert {"Kidder, Peabody and Co Inc", "Smith Barney, Harris Upham and Co", "Advest Inc",
            "Blunt Ellis and Loewi Inc"} <= set(orgs)
    assert "Kidder" not in people and "Thomas McKiernan" in people  # a person beside his firm
    assert not [o for o in orgs if o.startswith(("Thomas", "Advest Inc,"))]


def test_a_name_ending_in_a_country_is_no_person() -> None:
    people, orgs = extract_actors("Prices rose 0.2 pct, Statistics Canada said. Jordan "
                                  "Henderson and Michael Jordan said no.")
    assert "Statistics Canada" in orgs
    assert people == ["Jordan Henderson", "Michael Jordan"]  # Jordan is also a given name


def test_wire_copy_leftovers_are_no_bodies() -> None:
    _people, orgs = extract_actors(
        "State-owned Taiwan Power Co will boost output, and Army-backed rebels fought. It "
        "filed with the Securities\nand Exchange Commission. Notes are rated B-1, and the "
        "M-1 money supply rose.\n    Note - The company said so. Hutchison sold its stake in "
        "Canada and Pearson Plc bought it.\n REUTER...\n")
    # ("Hutchison sold its stake": a firm, by its_subject; "Canada" joins nothing)
    assert orgs == ["Taiwan Power Co", "Army", "Securities and Exchange Commission",
                    "Hutchison", "Pearson Plc"]


def test_a_possessive_before_the_legal_form_is_part_of_the_name() -> None:
    _people, orgs = extract_actors(
        "McDonald's Corp filed a shelf offer, Standard\nand Poor's Corp said. Japan's Sony Corp "
        "and Lowe's Cos Inc rose.")
    assert orgs == ["McDonald's Corp", "Standard and Poor's Corp", "Sony Corp", "Lowe's Cos Inc"]


def test_credit_ratings_are_no_bodies() -> None:
    _people, orgs = extract_actors(
        "Standard and Poor's Corp cut Denmark's debt rating to AA from AAA, and BBB bonds "
        "held, ABC News reported.")
    assert orgs == ["Standard and Poor's Corp", "ABC News"]
    assert extract_actors("She may defend her AAA 800m title in Sheffield.")[1] == ["AAA"]


def test_a_name_said_on_a_day_to_be_an_it_is_a_body() -> None:
    from newsearch.extract import extract_actors

    assert extract_actors("Zorbex said on Tuesday it would cut 500 jobs.") == ([], ["Zorbex"])
    assert extract_actors("Amtrak said late on Monday that its trains would run.")[1] == [
        "Amtrak"]
    assert extract_actors("Kohl said on Tuesday he would go.") == (["Kohl"], [])


def test_an_acronym_of_lower_case_words_is_no_body() -> None:
    from newsearch.extract import extract_actors

    text = ("Scientists said bovine spongiform encephalopathy (BSE) could spread. BSE was "
            "found in sheep, and a value-added tax (VAT) was raised.")
    assert extract_actors(text)[1] == []
    # Names in capitals keep their acronym, and so does a mostly capitalised name.
    assert "ITC" in extract_actors("The International Trade Commission (ITC) ruled.")[1]
    assert extract_actors("Tanzania's ruling Chama cha Mapinduzi (CCM) met.")[1] == ["CCM"]


def test_a_trade_noun_before_a_name_marks_a_body() -> None:
    from newsearch.extract import extract_actors

    assert extract_actors("Swiss drugmaker Zorbex said profits rose.") == ([], ["Zorbex"])
    assert extract_actors("German carmaker Volkswagen said sales fell.")[1] == ["Volkswagen"]
    # A common word after the noun is no name: "the unit Two", "its unit Business".
    assert extract_actors("Output at the company's unit Two fell.")[1] == []



def test_a_bodys_description_and_a_comma_before_a_name() -> None:
    _, orgs = extract_actors(
        "Venezuela's biggest private company, La Electricidad de Caracas, will meet banks. "
        "She danced for his company, Ballets Veloces.")
    assert {"La Electricidad de Caracas", "Ballets Veloces"} <= set(orgs)
    # A person after the comma keeps the given name's reading.
    people, orgs = extract_actors("A spokesman for the firm, John Smith, declined to comment.")
    assert people == ["John Smith"] and orgs == []


def test_an_acronym_spelt_out_as_a_thing_is_no_body() -> None:
    _, orgs = extract_actors(
        "RSS is spreading. Blogs use RSS (really simple syndication) to share posts. Sales "
        "of Liquid Crystal Display (LCD) screens rose, and DSL (Digital Subscriber Line) "
        "grew. The Securities and Exchange Commission (SEC) said so.")
    assert not {"RSS", "LCD", "Liquid Crystal Display", "DSL"} & set(orgs)
    assert {"Securities and Exchange Commission", "SEC"} <= set(orgs)


def test_athletics_and_rugby_clubs_by_their_tail() -> None:
    people, orgs = extract_actors("Darren Chin of Belgrave Harriers beat a runner from "
                                  "Annadale Striders.")
    assert {"Belgrave Harriers", "Annadale Striders"} <= set(orgs)
    assert people == ["Darren Chin"]
    # A football club's initials, with or without stops; initials open a person's name.
    people, orgs = extract_actors("Zorbia F.C. beat Qarlton FC, and F.C. Beatty said so.")
    assert {"Zorbia F.C.", "Qarlton FC"} <= set(orgs) and people == ["F.C. Beatty"]


def test_force_ends_an_armed_bodys_name() -> None:
    _, orgs = extract_actors("The Royal Zed Air Force strikes the port. A Task Force met.")
    assert "Royal Zed Air Force" in orgs and "Task Force" in orgs
    # Only as the last word: an aircraft and a base are no bodies.
    _, orgs = extract_actors("He flew on Air Force One to Kirtland Air Force Base.")
    assert orgs == []


def test_armed_and_negotiating_roles_after_a_name_make_it_a_body() -> None:
    _, orgs = extract_actors("Airstrikes killed a senior Hamas commander in Gaza. Six Boko Haram "
                             "gunmen were killed in Borno.")
    assert {"Hamas", "Boko Haram"} <= set(orgs)


def test_an_awards_category_before_for_names_its_winner_not_a_body() -> None:
    people, orgs = extract_actors("The film won best director for Alexander Payne at the show.")
    assert people == ["Alexander Payne"] and orgs == []


def test_an_analyst_or_a_merger_with_a_body_names_it() -> None:
    people, orgs = extract_actors('"It will slow," Jim Carrow, an economist with Zentro Vantel, '
                                  "said. Quorvo said the planned merger with Blorpco was off.")
    assert {"Zentro Vantel", "Blorpco"} <= set(orgs)
    assert "Jim Carrow" in people
    _, orgs = extract_actors("Zentro is now the top trader with Quorvo. He talked with Blorpco. "
                             '"It fell," said Al Toft, an analyst with Purvin and Gertz.')
    assert "Purvin" not in orgs
    assert "Quorvo" not in orgs and "Blorpco" not in orgs


def test_companies_of_performers_and_investment_firms_by_their_last_word() -> None:
    _, orgs = extract_actors(
        "She joined the Zentrovia Ballet in 1950 and sang with the Quorvo Chamber Orchestra. "
        "Funds came from Blorp Capital and Moravex Investments, and Skyvale Films made it.")
    assert {"Zentrovia Ballet", "Quorvo Chamber Orchestra", "Blorp Capital",
            "Moravex Investments", "Skyvale Films"} <= set(orgs)


def test_an_institution_is_a_body() -> None:
    people, orgs = extract_actors("said Nicholas Lardy, a China expert at the Brookings "
                                  "Institution.")
    assert people == ["Nicholas Lardy"] and orgs == ["Brookings Institution"]
