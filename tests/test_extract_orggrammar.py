"""A body's grammar: plural agreement, possessed products, a common word after a trade noun
(extract/orggrammar.py)."""

from __future__ import annotations

from newsearch.extract import extract_actors


def test_a_name_with_a_plural_verb_is_a_body() -> None:
    _, orgs = extract_actors(
        "The festival sold out quickly. Rock veterans Zorblatt have joined the bill, and "
        "promoters said Quillfeather Sachs are advising the owners.")
    assert {"Zorblatt", "Quillfeather Sachs"} <= set(orgs)


def test_plural_verbs_after_people_lists_and_plain_nouns_name_no_body() -> None:
    people, orgs = extract_actors(
        "Jonathan Ambridge and Peter Quellin are friends. Pensioners are angry. "
        "Winger Marco Vellutti are back. Nintendo's Zapcube have sold well. "
        "The Hunting Bill was debated. Prices are higher than in Stoke-on-Trent are.")
    assert orgs == []
    assert {"Jonathan Ambridge", "Peter Quellin"} <= set(people)


def test_a_possessive_before_a_product_is_a_firm() -> None:
    _, orgs = extract_actors(
        "Reviewers liked Zentrix's new phone. Qorvane's Media Player 10 won, and buyers "
        "queued for Brellin's iPlod.")
    assert {"Zentrix", "Qorvane", "Brellin"} <= set(orgs)


def test_a_person_or_a_date_before_a_product_stays_no_body() -> None:
    people, orgs = extract_actors(
        "Fans bought Tony Harkin's Underground 2. Saturday's Grand 6 Nations opener was "
        "sold out, as was Dorian Maple's Wimbledon 2004 video.")
    assert orgs == []
    assert "Tony Harkin" in people


def test_a_common_word_after_a_trade_noun_is_a_firm() -> None:
    _, orgs = extract_actors(
        "The unit went to Japanese manufacturer Sharp. Memory shop Crucial shared the "
        "award, said the trade newspaper Variety.")
    assert {"Sharp", "Crucial", "Variety"} <= set(orgs)


def test_a_common_word_heading_a_longer_name_after_a_trade_noun_is_not() -> None:
    _, orgs = extract_actors(
        "He quoted the magazine Business and Finance. It moved to station Key 103. "
        "Lead underwriters Wheat, First Securities Inc said so. The plant's unit Two "
        "stopped.")
    assert "Business" not in orgs and "Key" not in orgs and "Wheat" not in orgs
    assert "Two" not in orgs


def test_an_acronym_and_a_number_word_name_a_channel() -> None:
    _, orgs = extract_actors("She fronted BBC One's Fame Academy. The show moves to BBC Two "
                             "in March.")
    assert {"BBC One", "BBC Two"} <= set(orgs)
    _, orgs = extract_actors("WORLD WAR TWO ended. Unit One was shut. The plant Two stopped.")
    assert orgs == []


def test_an_acronym_and_a_place_name_a_bodys_arm() -> None:
    _, orgs = extract_actors("BBC Wales understands the deal is off. Speaking to BBC Northern "
                             "Ireland, he said MTV Asia would follow.")
    assert {"BBC Wales", "BBC Northern Ireland", "MTV Asia"} <= set(orgs)


def test_initials_a_compound_or_a_site_before_a_place_name_no_arm() -> None:
    _, orgs = extract_actors("Songs by PJ Harvey were played. Oil from non-OPEC Mexico rose. "
                             "They landed at RAF Northolt on Tuesday.")
    assert not {"PJ Harvey", "OPEC Mexico", "RAF Northolt"} & set(orgs)


def test_initials_joined_by_ampersand_are_a_firm() -> None:
    _, orgs = extract_actors(
        "Shares in M&S rose. Earlier, rivals bid for AT&T's network. She sings R&B and "
        "held a Q&A afterwards. Marks & Spencer has cut prices.")
    assert {"M&S", "AT&T", "Marks & Spencer"} <= set(orgs)
    assert "R&B" not in orgs and "Q&A" not in orgs


def test_a_stations_number_is_part_of_its_name() -> None:
    _, orgs = extract_actors(
        "He told Zedcast Radio 4's morning show he was sorry. Redmond wants to buy Channel 5, "
        "whose shares rose 4 per cent.")
    assert {"Zedcast Radio 4", "Channel 5"} <= set(orgs)
    assert "Zedcast Radio" not in orgs and "Channel" not in orgs


def test_a_public_bodys_remit_joined_by_and_is_part_of_its_name() -> None:
    _, orgs = extract_actors(
        "A Department for Quarrying and Pensions spokeswoman said no. Cuts at the Ministry of "
        "Mining, Forests and Fisheries were announced, and the Office of Zorbling and\n"
        "Budget agreed.")
    assert {"Department for Quarrying and Pensions", "Ministry of Mining, Forests and Fisheries",
            "Office of Zorbling and Budget"} <= set(orgs)
    assert not {"Pensions", "Fisheries", "Budget", "Department for Quarrying"} & set(orgs)


