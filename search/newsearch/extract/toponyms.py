"""Places no gazetteer lists, known by the ending of their one-word names after "at" or "in":
the suffixes of English place-names ("at Twickenham", "in Lanarkshire", "at Sellafield",
"in Longtown", "near Ledbury"); and, in a sports story, by "at" alone: a ground ("a defeat at
Tynecastle", "a news conference at Molineux").

The gazetteer holds towns of 5,000 people and more; a village, a county, a ground or a
plant named in passing is missing, and English-language news names them by the old
elements of place-names: -ton, -ham, -bury, -field, -shire, -wick... No list of places: the
word's ending and the locative before it say so. Such a word is no place when the story's
actors use it (a person "Hamilton", a club "Preston"), when it is a common word or a popular
given name, or when the gazetteer reads it already (that reading is the gazetteer's; an old
name of a smaller town abroad is not one). A ground's name has no ending to go by, so it must
not read as a side's nickname ("sacked at Spurs"), an adjective ("at European level"), a
feast ("top at Christmas"), an event ("at Euro 2004"), a club ("at City", "at United boss
Sir Alex") or one of a list of clubs ("spells at Arsenal, Real Madrid and Paris").
"""

from __future__ import annotations

import re

from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import ALTERNATE_CITY, gazetteer, place_key
from .namefacts import HOLIDAYS
from .names import popular_given_names
from .place_context import CLUB_WORDS, at_ground, club_context
from .scan import Run, key_of

# After these, a name is somewhere ("at Twickenham"); not "to"/"from", which come before
# clubs and firms in news copy ("lost to Fulham", "a bid from Boots").
_LOCATIVES = frozenset({"at", "in", "near", "outside"})
_ENDINGS = ("ton", "ham", "bury", "borough", "field", "wick", "burgh", "shire", "ford", "minster",
            "chester", "caster", "cester", "bridge", "stead", "worth", "thorpe", "holme", "combe",
            "bourne", "town", "ley", "dale", "port", "mouth")
# Their last three letters: one set look-up turns down most words before the endings are tried.
_TAILS = frozenset(e[-3:] for e in _ENDINGS)
_AFTER_NAME = re.compile(r"[ \t]*\n?[ \t]*[A-Z]|[ \t]+(?:for|of|and|&)\b")
# After a ground's name: a year or a number ("at Euro 2004"), or a list's next capital.
_AFTER_GROUND = re.compile(r"[ \t]+\d|,[ \t]+[A-Z]")
_NOT_GROUND_ENDS = ("s", "an", "ese", "ish", "ic")  # a nickname, an adjective
_NAME_START = re.compile(r"[A-Z][a-z]{3}")


def _at_name(text: str, start: int) -> bool:
    """Whether "at " right before offset ``start`` is the word "at" and a capitalised word of
    four letters or more starts there ("at Highbury"). (Asked of the few one-word runs after
    "at ": cheaper than searching the whole text for them.)"""
    return not text[start - 4:start - 3].isalpha() and _NAME_START.match(text, start) is not None


def toponyms(body_runs: list[Run], skip: set[str]) -> list[str]:
    """One-word names with a place-name's ending right after a locative, or a ground's after
    "at" in a sports story, first mention only; ``skip``: keys of names the actors found."""
    out: list[str] = []
    seen: set[str] = set()
    for run in body_runs:
        # The cheap tests first: most runs are longer or end otherwise.
        if len(run.words) != 1:
            continue
        word = run.words[0]
        ground = False
        # (A ground's "at " is read character by character, "t" first: most runs have
        # none there, and no slice is made for them.)
        if word[-3:] in _TAILS and word.endswith(_ENDINGS) and len(word) >= 6:
            if run.prev_word() not in _LOCATIVES:
                continue
        elif (start := run.start) < 3 or (text := run.text)[start - 2] != "t" \
                or text[start - 3] != "a" or text[start - 1] != " " or not _at_name(text, start) \
                or len(word) < 4 \
                or word.endswith(_NOT_GROUND_ENDS) or _AFTER_GROUND.match(run.text, run.end):
            continue
        else:
            ground = True  # ... if the story is about sport: asked last, it reads the text
        if not word[1:].islower() or run.after in {"'", "’", "-"} \
                or _AFTER_NAME.match(run.text, run.end):
            continue  # (a capital next, even on the next line: "at Moseley\nHallgarten")
        key = key_of(word)
        if key in seen or key in skip or key in COMMON_WORDS or key in popular_given_names() \
                or any(not e.alternate or e.population >= ALTERNATE_CITY
                       for e in gazetteer().entries(place_key(word))):
            continue  # (only an old name of a smaller town abroad does not count: "Twickenham"
            # was Huntsville's first)
        if ground and (key in HOLIDAYS or key in CLUB_WORDS or club_context(run, 0, 1)
                       or not at_ground(run)):
            continue  # not "at Christmas", "at City", "at United boss Sir Alex"
        seen.add(key)
        out.append(word)
    return out
