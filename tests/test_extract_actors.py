"""People and organisations: canonical names, titles, possessives, org rules."""

from __future__ import annotations

from newsearch.extract import enrich, extract_actors, org_code
from newsearch.model import Article


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


def test_international_orgs_in_passing_are_kept() -> None:
    lead = "Japan's exports rose sharply in March, the finance ministry said. " * 12
    _, orgs = extract_actors(lead + "Officials will also meet the IMF next month.")
    assert "International Monetary Fund" in orgs


def test_possessive_and_institution_cues_make_orgs() -> None:
    _, orgs = extract_actors("Visitors crashed Unicef's website in Chennai.")
    assert "Unicef" in orgs
    people, orgs = extract_actors("He said Smith's family was fine.")
    assert "Smith" not in orgs
    _, orgs = extract_actors("Labour regained the seat. The bill went to Parliament.")
    assert {"Labour", "Parliament"} <= set(orgs)
    _, orgs = extract_actors("The tour's sponsor, Mercedes, said it would also give.")
    assert "Mercedes" in orgs


def test_one_word_before_said_is_a_body_only_when_named_elsewhere_bare() -> None:
    people, orgs = extract_actors("Shell is to pay $1m to her. Shell said the deal was fair. "
                                  "An inquiry commissioned by Shell found fault.")
    assert "Shell" in orgs and "Shell" not in people
    people, orgs = extract_actors("Miyazawa says there are no plans for talks")
    assert people == ["Miyazawa"] and orgs == []
    people, _ = extract_actors("Judy Boynton left the firm. Boynton said she was glad.")
    assert people == ["Judy Boynton"]


def test_headline_only_names() -> None:
    people, _ = extract_actors("Miyazawa expects coordinated action to stabilise currencies")
    assert people == ["Miyazawa"]
    people, _ = extract_actors("Japan still asking banks to limit dollar deals - Miyazawa")
    assert people == ["Miyazawa"]
    people, _ = extract_actors("The yen rose against the dollar in Tokyo - analysts")
    assert people == []
    people, _ = extract_actors("LAWSON TELLS PANEL HE WANTS STERLING TO STAY AROUND 1.60")
    assert people == ["Lawson"]


def test_known_bodies_in_capitals_and_at_the_head_of_longer_names() -> None:
    _, orgs = extract_actors("EC SETS EXPORT LICENCES ON MAIZE\nTraders said so.")
    assert "European Community" in orgs
    _, orgs = extract_actors("The European Community Commission awarded licences.")
    assert "European Community" in orgs


def test_possessive_before_a_full_name_is_a_team_or_firm() -> None:
    people, orgs = extract_actors("West Ham's Gavin Williams looks certain to be out.")
    assert orgs == ["West Ham"] and people == ["Gavin Williams"]
    _, orgs = extract_actors("Britain's Tony Blair came.")
    assert orgs == []


def test_capitals_headline_person_before_to_confirmed_by_the_body() -> None:
    from newsearch.extract import enrich
    from newsearch.model import Article

    art = enrich(Article(title="REAGAN TO HOLD NEWS CONFERENCE THURSDAY",
                         body="President Reagan will hold a news conference on Thursday, the "
                              "White House said. It will be his first since November. Reagan "
                              "last met reporters in Washington."))
    assert any(p.endswith("Reagan") for p in art.people)
    other = enrich(Article(title="CHRYSLER TO BUY AMC STAKE",
                           body="The carmaker said it would pay cash. Analysts in Detroit "
                                "welcomed the deal. Shares in both rose on Monday."))
    assert "Chrysler" not in other.people


def test_title_person_before_and_is_no_body() -> None:
    # "President Reagan and Treasury\nSecretary ..." is two people, not "... and Treasury".
    people, _ = extract_actors(
        "The Treasury said only President Reagan and Treasury\nSecretary James Baker may "
        "speak on the dollar.")
    assert "Reagan" in people and "James Baker" in people


def test_small_town_name_before_said_is_a_person_only_with_evidence() -> None:
    # "Lawson" is also a town; a title elsewhere in the story vouches for the person.
    people, _ = extract_actors("Chancellor Lawson spoke on Monday.\nLawson said rates "
                               "were right.")
    assert people == ["Lawson"]
    # A town's name saying something, with no other sign of a person, stays no person.
    people, _ = extract_actors("Prices rose on Monday. Goodyear said sales fell.")
    assert "Goodyear" not in people