def test_a_body_place_or_title_after_and_is_no_remit() -> None:
    people, orgs = extract_actors(
        "Lenders told the Council of Quorn Lenders, Brastow Bankers Association and Building "
        "Societies. The Department of Health and Scotland agreed, and the Office of "
        "Management and Budget Director James Corliss spoke.")
    assert not any(" and " in org for org in orgs)
    assert "James Corliss" in people


def test_a_name_before_members_or_positions_is_a_body() -> None:
    _, orgs = extract_actors(
        "Jets struck Zarqat positions overnight. Two Morvelan members were arrested, and "
        "troops took three Zarqat strongholds near the river.")
    assert {"Zarqat", "Morvelan"} <= set(orgs)


def test_members_after_an_article_a_count_or_a_nationality_name_no_body() -> None:
    _, orgs = extract_actors(
        "The members met on Monday. Fourteen members of the crew died. Both are the only "
        "Latin American members of the cartel. Senior positions went unfilled. "
        "Picketing Quorblat members at the plant were calm.")
    assert "The" not in orgs and "Fourteen" not in orgs and "Latin American" not in orgs
    assert "Senior" not in orgs and "Picketing Quorblat" not in orgs


def test_a_name_joined_to_a_country_by_and_is_a_body() -> None:
    _, orgs = extract_actors(
        "Talks between Israel and Zarqat resumed. Morvelan and Egypt agree to a truce. "
        "A deal between the United States and the Quorbani was signed.")
    assert {"Zarqat", "Morvelan", "Quorbani"} <= set(orgs)


def test_places_joined_to_a_country_by_and_stay_places() -> None:
    for text in ("He flew to Trinidad and Tobago.", "Trade deficits with Taiwain and Korea grew.",
                 "Offices in France and Oportu in Portugal closed.",
                 "Jets hit Gaza and the Shatir camp.", "Exports to Japan, Korea and Taiwain rose."):
        assert extract_actors(text)[1] == [], text


def test_a_one_word_subject_that_goes_on_to_its_is_a_body() -> None:
    _, orgs = extract_actors(
        "Analysts were cautious. Zarvello will enter the market later this year with its new "
        "handheld. He said Quintora also did its own research, while Brevik has tweaked its "
        "search engine.")
    assert {"Zarvello", "Quintora", "Brevik"} <= set(orgs)


def test_its_after_an_object_a_partner_or_another_subject_names_no_body() -> None:
    people, orgs = extract_actors(
        "Farmers watched the Yangtze as it rose to its highest level. Machines infected by "
        "Zorbrat could hamper its removal. Duff and Phelps raised its rating. Telford Kemble "
        "said Kemble thought the company would cut its dividend. Podcasting takes its name "
        "from the iPod.")
    assert not {"Yangtze", "Zorbrat", "Phelps", "Podcasting"} & set(orgs)
    assert "Kemble" not in orgs
    assert "Telford Kemble" in people


def test_a_possessive_before_what_a_firm_runs_is_a_firm() -> None:
    _, orgs = extract_actors(
        "Gamers can join Zentrix's subscription-based broadband network. The phone was "
        "launched by Qorvane's Japanese division, and jobs at Brellin's Midlands plant may go.")
    assert {"Zentrix", "Qorvane", "Brellin"} <= set(orgs)


def test_a_lone_name_doing_a_bodys_deed_is_a_body() -> None:
    _, orgs = extract_actors(
        "Zarqavin releases three hostages in exchange for prisoners. The Morvathi confirms "
        "that its fighters struck a base. Quelbrix launches a new rocket from Florida.")
    assert {"Zarqavin", "Morvathi", "Quelbrix"} <= set(orgs)


def test_deed_verbs_after_people_titles_nouns_and_in_headlines_name_no_body() -> None:
    people, orgs = extract_actors(
        "Dorran Velisk said on Monday. Velisk releases a statement every week. "
        "President Harlowe announces new taxes. The leader of Tessaly launches a campaign. "
        "Shelling kills two people. Zarqavin attacks on ships continued. "
        "Lindow signs the order.")
    assert orgs == []
    assert "Dorran Velisk" in people
    _, orgs = extract_actors("Row threatens museum plan")
    assert orgs == []


def test_a_name_joined_to_a_country_by_a_dash_before_war_is_a_body() -> None:
    people, orgs = extract_actors(
        "Aid groups warn of famine during the Israel–Zarqavin war. Doctors died in the "
        "Morvathi-France conflict, and talks on the Lebanon-Quelbrix ceasefire resume.")
    assert {"Zarqavin", "Morvathi", "Quelbrix"} <= set(orgs)
    assert people == []


def test_dash_compounds_of_two_countries_or_a_person_name_no_body() -> None:
    people, orgs = extract_actors(
        "The Russia-Ukraine war goes on. The Arab-Israeli conflict is old. "
        "Smith-Jones talks began, and France-Zarqavin trade grew.")
    assert orgs == []
