"""Where sentences start (extract/sentences.py)."""

from __future__ import annotations

import pytest

from newsearch.extract.sentences import named_mid_sentence, opens_sentence


def at(text: str, word: str) -> bool:
    return opens_sentence(text, text.index(word))


@pytest.mark.parametrize("text, word", [
    ("Prices fell. Traders said so.", "Traders"),
    ("Markets: Stocks rose", "Stocks"),
    ("He said: \"Prices will rise\"", "Prices"),
    ("Note - The figures are provisional.", "The"),
    ("Storms hit.\n  * At least 25 people died", "At"),
    ("A short heading\nBanks rose", "Banks"),
    ("Traders said so.", "Traders"),
])
def test_a_sentence_starts_here(text: str, word: str) -> None:
    assert at(text, word)


@pytest.mark.parametrize("text, word", [
    ("Prices fell, traders said, and Banks rose.", "Banks"),
    ("Shares in Acme - Banks rose.", "Banks"),  # a dash before a name, not a stop word
    ("The following offerings were filed recently with the Economic\nPlanning Board", "Planning"),
])
def test_no_sentence_starts_here(text: str, word: str) -> None:
    assert not at(text, word)


def test_a_sentences_first_words_named_elsewhere_mid_sentence() -> None:
    text = "Credit Agricole said profits rose. Shares in Credit Agricole fell."
    assert named_mid_sentence(text, 0, len("Credit Agricole"))
    alone = "Credit Agricole said profits rose. Credit Agricole shares fell."
    assert not named_mid_sentence(alone, 0, len("Credit Agricole"))  # both open sentences
    inside = "Credit Agricoles said so. The Credit Agricolesque view differs."
    assert not named_mid_sentence(inside, 0, len("Credit Agricole"))  # not a whole word


def test_one_sense_per_story_keeps_a_common_word_opening_a_name() -> None:
    from newsearch.extract import extract_actors

    _, orgs = extract_actors("Capital Economics said growth would slow. A report by Capital "
                             "Economics agreed.")
    assert orgs == ["Capital Economics"]  # not "Economics" from the sentence's start
