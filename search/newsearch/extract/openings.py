"""Whether a capitalised word opening a sentence starts the name after it.

Every sentence opens with a capital, so a run that starts a sentence may owe its first word
to grammar alone ("The", "But"): :func:`.scan.runs` drops a common word there unless one of
these tests says it opens a firm's, a person's or a place's name.
"""

from __future__ import annotations

from ..analysis import STOP_WORDS
from .data import wordset
from .gazetteer import gazetteer, place_key
from .names import FIRM_SUFFIXES, popular_given_names
from .runwords import BOUNDARY_WORDS, word_key


def firm_opening(words: list[str], b: int, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a sentence's first word opens a firm's name: capitalised words all the way to
    a legal form ("Intelligent Systems Corp said", "Manufacturers Hanover Corp") or joined to
    the next by "&" ("Marks & Spencer"); function words never do ("The Acme Corp"), nor a
    firm's relation ("Rival Acme Corp").
    ``words[:b]`` are the run's words up to its last capitalised one, at ``spans`` of
    ``text``."""
    return b >= 2 and (word_key(words[b - 1]) in FIRM_SUFFIXES or "&" in text[
        spans[0][1]:spans[1][0]]) and word_key(words[0]) not in STOP_WORDS \
        and word_key(words[0]) not in _RELATIONS \
        and all(w[0].isupper() for w in words[1:b])


# Nouns that set a firm beside another, never the first word of its name ("Rival Dresdner
# Bank AG reports next week", "Parent Daimler-Benz AG").
_RELATIONS = wordset("rival rivals parent subsidiary competitor compatriot")


def given_name_opening(words: list[str], b: int) -> bool:
    """Whether a sentence's first word is a given name before a surname ("Bill Clinton
    arrived", "Will Carling scored", "Mark Waugh"): a popular given name, then a word that
    is no common word."""
    first = word_key(words[0])
    return b >= 2 and words[0][1:].islower() and first in popular_given_names() \
        and first not in STOP_WORDS and first not in _WORDS_FIRST \
        and len(words[1]) > 1 and word_key(words[1]) not in BOUNDARY_WORDS


# Given names that open a sentence far more often as words ("Man Utd", "Do I").
_WORDS_FIRST = wordset("man do")


# A town this big, or a country, region or area, keeps the common word that opens its name.
_OPENING_PLACE = 15_000


def place_opening(words: list[str], b: int) -> bool:
    """Whether a sentence's first word opens a place's name with the words after it ("New
    Zealand's deficit", "New York officials", "Little Rock police"): the first two or three
    words are a country, region, area or sizeable town under its own name."""
    gaz = gazetteer()
    if word_key(words[0]) not in gaz.head_keys:
        return False  # no place's name of several words starts so (one look-up)
    for k in (2, 3):
        if k > b:
            break
        entries = gaz.entries(place_key(" ".join(words[:k])))
        if entries and not entries[0].alternate and (
                entries[0].kind != "city" or entries[0].population >= _OPENING_PLACE):
            return True
    return False


def wire_slug(words: list[str], text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a headline's first word, in capitals, is a wire's slug joined by a hyphen to
    the name after it ("TABLE-Toshiba Corp results", "UPDATE-Acme Inc"): a common word, then
    a word in mixed case. (Callers test that it opens the text in capitals, four letters or
    more.)"""
    return text[spans[0][1]:spans[0][1] + 1] == "-" and words[1][1:].islower() \
        and word_key(words[0]) in BOUNDARY_WORDS
