"""Direct tests of the small predicates in extract/orgcues.py."""

from __future__ import annotations

from conftest import run_named
from newsearch.extract import extract_actors
from newsearch.extract.orgcues import (
    affiliation,
    beside_body,
    body_says,
    describes,
    initial_name,
    leads_body,
    para_word,
    trade_name,
)


def test_leads_body() -> None:
    assert leads_body(["sinn", "fein"]) and leads_body(["likud"])
    assert not leads_body(["tory"]) and not leads_body(["house", "democratic"])
    assert not leads_body(["liberal", "democrat"])


def test_body_says_and_describes() -> None:
    assert body_says(["bundesbank"]) and body_says(["paris", "bourse"])
    assert not body_says(["illinois", "democrat"]) and not body_says(["judge"])
    assert describes(["latin", "american"]) and describes(["u", "s", "officials"])
    assert not describes(["merrill", "lynch"])


def test_trade_name() -> None:
    run = run_named("Output at Mitsubishi Electric fell.", "Mitsubishi Electric")
    assert trade_name(run, 0, run.keys)
    run = run_named("Later Mike Mills spoke.", "Mike Mills")
    assert not trade_name(run, 0, run.keys)


def test_initial_name() -> None:
    run = run_named("Close of play: M. Atherton b Wasim 31.", "M. Atherton")
    assert initial_name(run, 0, 2)


def test_para_word_reads_past_a_paragraph_break() -> None:
    text = "Gas prices rose.\n\nShares in Gazprom fell."
    run = run_named(text, "Gazprom")
    assert para_word(run) == "in"


def test_beside_body() -> None:
    assert beside_body(run_named("Deutsche Bank and Commerzbank were active.", "Commerzbank"))
    assert not beside_body(run_named("First Boston Corp and Kidder, Peabody and Co.", "Kidder"))


def test_plural_owner_joins_members_to_their_body() -> None:
    from newsearch.extract import extract_actors

    _, orgs = extract_actors("He joined the Transport and General Workers' Union. The "
                             "Farmers' Union met. Anheuser-Busch Cos' Metal Container Corp "
                             "grew and Buenos Aires' City Council voted.")
    assert "Transport and General Workers' Union" in orgs and "Farmers' Union" in orgs
    assert not any(o.startswith(("Anheuser-Busch Cos'", "Buenos Aires'")) for o in orgs)


def test_closing_reuter_signature_is_no_body() -> None:
    from newsearch.extract import extract_actors

    _, orgs = extract_actors("Iomega Corp said it laid off staff.\n REUTER\n")
    assert orgs == ["Iomega Corp"]


def test_outlets_quote_and_report() -> None:
    from newsearch.extract import extract_actors

    people, orgs = extract_actors("The talks failed, Handelsblatt reported. Interfax quoted an "
                                  "aide as saying so. As reported, John Smith reported late.")
    assert {"Handelsblatt", "Interfax"} <= set(orgs)
    assert "As" not in orgs and "John Smith" not in orgs


def test_foreign_firm_heads() -> None:
    from newsearch.extract import extract_actors

    people, orgs = extract_actors("Societe Generale and Credit Suisse First Boston led the "
                                  "issue with Banque Nationale de Paris.")
    assert people == []
    assert {"Societe Generale", "Credit Suisse First Boston",
            "Banque Nationale de Paris"} <= set(orgs)


def test_share_price_moves_name_firms() -> None:
    from newsearch.extract import extract_actors

    people, orgs = extract_actors("In Tokyo, Sony gained 50 yen and Lukoil fell 3.5 percent. "
                                  "February rose 0.5 pct and the Dow Jones Industrial Average "
                                  "fell 30 points.")
    assert {"Sony", "Lukoil"} <= set(orgs)
    assert "February" not in orgs and "Dow Jones Industrial Average" not in orgs
    assert people == []


def test_a_name_credited_in_brackets_after_a_sentence_is_a_source() -> None:
    from newsearch.extract import extract_actors

    text = ("At least 25 people are killed in Gaza. (Al Jazeera)\n"
            "Floods hit the north. (*Le Monde*) (Reuters)\n"
            "The minister (John Smith) resigned.")
    people, orgs = extract_actors(text)
    assert {"Al Jazeera", "Le Monde", "Reuters"} <= set(orgs)
    assert "Le Monde" not in people and "Al Jazeera" not in people
    assert "John Smith" in people  # in brackets inside a sentence: no credit


def test_who_runs_a_poll_or_a_news_agency_is_a_body() -> None:
    assert extract_actors("A Reuter survey of ten banks showed rates rising.")[1] == ["Reuter"]
    orgs = extract_actors("The latest Marplan poll gave the Tories a lead.")[1]
    assert orgs == ["Marplan", "Tories"]  # (an adherents' plural: the party)
    # A town's name before "news agency" is the agency (Xinhua is also a Chinese town).
    assert extract_actors("The official Xinhua news agency said the talks ended.")[1] == [
        "Xinhua"]
    # A month's or a common word's survey names no body.
    assert extract_actors("The December survey showed prices rising.")[1] == []
    assert extract_actors("The Industry survey showed prices rising.")[1] == []


