"""Organisation cues from lists and context (extract/orglists.py, extract/orgs.py)."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.orglists import listed_after_plural
from newsearch.extract.scan import runs


def test_names_listed_after_a_plural_body_noun() -> None:
    _, orgs = extract_actors(
        "Jet now has competitors including Air Deccan and Air Sahara. Budget carriers "
        "Kingfisher Airlines and SpiceJet will launch. Companies such as Google matter. "
        "Rival bands U2, Coldplay and Keane played.")
    assert {"Air Deccan", "Air Sahara", "Kingfisher Airlines", "SpiceJet", "Google", "U2",
            "Coldplay", "Keane"} <= set(orgs)


def test_people_listed_after_other_plurals_stay_people() -> None:
    people, orgs = extract_actors("Players such as David Beckham and Michael Owen trained.")
    assert {"David Beckham", "Michael Owen"} <= set(people)
    assert orgs == []


def test_house_of_names_a_chamber() -> None:
    _, orgs = extract_actors("The bill returned to the House of Lords on Tuesday.")
    assert orgs == ["House of Lords"]


def test_descriptor_before_firm_hyphenated_letter_and_role_before_said_it() -> None:
    people, orgs = extract_actors(
        "Security firm Network Box said so. Finnish company F-Secure gave warnings. "
        "His daughter Emily said it would be big.")
    assert orgs == ["Network Box", "F-Secure"]
    assert people == ["Emily"]


def test_possessive_with_a_number_and_party_before_a_seat() -> None:
    people, orgs = extract_actors(
        "Unison's 800,000 members voted. Labour MP Stephen Pound spoke. Labour Minister Bob "
        "Hawke replied.")
    assert orgs == ["Unison", "Labour"]
    assert people == ["Stephen Pound", "Bob Hawke"]


def test_list_after_a_copula_band_members_and_plural_acronyms() -> None:
    people, orgs = extract_actors(
        "GM's main European brands are Opel and Vauxhall. Former Led Zeppelin singer Robert "
        "Plant sang. Only two MEPs backed it. MEPs failed to agree.")
    assert orgs == ["Opel", "Vauxhall", "Led Zeppelin"]
    assert people == ["Robert Plant"]


def test_more_organisation_tails() -> None:
    _, orgs = extract_actors(
        "The report was commissioned by Scottish Borders Enterprise. He studied at Ulster "
        "Polytechnic.")
    assert orgs == ["Scottish Borders Enterprise", "Ulster Polytechnic"]


def test_no_band_before_a_singer_after_a_date_or_a_full_stop() -> None:
    people, orgs = extract_actors(
        "And on 26 November singer Brian Harvey quit. Nominees include Hoobastank and Jay-Z. "
        "Soul singer Stevie Wonder will receive an award.")
    assert "November" not in orgs and not any("Soul" in o for o in orgs)
    assert {"Brian Harvey", "Stevie Wonder"} <= set(people)


def test_one_word_names_listed_with_a_body_are_bodies() -> None:
    from newsearch.extract import extract_actors

    assert extract_actors("Shares in Ciba, Sandoz and Roche rose.")[1] == [
        "Ciba", "Sandoz", "Roche"]
    # Two names joined by "and" may be one firm; partners before "Co" are one firm.
    assert "Phelps" not in extract_actors("Shares in Duff and Phelps rose.")[1]
    assert extract_actors("Exports to Britain, France and Germany rose.")[1] == []


def test_a_list_after_include_finds_the_plural_noun_heading_the_subject() -> None:
    _, orgs = extract_actors(
        "Other bands at the sold-out festival include Queens of the Stone Age, The Zillers, "
        "Keane and Foo Fighters.")
    assert {"The Zillers", "Keane", "Foo Fighters"} <= set(orgs)


def test_a_loose_list_item_must_end_where_an_item_does() -> None:
    _, orgs = extract_actors(
        "Groups challenging the plans include Stop Farnley Expansion, Quorrow anti-noise "
        "campaigners and War on Want.")
    assert "Stop Farnley Expansion" in orgs
    assert "Quorrow" not in orgs and "War" not in orgs


def test_acts_listed_are_bands_unless_a_given_name_opens_them() -> None:
    people, orgs = extract_actors(
        "Other acts in the line-up include The Hollowmen, Grey Lanterns and Sarah Jones. "
        "Past performers include Copper Harbour and Lucy Marsh.")
    assert {"The Hollowmen", "Grey Lanterns", "Copper Harbour"} <= set(orgs)
    assert "Sarah Jones" not in orgs and "Lucy Marsh" not in orgs


def test_list_beside_a_firms_longer_name_gives_bodies() -> None:
    _, orgs = extract_actors(
        "The software is licensed by Zentro Electronics, Quorvo, Pelandine and Maxtrel. "
        "Ebay brought together Intel, Blorpco, and IBM.")
    assert {"Quorvo", "Pelandine", "Maxtrel", "Blorpco"} <= set(orgs)


def test_list_of_partners_people_or_one_names_parts_gives_no_body() -> None:
    people, orgs = extract_actors(
        "Accused were Altria Group, Liggett Group and Brown and Williamson. He met the "
        "Minister of Energy, Chemical and Petro-Chemical Industries.")
    assert not {"Brown", "Williamson", "Chemical"} & set(orgs)
    people, orgs = extract_actors("Tony Blair, Brown and Prescott met in Leeds.")
    assert "Brown" not in orgs and "Prescott" not in orgs


def test_every_list_after_a_comma_that_opens_none_is_read() -> None:
    from newsearch.extract.orglists import coordinated
    from newsearch.extract.scan import runs

    # "In Basle," ends in a comma but lists nothing; two lists follow, each with a body.
    run_list = runs("In Basle, shares in Ciba, Sandoz and Roche rose. Shares in Nestle, Suchard "
                    "and Lindt fell.")
    found = coordinated(run_list, {"ciba": "org", "lindt": "org"}.get)
    assert [(run_list[pos].words[0], kind) for pos, kind in found] == [
        ("Sandoz", "org"), ("Roche", "org"), ("Nestle", "org"), ("Suchard", "org")]


def test_a_list_set_off_by_a_comma_after_a_plural_body_noun() -> None:
    _, orgs = extract_actors(
        "The market could change if big companies, like Zindle and Moravex, get involved. "
        "Old rivals, such as Quorra, face new entrants. Other US carriers, including "
        "Skyvale, have sought protection.")
    assert {"Zindle", "Moravex", "Quorra", "Skyvale"} <= set(orgs)


def test_a_list_set_off_by_a_comma_after_other_plurals_names_no_body() -> None:
    people, orgs = extract_actors(
        "Great painters, like Vermeer and Caravaggio, drew crowds. Young players, such as "
        "Wayne Rooney, trained.")
    assert orgs == []
    assert "Wayne Rooney" in people


def test_a_towns_name_in_a_list_of_bodies_is_a_body() -> None:
    # Hitachi, Espoo and Thomson are towns in the gazetteer; the lists make them firms.
    _, orgs = extract_actors("Pledges came from companies such as Zentro, Hitachi and Quorvo. "
                             "Shares in Zentro Electronics, Quorvo, Thomson and Blorpco rose.")
    assert {"Hitachi", "Thomson"} <= set(orgs)
    _, orgs = extract_actors("Other firms including Blorpco and Espoo gained.")
    assert "Espoo" in orgs


def test_a_list_of_towns_or_towns_after_other_plurals_name_no_body() -> None:
    _, orgs = extract_actors("He toured cities such as Leeds, Hitachi and Espoo. Shares in "
                             "Zentro and Quorvo rose. He visited Leeds, Tring and Espoo.")
    assert not {"Leeds", "Hitachi", "Espoo", "Tring"} & set(orgs)
    # A list with a state or a longer name that a place opens names places or one club.
    _, orgs = extract_actors("It sold its unit in Hitachi, Ohio, and Zentro's plant. M Farah "
                             "(Windsor, Slough, Eton and Hounslow AC) won.")
    assert not {"Hitachi", "Windsor", "Slough"} & set(orgs)


def test_names_listed_before_a_plural_body_noun() -> None:
    _, orgs = extract_actors(
        "It hit Zentro Vantel, Quorvo and many other companies. Blorpco, the Moravex and "
        "Skyvale are among the acts lined up. Trelwin is one of the firms with robots. He "
        "steered contracts to Dastrix and other favoured companies.")
    assert {"Zentro Vantel", "Quorvo", "Blorpco", "Moravex", "Skyvale", "Trelwin",
            "Dastrix"} <= set(orgs)


def test_names_before_other_plurals_or_a_pronoun_name_no_body() -> None:
    people, orgs = extract_actors(
        "Vermeer, Caravaggio and other painters drew crowds. They are one of the big clubs in "
        "Zentropa. Jamie Cullum and other acts played.")
    assert orgs == []
    assert "Jamie Cullum" in people


def test_a_list_closer_counts_only_in_the_window_after_the_run() -> None:
    from newsearch.extract.orglists import listed_before_plural
    from newsearch.extract.scan import runs

    text = ("Zentro Vantel, Quorvo and many other companies bid. Blorpco, Dastrix and the "
            "board met.")
    got = {r.surface(): listed_before_plural(r) for r in runs(text)}
    # The text holds "other", but not within the words after Blorpco's list.
    assert got["Zentro Vantel"] and got["Quorvo"] and not got["Blorpco"]
    assert not got["Dastrix"]


def test_the_walk_back_over_a_long_list_reaches_its_noun() -> None:
    # The last six words are split first: the walk over a longer list reads them all, and a
    # word that is no noun within them settles the call.
    text = ("Airlines such as Air Deccan, Air Sahara, Go Air, Indian Airlines, Jet Airways "
            "and SpiceJet fly. Talks between Air India and Indigo failed.")
    got = {run.surface(): listed_after_plural(run) for run in runs(text)}
    assert got["SpiceJet"] and got["Jet Airways"] and got["Air Sahara"]
    assert not got["Indigo"]  # ("between": no noun)