def test_popular_first_name_before_common_word_is_a_person() -> None:
    people, _ = extract_actors("The novel was written by Stephen King and praised by "
                               "former prime minister John Major and Jamie Noon.")
    assert {"Stephen King", "John Major", "Jamie Noon"} <= set(people)
    # A rare given name or a place before a common word opens a firm's or a thing's name.
    people, _ = extract_actors("The deal with Davis Water and the Reagan Administration "
                               "and London Branch was signed.")
    assert not {"Davis Water", "Reagan Administration", "London Branch"} & set(people)


def test_bodiless_headline_person_verb() -> None:
    from newsearch.extract import enrich
    from newsearch.model import Article

    art = enrich(Article(title="REAGAN TO HOLD NEWS CONFERENCE AT 2000 EST THURSDAY", body=""))
    assert art.people == ["Reagan"]
    art = enrich(Article(title="CHRYSLER TO BUY AMC STAKE", body=""))
    assert art.people == []


def test_officer_named_after_body_run() -> None:
    people, orgs = extract_actors("He met Governor of the Bank of England Robin "
                                  "Leigh-Pemberton on Monday.")
    assert "Robin Leigh-Pemberton" in people
    assert "Bank of England" in orgs


def test_appositive_name_before_comma_said() -> None:
    people, _ = extract_actors("The president of the Brazilian Coffee Institute, Jorio "
                               "Dauster,\nsaid yesterday he had not decided.")
    assert "Jorio Dauster" in people


def test_he_after_name_and_verb() -> None:
    people, _ = extract_actors("Critics attacked the budget.\nGandhi announced small "
                               "increases but he ordered a hold-down.")
    assert people == ["Gandhi"]
    people, _ = extract_actors("Critics attacked the budget.\nNestle announced small "
                               "increases but it ordered a hold-down.")
    assert people == []


def test_town_named_surname_that_says_he_is_a_person() -> None:
    # Mandela and Clinton are towns too: "he" after "said" settles it, "it" does not.
    people, _ = extract_actors("Told of the ruling, Mandela said he was pleased.")
    assert people == ["Mandela"]
    people, _ = extract_actors("The plant is old. Reading said it would close the plant.")
    assert people == []


def test_kin_and_quoted_as_saying_mark_lone_surnames() -> None:
    people, _ = extract_actors("Later, Clinton's wife spoke to the crowd.")
    assert people == ["Clinton"]  # a town's name too
    people, orgs = extract_actors("Itar-Tass quoted Chernomyrdin as saying the budget was tight.")
    assert people == ["Chernomyrdin"] and orgs == ["Itar-Tass"]
    # A firm's spokesman is no kin: the owner stays unread.
    people, _ = extract_actors("Later, Chrysler's spokesman declined to comment.")
    assert people == []


def test_papers_administrations_and_oil_majors() -> None:
    people, orgs = extract_actors("The daily Al-Ahram said Egypt would attend.")
    assert people == [] and orgs == ["Al-Ahram"]
    people, _ = extract_actors("Later, the Clinton administration said it would veto it.")
    assert people == ["Clinton"]  # a town's name too
    people, orgs = extract_actors("Later, the oil major Texaco said output rose.")
    assert people == [] and orgs == ["Texaco"]
    # A rank has its capital; "major" before a name is otherwise an adjective.
    people, _ = extract_actors("Later, Major Hackett said the troops had left.")
    assert people == ["Hackett"]


def test_letters_time_zones_states_and_rates_are_no_bodies() -> None:
    _, orgs = extract_actors("The USS Carney and the MV Ruby were hit.")
    assert orgs == []
    _, orgs = extract_actors("Figures cover M-1 and\nM-3 money supply, released at 1630 EST "
                             "(2130 GMT) in Albany, N.Y., and Trenton, N.J., officials said.")
    assert orgs == []
    _, orgs = extract_actors("It lends at London Interbank Offered Rates (LIBOR) plus 5/8 "
                             "point, and at 60 points over LIBOR, said Thomson McKinnon Inc.")
    assert orgs == ["Thomson McKinnon Inc"]
    # A body defined by its acronym still is one; so is a repeated acronym.
    _, orgs = extract_actors("The National Hi-Tech Crime Unit (NHTCU) said arrests rose. "
                             "Talks with the NHTCU and the ABC went on; the ABC agreed.")
    assert {"National Hi-Tech Crime Unit", "ABC"} <= set(orgs)


