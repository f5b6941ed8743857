"""Physical features a story names that no gazetteer lists: islands, rivers, seas, straits.

The gazetteer holds countries, regions, towns and a few seas; "Three Mile Island", "the
Ketza River", "the Strait of Hormuz" or "Lake Success" are places too, and their last (or
first) word says so. No list of features: the word that names the kind of feature does.
"""

from __future__ import annotations

from ..analysis import STOP_WORDS
from .data import wordset
from .gazetteer import MONTHS_AND_DAYS, gazetteer
from .known import is_country, is_place
from .names import ORG_WORDS, TITLE_WORDS, popular_given_names
from .scan import LINKERS, Run, key_of

# Last words of a feature's name ("Aegean Sea", "Kharg Island", "Cooper Basin").
FEATURE_TAILS = wordset("island islands isle river lake lakes sea ocean gulf bay strait straits "
                        "peninsula mountains basin delta desert valley canal reef glacier plateau")
# First words of one ("Lake Superior", "Mount Etna", "Cape Canaveral").
FEATURE_HEADS = wordset("lake mount mt cape")
# First words of one when "of" follows ("Strait of Hormuz", "Isle of Man"; not "Gulf Oil").
OF_HEADS = wordset("strait straits gulf sea bay isle isles")
_HEADS = FEATURE_HEADS | OF_HEADS
_LONGEST = 5
# After a feature's first word, words that make it a town or an office ("Lake City").
_NOT_FEATURES = wordset("city town county district division")


def feature_names(body_runs: list[Run], skip: set[str]) -> list[tuple[str, int]]:
    """Names of physical features in the body's runs, with the offset of each, first
    mention only. ``skip``: keys of names the actors found (a firm "Giant Bay Resources",
    a person "Michael Bay" are no features, nor is a firm's name's opening "Giant Bay")."""
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    opening: list[str] | None = None  # (built for the rare run that gets that far)
    for run in body_runs:
        keys = run.keys
        n = len(keys)
        if run.caps or n < 2 or n > _LONGEST or not (
                keys[-1] in FEATURE_TAILS or not _HEADS.isdisjoint(keys[:3])):
            continue  # (most runs: two set look-ups)
        a = 0
        # Words before the name that only date or place it: "March Ohio River", "U.K. North
        # Sea" (the North Sea); a place's name before a tail alone is part of the name
        # ("Ohio River").
        while a < n - 1 and keys[a] in MONTHS_AND_DAYS:
            a += 1
        while a < n - 2 and is_country(run.words[a]):
            a += 1
        if keys[-1] in FEATURE_TAILS:
            # "Michael Bay", "Greg Lake": a given name before the tail is a person's; a
            # place before a tail the gazetteer knows is that place's ("U.S. Gulf").
            if n - a < 2 or (n - a == 2 and (keys[a] in popular_given_names() or (
                    keys[-1] in gazetteer() and is_place(run.words[a])))):
                continue
        elif not ((keys[a] in FEATURE_HEADS and keys[a + 1] != "of" and n - a <= 3
                   and keys[-1] not in _NOT_FEATURES)
                  or (keys[a] in OF_HEADS and keys[a + 1] == "of" and n - a > 2)):
            continue  # "Lake Victoria", "Gulf of Oman"; not "Lake City" (a town)
        if run.text[run.spans[-2][1]:run.spans[-1][0]] == "-":
            continue  # "Trans-Ocean": one word
        if any(k in ORG_WORDS or k in TITLE_WORDS or (k in STOP_WORDS and k not in LINKERS)
               for k in keys[a:]):
            continue  # "Lake Shore Mining", "How Green Was My Valley"
        surface = run.surface(a)
        key = key_of(surface)
        if opening is None:
            opening = [k + " " for k in skip if " " in k]
        if key in skip or key in seen or any(k.startswith(key + " ") for k in opening):
            continue
        seen.add(key)
        out.append((surface, run.spans[a][0]))
    return out
