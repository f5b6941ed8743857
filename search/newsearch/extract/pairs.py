"""A full name joined by "and" or a list's comma to a person's full name: "Geordan Murphy and
Martin Corry", "colleagues Haisheng Rong, Richard Jones, Ansheng Liu"; and two given names
sharing one surname: "Mike and Bob Bryan" (:func:`shared_surname`).

:func:`.collect.resolve` asks this of full names seen without evidence of their own (no given
name it knows, no title, no "said"): news copy pairs and lists people with people ("duet by
Beyonce Knowles and Avril Lavigne", "Abiyote Abate and Markos Geneti"), so a partner the story
confirms as a person vouches for the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .data.common_words import WORDS as COMMON_WORDS
from .known import is_place
from .names import first_names, popular_given_names
from .scan import Run, key_of

# Imported tables whose methods hot code calls (why: the package docstring, extract/__init__).
_COMMON_WORDS = COMMON_WORDS

if TYPE_CHECKING:
    from .namemerge import Votes

# (A capital inside a surname is allowed: "Gary McKendry", "Ian MacNeil".)
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+[A-Z](?:[a-z]{1,2}[A-Z])?[a-z]+(?:-[A-Z][a-z]+)?"
_AND_NAME = re.compile(r"(?:[ \t]+and|,)[ \t]+(" + _NAME + r")\b(?![ \t]+[A-Z]|'|’)")
_NAME_AND = re.compile(r"(?<![A-Z][a-z] )\b(" + _NAME + r")(?:[ \t]+and|,)[ \t]+\Z")
# What follows a list's item when another item comes after it ("..., Ansheng Liu, Oded Cohen").
_MORE_ITEMS = re.compile(r"(?:,|[ \t]+and)[ \t]+[A-Z]")


def paired_with_person(run: Run, surface: str, people: dict[str, Votes]) -> bool:
    """Whether ``surface`` (a full name of two words in ``run``) stands joined by "and" or a
    list's comma (after the partner, only mid-list) to a full name of two words that
    ``people`` (the story's person keys) holds with two votes or more (a title, "said", a
    second mention) or with a popular given name ("nominees Gary McKendry and Ashvin Kumar"),
    with no common word (nor a plural of one) in the partner nor opening the name, and no
    place's name first ("Geordan Murphy and Martin Corry"; not "Star Wars and ...", "Pontiac
    Sunbirds and ...", nor the hyphenated "Ex-Im"). A common word may end the name after a
    known given name: lists of people hold surnames such as "Law" ("starring Jude Law and
    Julia Roberts", "Diana Ross, Stevie Wonder, Maroon 5")."""
    words = key_of(surface).split()
    if len(words) != 2 or " " not in surface or words[0] in COMMON_WORDS or (
            words[1] in COMMON_WORDS and words[0] not in first_names()) \
            or (words[1][-1] == "s" and words[1][:-1] in COMMON_WORDS):
        return False  # (a common noun's plural ends a band's name: "Scissor Sisters")
    text = run.text
    at = text.find(surface, run.start)
    if at < 0 or at > run.end:
        return False
    end = at + len(surface)
    m = _AND_NAME.match(text, end)
    if m is None:
        # The person before a comma vouches only for an item mid-list, not for what stands
        # in apposition ("Richard Jones, Goldman Sachs, said").
        m = _NAME_AND.search(text, max(0, at - 40), at)
        if m is not None and text[m.end(1):m.end(1) + 1] == "," \
                and _MORE_ITEMS.match(text, end) is None:
            return False
    if m is None:
        return False
    other = key_of(m.group(1))
    votes = people.get(other)
    return votes is not None and (votes.person >= 2 or other.split()[0] in popular_given_names()) \
        and _COMMON_WORDS.isdisjoint(other.split()) \
        and not is_place(surface.split()[0])


# "Mike and Bob Bryan", "Venus and Serena Williams": two given names sharing one surname.
# The word before the first given name is in lower case: no surname of a list ends there.
_GIVEN_AND = re.compile(
    r"(?:^|\n|(?<![\w'’-])[a-z][\w'’-]*[ \t]+)([A-Z][a-z]+)[ \t]+and[ \t]+\Z")


def shared_surname(run: Run) -> str:
    """The first person's full name when a run of a given name and a surname follows another
    given name and "and" ("twins Mike and Bob Bryan" gives "Mike Bryan"), or "". Both given
    names must be popular ones and no word a common one ("Marks and Spencer", "the Jesus and
    Mary Chain"), the first must not end a longer name ("Tony Blair and Gordon Brown"), and
    the second no possessive ("Ray and Mike Leigh's drama": a film, then its director)."""
    if len(run.words) != 2 or not run.text.endswith("and ", 0, run.start):
        return ""
    m = _GIVEN_AND.search(run.text, max(0, run.start - 40), run.start)
    if m is None:
        return ""
    givens = popular_given_names()
    first = m.group(1)
    keys = (key_of(first), run.keys[0])
    if any(k not in givens or k in COMMON_WORDS for k in keys) or not run.words[1][1:].islower() \
            or run.keys[1] in COMMON_WORDS or run.text[run.end:run.end + 1] in ("'", "’"):
        return ""  # ("the Jesus and Mary Chain"; "Ray and Mike Leigh's drama")
    return f"{first} {run.words[1]}"