def test_firm_before_its_analyst_and_bond_managers() -> None:
    people, orgs = extract_actors("Sales rose, Merrill Lynch analyst Matt Aizawa said.")
    assert people == ["Matt Aizawa"] and orgs == ["Merrill Lynch"]
    people, orgs = extract_actors("The notes yield 7.6 pct, said lead manager Morgan Stanley.")
    assert people == [] and orgs == ["Morgan Stanley"]
    # A field before the role is no firm; a manager of a club is a person.
    _, orgs = extract_actors("Later, energy analyst Tom Daniels proposed a tariff.")
    assert orgs == []
    people, _ = extract_actors("Later, manager Alex Ferguson was angry.")
    assert people == ["Alex Ferguson"]


def test_feasts_are_dates_and_short_firm_and_club_words() -> None:
    people, orgs = extract_actors("Sales before Christmas rose. Christmas trade was strong, and "
                                  "Easter sales fell, Warner Bros said. The fine hit Man Utd.")
    assert people == [] and orgs == ["Warner Bros", "Man Utd"]


def test_title_words_naming_a_committee_hold_no_person() -> None:
    people, _ = extract_actors("Amstutz told a House Agriculture Appropriations subcommittee "
                               "that exports would rise.")
    assert people == ["Amstutz"]
    people, _ = extract_actors("The bill would give President Reagan authority to act.")
    assert people == ["Reagan"]


def test_long_international_name_across_a_line_break_is_read_once() -> None:
    people, orgs = extract_actors("Prices fell, the Organisation for Economic Cooperation and"
                                  "\nDevelopment said.")
    assert people == [] and orgs == ["OECD"]
    people, orgs = extract_actors("Ministers met, said Organisation for Economic Cooperation "
                                  "and\nDevelopment Jean-Claude Paye on Monday.")
    assert people == ["Jean-Claude Paye"] and orgs == ["OECD"]


def test_name_before_magazine_is_a_publication() -> None:
    _, orgs = extract_actors("Sales fell, a survey by the Rolling Stone magazine found.")
    assert orgs == ["Rolling Stone"]


def test_works_and_acts_name_no_one() -> None:
    people, orgs = extract_actors("Imelda Staunton won for the film Vera Drake, and the "
                                  "Energy Act was passed.")
    assert people == ["Imelda Staunton"] and orgs == []


def test_share_classes_are_no_bodies() -> None:
    _, orgs = extract_actors("Trump offered to buy all Class B shares of Resorts International "
                             "Inc, and the Class A stock rose.")
    assert orgs == ["Resorts International Inc"]


def test_counties_creeks_and_hotels_are_no_people() -> None:
    people, _ = extract_actors("Drilling began in Harris County, near the Hope Creek plant "
                               "and the Roosevelt Hotel.")
    assert people == []


def test_partners_divisions_prizes_and_country_descriptions() -> None:
    people, orgs = extract_actors("Later, Marks & Spencer won the Booker Prize, its Retail "
                                  "Division grew, and a U.S. Official and Richard & Judy "
                                  "said so.")
    assert people == ["Richard & Judy"]
    assert orgs == ["Marks & Spencer", "Retail Division"]


def test_web_credits_and_capital_abbreviations() -> None:
    # A no-break space before the credit, and a credit passed on "via" another outlet.
    people, orgs = extract_actors("Four men were sentenced.\xa0(Al Arabiya)\n"
                                  "Clashes broke out. (AFP via Le Monde) (AP)")
    assert people == [] and orgs == ["Al Arabiya", "AFP", "Le Monde", "AP"]
    # "DR" in mixed case is no doctor.
    people, _ = extract_actors("The DR Congo is represented by Prime Minister Judith Suminwa.")
    assert people == ["Judith Suminwa"]


def test_arabic_article_joined_to_a_name_is_no_given_name() -> None:
    people, _ = extract_actors("Somalia began an offensive against ISIL and Al-Shabaab.")
    assert people == []
    people, _ = extract_actors("Later, Jean-Claude Paye and Al Gore came.")
    assert people == ["Jean-Claude Paye", "Al Gore"]


def test_rivers_venues_and_papers_are_no_people() -> None:
    people, _ = extract_actors("Later, an airstrike hit Al Anbar Governorate and Lalitpur "
                               "District, near Nasser Hospital.")
    assert people == []
    people, orgs = extract_actors("Later, the River Thames rose near the Lyric Theatre, the "
                                  "San Francisco Chronicle said.")
    assert people == [] and orgs == ["San Francisco Chronicle"]


