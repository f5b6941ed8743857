"""Bodies named by their part in a bond or share issue: the rating agency and the co-managers.

Wire copy on a new issue ends in two fixed sentences: "the issue is rated A-2 by Moody's and
AA by Standard and Poor's" and "Goldman Sachs and Merrill Lynch co-managed the deal". A credit
grade is given by an agency, and an issue is co-managed by banks, never by a person, so the
names there are bodies whatever their words: a town's ("Moody"), a person's ("Merrill Lynch",
"Morgan Stanley") or none known ("Bear Stearns"). This reads the sentence's shape (a verb of
rating before "by", the verb "co-managed" after a list of names); it is no list of firms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data.common_words import WORDS as COMMON_WORDS
from .known import is_demonym, is_place
from .names import first_names
from .scan import Run

# A credit grade: "AAA", "Baa-2", "A-minus", "BB+", "P-1" ("rates offered by AAA-rated banks",
# "a full point lower by Friday" have none before "by").
_GRADE = r"(?:[A-D][A-Za-z]{0,2}|P)(?:-?[1-3]|-plus|-minus|\+|-)?"
# "rated A-2 by", "rated a top-flight AAA by both", "rates them BBB-minus by": the verb of
# rating, up to three lower-case words, the grade and "by" right before the name; or the
# second agency of a pair, after "and" and its grade ("rated A-2 by Moody's and AA by").
_RATED_BY = re.compile(rf"(?:\brat(?:ed|es|ing)[ \t\n]+(?:[a-z-]+[ \t\n]+){{0,3}}{_GRADE}"
                       rf"|\brat(?:ed|es|ing)[ \t\n][^.;:!?\"]{{1,60}}[ \t\n]and[ \t\n]+/?{_GRADE})"
                       r"[ \t\n]+by[ \t\n]+(?:both[ \t\n]+)?\Z")
# A pair's first partner: the pair is read as one name elsewhere ("Standard and Poor's").
_PARTNER_NEXT = re.compile(r"[ \t\n]+(?:and|&)[ \t\n]+[A-Z]")
# One name of capitalised words ("L.F. Rothschild", "Shearson Lehman Brothers Inc").
# Initials keep their stops; another word's stop ends a sentence ("Poor's. Robertson").
_WORD = r"(?:[A-Z](?:\.[A-Z])*\.|[A-Z][\w&'’-]*)"
_NAME = rf"{_WORD}(?:[ \t\n]+{_WORD})*"
# After the run: more names joined by commas or "and", then the verb ("Kidder Peabody,
# Merrill Lynch and Smith Barney co-managed").
_TO_VERB = re.compile(rf"((?:(?:,[ \t\n]+(?:and[ \t\n]+)?|[ \t\n]+(?:and|&)[ \t\n]+){_NAME})*)"
                      r"[ \t\n]+co-?manag(?:ed|es|e)\b")
# Before the run: the names of the same list that come first.
_FROM_LIST = re.compile(rf"(?:{_NAME}(?:,[ \t\n]+(?:and[ \t\n]+)?|[ \t\n]+(?:and|&)[ \t\n]+))+\Z")
_ITEM_SPLIT = re.compile(r",[ \t\n]+(?:and[ \t\n]+)?|[ \t\n]+(?:and|&)[ \t\n]+")
_LOOK = 160  # characters either side in which the rest of the list is read


@lru_cache(maxsize=8)
def names_managers(text: str) -> bool:
    """Whether a story's text has the verb at all (most have not): read once a story.
    (Callers ask this before :func:`co_manager`, whose call costs more than the cache's.)"""
    # (One search settles most texts: each spelling holds "manag".)
    return "manag" in text and ("co-manag" in text or "comanag" in text or "Co-manag" in text)


def rated_by(run: Run) -> bool:
    """Whether the run is the agency that gave a credit grade ("rated A-2 by Moody's"), not a
    person's full name ("rated highly by John Smith")."""
    start = run.start
    if run.text[start - 3:start] not in ("by ", "th ", "by\n", "th\n"):
        return False
    return _RATED_BY.search(run.text, max(0, start - 80), start) is not None \
        and _PARTNER_NEXT.match(run.text, run.end) is None \
        and not (len(run.words) > 1 and run.keys[0] in first_names())


def co_manager(run: Run) -> bool:
    """Whether the run is one of the names before "co-managed" ("Merrill Lynch and Morgan
    Stanley co-managed the deal"): each a bank. Three one-word names or more in the list are
    one partnership's ("Robertson, Colman and Stephens co-managed"), left to the rest."""
    text, end = run.text, run.end
    if not names_managers(text) or "manag" not in text[end:end + _LOOK]:
        return False
    after = _TO_VERB.match(text, end)
    if after is None:
        return False
    before = _FROM_LIST.search(text, max(0, run.start - _LOOK), run.start)
    listed = (before.group() if before else "") + text[run.start:end] + after.group(1)
    items = [item for item in _ITEM_SPLIT.split(listed) if item]
    return not (len(items) >= 3 and all(len(item.split()) == 1 for item in items))


# A firm's unit, named after "its" and before the unit's noun, a trade's lower-case words
# between: "its Barings investment banking arm", "its Iveco truck unit" (a place or a
# nationality there says where the unit is: "its Texas unit", "its German arm").
_UNIT_AFTER = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,3}?[ \t]+"
                         r"(?:unit|arm|subsidiary|division|affiliate)\b")


def owned_unit(run: Run, words: list[str]) -> bool:
    """Whether the run, after "its" (callers test the word before), names a firm's unit: the
    unit's noun follows within three lower-case words, and the name is no place, nationality
    or common word."""
    if _UNIT_AFTER.match(run.text, run.end) is None:
        return False
    return not (len(words) == 1 and (words[0] in COMMON_WORDS or is_demonym(words[0]))) \
        and not is_place(run.surface())
