"""Direct tests of extract/syllables.py and the scanner's use of it: hyphened syllables of
Chinese and Korean given names."""

from __future__ import annotations

from newsearch.extract.scan import runs
from newsearch.extract.syllables import romanised_pair


def test_both_halves_need_a_syllables_shape() -> None:
    assert romanised_pair("Chi", "cheng")
    assert romanised_pair("Tse", "tung")
    assert romanised_pair("Hsiao", "hwan")
    assert not romanised_pair("Bank", "led")  # a stop after the vowel: English
    assert not romanised_pair("Brent", "grade")  # two vowels apart
    assert not romanised_pair("York", "based")
    assert not romanised_pair("Co", "op")  # no consonant before the vowel


def test_a_syllable_in_the_common_word_list_still_ends_the_given_name() -> None:
    text = "Governor Lu Kai-cheng said the World Bank-led talks and New York-based firms met."
    words = [r.words for r in runs(text)]
    assert ["Governor", "Lu", "Kai-cheng"] in words
    assert ["World", "Bank"] in words  # "-led" stays out
    assert ["New", "York"] in words  # "-based" stays out
