"""Regular-expression helpers: the shapes they write match what the plain forms match."""

import re

from newsearch.extract.patterns import by_first_letter, star


def test_by_first_letter_matches_as_a_longest_first_alternation() -> None:
    words = frozenset({"de", "del", "della", "dela", "delos", "da", "al", "abu", "y", "of"})
    flat = re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?= |$)")
    grouped = re.compile("(?:" + by_first_letter(words) + r")(?= |$)")
    for text in ["della Rovere", "del Toro", "de la", "dela Cruz", "y Gasset", "abu", "of x",
                 "delos Santos", "dx", "al", "d"]:
        flat_m, grouped_m = flat.match(text), grouped.match(text)
        assert (flat_m and flat_m.group()) == (grouped_m and grouped_m.group()), text


def test_by_first_letter_groups_by_letter() -> None:
    assert by_first_letter(["of", "for", "fo"]) == "f(?:or|o)|o(?:f)"


def test_star_matches_as_a_starred_group() -> None:
    plain = re.compile(r"a(?:-b)*")
    written = re.compile("a" + star("-b"))
    for text in ["a", "a-b", "a-b-b", "a-", "a-b-"]:
        assert plain.match(text).group() == written.match(text).group()
