"""One story's names put together (extract/namemerge.py)."""

from __future__ import annotations

from newsearch.extract.namemerge import Votes, drop_joined_pairs, drop_nationality, merge_names


def test_drop_nationality_merges_into_the_full_name() -> None:
    people = {"andre agassi": Votes(person=1, first=3), "american agassi": Votes(person=1, first=1),
              "american cyanamid": Votes(person=1, first=5)}
    drop_nationality(people)
    assert set(people) == {"andre agassi", "american cyanamid"}
    assert people["andre agassi"].first == 1


def test_two_surnames_joined_by_a_hyphen_are_a_pair_not_a_name() -> None:
    people = {"reagan gorbachev": Votes(person=1, surfaces=["Reagan-Gorbachev"]),
              "ronald reagan": Votes(person=2), "mikhail gorbachev": Votes(person=2),
              "robin leigh-pemberton": Votes(person=1, surfaces=["Robin Leigh-Pemberton"])}
    drop_joined_pairs(people)
    assert set(people) == {"ronald reagan", "mikhail gorbachev", "robin leigh-pemberton"}


def test_a_bodys_kind_alone_joins_the_one_body_of_that_kind_named_in_full() -> None:
    orgs = {"european commission": Votes(org=3, surfaces=["European Commission"], first=0),
            "commission": Votes(org=1, surfaces=["Commission"], first=2),
            "congress": Votes(org=1, surfaces=["Congress"], first=3),
            "american pork congress": Votes(org=3, surfaces=["American Pork Congress"], first=4)}
    assert merge_names({}, orgs, [])[1] == ["European Commission", "Congress",
                                             "American Pork Congress"]
    # Two ministries named in full: "the Ministry" could be either, and stays.
    orgs = {"finance ministry": Votes(org=3, surfaces=["Finance Ministry"], first=0),
            "foreign ministry": Votes(org=3, surfaces=["Foreign Ministry"], first=1),
            "ministry": Votes(org=1, surfaces=["Ministry"], first=2)}
    assert merge_names({}, orgs, [])[1] == ["Finance Ministry", "Foreign Ministry", "Ministry"]


def test_the_halves_of_a_firm_named_after_two_partners_join_it() -> None:
    orgs = {"standard and poor s corp": Votes(org=3, surfaces=["Standard and Poor's Corp"]),
            "standard": Votes(org=1, surfaces=["Standard"], first=1),
            "poor": Votes(org=1, surfaces=["Poor"], first=2),
            "citgo and murphy oil": Votes(org=2, surfaces=["Citgo and Murphy Oil"], first=3),
            "citgo": Votes(org=1, surfaces=["Citgo"], first=4)}
    # Two bodies joined ("Citgo and Murphy Oil") keep their own short forms.
    assert merge_names({}, orgs, [])[1] == ["Standard and Poor's Corp", "Citgo and Murphy Oil",
                                             "Citgo"]


def test_a_short_form_joins_its_firm_past_legal_forms_and_holding_words() -> None:
    orgs = {"ing groep nv": Votes(org=3, surfaces=["ING Groep NV"], first=0),
            "ing": Votes(org=2, surfaces=["ING"], first=1),
            "deutsche bank ag": Votes(org=3, surfaces=["Deutsche Bank AG"], first=2),
            "deutsche bank": Votes(org=1, surfaces=["Deutsche Bank"], first=3),
            "westpac": Votes(org=2, surfaces=["Westpac"], first=4),
            "westpac finance asia ltd": Votes(org=3, surfaces=["Westpac Finance Asia Ltd"],
                                              first=5)}
    assert merge_names({}, orgs, [])[1] == ["ING Groep NV", "Deutsche Bank AG", "Westpac",
                                             "Westpac Finance Asia Ltd"]
