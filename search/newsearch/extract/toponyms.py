"""Places no gazetteer lists, known by the ending of their one-word names after "at" or "in":
the suffixes of English place-names ("at Twickenham", "in Lanarkshire", "at Sellafield",
"in Longtown", "near Ledbury").

The gazetteer holds towns of 5,000 people and more; a village, a county, a ground or a
plant named in passing is missing, and English-language news names them by the old
elements of place-names: -ton, -ham, -bury, -field, -shire, -wick... No list of places: the
word's ending and the locative before it say so. Such a word is no place when the story's
actors use it (a person "Hamilton", a club "Preston"), when it is a common word or a popular
given name, or when the gazetteer reads it already (that reading is the gazetteer's; an old
name of a smaller town abroad is not one).
"""

from __future__ import annotations

import re

from .data.common_words import WORDS as COMMON_WORDS
from .gazetteer import ALTERNATE_CITY, gazetteer, place_key
from .names import popular_given_names
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


def toponyms(body_runs: list[Run], skip: set[str]) -> list[str]:
    """One-word names with a place-name's ending right after a locative, first mention
    only; ``skip``: keys of names the actors found."""
    out: list[str] = []
    seen: set[str] = set()
    for run in body_runs:
        # The cheap tests first: most runs are longer or end otherwise.
        if len(run.words) != 1 or (word := run.words[0])[-3:] not in _TAILS \
                or not word.endswith(_ENDINGS) or len(word) < 6 or not word[1:].islower() \
                or run.after in {"'", "’", "-"} or run.prev_word() not in _LOCATIVES \
                or _AFTER_NAME.match(run.text, run.end):
            continue  # (a capital next, even on the next line: "at Moseley\nHallgarten")
        key = key_of(word)
        if key in seen or key in skip or key in COMMON_WORDS or key in popular_given_names() \
                or any(not e.alternate or e.population >= ALTERNATE_CITY
                       for e in gazetteer().entries(place_key(word))):
            continue  # (only an old name of a smaller town abroad does not count: "Twickenham"
            # was Huntsville's first)
        seen.add(key)
        out.append(word)
    return out
