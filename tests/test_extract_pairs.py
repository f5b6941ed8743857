"""A full name joined by "and" or a list's comma to a confirmed person's full name is a
person's."""

from __future__ import annotations

from newsearch.extract import extract_actors


def test_a_partner_confirmed_as_a_person_vouches_for_a_full_name() -> None:
    people, _ = extract_actors("Coach Martin Corry praised Geordan Murphy and Martin Corry "
                               "again. Corry said the side was ready.")
    assert "Geordan Murphy" in people
    people, _ = extract_actors("Coach Markos Geneti and Abiyote Abate won the race.")
    assert "Abiyote Abate" in people


def test_a_partner_with_a_popular_given_name_vouches_for_a_full_name() -> None:
    people, _ = extract_actors("The film beat entries by nominees Gary McKendry and Ashvin "
                               "Kumar at the awards.")
    assert "Ashvin Kumar" in people
    people, _ = extract_actors("Sales came from acts such as Katie Melua and Scissor "
                               "Sisters this year.")
    assert "Scissor Sisters" not in people  # a common noun's plural: a band


def test_a_weak_partner_or_a_place_first_vouches_for_no_one() -> None:
    people, _ = extract_actors("The race had Abiyote Abate and Lamberto Geneti in it.")
    assert "Abiyote Abate" not in people  # one bare mention, a given name not a popular one
    people, _ = extract_actors("Sales of Pontiac Sunbirds and John Smith said the cars sold.")
    assert "Pontiac Sunbirds" not in people


def test_two_given_names_share_one_surname() -> None:
    people, _ = extract_actors("American twins Mike and Bob Bryan won the doubles.")
    assert {"Mike Bryan", "Bob Bryan"} <= set(people)
    people, _ = extract_actors("Oscar hopefuls as the biopic Ray and Mike Leigh's drama met.")
    assert "Ray Leigh" not in people
    people, _ = extract_actors("Fans of the Jesus and Mary Chain came to see Tony Blair and "
                               "Gordon Brown.")
    assert "Jesus Chain" not in people and "Tony Brown" not in people


def test_a_list_of_people_vouches_for_its_full_names() -> None:
    people, _ = extract_actors("The paper by Dr Quell and colleagues Haisheng Rong, Richard "
                               "Jones, Ansheng Liu and Oded Cohen appears today.")
    assert {"Haisheng Rong", "Ansheng Liu"} <= set(people)
    # After a comma, a person vouches only for an item mid-list, not for an apposition.
    people, _ = extract_actors("Shares rose, said Richard Jones, Ganto Vexa, the broker.")
    assert "Ganto Vexa" not in people


def test_a_common_word_surname_after_a_given_name_is_vouched_for_in_a_list() -> None:
    people, _ = extract_actors("The comedy stars Jude Law and Julia Roberts as lovers.")
    assert "Jude Law" in people
    people, _ = extract_actors("Acts include Diana Ross, Stevie Wonder, Mary Blige and "
                               "Eric Clapton.")
    assert "Stevie Wonder" in people
    # Without a known given name first, a common word still ends no one's name.
    people, _ = extract_actors("The comedy stars Julia Roberts and Golden Law as lovers.")
    assert "Golden Law" not in people