def test_full_name_of_country_is_a_player() -> None:
    people, _ = extract_actors("The quarter final pits wild card Sania Mirza of India "
                               "against a seed.")
    assert people == ["Sania Mirza"]
    # "the Western District of New York" is no person.
    people, _ = extract_actors("A judge in the Western District of Texas ruled.")
    assert people == []


def test_seat_after_title_and_role_opening_sentence() -> None:
    people, _ = extract_actors("He was the Conservative MP for Kensington and Chelsea.")
    assert people == []
    people, _ = extract_actors("No one left.\nContestants Paul Burrell and Joe Pasquale "
                               "stayed.")
    assert "Paul Burrell" in people and not any("Contestants" in p for p in people)


def test_a_bodys_short_name_in_a_capitals_headline_is_no_person() -> None:
    # "FED SAYS" reads like "VOLCKER SAYS": the Fed is an institution, as the Pentagon is.
    article = enrich(Article(
        title="U.S. COMMERCIAL PAPER FALLS 375 MLN DLRS IN FEB 18 WEEK, FED SAYS",
        body="Commercial paper outstanding fell 375 mln dlrs in the week ended Feb 18, "
             "the Federal Reserve said."))
    assert article.people == []
    assert article.orgs == ["Federal Reserve"]


def test_eu_stories_name_the_european_union_with_reuters_code() -> None:
    _people, orgs = extract_actors("The EU agreed on Monday. Ministers of the European "
                                   "Economic Community met in 1987.")
    assert orgs == ["European Union", "European Community"]
    assert {org_code(o) for o in orgs} == {"ec"}  # one Reuters-21578 tag for both


def test_nationality_before_a_full_name_is_dropped() -> None:
    people, orgs = extract_actors("He beat American Robby Ginepri and Russian Dmitriy Bogdanov "
                                  "in the final. American Express Co shares rose.")
    assert {"Robby Ginepri", "Dmitriy Bogdanov"} <= set(people)
    assert "American Express Co" in orgs


def test_nationality_is_no_one() -> None:
    # A demonym alone names no one, after a title or in a hyphenated pair.
    people, _ = extract_actors("Chief Soviet arms negotiator Yuli Vorontsov said Soviet-American "
                               "talks had made a breakthrough.")
    assert people == ["Yuli Vorontsov"]


def test_nationality_before_a_full_name_is_cut() -> None:
    # "Lynton" is no given name: the nationality still goes, the surname confirms the rest.
    people, _ = extract_actors("The paper said Australian Lynton Crosby told the leader to "
                               "focus. Mr Crosby denied it.")
    assert people == ["Lynton Crosby"]


def test_nationality_before_a_surname_joins_the_full_name() -> None:
    people, orgs = extract_actors("Andre Agassi won in Sydney. American Agassi is set to play "
                                  "a qualifier. American Express shares rose.")
    assert people == ["Andre Agassi"]
    assert "Express" not in orgs


def test_initial_and_surname_is_a_person() -> None:
    people, _ = extract_actors("M. Atherton b Waqar Younis 31\nA. Stewart b Mushtaq Ahmed 44\n")
    assert {"M. Atherton", "A. Stewart"} <= set(people)


def test_news_agency_and_adjectives() -> None:
    people, orgs = extract_actors("The Communist Party boycotted the vote, Itar-Tass news agency "
                                  "said. European ministers met.")
    assert "Itar-Tass" in orgs and "Communist Party" in orgs
    assert "European" not in people and "European" not in orgs


def test_capitalised_particle_stays_in_the_name() -> None:
    people, _ = extract_actors("Jean-Marie Le Pen attacked the plan. Conchita Martinez of Spain "
                               "won.")
    assert {"Jean-Marie Le Pen", "Conchita Martinez"} <= set(people)


def test_a_titles_place_is_no_part_of_the_holders_name() -> None:
    people, _orgs = extract_actors(
        "He met Turkish Ambassador to Athens Nazmi Akiman, who arrived last night. "
        "The envoy in Tokyo Mike Mansfield said so.")
    assert people == ["Nazmi Akiman", "Mike Mansfield"]


