"""Romanised East Asian syllables: the hyphened parts of Chinese and Korean given names.

A Chinese or Korean given name is written as two syllables joined by a hyphen, the second in
lower case ("Kim Young-sam", "Chang Chi-cheng", "Mao Tse-tung"). :mod:`.scan` takes such a
syllable into the run unless it is an English word ("New York-based", "Soviet-era"). A few
syllables are in the common-word list too ("cheng", "tung"); those are still taken when both
halves have a syllable's shape: a consonant onset, one to three vowels and at most a nasal or
a stop after them. English words after a name and a hyphen seldom have that shape ("based",
"style", "led", "grade", "half", "funded"); the few that do are short plain words which
:data:`.scan._HYPHEN_WORDS` and the stop words already keep out ("run", "free", "day").
"""

from __future__ import annotations

import re

# Onset (one or two consonants: "ch", "hs", "ts", "hw", "ky"), vowels, then n, ng, m, l, k or
# an "h" of Wade-Giles spelling ("Hsiao", "Chueh"); no other coda ("-led", "-hit").
_SHAPE = re.compile(r"[bcdfghjklmnpqrstvwxyz]{1,2}[aeiouy]{1,3}(?:ng|n|m|l|k|h)?")


def romanised_pair(first: str, syllable: str) -> bool:
    """Whether ``first`` (a capitalised word right before a hyphen) and the lower-case
    ``syllable`` after it both have a romanised syllable's shape ("Chi-cheng", "Tse-tung";
    not "Bank-led", "Brent-grade")."""
    return _SHAPE.fullmatch(syllable) is not None and _SHAPE.fullmatch(first.lower()) is not None
