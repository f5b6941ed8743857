"""Votes for one stretch of a run (extract/classify.py), through extract_actors."""

from __future__ import annotations

from newsearch.extract import extract_actors


def test_trade_noun_before_a_name_outweighs_one_said() -> None:
    people, orgs = extract_actors(
        "Grocery chain Bick-Dallow has gone bust. Bick-Dallow said the move would help.")
    assert orgs == ["Bick-Dallow"] and people == []
    people, orgs = extract_actors(
        "The French daily Les Echos reported the bid. Les Echos said the bid was low.")
    assert orgs == ["Les Echos"] and people == []


def test_trade_noun_a_person_may_hold_keeps_the_person() -> None:
    # "broadcaster", "film-maker": a person's trade as well as a firm's.
    people, orgs = extract_actors(
        "The veteran broadcaster Cyril Fletcher has died. Cyril Fletcher said little.")
    assert people == ["Cyril Fletcher"] and orgs == []
    people, orgs = extract_actors("Film-maker Dell Ormond said so. Dell Ormond said more.")
    assert people == ["Dell Ormond"] and orgs == []


def test_a_plural_trade_or_a_research_noun_before_a_name_makes_a_firm() -> None:
    # Analysts in the plural are a firm's staff; a consultancy or a pollster is a firm.
    people, orgs = extract_actors(
        "Sales rose 26%, according to market analysts Quelling-Hart. The study, conducted by "
        "consultancy Brimble Zones, was backed by pollster Ostrava.")
    assert {"Quelling-Hart", "Brimble Zones", "Ostrava"} <= set(orgs) and people == []


def test_state_after_its_town_is_no_name() -> None:
    people, orgs = extract_actors(
        "The firm is based in Hollister, Calif. It sold Dublin, Calif.-based Plant Cell "
        "Research to Montedison.")
    assert "Calif" not in orgs and "Calif" not in people


def test_a_name_after_place_based_is_a_body() -> None:
    _, orgs = extract_actors(
        "It sold Dublin, Calif.-based Plant Cell Research to Montedison. The US-based Zandor "
        "holds a patent.")
    assert {"Plant Cell Research", "Zandor"} <= set(orgs)
    # A technology before "-based" seats nothing.
    _, orgs = extract_actors("It sells PC-based Ethernet cards.")
    assert "Ethernet" not in orgs


def test_a_day_after_told_is_no_outlet() -> None:
    _, orgs = extract_actors("Mr Blair told Sunday's programme he would go. He told Kyodo so.")
    assert orgs == ["Kyodo"]


def test_a_name_before_awards_or_a_meeting_names_no_one() -> None:
    assert extract_actors("Twenty films compete for the Golden and Silver Bear awards.")[0] \
        == []
    assert extract_actors("Kluft won in Stockholm's GE Galan meeting on Tuesday.")[0] == []


def test_a_party_adherent_or_nationality_before_a_full_name_is_no_part_of_it() -> None:
    assert extract_actors("Mr Blair paid tribute to Democrat John Kerry's campaign.")[0] \
        == ["Blair", "John Kerry"]
    assert extract_actors("European champion Briton Hayley Yelling also competes.")[0] \
        == ["Hayley Yelling"]
    # A region is no adherent: "Atlantic Richfield said" is not "Richfield said".
    assert "Richfield" not in extract_actors("Atlantic Richfield said the sale was done.")[0]


def test_an_apposed_job_title_makes_a_person_of_a_name_with_an_org_word() -> None:
    people, orgs = extract_actors(
        "The company said Stuart Kall, president; Court Shandry, executive vice president, "
        "and Gary Hunder, vice president sales, resigned.")
    assert "Court Shandry" in people and "Court Shandry" not in orgs
    # Not a state after its town, nor the body a title's earlier holder led.
    people, orgs = extract_actors(
        "The investor is Mason Slater, Cos Cob, Mass, president of Dealers Inc. It named "
        "Dieter Lowe, formerly president of American Hoechst, vice chairman.")
    assert "Mass" not in people and "American Hoechst" not in people


def test_a_currency_code_before_a_dollar_sign_is_no_body() -> None:
    people, orgs = extract_actors(
        "The ministry valued the contract at QZR$13.9 billion, the KPL said.")
    assert "QZR" not in orgs and "QZR" not in people
    assert "KPL" in orgs


def test_particles_do_not_make_a_name_too_long() -> None:
    # Five words with two articles: three name words.
    people, _ = extract_actors("Oil Minister Sheikh Hamid al-Karim al-Nasser said output "
                               "would rise.")
    assert people == ["Hamid al-Karim al-Nasser"]
    # "for" is no particle: a town and where one left for.
    people, _ = extract_actors("The envoy had left Rio de Janeiro for Managua early today.")
    assert people == []


def test_a_small_towns_name_after_place_based_is_a_firm() -> None:
    # "Tata" is a small town in the gazetteer; "Chennai-based" before it makes it the firm.
    _people, orgs = extract_actors("This has led Chennai-based Tata to expand. Tata is running "
                                   "its network at low speeds.")
    assert "Tata" in orgs


def test_rival_before_a_firm_of_several_words_with_an_acronym() -> None:
    assert extract_actors("Generale outbid rival ABN AMRO for the broker.") == ([], ["ABN AMRO"])
    # Not a person's rival, nor a phrase with a place's initials.
    people, _ = extract_actors("He beat rival Greg Rusedski in the final.")
    assert people == ["Greg Rusedski"]
    assert "U.S. Shipping" not in extract_actors("It beat rival U.S. Shipping companies.")[1]


def test_a_common_words_plural_in_capitals_is_no_acronym() -> None:
    # A results table's note ("home team in CAPS"); short acronyms ending in S keep theirs.
    _people, orgs = extract_actors("Results on Thursday (home team in CAPS): Utah 92.")
    assert "CAPS" not in orgs
    _people, orgs = extract_actors("Figures from the ONS and the IFS showed a rise. The ONS said.")
    assert "ONS" in orgs and "IFS" in orgs