def test_a_capitals_headlines_word_after_a_title_needs_the_story() -> None:
    cases = [("MANOR CARE INC <MNR> CHAIRMAN RESIGNS", "Manor Care Inc said its chairman "
              "resigned.", []),
             ("GENERAL ELECTRIC <GE> SELLS NOTES", "General Electric Co is offering notes.", []),
             ("TREASURY'S BAKER SAYS DOLLAR STABLE", "Treasury Secretary James Baker said the "
              "dollar was stable.", ["James Baker"]),
             ("PRESIDENT REAGAN TO VISIT CANADA", "", ["Reagan"])]  # no story: the title says
    for title, body, people in cases:
        assert enrich(Article(title=title, body=body)).people == people, title


def test_agreements_features_and_portfolios_are_nobody() -> None:
    people, orgs = extract_actors(
        "Turkey cites the 1956 Geneva Convention, and Robert Ortner, Undersecretary for "
        "Economic Affairs, said so. The Cooper Basin producer grew. Output rose, Giant Bay "
        "said. Michael Bay said nothing.")
    assert people == ["Robert Ortner", "Michael Bay"]
    assert orgs == ["Giant Bay"]  # a feature's name that speaks is a firm's


def test_plural_party_members_name_the_party() -> None:
    people, orgs = extract_actors("The Christian Democrats and Free Democrats met the "
                                  "Prime Minister.")
    assert {"Christian Democrats", "Free Democrats"} <= set(orgs) and not people
    # A small town's name before the members ("Liberal", Kansas) does not make them its
    # people; a state's does ("Illinois Democrats" are no party of their own).
    people, orgs = extract_actors("The Liberal Democrats and the Lib Dems' leader met. Plans "
                                  "were unveiled by the Conservatives. Democrats said no. "
                                  "Illinois Democrats voted against it.")
    assert orgs == ["Liberal Democrats", "Lib Dems", "Conservatives", "Democrats"]
    assert not people


def test_a_sentence_opening_with_a_given_name_names_a_person() -> None:
    people, _ = extract_actors("Bill Clinton arrived in Ohio on Monday.")
    assert people == ["Bill Clinton"]


def test_surnames_with_an_apostrophe_are_people() -> None:
    people, orgs = extract_actors(
        "Senator Alfonse D'Amato said the bill was dead. Coach Eddie O'Sullivan named his "
        "side. O'Sullivan has kept faith with his players, and O'Sullivan's squad is fit.")
    assert people == ["Alfonse D'Amato", "Eddie O'Sullivan"]
    assert orgs == []


def test_a_role_before_an_unknown_full_name_marks_a_person() -> None:
    assert extract_actors("Saudi dissident Osama bin Laden was expelled.")[0] == [
        "Osama bin Laden"]
    assert extract_actors("Russian tycoon Boris Berezovsky left.")[0] == ["Boris Berezovsky"]


def test_surnames_that_are_titles() -> None:
    assert extract_actors("Mr Major said the talks would go on.")[0] == ["Major"]
    assert extract_actors("Boxing promoter Don King said.")[0] == ["Don King"]
    assert extract_actors("Mervyn King, chief economist at the Bank of England, said.")[0] == [
        "Mervyn King"]
    # An office stays an office: "Lord Chancellor", "Finance Minister".
    assert extract_actors("The Lord Chancellor and the Finance Minister spoke.")[0] == []


def test_a_month_after_a_popular_given_name_is_a_surname() -> None:
    people, orgs = extract_actors("Others targeted include David Davis and Theresa May. Brian May "
                                  "played on Friday May 5. The Long March ended. Sun "
                                  "Microsystems has launched a service at Weston Park.")
    assert people == ["David Davis", "Theresa May", "Brian May"]
    assert orgs == ["Sun Microsystems"]


def test_a_sites_name_is_no_one_and_a_ways_name_speaks_for_no_body() -> None:
    # "Downing Street said": the office there, a place (see extract/features.py), not a body.
    assert extract_actors("Downing Street said the talks went well.") == ([], [])
    assert extract_actors("Rides at Alton Towers were shut. Shows in Drury Lane ran.") == ([], [])
    assert extract_actors("Nathan Lane said he was happy.") == (["Nathan Lane"], [])
    assert extract_actors("Flights land at Los Angeles International Airport.") == ([], [])


def test_kin_before_a_place_name_makes_a_person() -> None:
    people, _ = extract_actors("He quarrelled with his daughter Victoria over the bill. "
                               "He flew to Victoria with his wife.")
    assert people == ["Victoria"]


