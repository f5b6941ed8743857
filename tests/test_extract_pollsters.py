"""Who made a poll, a survey, a study or a report (extract/pollsters.py), through extract_actors."""

from __future__ import annotations

from newsearch.extract import extract_actors


def test_the_maker_of_a_survey_or_a_report_is_a_body() -> None:
    text = ("Most homes now own a games console, a survey by Quorvex found. According to a "
            "report by Brantley Research, sales doubled. The gadgets were compiled by Widget "
            "Weekly Magazine, and economists polled by Zentrix expect more.")
    people, orgs = extract_actors(text)
    for body in ("Quorvex", "Brantley Research", "Widget Weekly Magazine", "Zentrix"):
        assert body in orgs
    assert not people


def test_a_person_a_month_or_a_plain_word_after_by_is_no_pollster() -> None:
    text = ("A report by John Halvorsen said sales fell. The board wants a final report by "
            "July. The study, conducted by Doctors Michael Hershfield and Rebecca Buckley, "
            "was published. A report by the Democratic majority of the committee said so.")
    people, orgs = extract_actors(text)
    assert "John Halvorsen" in people
    assert not {"July", "Democratic", "Doctors Michael Hershfield"} & set(orgs)
    assert not any("Halvorsen" in o for o in orgs)


def test_a_survey_by_a_towns_name_makes_it_the_firm() -> None:
    # "Jupiter" is a town too; after "research by" it is the research firm.
    _people, orgs = extract_actors("Recent research by Jupiter suggested that people would "
                                   "pay for music downloads.")
    assert "Jupiter" in orgs
