"""One story's names put together (extract/namemerge.py)."""

from __future__ import annotations

from newsearch.extract.namemerge import Votes, drop_joined_pairs, drop_nationality


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