def test_hyphenated_surname_with_a_common_word() -> None:
    # "Cross" is a common word, but joined to "Hulme" it is part of the surname.
    people, _ = extract_actors("Damian Hockney and Peter Hulme-Cross were elected in 2004. "
                               "Fans watched the Tri-Nations series.")
    assert people == ["Damian Hockney", "Peter Hulme-Cross"]


def test_feature_noun_or_country_after_a_name_makes_it_a_place() -> None:
    people, _ = extract_actors("Forces struck targets in the Cal Miskaad mountains on Monday. "
                               "A bus crashed in Rio Grande do Sul, Brazil, killing seven.")
    assert people == []
    # A person's country after a comma without "in" before, or a possessive, stays a person.
    people, _ = extract_actors("Marat Safin, Russia, beat Roger Federer. He met John Smith, "
                               "Brazil's president.")
    assert people == ["Marat Safin", "Roger Federer", "John Smith"]


def test_portfolio_before_a_name_is_no_title() -> None:
    # "Home" is a title only before an office's noun ("Home Secretary").
    people, orgs = extract_actors("Lorimar named three executives at Karl-Lorimar Home Video, "
                                  "its wholly owned subsidiary. Home Secretary Charles Clarke "
                                  "said no.")
    assert people == ["Charles Clarke"]
    assert "Karl-Lorimar Home Video" in orgs
    # Inside an office's name a portfolio still heads its holder.
    people, _ = extract_actors("The Office of Management and Budget James Miller said so. "
                               "Minister of Industry and Trade Cahit Aral spoke.")
    assert people == ["James Miller", "Cahit Aral"]


def test_a_role_opening_the_sentence_is_no_part_of_the_name() -> None:
    assert extract_actors("Rapper Snoop Dogg has been arrested in Los Angeles.")[0] \
        == ["Snoop Dogg"]
    assert extract_actors("Striker Novo scored twice on Saturday.")[0] == ["Novo"]
    assert extract_actors("Sprinters Kostas Kenteris and Katerina Thanou were charged.")[0] \
        == ["Kostas Kenteris", "Katerina Thanou"]
    # A firm's name that opens with a role word stays the firm's.
    assert extract_actors("Champion Products Inc said sales rose.") \
        == ([], ["Champion Products Inc"])


def test_a_capitals_headline_names_no_person_the_text_calls_a_body() -> None:
    assert extract_actors("USDA SAYS CORN STOCKS ROSE\nThe USDA said corn stocks rose.") \
        == ([], ["USDA"])
    assert extract_actors("YEUTTER SAYS TALKS WILL GO ON\n"
                          "Trade Representative Clayton Yeutter said the talks would go on.")[0] \
        == ["Clayton Yeutter"]


def test_a_members_seat_is_neither_a_person_nor_a_body() -> None:
    people, orgs = extract_actors(
        "Nadine Dorries, the MP for Mid-Bedfordshire, said no. The MP for Bedford said yes. "
        "Labour MP for Leeds West Rachel Reeves spoke.")
    assert people == ["Nadine Dorries", "Rachel Reeves"]
    assert orgs == ["Labour"]
    article = enrich(Article(id="a", title="Vote", body="The MP for Mid-Bedfordshire said no."))
    names = [p.name for p in article.places]
    assert article.people == [] and "Mid-Bedfordshire" in names
    assert "Bedfordshire" not in names  # the county is only part of the seat's name


def test_a_portfolio_missing_from_the_title_list_is_cut_before_its_holder() -> None:
    people, _ = extract_actors(
        "Minister of Mines Patrick Chitambala confirmed it. Under-Secretary of State for "
        "Economic Affairs Allen Wallis spoke. The Attorney General of New York agreed.")
    assert people[:2] == ["Patrick Chitambala", "Allen Wallis"] and "York" not in people


def test_a_chief_executive_written_as_an_acronym_is_a_title() -> None:
    people, orgs = extract_actors("Apple CEO Steve Jobs said the iPod sold well. Vodafone CFO "
                                  "Ken Hydon said costs fell, and the CEO of a rival agreed.")
    assert people == ["Steve Jobs", "Ken Hydon"]
    assert orgs == ["Apple", "Vodafone"]  # and no body "CEO"
    people, orgs = extract_actors("Microsoft founder Bill Gates and Twitter owner Elon Musk met.")
    assert people == ["Bill Gates", "Elon Musk"] and orgs == ["Microsoft", "Twitter"]