def test_a_country_defined_by_its_initials_is_no_body() -> None:
    people, orgs = extract_actors("The Democratic Republic of the Congo (DRC) said on Monday the "
                                  "Organisation for Security and Cooperation in Europe (OSCE) "
                                  "was welcome.")
    assert "Organisation for Security and Cooperation in Europe" in orgs
    assert not any("Congo" in name for name in orgs + people)


def test_a_trade_noun_before_a_big_towns_name_makes_it_a_firm_or_club() -> None:
    people, orgs = extract_actors(
        "Consumer electronics giants Hitachi and Matsushita Electric will share technology. "
        "Japanese carmaker Toyota said profits rose. He returned to his former club "
        "Southampton. Seasoned film-makers Roger Michell and Mike Leigh were nominated. The "
        "carrier will fly three daily Atlanta flights. Companion unit Chesterfield 8 opens.")
    assert orgs == ["Hitachi", "Matsushita Electric", "Toyota", "Southampton"]
    assert people == ["Roger Michell", "Mike Leigh"]


def test_a_band_noun_outweighs_a_given_name() -> None:
    people, orgs = extract_actors(
        "Franz Ferdinand won two awards. The band Franz Ferdinand played with headliners "
        "Scissor Sisters and rap act Raw T on Friday. Solo star Franz Klammer sang.")
    assert orgs == ["Franz Ferdinand", "Scissor Sisters", "Raw T"]
    assert people == ["Franz Klammer"]


def test_products_formats_and_illnesses_are_no_bodies() -> None:
    _, orgs = extract_actors(
        "Sales of MP3 players rose and the PSP console sold well. The Ebola virus spread as "
        "Ebola cases rose. Motorola said its Motorola phones sold well, and Intel chips too. "
        "Fujitsu is quitting the LCD panel market.")
    assert "MP3" not in orgs and "PSP" not in orgs and "Ebola" not in orgs and "LCD" not in orgs
    assert "Motorola" in orgs  # a maker's name before its phones is still the maker


def test_consultants_and_dairies_are_firms() -> None:
    people, orgs = extract_actors(
        "The report was carried out by consultants Booz Allen Hamilton and HI Europe. Market "
        "leader Mengniu Dairy declined to comment.")
    assert orgs == ["Booz Allen Hamilton", "HI Europe", "Mengniu Dairy"] and not people


def test_newspapers_named_by_their_day_are_bodies() -> None:
    people, orgs = extract_actors(
        "He told the Daily Telegraph he would stay. The Sunday Times and the Evening Standard "
        "disagreed on Sunday. Virginia Power said it would build a plant.")
    assert orgs == ["Daily Telegraph", "Sunday Times", "Evening Standard", "Virginia Power"]
    assert not people


def test_a_countrys_initials_before_a_common_word_name_no_body() -> None:
    # The wire capitalises the word after "U.S.": "U.S. Banks" are banks, not a bank's name.
    _, orgs = extract_actors("U.S. Banks are lending more, the U.S. Treasury said. U.K. "
                             "Companies agreed, and so did the U.K. Government.")
    assert orgs == ["Treasury", "U.K. Government"]  # (the Treasury: see govbodies)


def test_a_name_apposed_to_a_regulator_or_a_union_is_a_body() -> None:
    _people, orgs = extract_actors(
        "Investors are set to sue, as are Vorsanto, Italy's stock market regulator, and "
        "Kelmetall, Europe's largest union, which wants a rise. The Trust supports the "
        "Association of Children's Hospices, the Blue Sky charity, and others.")
    assert {"Vorsanto", "Kelmetall"} <= set(orgs)
    # The tail of an owner's name before the apposition is no body of its own.
    assert "Hospices" not in orgs


def test_affiliation_after_a_persons_name() -> None:
    text = "Jim Parton, from Families Need Fathers, said the plans lacked bite."
    assert affiliation(run_named(text, "Families Need Fathers"))
    text = "Anne Borthwick, of the Campaign for Borders Rail, said so."
    assert affiliation(run_named(text, "Campaign for Borders Rail"))
    text = "Writer Neil Coppendale, from West Sussex, asked a question."
    assert not affiliation(run_named(text, "West Sussex"))  # where he lives
    text = "Catherine Tate, from The Catherine Tate Show, was nominated."
    assert not affiliation(run_named(text, "The Catherine Tate Show"))  # a work
    text = "Alan Smith, from Eminem's Encore album, sang."
    assert not affiliation(run_named(text, "Eminem"))  # a possessive


def test_story_reads_the_affiliation_as_a_body() -> None:
    people, orgs = extract_actors("Jim Parton, from Families Need Fathers, said the plans "
                                  "lacked bite. Brad Adams, of Human Rights Watch, agreed.")
    assert {"Families Need Fathers", "Human Rights Watch"} <= set(orgs)
    assert "Families Need Fathers" not in people and "Jim Parton" in people


def test_a_nationality_and_a_people_before_rebels_name_no_body() -> None:
    text = ("Rival Iranian Kurdish factions met on Monday. Sudanese Dinka rebels attacked a "
            "town, and Dinka refugees fled north.")
    orgs = extract_actors(text)[1]
    assert "Iranian Kurdish" not in orgs and "Sudanese Dinka" not in orgs
    # A movement's name after its nationality is still a body: no civilians of it.
    orgs = extract_actors("Pakistani Taliban militants stormed a post on Monday.")[1]
    assert "Pakistani Taliban" in orgs
