"""Name lists (extract/names.py): given names read from gender-guesser's dictionary."""

from __future__ import annotations

from newsearch.extract import extract_actors
from newsearch.extract.names import first_names, popular_given_names


def test_accented_given_names_are_read_folded_and_with_umlauts_written_out() -> None:
    names = first_names()
    for name in ("francois", "celine", "herve", "jurgen", "juergen", "guenter", "benoit"):
        assert name in names
    assert "juergen" in popular_given_names()
    # Rare accented spellings that fold onto words or places are left out ("Indíana").
    assert "indiana" not in names and "fortune" not in names


def test_a_wire_spelling_of_a_german_given_name_names_a_person() -> None:
    people, _ = extract_actors("The report by Juergen Becker was published on Monday.")
    assert people == ["Juergen Becker"]


def test_offices_and_ranks_before_a_name_are_titles() -> None:
    assert extract_actors("The case was brought by US Attorney David Kelley in New York.")[0] \
        == ["David Kelley"]
    assert extract_actors("Veteran DJ John Peel died on Tuesday.")[0] == ["John Peel"]
    assert extract_actors("Labour peer Baroness Amos said the plan would work.")[0] == ["Amos"]


def test_a_sport_role_before_a_full_name_makes_it_a_person() -> None:
    # "Lleyton" and "Jiri" are in no given-name list: the seed or the referee vouches.
    people, _ = extract_actors("Top seed Lleyton Hewitt begins on Tuesday when referee "
                               "Jorvan Quelle takes charge, and fifth seed Jiri Novak was out.")
    assert {"Lleyton Hewitt", "Jorvan Quelle", "Jiri Novak"} <= set(people)


def test_a_broadcasters_sport_desk_is_a_body() -> None:
    # "Sport" ends a body's name as "News" does ("BBC News", "BBC Sport").
    people, orgs = extract_actors(
        'Coach Dimitri Valcourt told QTV Sport: "We were poor." Valcourt later told '
        "Zentro Sport Wales that the side would recover.")
    assert {"QTV Sport", "Zentro Sport Wales"} <= set(orgs)
    assert people == ["Dimitri Valcourt"]


def test_an_adherents_plural_names_the_party() -> None:
    # Every adherent's plural names its party, "Tory" too: "the Tories", "Tories say".
    for text in ("The Tories have already accused the minister.",
                 "Tories say the budget is wrong.", "Labour and the Tories are level."):
        assert "Tories" in extract_actors(text)[1]
    # In lower case it is a plural noun, no party ("trade unionists").
    _, orgs = extract_actors("Trade unionists marched through the town on Monday.")
    assert orgs == []


def test_the_greens_are_a_party_but_green_before_a_name_is_no_adherent() -> None:
    _, orgs = extract_actors("Labour spent more than the Greens' 404,000 pounds.")
    assert "Greens" in orgs
    people, _ = extract_actors("The firm was bought by a group led by Gibbons, Green van "
                               "Amerongen and the managers.")
    assert "van Amerongen" not in people


def test_religious_ranks_are_titles() -> None:
    assert extract_actors("Rabbi Marvin Hier said he was shocked.")[0] == ["Marvin Hier"]
    assert extract_actors("Hojatoleslam Ali Akbar Hashemi Rafsanjani said he would go.")[0] \
        == ["Ali Akbar Hashemi Rafsanjani"]
